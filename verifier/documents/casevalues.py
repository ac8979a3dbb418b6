r"""A defined name's value stated at a case: "At $u = 0$ the cosine is 1 and $\rho_t = \rho_{\min}$".

After ``\rho_t = \rho_{\min} + \frac12(\rho_{\max} - \rho_{\min})(1 - \cos(\pi u / U))``, the prose "At $u = 0$ …
$\rho_t = \rho_{\min}$; when $u = U$, $\rho_t = \rho_{\max}$" states what the schedule is *at* those cases: a
claim to check there (u = 0 put into ρ_t's formula), not a new meaning of ρ_t. Learned as one, each case value
became ρ_t's newest definition, so a later derivative of the schedule (and a mistake in it) was SKIPPED "holds
with the definition at line 5 but not with the one at line 7" (fresh29's SGDR note); and the case ``u = U``
itself became the definition of u.

This module owns reading that (gaps41):

* :func:`stated_case`: the case ``v = c`` the clause before an inline formula sets with a cue right before it
  ("at", "when", "whenever", "for", "if", "in the case (of)"), in the same sentence and not past a ``;`` (a
  clause of its own: "…; halfway, $\rho_t = …$" has no case written);
* :func:`case_chain`: the inline formula ``name = value`` as a claim under the hypothesis ``v = c`` — where the
  notes defined ``name`` before by a formula that writes ``v`` (the caller decides that) — checked like any
  claim: the right value PROVED, a wrong one FAILED;
* :func:`cased_in_sentence`: a formula whose clause writes no case, in a sentence that sets a case for
  another value of the same name ("halfway, $\rho_t = …$"): a value at a case said in words — neither a new
  definition nor checked;
* :func:`is_case_formula`: the case formula ``u = 0`` itself, right after its cue: a condition, never a
  definition of u where an earlier definition writes u.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import sympy as sp

from verifier.documents.context import Definition, Key, key_of
from verifier.documents.inferevidence import names_in
from verifier.documents.members import _Chain, _Member, _Step
from verifier.documents.proseconditions import subscript_in
from verifier.documents.sentences import SENTENCE_END as _SENTENCE_END
from verifier.documents.sentences import SINGLE_DOLLARS as _INLINE
from verifier.latex import LatexError
from verifier.latex.braces import split_top_equals

__all__ = [
    "case_chain",
    "case_names",
    "case_reading",
    "cased_in_sentence",
    "is_case_formula",
    "joined_cases",
    "plainly_at_case",
    "stated_case",
]

_CUE = r"\b(?:at|when|whenever|for|if|in\s+the\s+case(?:\s+of)?)\s+"
# a cue, then the case formula ``v = c`` (one equals sign), at the end of the prose before a formula
_CUE_END = re.compile(_CUE + r"$", re.IGNORECASE)
_CASE = re.compile(_CUE + r"\$([^$]+)\$", re.IGNORECASE)
_CLAUSE_END = re.compile(r";")
_NAME = re.compile(r"^\s*(?:\\[A-Za-z]+|[A-Za-z])(?:_\{?\\?[A-Za-z0-9]+\}?)?\s*$")
_RANGE = re.compile(r",|\\[lc]?dots|\\ldots")


def _sentence(prose: str) -> str:
    ends = list(_SENTENCE_END.finditer(prose))
    return prose[ends[-1].end() :] if ends else prose


def _case_of(formula: str) -> tuple[str, str] | None:
    sides = split_top_equals(formula)
    if len(sides) != 2 or not _NAME.match(sides[0]) or not sides[1].strip() or _RANGE.search(sides[1]):
        return None  # "for $i = 1, \dots, n$": a range, not a case
    return sides[0].strip(), sides[1].strip()


def stated_case(prose: str) -> tuple[str, str, str] | None:
    r"""The case (its variable's LaTeX, its value's LaTeX, the words as written) the clause ``prose`` ends in
    sets before the formula after it: the last ``at $v = c$`` (or when/for/if/in the case) of its sentence, not
    behind a ``;``. ``prose`` ends where the formula starts."""
    clause = _sentence(prose)
    cut = list(_CLAUSE_END.finditer(clause))
    clause = clause[cut[-1].end() :] if cut else clause
    found = None
    for m in _CASE.finditer(clause):
        if (case := _case_of(m.group(1))) is not None:
            found = (*case, " ".join(m.group(0).split()))
    return found


def cased_in_sentence(prose: str, name: str) -> bool:
    r"""Does the sentence ``prose`` ends in (up to the formula) set a case and give ``name`` (the formula's left
    member as written) a value there already ("At $u = 0$, $\rho_t = a$; halfway, $\rho_t = …$")?"""
    sentence = _sentence(prose)
    first = _CASE.search(sentence)
    if first is None:
        return False
    want = "".join(name.split())
    for m in _INLINE.finditer(sentence[first.end() :]):
        sides = split_top_equals(m.group(1))
        if len(sides) == 2 and "".join(sides[0].split()) == want:
            return True
    return False


def is_case_formula(prose: str, formula: str) -> str | None:
    """The variable (LaTeX) of ``formula`` when it is a case written right after its cue (``at $u = 0$``),
    else None. ``prose`` ends where the formula starts."""
    if _CUE_END.search(prose[-40:]) is None:
        return None
    case = _case_of(formula)
    return case[0] if case else None


#: a further name the case fixes, right after it: "When $x = 2$ and $w = 1$, …" (sound43)
_AND_CASE = re.compile(r"\s*(?:,\s*)?and\s+\$([^$]+)\$", re.IGNORECASE)
#: … or a list of them: "At $x = 1$, $w = 0.5$ and $b = 0$" (lead54)
_LISTED_CASE = re.compile(r"\s*,\s*(?:and\s+)?\$([^$]+)\$", re.IGNORECASE)
#: what may close the clause after its cases: a comma, or the verb of a worked result ("we get", "this gives")
_CASES_END = re.compile(r"\s*,?\s*(?:(?:(?:we|one)\s+(?:get|have|find|obtain)|(?:this|that|it)\s+(?:gives|yields)|"
                        r"gives|yields)\s*:?\s*)?", re.IGNORECASE)


def joined_cases(prose: str) -> list[tuple[str, str]]:
    r"""The further ``v = c`` the clause's last case joins with "and" or a list right after itself ("When $x = 2$ and
    $w = 1$, $z = …$": ``[("w", "1")]``; "At $x = 1$, $w = 0.5$ and $b = 0$ we get $z = …$"), each of one name; none
    where one of them is no such formula, or words other than a worked result's verb end the clause."""
    clause = _sentence(prose)
    cut = list(_CLAUSE_END.finditer(clause))
    clause = clause[cut[-1].end() :] if cut else clause
    cases = list(_CASE.finditer(clause))
    if not cases:
        return []
    last = cases[-1]
    out, at = [], last.end()
    while (m := _AND_CASE.match(clause, at) or _LISTED_CASE.match(clause, at)) is not None:
        if (case := _case_of(m.group(1))) is None:
            return []
        out.append(case)
        at = m.end()
    return out if _CASES_END.fullmatch(clause[at:]) else []


def case_chain(line: int, left: str, right: str, case: tuple[str, str, str], place: object = None,
               joined: Sequence[tuple[str, str]] = ()) -> _Chain:  # fmt: skip
    """The inline formula ``left = right`` at ``line`` as a claim under its case (``stated_case``'s answer, and the
    names :func:`joined_cases` adds to it)."""
    variable, value, words = case
    members = [_Member(left, line), _Member(right, line)]
    where = f"the case '{words}{''.join(f' and ${v} = {c}$' for v, c in joined)}' at line {line}"
    return _Chain(line, members, [_Step(1, 0, 1, None, line)], None, False,
                  ["an inline formula of the prose", f"at {where}"], inline=True,
                  hypotheses=[(f"{v} = {c}", where) for v, c in [(variable, value), *joined]],
                  place=place)  # type: ignore[arg-type]  # fmt: skip


def case_names(hypotheses: Sequence[tuple[str, str]]) -> set[str]:
    """The names a chain's case fixes (:func:`case_chain`'s hypotheses, as written: ``x`` of "When $x = 3$"); a wrong
    value at a case fixing every input of the definition it reaches is FAILED, the only reading there (sound42)."""
    return {h.split("=")[0].strip() for h, where in hypotheses if where.startswith("the case '")}


#: words that set other circumstances than the definition's: "If we doubled the slope, then when $x = 3$ …" (review42),
#: "Without the bias, when …", "Had we used the squared input", "Now drop the bias term." (redteam43)
_OTHERWISE = re.compile(r"\b(?:if|suppose[sd]?|supposing|imagine|were|would|had|instead|doubl\w*|halv\w*|another|"
                        r"other|different|changed?|without|remov\w*|drop\w*|omit\w*|ignor\w*|replac\w*|rescal\w*|"
                        r"modif\w*|alter\w*|swap\w*)\b", re.IGNORECASE)
#: all the words a case's own sentence may write before its cue: "So when", "For example, when" (redteam43)
_PLAIN_LEAD = re.compile(r"^(?:[\s,:]|\b(?:so|thus|then|hence|therefore|and|now|also|indeed|again|e\.g\.|"
                         r"for\s+(?:example|instance)|in\s+particular|as\s+a\s+check|check|say)\b)*$", re.IGNORECASE)
#: all the words between the case and the value: "When $x = 3$, $y = 8$", "…, the output is $y = 8$" (redteam43)
_PLAIN_BETWEEN = re.compile(r"^\s*[,:]?\s*(?:(?:then|so|we\s+(?:get|have|find|obtain)|one\s+gets|(?:this|it)\s+gives|"
                            r"the\s+(?:(?:predicted|fitted|model's)\s+)?(?:output|prediction|value|result|response|score)"
                            r"\s+(?:is|equals|becomes))\s*,?\s*)?$", re.IGNORECASE)


def plainly_at_case(lines: Sequence[str], line: int, since: int) -> bool:
    """May a wrong value at a case on (1-based) ``line`` be FAILED against a definition stated at line ``since``
    (:func:`case_names`)? Not where a heading opens between them (another model may be meant: "## Second model"),
    nor where the prose after the definition up to the line's last case sets other circumstances ("If we doubled
    the slope, then when …", "Now drop the bias term."), nor where a case's own sentence writes more than a
    connective before its cue ("Without the bias, when …") or more than "the output is" between the case and the
    value ("When $x = 3$ and the bias is dropped, $y = 6$"): there the value is SKIPPED, as before sound42 (review42,
    redteam43). Every case on the line is asked: which of them the chain is, the line does not say."""
    if any(t.lstrip().startswith("#") for t in lines[max(since, 0) : line - 1]):
        return False
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    cues = list(_CASE.finditer(text))
    between = "\n".join(lines[max(since, 0) : line - 1]) + "\n" + text[: cues[-1].start() if cues else len(text)]
    if _OTHERWISE.search(between):
        return False
    for cue in cues:
        lead = _SENTENCE_END.split(text[: cue.start()])[-1]
        after = text[cue.end() :]
        while joined := _AND_CASE.match(after):  # "When $x = 2$ and $w = 1$, …": one case of two names (sound43)
            after = after[joined.end() :]
        value = after.split("$", 1)[0]
        if not _PLAIN_LEAD.match(lead) or not _PLAIN_BETWEEN.match(value):
            return False
    return True


def _variable(latex: str, parse: Callable[[str], sp.Basic]) -> str | None:
    """The base name of the case's variable (``T`` of ``T_c``), None where it is no name."""
    key = _key(latex, parse)
    return key[0] if key is not None else None


def _key(latex: str, parse: Callable[[str], sp.Basic]) -> Key | None:
    """The key of the name ``latex`` writes (``("w", (2,))`` of ``w_2``), None where it is no name."""
    try:
        return key_of(parse(latex))
    except LatexError:
        return None


def _keys_in(tree: sp.Basic) -> set[Key]:
    """The keys of the names ``tree`` writes: ``w_1`` of a body, not every entry of ``w`` (``w_2 = 2`` of a list
    of stated values fixes nothing in ``z = w_1 x + b_1``)."""
    return {k for sub in sp.preorder_traversal(tree) if isinstance(sub, (sp.Symbol, sp.Indexed))
            and (k := key_of(sub)) is not None}


def case_reading(prose: str, left: str, right: str, line: int, earlier: Sequence[Definition],
                 parse: Callable[[str], sp.Basic], place: object = None, text: str = "") -> _Chain | bool:  # fmt: skip
    r"""How the inline formula ``left = right`` at ``line`` (``prose`` ends where it starts) reads as a case:
    a claim to check at its case (a chain), nothing to learn nor check (True: the case formula ``u = 0`` itself
    where an earlier definition writes u, or a value of a defined name at a case said in words), or not a case
    (False: read as before). ``earlier``: the notes' definitions before the line; ``parse``: LaTeX to a tree;
    ``text``: the notes (a case of a letter they write as a subscript, ``for $k = 1$`` of ``x_k``, is an index's
    value, read as before)."""
    bodies: list[tuple[Definition, set[str]]] = []
    for d in earlier:
        if d.line < line and not d.is_function and d.body:
            try:
                bodies.append((d, names_in(parse(d.body))))
            except LatexError:
                continue
    if (variable := is_case_formula(prose, f"{left} = {right}")) is not None:
        if subscript_in(variable.strip(), text):
            return False
        name = _variable(variable, parse)
        return name is not None and any(name in names and d.key[0] != name for d, names in bodies)
    try:
        key = key_of(parse(left))
    except LatexError:
        return False
    own = [(d, names) for d, names in bodies if key is not None and d.key[0] == key[0]]
    if key is None or not own:
        return False
    if (case := stated_case(prose)) is not None:
        if subscript_in(case[0].strip(), text):
            return False
        name = _variable(case[0], parse)
        if name is not None and name in own[-1][1] and name != key[0]:
            body = _keys_in(parse(own[-1][0].body)) - {key}
            joined = [j for j in joined_cases(prose) if _key(j[0], parse) in body and _variable(j[0], parse) != name]
            return case_chain(line, left, right, case, place, joined)
        return False
    return cased_in_sentence(prose, left)
