r"""Asymptotic notation: ``O(n^2)``, ``\mathcal{O}(n)``, ``\Theta(n \log n)``, ``\Omega(n)`` say how a quantity
grows, not what it equals.

Notes state costs and rates in it: ``O(n^2) + O(n) = O(n^2)``, ``T(n) = n^2 + n = O(n^2)``. Read as written, the
parser takes ``O(n^2)`` for a product O·n² (O is no function the notes define), and the rule of asymptotic notation
was FAILED "at O = 1, n = -1" (redmid61). Such an ``=`` is a one-way statement about sets of functions, not an
equality of values: a member that applies one of these letters is not read (SKIPPED, with the reason), unless the
notes define or declare the letter themselves (a regulariser ``\Omega(w) := \frac\lambda2\|w\|^2``, a matrix
``\Theta`` of a context block), or give it a value (``$O = 3$`` outputs, a matrix ``\Omega = \begin{bmatrix}…``:
an asymptotic statement never writes the letter alone before ``=``; redlate61), where it is read as they say.
Little-o is left alone: ``o(t)`` is as often an output at time t. Only an application that stands as a term of its
own is asymptotic (:func:`_standing_term`: at the member's start or after ``+``, ``-`` or a relation, and followed
by nothing but such a sign): ``\operatorname{tr}(\Omega (x - \mu)^T (x - \mu))`` multiplies a matrix Ω (fresh17).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from verifier.documents.context import Scope
from verifier.latex.braces import SIZING, bracket_end

__all__ = ["asymptotic"]

#: O( … ), \mathcal{O}( … ), \mathcal O( … ), \Theta( … ), \Omega( … ), with \left( or \bigl( allowed; not a
#: script's letter (``W_O(h)``, ``W^O(h)``: the output projection of attention notes, a label like W_Q's)
_APPLIED = re.compile(
    r"(?<![_^])(?:\\mathcal\s*\{\s*O\s*\}|\\mathcal\s+O|(?<![\\A-Za-z])O|\\(Theta|Omega)(?![A-Za-z]))"
    r"\s*(?:\\(?:left|bigl|Bigl|big|Big)\s*)?\("
)


#: what may stand before an asymptotic term, and right after its bracket: a sign or a relation (or nothing)
_BEFORE = re.compile(r"(?:^|[+\-=<>&]|\\(?:le|leq|ge|geq|in|approx|sim|subseteq|subset)|\\[,;:!]|\\quad)\s*$")
_AFTER = re.compile(r"\s*(?:$|[+\-=<>&,.;]|\\(?:le|leq|ge|geq|in|approx|sim|subseteq|subset|text|quad|qquad)"
                    r"(?![A-Za-z])|\\[,;:!]|\\\\)")


def _standing_term(latex: str, m: re.Match[str]) -> bool:
    """Does the application ``m`` (its letter and opening bracket) stand as a term of its own in ``latex``: nothing
    but a sign, a relation or the member's start before it, and nothing but such after its closing bracket?"""
    if not _BEFORE.search(SIZING.sub("", latex[: m.start()])):
        return False
    close = bracket_end(latex, m.end() - 1)
    if close < 0:
        return False
    return _AFTER.match(SIZING.sub("", latex[close + 1 :])) is not None


def _valued(name: str, text: str) -> bool:
    """Do the notes ``text`` write the letter alone before ``=``, ``:=`` or ``\\in`` (``$O = 3$``, ``\\Omega \\in
    \\mathbb{R}^{2 \\times 2}``)? Big-O is always applied (``f = O(n)``), never given a value."""
    head = r"(?<![\\A-Za-z])O" if name == "O" else rf"\\{name}(?![A-Za-z])"
    return re.search(head + r"\s*(?::=|=|\\in(?![A-Za-z]))", text) is not None


def asymptotic(latex: str, scope: Scope, text: str = "", own: Collection[str] = ()) -> str:
    """Why the member ``latex`` is not read as an equality of values (it applies big-O, Θ or Ω, which the notes
    ``text`` do not define, declare or give a value), or "" where it is read as before. ``own``: the names the
    notes define so far where ``scope`` does not hold them yet (the definitions being learned)."""
    for m in _APPLIED.finditer(latex):
        name = m.group(1) or "O"
        if not _standing_term(latex, m):
            continue  # tr(\Omega (x - \mu)^T(x - \mu)): a product with a matrix Ω, read as before
        if name in own or (scope.names.get((name, ())) is not None and (name, ()) not in scope.inferred):
            continue  # the notes' own Ω(w), Θ, O, defined or declared: read as they say (an inferred scalar is no say)
        if _valued(name, text):
            continue  # "Let $O = 3$ be the number of outputs": the letter is that value
        shown = "O" if name == "O" else f"\\{name}"
        return (
            f"asymptotic notation {shown}(…): a statement about how a quantity grows, not an equality of values "
            "(define it in the notes or a context block if it names something else)"
        )
    return ""
