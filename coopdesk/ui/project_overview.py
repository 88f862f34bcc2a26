"""The Overview tab of a project: key facts (APD fields too), SDG badges, texts by language."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from coopdesk.i18n import translate
from coopdesk.i18n.formatting import Formatter
from coopdesk.i18n.locale_data import country_name, language_name
from coopdesk.services import codelists
from coopdesk.services.project_list import project_title
from coopdesk.services.projects import APD_CHANNELS, POLICY_MARKERS, ProjectData

# Colours that read well on the light and the dark palettes alike.
_MUTED = "#808080"
_CHIP_BACKGROUND = "#e8eaed"
_CHIP_TEXT = "#202124"


def text_languages(data: ProjectData, ui_language: str) -> list[str]:
    """The languages the project has texts in: French, the UI language, then the others."""
    found = {code for texts in (data.title, data.summary, data.objectives) for code in texts}
    first = [code for code in ("fr", ui_language) if code in found]
    return list(dict.fromkeys([*first, *sorted(found)]))


def _html(text: str) -> str:
    """User text as HTML: escaped (never markup), line breaks kept."""
    return escape(text).replace("\n", "<br>")


def _chip(text: str, background: str, colour: str, *, bold: bool = False) -> str:
    weight = "font-weight:bold; " if bold else ""
    return (
        f'<td bgcolor="{background}" style="padding: 2px 7px;">'
        f'<span style="{weight}color:{colour};">{_html(text)}</span></td>'
    )


class ProjectOverview(QTextBrowser):
    """Read-only rich text built from a ProjectData (user text escaped); it scrolls and copies."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectOverview")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self._formatter = formatter
        self._sdgs: tuple[int, ...] = ()
        self.set_project(None)

    def set_project(self, data: ProjectData | None) -> None:
        if data is None:
            self._sdgs = ()
            hint = self.tr("Select a project to see its page.")
            self.setHtml(f'<p style="color:{_MUTED};">{_html(hint)}</p>')
            return
        self._sdgs = tuple(data.sdgs)
        title = project_title(data.title, self._formatter.language)
        heading = self.tr("{code} — {title}").format(code=data.code, title=title)
        parts = [
            f'<p style="font-size:large; font-weight:bold;">{_html(heading)}</p>',
            self._chips(data),
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>',
            f'<td width="36%" valign="top">{self._facts(data)}</td>',
            '<td width="2%"></td>',
            f'<td valign="top">{self._texts(data)}</td>',
            "</tr></table>",
        ]
        self.setHtml("".join(parts))

    def badge_numbers(self) -> tuple[int, ...]:
        """The SDGs shown as badges, in order."""
        return self._sdgs

    # --- parts ------------------------------------------------------------------------------

    def _chips(self, data: ProjectData) -> str:
        """The status, then a badge per SDG in its official colour."""
        cells = [_chip(codelists.activity_status_label(data.status), _CHIP_BACKGROUND, _CHIP_TEXT)]
        for number in data.sdgs:
            goal = codelists.sdg(number)
            if goal is not None:
                label = self.tr("{number} {name}").format(number=number, name=goal.label)
                cells.append(_chip(label, goal.colour, "#ffffff", bold=True))
        spaced = '<td width="4"></td>'.join(cells)
        return f'<table cellspacing="0" cellpadding="3"><tr>{spaced}</tr></table><p></p>'

    def _period(self, start: dt.date | None, end: dt.date | None, *, actual: bool) -> str:
        """ "01/03/2016 to 31/12/2027", "since 15/04/2016, in progress", "until …", ""."""
        fmt = self._formatter
        if start is not None and end is not None:
            text = self.tr("{start} to {end}")
        elif start is not None:
            text = self.tr("since {start}, in progress") if actual else self.tr("from {start}")
        elif end is not None:
            text = self.tr("until {end}")
        else:
            return ""
        return text.format(start=fmt.short_date(start), end=fmt.short_date(end))

    def facts(self, data: ProjectData) -> list[tuple[str, str]]:
        """(caption, value) of each key fact, as shown."""
        lang = self._formatter.language
        sector = ""
        if data.dac_sector:
            sector = self.tr("{code} — {name}").format(
                code=data.dac_sector, name=codelists.sector_name(data.dac_sector, lang)
            )
        country = country_name(data.location_country, lang) if data.location_country else ""
        place = ", ".join(p for p in (data.location_place, country) if p)
        return [
            (self.tr("Code"), data.code),
            (self.tr("Theme"), codelists.theme_label(data.theme) if data.theme else ""),
            (self.tr("DAC sector"), sector),
            (self.tr("Status"), codelists.activity_status_label(data.status)),
            (self.tr("Planned"), self._period(data.planned_start, data.planned_end, actual=False)),
            (self.tr("Actual"), self._period(data.actual_start, data.actual_end, actual=True)),
            (self.tr("Location"), place),
        ]

    def apd_facts(self, data: ProjectData) -> list[tuple[str, str]]:
        """(caption, value) of the fields of the APD declaration, as shown under the facts."""
        channel = APD_CHANNELS.get(data.apd_channel)
        return [
            (self.tr("APD channel"), translate("Apd", channel) if channel else data.apd_channel),
            (self.tr("Policy markers"), self._markers(data)),
        ]

    def _markers(self, data: ProjectData) -> str:
        """One targeted marker a line ("Environment: principal"), "none targeted" or ""."""
        targeted: list[str] = []
        for key, label in POLICY_MARKERS.items():
            score = data.policy_markers.get(key)
            if score == 1:
                text = self.tr("{marker}: significant")
            elif score == 2:
                text = self.tr("{marker}: principal")
            else:
                continue
            targeted.append(text.format(marker=translate("Apd", label)))
        if targeted:
            return "\n".join(targeted)
        return self.tr("none targeted") if data.policy_markers else ""

    def _facts(self, data: ProjectData) -> str:
        rows = [
            f'<tr><td align="right" style="color:{_MUTED};">{_html(caption)}</td>'
            f"<td>{_html(value or '—')}</td></tr>"
            for caption, value in [*self.facts(data), *self.apd_facts(data)]
        ]
        return f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>'

    def _texts(self, data: ProjectData) -> str:
        """One column per language; rows: language, title (bold), summary, objectives."""
        lang = self._formatter.language
        codes = text_languages(data, lang)
        if not codes:
            return ""
        width = 100 // len(codes)
        names = [language_name(code, lang) for code in codes]
        rows = [
            [
                f'<td width="{width}%"><span style="color:{_MUTED}; font-weight:bold;">'
                f"{_html(name[:1].upper() + name[1:])}</span></td>"
                for name in names
            ],
            [f"<td><b>{_html(data.title.get(code, ''))}</b></td>" for code in codes],
        ]
        for caption, texts in (
            (self.tr("Summary"), data.summary),
            (self.tr("Objectives"), data.objectives),
        ):
            if any(texts.get(code) for code in codes):
                rows.append([self._captioned(caption, texts.get(code, "")) for code in codes])
        body = "".join(f"<tr>{''.join(cells)}</tr>" for cells in rows)
        return f'<table width="100%" cellspacing="0" cellpadding="4">{body}</table>'

    @staticmethod
    def _captioned(caption: str, text: str) -> str:
        if not text:
            return "<td></td>"
        return (
            f'<td valign="top"><span style="color:{_MUTED};">{_html(caption)}</span><br>'
            f"{_html(text)}</td>"
        )
