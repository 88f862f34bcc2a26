"""Blocks to flowables for one or two languages: one after the other, or side by side."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
)
from reportlab.platypus import Table as RLTable

from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.reports.blocks import (
    Badges,
    Block,
    Chart,
    Document,
    Facts,
    Gap,
    Heading,
    Letterhead,
    Multi,
    NewPage,
    Para,
    Table,
    UserText,
)
from coopdesk.reports.catalogs import Lang
from coopdesk.reports.contents import ContentsTable, TocEntry
from coopdesk.reports.flowables import SdgBadges, SideBySide, logo_image
from coopdesk.reports.options import SIDE_BY_SIDE
from coopdesk.reports.paragraphs import paragraph, user_flowables
from coopdesk.reports.styles import FRAME_WIDTH, GUTTER, cell_alignment, facts_style
from coopdesk.reports.tables import TableRenderer
from coopdesk.reports.text import visual

CONTENTS = QT_TRANSLATE_NOOP("Reports", "Contents")
DONE_AT = QT_TRANSLATE_NOOP("Reports", "Done at {place}, on {date}")
_TEXT_BLOCKS = (Para, UserText, Facts, Badges, Gap)
# A section starts on a new page unless this much of the page is still free.
SECTION_SPACE = 110 * mm


def keep_with_next(flowable: Flowable) -> None:
    """Keep a caption on the page of the chart that follows it (not after a table)."""
    if not isinstance(flowable, RLTable):
        flowable.keepWithNext = 1


def section_break(block: NewPage) -> Flowable:
    return PageBreak() if block.hard else CondPageBreak(SECTION_SPACE)


class Renderer:
    """Turns a :class:`Document` into a platypus story."""

    def __init__(self, langs: Sequence[Lang], layout: str, letterhead: Letterhead) -> None:
        self.langs = tuple(langs)
        self.side = layout == SIDE_BY_SIDE and len(self.langs) == 2
        self.letterhead = letterhead
        self._keys: Iterator[int] = itertools.count(1)
        self.tables = TableRenderer(self.langs)
        # Headings of levels 0 to 2, in order, for the table of contents.
        self.toc: list[TocEntry] = []

    # --- whole document ------------------------------------------------------------------

    def story(self, doc: Document, issued_on_text: Sequence[str]) -> list[Flowable]:
        story: list[Flowable] = self.cover(doc, issued_on_text)
        story += [NextPageTemplate("body"), PageBreak()]
        if doc.contents:
            story += self.pair([Heading(lambda lang: lang.tr(CONTENTS), 3)])
            story += [ContentsTable(self.toc), PageBreak()]
        if self.side:
            story += self.side_by_side(doc.body)
        else:
            for n, lang in enumerate(self.langs):
                if n:
                    story.append(PageBreak())
                if len(self.langs) > 1:
                    story.append(self.heading(lang.name, lang.rtl, 0, "part", lang.name))
                story += self.sequence(doc.body, lang, 1 if len(self.langs) > 1 else 0)
        if doc.signature:
            story.append(self.signature(issued_on_text))
        return story

    def cover(self, doc: Document, issued_on_text: Sequence[str]) -> list[Flowable]:
        lh = self.letterhead
        out: list[Flowable] = [Spacer(1, 14 * mm)]
        logo = logo_image(lh.logo, 40 * mm, 32 * mm)
        if logo is not None:
            out += [logo, Spacer(1, 5 * mm)]
        out.append(paragraph(lh.name, "cover_name", False))
        if lh.address_lines:
            out.append(paragraph("\n".join(lh.address_lines), "cover_address", False))
        out.append(Spacer(1, 42 * mm))
        for n, lang in enumerate(self.langs):
            if n:
                out.append(Spacer(1, 9 * mm))
            out.append(paragraph(doc.cover.title(lang), "title", lang.rtl))
            out.append(paragraph(doc.cover.subtitle(lang), "subtitle", lang.rtl))
        out.append(Spacer(1, 30 * mm))
        for lang in self.langs:
            out.append(paragraph(doc.cover.note(lang), "cover_note", lang.rtl))
        return out

    def signature(self, issued_on_text: Sequence[str]) -> Flowable:
        lh = self.letterhead
        rtl = self.langs[0].rtl
        align = cell_alignment("left", rtl)  # every line on the reading side of the block
        lines: list[Flowable] = []
        for lang, when in zip(self.langs, issued_on_text, strict=True):
            text = lang.tr(DONE_AT).format(place=lh.city or lh.name, date=when)
            lines.append(paragraph(text, "signature", lang.rtl, align))
        lines.append(Spacer(1, 16 * mm))
        lines.append(paragraph(lh.signatory_name or lh.name, "signature_name", rtl, align))
        if lh.signatory_title:
            lines.append(paragraph(lh.signatory_title, "signature", rtl, align))
        half = FRAME_WIDTH / 2
        cells = [[lines, ""]] if rtl else [["", lines]]
        table = RLTable(cells, colWidths=[half, half], style=facts_style(0))
        return KeepTogether([CondPageBreak(60 * mm), Spacer(1, 10 * mm), table])

    # --- headings --------------------------------------------------------------------------

    def heading(
        self, text: str, rtl: bool, level: int | None, style: str, outline: str
    ) -> Flowable:
        flowable = paragraph(text, style, rtl)
        return self._mark(flowable, level, visual(text, rtl), outline)

    def _mark(self, f: Flowable, level: int | None, toc: str, outline: str) -> Flowable:
        f.keepWithNext = 1
        if level is not None:
            f.toc_level = level
            f.toc_text = toc
            f.outline_text = outline
            f.toc_key = f"h{next(self._keys)}"
            self.toc.append(TocEntry(level, toc, f.toc_key))
        return f

    @staticmethod
    def _style_of(heading: Heading) -> str:
        return {1: "h1", 2: "h2"}.get(heading.level, "h3")

    # --- one language ----------------------------------------------------------------------

    def sequence(self, blocks: Sequence[Block], lang: Lang, base: int) -> list[Flowable]:
        out: list[Flowable] = []
        for block in blocks:
            if isinstance(block, Chart) and out:
                keep_with_next(out[-1])
            if isinstance(block, Heading):
                level = base + block.level - 1 if block.level <= 2 else None
                text = block.text(lang)
                out.append(self.heading(text, lang.rtl, level, self._style_of(block), text))
            elif isinstance(block, Table):
                out += self.tables.render(block, (lang,))
            elif isinstance(block, Chart):
                out.append(block.draw((lang,), FRAME_WIDTH))
            elif isinstance(block, NewPage):
                out.append(section_break(block))
            else:
                out += self.flow(block, lang, FRAME_WIDTH)
        return out

    def flow(self, block: Block, lang: Lang, width: float) -> list[Flowable]:
        """A text block in one language, in a column ``width`` wide."""
        if isinstance(block, Heading):
            return [paragraph(block.text(lang), self._style_of(block), lang.rtl)]
        if isinstance(block, Para):
            return [paragraph(block.text(lang), block.style, lang.rtl)]
        if isinstance(block, UserText):
            out = []
            if block.caption is not None:
                out.append(paragraph(block.caption(lang), "label", lang.rtl))
            return out + user_flowables(block.texts, lang, block.style)
        if isinstance(block, Facts):
            return [self.facts(block, lang, width)] if block.rows else []
        if isinstance(block, Badges):
            return [SdgBadges(block.goals, rtl=lang.rtl)]
        if isinstance(block, Gap):
            return [Spacer(1, block.height)]
        if isinstance(block, Chart):
            return [block.draw((lang,), width)]
        return []

    def facts(self, block: Facts, lang: Lang, width: float) -> Flowable:
        rows = []
        for caption, cell in block.rows:
            head = paragraph(caption(lang), "label", lang.rtl)
            if isinstance(cell, Multi):
                value: Any = user_flowables(cell.texts, lang, "value")
            else:
                text = cell if isinstance(cell, str) else cell(lang)
                value = paragraph(text, "value", lang.rtl)
            rows.append([value, head] if lang.rtl else [head, value])
        widths = [width * 0.42, width * 0.58]
        if lang.rtl:
            widths.reverse()
        table = RLTable(rows, colWidths=widths, style=facts_style(len(rows)))
        table.spaceAfter = 6
        return table

    # --- two languages side by side --------------------------------------------------------

    def side_by_side(self, blocks: Sequence[Block]) -> list[Flowable]:
        out: list[Flowable] = []
        group: list[Block] = []
        for block in blocks:
            if isinstance(block, Table) and not block.rows and block.empty is not None:
                block = Para(block.empty, "note")  # a sentence in each column
            if isinstance(block, _TEXT_BLOCKS):
                group.append(block)
                continue
            if group:
                out += self.pair(group)
                group = []
            if isinstance(block, Heading):
                out += self.pair([block])
            elif isinstance(block, Table):
                out += self.tables.render(block, self.langs)
            elif isinstance(block, Chart):
                if out:
                    keep_with_next(out[-1])
                out.append(block.draw(self.langs, FRAME_WIDTH))
            elif isinstance(block, NewPage):
                out.append(section_break(block))
        if group:
            out += self.pair(group)
        return out

    def pair(self, blocks: Sequence[Block]) -> list[Flowable]:
        """Blocks side by side: the first language on its reading side."""
        column = (FRAME_WIDTH - GUTTER) / 2
        sides = [[f for b in blocks for f in self.flow(b, lang, column)] for lang in self.langs]
        if len(self.langs) == 1:
            return sides[0]
        left, right = (sides[1], sides[0]) if self.langs[0].rtl else (sides[0], sides[1])
        flowable = SideBySide(left, right)
        first = blocks[0]
        if len(blocks) == 1 and isinstance(first, Heading):
            texts = [first.text(lang) for lang in self.langs]
            toc = "  ·  ".join(visual(t, lang.rtl) for t, lang in zip(texts, self.langs,
                                                                      strict=True))
            level = first.level - 1 if first.level <= 2 else None
            self._mark(flowable, level, toc, "  ·  ".join(texts))
        return [flowable]
