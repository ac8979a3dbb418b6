r"""A name the prose calls a distribution, applied to a summed index: ``\sum_x \min(p(x), q(x))``.

Notes on sampling, speculative decoding or divergences say in words that a letter is a distribution
("the target model, with distribution $p$", "a draft $x \sim q$", "$p$ and $q$ are pmfs") and then write
its mass at a point as a call, ``p(x)``, summed over x. The grammar reads ``p(x)`` as the product p·x (no
definition says p is a function), and ``\sum_x \min(p(x), q(x)) = 1 - \mathrm{TV}(p, q)``, true for every
pair of distributions, FAILED at a negative scalar p (fresh28). This module owns that reading, a post-pass
of :mod:`verifier.documents.check` on FAILED steps:

* a name is a distribution where the prose of the chain's section calls it one in so many words
  ("distribution(s)", "pmf", "probability mass function", "density" next to ``$p$``, "$p$ is a
  distribution", "$p$ and $q$ are distributions") or draws from it (``$x \sim q$``, the name alone after
  ``\sim``); a sentence that denies it ("$p$ is not a distribution", "need not") says nothing;
* the chain applies it to a plain letter that a ``\sum`` of the chain runs over (``\sum_x … p(x)``), and
  the notes do not define it;
* each call ``p(a)`` of such a name to a plain letter, in the members, the chain's hypotheses and the
  definitions in its scope (``\mathrm{TV}(p, q) = \frac12 \sum_x |p(x) - q(x)|``), is read as the entry
  ``p_{a}`` of a probability vector (entries in (0, 1), summing to one: the kind ``simplex``), and the
  step is checked again.

Where the step holds so, it takes that verdict, saying under which reading; where it fails so too, it
stays FAILED (every plausible reading fails) — unless the chain applies another undefined letter to a summed
letter the same way (``r(y)`` beside ``s(y)``) that the prose does not call a distribution: that reading was not
tried, so the step is SKIPPED naming it (redteam41); where the reading cannot be made (p not read as a vector,
the chain unreadable, a time-out) it is SKIPPED with the reason, never FAILED: the product is not what
the notes mean.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from verifier.documents.context import Definition, DomainSpec, Scope, VarDecl
from verifier.documents.steps import checked_again
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document
    from verifier.documents.members import _Chain

__all__ = ["as_entries", "distribution_calls", "said_distributions"]

_NAME = r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?(?P<n>[A-Za-z]|\\(?:pi|mu|nu|rho|phi|psi))\s*\}?"
_WORD = (r"(?:probability\s+)?(?:distributions?|pmfs?|p\.m\.f\.|mass\s+functions?|densit(?:y|ies)|"
         r"probability\s+vectors?)")
_MATH = r"\$\s*" + _NAME + r"\s*\$"
_ANY = _MATH.replace("?P<n>", "?:")
_AND = r"(?:\s*(?:,|,?\s*and|,?\s*or)\s*)"
# "with distribution $p$", "the distributions $p$ and $q$"
_WORD_THEN = re.compile(_WORD + r"\s+(?P<list>" + _ANY + r"(?:" + _AND + _ANY + r")*)", re.IGNORECASE)
# "$p$ is a distribution", "$p$ and $q$ are two pmfs"
_NAME_THEN = re.compile(r"(?P<list>" + _ANY + r"(?:" + _AND + _ANY + r")*)\s+(?:is|are|be)\s+(?:a|an|the|two|"
                        r"some|any)?\s*(?:discrete\s+|categorical\s+|target\s+|draft\s+)?" + _WORD, re.IGNORECASE)
# "$x \sim q$": drawn from q (the name alone after \sim)
_DRAWN = re.compile(r"\\sim\s*" + _NAME + r"\s*(?=\$|[,;.])")
_SENTENCE = re.compile(r"[.!?;](?:\s|$)|\n\s*\n")
_NEGATION = re.compile(r"\b(?:not|never|need\s+not|no\s+longer|unless|without)\b|n't\b", re.IGNORECASE)


def _sentence_of(text: str, at: int) -> str:
    starts = [m.end() for m in _SENTENCE.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    end = _SENTENCE.search(text, at)
    return text[start : end.start() if end else len(text)]


def said_distributions(text: str) -> dict[str, int]:
    r"""The names ``text`` calls a distribution or draws from, each with the offset where it says so (the
    first); a sentence that denies it says nothing."""
    out: dict[str, int] = {}
    for pattern in (_WORD_THEN, _NAME_THEN):
        for m in pattern.finditer(text):
            if _NEGATION.search(_sentence_of(text, m.start())):
                continue
            for name in re.finditer(_MATH, m.group("list")):
                out.setdefault(name.group("n"), m.start())
    for m in _DRAWN.finditer(text):
        if not _NEGATION.search(_sentence_of(text, m.start())):
            out.setdefault(m.group("n"), m.start())
    return out


def _call(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z\\_^])" + re.escape(name)
                      + r"\s*(?:\\left\s*)?\(\s*(?P<a>[A-Za-z])\s*(?:\\right\s*)?\)")


def as_entries(latex: str, names: set[str]) -> str:
    r"""``latex`` with each call of ``names`` to a plain letter written as the entry: ``p(x)`` → ``p_{x}``."""
    for name in names:
        latex = _call(name).sub(lambda m, n=name: f"{n}_{{{m.group('a')}}}", latex)
    return latex


def _other_applied(latexes: list[str], names: set[str], scope: Scope) -> list[str]:
    """The other letters ``latexes`` apply to a letter a sum of theirs runs over, undefined in ``scope``: the
    calls the reading of ``names`` leaves products (``r(y)`` beside a distribution ``s(y)``)."""
    text = " ".join(latexes)
    found = {m.group(1) for m in re.finditer(r"(?<![A-Za-z\\_^])([A-Za-z])\s*(?:\\left\s*)?\(", text)}
    return sorted(n for n in found - names if _applied_summed(latexes, n)
                  and not isinstance(scope.names.get((n, ())), Definition))  # fmt: skip


def _applied_summed(latexes: list[str], name: str) -> bool:
    """Do ``latexes`` apply ``name`` to a letter that a sum of theirs runs over?"""
    text = " ".join(latexes)
    letters = {m.group("a") for m in _call(name).finditer(text)}
    return any(re.search(r"\\sum\s*_\s*\{?\s*" + a + r"(?![A-Za-z])", text) for a in letters)


def distribution_calls(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED step that applies a name the prose calls a distribution to a summed letter
    checked again with the calls read as a probability vector's entries (the module's docstring)."""
    failing = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED]
    if not failing:
        return steps
    latexes = [m.latex for m in chain.members if m.latex]
    said = said_distributions(doc._section_text(chain))
    names = {n for n in said if _applied_summed(latexes, n)
             and not isinstance(scope.names.get((n.lstrip("\\"), ())), Definition)}  # fmt: skip
    if not names:
        return steps
    failing = [k for k in failing if any(_call(n).search(chain.members[i].latex or "") for n in names
                                         for i in (chain.steps[k].left, chain.steps[k].right))]  # fmt: skip
    if not failing:
        return steps
    alt = copy.copy(chain)
    alt.members = [copy.copy(m) for m in chain.members]
    for m in alt.members:
        if m.latex:
            m.latex = as_entries(m.latex, names)
    alt.hypotheses = [(as_entries(h, names), where) for h, where in chain.hypotheses]
    written = doc.scope_of(chain)  # as the notes declare it: the chain's own inference read p as a scalar
    bodies = written.copy()
    for key, entry in written.names.items():
        if isinstance(entry, Definition) and entry.body and as_entries(entry.body, names) != entry.body:
            bodies.names[key] = replace(entry, body=as_entries(entry.body, names))
    made: set[str] = set()

    def simplex(read: Scope) -> Scope:
        out = read.copy()
        for n in names:
            entry = read.names.get((n.lstrip("\\"), ()))
            if isinstance(entry, VarDecl) and entry.kind in ("vector", "simplex"):
                out.names[entry.key] = replace(entry, kind="simplex", domain=DomainSpec())
                made.add(n)
        return out

    asked = {chain.steps[k].index for k in failing}
    results = checked_again(doc, alt, bodies, asked, len(chain.members), simplex)
    shown = ", ".join(f"${n}$" for n in sorted(names))
    reading = (f"{shown} read as distributions, as the prose says (a call such as p(x) the probability of x: "
               "entries in (0, 1) summing to one over the sum's range)")
    out = list(steps)
    for k in failing:
        got = results[k] if results is not None else None
        faithful = made == names and got is not None
        if faithful and got.verdict.ok:
            out[k] = replace(got, message="; ".join(x for x in (f"holds when read with {reading}; read literally "
                                                                  f"(a call read as a product) it fails",
                                                                  got.message) if x))
        elif faithful and got.verdict is Verdict.FAILED and (others := _other_applied(latexes, names, scope)):
            shown_others = ", ".join(f"${n}$" for n in others)
            out[k] = replace(out[k], verdict=Verdict.SKIPPED,
                             message=f"it fails when read with {reading}, but {shown_others}, applied to a summed "
                                     f"letter too, is not called a distribution there and stays a product: not "
                                     f"every plausible reading was tried; literally: {out[k].message}")  # fmt: skip
        elif faithful and got.verdict is Verdict.FAILED:
            out[k] = replace(out[k], message="; ".join(x for x in (out[k].message, f"fails too when read with "
                                                                   f"{reading}") if x))
        else:
            first = ((got.message or "").split("; ")[0] if got is not None else "") or "it could not be read so"
            out[k] = replace(out[k], verdict=Verdict.SKIPPED,
                             message=f"{shown} called distributions in the prose are applied to a summed letter, "
                                     f"which the literal reading takes as a product; read with {reading}, the step "
                                     f"is not checked ({first}); literally: {out[k].message}")  # fmt: skip
    return out
