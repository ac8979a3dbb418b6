r"""A definition's constant given its value in the definition's own clause, and the steps read at it (gaps59).

"Let $q(x) = 3(x - x_0)^2$ where $x_0 = 1$ is the vertex. Then $q(1 + h) = 3h^2$." is right: the "where" clause
gives the constant of the definition its value, so q is 3(x − 1)². Stated values become a chain's hypotheses only
for a worked link (``chainvalues.values_read``), so the step, an identity in h, was checked for every x_0 — which it
never writes — and FAILED at x_0 = 0 (sound58 found it; its first fix read every stated value so and broke the rule
that a value stated for something else excuses nothing: "With $\lambda = 0$ we recover least squares",
tests/test_fresh12_special_case.py).

This module owns telling the two apart. :func:`bound_values` finds a value that *binds* a definition's constant: an
inline ``name = number`` joined to the formula right before it by "where" or "with" alone (nothing else between:
``$q(x) = …$ where $x_0 = 1$``, ``\end{equation} where $x_0 = 1$``), that formula a definition (it writes ``=``)
whose right side writes the name, and the rest of the value's sentence naming no case ("the special case", "we
recover", "reduces to", "for example"). A value in another sentence, or named as a case, binds nothing.

:func:`at_bound_values`: a FAILED step whose counterexample varies names the step does not write but reaches
through the notes' definitions, some of them bound so (the latest binding up to the step), is checked again
with those values as hypotheses (the others stay general: the re-check proves the step for all of them, lead59).
Where it holds there it is the step the notes wrote — the definition is the bound
one — and it takes that verdict ("under the hypothesis x_0 = 1 (the value the notes give it where they define it
…)"); where it fails there too, or no varied name is bound, the step is left as it was.

A binding holds until the notes take the constant general again (red59): a formula after the value and up to the
step that writes the name ends it where it states another value for it ("Now take $x_0 = 2$"), where its sentence
calls it general ("For a general $x_0$", "let $x_0$ be arbitrary"), or where it defines another name with it
(``r(x) = (x - x_0)^2``: a new definition for a general centre). Each was PROVED at the old value. What each
ending leaves (lead60): a sentence calling the constant general leaves the FAILED; a value taken ("Now take $x_0 =
2$") is the value the step is read at instead (it was FAILED at x₀ = 0 where it holds at 2); another definition
writing the constant, with or without a value of its own, leaves it open whether q keeps its value, so a step that
holds at q's value, or only at the other definition's, is SKIPPED saying so — FAILED only where it fails at both.
"""

from __future__ import annotations

import copy
import itertools
import re
from dataclasses import replace
from typing import Any

from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Scope
from verifier.documents.definitions import INLINE_MATH
from verifier.documents.inferevidence import names_in
from verifier.documents.members import _Chain, step_trees
from verifier.documents.resolve import ResolveError
from verifier.documents.sentences import SENTENCE_END as _SENTENCE_END
from verifier.documents.stated import stated_values
from verifier.documents.steps import _Checker
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["at_bound_values", "bound_values"]

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_DISPLAY = re.compile(r"\$\$(.+?)\$\$|\\\[(.+?)\\\]|\\begin\s*\{(equation|align|gather|multline)(\*?)\}(.+?)"
                      r"\\end\s*\{\3\4\}", re.S)  # fmt: skip
# "where"/"with" in the definition's own sentence: lower case, no blank line, the formula not ending a sentence
_JOINT = re.compile(r"[ \t]*\n?[ \t]*[,;]?[ \t]*\n?[ \t]*(?:where|with)[ \t]*\n?[ \t]*")
_FULL_STOP = re.compile(r"\.(?:\s|\\[,;:!]|\\(?:quad|qquad)\b)*$")
_CASE = re.compile(r"\b(?:case|cases|special|recover|recovers|reduces?|becomes?|example|instance|e\.g|limit)\b",
                   re.IGNORECASE)
# in the definition's own display: "q(x) = 3(x - x_0)^2, \quad x_0 = 1", "… \quad\text{where } x_0 = 1."
_SEPARATOR = r"(?:,|;|\\q?quad\b|\\[ ,;]|\\text\s*\{\s*(?:where|with)\s*\})"
_IN_DISPLAY = re.compile(_SEPARATOR + r"(?:\s*" + _SEPARATOR + r")*\s*(?P<name>\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?)"
                         r"\s*=\s*(?P<number>-?\d+(?:\.\d+)?)\s*[.,]?\s*$")
_NUMBER = re.compile(r"\s*-?\d+(?:\.\d+)?\s*[.,]?\s*")
_GENERAL = re.compile(r"\b(?:general|generic|arbitrary|any|every|all|varies|vary|varying)\b", re.IGNORECASE)
_HEAD = re.compile(r"\s*(\\?[A-Za-z]+)(?:_\{?[^{}=]*\}?)?\s*(?:\\left\s*)?(?:\([^()=]*\)\s*)?(?:\\right\s*\)?)?\s*")


def _plain(name: str) -> str:
    return re.sub(r"[\\{}\s]", "", name)


def _base(name: str) -> str:
    return re.split(r"[_\[]", name, maxsplit=1)[0]


def _writes(formula: str, name: str) -> bool:
    """Does ``formula`` (as written) write ``name`` (compared without backslashes, braces and spaces)?"""
    return re.search(r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z0-9])", _plain(formula)) is not None


def bound_values(text: str) -> list[tuple[str, str, int]]:
    """``(name, number, line)`` for every value that binds a definition's constant (module docstring), in order."""
    return [(name, number, line) for name, number, line, _, _ in _bindings(text)]


def _bindings(text: str) -> list[tuple[str, str, int, int, str]]:
    """``(name, number, line, offset of the value, the definition's left side)`` of every binding."""
    spans = [(m.start(), m.end(), m.group(1)) for m in INLINE_MATH.finditer(text)]
    spans += [(m.start(), m.end(), m.group(1) or m.group(2) or m.group(5)) for m in _DISPLAY.finditer(text)]
    spans.sort()  # the displays' own values come first in the list (their order matters only per name)
    values: dict[int, list[tuple[str, str]]] = {}
    for name, number, line in stated_values(text):
        values.setdefault(line, []).append((name, number))
    out: list[tuple[str, str, int, int, str]] = []
    for m in _DISPLAY.finditer(text):
        body, at = next((m.group(g), m.start(g)) for g in (1, 2, 5) if m.group(g) is not None)
        after = text[m.end():]
        stop = _SENTENCE_END.search(after)
        if _CASE.search(after[: stop.start() if stop else len(after)]):
            continue
        while (v := _IN_DISPLAY.search(body)) and "=" in body[: v.start()]:  # a = 1,\; b = 100: each
            body, name = body[: v.start()], v.group("name")
            if _writes(body.split("=", 1)[1], _plain(name)):
                where = at + v.start("name")
                out.append((name, v.group("number"), text.count("\n", 0, where) + 1, where, body.split("=", 1)[0]))
    for k, (start, end, body) in enumerate(spans):
        if k == 0 or not _JOINT.fullmatch(text, spans[k - 1][1], start):
            continue
        formula = spans[k - 1][2]
        if "=" not in formula or _FULL_STOP.search(formula):
            continue
        after = text[end:]
        stop = _SENTENCE_END.search(after)
        if _CASE.search(after[: stop.start() if stop else len(after)]):
            continue
        line = text.count("\n", 0, start) + 1
        for name, number in values.get(line, []):
            # the value is this formula (x_0 = 1), and the definition's right side writes its name
            if f"{_plain(name)}={_plain(number)}" in _plain(body).split(",") and _writes(formula.split("=", 1)[1],
                                                                                 _plain(name)):
                out.append((name, number, line, start, formula.split("=", 1)[0]))
    return out


def _taken_general(text: str, every: list[tuple[str, str, int, int, str]], name: str, head: str, start: int,
                   end: int) -> tuple[str, str, int] | None:
    """How a formula after the binding at ``start`` and before ``end`` takes ``name`` general again (module
    docstring), the last one before ``end``: ``("value", number, line)`` where it states another value for it,
    ``("general", "", line)`` where it sits in a sentence that calls it general, ``("definition", "", line)``
    where it defines another name with it (or calls it general only to define another name); None where none
    does. ``every``: the notes' bindings (:func:`_bindings`), found once by the caller."""
    plain = _plain(name)
    own = _HEAD.match(head)
    spans = [(m.start(), m.end(), m.group(1)) for m in INLINE_MATH.finditer(text)]
    spans += [(m.start(), m.end(), m.group(1) or m.group(2) or m.group(5)) for m in _DISPLAY.finditer(text)]
    found: tuple[int, tuple[str, str, int]] | None = None
    # values the "where" clause of another definition gives the name: that definition's, not a value taken for all
    others = [b[3] for b in every if _plain(b[0]) == plain and (h := _HEAD.match(b[4])) and own
              and h.group(1) != own.group(1)]  # fmt: skip
    for at, stop, body in spans:
        if not start < at < end or not _writes(body, plain):
            continue
        line = text.count("\n", 0, at) + 1
        parts = body.split("=")
        value = next((b for a, b in itertools.pairwise(parts) if _plain(a) == plain and _NUMBER.fullmatch(b)), None)
        begin = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, at - 2000), at)), default=max(0, at - 2000))
        after = _SENTENCE_END.search(text, stop)
        sentence = text[begin : after.start() if after else len(text)]
        general = _GENERAL.search(INLINE_MATH.sub(" ", sentence)) is not None
        kind: tuple[str, str, int] | None = None
        if value is not None and any(at <= b < stop for b in others):
            kind = ("definition", _plain(value).rstrip(".,"), line)  # r(x) = (x - c)^4 where c = 2: r's own value
        elif value is not None:
            kind = ("value", _plain(value).rstrip(".,"), line)  # Now take $x_0 = 2$
        elif _defines_with(body, own, plain) or (general and any(
                _defines_with(m.group(1), own, plain) for m in INLINE_MATH.finditer(sentence))):
            kind = ("definition", "", line)  # r(x) = (x - x_0)^2, "For a general $x_0$ let $r(x) = …$"
        elif general:
            kind = ("general", "", line)  # For a general $x_0$, …
        if kind is not None and (found is None or at > found[0]):
            found = (at, kind)
    return None if found is None else found[1]


def _defines_with(formula: str, own: re.Match[str] | None, plain: str) -> bool:
    """Does ``formula`` define a name other than the bound definition's (``own``) with ``plain`` in its body?"""
    parts = formula.split("=")
    left = _HEAD.fullmatch(parts[0]) if len(parts) > 1 else None
    return bool(left and own and left.group(1) != own.group(1) and _writes("=".join(parts[1:]), plain))


def _bound_for(text: str, bindings: list[tuple[str, str, int, int, str]], reach: set[str], scope: Scope,
               names: set[str]) -> dict[str, tuple[str, str, int, int, str]]:
    """name → the binding a step reads it at: the latest of those whose definition the step reaches, where every
    definition the step reaches that writes the name is one the notes bound it in, all to one value (red60: a
    value a "where" clause gives one definition's constant is not the value of another definition that writes the
    same name — ``g(x) = (x - x_0)^3`` for a general x_0, or ``r(x) = (x - c)^4`` where c = 2 beside q's c = 1)."""
    heads = {_plain(h) for h in reach}
    out = {}
    for name in names:
        own = [b for b in bindings if _plain(b[0]) == name and (h := _HEAD.match(b[4])) and _plain(h.group(1)) in heads]
        bound_heads = {_plain(h.group(1)) for b in own if (h := _HEAD.match(b[4]))}
        writers = {_plain(n) for n in reach if isinstance(d := scope.names.get((n, ())), Definition) and d.body
                   and _writes(d.body, name)}  # fmt: skip
        if own and writers <= bound_heads and len({_plain(b[1]) for b in own}) == 1:
            out[name] = own[-1]
    return out


def at_bound_values(doc: Any, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """Each FAILED step of ``chain`` that holds at the bound values of the names it reaches only through a
    definition, read at them (module docstring)."""
    failing = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED and r.counterexample is not None]
    if not failing:
        return steps
    last = max([chain.line, *(m.line for m in chain.members)])
    end = sum(len(t) + 1 for t in doc.text.split("\n")[:last])  # the end of the chain's last line
    every = _bindings(doc.text)  # all of the notes' bindings, found once (_taken_general asks for them too)
    bindings = [b for b in every if b[2] <= last]
    if not bindings:
        return steps
    out = list(steps)
    for k in failing:
        varied = {_plain(str(p)) for p, _ in out[k].counterexample.point}  # type: ignore[union-attr]
        trees = step_trees(chain, k)
        written = {_plain(n) for t in trees for n in names_in(t)}
        written |= {_plain(f.func.__name__) for t in trees for f in t.atoms(AppliedUndef)}
        reach = doc._step_reach(chain, k, scope)
        through = {_plain(n) for n in reach} - written
        # x_0 of q's body is reached as the entry x[0] (its base x): the counterexample names it x_0
        names = {v for v in varied if {v, _base(v)} & through and not {v, _base(v)} & written}
        # the names not bound stay general in the re-check (it proves the step for all of them), so reading it at
        # the bound ones alone is as sound: f'(x) = 2a(x - 2) after "f(x) = a(x - c)^2 + d with c = 2" (lead59)
        bound = _bound_for(doc.text, bindings, reach, scope, names)
        names &= set(bound)
        if not names:
            continue
        taken = {n: _taken_general(doc.text, every, bound[n][0], bound[n][4], bound[n][3], end) for n in names}
        if any(t is not None and t[0] == "general" for t in taken.values()):
            continue
        hypotheses = []
        for n in sorted(names):
            t = taken[n]
            if t is not None and t[0] == "value":  # Now take $x_0 = 2$: the step is read at the value taken
                hypotheses.append((f"{bound[n][0]} = {t[1]}", f"the value the notes take for it at line {t[2]}"))
            else:
                hypotheses.append((f"{bound[n][0]} = {bound[n][1]}", f"the value the notes give it where they "
                                   f"define it (line {bound[n][2]})"))  # fmt: skip
        res = _recheck(doc, chain, scope, k, hypotheses)
        later = sorted({t[2] for t in taken.values() if t is not None and t[0] == "definition"})
        if res is not None and res.verdict in _GREEN and not later:
            out[k] = res
        elif res is not None and res.verdict in _GREEN:  # another definition writes the constant since
            out[k] = replace(out[k], verdict=Verdict.SKIPPED, counterexample=None, message=(
                f"holds at {', '.join(h for h, _ in hypotheses)}, the value the notes give where they define it, "
                f"fails for other values; a later definition writes it too (line {', '.join(map(str, later))}) "
                "without saying whether this one keeps its value: say which"))
        else:  # at the value another definition's clause gives the name since (r's c = 2 beside q's c = 1)?
            theirs = [(f"{bound[n][0]} = {t[1]}", f"line {t[2]}") for n in sorted(names)
                      if (t := taken[n]) is not None and t[0] == "definition" and t[1]]  # fmt: skip
            again = _recheck(doc, chain, scope, k, theirs) if theirs else None
            if again is not None and again.verdict in _GREEN:
                out[k] = replace(out[k], verdict=Verdict.SKIPPED, counterexample=None, message=(
                    f"fails at the value the notes give where they define it, holds at "
                    f"{', '.join(h for h, _ in theirs)}, the value another definition is given at "
                    f"{', '.join(w for _, w in theirs)}: which one this step means is not said"))
    return out


def _recheck(doc: Any, chain: _Chain, scope: Scope, k: int, hypotheses: list[tuple[str, str]]) -> StepResult | None:
    """Step ``k`` of ``chain`` checked again with ``hypotheses`` added (None where it cannot be read so)."""
    again = copy.copy(chain)
    again.hypotheses = [*chain.hypotheses, *hypotheses]
    asked = {chain.steps[k].index}
    try:
        return _Checker(doc, again, scope, asked, frozenset(asked)).run()[k]
    except (ResolveError, LatexError):
        return None
