r"""A superscript 0 on a name labels the initial value as often as it raises to the power 0.

"At $\theta^0 = (0, 1)$ we have …" (the linearisation around the initial parameters) was FAILED: θ^0 read as a
power is the scalar 1, which is no pair. Read as a label (θ at step 0) it is the point the notes choose. A
FAILED step that writes a name with a bare superscript 0 is SKIPPED with that reason; ``2^0 = 1`` and
``x^0 = 1`` (true as powers) keep their verdicts, and a step that fails without the superscript stays FAILED."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.zerosuperscript import writes_zero_superscript
from verifier.results import Verdict


def test_a_point_labelled_zero_is_not_failed() -> None:
    steps = doc_steps("Let $f(\\theta) = \\theta_1 + \\theta_2$.\n\nAt $\\theta^0 = (0, 1)$ we have the value $1$.\n")
    assert steps and all(s.verdict is not Verdict.FAILED for s in steps), [s.message for s in steps]
    assert any("label" in s.message for s in steps)


def test_a_display_from_the_initial_point_is_not_failed() -> None:
    steps = doc_steps("Initialise at $\\theta^0 = (0, 1)$.\n\nThen $$\\theta^0 + \\theta^0 = (0, 2)$$\n")
    assert steps and all(s.verdict is not Verdict.FAILED for s in steps), [(s.verdict, s.message) for s in steps]


def test_a_wrong_step_without_the_superscript_stays_failed() -> None:
    steps = doc_steps("Initialise at $\\theta^0 = (0, 1)$.\n\nThen $$\\frac{d}{dx} x^3 = 2 x^2$$\n")
    assert any(s.verdict is Verdict.FAILED for s in steps), [(s.verdict, s.message) for s in steps]


def test_powers_keep_their_verdicts() -> None:
    steps = doc_steps("Note $$x^0 = 1$$ for $x \\ne 0$, and $$2^0 = 1$$\n")
    assert steps and all(s.verdict is Verdict.PROVED for s in steps), [(s.verdict, s.message) for s in steps]


def test_which_names_are_written_with_a_zero() -> None:
    assert writes_zero_superscript("\\theta^0")
    assert writes_zero_superscript("f(x; \\theta^{0}) + w^0")
    assert not writes_zero_superscript("2^0")
    assert not writes_zero_superscript("x^{10} + e^{0.5}")
    assert not writes_zero_superscript("(a + b)^0")
