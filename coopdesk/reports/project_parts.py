"""The project sheet's risk register and evaluation (OECD DAC criteria)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from coopdesk.i18n import QT_TRANSLATE_NOOP
from coopdesk.reports import labels as lb
from coopdesk.reports.blocks import (
    Block,
    Column,
    Facts,
    Heading,
    Label,
    Para,
    Table,
    UserText,
    Value,
    day,
    lab,
    num,
    tr,
)
from coopdesk.services.evaluations import EvaluationRow
from coopdesk.services.risks import RiskRow


def risk_blocks(risks: Sequence[RiskRow]) -> list[Block]:
    rows = tuple(
        (r.description, lab(lb.RISK_LEVEL, r.likelihood), lab(lb.RISK_LEVEL, r.impact),
         num(r.score), r.mitigation, r.owner)
        for r in risks
    )
    return [
        Heading(tr(QT_TRANSLATE_NOOP("Reports", "Risks"))),
        Table(
            (Column(tr(QT_TRANSLATE_NOOP("Reports", "Risk")), 4, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Likelihood")), 1.6, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Impact")), 1.6, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Score")), 1, "right"),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Mitigation")), 4, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Owner")), 2, wrap=True)),
            rows, empty=tr(QT_TRANSLATE_NOOP("Reports", "No risk recorded."))),
        Para(tr(QT_TRANSLATE_NOOP(
            "Reports", "Score: likelihood × impact, from 1 (low) to 9 (high).")), "note"),
    ]


def evaluation_blocks(
    evaluations: Sequence[EvaluationRow], lessons: Mapping[str, str]
) -> list[Block]:
    blocks: list[Block] = [Heading(tr(QT_TRANSLATE_NOOP("Reports", "Evaluation")))]
    if not evaluations:
        blocks.append(Para(tr(QT_TRANSLATE_NOOP("Reports", "No evaluation yet.")), "note"))
    else:
        latest = evaluations[0]
        blocks.append(Facts((
            (tr(QT_TRANSLATE_NOOP("Reports", "Date")), day(latest.date)),
            (tr(QT_TRANSLATE_NOOP("Reports", "Evaluator")), latest.evaluator or "—"),
            (tr(QT_TRANSLATE_NOOP("Reports", "Average score (1 to 4)")),
             Value(lambda lang: "—" if latest.average is None
                   else lang.fmt.decimal(latest.average))),
        )))
        rows = tuple(
            (lab(lb.CRITERION, name), "—" if score is None else str(score),
             lab(lb.SCORE, score) if score is not None else "—")
            for name, score in latest.scores
        )
        blocks.append(Table(
            (Column(tr(QT_TRANSLATE_NOOP("Reports", "Criterion")), 3, wrap=True),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Score")), 1, "center"),
             Column(tr(QT_TRANSLATE_NOOP("Reports", "Assessment")), 4, wrap=True)),
            rows))
        if latest.recommendations:
            blocks += [Heading(tr(QT_TRANSLATE_NOOP("Reports", "Recommendations")), 3),
                       Para(Label(lambda _lang: latest.recommendations))]
        if latest.lessons_learned:
            blocks += [Heading(tr(QT_TRANSLATE_NOOP("Reports", "Lessons of the evaluation")), 3),
                       Para(Label(lambda _lang: latest.lessons_learned))]
    if any(text.strip() for text in lessons.values()):
        blocks.append(UserText(lessons, tr(QT_TRANSLATE_NOOP("Reports", "Lessons learned"))))
    return blocks
