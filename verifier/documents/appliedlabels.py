r"""A name written before brackets at two different arguments, read as a product, and green.

``h_{out}(A+B) = h_{out}(A) + h_{out}(B)``: the grammar reads a labelled name before ``(`` as a factor
(``h_{out} \cdot (A + B)``) unless the notes define or declare it a function, and as a product the
step is the distributive law, PROVED. Nobody writes a factor in brackets before two different
operands and nowhere else; written so, ``h_{out}`` is a function and the line states its linearity,
which an arbitrary function does not have. The same goes for homogeneity (``h_{out}(cx) =
c\,h_{out}(x)``). A name labelled by a superscript reads the same (``h^{(2)}(A+B)``, ``f^{[l]}``,
``g^{\ast}``, trust15): a label in brackets or a star, never a power (``x^2(a+b)``) or a transpose.

This module owns that doubt, a post-pass of :mod:`verifier.documents.check` (beside
:mod:`verifier.documents.numbercalls`, which turns the opposite failure, a call read as a product that
makes a step FAILED, into SKIPPED): a green step whose members write one name (a letter or Greek name,
optionally subscripted or labelled) before ``(`` with at least two different contents, never elsewhere, and that the
chain's trees never read as a call, is checked again with the name read as a function (an arbitrary
one, as any undefined function). Where that reading does not hold too, the step is SKIPPED: green only
through the product reading, which is not the one the notes make plausible. Never FAILED: the
product reading remains possible.

The same name makes a FAILED no failure of the notes (:func:`applied_products`, asked by
documents.guesses; trust15): ``\Phi(x) + \Phi(-x) = 1`` where nothing names Φ failed as ``\Phi x - \Phi x =
1``; it is the value of a function the notes do not define at two points, SKIPPED — where the notes never
write the name as a value (:func:`written_bare`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.members import _Chain, step_trees
from verifier.documents.statedoptima import as_optimum_names
from verifier.documents.steps import checked_again
from verifier.documents.tablevalues import as_table_names
from verifier.latex.braces import bracket_end
from verifier.latex.probability import quantity_head
from verifier.latex.special import special_calls
from verifier.latex.vocabulary import GREEK
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document

__all__ = ["applied_names", "applied_products", "doubt_applied_products", "written_bare"]

# a superscript that labels a name rather than raising it to a power: h^{(2)}, f^{[l]}, g^{\ast}, g^*, g^{\star}
# (trust15; a power x^2, x^n, x^{-1} or a transpose is not a label)
_LABEL = r"\^\s*(?:\{\s*(?:\([^{}()]*\)|\[[^{}\[\]]*\]|\\ast|\\star|\*)\s*\}|\\ast\b|\\star\b|\*)"
_SUB = r"_\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\?[A-Za-z0-9])"
# h_{out}(, \phi_k(, g(, h^{(2)}(, f_k^{[l]}( : a letter or Greek name, an optional subscript and label, then ( —
# not itself a sub/superscript
# \hat{y}, \tilde g, \bar{f}: a name under an accent is a name too (trust15)
_ACCENT = r"\\(?:hat|tilde|bar|check|breve|widehat|widetilde|overline)\s*(?:\{\s*\\?[A-Za-z]+\s*\}|[A-Za-z])"
_CALL = re.compile(
    rf"(?:(?<=[A-Za-z])(?=\\)|(?<![\\A-Za-z_^]))(?P<name>(?P<head>{_ACCENT}|\\[A-Za-z]+|[A-Za-z])(?:\s*{_SUB})?(?:\s*{_LABEL})?(?:\s*{_SUB})?)"
    r"\s*(?:\\left\s*)?\("
)


def _starts(name: str, also: str = "") -> str:
    r"""Where a written ``name`` may start: not inside a longer name (``\\alpha`` in ``\\alphabet``, ``x`` in
    ``ax``); a name that is a command (``\\bar f``) may follow a letter (``c\\bar f(x)``)."""
    return r"(?<!\\)" if name.startswith("\\") else rf"(?<![\\A-Za-z{also}])"


def _head(name: str) -> str:
    """The letter (Greek without the backslash) a written name starts with; under an accent, the letter and
    the accent as the parser names it (``\\hat{y}`` → ``yhat``)."""
    accent = re.match(r"\\([A-Za-z]+)\s*\{?\s*\\?([A-Za-z]+)", name)
    if accent and re.match(_ACCENT, name):
        return accent.group(2) + accent.group(1).replace("wide", "").replace("overline", "bar")
    m = re.match(r"\\?([A-Za-z]+|[A-Za-z])", name)
    return m.group(1) if m else name


def applied_names(latexes: Iterable[str]) -> dict[str, set[str]]:
    r"""The names ``latexes`` write before ``(`` with at least two different contents and nowhere else,
    each with the contents (spaces removed): ``{"h_{out}": {"A+B", "A", "B"}}``."""
    texts = [x for x in latexes if x]
    contents: dict[str, set[str]] = {}
    for text in texts:
        for m in _CALL.finditer(text):
            head = m.group("head")
            if head.startswith("\\") and head[1:] not in GREEK and not re.match(_ACCENT, head):
                continue
            close = bracket_end(text, m.end() - 1)
            if close < 0:
                continue
            name = re.sub(r"\s+", "", m.group("name"))
            inner = re.sub(r"\s+|\\right$", "", text[m.end() : close])
            contents.setdefault(name, set()).add(inner)
    out = {}
    for name, inside in contents.items():
        if len(inside) < 2:
            continue
        # matched in the text as written (spaces allowed inside the name): squeezed, ``2 w_1 y`` hid w_1
        # written alone before y (review22a)
        spaced = r"\s*".join(re.escape(c) for c in name)
        pattern = re.compile(_starts(name) + spaced + r"(?![A-Za-z])")
        called = re.compile(_starts(name) + spaced + r"\s*(?:\\left\s*)?\(")
        bare = 0
        for text in texts:
            bare += len(pattern.findall(text)) - len(called.findall(text))
        if bare == 0:
            out[name] = inside
    return out


def _as_function(latex: str, names: Iterable[str]) -> str:
    """``latex`` with each of ``names`` before ``(`` written as an operator name (a function)."""
    for name in names:
        plain = _plain(name)
        spaced = r"\s*".join(re.escape(c) for c in name)
        latex = re.sub(_starts(name, "_^") + spaced + r"(?=\s*(?:\\left\s*)?\()",
                       lambda _m, p=plain: rf"\operatorname{{{p}fn}}", latex)  # fmt: skip
    return latex


def _plain(name: str) -> str:
    r"""The letters of a written name, a label's digits and star spelled out: ``h^{(2)}`` → ``hsuptwo``
    (not ``h``, which the notes may write as another name)."""
    if "^" not in name:
        return re.sub(r"[^A-Za-z]", "", name)
    head, _, label = name.partition("^")
    words = "zero one two three four five six seven eight nine".split()
    label = re.sub(r"\d", lambda m: words[int(m.group(0))], label.replace("*", "ast"))
    return re.sub(r"[^A-Za-z]", "", head) + "sup" + re.sub(r"[^A-Za-z]", "", label)


def _in_definitions(doc: _Document, name: str) -> bool:
    """Does a body of the notes' definitions write ``name`` (as written, spaces allowed inside it)?"""
    spaced = r"\s*".join(re.escape(c) for c in name)
    pattern = re.compile(_starts(name) + spaced + r"(?![A-Za-z])")
    return any(pattern.search(d.body or "") for d in doc.note_definitions)


def _called(trees: Iterable[sp.Basic]) -> set[str]:
    trees = list(trees)  # \Gamma(3), built as 2, is a call all the same (verifier.latex.special)
    return {f.func.__name__.lower() for t in trees if isinstance(t, sp.Basic) for f in t.atoms(sp.Function)} | (
        special_calls(trees))


def applied_products(doc: _Document, latexes: Iterable[str], trees: Iterable[sp.Basic]) -> list[str]:
    r"""The names of :func:`applied_names` in a step's ``latexes`` that its ``trees`` read as factors (not as
    calls) and the notes' definitions do not write: each is a function the step applies, read as a product."""
    trees = [t for t in trees if isinstance(t, sp.Basic)]
    called = _called(trees)
    # P(y=1), P(w|c_1) read as one probability each (latex.probability), P never alone: P is no factor there
    names = {s.name for t in trees for s in t.atoms(sp.Symbol)}
    quantities = {quantity_head(n) for n in names} - {None} - names
    # a stated V(s_1) = 0.5 or \max_{a'} Q(s', a') = 5 is one number, no application (tablevalues, statedoptima)
    latexes = [as_table_names(as_optimum_names(x, doc.stated_optima), doc.table_calls) for x in latexes if x]
    # a name the notes' definitions write (L = ½(r + γV(s_2) − V(s_1))²) is read in their bodies too: the
    # re-check rewrites only this chain's members, so it would compare two readings of one name
    return [n for n in applied_names(latexes) if n not in quantities and _head(n).lower() not in called
            and re.sub(r"[^A-Za-z]", "", n).lower() not in called and _plain(n).lower() not in called
            and not _in_definitions(doc, n)]  # fmt: skip


def written_bare(text: str, name: str) -> bool:
    r"""Do the notes ``text`` write ``name`` as a value anywhere: not before ``(``, outside a formula that is
    the name alone (``$\Phi$`` in "where $\Phi$ is …" names the function)? ``2\delta^{(2)} z`` in one
    display makes ``\delta^{(2)}(1 + z)`` in another a product as plausibly as a call."""
    spaced = r"\s*".join(re.escape(c) for c in name)
    pattern = re.compile(_starts(name) + spaced + r"(?![A-Za-z])(?!\s*(?:\\left\s*)?\()")
    alone = re.compile(r"(?<!\$)\$\s*" + spaced + r"\s*(?:\(\s*(?:\\cdot|\.)?\s*\))?\s*\$(?!\$)")
    return pattern.search(alone.sub(lambda m: " " if _names_function(text, m) else m.group(0), text)) is not None


# "where $\Phi$ is the standard normal CDF", "the activation function $g^*$": a lone mention naming a function
_FUNCTION_WORDS = re.compile(
    r"\b(?:functions?|CDF|cdf|PDF|pdf|density|map|mapping|transform(?:ation)?|operator|nonlinearity)\b")


def _names_function(text: str, m: re.Match[str]) -> bool:
    """Does the sentence around the lone mention ``m`` say it is a function ("Let $\\bar x$ be the sample mean"
    introduces a value, review23e)?"""
    before = re.split(r"[.!?:]\s|\n\s*\n", text[max(0, m.start() - 80) : m.start()])[-1]
    after = re.split(r"[.!?:]\s|\n\s*\n", text[m.end() : m.end() + 80])[0]
    return _FUNCTION_WORDS.search(before + " " + after) is not None


def doubt_applied_products(doc: _Document, chain: _Chain, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each green step that holds only with an applied name read as a factor SKIPPED."""
    doubted: dict[int, list[str]] = {}
    for k, r in enumerate(steps):
        if not r.verdict.ok:
            continue
        st = chain.steps[k]
        names = applied_products(doc, [chain.members[i].latex for i in (st.left, st.right)], step_trees(chain, k))
        if names:
            doubted[k] = sorted(names)
    if not doubted:
        return steps
    alt = copy.copy(chain)
    alt.members = [copy.copy(m) for m in chain.members]
    every = sorted(set().union(*doubted.values()))
    for m in alt.members:
        if m.latex:
            m.latex = _as_function(m.latex, every)
    asked = {chain.steps[k].index for k in doubted}
    results = checked_again(doc, alt, doc.scope_of(chain), asked, len(chain.members))
    if results is None:
        return steps
    out = list(steps)
    for k, names in doubted.items():
        if results[k].verdict.ok:
            continue
        shown = ", ".join(f"${n}$" for n in names)
        got = results[k]
        first = (got.message or "").split("; ")[0]
        said = ("could not be checked in time" if got.verdict is Verdict.TIMEOUT
                else "does not hold for an arbitrary function" if got.verdict is Verdict.FAILED
                else "is not checked either" + (f" ({first})" if first and not first.startswith("read:") else ""))
        why = (f"holds only with {shown} read as a factor; written before brackets at different arguments and "
               f"nowhere else, it is a function the notes apply, and read so the step {said}")
        out[k] = replace(out[k], verdict=Verdict.SKIPPED, message="; ".join(x for x in (why, out[k].message) if x))
    return out
