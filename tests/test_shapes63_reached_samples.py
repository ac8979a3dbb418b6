r"""shapes63: plain samples ``w^\top x_i`` written in a definition the chain reaches (the SVM's Lagrangian).

The plain-sample reading (documents.plainsamples: x_i as sample i, a vector, where the notes write
``w^\top x_i``) looked at the chain's own members only. The soft-margin dual writes the inner product in
L's definition and differentiates L in the chain (``\partial L/\partial w = w - \sum_i \alpha_i y_i x_i``):
x_i stayed an entry of a vector x, L a row, and every step was SKIPPED "the left member is 2×2, the right
member is 2×1". The letters are now looked for in the bodies of the definitions the chain reaches too."""

from __future__ import annotations

from support import verdicts_by_line

SVM = r"""\documentclass{{article}}
\begin{{document}}
The Lagrangian is
\begin{{equation*}}
L = \frac12\|w\|^2 + C\sum_i \xi_i - \sum_i \alpha_i\left[y_i(w^\top x_i + b) - 1 + \xi_i\right] - \sum_i \mu_i \xi_i .
\end{{equation*}}
Setting derivatives to zero:
\begin{{align*}}
\frac{{\partial L}}{{\partial w}} &= {dw} = 0, \\
\frac{{\partial L}}{{\partial b}} &= {db} = 0, \\
\frac{{\partial L}}{{\partial \xi_i}} &= {dxi} = 0 .
\end{{align*}}
\end{{document}}
"""

RIGHT = {"dw": r"w - \sum_i \alpha_i y_i x_i", "db": r"-\sum_i \alpha_i y_i", "dxi": r"C - \alpha_i - \mu_i"}
LINES = {"dw": 9, "db": 10, "dxi": 11}


def _verdict(which: str, **wrong: str) -> list[str]:
    text = SVM.format(**{**RIGHT, **wrong})
    return verdicts_by_line(text, "notes.tex")[LINES[which]][:1]


def test_svm_stationarity_conditions_are_checked() -> None:
    for which in LINES:
        assert _verdict(which) in (["PROVED"], ["PASSED"]), which


def test_svm_gradient_with_a_flipped_sign_fails() -> None:
    assert _verdict("dw", dw=r"w + \sum_i \alpha_i y_i x_i") == ["FAILED"]


def test_svm_gradient_with_a_dropped_label_fails() -> None:
    assert _verdict("dw", dw=r"w - \sum_i \alpha_i x_i") == ["FAILED"]


def test_svm_bias_derivative_with_a_flipped_sign_fails() -> None:
    assert _verdict("db", db=r"\sum_i \alpha_i y_i") == ["FAILED"]


def test_svm_slack_derivative_with_a_dropped_multiplier_fails() -> None:
    assert _verdict("dxi", dxi=r"C - \alpha_i") == ["FAILED"]


PASSIVE_AGGRESSIVE = r"""# The passive-aggressive update

With the Lagrangian $\mathcal{L} = \tfrac{1}{2}\|w - w_t\|^2 + \tau\,(1 - y_t w^\top x_t)$, setting
$\nabla_w \mathcal{L} = w - w_t - \tau y_t x_t = 0$ gives $w = w_t + \tau y_t x_t$.
"""


def test_an_iterate_beside_the_samples_keeps_the_reading_from_refuting() -> None:
    # w and w_t (the iterate) in the chain: read with x_t a sample, w_t would stay an entry of w — no FAILED
    # for a right step under such a half reading (the literal shapes do not fit: SKIPPED, as before)
    assert "FAILED" not in verdicts_by_line(PASSIVE_AGGRESSIVE)[4]
