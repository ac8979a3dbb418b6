r"""Which ``$…$`` formulas of the prose are claims to check, and which only name something.

Notes state identities inside sentences as often as in displays: "the softplus satisfies
$\zeta(x) - \zeta(-x) = x$", "shift invariance: $\frac{e^{z_i + c}}{\sum_k e^{z_k + c}} =
\frac{e^{z_i}}{\sum_k e^{z_k}}$", "$\|X\|_F^2 = \operatorname{tr}(X^\top X)$". A wrong one of those
must not leave the document green. Most inline equations are not claims, though: ``$i = 1, \dots,
n$`` (a range), ``$y = 1$`` (a case), ``$z = w^\top x$`` or ``$f(x) = x^2$`` (a definition) and
``setting $\nabla_w L = 0$`` or ``where $A x = 0$`` (a condition the notes impose or solve).

This module owns that decision, on two kinds of evidence:

* the **left member's shape**: a name, an entry of a name (``x_i``, ``w_{ij}``), a square of a
  name or a function applied to names (``f(x, y)``) is what a definition, a case or a range
  writes; anything else (a sum, a quotient, a norm, a function of an expression) states a value;
* the **words right before the formula**: a condition cue (``if``, ``where``, ``setting``, ``such
  that``, ``assume``, ``at the optimum`` …) makes it a hypothesis or an equation to solve, which
  is never checked as an identity.

The reader (:mod:`verifier.documents.inlineclaims`) turns the claims into
chains like a display's; a formula that states a derivative is a claim whatever its left member
(that rule is the mixin's).
"""

from __future__ import annotations

import re

import sympy as sp

from verifier.documents.prosewords import WORD_START, other_languages
from verifier.documents.sentences import SENTENCE_END as _SENTENCE_END

_AND = other_languages("and")

# The last words of the prose before a formula that make it a condition, not a claim. Anchored
# at the end: "if $A$ is symmetric, $\nabla f = 2Ax - b$" is a claim under a hypothesis (the cue
# is not right before it), "if $Ax = 0$" is the hypothesis itself.
_CONDITION_CUE = re.compile(
    r"(?:\b(?:if|iff|when|whenever|where|wherein|whereby|setting|set|sets|let|lets|assume|assuming|assumes|"
    r"suppose|supposing|given|such\s+that|so\s+that|s\.\s*t\.|subject\s+to|solv\w*|for\s+which|unless|"
    r"provided(?:\s+that)?|with|require\w*|constrain\w*|conditions?|equations?|system|impose\w*|"
    r"optim\w*|minim\w*|maxim\w*|stationary|critical|equilibrium|until|once|in\s+order\s+for|needs?|wants?|"
    # "which at $v = \hat v = S/n$ equals …": the point a relative clause takes a value at (fresh42); "at" alone
    # ("The derivative at $x = 0$", "At $\theta^0 = (0, 1)$") is read by the readings of points (fresh20, fresh29)
    r"(?<=which\s)at|(?<=that\s)at|"
    # "the fixed point of $\phi(x) = x^2 = x$", "the roots of …": an equation whose solutions are sought
    r"(?:(?:fixed|stationary|critical|saddle)\s+points?|roots?|zeros?|solutions?)\s+(?:of|to)|"
    # "the derivative vanishes at $1 + \sigma^2 = y^2$": where a condition holds, an equation to solve (fresh29)
    r"(?:vanish\w*|(?:is|are|becomes?|equals?)\s+zero|minimi[sz]ed|maximi[sz]ed)\s+(?:only\s+)?at)"
    # the same cues as notes in other languages write them ("Sei", "wobei", "mit", "Soit", "où", "其中": prosewords)
    r"|" + WORD_START + "(?:" + other_languages("let", "where", "with", "if", "when", "suppose", "given", "such that")
    + "))"
    # … and a formula listed after another under the same cue: "with $U^TU = I$, $V^TV = VV^T = I$ and …"
    r"\s*(?:that\s*)?[,:，：]?\s*(?:\$[^$]*\$\s*(?:,\s*(?:and|" + _AND + r")|,|，|and|" + _AND + r")\s*)*$",
    re.IGNORECASE,
)

# "with $c > 0$, $…$": a range of one name given with "with" and closed by a bare comma; the formula after it is
# the sentence's main clause, not one more condition (fresh19)
_RANGE_THEN_COMMA = re.compile(
    r"with\s+\$\s*(?:[-\d.]+\s*(?:<|\\le(?:q)?)\s*)?(?:\\[A-Za-z]+|[A-Za-z])(?:_\{?\w+\}?)?\s*"
    r"(?:>|<|\\ge(?:q)?|\\le(?:q)?|\\neq?)\s*[-\d.]+\s*\$\s*,(?!\s*and\b)",
    re.IGNORECASE,
)
# "Let $X$ have $\mathbb{E}[X] = 2$", "Suppose $f$ satisfies $f(0) = 1$": a sentence that opens by supposing a name,
# and the formulas it gives the name before its main clause — what the name is assumed to have, whatever the verb
# ("with" was a cue, "have" was not: the stated moment was checked as a claim of its own; sound40)
_CLAUSE_WORD = r"(?!(?:so|then|hence|thus|therefore|we|giving|gives?|gets?|yields?|implies)\b)[A-Za-z]+"
_SUPPOSED = re.compile(
    r"(?:^|[.!?:;]\s)\s*(?:(?:now|next|then|first|here),?\s+)?(?:let|suppose|assume|given)\s+(?:that\s+)?"
    r"\$[^$]*\$\s+(?:" + _CLAUSE_WORD + r"\s+){0,2}" + _CLAUSE_WORD + r"\s*(?:\$[^$]*\$\s*(?:,\s*and|,|and)\s*)*$",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_FONT = re.compile(r"\\(?:mathrm|operatorname|text|textrm|textit|mathit|mathbf|boldsymbol|bm|mathsf)\s*\{([A-Za-z]+)\}")


def unwrapped(latex: str) -> str:
    r"""``\mathrm{M}(\mathbf{z})`` → ``M(z)``: a name in a font is the name (to see a function head)."""
    return _FONT.sub(r"\1", latex)


def condition_before(prose: str) -> bool:
    """Do the words right before a formula (``prose`` ends where the formula starts) say that it
    is a condition: a hypothesis, an equation to solve or a constraint?"""
    tail = _SPACE.sub(" ", prose[-240:])
    cue = _CONDITION_CUE.search(tail)
    return cue is not None and _RANGE_THEN_COMMA.match(tail, cue.start()) is None


# The words right before a formula that say it is solved for its unknown, not a name's definition: "The fixed points
# solve $g(x) = x$", "any minimiser satisfies $f'(x) = 0$", "the roots of $p(t) = 0$" (fresh37; "Let", "where",
# "with" of _CONDITION_CUE introduce definitions as often, so only these keep a formula from being learned)
_SOLVED_CUE = re.compile(
    r"\b(?:solves?|solving|to\s+solve|satisf(?:y|ies|ying)|(?:roots?|zeros?|solutions?)\s+(?:of|to)|"
    r"(?:fixed|stationary|critical)\s+points?\s+(?:of|to))\s*[,:]?\s*$",
    re.IGNORECASE,
)


def solved_before(prose: str) -> bool:
    """Do the words right before a formula (``prose`` ends where it starts) say the formula is an equation solved
    for its unknown (so no definition of what its left member names)?"""
    return _SOLVED_CUE.search(_SPACE.sub(" ", prose[-240:])) is not None


def supposed_before(prose: str) -> bool:
    """Does the sentence the formula stands in (``prose`` ends where it starts) open by supposing a name and give
    the name this formula before its main clause ("Let $X$ have ", "Suppose $f$ satisfies ")? A value it states
    is a hypothesis, not a claim (a worked chain there is still checked: documents.inlineclaims)."""
    return _SUPPOSED.search(_SPACE.sub(" ", prose[-240:])) is not None


def names_only(left: sp.Basic) -> bool:
    r"""Is ``left`` (a parsed left member) what a definition, a case or a range writes: a name,
    an entry of a name, or such a name with a superscript (``\sigma^2 = …``; ``z^3 = …``, ``s_j^m = …``:
    a layer label)? (A function applied to names,
    ``f(x, y)``, is recognised on the text by the caller: parsed, ``s(x)`` with ``s`` unknown is a
    product and ``\|x\|`` is a function too.)"""
    if isinstance(left, sp.Symbol | sp.MatrixSymbol):
        return True
    if isinstance(left, sp.Indexed):
        return all(isinstance(i, sp.Symbol | sp.Integer) for i in left.indices)
    if isinstance(left, sp.Pow) and isinstance(left.exp, sp.Symbol | sp.Integer | sp.Add):
        # \sigma^2 = …, and a layer written as a superscript (z^3 = …, s_j^m = …, z^{m-1} = …)
        return names_only(left.base)
    return False


def states_value(left: sp.Basic, right: sp.Basic, written_call: bool) -> bool:
    r"""Does an inline equation with these two members state a value to check (rather than name
    something)? ``written_call``: the left member is written as a function of names, ``f(x, y)``
    (a definition's head). A bare number on the left (``$1 = \sum_k p_k$``) reads like a name's
    value only when the right member is a name."""
    if written_call or names_only(left):
        return False
    if isinstance(left, sp.Number):
        return not names_only(right)
    return True


# "With $y = 1$, …", "for $k=0$ we get …": an inline case fixing one name to a number
_CASE = re.compile(r"(?<![$\\])\$\s*\\?([A-Za-z]+)\s*=\s*[-+]?\d+(?:\.\d+)?\s*\$(?!\$)")
_HEAD_CALL = re.compile(r"^\s*\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?\s*(?:\\left)?\(([^()]*)(?:\\right)?\)\s*$")


def fixes_parameter(prose: str, left: str) -> bool:
    r"""Is the inline ``left = …`` (``left`` a function written on its parameters, ``\ell(y, p)``)
    the function's value at a case the same sentence fixed before it ("With $y = 1$,
    $\ell(y, p) = -\log p$")? Then it is a special case of the notes' function, not its definition
    (learned as one, it replaced the loss for the lines after it). ``prose`` ends where the
    formula starts."""
    head = _HEAD_CALL.match(unwrapped(left))
    if head is None:
        return False
    params = {p.strip().lstrip("\\") for p in head.group(1).split(",")}
    ends = list(_SENTENCE_END.finditer(prose))
    sentence = prose[ends[-1].end() :] if ends else prose
    return any(m.group(1) in params for m in _CASE.finditer(sentence))
