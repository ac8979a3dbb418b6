"""When the direct-partials reading of backprop notes may hold a defined quantity fixed.

Backprop notes write ∂x̂/∂x for the *local* derivative, μ held fixed, and add the path through μ
themselves (∂l/∂μ · ∂μ/∂x). The same reading, on notes that never take that path, hides the most
common mistake of batch and layer normalisation: ∂(x_i − μ)/∂x_j = δ_ij, the path through the mean
dropped. So a quantity computed as a mean (a mean, a variance: a statistic of the variable)
may be held fixed only where the notes differentiate by it or differentiate it somewhere (``∂μ``):
then it is a node of their graph. The same holds for any defined quantity where the step differentiates
a name the notes define (``∂L/∂w``, ``∂h/∂x``: their own computation, all its paths): with ``a = σ(wx)``
never under a ``∂``, ``∂L/∂w = 2λw`` for ``L = (a − y)² + λw²`` is the chain rule's dropped term, and
``∂h/∂x = 1`` for ``h = x + sin u``, ``u = x²`` the residual block's. Only a quantity in an expression
the step writes out (``∂/∂w ‖y − Xw‖²`` with ``y = Xw + ε`` the data) must be a statistic.

An upstream gradient is held fixed as backpropagation does (``G = ∂L/∂O``, ``∂/∂V tr(GᵀAV) = AᵀG``)
only where the loss is left unspecified: with ``L = ½‖O − Y‖²`` *defined*, G = O − Y moves with V, and
the claim read literally is another (:func:`defined_upstream`, sound23): the notes rule that reading out.
This module owns only these tests; doubts.py asks them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.documents.context import Definition, Scope
from verifier.documents.partscope import across_problems

__all__ = ["defined_upstream", "dropped_path"]

#: a mean or a variance: a sum divided by a count (\frac{1}{m}\sum_i x_i, \frac{\sum_i x_i}{m}, 1/m \sum);
#: a model's sum (y_i = \sum_j w_j X_{ij} + ε_i, data held fixed) is no statistic of the variable
_MEAN = re.compile(r"\\frac\s*\{\s*1\s*\}\s*\{[^{}]*\}\s*\\sum|\\frac\s*\{\s*\\sum|1\s*/\s*\w+\s*\\sum|\\mathbb\{E\}")

#: the note differentiate._direct_partial leaves on a step read with direct partials
_HELD = re.compile(r"direct partial of its definition \(([^()]*) held fixed\)")


def _latex_of(name: str) -> str:
    r"""``mu`` -> ``\mu`` (a Greek letter's name), ``m`` -> ``m``."""
    return "\\" + name if len(name) > 1 and name.isalpha() else name


def dropped_path(message: str, scope: Scope, text: str, of_a_name: bool = False,
                 lines: Sequence[str] | None = None, line: int = 0) -> str | None:
    r"""The quantity a step read with direct partials held fixed (``message``: that step's result)
    that is a statistic (a mean or a variance), or any defined quantity when the step differentiates a
    defined name (``of_a_name``), and that the notes (``text``) never write under a ``\partial``: the
    path through it is dropped, not left for later. None when every one is fine.

    With ``lines`` (``text``'s lines) and the step's 1-based ``line``, a ``\partial`` of the name counts only
    where no new problem starts between it and the step: Problem 1's ``\partial a/\partial z`` of its own
    ``a = \sigma(z)`` takes no path of Problem 2's ``a = \sigma(wx)`` (redteam38)."""
    found = _HELD.search(message)
    if found is None:
        return None
    for name in found.group(1).split(", "):
        entry = scope.names.get((name.strip(), ()))
        if not isinstance(entry, Definition) or not (of_a_name or _MEAN.search(entry.body)):
            continue
        latex = re.escape(_latex_of(name.strip()))
        if any(lines is None or not across_problems(lines, text.count("\n", 0, m.start()) + 1, line)
               for m in re.finditer(r"\\partial\s*(?:\{\s*)?" + latex + r"(?![A-Za-z])", text)):
            continue
        return name.strip()
    return None


#: the function differentiated in a gradient's definition: \frac{\partial L}{\partial O}, \partial L/\partial O,
#: \nabla_O L, \frac{dL}{dO}
_OF = re.compile(r"^\s*(?:\\frac\s*\{\s*(?:\\partial|d)\s*\{?\s*(\\?[A-Za-z]+)|\\partial\s*\{?\s*(\\?[A-Za-z]+)"
                 r"\s*\}?\s*/|\\nabla_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+)\s*(\\?[A-Za-z]+))")


def defined_upstream(message: str, scope: Scope) -> tuple[str, str] | None:
    r"""(G, L): a quantity the direct-partials reading held fixed (``message``) that the notes define as
    the derivative of a function L they define too (``G = \frac{\partial L}{\partial O}``, ``L = ½‖O − Y‖²``).
    Holding G fixed is then no reading of the notes: their G is a function of the variables. None when
    every held quantity is something else (a loss left unspecified keeps the backprop reading)."""
    found = _HELD.search(message)
    if found is None:
        return None
    for name in found.group(1).split(", "):
        entry = scope.names.get((name.strip(), ()))
        if not isinstance(entry, Definition) or (of := _OF.match(entry.body)) is None:
            continue
        loss = next(g for g in of.groups() if g).lstrip("\\")
        if isinstance(scope.names.get((loss, ())), Definition):
            return name.strip(), loss
    return None
