r"""A product-rule lemma for vectors that depend on a parameter, after other problems of the same notes.

A homework derives ``\partial_k (u_i m_{ij} v_j) = u'_i m_{ij} v_j + u_i m_{ij} v'_j`` for vectors u, v
of a parameter β; an earlier problem defined a scalar from the same letters (``s = (u_i - v_i) c_{ij}
(u_j - v_j)``). The arbitrary functions u, v (documents.generic) were read as functions of that s, which
is defined from u and v themselves: "u is read as a function of itself", SKIPPED. And a weight the prose
defines (a diagonal D) did not give its sizes to the vectors of ``\langle u, v \rangle_D``. Every
example is written here; each reading has a wrong variant that is never green."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")

_EARLIER = r"""
## Problem 1

Let $s = (u_i - v_i)c_{ij}(u_j - v_j)$, with repeated indices summed.

## Problem 2

Suppose $u$ and $v$ depend on $\beta$, and $M$ does not.

$$\frac{\partial}{\partial \beta_k}(u_i m_{ij} v_j) = {}$$
"""


def _last(notes: str) -> tuple[str, str]:
    step = doc_steps(notes)[-1]
    return step.verdict.value, step.message


def test_a_scalar_of_an_earlier_problem_is_not_what_the_vectors_are_functions_of() -> None:
    verdict, message = _last(_EARLIER.replace("{}", r"u'_i m_{ij} v_j + u_i m_{ij} v'_j"))
    assert verdict == "PROVED", message
    assert "function of itself" not in message


def test_the_wrong_product_rule_is_not_green() -> None:
    verdict, message = _last(_EARLIER.replace("{}", r"u'_i m_{ij} v_j + u_i m_{ji} v'_j"))
    assert verdict not in GREEN, message  # holds only where i = j
    verdict, message = _last(_EARLIER.replace("{}", r"u'_i m_{ij} v'_j"))
    assert verdict not in GREEN, message


_DIAGONAL = r"""
Let $D$ be the diagonal matrix whose $j$-th diagonal entry is $d_j$. Suppose $u$ and $v$ depend on
$\beta$.

$$\frac{\partial}{\partial \beta_k}\langle u, v\rangle_D = {}$$
"""


def test_a_weight_the_prose_defines_gives_its_sizes_to_the_vectors() -> None:
    du, dv = r"\frac{\partial u}{\partial \beta_k}", r"\frac{\partial v}{\partial \beta_k}"
    right = rf"\langle {du}, v \rangle_D + \langle u, {dv} \rangle_D"
    verdict, message = _last(_DIAGONAL.replace("{}", right))
    assert verdict == "PROVED", message
    wrong = rf"\langle {du}, v \rangle_D - \langle u, {dv} \rangle_D"
    verdict, message = _last(_DIAGONAL.replace("{}", wrong))
    assert verdict not in GREEN, message
