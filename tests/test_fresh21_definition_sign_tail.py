r"""An inline definition followed by a remark on its value (documents.signtail).

"Let $\mathbf{g} = A\mathbf{x} - \mathbf{b} \neq \mathbf{0}$": the formula defines g and remarks that it is not
zero. The remark made the definition's right side unreadable, so g was read as a free vector and the correct
``g^\top(Ax - b) = g^\top g`` FAILED with a "confirmed" counterexample (exact line search notes). The remark is
now cut from the definition; a formula whose tail is no such remark defines as before."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.signtail import without_sign_tail
from verifier.results import Verdict

_NOTES = ("Let $A$ be a square matrix and ${said}$. Then\n\n"
          "$$t\\,\\mathbf{g}^\\top(A\\mathbf{x} - \\mathbf{b}) = t\\,\\mathbf{g}^\\top\\mathbf{g}$$\n")


def _last(said: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(_NOTES.replace("{said}", said), "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


@pytest.mark.parametrize("said", ["\\mathbf{g} = A\\mathbf{x} - \\mathbf{b} \\neq \\mathbf{0}",
                                  "\\mathbf{g} = A\\mathbf{x} - \\mathbf{b} \\ne 0",
                                  "\\mathbf{g} = A\\mathbf{x} - \\mathbf{b}"])
def test_the_definition_with_a_remark_is_read(said: str) -> None:
    verdict, message = _last(said)
    assert verdict is Verdict.PROVED, message


def test_a_wrong_step_under_the_definition_still_fails() -> None:
    notes = _NOTES.replace("{said}", "\\mathbf{g} = A\\mathbf{x} + \\mathbf{b} \\neq \\mathbf{0}")
    steps = [s for ch in check_text(notes, "notes.md").chains for s in ch.result.steps]
    assert steps[-1].verdict is Verdict.FAILED


@pytest.mark.parametrize(("body", "cut"), [
    ("g = Ax - b \\neq \\mathbf{0}", "g = Ax - b"),
    ("\\alpha = g(1 - g) > 0", "\\alpha = g(1 - g)"),
    ("s = \\sum_i x_i^2 \\geq 0,", "s = \\sum_i x_i^2"),
    ("z = w^\\top x \\ne 0", "z = w^\\top x"),
])
def test_a_remark_on_the_value_is_cut(body: str, cut: str) -> None:
    assert without_sign_tail(body) == cut


@pytest.mark.parametrize("body", ["a = b \\neq c", "x_{k+1} = x_k - \\eta g", "\\{i : x_i > 0\\} = S",
                                  "f = \\max(0, z > 0)", "a \\ne 0"])
def test_other_tails_are_kept(body: str) -> None:
    assert without_sign_tail(body) == body
