r"""Which of the notes' own definitions a step's failed reading blames: the misfit to leave out.

Notes reuse a letter per problem: ``Let x = (a-b)^T C (a-b)`` in one lemma, then ``x`` as a data
vector (``(x - \mu_j)^T \Sigma^{-1} (x - \mu_j)``) two sections later. The reader keeps the latest
definition of each name, so every later line that uses ``x`` as a vector fails to resolve ("x is a
scalar here; it has no entry 2"). A reader of the notes sets aside *that one* definition on such a
line and keeps the others (``z = X\theta - y`` defined just before is still meant). Leaving out
every definition at once (``withoutdefinitions._without_note_definitions``' last resort) loses those others,
so the step stays SKIPPED for want of them.

This module reads, from the resolver's messages of the steps that did not resolve, the names whose
definitions do not fit the line: a definition read as a scalar but indexed, a function used bare, a
family with too many indices, and a definition whose repeated index the resolver had to sum (its
body is a scalar, so the line's vector use cannot mean it). Only names the notes defined are
returned; a context's declaration is never blamed (a context wins). An inner product of a scalar with
a vector (:data:`SCALAR_IN_INNER`) is such a clash too, though it names no definition to blame.

An entry past the size the notes gave a vector or matrix (``entry (3, 1) is outside the 2×3 matrix w``)
on a step that never writes that name (:func:`overstepped_elsewhere`) is a misfit of the notes'
definitions among themselves (``\theta_k = \sum_{i=1}^3 w_{ik} x_i`` for a 2×3 w: a slip in a
definition's range), not of the step: it too names no definition to blame."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from verifier.documents.context import Definition, Key, display_key
from verifier.results import StepResult, Verdict

__all__ = ["CLASH_WORDS", "SCALAR_IN_INNER", "misfit_keys", "overstepped_elsewhere", "unwound", "written_before"]

#: an inner product of a scalar with a vector (documents.operators.inner): ``\langle x^{(i)}, \theta\rangle``
#: where the letter x is defined as a scalar earlier in the notes, a vector meant by a reused letter
SCALAR_IN_INNER = "a scalar with a vector"

#: a name the notes call but never made a function: ``\hat\epsilon = \epsilon_\theta(x_t, t)`` with ``\epsilon`` the
#: noise, a variable; the definition that calls it does not fit the lines writing ``\hat\epsilon`` (fresh29)
NOT_A_FUNCTION = "is not defined (define it in a ```verify block)"

#: resolver messages that say a name's meaning on this line is not the one in scope
CLASH_WORDS = ("has no entry", "is a function; call it", "several indices", "nested too deeply",
               "one index is not enough", SCALAR_IN_INNER, NOT_A_FUNCTION)  # fmt: skip

#: the resolver's message for definitions that need each other (``y := g(… x_1 …)`` of one problem, then
#: a lemma's ``x := (a_i - b_i) c_{ij} (a_j - b_j)`` with ``b`` a function of ``y`` from another)
CYCLE = "definitions nested too deeply at"


#: an index past the size of a vector or matrix (documents.values.entry_of), and the name indexed
_OUTSIDE = (re.compile(r"index \S+ is outside \S+ for (\S+?)(?=[\s;,]|$)"),
            re.compile(r"entry \([^)]*\) is outside the \S+ matrix (\S+?)(?=[\s;,]|$)"))  # fmt: skip
_LETTERS = re.compile(r"\\?([A-Za-z]+)")


def _letters(name: str) -> str:
    r"""The letters a name is written with (``w`` of ``w`` and of ``\mathbf{w}``, ``z`` of ``z^()``)."""
    m = _LETTERS.match(name)
    return m.group(1) if m else name


def overstepped_elsewhere(message: str, written: Callable[[], Iterable[str]]) -> bool:
    r"""Is the step unread (``message``) only because an entry past a vector's or matrix's size was
    reached, of a name the step itself does not write (``written()``: the names of its members)? Then
    the index past the size came from one of the notes' definitions that the step uses, and the
    step's own text is not at fault. A step that writes the name keeps its reading: its own range
    may be the slip (``\sum_{i=1}^3 u_i`` for a u of 2 entries)."""
    names = {m.group(1) for pattern in _OUTSIDE for m in pattern.finditer(message)}
    if not names:
        return False
    own = {_letters(n) for n in written()}
    return not any(_letters(n) in own for n in names)


_BLAMED = (
    re.compile(r"(?:^|[:;(]\s*)(\S+) is a scalar here; it has no entry"),
    re.compile(r"(?:^|[:;(]\s*)(\S+) is a function; call it"),
    re.compile(r"family (\S+) has several indices"),
    re.compile(r"the definition of (\S+) sums its (?:repeated|lone) index"),
    re.compile(CYCLE + r" (\S+) \(a cycle"),
)


def unwound(literal: StepResult, without: StepResult) -> bool:
    """Does the step read without the blamed definitions (``without``) get past the cycle its
    literal reading ran into? Its reason (still SKIPPED: the verdict does not move) is then that
    reading's: the cycle only says that the notes' definitions do not fit the line together."""
    return (literal.verdict is Verdict.SKIPPED and without.verdict is Verdict.SKIPPED
            and CYCLE in literal.message and CYCLE not in without.message)  # fmt: skip


def misfit_keys(messages: Iterable[str], definitions: Iterable[Definition]) -> frozenset[Key]:
    """The keys of the notes' ``definitions`` that the ``messages`` of unresolved steps blame."""
    named: set[str] = set()
    for message in messages:
        for pattern in _BLAMED:
            named.update(m.group(1) for m in pattern.finditer(message))
    return frozenset(d.key for d in definitions if display_key(d.key) in named)


def written_before(
    blamed: frozenset[Key],
    definitions: Iterable[Definition],
    names_of: Callable[[str], set[str] | None],
    line: int | None = None,
) -> frozenset[Key]:
    """The notes' definitions that write a blamed name but were written *before* its definition
    (``y = g(0.7 x_1 - 1.2 x_2)`` at line 176, ``x = (a-b)^T C (a-b)`` at line 288): at their own line
    the letter meant something else, so they fit no better than the blamed one; ``names_of`` gives
    the base names a body writes (None when it cannot be read). With ``line`` (the chain's), only the
    definition of each name in force there counts: an early ``ell`` that writes x does not set aside
    the ``ell`` the notes defined anew, without x, before the line."""
    defs = [d for d in definitions if line is None or d.line < line]
    first = {}
    latest: dict[Key, int] = {}
    for d in defs:
        latest[d.key] = max(latest.get(d.key, d.line), d.line)
        if d.key in blamed:
            first[d.key[0]] = min(first.get(d.key[0], d.line), d.line)
    out: set[Key] = set()
    for d in defs:
        if d.key in blamed or not d.body or (line is not None and d.line != latest[d.key]):
            continue
        names = names_of(d.body)
        if names and any(n in first and d.line < first[n] for n in names):
            out.add(d.key)
    return frozenset(out)
