r"""Tree nodes of expectations and statistics: ``\mathbb{E}[…]``, ``\text{Var}(…)``, ``\text{Cov}(…, …)``.

The parser only records *what was written*; what such a node may be taken to mean is decided by
:mod:`verifier.documents.expectation` (an arbitrary linear functional, statistics opaque). The
nodes are SymPy functions that never evaluate, so no SymPy rule (``E[a + b]`` distributed, a
number pulled out) is applied behind the checker's back: every property used is the checker's own,
and reported.

* ``Expectation(arg)`` — ``\mathbb{E}[arg]``, ``E[arg]``, ``\operatorname{E}(arg)``;
  ``Expectation(arg, Label("x \sim p"))`` — ``\mathbb{E}_{x \sim p}[arg]``: the subscript is part
  of the functional's identity (two expectations over different distributions are two functionals).
* ``Statistic(Label("Var"), arg)``, ``Statistic(Label("Cov"), a, b)``, ``Statistic(Label("Bias"), arg)``;
  a subscript, when written, is a last ``Label`` argument of the form ``"_…"``.

A :class:`Label` is a SymPy ``Str`` (it has no free symbols, so name inference never sees a
subscript such as ``x \sim p`` as a variable) that commutes, so that the node commutes exactly when
its arguments do.
"""

from __future__ import annotations

from typing import Any

import sympy
from sympy.core.symbol import Str

__all__ = ["STATISTICS", "Expectation", "Integral", "Label", "Statistic", "subscript_of"]

#: the statistics the parser reads, by the word written (``\operatorname{var}`` is Var)
STATISTICS = {"Var": "Var", "var": "Var", "Cov": "Cov", "cov": "Cov", "Bias": "Bias", "bias": "Bias",
              "Variance": "Var", "Covariance": "Cov"}  # fmt: skip


class Label(Str):
    """A piece of written text carried by a node (a subscript, a statistic's name): not a quantity."""

    is_commutative = True


class Expectation(sympy.Function):
    r"""``\mathbb{E}[arg]`` (args: the argument, and the subscript's :class:`Label` when written)."""

    @classmethod
    def eval(cls, *args: sympy.Basic) -> None:
        return None

    def _sympystr(self, printer: Any) -> str:
        sub = subscript_of(self)
        return f"𝔼{'_{' + sub + '}' if sub else ''}[{printer.doprint(self.args[0])}]"

    def _latex(self, printer: Any) -> str:
        sub = subscript_of(self)
        return rf"\mathbb{{E}}{'_{' + sub + '}' if sub else ''}\left[{printer.doprint(self.args[0])}\right]"


class Integral(sympy.Function):
    r"""``\int body \,dy`` without bounds (args: the body, the variable's :class:`Label`); what it may
    be taken to mean is decided by :mod:`verifier.documents.integrals`."""

    @classmethod
    def eval(cls, *args: sympy.Basic) -> None:
        return None

    def _sympystr(self, printer: Any) -> str:
        return f"∫ {printer.doprint(self.args[0])} d{self.args[1].name}"

    def _latex(self, printer: Any) -> str:
        return rf"\int {printer.doprint(self.args[0])} \,d{self.args[1].name}"


class Statistic(sympy.Function):
    r"""``\text{Var}(arg)``, ``\text{Cov}(a, b)``, ``\text{Bias}(arg)`` (args: the name's Label, then the
    arguments, then the subscript's Label ``"_…"`` when written)."""

    @classmethod
    def eval(cls, *args: sympy.Basic) -> None:
        return None

    def _parts(self) -> tuple[str, str, tuple[sympy.Basic, ...]]:
        sub = subscript_of(self)
        return self.args[0].name, sub, self.args[1 : -1 if sub else None]

    def _sympystr(self, printer: Any) -> str:
        name, sub, args = self._parts()
        return f"{name}{'_{' + sub + '}' if sub else ''}({', '.join(printer.doprint(a) for a in args)})"

    def _latex(self, printer: Any) -> str:
        name, sub, args = self._parts()
        inner = ", ".join(printer.doprint(a) for a in args)
        return rf"\operatorname{{{name}}}{'_{' + sub + '}' if sub else ''}\left({inner}\right)"


def subscript_of(node: Expectation | Statistic) -> str:
    """The subscript written on the node ('' when none)."""
    last = node.args[-1]
    if isinstance(node, Expectation):
        return last.name if len(node.args) > 1 and isinstance(last, Label) else ""
    return last.name[1:] if len(node.args) > 2 and isinstance(last, Label) and last.name.startswith("_") else ""
