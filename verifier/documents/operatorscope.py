r"""Where a derivative operator written before a product stops: the chain rule written as operators.

Notes write the chain rule with the operator in front, ``\frac{\partial}{\partial u} y\log(u)
\frac{\partial u}{\partial t}``: the operator acts on ``y\log(u)`` and the product goes on with
``\partial u/\partial t``. The parser gives the operator the whole product (a derivative operator's
argument runs to the end of the term), so read literally the derivative by ``u`` would hold the
factor ``\partial u/\partial t`` inside it; when ``u`` is defined from ``t`` that factor cannot be
taken with ``u`` held free (:meth:`~verifier.documents.differentiate.Differentiation._lost_dependence`),
and when it is not it is a constant. The derivative of ``u`` by something is never meant to be
differentiated by ``u`` again: a trailing factor ``\partial u/\partial\cdot`` of the operator's own
variable ends the operator's argument (:func:`chain_factors`).

Likewise ``\mathbf{w}^\top \nabla^2_\theta R\, \mathbf{w}``: the Hessian's argument runs to the end
of the term, but the Hessian of ``R\mathbf{w}`` (a vector) is no matrix; trailing factors that do not
depend on the variable are the product's, not the operator's (:func:`constant_tail`, used only when
the literal reading cannot be taken). Both readings are reported with the step.

The parser gives the operator the whole term whether or not the notes bracket its argument, so the
chain-rule reading cannot see ``\frac{\partial}{\partial u}\left(\frac{\partial y}{\partial u}
\frac{\partial u}{\partial t}\right)``, where the brackets put the derivative of u inside the operand
(the product rule, a second derivative): :func:`bracketed_operand` finds that writing in the text, and
:func:`not_as_written` leaves such a step SKIPPED (neither green nor FAILED).

The other way round, worked solutions write the product and quotient rules out with the operator on one
bracketed factor and the other factor beside it: ``\frac{d}{dx}(x^2)\,\sin x + x^2\,\frac{d}{dx}(\sin x)``,
``\frac{\frac{d}{dx}(p)\,q - p\,\frac{d}{dx}(q)}{q^2}``. Read literally that is the derivative of the
product. :func:`operator_on_its_bracket` gives such an operator the bracket after it alone;
:mod:`verifier.documents.doubts` tries it as one more reading of a chain whose step FAILED as written (green
with the reading named where it holds; a step that fails both ways stays FAILED).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from verifier.results import StepResult, Verdict

__all__ = [
    "BRACKET_NOTE",
    "CHAIN_NOTE",
    "bracketed_operand",
    "chain_factors",
    "constant_tail",
    "not_as_written",
    "operator_on_its_bracket",
    "tail_note",
]

CHAIN_NOTE = (r"\frac{{\partial}}{{\partial {var}}} A \frac{{\partial {var}}}{{\partial \cdot}} read as the chain "
              r"rule: the operator acts on the factors before the derivative of {var}")  # fmt: skip


CHAIN_READ = "read as the chain rule: the operator acts on the factors before"  # in CHAIN_NOTE


def _factors(expr: sp.Basic) -> list[sp.Basic] | None:
    """The factors of a product in written order (the non-commuting ones keep it; commuting ones are
    scalars, whose order does not matter). None for anything but a product."""
    if not isinstance(expr, sp.Mul):
        return None
    return list(expr.args)


def chain_factors(expr: sp.Basic, var: sp.Basic) -> tuple[sp.Basic, list[sp.Basic]] | None:
    r"""``(A, [\partial u/\partial t, …])`` for a derivative by ``u`` of ``A \frac{\partial u}{\partial t}``:
    the trailing factors (in written order) that are derivatives *of* the operator's variable ``u``.
    None when there is none, or nothing is left for the operator to act on."""
    factors = _factors(expr)
    if factors is None:
        return None
    tail: list[sp.Basic] = []
    while factors and _derivative_of(factors[-1], var):
        tail.insert(0, factors.pop())
    # a commuting (scalar) derivative factor may stand anywhere among commuting factors
    if not tail:
        scalar = [f for f in factors if f.is_commutative and _derivative_of(f, var)]
        if not scalar:
            return None
        tail = scalar
        factors = [f for f in factors if f not in scalar]
    if not factors:
        return None
    return sp.Mul(*factors, evaluate=False) if len(factors) > 1 else factors[0], tail


def _derivative_of(node: sp.Basic, var: sp.Basic) -> bool:
    return isinstance(node, sp.Derivative) and node.expr == var and all(v != var for v in node.variables)


def constant_tail(
    expr: sp.Basic, depends: Callable[[sp.Basic], bool]
) -> tuple[sp.Basic, list[sp.Basic]] | None:
    r"""``(R, [\mathbf{w}])`` for an operator's argument ``R\mathbf{w}`` whose trailing factors (written
    order) do not depend on the operator's variable (``depends`` says which do). None when no factor
    is left to it or none depends on the variable (the operator would act on a constant)."""
    factors = _factors(expr)
    if factors is None:
        return None
    tail: list[sp.Basic] = []
    while len(factors) > 1 and not depends(factors[-1]):
        tail.insert(0, factors.pop())
    if not tail or not any(depends(f) for f in factors):
        return None
    return sp.Mul(*factors, evaluate=False) if len(factors) > 1 else factors[0], tail


def tail_note(op: str, var: str, tail: list[sp.Basic]) -> str:
    """The reading reported with the step when an operator's argument stops before constant factors."""
    names = ", ".join(str(t) for t in tail)
    return (f"{op} read as acting on the factors before {names} (which do not depend on {var}; "
            f"taken with them it would not be a matrix)")


_OPERATOR = re.compile(r"\\frac\{(\\partial|d|\\mathrm\{d\})\}\{")
_OPEN = re.compile(r"(?:\\left|\\[bB]igg?l?)?([(\[])")
_PAIRS = {"(": ")", "[": "]"}


def _closing(s: str, start: int, opener: str, closer: str) -> int:
    """The index of the ``closer`` that closes the group opened just before ``start``, or -1."""
    depth = 1
    for k in range(start, len(s)):
        if s[k] == opener:
            depth += 1
        elif s[k] == closer:
            depth -= 1
            if depth == 0:
                return k
    return -1


def bracketed_operand(latex: str) -> bool:
    r"""Does ``latex`` write an operator ``\frac{\partial}{\partial u}`` (or ``\frac{d}{du}``) followed by
    brackets that hold a derivative of ``u`` (``\frac{\partial u}{\partial t}``)?"""
    s = re.sub(r"\s+", "", latex)
    for m in _OPERATOR.finditer(s):
        d = m.group(1)
        end = _closing(s, m.end(), "{", "}")
        if end < 0 or not s.startswith(d, m.end()):
            continue
        var = s[m.end() + len(d) : end]
        o = _OPEN.match(s, end + 1)
        if not var or o is None:
            continue
        close = _closing(s, o.end(), o.group(1), _PAIRS[o.group(1)])
        group = s[o.end() : close if close >= 0 else len(s)]
        if "\\frac{" + d + var + "}{" in group:
            return True
    return False


def not_as_written(r: StepResult, texts: tuple[str, str]) -> StepResult:
    """``r``, or SKIPPED where it rests on the chain-rule reading of an operator whose bracketed argument
    holds the derivative of its variable (:func:`bracketed_operand`): the brackets say the operator acts on
    the whole product, which the chain-rule reading does not (and the literal one is not read)."""
    if r.verdict not in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED) or CHAIN_READ not in (r.message or ""):
        return r
    if not any(bracketed_operand(t) for t in texts):
        return r
    why = ("the operator's bracketed argument holds the derivative of its own variable: it acts on the whole "
           "product (the product rule), not only on the factors before that derivative, and that operator "
           "product is not read")
    message = "; ".join(x for x in (why, r.message) if x)
    return replace(r, verdict=Verdict.SKIPPED, counterexample=None, curve=None, message=message)


BRACKET_NOTE = "the derivative applied to the bracket right after it only (d/dx(u) v as (du/dx) v)"
_SPACE = re.compile(r"(?:\s|\\[,;:! ]|\\q?quad(?![A-Za-z]))*")
_SPACED_OPEN = re.compile(r"(?:\\left|\\[bB]igg?l?)?\s*([(\[])")
_RAISED = re.compile(r"\s*[\^_]")
# what may follow the last factor of a term: the end of the term, of a group, of a row or of the member
_TERM_ENDS = ("+", "-", "=", "&", ")", "]", "}", "\\right", "\\big", "\\Big", "\\\\", "\\end", "\\tag",
              "\\label", "\\text", ",", ".", ";", "\\le", "\\ge", "\\approx", "\\ne", "\\quad", "\\qquad")  # fmt: skip


def operator_on_its_bracket(latex: str) -> str | None:
    r"""``latex`` with each derivative operator whose operand is a bracket followed by another factor of
    the same term braced together with that bracket (``\frac{d}{dx}(u)\,v`` → ``{\frac{d}{dx}(u)}\,v``).
    None when no operator is so written (its bracket ends its term, or its operand is not bracketed)."""
    from verifier.documents.readings import OPERATOR_HEAD  # readings imports modules that import this one

    out, pos = [], 0
    for m in OPERATOR_HEAD.finditer(latex):
        opened = _SPACED_OPEN.match(latex, m.end())
        if m.start() < pos or opened is None:
            continue
        close = _closing(latex, opened.end(), opened.group(1), _PAIRS[opened.group(1)])
        after = _SPACE.match(latex, close + 1).end() if close >= 0 else len(latex)
        # (x^2+1)^2, (Xw)_i: the bracket is a power's base or an entry's array, and the operand is the power, the entry
        if after >= len(latex) or latex.startswith(_TERM_ENDS, after) or _RAISED.match(latex, close + 1):
            continue
        out.append(latex[pos : m.start()] + "{" + latex[m.start() : close + 1] + "}")
        pos = close + 1
    return "".join(out) + latex[pos:] if out else None
