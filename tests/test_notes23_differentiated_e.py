r"""e differentiated by is the notes' quantity, not Euler's number: ``\frac{\partial}{\partial e}(\epsilon - e)^2``.

A DDPM note names its noise prediction e and differentiates the loss by it: SKIPPED "e is not declared; cannot
differentiate by it", the right derivative and a sign slip alike. Nobody differentiates by Euler's number: a chain
that does reads e as a quantity (documents.variableconstants, as π already was), unless it writes e as Euler's
number too (``e^{x}``)."""

from __future__ import annotations

from support import doc_steps


def _verdict(display: str) -> str:
    return doc_steps(f"For a prediction $e$ of the noise $\\epsilon$,\n\n$${display}$$\n")[-1].verdict.value


def test_the_derivative_by_e_is_checked() -> None:
    assert _verdict(r"\frac{\partial}{\partial e}(\epsilon - e)^2 = -2(\epsilon - e)") in ("PROVED", "PASSED")


def test_a_sign_slip_fails() -> None:
    assert _verdict(r"\frac{\partial}{\partial e}(\epsilon - e)^2 = 2(\epsilon - e)") == "FAILED"


def test_euler_number_elsewhere_in_the_notes_keeps_its_meaning() -> None:
    steps = doc_steps("For a prediction $e$,\n\n$$\\frac{\\partial}{\\partial e} (1 - e)^2 = 2e - 2$$\n\n"
                      "and\n\n$$\\frac{d}{dx} e^{2x} = 2e^{2x}$$\n")
    assert [s.verdict.value for s in steps] == ["PROVED", "PROVED"], [s.message for s in steps]


def test_a_chain_writing_e_both_ways_is_not_read_as_a_quantity() -> None:
    # e^{x} is Euler's number: which e the derivative is by is not said
    assert _verdict(r"\frac{\partial}{\partial e}(e^{x} e) = 2e^{x}") not in ("PROVED", "PASSED")
