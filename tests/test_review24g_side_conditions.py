r"""review24g: a condition written after one equation of a display row (``\quad i \ne j``, ``\quad x > 0``)
restricts that equation, not the other equations of the row (latex.chains._row_pieces)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_SOFTMAX = "# Softmax\n\nLet $s_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$. Then\n\n"
_DS = "\\frac{\\partial s_i}{\\partial z_j}"


def _verdicts(text: str) -> list[Verdict]:
    return [s.verdict for ch in check_text(text, "notes.md").chains for s in ch.result.steps]


@pytest.mark.slow(3)
def test_each_equation_of_a_row_keeps_its_own_index_case() -> None:
    both = f"$${_DS} = s_i(1 - s_j) \\quad i = j, \\qquad {_DS} = -s_i s_j \\quad i \\neq j$$\n"
    assert _verdicts(_SOFTMAX + both) == [Verdict.PROVED, Verdict.PROVED]
    swapped = f"$${_DS} = -s_i s_j \\quad i \\neq j, \\qquad {_DS} = s_i(1 - s_j) \\quad i = j$$\n"
    assert _verdicts(_SOFTMAX + swapped) == [Verdict.PROVED, Verdict.PROVED]


@pytest.mark.slow(3)
def test_a_case_written_after_another_equation_does_not_excuse_a_dropped_delta() -> None:
    after = f"$${_DS} = -s_i s_j, \\qquad \\delta_{{ij}} = 0 \\quad i \\neq j$$\n"
    assert _verdicts(_SOFTMAX + after)[0] not in _GREEN
    before = f"$$\\delta_{{ij}} = 0 \\quad i \\neq j, \\qquad {_DS} = -s_i s_j$$\n"
    assert _verdicts(_SOFTMAX + before)[1] not in _GREEN


@pytest.mark.slow(3)
def test_a_range_written_after_the_second_equation_is_its_own() -> None:
    text = "# Abs\n\nLet $f(x) = |x|$ and $g(x) = \\max(0, x)$.\n\n$$f'(x) = 1, \\qquad g'(x) = 1 \\quad x > 0$$\n"
    first, second = _verdicts(text)
    assert first not in _GREEN  # |x|' = 1 is no identity: the range is g's
    assert second in _GREEN
