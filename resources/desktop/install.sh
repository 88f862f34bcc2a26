#!/bin/sh
# Install CoopDesk's desktop integration for the current user (`make install-desktop`):
# the menu entry, the icons, the .coopdesk / .coopdb file types and the AppStream metadata.
#
#   resources/desktop/install.sh PROGRAM ICON_TREE
#
# PROGRAM is the absolute path of the coopdesk program (the bundle's dist/coopdesk/coopdesk,
# or .venv/bin/coopdesk); ICON_TREE is the output of render_icons.py. Files go under
# ${XDG_DATA_HOME:-~/.local/share}. With xdg-utils (xdg-desktop-menu, xdg-mime,
# xdg-icon-resource) they do the work and refresh the desktop's caches; without them the
# files are copied and the caches refreshed with the tools that are there.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
program=$1
icons=$2
app_id=org.coopdesk.CoopDesk
data=${XDG_DATA_HOME:-$HOME/.local/share}
case $program in /*) ;; *) echo "install.sh: PROGRAM must be an absolute path" >&2; exit 2 ;; esac
[ -x "$program" ] || { echo "install.sh: no program at $program (make bundle?)" >&2; exit 1; }

# The menu entry runs this very program (quoted: the path may hold spaces).
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
case $program in *[\"\`\$\\%]*)
	echo "install.sh: the program path may not hold \" \` \$ \\ or %: $program" >&2; exit 2 ;;
esac
escaped=$(printf '%s' "$program" | sed 's/[&|]/\\&/g')  # for sed's replacement text
sed "s|^Exec=coopdesk |Exec=\"$escaped\" |" "$here/$app_id.desktop" >"$staging/$app_id.desktop"

mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo" "$data/icons/hicolor"
if command -v xdg-desktop-menu >/dev/null && command -v xdg-mime >/dev/null &&
	command -v xdg-icon-resource >/dev/null; then
	for dir in "$icons"/hicolor/*x*/; do
		size=$(basename "$dir" | cut -dx -f1)
		xdg-icon-resource install --noupdate --mode user --novendor --context apps \
			--size "$size" "$dir/apps/$app_id.png" "$app_id"
		for png in "$dir"/mimetypes/*.png; do
			xdg-icon-resource install --noupdate --mode user --novendor --context mimetypes \
				--size "$size" "$png" "$(basename "$png" .png)"
		done
	done
	xdg-icon-resource forceupdate --mode user
	xdg-mime install --mode user --novendor "$here/$app_id.mime.xml"
	xdg-desktop-menu install --mode user --novendor "$staging/$app_id.desktop"
	xdg-mime default "$app_id.desktop" application/x-coopdesk-bundle application/x-coopdesk-database
	echo "Installed with xdg-utils under $data"
else
	cp -R "$icons/hicolor/." "$data/icons/hicolor/"
	cp "$here/$app_id.mime.xml" "$data/mime/packages/$app_id.xml"
	cp "$staging/$app_id.desktop" "$data/applications/$app_id.desktop"
	! command -v update-mime-database >/dev/null || update-mime-database "$data/mime"
	! command -v update-desktop-database >/dev/null || update-desktop-database -q "$data/applications"
	! command -v gtk-update-icon-cache >/dev/null ||
		gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
	echo "Installed (copied; xdg-utils not found) under $data"
fi
# The scalable icon and the AppStream metadata (software centres read ~/.local/share/metainfo).
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$icons/hicolor/scalable/apps/$app_id.svg" "$data/icons/hicolor/scalable/apps/"
cp "$here/$app_id.metainfo.xml" "$data/metainfo/"
echo "Menu entry: $data/applications/$app_id.desktop -> $program"
