r"""A name the notes define earlier on the same line ("Write $R = \sum_k e^{z_k}$. Then $\partial
R/\partial z_j = e^{z_j}$.") is differentiated through its definition; it was reported as read
and yet refused as "not defined in the notes: its derivative is unknown". Every example is
written here."""

from __future__ import annotations

from support import doc_steps


def _steps(body: str) -> list[tuple[str, str]]:
    return [(s.verdict.value, s.message or "") for s in doc_steps(body)]


def test_definition_earlier_on_the_line_is_differentiated() -> None:
    body = r"Write $R = \sum_{k=1}^K e^{z_k}$. Then $\frac{\partial R}{\partial z_j} = e^{z_j}$."
    ((verdict, message),) = _steps(body)
    assert verdict == "PROVED"
    assert "definition earlier on this line" in message


def test_wrong_claim_after_a_same_line_definition_is_found() -> None:
    body = r"Write $Q = \sum_{k=1}^K z_k^2$. Then $\frac{\partial Q}{\partial z_j} = z_j$."
    assert _steps(body)[0][0] == "FAILED"


def test_an_undefined_name_keeps_its_unknown_derivative() -> None:
    ((verdict, message),) = _steps(r"$$\frac{\partial L}{\partial z_j} = z_j$$")
    assert verdict == "SKIPPED"
    assert "L" in message
