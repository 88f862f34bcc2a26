"""Cloud-synced folders and network shares are recognised and explained."""

from __future__ import annotations

import pytest

from coopdesk.services.storage_location import StorageRisk, check_storage_location

LOCAL_MOUNTS = "/dev/vda1 / ext4 rw,relatime 0 0\nproc /proc proc rw 0 0\n"


def _check(path, **kw):
    kw.setdefault("mounts", LOCAL_MOUNTS)
    kw.setdefault("env", {})
    return check_storage_location(path, **kw)


def test_ordinary_local_folder(tmp_path):
    assert _check(tmp_path / "mairie.coopdb") is None
    assert _check(tmp_path / "Dropbox.coopdb") is None  # the file's own name is not a folder


@pytest.mark.parametrize(
    ("folder", "provider"),
    [
        ("OneDrive - Mairie de Sainte-Aurèle", "OneDrive"),
        ("OneDrive", "OneDrive"),
        ("Dropbox (Personnel)", "Dropbox"),
        ("Google Drive", "Google Drive"),
        ("Nextcloud", "Nextcloud"),
        ("ownCloud", "ownCloud"),
        ("iCloud Drive", "iCloud"),
        ("Seafile", "Seafile"),
        ("pCloud Drive", "pCloud"),
        ("Box", "Box"),
        ("MEGA", "MEGA"),
    ],
)
def test_sync_folders_by_name(tmp_path, folder, provider):
    warning = _check(tmp_path / folder / "Jumelage" / "mairie.coopdb")
    assert warning is not None
    assert (warning.risk, warning.provider) == (StorageRisk.CLOUD_SYNC, provider)
    assert warning.where == str(tmp_path / folder)
    assert provider in warning.message and "conflicted copies" in warning.message


@pytest.mark.parametrize(
    ("marker", "provider"),
    [
        (".dropbox", "Dropbox"),
        (".nextcloudsync.log", "Nextcloud"),
        (".owncloudsync.log", "ownCloud"),
        (".sync", "Resilio Sync"),
        ("._sync_3f2a9c.db", "Nextcloud / ownCloud"),
        (".debris", "MEGA"),
    ],
)
def test_sync_folders_by_marker(tmp_path, marker, provider):
    root = tmp_path / "Documents partagés"
    (root / "Coopération" / "2026").mkdir(parents=True)
    (root / marker).write_text("")
    warning = _check(root / "Coopération" / "2026" / "mairie.coopdb")
    assert (warning.risk, warning.provider, warning.where) == (
        StorageRisk.CLOUD_SYNC, provider, str(root)
    )
    assert _check(root / "x.coopdb", look_for_markers=False) is None


def test_onedrive_desktop_ini_and_environment(tmp_path):
    root = tmp_path / "Entreprise"
    root.mkdir()
    ini = "[.ShellClassInfo]\r\nIconResource=C:\\Program Files\\Microsoft OneDrive\\x.exe,0\r\n"
    (root / "desktop.ini").write_bytes(ini.encode("utf-16"))
    assert _check(root / "m.coopdb").provider == "OneDrive"
    (root / "desktop.ini").write_text("[.ShellClassInfo]\nIconResource=shell32.dll,4\n")
    assert _check(root / "m.coopdb") is None
    warning = _check(root / "sub" / "m.coopdb", env={"OneDriveCommercial": str(root)})
    assert (warning.provider, warning.where) == ("OneDrive", str(root))


@pytest.mark.parametrize(
    "path",
    [r"\\serveur-mairie\partage\cooperation\mairie.coopdb",
     r"\\?\UNC\serveur-mairie\partage\mairie.coopdb"],
)
def test_unc_paths_are_network_shares(path):
    warning = _check(path)
    assert warning.risk is StorageRisk.NETWORK_SHARE
    assert warning.where == r"\\serveur-mairie\partage"
    assert "network" in warning.message and "locking" in warning.message


@pytest.mark.parametrize("fstype", ["nfs4", "cifs", "fuse.sshfs", "smb3"])
def test_network_file_systems_from_the_mount_table(tmp_path, fstype):
    share = tmp_path / "mnt" / "mairie share"
    mounts = LOCAL_MOUNTS + (
        f"//nas/coop {str(share).replace(' ', chr(92) + '040')} {fstype} rw,vers=3.0 0 0\n"
    )
    warning = _check(share / "mairie.coopdb", mounts=mounts)
    assert (warning.risk, warning.provider, warning.where) == (
        StorageRisk.NETWORK_SHARE, fstype, str(share)
    )
    assert _check(tmp_path / "mnt" / "local.coopdb", mounts=mounts) is None


def test_a_local_mount_inside_a_network_one_is_local(tmp_path):
    mounts = LOCAL_MOUNTS + f"nas:/export {tmp_path} nfs rw 0 0\n"
    mounts += f"/dev/sdb1 {tmp_path / 'usb'} vfat rw 0 0\n"
    assert _check(tmp_path / "usb" / "m.coopdb", mounts=mounts) is None
    assert _check(tmp_path / "m.coopdb", mounts=mounts).provider == "nfs"


def test_real_system_mount_table_is_read(tmp_path):
    warning = check_storage_location(tmp_path / "m.coopdb")
    assert warning is None or warning.message
