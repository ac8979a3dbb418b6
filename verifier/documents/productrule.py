r"""The product rule of probability: ``P(t, z | \theta) = P(t | z, \theta) P(z | \theta)``.

Likelihood notes factor a joint probability before they say what any factor is ("Since $P(A,B) =
P(A|B)P(B)$ this can be written as $P(t,z|\theta) = P(t|z,\theta)P(z|\theta)$"). The parser reads each
conditional as an opaque quantity (:mod:`verifier.latex.probability`), so such a link was a definition
of the joint or an equation between undeclared quantities: SKIPPED. A reader checks it by the rule
alone, whatever the distribution is.

This module owns that reading. Each side must be a product (or a ``\frac`` of products) of
probabilities written with one and the same head (``P``, ``p``, ``\Pr``, ``\mathbb{P}``), each of
events or variables written as text (``t``, ``\mathbf{z}``, ``t_i=1``), with at most one bar. Every
factor ``P(A | B)`` is the ratio ``J(A ∪ B) / J(B)`` of the joint ``J`` over the sets written
(``J(∅) = 1``; the order of the names inside a set does not matter): where both sides are the same
monomial in those joints, the link holds for every distribution for which the factors are defined
(the conditioning events of positive probability) — the product rule, the chain rule of several
variables and Bayes' rule are the cases. PROVED with that reading.

Anything else is left to the other checks: a sum (marginalising, ``1 - P(t=0|z)``), an exponent, a
parameter after ``;`` (``p(y; \theta)``: not an event), two heads (``p`` and ``q`` are two
distributions). A link that the rule does not give (``P(A, B) = P(A) P(B)``, independence; a factor
conditioned on the wrong set) may still hold for the notes' distribution, so it is never FAILED here.
"""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from verifier.results import StepResult, Verdict

__all__ = ["PRODUCT_RULE", "by_product_rule", "factorisation", "product_rule"]

PRODUCT_RULE = ("the product rule of probability: each P(A|B) read as P(A, B)/P(B) over the events written, "
                "so the link holds for any distribution P")  # fmt: skip

# sizing and spacing that do not change what is written
_NOISE = re.compile(r"\\(?:left|right|big|Big|bigg|Bigg)[lrm]?(?![A-Za-z])|\\[,;:! ]|\\(?:quad|qquad|displaystyle|"
                    r"Large|large|LARGE|huge|Huge)(?![A-Za-z])|~")  # fmt: skip
_HEAD = re.compile(r"\\mathbb\s*\{\s*P\s*\}|\\mathrm\s*\{\s*P\s*\}|\\operatorname\s*\{\s*P\s*\}|\\Pr(?![A-Za-z])|[Pp]"
                   r"(?![A-Za-z])")  # fmt: skip
_PRODUCT = re.compile(r"\\cdot(?![A-Za-z])|\\times(?![A-Za-z])")
_FRAC = re.compile(r"\\[dt]?frac\s*")
_BAR = re.compile(r"\\mid(?![A-Za-z])|\\vert(?![A-Za-z])|\|")


class _NotProbabilities(ValueError):
    """The member is not a product of probabilities of one head."""


def _group(text: str, k: int, opener: str, closer: str) -> int:
    """The index just after the bracket that closes the one opened at ``text[k]``."""
    depth = 0
    for j in range(k, len(text)):
        if text[j] == opener:
            depth += 1
        elif text[j] == closer:
            depth -= 1
            if depth == 0:
                return j + 1
    raise _NotProbabilities("unbalanced brackets")


def _top_split(text: str, pattern: re.Pattern[str]) -> list[str]:
    """``text`` cut at the matches of ``pattern`` outside any bracket."""
    parts, depth, last, k = [], 0, 0, 0
    while k < len(text):
        c = text[k]
        if c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
        elif depth == 0 and (m := pattern.match(text, k)):
            parts.append(text[last:k])
            last = k = m.end()
            continue
        k += 1
    parts.append(text[last:])
    return parts


def _events(text: str) -> frozenset[str]:
    names = [re.sub(r"\s+", "", n) for n in _top_split(text, re.compile(","))]
    if any(not n for n in names):
        raise _NotProbabilities("an empty event")
    return frozenset(names)


class _Reader:
    """One member read as a monomial in the joints ``J(S)`` of the sets of events written."""

    def __init__(self) -> None:
        self.heads: set[str] = set()
        self.joints: dict[frozenset[str], sp.Symbol] = {}

    def joint(self, events: frozenset[str]) -> sp.Expr:
        if not events:
            return sp.Integer(1)
        if events not in self.joints:
            self.joints[events] = sp.Symbol(f"J{len(self.joints)}", positive=True)
        return self.joints[events]

    def product(self, text: str) -> sp.Expr:
        out: sp.Expr = sp.Integer(1)
        k, text = 0, text.strip()
        if not text:
            raise _NotProbabilities("an empty product")
        while k < len(text):
            if text[k].isspace():
                k += 1
                continue
            if m := _PRODUCT.match(text, k):
                k = m.end()
                continue
            if frac := _FRAC.match(text, k):
                k = frac.end()
                if k >= len(text) or text[k] != "{":  # \frac12: not read (its numerator is no braced group)
                    raise _NotProbabilities("a fraction without braces")
                end = _group(text, k, "{", "}")
                den_end = _group(text, end, "{", "}") if end < len(text) and text[end] == "{" else -1
                if den_end < 0:
                    raise _NotProbabilities("a fraction without its denominator")
                out *= self.product(text[k + 1 : end - 1]) / self.product(text[end + 1 : den_end - 1])
                k = den_end
                continue
            m = _HEAD.match(text, k)
            if m is None:
                raise _NotProbabilities(f"not a probability at {text[k:k + 12]!r}")
            k = m.end()
            while k < len(text) and text[k].isspace():
                k += 1
            if k >= len(text) or text[k] != "(":
                raise _NotProbabilities("a head without its events")
            end = _group(text, k, "(", ")")
            inside = text[k + 1 : end - 1]
            if ";" in inside:
                raise _NotProbabilities("a parameter after ';' is not an event")
            sides = _top_split(inside, _BAR)
            if len(sides) > 2:
                raise _NotProbabilities("two bars")
            events = _events(sides[0])
            given = _events(sides[1]) if len(sides) == 2 else frozenset()
            self.heads.add(re.sub(r"\s+", "", m.group(0)))
            out *= self.joint(events | given) / self.joint(given)
            k = end
            if k < len(text) and text[k] in "^_'":
                raise _NotProbabilities("a power or a label of a probability")
        return out


def _monomials(left: str, right: str) -> tuple[_Reader, sp.Expr, sp.Expr] | None:
    """Both members read as monomials in the joints of one reader, or None."""
    reader = _Reader()
    try:
        a = reader.product(_NOISE.sub(" ", left))
        b = reader.product(_NOISE.sub(" ", right))
    except _NotProbabilities:
        return None
    return reader, a, b


def product_rule(left: str, right: str) -> str | None:
    """The reading under which ``left = right`` holds by the product rule, or None."""
    read = _monomials(left, right)
    if read is None:
        return None
    reader, a, b = read
    if len(reader.heads) != 1 or not reader.joints or not (_BAR.search(left) or _BAR.search(right)):
        return None  # p(x, y) = p(y, x) with no bar may be a function's symmetry, not a joint's
    if sp.simplify(a / b) != 1:
        return None
    return PRODUCT_RULE


def factorisation(left: str, right: str, defined: frozenset[str] = frozenset()) -> str | None:
    r"""Why ``left = right``, a factorisation of probabilities the rule does not give (``p(a, b) = p(a)
    p(b)``, independence; a factor conditioned on another set), is not FAILED: it may hold for the notes'
    distribution. None where a member is no product of probabilities of one head, no probability has two
    events or a bar (``p(a) = p(b)`` may be a function's), or the head is a function the notes define
    (``defined``: ``p(a, b) = a b + 1``)."""
    read = _monomials(left, right)
    if read is None:
        return None
    reader, _, _ = read
    if len(reader.heads) != 1 or next(iter(reader.heads)).lstrip("\\") in defined:
        return None
    if not (_BAR.search(left) or _BAR.search(right) or any(len(s) > 1 for s in reader.joints)):
        return None
    return ("a factorisation of probabilities that the product rule does not give (independence, another "
            "conditioning): it may hold for the notes' distribution; not called FAILED")  # fmt: skip


def by_product_rule(r: StepResult, left: str, right: str, defined: frozenset[str] = frozenset()) -> StepResult:
    """``r``, or PROVED by the product rule where it was SKIPPED and the rule gives the link; a FAILED
    factorisation of probabilities (``p(a, b) = p(a) p(b)``, read with ``p(…)`` some value) is SKIPPED, and a
    SKIPPED one says so first."""
    if r.verdict is Verdict.FAILED:
        why = factorisation(left, right, defined)
        if why is None:
            return r
        return replace(r, verdict=Verdict.SKIPPED, message=f"{why} ({r.message})", counterexample=None,
                       curve=None)  # fmt: skip
    if r.verdict is not Verdict.SKIPPED:
        return r
    why = product_rule(left, right)
    if why is None:
        # p(x, y) = p(x) p(y) with p a function of two arities (documents.listedcalls): unread, and why it would
        # not be an identity anyway is the factorisation's reason, said first
        fact = factorisation(left, right, defined)
        return r if fact is None or fact in r.message else replace(r, message=f"{fact} ({r.message})")
    return replace(r, verdict=Verdict.PROVED, method="symbolic: the product rule of probability",
                   message=f"read: {why}", counterexample=None, curve=None)  # fmt: skip
