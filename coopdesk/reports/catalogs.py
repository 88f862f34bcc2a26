"""The report languages: one message catalog and one babel formatter per language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from coopdesk.i18n import QT_TRANSLATE_NOOP, Catalog, active_language
from coopdesk.i18n.formatting import Formatter
from coopdesk.reports.text import is_rtl

CONTEXT = "Reports"
# Shown (grey, italic) before a user text that is not in the report's language.
MISSING = QT_TRANSLATE_NOOP("Reports", "[{source} → {target}: translation missing]")


@lru_cache(maxsize=16)
def report_catalog(language: str) -> Catalog:
    """The reports' catalog of ``language`` (loaded once; English sources if none)."""
    return Catalog(language, "reports")


@dataclass(frozen=True)
class Lang:
    """One language of a report: its fixed texts, its number and date formats, its direction."""

    code: str
    catalog: Catalog
    fmt: Formatter

    @property
    def rtl(self) -> bool:
        return is_rtl(self.code)

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """``text`` (an English source of ``translations/reports_*.ts``) in this language.

        ``%n`` (plural forms chosen by ``n``) is filled with ``n`` formatted for the language.
        """
        catalog = self.catalog
        found = catalog.translator.translate(context, text, disambiguation, n) if catalog.loaded \
            else ""
        result = found or text
        return result.replace("%n", self.fmt.decimal(n)) if n >= 0 else result

    def tr(self, text: str, n: int = -1) -> str:
        """A string of the "Reports" context (marked with QT_TRANSLATE_NOOP) translated."""
        return self.translate(CONTEXT, text, None, n)

    def plural(self, text: str, n: int) -> str:
        """A plural message of ``coopdesk.reports.plurals`` for the count ``n``."""
        return self.translate(CONTEXT, text, None, n)

    @property
    def name(self) -> str:
        """The language's own name, capitalised: "Français", "Deutsch", "العربية"."""
        locale = Locale.parse(self.code.replace("-", "_"))
        name = locale.get_display_name(locale) or self.code
        return name[:1].upper() + name[1:]


def make_lang(code: str) -> Lang:
    return Lang(code, report_catalog(code), Formatter(code))


def languages_of(catalogs: Sequence[Catalog], fmts: Sequence[Formatter]) -> tuple[Lang, ...]:
    """Pair each catalog with its formatter (the arguments of every ``build_*``)."""
    if len(catalogs) != len(fmts) or not catalogs:
        raise ValueError("one formatter per catalog, at least one language")
    return tuple(Lang(c.language, c, f) for c, f in zip(catalogs, fmts, strict=True))


def ui_text(text: str) -> str:
    """A message of the reports' catalog in the user-interface language (errors, progress)."""
    return report_catalog(active_language()).translate(CONTEXT, text)


@dataclass(frozen=True)
class Picked:
    """A user text chosen for one language; ``source`` is set when it had to fall back."""

    text: str
    source: str | None = None

    @property
    def missing(self) -> bool:
        return self.source is not None


def pick(texts: Mapping[str, str], language: str) -> Picked:
    """The user's text in ``language``; else the French one, else the first one, flagged.

    Never silently another language: a fallback carries its ``source`` language so that the
    report shows the "translation missing" marker.
    """
    own = (texts.get(language) or "").strip()
    if own:
        return Picked(own)
    for key in ("fr", *sorted(texts)):
        other = (texts.get(key) or "").strip()
        if other:
            return Picked(other, key)
    return Picked("")


def marker(lang: Lang, source: str) -> str:
    """ "[fr → de: translation missing]" in ``lang``."""
    return lang.tr(MISSING).format(source=source, target=lang.code)


def marked(texts: Mapping[str, str], lang: Lang) -> str:
    """The user's text in ``lang``, or the fallback text preceded by the missing marker."""
    picked = pick(texts, lang.code)
    if picked.source is None:
        return picked.text
    return f"{marker(lang, picked.source)} {picked.text}"


def short_marked(texts: Mapping[str, str], lang: Lang) -> str:
    """For a chart label: the text, or "[fr] text" when it had to fall back to French."""
    picked = pick(texts, lang.code)
    return picked.text if picked.source is None else f"[{picked.source}] {picked.text}"
