r"""A chain rule through a derivative with no matrix layout, its other factors in one layout.

``\frac{\partial E}{\partial z} \frac{\partial z}{\partial W} = \frac{\partial E}{\partial \hat{q}}
\frac{\partial \hat{q}}{\partial z} \frac{\partial z}{\partial W}`` (z a vector, W a matrix) was
SKIPPED: documents.tensorparts compared the factors before ∂z/∂W, but read them in the catalog's
layout, where a gradient times a Jacobian does not conform. Written in this order they conform in the
numerator layout (the mirror order in the denominator one); both parts are read in that one layout.
"""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
* $\mathbf{W} = \begin{bmatrix}w_{11} & w_{12} \\ w_{21} & w_{22} \\ w_{31} & w_{32}\end{bmatrix}$
* $\mathbf{c} = [c_1, c_2]^T$ and $\mathbf{u} = [u_1, u_2, u_3]^T$
* $\mathbf{z} = \mathbf{W}^T\mathbf{u} + \mathbf{c}$
* $\hat{\mathbf{q}} = \operatorname{softmax}(\mathbf{z})$
* $E(\mathbf{z}) = -\sum_{i=1}^2 t_i \log(\hat{q}_i)$

$$
\frac{\partial E(\mathbf{z})}{\partial \mathbf{z}} \frac{\partial \mathbf{z}}{\partial \mathbf{W}}
= RHS \frac{\partial \mathbf{z}}{\partial \mathbf{W}}
$$
"""

_JACOBIAN = r"\frac{\partial \mathbf{\hat{q}}}{\partial \mathbf{z}}"
_GRADIENT = r"\frac{\partial E(\mathbf{z})}{\partial \mathbf{\hat{q}}}"


def _last(rhs: str, head: str = "") -> tuple[str, str]:
    check = check_text(head + _NOTES.replace("RHS", rhs), "t.md", FAST)
    steps = [s for c in check.chains for s in c.result.steps]
    return steps[-1].verdict.value, steps[-1].message


def test_gradient_times_jacobian_is_the_numerator_layout_chain_rule() -> None:
    verdict, message = _last(_GRADIENT + " " + _JACOBIAN)
    assert verdict == "PROVED", message
    assert "numerator layout" in message


def test_jacobian_times_gradient_conforms_as_the_catalog_reads_it() -> None:
    # the catalog's layout (a gradient column after the Jacobian) conforms; softmax's Jacobian is symmetric
    verdict, message = _last(_JACOBIAN + " " + _GRADIENT)
    assert verdict == "PROVED", message


def test_a_factor_left_out_is_not_green() -> None:
    verdict, message = _last(_GRADIENT)
    assert verdict == "SKIPPED", message


def test_the_wrong_function_differentiated_is_not_green() -> None:
    verdict, message = _last(r"\frac{\partial E(\mathbf{z})}{\partial \mathbf{c}} " + _JACOBIAN)
    assert verdict not in ("PROVED", "PASSED"), message


def test_a_declared_layout_is_the_only_one_read() -> None:
    head = "```verify\nlayout: denominator\n```\n"
    verdict, message = _last(_GRADIENT + " " + _JACOBIAN, head)
    assert verdict == "SKIPPED", message


_FIRST_LINK = r"""
* $\mathbf{W} = \begin{bmatrix}w_{11} & w_{12} \\ w_{21} & w_{22} \\ w_{31} & w_{32}\end{bmatrix}$
* $\mathbf{c} = [c_1, c_2]^T$ and $\mathbf{u} = [u_1, u_2, u_3]^T$
* $\mathbf{z} = \mathbf{W}^T\mathbf{u} + \mathbf{c}$
* $\hat{\mathbf{q}} = \operatorname{softmax}(\mathbf{z})$
* $E(\mathbf{z}) = -\sum_{i=1}^2 t_i \log(\hat{q}_i)$

$$
\frac{\partial E(\mathbf{z})}{\partial \mathbf{W}} = RHS
$$
"""

_TENSOR = r"\frac{\partial \mathbf{z}}{\partial \mathbf{W}}"


def _first(rhs: str) -> tuple[str, str]:
    check = check_text(_FIRST_LINK.replace("RHS", rhs), "t.md", FAST)
    steps = [s for c in check.chains for s in c.result.steps]
    return steps[-1].verdict.value, steps[-1].message


def test_the_chain_rule_through_a_tensor_is_its_contraction() -> None:
    for rhs in (r"\frac{\partial E(\mathbf{z})}{\partial \mathbf{z}} " + _TENSOR,
                _GRADIENT + " " + _JACOBIAN + " " + _TENSOR,
                _TENSOR + r" \frac{\partial E(\mathbf{z})}{\partial \mathbf{z}}"):  # fmt: skip
        verdict, message = _first(rhs)
        assert verdict == "PROVED", (rhs, message)
        assert "contraction" in message


def test_a_contraction_with_the_wrong_vector_is_not_green() -> None:
    by_c = r"\frac{\partial E(\mathbf{z})}{\partial \mathbf{c}} "  # = ∂E/∂z: then times the Jacobian is wrong
    for rhs in (_GRADIENT + " " + _TENSOR, by_c + _JACOBIAN + " " + _TENSOR):
        verdict, message = _first(rhs)
        assert verdict not in ("PROVED", "PASSED"), (rhs, message)


def test_two_links_through_the_same_tensor_each_keep_their_parts() -> None:
    # the middle member is the contraction's right side in the first link and its parts in the second:
    # each link is checked with values of its own (they were one claim, and the check raised an ERROR)
    first = r"\frac{\partial E(\mathbf{z})}{\partial \mathbf{z}} " + _TENSOR
    rhs = first + " = " + _GRADIENT + " " + _JACOBIAN + " " + _TENSOR
    check = check_text(_FIRST_LINK.replace("RHS", rhs), "t.md", FAST)
    steps = [s for c in check.chains for s in c.result.steps]
    assert [s.verdict.value for s in steps[-2:]] == ["PROVED", "PROVED"], [s.message for s in steps[-2:]]
