r"""A state defined from its own earlier entry is never an internal error (documents.definitions, resolve).

fresh16's RNN note defines ``\mathbf{h}_t = \tanh(W \mathbf{h}_{t-1} + U \mathbf{x}_t)`` in a display: the
left member is read as the bold sample family and the body's ``\mathbf{h}_{t-1}`` as the plain family, so
the line was learned as an ordinary definition of h, and every entry asked for the one before it without
end: the chain after it was ERROR (RecursionError). A recurrence split over two definitions
(``a_t = 2 b_t``, ``b_t = a_{t-1} + 1``) did the same. Neither may be ERROR, and neither may make a wrong
step green."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

_BOLD = (
    "The state is\n\n$$ \\mathbf{{h}}_t = \\tanh(W \\mathbf{{h}}_{{t-1}} + U \\mathbf{{x}}_t). $$\n\n"
    "$$ \\frac{{\\partial h_3}}{{\\partial h_1}} = \\frac{{\\partial h_3}}{{\\partial h_2}} "
    "\\frac{{\\partial h_2}}{{\\partial h_1}} = {claim}. $$\n"
)
_SPLIT = "Let\n\n$$ a_t = 2 b_t, \\qquad b_t = a_{{t-1}} + 1. $$\n\nThen\n\n$$ a_3 = {claim}. $$\n"


def _steps(text: str) -> list[tuple[Verdict, str]]:
    return [(s.verdict, s.message or "") for ch in check_text(text, "notes.md").chains for s in ch.result.steps]


@pytest.mark.parametrize("note", [_BOLD.format(claim="w^2 (1 - h_3^2)(1 - h_2^2)"),
                                  _SPLIT.format(claim="2 a_2 + 2 = 2(2 a_1 + 2) + 2")])
def test_a_recurrence_without_a_base_is_no_internal_error(note: str) -> None:
    for verdict, message in _steps(note):
        assert verdict is not Verdict.ERROR, message


@pytest.mark.parametrize("note", [_BOLD.format(claim="w (1 - h_3^2)(1 - h_2^2) + 1"),
                                  _SPLIT.format(claim="2 a_2 + 2 = 2(2 a_1 + 2) + 3")])
def test_a_wrong_step_about_it_is_not_green(note: str) -> None:
    verdict, message = _steps(note)[-1]
    assert verdict not in GREEN, message
    assert verdict is not Verdict.ERROR, message
