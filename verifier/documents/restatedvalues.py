r"""A number stated for a name, then a formula the notes set the name equal to: is the number still the name's?

"Take $p = 0.62$. The model gives $p = \sigma(1)$." documents.stated reads ``p = 0.62`` as a value the lines after
it are worked at, and nothing read the formula after it: ``2p = 1.24`` was PROVED "under the hypothesis p = 0.62",
though σ(1) = 0.731 (sound46's leftover; roundedgivens reads the other order, the formula first). The formula is a
later statement of the same name; the chain after it may be worked at either, and at the formula's value it is
wrong. This module owns that decision for a stated value and a chain after it (:func:`stale_values`):

* a *restatement* is a formula of the notes (inline, displayed, an environment's row) whose first member is the
  name as the value writes it and whose next member is no bare number (``p = \sigma(1)``, ``p = \sigma(wx) \approx
  0.73``; ``p = 0.7`` is another value, documents.latestvalues' business), after the value's own formula, on a
  line before the chain's or in inline math on it ("… gives $p = \sigma(1)$, so $2p = 1.24$"; a display there is
  the chain itself: "$L = 0.69$, where $$L = -\log 0.4$$" is checked at 0.69, documents.sentencecomputed), in a
  section holding the chain;
* each member after the name is evaluated (documents.roundedgivens.applied_builtins) at the values the notes state
  up to the chain's line, the last one per name: a member that is another number than the value, beyond a
  rounding either way, makes the value *stale* — not read for that chain (the chain is read through the formula,
  or SKIPPED); a member equal to it keeps it; a member the value is a rounding of keeps it as a rounding
  (:func:`restated_roundings`: a step PROVED at it is PASSED, documents.approxvalues); a member that cannot be
  evaluated (``p = \sigma(z)``, z given no value) keeps it — the number is a case of the formula;
* an update in place of the name (documents.renewednames.updates: ``p \leftarrow p + 0.1``) after the value's
  formula, on the chain's line or before, makes it stale likewise — read by offsets, so an update on the value's
  own line or before an inline step on the step's line counts too (renewednames cuts by lines).

A clause ends at a comma or semicolon, not at the thin spaces ``\,`` and ``\;`` (worked72): ``\frac{\partial
L}{\partial h} = (\hat y - y)\, w_2 = 0.462 \cdot 2 = 0.924`` restates no ``w_2 = 0.924``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sympy as sp

from verifier.documents.mathspans import formulas
from verifier.documents.precision import agrees
from verifier.documents.roundedgivens import applied_builtins, statements
from verifier.documents.sizeorder import section_of

__all__ = ["restated_roundings", "stale_values"]

Value = tuple[str, str, int]

# what ends a clause of a formula at its top level: a comma, a semicolon, a quad, a row's end, words
_CLAUSE_END = re.compile(r"(?<!\\)[,;]|\\\\|\\q?quad(?![A-Za-z])|\\text\s*\{[^{}]*\}|"
                         r"\\(?:mbox|mathrm)\s*\{\s*[a-z ]+\}")
# the relations that split a clause into members (``=`` not ``==``, ``\approx``, ``\simeq``)
_RELATION = re.compile(r"(?<![<>!:=\\])=(?!=)|\\approx(?![A-Za-z])|\\simeq(?![A-Za-z])|\\doteq(?![A-Za-z])|"
                       r":=|\\coloneqq(?![A-Za-z])|\\equiv(?![A-Za-z])|\\triangleq(?![A-Za-z])")  # q := σ(2) too
# an environment's own words in a display's body (``\begin{aligned}``), blanked (offsets kept) before its rows are cut
_ENVIRONMENT = re.compile(r"\\(?:begin|end)\s*\{\w+\*?\}(?:\{\d+\})?")
_NUMBER = re.compile(r"^[-+]?(?:\d+\.?\d*|\.\d+)$")
_SPACE = re.compile(r"[{}\s&]|\\[,;:!]|\\left(?![A-Za-z])|\\right(?![A-Za-z])")


def _plain(latex: str) -> str:
    return _SPACE.sub("", latex).rstrip(".")


def _top_level(body: str, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
    """``body`` cut where ``pattern`` matches outside every bracket, as (offset, piece)."""
    depth = 0
    pieces: list[tuple[int, str]] = []
    start = at = 0
    while at < len(body):
        ch = body[at]
        if ch in "{([":
            depth += 1
        elif ch in "})]":
            depth = max(depth - 1, 0)
        elif depth == 0 and (m := pattern.match(body, at)) is not None and m.end() > at:
            pieces.append((start, body[start:at]))
            start = at = m.end()
            continue
        at += 1
    pieces.append((start, body[start:]))
    return pieces


@dataclass(frozen=True)
class _Said:
    """A restatement (``members`` after the name) or an update in place (no members) of a name at ``at``, line
    ``line``; ``inline``: in inline math."""

    at: int
    line: int
    members: tuple[str, ...]
    inline: bool


@functools.lru_cache(maxsize=8)
def _index(text: str) -> tuple[list[str], dict[str, list[_Said]], dict[str, list[_Said]]]:
    """``text``'s lines, and by name (:func:`_plain`) its restatements — every formula that sets the name (its first
    member) equal to something that is no bare number — and its updates in place (documents.renewednames)."""
    from verifier.documents.renewednames import updates

    restated: dict[str, list[_Said]] = {}
    for formula in formulas(text):
        base, body, inline = formula.start, formula.body, not formula.display
        body = _ENVIRONMENT.sub(lambda m: " " * len(m.group(0)), body)  # \begin{aligned} q &= …: the row is q's
        for at, clause in _top_level(body, _CLAUSE_END):
            members = [piece.strip() for _, piece in _top_level(clause, _RELATION)]
            if len(members) < 2 or not (name := _plain(members[0])) or _NUMBER.match(_plain(members[1])):
                continue
            said = _Said(base + at, text.count("\n", 0, base + at) + 1, tuple(x for x in members[1:] if x), inline)
            restated.setdefault(name, []).append(said)
    updated: dict[str, list[_Said]] = {}
    for name, at in updates(text):
        updated.setdefault(_plain(name), []).append(_Said(at, text.count("\n", 0, at) + 1, (), False))
    return text.split("\n"), restated, updated


def _agree(value: float, number: str, member: str) -> str:
    """"exact", "rounded" (one is the other rounded to its decimals) or "off": ``value`` (a member's, written
    ``member``) against the stated ``number``."""
    stated = float(number)
    if abs(value - stated) <= 1e-12 * max(1.0, abs(stated)):
        return "exact"
    places = len(number.partition(".")[2])
    written = _plain(member)
    if (places and agrees(value, stated, places)) or (
            _NUMBER.match(written) and (mine := len(written.partition(".")[2])) and agrees(stated, value, mine)):
        return "rounded"
    return "off"


def _reading(members: Sequence[str], number: str, givens: dict[str, str],
             parse: Callable[[str], object]) -> str | None:  # fmt: skip
    """How a restatement's ``members`` stand to the stated ``number`` at the values ``givens`` (name → number):
    "off" where a member is another number, else "rounded" or "exact" where one is, else None (none evaluated)."""
    try:  # the givens once, not once per member (a given the grammar refuses evaluates no member)
        values = {symbol: sp.Rational(value) for name, value in givens.items()
                  if isinstance(symbol := parse(name), sp.Symbol)}  # fmt: skip
    except Exception:  # noqa: BLE001 - a name the grammar or SymPy refuses: nothing is evaluated
        return None
    found = set()
    for member in members:
        try:
            tree = parse(member.rstrip(".,;"))
            if not isinstance(tree, sp.Expr):
                continue
            tree = applied_builtins(tree.xreplace(values)).doit()
            if tree.free_symbols or not tree.is_number or not tree.is_real:
                continue
            found.add(_agree(float(sp.N(tree, 30)), number, member))
        except Exception:  # noqa: BLE001 - a member the grammar or SymPy refuses is simply not evaluated
            continue
    for how in ("off", "rounded", "exact"):
        if how in found:
            return how
    return None


@functools.lru_cache(maxsize=1024)
def _after_statement(text: str, value: Value) -> int:
    """The offset right after the inline formula that states ``value`` (its line's end for a display's line or a
    table's row)."""
    name, number, line = value
    lines = _index(text)[0]
    if not 1 <= line <= len(lines):
        return len(text)
    line_end = sum(len(x) + 1 for x in lines[:line]) - 1
    found = statements(text, name, number, line)
    if not found or text.startswith("$$", found[0]) or text[found[0]] != "$":
        return line_end
    close = text.find("$", found[0] + 1)
    return close + 1 if 0 <= close < line_end else line_end


def _readings(text: str, value: Value, last: int, givens: Sequence[Value], parse: Callable[[str], object],
              inside: tuple[int, int] | None = None) -> list[str | None]:  # fmt: skip
    """The readings (:func:`_reading`) of each restatement of ``value``'s name after it, on a line before ``last``,
    in a section holding line ``last`` (or on the lines ``inside``, where given)."""
    name, number, _ = value
    lines, restated, _ = _index(text)
    found = restated.get(_plain(name))
    if not found or not _NUMBER.match(number):
        return []
    start = _after_statement(text, value)
    out = []
    for said in found:
        # before the chain's line, or inline math on it ("… gives $p = \sigma(1)$, so $2p = 1.24$"); not a display
        # on it, the chain itself ("$L = 0.69$, where $$L = -\log 0.4$$", documents.sentencecomputed)
        if said.at < start or said.line > last or (said.line == last and not said.inline):
            continue
        section = inside or section_of(lines, said.line)
        if not section[0] <= (said.line if inside else last) <= section[1]:
            continue
        latest: dict[str, str] = {}
        for g, v, ln in sorted(givens, key=lambda x: x[2]):
            if ln <= max(last, said.line) and _NUMBER.match(v):
                latest[g] = v
        out.append(_reading(said.members, number, latest, parse))
    return out


def _updated(text: str, value: Value, last: int) -> bool:
    r"""Is ``value``'s name updated in place (documents.renewednames.updates: ``a \leftarrow a + 0.1``) after the
    formula that states it, on a line up to ``last``, in a section holding it? (renewednames cuts by lines: an
    update on the value's own line, or before an inline step on the step's, was not seen.)"""
    lines, _, updated = _index(text)
    found = updated.get(_plain(value[0]))
    if not found:
        return False
    start = _after_statement(text, value)
    return any(said.at >= start and said.line <= last and (s := section_of(lines, said.line))[0] <= last <= s[1]
               for said in found)  # fmt: skip


def stale_values(values: Sequence[Value], text: str, line: int, givens: Sequence[Value],
                 parse: Callable[[str], object]) -> list[Value]:  # fmt: skip
    """The ``values`` (name, number, line) a restatement after them and before a chain at ``line`` sets to another
    number (module docstring), or an update in place after them changes: not read for that chain. ``givens``: the
    values the notes state (the members are evaluated at them)."""
    return [v for v in values if v[2] <= line and (
        _updated(text, v, line) or "off" in _readings(text, v, line, givens, parse))]


def restated_roundings(values: Sequence[Value], text: str, parse: Callable[[str], object]) -> frozenset[Value]:
    """The ``values`` a later restatement in their section computes to a number they are a rounding of (and none to
    another number): a step PROVED at one holds at the value written only."""
    lines = _index(text)[0]
    out = set()
    for v in values:
        if not 1 <= v[2] <= len(lines):
            continue
        section = section_of(lines, v[2])
        found = _readings(text, v, section[1] + 1, values, parse, section)
        if "rounded" in found and "off" not in found:
            out.add(v)
    return frozenset(out)
