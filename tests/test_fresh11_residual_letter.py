r"""``Write $r = y - t$``: a residual named with a letter that can be an index is a definition.

``r``, ``q``, ``p`` (like i, j, k) are letters the reader keeps from being defined by a plain formula
("$i = j$", "$k = K + 1$": a case or a range). A formula of names the notes define (``y`` of
``y = x + v a``) is no range: it names a quantity, and the lines after it use it (``\partial L/\partial v
= r\,a``). Before, r stayed undeclared and every step using it was SKIPPED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = ("The unit: $a = \\tanh(w x)$, $y = x + v a$ and $L = \\tfrac12 (y - t)^2$.\n\n"
          "Write $r = y - t$. Then\n\n$$\\frac{\\partial L}{\\partial v} = {}.$$\n")  # fmt: skip


def _verdict(right: str, notes: str = _NOTES) -> tuple[Verdict, str]:
    [step] = [s for ch in check_text(notes.replace("{}", right), "notes.md").chains for s in ch.result.steps
              if s.lhs_latex.startswith(r"\frac")]  # fmt: skip
    return step.verdict, step.message


def test_a_residual_named_r_is_carried_to_the_next_line() -> None:
    verdict, message = _verdict(r"r\, a")
    assert verdict in (Verdict.PROVED, Verdict.PASSED), message


@pytest.mark.parametrize("wrong", [r"-r\, a", r"r\, v", r"r\, a^2"])
def test_a_wrong_gradient_through_the_residual_is_failed(wrong: str) -> None:
    verdict, message = _verdict(wrong)
    assert verdict is Verdict.FAILED, message


def test_an_index_set_equal_to_another_is_still_no_definition() -> None:
    notes = "For $i = 1..n$ and $j = 1..n$, take $k = j$ below.\n\n$$\\sum_{k=1}^{n} x_k = {}$$\n"
    steps = [s for ch in check_text(notes.replace("{}", r"\sum_{i=1}^{n} x_i"), "notes.md").chains
             for s in ch.result.steps]  # fmt: skip
    assert all(s.verdict is not Verdict.FAILED for s in steps), [s.message for s in steps]
