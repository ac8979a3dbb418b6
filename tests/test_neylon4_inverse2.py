r"""The inverse of a symbolic 2×2 product such as ``(X^T W X)^{-1}`` (documents.squares): read through its
adjugate, so normal-equation steps with two parameters are checked instead of SKIPPED."""

from __future__ import annotations

from support import doc_steps

CONTEXT = """```verify
X: matrix[3 x 2]
w: vector[3] positive
W := \\operatorname{diag}(w)
\\theta: vector[2]
```
"""


def _one(latex: str):
    steps = doc_steps(f"{CONTEXT}\n$$\n{latex}\n$$\n")
    assert len(steps) == 1, [s.message for s in steps]
    return steps[0]


def test_the_inverse_of_a_2x2_product_is_read() -> None:
    r = _one(r"(X^T W X)^{-1} X^T W X \theta = \theta")
    assert r.verdict.value in ("PROVED", "PASSED"), r.message


def test_a_wrong_step_with_it_is_not_green() -> None:
    # FAILED: it fails with the inverse and with an entry-wise reciprocal alike (gaps54; was SKIPPED)
    assert _one(r"(X^T W X)^{-1} X^T W X \theta = 2\theta").verdict.value == "FAILED"
