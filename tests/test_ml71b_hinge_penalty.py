r"""The hinge loss with a penalty written ``\frac{\lambda}{2} w^\top w`` or a bias inside the margin
(``\max(0, 1 - y(w^\top x + b))``): read (documents.comparedproducts).

SymPy cannot compare non-commuting symbols, so a member with a ``\max`` or an indicator is read again with commuting
ones, and every product of a row and a column loses its written order. ``w^\top w`` beside the ``\max`` (read
``\|w\|^2`` there: ``self_inner_as_norm``) and the ``w^\top x`` of ``y(w^\top x + b)`` (a sum a plain name scales, in
a comparison) were ambiguous — the inner product or the outer one — and the SVM subgradient was SKIPPED "the order of
the factors of this product is ambiguous". Now they are read as inner products; the wrong twins are FAILED (a sign,
a dropped y, a doubled λ, the indicator's inequality turned) or at least not green (``\lambda w^\top``: a row and a
column added, which the notes may mean as one vector: documents.orientation). Every note is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = "# SVM\n\nFor one sample $(x, y)$ with $y \\in \\{-1, 1\\}$:\n\n$$\nLEFT = RIGHT\n$$\n"
_BIAS = r"\nabla_w \big[\frac{\lambda}{2} w^\top w + \max(0, 1 - y(w^\top x + b))\big]"
_PLAIN = r"\nabla_w \big[\frac{\lambda}{2} w^\top w + \max(0, 1 - y w^\top x)\big]"
_NORM_BIAS = r"\nabla_w \big[\frac{\lambda}{2} \|w\|^2 + \max(0, 1 - y(w^\top x + b))\big]"
_RIGHT = r"\lambda w - y x \mathbb{1}[y(w^\top x + b) < 1]"
_RIGHT_PLAIN = r"\lambda w - y x \mathbb{1}[y w^\top x < 1]"


def _verdicts(left: str, right: str) -> list[str]:
    return verdicts_by_line(_NOTE.replace("LEFT", left).replace("RIGHT", right))[6]


@pytest.mark.parametrize(("left", "right"), [(_BIAS, _RIGHT), (_PLAIN, _RIGHT_PLAIN), (_NORM_BIAS, _RIGHT)])
def test_the_subgradient_is_green(left: str, right: str) -> None:
    assert _verdicts(left, right) in (["PASSED"], ["PROVED"])


@pytest.mark.parametrize("wrong", [
    r"\lambda w + y x \mathbb{1}[y(w^\top x + b) < 1]",  # a sign
    r"\lambda w - x \mathbb{1}[y(w^\top x + b) < 1]",  # a dropped y
    r"2\lambda w - y x \mathbb{1}[y(w^\top x + b) < 1]",  # a doubled penalty
    r"\lambda w - y x \mathbb{1}[y(w^\top x + b) > 1]",  # the inequality turned
])
def test_a_wrong_subgradient_is_failed(wrong: str) -> None:
    assert _verdicts(_BIAS, wrong) == ["FAILED"]


@pytest.mark.parametrize("wrong", [r"\lambda w^\top - y x \mathbb{1}[y(w^\top x + b) < 1]",
                                   r"\lambda w - y x \mathbb{1}[y w^\top x < 1]"])  # the bias dropped on one side
def test_a_transposed_penalty_or_a_lost_bias_is_not_green(wrong: str) -> None:
    assert _verdicts(_BIAS, wrong)[0] in ("FAILED", "SKIPPED")


def test_a_penalty_outer_product_is_no_reading() -> None:
    # w w^T beside a max: a matrix added to a number; the step is no identity either way
    assert _verdicts(r"\nabla_w \big[\frac{\lambda}{2} w w^\top + \max(0, 1 - y w^\top x)\big]",
                     _RIGHT_PLAIN)[0] not in ("PROVED", "PASSED")
