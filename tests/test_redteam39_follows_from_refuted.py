r"""An equation PROVED as following from the equation before it (⇒, ⇔: documents.equivalent) is no evidence
where that equation is refuted: ``\frac{d}{dx} x^3 = 2x^2 \Rightarrow \frac{d}{dx}(x^3 + 5) = 2x^2`` made
the second (a wrong derivative) PROVED "an equation the notes solve … follows from it" (documents.premises)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

ROWS = r"""
    $$
    \begin{aligned}
    \frac{d}{dx} x^3 &= 2x^2 \\
    \Rightarrow \frac{d}{dx} (x^3 + 5) &= 2x^2
    \end{aligned}
    $$
    """

ONE_LINE = r"""
    $$\frac{d}{dx} x^3 = 2x^2 \Rightarrow \frac{d}{dx} (x^3 + 5) = 2x^2 \Rightarrow \frac{d}{dx} (x^3 + 7) = 2x^2$$
    """


def test_a_consequence_of_a_refuted_equation_is_not_green() -> None:
    first, second = doc_steps(ROWS)
    assert first.verdict is Verdict.FAILED
    assert second.verdict is Verdict.SKIPPED
    assert "follows from the equation at line 3, which does not hold there (FAILED)" in second.message


def test_a_run_of_consequences_breaks_at_once() -> None:
    verdicts = [s.verdict for s in doc_steps(ONE_LINE)]
    assert verdicts == [Verdict.FAILED, Verdict.SKIPPED, Verdict.SKIPPED]


def test_a_consequence_of_a_true_equation_stays_proved() -> None:
    steps = doc_steps(ROWS.replace("2x^2", "3x^2"))
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED]


GRADIENT = r"""
    $$\frac{d}{dw} (w^2 - 6w) = 2w - 4 = 0$$

    $$\Rightarrow 4w - 8 = 0$$
    """


def test_an_equation_set_from_a_wrong_gradient_gives_no_green() -> None:
    # the last link (2w - 4 = 0) is SKIPPED as an equation to solve, but it sets a wrong gradient to 0
    steps = doc_steps(GRADIENT)
    assert [s.verdict for s in steps] == [Verdict.FAILED, Verdict.SKIPPED, Verdict.SKIPPED]
    assert "which does not hold there (FAILED)" in steps[-1].message
    right = doc_steps(GRADIENT.replace("6w", "4w"))
    assert [s.verdict for s in right] == [Verdict.PROVED, Verdict.SKIPPED, Verdict.PROVED]
