r"""``e^2`` after "Let $e$ be the error" is the error squared, not exp(2) (sound39; sound38 left it).

sound38 made a bare e named in prose the notes' quantity, but the parser reads every ``e^…`` as the exponential, so
``e^2 \approx 7.39`` and ``\frac{1}{1 + e^2} \approx 0.119`` stayed PASSED as worked numbers. Now a square (or
transpose) of a bare e after such a sentence is the quantity's, as after a definition ``e = y - wx``
(documents.namede); ``\exp(2)`` and ``\mathrm{e}^2`` stay the number, and so does ``e^2`` before the sentence.
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _verdicts(text: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(text)]


def test_a_named_e_squared_is_the_quantity() -> None:
    notes = ("# E\n\nLet $e$ be the error of the model.\n\n$$e^2 \\approx 7.39$$\n\n"
             "and\n\n$$\\frac{1}{1 + e^2} \\approx 0.119$$\n")
    assert _verdicts(notes) == [Verdict.SKIPPED, Verdict.SKIPPED]
    derivative = "# E\n\nLet $e$ be the error of the model.\n\n$$\\frac{d}{de} e^2 = 2e$$\n"
    assert _verdicts(derivative) == [Verdict.PROVED]


def test_the_number_stays_the_number() -> None:
    notes = ("# E\n\n$$e^2 \\approx 7.389$$\n\nLet $e$ be the error of the model.\n\n$$\\exp(2) \\approx 7.389$$\n\n"
             "and\n\n$$\\mathrm{e}^2 \\approx 7.389$$\n")
    assert _verdicts(notes) == [Verdict.PASSED, Verdict.PASSED, Verdict.PASSED]
    euler = "# E\n\nHere $e$ is Euler's number.\n\n$$e^2 \\approx 7.389$$\n"
    assert _verdicts(euler) == [Verdict.PASSED]
