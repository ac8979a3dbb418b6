r"""The k-th coordinate of a gradient operator: ``[\nabla_b]_k x`` as ``\frac{\partial x}{\partial b_k}``.

Notes that derive a gradient coordinate by coordinate write the operator's k-th entry and then what
it acts on: "we can derive this by looking at the $k$-th coordinate of the gradient",
``[\nabla_b]_k x = -c_{kj}(a_j - b_j) - (a_i - b_i)c_{ik}``, also ``(\nabla_\theta)_k J`` or
``\left[\nabla_{w}\right]_{j} f``. Read literally the bracket holds an operator with nothing to
differentiate and the member cannot be read. The k-th coordinate of ``\nabla_b`` is
``\partial/\partial b_k``: this module writes it so (the operand is what follows the bracket, as
after any derivative operator) and gives the reading to report with the step. Only a bracket that
holds ``\nabla`` with its variable and nothing else, followed by a subscript and by something to
act on, is read; ``[\nabla_b f]_k`` (the k-th entry of a gradient, which parses) is left alone.
"""

from __future__ import annotations

import re

__all__ = ["gradient_entries", "note"]

def _arg(name: str) -> str:
    """A subscript: braced (group ``name``) or one token (group ``name1``)."""
    return rf"(?:\{{(?P<{name}>(?:[^{{}}]|\{{[^{{}}]*\}})*)\}}|(?P<{name}1>\\[A-Za-z]+|[A-Za-z0-9]))"


_OPERATOR = re.compile(
    r"(?:\\left\s*)?[\[(]\s*\\nabla\s*_\s*" + _arg("var") + r"\s*(?:\\right\s*)?[\])]\s*_\s*"
    + _arg("k") + r"(?=\s*\S)"
)


def _operator(m: re.Match[str]) -> str:
    var = (m.group("var") if m.group("var") is not None else m.group("var1")).strip()
    k = (m.group("k") if m.group("k") is not None else m.group("k1")).strip()
    return rf"\frac{{\partial}}{{\partial {var}_{{{k}}}}} "


def gradient_entries(latex: str) -> str:
    r"""``latex`` with each ``[\nabla_v]_k`` followed by an operand written ``\frac{\partial}{\partial v_k}``."""
    if "\\nabla" not in latex:
        return latex
    return _OPERATOR.sub(_operator, latex)


def note(latex: str) -> list[str]:
    """The reading to report for a member where :func:`gradient_entries` changed something."""
    if "\\nabla" not in latex or not _OPERATOR.search(latex):
        return []
    return [r"[\nabla_v]_k read as the k-th coordinate of the gradient operator, \partial/\partial v_k"]
