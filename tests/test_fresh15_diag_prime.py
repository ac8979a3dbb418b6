r"""``\operatorname{diag}(g'(\mathbf s))``: the Jacobian of an entry-wise function (documents.calls).

``g'(\mathbf s)`` of a vector is read as its (diagonal) Jacobian, and diag of a matrix was refused as
ambiguous, so ``\partial g(\mathbf s)/\partial \mathbf s = \operatorname{diag}(g'(\mathbf s))`` — the most
common Jacobian of layer notes — was SKIPPED, and so was every chain through it. A diagonal Jacobian is
the diagonal matrix the notes mean. Wrong variants (the factors of a chain swapped, a missing factor) are
FAILED; a non-diagonal Jacobian inside diag stays refused."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = ("Let $\\mathbf s \\in \\mathbb{R}^q$, $V \\in \\mathbb{R}^{q \\times q}$ and $g = \\tanh$ applied "
          "entry-wise. Jacobians are in numerator layout.\n\n$${claim}$$\n")


_PRE = "With the pre-activation $\\mathbf a = V\\mathbf s$,\n\n$${claim}$$\n"


def _last(claim: str, then: str = "") -> tuple[Verdict, str]:
    body = then.replace("{claim}", claim) if then else f"$${claim}$$\n"
    notes = _NOTES.replace("$${claim}$$\n", body)
    steps = [s for ch in check_text(notes, "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


def test_the_jacobian_of_an_entrywise_function_is_its_diag() -> None:
    verdict, message = _last("\\frac{\\partial \\tanh(\\mathbf s)}{\\partial \\mathbf s} = "
                             "\\operatorname{diag}(\\tanh'(\\mathbf s))")
    assert verdict in GREEN, message


def test_a_chain_through_it_keeps_its_order() -> None:
    verdict, message = _last("\\frac{\\partial \\tanh(\\mathbf a)}{\\partial \\mathbf s} = "
                             "\\operatorname{diag}(\\tanh'(\\mathbf a))\\,V", _PRE)
    assert verdict in GREEN, message


def test_the_swapped_order_is_failed() -> None:
    verdict, message = _last("\\frac{\\partial \\tanh(\\mathbf a)}{\\partial \\mathbf s} = "
                             "V\\operatorname{diag}(\\tanh'(\\mathbf a))", _PRE)
    assert verdict is Verdict.FAILED, message


def test_a_dropped_factor_is_failed() -> None:
    verdict, message = _last("\\frac{\\partial \\tanh(2\\mathbf s)}{\\partial \\mathbf s} = "
                             "\\operatorname{diag}(\\tanh'(2\\mathbf s))")
    assert verdict is Verdict.FAILED, message
