r"""A general formula over a symbolic layer, checked once per concrete layer the notes write.

Backpropagation notes state the rule for any layer, ``\partial L/\partial w^{(l)}_{ij} = \delta^{(l)}_j
a^{(l-1)}_i``, with ``l`` a symbolic layer and ``i``, ``j`` symbolic units, and elsewhere fix the network
with concrete names (``w^{(2)}_{12}``, ``a^{(1)}_2``, a table of weights, a context's definitions). Read
literally the general formula names a family ``w^()[l, i, j]`` that nothing links to the concrete
``w^{(2)}_{12}``, so it can only be SKIPPED.

This module owns the other reading: the formula *instantiated* at each layer ``k`` the notes (or the
context) write concretely — ``l`` → ``k``, ``l-1`` → ``k-1``, ``l+1`` → ``k+1`` in every layer label — and
at each assignment of its free unit indices to the units the notes write for that layer (the first
member decides: ``w^{(k)}_{ij}`` ranges over the ``w^{(k)}_{..}`` the notes name), with every
``\sum_i{…}`` over a unit index written out over the units the notes name for it. Each instance is a
concrete chain the checker checks as it checks any line; the reading is reported with the step.

Verdicts (only for a step the literal reading left SKIPPED): green when every instance is green (the
layers and the number of unit assignments are reported); a formula that fails at some instance is
never green: SKIPPED with the failing instance (the notes may restrict a rule to some layers, "for the
output layer", so a failure is not called FAILED here) — unless the prose states that restriction
("When $z^m_j = \sigma(s^m_j)$", only the layers where it holds are instantiated) and the formula fails at
one of those layers, or fails at the last layer it is written at and at another where the prose before it
names no layers in its own words (no restriction to the output layer or to the others rescues it): then
FAILED with that instance (ctx54); otherwise SKIPPED as before, with why.

Refused (no instances, the literal verdict stands): more than one symbolic layer letter, the layer
letter used other than as a label, a free index that the first member does not tie to a concrete unit,
a sum whose index is not in its summand or that has a written range, a slice ``w_{:,j}``, a site
naming a unit or layer the notes never write, more than :data:`MAX_INSTANCES` instances. A chain refused
as a whole is read step by step (ctx52): a step whose two members can be instantiated is checked on its
own, so one member written with a slip (``\sum_r`` of a summand in ``i``) leaves only the steps that read
it as they were. A sum over the units of a layer leaves out a unit that layer does not have (the notes
write the layer unit by unit and never that one, or write nothing of the layer: after the output) and a
bias unit the notes define as a number whose other sites are never written (nothing reaches it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import product
from typing import Any

from verifier.documents.context import Definition
from verifier.documents.layerletters import as_layers
from verifier.documents.members import _Chain, _Member, _Step, step_trees
from verifier.documents.sentences import DOLLAR_SPAN as _INLINE
from verifier.documents.vacuous import zero_for_want
from verifier.latex import EQUALITY
from verifier.results import StepResult, Verdict

__all__ = ["MAX_INSTANCES", "Instance", "by_layer", "concrete_sites", "instances", "prose_before"]

#: more instances than this and the general formula is left as the literal reading left it
MAX_INSTANCES = 16

_SUBSCRIPT = r"_\s*(?:\{[^{}]*\}|[A-Za-z0-9])"
# a labelled site as layerletters.as_layers (or the notes) write it: w^{(3)}_{01}, z_j^{(m-1)}, \mathbf{z}^{(m)}
_SITE = re.compile(
    r"(?<![\\A-Za-z])(?P<head>(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*)?(?P<letter>[A-Za-z])(?:\s*\})?)"
    r"(?P<pre>\s*" + _SUBSCRIPT + r")?\s*\^\s*\{\s*[(\[]\s*(?P<label>[^(){}\[\]]*?)\s*[)\]]\s*\}"
    r"(?P<post>\s*" + _SUBSCRIPT + r")?"
)
_SYMBOLIC = re.compile(r"^(?P<letter>[A-Za-z])(?:(?P<sign>[-+])(?P<shift>\d))?$")
_SUM = re.compile(r"\\sum\s*_\s*(?:\{\s*(?P<a>[A-Za-z])\s*\}|(?P<b>[A-Za-z]))(?!\s*\^)")
_SUM_ANY = re.compile(r"\\sum")
_PARTIAL = re.compile(r"\\partial\s*$")
_NUMBER = re.compile(r"\s*[-+]?\d+(?:\.\d+)?\s*")
# a subscript of unit indices: up to three letters or digits (``ij``, ``i,j``, ``01``), not a word label
_INDICES = re.compile(r"\s*[A-Za-z0-9](?:\s*,?\s*[A-Za-z0-9]){0,2}\s*")
_ANY_SUB = re.compile(r"_\s*(?:\{(?P<a>[^{}]*)\}|(?P<b>[A-Za-z0-9]))")

Sites = Mapping[tuple[str, int], frozenset[str]]


@dataclass(frozen=True)
class Instance:
    """One concrete reading of a general chain: the layer, the unit indices, the members' LaTeX."""

    layer: int
    units: tuple[tuple[str, str], ...]
    members: tuple[str, ...]

    def describe(self, letter: str) -> str:
        units = ", ".join(f"{k} = {v}" for k, v in self.units)
        return f"{letter} = {self.layer}" + (f" ({units})" if units else "")


def _sub_text(m: re.Match[str]) -> str | None:
    sub = m.group("pre") or m.group("post")
    if sub is None:
        return None
    body = sub.strip()[1:].strip()
    if body.startswith("{"):
        body = body[1:-1]
    return re.sub(r"[\s,]", "", body)


def concrete_sites(text: str, letters: Mapping[str, frozenset[int]], names: Iterable[tuple[str, tuple[str, ...]]] = ()
                   ) -> dict[tuple[str, int], frozenset[str]]:  # fmt: skip
    r"""The units the notes write for each (letter, concrete layer): ``w^{(3)}_{01}`` gives
    ``("w", 3) → {"01"}``; a bold layer ``\mathbf{z}^{(1)}`` an entry with no units. ``names``: keys of a
    context's declarations and definitions (``("z^(1)", ("2",))``)."""
    found: dict[tuple[str, int], set[str]] = {}
    for m in _SITE.finditer(as_layers(text, letters)):
        label = re.sub(r"\s+", "", m.group("label"))
        if not label.isdigit():
            continue
        sub = _sub_text(m)
        units = found.setdefault((m.group("letter"), int(label)), set())
        if sub is not None and sub.isalnum() and sub.isdigit():
            units.add(sub)
    for base, subs in names:
        hit = re.fullmatch(r"([A-Za-z])\^[(\[](\d{1,2})[)\]]", base)
        if hit:
            units = found.setdefault((hit.group(1), int(hit.group(2))), set())
            joined = "".join(subs)
            if joined.isdigit():
                units.add(joined)
    return {k: frozenset(v) for k, v in found.items()}


def differentiated_sites(text: str, letters: Mapping[str, frozenset[int]]) -> dict[tuple[str, int], frozenset[str]]:
    r"""The units the notes differentiate by, for each (letter, concrete layer): ``\partial z^2_1``
    gives ``("z", 2) → {"1"}``. A general ``\partial L/\partial z^{(m)}_j`` is instantiated at these
    units where the notes name any (a bias unit ``z^2_0`` the notes only list is not one of them)."""
    found: dict[tuple[str, int], set[str]] = {}
    layered = as_layers(text, letters)
    for m in _SITE.finditer(layered):
        label = re.sub(r"\s+", "", m.group("label"))
        sub = _sub_text(m)
        before = layered[max(0, m.start() - 24) : m.start()]
        if label.isdigit() and sub is not None and sub.isdigit() and _PARTIAL.search(before):
            found.setdefault((m.group("letter"), int(label)), set()).add(sub)
    return {k: frozenset(v) for k, v in found.items()}


def layer_evidence(text: str, letter: str) -> bool:
    r"""The notes use ``letter`` as a layer: they say "layer" and shift the letter in a label
    (``W^{(l+1)}``, ``z^{m-1}_i``): a sample superscript ``x^{(i)}`` is never instantiated."""
    shifted = rf"\^\s*\{{\s*[(\[]\s*{letter}\s*[-+]\s*\d\s*[)\]]\s*\}}"
    return bool(re.search(r"\blayers?\b", text, re.I)) and bool(re.search(shifted, text))


def _layer_letter(members: Sequence[str]) -> str | None:
    letters: set[str] = set()
    for src in members:
        for m in _SITE.finditer(src):
            hit = _SYMBOLIC.match(re.sub(r"\s+", "", m.group("label")))
            if hit:
                letters.add(hit.group("letter"))
    return next(iter(letters)) if len(letters) == 1 else None


def _relabel(src: str, letter: str, layer: int) -> str:
    def one(m: re.Match[str]) -> str:
        hit = _SYMBOLIC.match(re.sub(r"\s+", "", m.group("label")))
        if not hit or hit.group("letter") != letter:
            return m.group(0)
        shift = int(hit.group("shift") or 0) * (-1 if hit.group("sign") == "-" else 1)
        start, end = m.span("label")
        return m.group(0)[: start - m.start()] + str(layer + shift) + m.group(0)[end - m.start() :]

    return _SITE.sub(one, src)


def _substitute(src: str, values: Mapping[str, str]) -> str:
    """The unit letters of every subscript replaced by their values (``_{ij}`` → ``_{01}``)."""

    def one(m: re.Match[str]) -> str:
        body = m.group("a") if m.group("a") is not None else m.group("b")
        if not _INDICES.fullmatch(body):
            return m.group(0)
        return "_{" + re.sub(r"[A-Za-z]", lambda x: values.get(x.group(0), x.group(0)), body) + "}"

    return _ANY_SUB.sub(one, src)


def _status(src: str, sites: Sites) -> list[bool | None]:
    """For each concrete-layer site of ``src``: written by the notes (True), not (False), or a letter
    the notes never write concretely (None)."""
    known = {letter for letter, _ in sites}
    out: list[bool | None] = []
    for m in _SITE.finditer(src):
        label = re.sub(r"\s+", "", m.group("label"))
        letter = m.group("letter")
        if not label.isdigit() or letter not in known:
            out.append(None if label.isdigit() else False)
            continue
        units = sites.get((letter, int(label)))
        sub = _sub_text(m)
        if units is None:
            out.append(False)
        elif sub is None:
            out.append(True)
        else:
            out.append(sub in units)
    return out


def _arities(src: str) -> list[int]:
    """For each site of ``src``: how many indices its subscript holds (``w_{01}``: 2, ``z_1``: 1)."""
    return [len(_sub_text(m) or "") for m in _SITE.finditer(src)]


def _summand_end(src: str, start: int) -> tuple[int, int, bool]:
    """Where the summand after position ``start`` begins and ends: a brace group, else the rest."""
    k = start
    while k < len(src) and src[k].isspace():
        k += 1
    if k < len(src) and src[k] == "{":
        depth = 0
        for j in range(k, len(src)):
            depth += {"{": 1, "}": -1}.get(src[j], 0)
            if depth == 0:
                return k + 1, j, True
        raise ValueError("unbalanced braces")
    return k, len(src), False


def _constant_site(m: re.Match[str], constants: Sites) -> bool:
    """Is the site ``m`` (a concrete layer) a unit the notes define as a number (a bias unit ``z^{(1)}_0 := 1``)?"""
    label = re.sub(r"\s+", "", m.group("label"))
    return label.isdigit() and _sub_text(m) in constants.get((m.group("letter"), int(label)), frozenset())


def _absent_unit(m: re.Match[str], sites: Sites) -> bool:
    """Is the site ``m`` a unit the network does not have: its layer is one the notes write unit by unit, never
    this unit, or a layer they write nothing of (after the output)? A layer they write only whole, or a letter
    they never write at a layer they do write, says nothing about its units."""
    label = re.sub(r"\s+", "", m.group("label"))
    if not label.isdigit() or _sub_text(m) is None:
        return False
    units = sites.get((m.group("letter"), int(label)))
    if units is None:
        return all(layer != int(label) for _, layer in sites)
    return bool(units)


def _expand_sums(src: str, units: Sequence[str], sites: Sites, constants: Sites | None = None) -> str | None:
    r"""``\sum_i{…}`` written out over the units the notes name for ``i`` (None: refused; "": no unit
    of a sum is written at this layer)."""
    while True:
        m = _SUM.search(src)
        if m is None:
            return None if _SUM_ANY.search(src) else src
        index = m.group("a") or m.group("b")
        try:
            begin, end, braced = _summand_end(src, m.end())
        except ValueError:
            return None
        summand = src[begin:end]
        if not any(index in (x.group("a") or x.group("b") or "") for x in _ANY_SUB.finditer(summand)):
            return None  # \sum_r of a summand without r
        terms = []
        carries = [index in (_sub_text(x) or "") for x in _SITE.finditer(summand)]
        for v in units:
            term = _substitute(summand, {index: v})
            pairs = [s for s, n in zip(_status(term, sites), _arities(term), strict=True) if s is not None and n > 1]
            status = [s for s in _status(term, sites) if s is not None]
            if not status:
                return None  # nothing says which units the sum runs over
            if pairs and not any(pairs):
                continue  # no connection written for this unit (a bias unit has no incoming weight)
            own = [(x, s) for x, s, c in zip(_SITE.finditer(term), _status(term, sites), carries, strict=True)
                   if c and s is not None]  # fmt: skip
            if own and not all(s for _, s in own) and all(_absent_unit(x, sites) if not s else
                                                          _constant_site(x, constants or {}) for x, s in own):
                # no site of this unit is written at its layer (the layer has no such unit), or only as a number
                # (a bias unit: nothing reaches it, its pre-activation is never written): no term (ctx52)
                continue
            if all(status):
                terms.append(term)
            else:
                return None  # some of its names written for this unit, others not
        if not terms:
            return ""  # no unit of the sum is written at this layer: the rule does not reach it
        written = r"\left(" + " + ".join(r"\left(" + t + r"\right)" for t in terms) + r"\right)"
        src = src[: m.start()] + written + src[end + 1 if braced else end :]


def _free_letters(src: str) -> set[str]:
    """Unit letters in the subscripts that no sum binds (outside any sum, or inside one but not its index)."""
    out: set[str] = set()
    while (m := _SUM.search(src)) is not None:
        try:
            begin, end, braced = _summand_end(src, m.end())
        except ValueError:
            return set()
        out |= _free_letters(src[begin:end]) - {m.group("a") or m.group("b")}
        src = src[: m.start()] + " " + src[end + 1 if braced else end :]
    for x in _ANY_SUB.finditer(src):
        body = x.group("a") if x.group("a") is not None else x.group("b")
        if _INDICES.fullmatch(body):
            out |= set(re.findall(r"[A-Za-z]", body))
    return out


def instances(members: Sequence[str], sites: Sites, differentiated: Sites | None = None,
              constants: Sites | None = None) -> tuple[str, list[Instance]] | None:  # fmt: skip
    r"""The layer letter and the concrete instances of a chain whose ``members`` (as
    :func:`layerletters.as_layers` wrote them) use a symbolic layer label; None where refused (see the
    module docstring). ``constants``: the units defined as numbers (a bias unit ``z^{(1)}_0 := 1``), the
    only ones left out where the notes differentiate by other units of the layer (``differentiated``)."""
    letter = _layer_letter(members)
    if letter is None or not sites:
        return None
    bare = [_SITE.sub(" ", src) for src in members]
    if any(re.search(rf"(?<![\\A-Za-z]){letter}(?![A-Za-z])", b) for b in bare):
        return None  # the layer letter is also a quantity here
    if any(":" in (_sub_text(m) or "") for src in members for m in _SITE.finditer(src)):
        return None  # a slice w_{:,j}
    free = _free_letters(members[0])
    if any(_free_letters(src) - free for src in members[1:]) or letter in free:
        return None  # an index on the right only: not one formula for each unit
    digits = sorted({c for units in sites.values() for u in units for c in u if c.isdigit()})
    if free and not digits:
        return None
    layers = sorted({layer for _, layer in sites})
    out: list[Instance] = []
    order = sorted(free)
    for layer in layers:
        first = _relabel(members[0], letter, layer)
        for values in product(digits, repeat=len(order)):
            assignment = dict(zip(order, values, strict=True))
            head = _substitute(first, assignment) if order else first
            if _SUM.search(head):  # a first member that sums over units: the units it names once written out
                head = _expand_sums(head, digits, sites, constants)  # type: ignore[assignment]
                if head is None:
                    return None
                if not head:
                    continue
            status = _status(head, sites)
            if any(s is False for s in status) or not any(s for s in status if s is not None):
                continue  # the first member names no unit the notes write at this layer
            if not _as_differentiated(head, differentiated or {}, constants or {}):
                continue
            texts = []
            for src in members:
                text = _relabel(src, letter, layer)
                text = _substitute(text, assignment) if order else text
                expanded = _expand_sums(text, digits, sites, constants)
                if expanded is None:
                    return None
                texts.append(expanded)
            if "" in texts:
                continue  # a sum over a layer the notes never write (the layer after the output)
            out.append(Instance(layer, tuple(assignment.items()), tuple(texts)))
            if len(out) > MAX_INSTANCES:
                return None
    return (letter, out) if out else None


def _as_differentiated(src: str, differentiated: Sites, constants: Sites) -> bool:
    """Every site ``src`` differentiates by is a unit the notes differentiate by, where they name any
    for its layer, or is no constant: a unit the notes merely do not differentiate by is an instance
    all the same (a rule checked only at the units a worked example picks could hide a swapped index)."""
    for m in _SITE.finditer(src):
        label = re.sub(r"\s+", "", m.group("label"))
        if not label.isdigit() or not _PARTIAL.search(src[max(0, m.start() - 24) : m.start()]):
            continue
        at = (m.group("letter"), int(label))
        units, unit = differentiated.get(at), _sub_text(m)
        if units and unit not in units and unit in constants.get(at, ()):
            return False
    return True


def constant_units(names: Mapping[Any, Any]) -> dict[tuple[str, int], frozenset[str]]:
    """The units defined as a number among a scope's ``names`` (``z^{(1)}_0 := 1``: ``("z", 1) → {"0"}``)."""
    found: dict[tuple[str, int], set[str]] = {}
    for key, e in names.items():
        base = re.fullmatch(r"([A-Za-z])\^[(\[](\d{1,2})[)\]]", key[0])
        if base and isinstance(e, Definition) and _NUMBER.fullmatch(e.body or ""):
            found.setdefault((base.group(1), int(base.group(2))), set()).add("".join(key[1]))
    return {k: frozenset(v) for k, v in found.items()}


def _layers_where(doc: Any, chain: _Chain, condition: str, sites: Sites) -> set[int] | None:
    """The layers at which the prose's ``condition`` (an equation over the general layer) holds for
    every unit the notes write (checked as a chain); None when it holds for some units of a layer and
    not others, or cannot be checked."""
    lhs, rhs = condition.split("=")
    found = instances([lhs, rhs], sites)
    if found is None:
        return None
    by: dict[int, list[bool]] = {}
    for case in found[1]:
        if _missing(case, sites):
            continue  # a unit the notes never write (a bias unit's s): not one the condition is about
        copy = _Chain(chain.line, [_Member(t, chain.line) for t in case.members],
                      [_Step(1, 0, 1, None, chain.line)])  # fmt: skip
        r = doc.check(copy).result.steps[0]
        if r.verdict not in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED):
            return None
        by.setdefault(case.layer, []).append(_green(r))
    if any(any(v) and not all(v) for v in by.values()):
        return None
    return {k for k, v in by.items() if all(v)}


def _missing(instance: Instance, sites: Sites) -> str:
    """A name an instance's members use that the notes never write ("" if none): also one of a letter the
    notes never write with a concrete layer (``b^{(2)}_1`` where only ``b^{(l)}_j`` is written), which an
    instance would read as a fresh scalar, every derivative by it 0."""
    for src in instance.members:
        for m, s in zip(_SITE.finditer(src), _status(src, sites), strict=True):
            if s is not True:
                return re.sub(r"\s+", "", m.group(0))
    return ""


# the prose right before a display that states when it holds: "When $z^m_j = s^m_j$", "If a given $…$"
_WHEN = re.compile(r"\b(?:when|if|whenever)\s+(?:(?:a|any|each|the)\s+(?:given\s+)?)?\$(?P<eq>[^$]+)\$", re.I)
_OPENING = re.compile(r"(?:\$\$|\\\[|\\begin\{[a-z]+\*?\})\s*$")
# where the condition's sentence may start: the prose's start, a sentence's end, an item, a heading
_SENTENCE_START = re.compile(r"(?:[.:!?}]|\\item(?:\[[^\]]*\])?|\\par|\*\*|#)$")
# what between the condition and the display says it is not the display's condition: a sentence's end,
# a negation ("when $a = z$ does not hold")
_NOT_LEADING = re.compile(r"[.;!?]|\b(?:not|never|unless|otherwise|except|neither|nor)\b|n't\b", re.I)
_PARENS = re.compile(r"\([^()]*\)")
_ABBREVIATION = re.compile(r"\b(?:i\.\s*e|e\.\s*g|cf|resp)\.", re.I)
_DISPLAY_END = re.compile(r"\\\]|\$\$|\\end\{(?:equation|align|gather|multline|eqnarray)\*?\}")


def prose_before(text: str, line: int) -> str:
    """The prose right before the display at ``line`` (1-based): after the display before it, at most 6 lines."""
    lines = text.split("\n")
    before = _OPENING.sub("", "\n".join(lines[max(0, line - 7) : max(0, line - 1)]))  # not its own $$
    ends = list(_DISPLAY_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def names_layers(text: str, line: int, letter: str) -> bool:
    r"""Does the prose right before the display at ``line`` restrict it to some layers in its own words ("for the
    first layer", "at the output layers", "For $m = 1$ or $m = 2$")? Then a failure at some layers is no mistake."""
    prose = prose_before(text, line)
    if _LAYER_WORDS.search(_INLINE.sub(" ", prose)):
        return True
    # the layer letter as the left member of a relation ("$m = 1$", "$l \in \{1, 2\}$", "$1 \le l < L$"), not
    # inside another name's label ("$s_j^m = …$")
    value = re.compile(rf"(?:^|<|\\leq?\b)\s*{re.escape(letter)}\s*(?:=|<|>|\\[lg]eq?\b|\\in\b|\\neq?\b)")
    return any(value.search(m.group(0).strip("$ ")) for m in _INLINE.finditer(prose))


# words that restrict a rule to some layers: "the first layer", "output layers", "the last two layers"
_LAYER_WORDS = re.compile(r"\b(?:first|input|output|last|final|hidden|top|bottom|intermediate|penultimate|"
                          r"second|third)\s+(?:\w+\s+)?layers?\b", re.I)


def stated_condition(text: str, line: int) -> str | None:
    r"""The equation the prose right before the display at ``line`` (1-based) says it holds under
    ("When $z^{(l)}_j = \sigma(s^{(l)}_j)$"), if any: only the prose after the display before it."""
    prose = prose_before(text, line)
    found = list(_WHEN.finditer(prose))
    if not found:
        return None
    head = prose[: found[-1].start()].rstrip()
    if head and not _SENTENCE_START.search(head):
        return None  # "Unlike the case when $…$": not the condition of the sentence that leads to the display
    tail = _ABBREVIATION.sub(" ", _INLINE.sub(" ", prose[found[-1].end() :]))
    while _PARENS.search(tail):
        tail = _PARENS.sub(" ", tail)  # "(i.e. output layer (layer $m = 3$))": a remark
    if _NOT_LEADING.search(tail):
        return None  # "… does not hold", or a sentence ends before the display: not the display's condition
    eq = found[-1].group("eq")
    return eq if eq.count("=") == 1 else None


def _literal(r: StepResult) -> str:
    """What the literal reading said, for a step the instances decide: a green literal reading of a
    general layer is no evidence (the family ``W^{()}[l]`` it reads is none of the concrete layers)."""
    if _green(r):
        return f"read literally, with the layer an index of a new family, it was {r.verdict.name} (no evidence)"
    return r.message


def _unsure(r: StepResult, why: str) -> StepResult:
    """``r`` SKIPPED because ``why``, with what its literal reading said."""
    return replace(r, verdict=Verdict.SKIPPED, message="; ".join((why, _literal(r))), counterexample=None, curve=None)


def _green(r: StepResult) -> bool:
    return r.verdict in (Verdict.PROVED, Verdict.PASSED)


def by_layer(doc: Any, chain: _Chain, steps: list[StepResult]) -> list[StepResult]:
    r"""``steps`` with each step the literal reading left SKIPPED checked once per concrete layer (see
    the module docstring). ``doc``: the document being checked (``layer_letters``, ``text``, ``ctx``,
    ``note_definitions``, ``check``)."""
    return _by_layer(doc, chain, steps, whole=True)


def _step_by_step(doc: Any, chain: _Chain, steps: list[StepResult], todo: list[int]) -> list[StepResult]:
    r"""A chain refused as a whole (one member the layers cannot write out: ``\sum_r`` of a summand in ``i``)
    read step by step: each step whose two members can be instantiated is checked once per layer on its own
    (its left member decides the units, as a chain's first does); a step that reads the refused member
    keeps its verdict (ctx52)."""
    out = list(steps)
    for k in todo:
        s = chain.steps[k]
        left, right = chain.members[s.left], chain.members[s.right]
        pair = _Chain(chain.line, [left, right], [_Step(1, 0, 1, None, right.line, s.relation)], label=chain.label,
                      conditions=list(chain.conditions), derivative_variable=chain.derivative_variable,
                      hypotheses=list(chain.hypotheses))  # fmt: skip
        out[k] = _by_layer(doc, pair, [steps[k]], whole=False)[0]
    return out


def _by_layer(doc: Any, chain: _Chain, steps: list[StepResult], *, whole: bool) -> list[StepResult]:
    letters = getattr(doc, "layer_letters", {})
    todo = [k for k, (s, r) in enumerate(zip(chain.steps, steps, strict=True))
            if r.verdict in (Verdict.SKIPPED, Verdict.PROVED, Verdict.PASSED)
            and s.relation == EQUALITY and s.condition is None]  # fmt: skip
    if not todo or chain.defines is not None or chain.restates is not None or chain.struck:
        return steps
    members = [as_layers(m.latex, letters) for m in chain.members]
    if not any(_layer_letter([m]) for m in members):
        return steps
    names = list(doc.ctx.scope_at(chain.line).names) + [d.key for d in getattr(doc, "note_definitions", ())]
    sites = concrete_sites(doc.text, letters, names)
    if _layer_letter([as_layers(h, letters) for h, _ in chain.hypotheses]):
        return steps  # "where z^{(l)} = …": a hypothesis about the general layer (not instantiated)
    scope = doc.scope_of(chain)
    found = instances(members, sites, differentiated_sites(doc.text, letters), constant_units(scope.names))
    if found is None:
        return _step_by_step(doc, chain, steps, todo) if whole and len(chain.members) > 2 else steps
    letter, cases = found
    if not layer_evidence(as_layers(doc.text, letters), letter):
        return steps
    condition = stated_condition(doc.text, chain.line)
    held: str = ""
    if condition is not None and _layer_letter([as_layers(condition, letters)]) == letter:
        layers = _layers_where(doc, chain, as_layers(condition, letters), sites)
        if layers is None:
            return steps
        cases = [c for c in cases if c.layer in layers]
        if not cases:
            return steps
        held = f" where ${condition.strip()}$ (the prose's condition) holds: {letter} = " + ", ".join(
            str(x) for x in sorted(layers))
    checked: list[tuple[Instance, list[StepResult]]] = []
    for case in cases:
        missing = _missing(case, sites)
        if missing:
            why = (f"read once per layer the notes write, at {case.describe(letter)} it names {missing}, "
                   "which the notes never write")
            return [_unsure(r, why) if k in todo else r for k, r in enumerate(steps)]
        copy = _Chain(chain.line, [_Member(t, m.line) for t, m in zip(case.members, chain.members, strict=True)],
                      chain.steps, label=chain.label, conditions=list(chain.conditions))  # fmt: skip
        results = list(doc.check(copy).result.steps)
        for k in todo:
            if _green(results[k]) and (blind := zero_for_want(doc, scope, step_trees(copy, k))):
                why = (f"holds only as 0 = 0: {blind} appear(s) in nothing the derivatives by it reach, so each "
                       "side is 0")  # E defined from names none of the concrete ones reaches: no evidence
                results[k] = replace(results[k], verdict=Verdict.SKIPPED, message=why)
        checked.append((case, results))
    layers = sorted({c.layer for c, _ in checked})
    shown = ", ".join(str(x) for x in layers)
    out = list(steps)
    for k in todo:
        results = [(c, rs[k]) for c, rs in checked]
        failed = [(c, r) for c, r in results if r.verdict is Verdict.FAILED]
        if failed:
            c, r = failed[0]
            holds = sorted({x.describe(letter) for x, y in results if _green(y)})
            why = (f"read once per layer the notes write{held or f' ({letter} = {shown})'}, it fails at "
                   f"{c.describe(letter)}: {r.message or r.verdict.name}"
                   + (f"; it holds at {'; '.join(holds[:3])}" if holds else ""))
            at = sorted({x.layer for x, y in failed})
            if held or (len(at) > 1 and at[-1] == layers[-1] and not names_layers(doc.text, chain.line, letter)):
                # the prose says which layers the rule is for, and it fails at one of them; or it fails at the
                # last layer it is written at and at another, so neither a rule for the output layer only nor one
                # for the layers before it would hold (ctx54)
                where = (" (a layer where the notes' condition holds)" if held else
                         f" (it fails at the last layer, {letter} = {at[-1]}, and at {letter} = {at[0]}: neither a "
                         "rule for the output layer only nor one for the others holds)")  # fmt: skip
                out[k] = replace(r, message=why + where,
                                 lhs_latex=steps[k].lhs_latex, rhs_latex=steps[k].rhs_latex, lhs=steps[k].lhs,
                                 rhs=steps[k].rhs, source=steps[k].source, index=steps[k].index)  # fmt: skip
            else:
                out[k] = _unsure(steps[k], why + " (a rule the notes may mean for some layers only)")
        elif all(_green(r) for _, r in results):
            verdict = Verdict.PROVED if all(r.verdict is Verdict.PROVED for _, r in results) else Verdict.PASSED
            base = results[0][1]
            why = (f"read once per layer the notes write{held}: checked at {letter} = {shown} "
                   f"({len(results)} instance(s), the layer and the units substituted, e.g. "
                   f"{results[0][0].describe(letter)})")
            out[k] = replace(base, verdict=verdict, message="; ".join(x for x in (why, base.message) if x),
                             lhs_latex=steps[k].lhs_latex, rhs_latex=steps[k].rhs_latex, lhs=steps[k].lhs,
                             rhs=steps[k].rhs, source=steps[k].source, index=steps[k].index)  # fmt: skip
        else:
            c, r = next((c, r) for c, r in results if not _green(r))
            why = f"read once per layer the notes write, at {c.describe(letter)} it cannot be checked: {r.message}"
            out[k] = _unsure(steps[k], why)
    return out
