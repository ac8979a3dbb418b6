r"""A derivative the prose states on the active side of a hinge: "When the triplet is active the gradients are".

Margin losses are defined with a max against zero — the triplet loss ``L = \max(0, \|a-p\|^2 - \|a-n\|^2 +
\alpha)``, a hinge ``\max(0, 1 - y w^\top x)``, a ReLU — and solutions give their gradients where the max takes
its other argument, saying so in words: "when the triplet is active", "on the active side", "when the margin
is violated", "where the loss is positive". The checker samples the whole space, where the max is 0 about half
the time, so the correct gradients were FAILED (fresh20's triplet probe).

This module owns that reading, as a post-pass of :mod:`verifier.documents.check`: a FAILED step that
differentiates, written after a sentence saying the hinge is active (:func:`says_active`, not negated), and
reaching one name the notes define with ``\max(0, E)`` (:func:`active_argument`; with two such names
reached, "active" does not say which) is checked again with that definition read as ``E``. Where the max is
active, L and E agree on an open set, so their derivatives agree there: a step that holds for E holds on the
side the prose names, and is reported so ("on the active side of the max, as the prose says"); a step that
fails for E stays FAILED, with its first counterexample.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sympy.core.function import AppliedUndef

from verifier.documents.generic import derivatives_in
from verifier.documents.members import step_trees
from verifier.results import StepResult, Verdict

__all__ = ["active_argument", "on_active_side", "says_active"]

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_MAX = re.compile(r"\\max\s*(?:\\left|\\bigl?|\\Bigl?|\\biggl?)?\s*(\\\{|\\lbrace|[({\[])")
_OPEN, _CLOSE = "({[", ")}]"
_ZERO = re.compile(r"^\s*0\s*$")
# "when the triplet is active", "on the active side", "the margin is violated", "the hinge is positive"
_ACTIVE = re.compile(
    r"\b(?:active|violated|violates|positive\s+part|(?:loss|hinge|margin\s+term)\s+is\s+(?:positive|non-?zero))\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|inactive|unless|except|otherwise)\b", re.IGNORECASE)
# after the words "active": a further clause, which the display may belong to instead
_GOES_ON = re.compile(r"[;:]\s*\S|\b(?:and|but|while|whereas|once|past|beyond|elsewhere|flat|zero|inactive)\b",
                      re.IGNORECASE)
# not sentences.SPACE_BEFORE_CAPITAL: a Markdown `*` may start the next sentence too ("… . *Case 2*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z$\\*])|\n\s*\n")


def active_argument(body: str) -> str | None:
    r"""``body`` with its first ``\max(0, E)`` (or ``\max(E, 0)``, ``\max\left(…\right)``, ``\max\{…\}``) read
    as ``(E)``; None where it writes no max against zero."""
    for m in _MAX.finditer(body):
        depth, args, start = 0, [], m.end()
        i = m.start(1)
        end = None
        while i < len(body):
            ch = body[i]
            if ch == "\\" and i + 1 < len(body) and body[i + 1] in "{}":
                ch = body[i + 1]
                i += 1
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                depth -= 1
                if depth == 0:
                    args.append(body[start:i].rstrip("\\"))
                    end = i + 1
                    break
            elif ch == "," and depth == 1:
                args.append(body[start:i])
                start = i + 1
            i += 1
        if end is None or len(args) != 2:
            continue
        args = [re.sub(r"\\right\s*$|\\bigr?\s*$|\\Bigr?\s*$", "", a.strip()).strip() for a in args]
        zero = [k for k, a in enumerate(args) if _ZERO.match(a)]
        if len(zero) != 1:
            continue
        return body[: m.start()] + "(" + args[1 - zero[0]] + ")" + body[end:]
    return None


def says_active(prose: str) -> bool:
    """Does the last sentence of ``prose`` (the text up to a display) say the hinge is active, not negated?"""
    sentence = _SENTENCE_END.split(prose.rstrip())[-1] if prose.strip() else ""
    said = list(_ACTIVE.finditer(sentence))
    # "… where the hinge is active, and on the flat side it is": the display is on the other side (review32a)
    return bool(said) and not _NEGATED.search(sentence) and not _GOES_ON.search(sentence[said[-1].end():])


def _recheck(doc: Any, chain: Any, active: dict[Any, str], todo: list[int]) -> list[StepResult] | None:
    """The steps ``todo`` checked with the definitions in ``active`` (by identity) read on the active side."""
    from verifier.documents.resolve import ResolveError
    from verifier.documents.steps import _Checker

    saved = doc.note_definitions
    doc.note_definitions = [replace(d, body=active[id(d)]) if id(d) in active else d for d in saved]
    asked = {chain.steps[k].index for k in todo}
    try:
        return _Checker(doc, chain, doc._infer(chain, doc.scope_of(chain)), asked, frozenset(asked)).run()
    except ResolveError:
        return None
    finally:
        doc.note_definitions = saved


def on_active_side(doc: Any, chain: Any, scope: Any, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED derivative step, stated on the active side of a max the notes define, read
    there (module docstring); unchanged otherwise."""
    if chain.inline or not any(r.verdict is Verdict.FAILED for r in steps):
        return steps
    before = doc._prose_before(chain, display=True)[1]
    if not says_active(before):
        return steps
    active = {id(d): a for d in doc.note_definitions
              if d.line < chain.line and d.body and (a := active_argument(d.body)) is not None}  # fmt: skip
    if not active:
        return steps
    hinged = {d.key[0] for d in doc.note_definitions if id(d) in active}
    todo = []
    met: set[str] = set()
    for k, r in enumerate(steps):
        trees = step_trees(chain, k)
        if r.verdict is not Verdict.FAILED or not any(True for t in trees for _ in derivatives_in(t)):
            continue
        written = {str(s) for t in trees for s in t.free_symbols}
        written |= {type(f).__name__ for t in trees for f in t.atoms(AppliedUndef)}  # ∂J(w, b)/∂b (red71)
        if reached := hinged & (written | doc._reach(written, scope)):
            todo.append(k)
            met |= reached
    # one max the prose calls active: with a ReLU reached beside the hinge, "active" does not say which
    if not todo or len(met) != 1:
        return steps
    active = {i: a for i, a in active.items() if any(id(d) == i and d.key[0] in met for d in doc.note_definitions)}
    alt = _recheck(doc, chain, active, todo)
    if alt is None or len(alt) != len(steps):
        return steps
    out = list(steps)
    for k in todo:
        if alt[k].verdict in _GREEN:
            note = "on the active side of the max (the prose says it is active), where the max is its other argument"
            out[k] = alt[k].said(note)
    return out
