r"""A function the notes define with a labelled constant in its body (``\sqrt{d_k}``) is still defined.

``Score(Q, K) = \frac{Q K^\top}{\sqrt{d_k}}``: the reader refused function definitions whose body writes an
entry with an index the parameters do not carry (``\xi(t, y) = -t_c \log y_c``: a formula about one
class), and d_k (the keys' dimension, written on one name only) was taken for such an entry, so the
step said "function Score is not defined (define it in a verify block)" and every line using Score was
SKIPPED. A subscript written only on one name that is no parameter, a name written nowhere else, is a
label (documents.dangling). Small notes written for the test.
"""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.dangling import dangling_indices
from verifier.engine import Settings
from verifier.latex.parser import parse_latex

FAST = Settings(points=30)

_NOTES = r"""Queries and keys, $Q, K \in \mathbb{R}^{n \times h}$, are scored as
$$ Score(Q, K) = \frac{Q K^T}{\sqrt{d_k}} $$
so that
$$ Score(Q, K)^T = RIGHT $$
"""


def _verdicts(right: str) -> list[tuple[str, str]]:
    check = check_text(_NOTES.replace("RIGHT", right), "t.md", FAST)
    return [(s.verdict.value, s.message) for ch in check.chains for s in ch.result.steps]


def test_a_subscript_on_one_name_only_is_a_label() -> None:
    assert dangling_indices(parse_latex(r"\frac{Q K^T}{\sqrt{d_k}}"), ["Q", "K"]) == set()
    assert dangling_indices(parse_latex(r"-t_c \log(y_c)"), ["t", "y"]) == {"c"}  # entries of the parameters
    assert dangling_indices(parse_latex(r"(y_i - w x_i)^2"), ["w"]) == {"i"}  # one sample: two names share i
    assert dangling_indices(parse_latex(r"w_i x + w_j"), ["x"]) == {"i", "j"}  # w written with two indices


def test_the_function_is_defined_and_used() -> None:
    (definition, use) = _verdicts(r"\frac{K Q^T}{\sqrt{d_k}}")
    assert definition[0] == "SKIPPED" and definition[1].startswith("defines Score"), definition
    assert use[0] == "PROVED", use


def test_a_wrong_transpose_is_not_green() -> None:
    (_, use) = _verdicts(r"\frac{Q K^T}{\sqrt{d_k}}")
    assert use[0] not in ("PROVED", "PASSED"), use
