r"""The counts of a confusion matrix written as acronyms, ``TP``, ``FP``, ``FN``, ``TN``, are one name each
(gaps38; fresh26 left it).

Read letter by letter ``TP`` was T times P, the precision ``P = \frac{TP}{TP + FP}`` SKIPPED "T appears on one side
only" and the stated counts never learned; ``\text{TP}`` was one name but a capital doubted as a matrix. Every
example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.acronyms import acronym_names, as_acronyms

COUNTS = r"""
# Precision and recall

The classifier has $TP = 40$ true positives, $FP = 10$ false positives and $FN = 20$ false negatives.

$$
P = \frac{TP}{TP + FP} = \frac{40}{50} = PRECISION
$$

and in general

$$
F_1 = \frac{2PR}{P + R} = \frac{2\,\mathrm{TP}}{2\,\mathrm{TP} + F1}
$$

with the recall $R = \frac{\text{TP}}{\text{TP} + \text{FN}}$.
"""


def _verdicts(text: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(text)]


def test_bare_acronyms_are_names_and_their_stated_counts_are_used() -> None:
    got = _verdicts(COUNTS.replace("PRECISION", "0.8").replace("F1", r"\mathrm{FP} + \mathrm{FN}"))
    assert got[:3] == ["SKIPPED", "PROVED", "PROVED"]  # P defined, 40/50 at the stated counts, 0.8
    assert got[4] == "PROVED"  # F1 by the counts, with R the notes' recall


def test_a_wrong_f1_by_the_counts_fails() -> None:
    got = _verdicts(COUNTS.replace("PRECISION", "0.8").replace("F1", r"\mathrm{FP}"))
    assert got[4] == "FAILED"


def test_a_wrong_worked_precision_is_not_green() -> None:
    got = _verdicts(COUNTS.replace("PRECISION", "0.75").replace("F1", r"\mathrm{FP} + \mathrm{FN}"))
    assert got[2] == "FAILED"


def test_one_acronym_without_the_topic_stays_a_product() -> None:
    assert acronym_names(r"The map $T$ and the matrix $P$ give $TP = PT$.") == frozenset()
    assert acronym_names(r"With $TP$ and $FP$ the counts of true and false positives.") == {"TP", "FP", "FN", "TN"}


def test_an_acronym_in_a_font_is_left_as_written() -> None:
    names = frozenset({"TP", "FP"})
    assert as_acronyms(r"\frac{TP}{\text{TP} + FP_1}", names) == r"\frac{\mathrm{TP}}{\text{TP} + \mathrm{FP}_1}"
    assert as_acronyms(r"\mathrm{FP} + TPR", names) == r"\mathrm{FP} + TPR"
