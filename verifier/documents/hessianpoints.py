r"""A Hessian the prose names, written at a point: ``H(x)`` is H at x, never the product H·x (ctx61).

"Let $H$ be the Hessian of $f$" makes H the matrix of f's second derivatives by f's variable x
(documents.statedentries: ``H_{q u} := \frac{\partial^2 f}{\partial x_q \partial x_u}``). Newton notes then write
the Hessian at the step's point: ``x - H(x)^{-1}\nabla f(x)``, ``H^{-1}(x)``, ``H(x^{(i)})``. H is no function, so
the parser read ``H(x)`` as the product H·x: ``H(x)^{-1}`` became H·x^{-1}, an entry-wise reciprocal of a vector, and
a right Newton step was FAILED ("left -8.0, right 0.57"); ``H^{-1}(x)\nabla f(x)`` a product of two vectors.

This module owns that reading, in the chains after the sentence (the stated Hessian is in force from its line on):

* at the Hessian's own variable (``H(x)``, ``H^{-1}(x)``, ``H(x)^{-1}``, ``H\left(\mathbf{x}\right)``) the call is
  H, the matrix whose definition is written in x; the step reports it;
* at another point (``H(x_0)``, ``H(x^{(i)})``, ``H(0)``: one name or a number) it is the Hessian there — the
  definition with x replaced after differentiating —, which is not read: the member is left unread, with a reason
  that says what to write (SKIPPED, never green, never FAILED on a product the notes may not mean);
* a bracket that holds more than a point (``H(x - a)`` of a Taylor term) is a product, read as before.

Until the notes define the letter anew as a function of another variable: notes reuse letters across sections, and
after "The binary entropy is $H(p) = -p\log p - …$" ``H(x)`` is the entropy at x (redlate61: its right derivative
was SKIPPED as a derivative of the Hessian matrix, reported as the Hessian read at its variable).

:func:`hessian_variable` is how a definition is seen to be such a Hessian (documents.entrywiseinverse asks it too:
the symmetry of a computed Hessian is in its value).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from verifier.documents.context import Definition
from verifier.documents.members import _Chain
from verifier.latex.braces import SIZING as _SIZING
from verifier.latex.braces import bracket_end

__all__ = ["BOLD", "INVERSE", "POINT", "hessian_variable", "hessians_at_points", "name_pattern", "plain"]

#: the body statedentries writes for "$H$ … the Hessian of $f$": ``\frac{\partial^2 f}{\partial x_{q} \partial x_{u}}``
_INDEX = r"_\s*(?:\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z]+)\s*"  # x_{q}, x_u, x_{\kappa}: statedentries' fresh letters
_SECOND = re.compile(
    r"\\frac\s*\{\s*\\partial\s*\^\s*\{?\s*2\s*\}?(?P<f>.*)\}\s*\{\s*\\partial\s*(?P<v>\\?[A-Za-z]+)\s*"
    + _INDEX
    + r"\\partial\s*(?P=v)\s*"
    + _INDEX
    + r"\}\s*$",
    re.S,
)
INVERSE = r"\s*\^\s*(?:\{\s*-\s*1\s*\}|-1)"
BOLD = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(\\?[A-Za-z]+)\s*\}")
#: a point: one name, perhaps bold or accented, with subscripts and superscripts (``x_0``, ``x^{(i)}``, ``\theta_t``,
#: ``\mathbf{x}^*``), or a number; a bracketed sum or difference (``H(x - a)``) is a product, as it was read
POINT = re.compile(
    r"\s*(?:(?:\\(?:mathbf|boldsymbol|bm|vec|hat|bar|tilde)\s*\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z]+)"
    r"(?:\s*[_^]\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\?[A-Za-z0-9*]))*|-?\d+(?:\.\d+)?)\s*"
)


def hessian_variable(d: Definition) -> str | None:
    r"""The variable (``x``, ``\theta``) of a definition that is a matrix of second derivatives of one function by
    the entries of one variable, or None."""
    if d.key[1] or len(d.index_params) != 2:
        return None
    m = _SECOND.match(d.body.strip())
    return m.group("v") if m else None


def hessian_function(d: Definition) -> str | None:
    r"""The function (``f``, ``\ell``: its name without the backslash) whose second derivatives a stated Hessian
    :func:`hessian_variable` reads is, when it is one letter or command; None otherwise."""
    m = _SECOND.match(d.body.strip()) if hessian_variable(d) is not None else None
    f = m.group("f").strip() if m else ""
    return f.lstrip("\\") if re.fullmatch(r"\\?[A-Za-z]+", f) else None


def plain(latex: str) -> str:
    r"""``\mathbf{x}``, ``\left( x \right)`` and ``x`` alike: bold wrappers, sizing commands and spaces dropped."""
    return re.sub(r"\s+", "", _SIZING.sub("", BOLD.sub(r"\1", latex)))


def name_pattern(name: str) -> re.Pattern[str]:
    """``H``, ``\\mathbf{H}``, ``\\Lambda``: the name as the notes may write it, then an optional ``^{-1}`` and an
    opening bracket."""
    own = re.escape("\\" + name) if len(name) > 1 else re.escape(name)
    return re.compile(
        r"(?<![\\A-Za-z])(?P<name>(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*"
        + own
        + r"\s*\}|"
        + own
        + r")(?![A-Za-z]))(?P<pre>"
        + INVERSE
        + r")?\s*(?:\\(?:left|bigl|Bigl|big|Big)\s*)?\("
    )


def _rewritten(latex: str, name: str, variable: str) -> tuple[str, str | None]:
    """``latex`` with each call of ``name`` at ``variable`` written as the bare name (inverse kept), and the point
    of the first call elsewhere (None if none)."""
    out, at, other = [], 0, None
    for m in name_pattern(name).finditer(latex):
        if m.start() < at:
            continue
        end = bracket_end(latex, m.end() - 1)
        if end < 0:
            break
        argument = latex[m.end() : end]
        if plain(argument) != plain(variable):
            if POINT.fullmatch(_SIZING.sub("", argument)):
                other = other or argument.strip()
            continue
        after = re.compile(INVERSE).match(latex, end + 1)
        inverse = bool(m.group("pre")) != bool(after)  # H^{-1}(x)^{-1} is H
        out += [latex[at : m.start()], m.group("name"), "^{-1}" if inverse else ""]
        at = after.end() if after else end + 1
    return "".join(out) + latex[at:], other


#: what makes ``H(p)`` before it a definition: ``=``, ``:=`` and their LaTeX spellings
_DEFINES = re.compile(r"\s*(?::=|\\coloneqq|\\triangleq|\\defeq|\\equiv|=)")


def _redefined(lines: Sequence[str], name: str, variable: str, after: int) -> int | None:
    """The first line after line ``after`` (1-based) that defines ``name`` anew as a function of one name other than
    ``variable`` (``H(p) = …``, ``H(q) := …``, inline or displayed), or None."""
    head = name_pattern(name)
    for number in range(after + 1, len(lines) + 1):
        line = lines[number - 1]
        for m in head.finditer(line):
            end = bracket_end(line, m.end() - 1)
            if m.group("pre") or end < 0 or not _DEFINES.match(line, end + 1):
                continue
            argument = plain(line[m.end() : end])
            if re.fullmatch(r"\\?[A-Za-z]+", argument) and argument != plain(variable):
                return number
    return None


def hessians_at_points(chains: Sequence[_Chain], stated: Iterable[Definition], lines: Sequence[str]) -> None:
    """Rewrite, in place, each Hessian of ``stated`` written at its own variable in the chains after its line (up to
    a new definition of its letter as a function) as the bare matrix, and leave a member that writes it at another
    point unread (module docstring)."""
    hessians = [(d, v) for d in stated if (v := hessian_variable(d)) is not None]
    until = {(d.key, d.line): _redefined(lines, d.key[0], v, d.line) for d, v in hessians}
    for chain in chains:
        for d, variable in hessians:
            if chain.line < d.line or ((end := until[(d.key, d.line)]) is not None and chain.line >= end):
                continue
            name, changed = d.key[0], False
            for m in chain.members:
                if not m.latex or m.error or m.unread:
                    continue
                new, other = _rewritten(m.latex, name, variable)
                if other is not None:
                    m.unread = (
                        f"{name}({other}): the Hessian {name} at the point {other} is not read (its definition "
                        f"is in {variable.lstrip(chr(92))}); write it at {variable.lstrip(chr(92))}, or "
                        f"\\nabla^2 f({other}), or a product with a space: {name}\\,({other})"
                    )
                elif new != m.latex:
                    m.latex, changed = new, True
            if changed:
                chain.notes.append(
                    f"{name}({variable.lstrip(chr(92))}) read as the Hessian {name} at its variable "
                    f"(the prose at line {d.line} names it), not {name} times {variable.lstrip(chr(92))}"
                )
