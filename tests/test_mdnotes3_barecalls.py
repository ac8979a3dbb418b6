r"""A registry function written bare after the notes call it: ``\partial CE`` is ``\partial CE(y, \hat{y})``.

Notes write ``CE(\mathbf{y}, \hat{\mathbf{y}}) = -\sum_i y_i \log \hat{y}_i`` and then differentiate
``CE`` by name. The bare ``CE`` was an undefined name, so the step "said what CE is" and stayed
SKIPPED; it is the notes' call.
"""

from __future__ import annotations

from verifier.documents.barecalls import calls_in
from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
The cross-entropy is

$$
CE(\mathbf{y}, \hat{\mathbf{y}}) = -\sum_i y_i \log(\hat{y}_i)
$$

Its gradient with respect to a parameter $\theta_k$ that $\hat{y}$ depends on:

$$
\frac{\partial CE}{\partial \theta_k} = {rhs}
$$
"""


def _steps(text: str) -> list[tuple[str, str]]:
    check = check_text(text, "t.md", FAST)
    return [(s.verdict.value, s.message) for c in check.chains for s in c.result.steps]


def test_calls_are_found_with_their_line_and_arguments() -> None:
    text = "a\n$CE(\\mathbf{y}, \\hat{y})$ and $\\operatorname{softmax}(z)$ and $\\log(x)$\n"
    assert calls_in(text) == [(2, "CE", r"CE(\mathbf{y}, \hat{y})"), (2, "softmax", "softmax(z)")]


def test_a_bare_cross_entropy_is_the_notes_call() -> None:
    got = _steps(_NOTES.replace("{rhs}", r"-\sum_i \frac{y_i}{\hat{y}_i} \frac{\partial \hat{y}_i}{\partial \theta_k}"))
    assert [v for v, _ in got] == ["PROVED", "PROVED"], got
    assert "CE written bare read as CE(" in got[1][1], got


def test_a_wrong_gradient_of_the_bare_cross_entropy_is_not_green() -> None:
    got = _steps(_NOTES.replace("{rhs}", r"\sum_i \frac{y_i}{\hat{y}_i} \frac{\partial \hat{y}_i}{\partial \theta_k}"))
    assert got[1][0] not in ("PROVED", "PASSED"), got


def test_calls_at_different_arguments_leave_the_bare_name_alone() -> None:
    text = _NOTES.replace("The cross-entropy is", r"With $CE(a, b)$ for other vectors, the cross-entropy is")
    got = _steps(text.replace("{rhs}", r"-\sum_i \frac{y_i}{\hat{y}_i} \frac{\partial \hat{y}_i}{\partial \theta_k}"))
    assert "written bare read as" not in got[1][1], got
