r"""A free index written beside a sum over the same family may lie outside the sum's range.

Negative sampling, a target among distractors, a held-out sample: notes write one entry of a family
with a free index and sum the same family over a range of their own,
``J = -\log\sigma(q_t^T h) - \sum_{m=1}^M \log\sigma(-q_m^T h)``. Inference (:mod:`verifier.documents.infer`)
unifies the family's length with the sum's bound, so the free index ``t`` runs over ``1..M`` and the
step ``\partial J/\partial q_t = (\sigma(q_t^T h) - 1) h`` picks up the ``m = t`` term of the sum: it
failed "at M=3, t=1", though it is right whenever ``t`` is not among ``1..M`` — what such notes mean
("$t$ is not among the negatives", ``o \notin \{w_1, \dots, w_K\}``).

This module owns that reading:

* :func:`outside_candidates` finds, in a chain and the definitions it reaches, a family written with a
  letter outside any sum over it (``q_t``, also a function's parameter ``u_o``) and, in the same formula,
  summed over another letter from 1 to a size the notes write (``\sum_{m=1}^M q_m``), where the letter is
  an index of the chain (free in it, inferred ``1..M``) and the family an inferred vector or matrix that
  is only ever written by its entries (a whole ``q^T W`` ties its length to the product);
* :func:`outside_scope` is the scope in which the family has entries past the sum (``M + 1``, ``M + 2``
  for two such letters) and each letter runs over them only;
* :func:`said_outside` reads where the notes state it: ``t \notin \{…\}`` / ``t \not\in`` / ``t \neq m``
  / ``t > M`` in math, or a sentence writing ``$t$`` with "not among", "not one of", "different from",
  "excluded", … and the sum (its bound, its family, or the word "negative"). Said, the outside reading
  is the only one (:meth:`verifier.documents.chaininference._ChainInference._infer`); unsaid, it is one plausible
  reading among others (:mod:`verifier.documents.doubts`): a step that holds only under it is SKIPPED
  saying so, never FAILED and never green.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import sympy as sp

from verifier.documents.context import IndexRange, Key, Scope, VarDecl
from verifier.documents.instances import SHIFT
from verifier.documents.mathspans import DISPLAY as _DISPLAY
from verifier.documents.members import free_names

__all__ = ["OUTSIDE", "UNSAID_NOTE", "Outside", "candidates_of", "outside_candidates", "outside_scope",
           "recorded", "said_inside", "said_outside", "said_outside_letters", "unsaid_note"]  # fmt: skip

#: conventions key prefix: a candidate the notes do not state, for the other readings (doubts)
OUTSIDE = "outside-index "
#: the words a reading note carries when the notes do not say the index lies outside
UNSAID_NOTE = "which the notes do not say"
_AS_SAID = "as the notes say"  # the reader's reason for the reading where the notes state it


@dataclass(frozen=True)
class Outside:
    """``index`` (t) written on ``family`` (q) at ``axis`` beside ``\\sum_{summed=1}^{size} family_summed``."""

    index: str
    family: str
    axis: int
    size: str
    summed: str

    def text(self) -> str:
        return (f"{self.index} outside 1..{self.size}, the range of the sum over {self.summed} "
                f"({self.family}_{self.index} is not among its terms)")  # fmt: skip


def _uses(tree: sp.Basic) -> tuple[set[tuple[str, int, str, str]], set[tuple[str, int, str]]]:
    """(family, axis, bound, summed letter) of the entries a sum from 1 to a named bound writes, and
    (family, axis, letter) of the entries written with a letter no enclosing sum binds. A sum that
    normalises (under a log, in a denominator: ``\\log\\sum_k e^{z_k}``) runs over every entry: it counts
    as no sum beside which an entry may lie outside; nor is a derivative's own variable an entry written."""
    summed: set[tuple[str, int, str, str]] = set()
    lettered: set[tuple[str, int, str]] = set()

    def visit(node: sp.Basic, sums: dict[str, str | None], norm: bool = False) -> None:
        if isinstance(node, sp.Sum | sp.Product):
            inner = dict(sums)
            for var, lo, hi in node.limits:
                named = isinstance(hi, sp.Symbol) and not hi.name.endswith("__hi") and lo == 1 and not norm
                inner[str(var)] = hi.name if named else None
                visit(lo, sums)
                visit(hi, sums)
            visit(node.function, inner)
            return
        if isinstance(node, sp.Derivative):  # \partial/\partial x_k: its variable is no entry beside a sum
            visit(node.expr, sums, norm)
            return
        if isinstance(node, sp.log):
            visit(node.args[0], sums, True)
            return
        if isinstance(node, sp.Pow) and node.exp.is_negative:
            visit(node.base, sums, True)
            visit(node.exp, sums)
            return
        if isinstance(node, sp.Indexed):
            family = str(node.base.label)
            for axis, i in enumerate(node.indices):
                if not isinstance(i, sp.Symbol):
                    continue
                if i.name in sums:
                    bound = sums[i.name]
                    if bound is not None:
                        summed.add((family, axis, bound, i.name))
                else:
                    lettered.add((family, axis, i.name))
        arithmetic = isinstance(node, sp.Add | sp.Mul | sp.Pow)  # 1 + \sum … under a log still normalises
        for a in node.args:
            if isinstance(a, sp.Basic):
                visit(a, sums, norm and arithmetic)

    visit(tree, {})
    return summed, lettered


def _bare(tree: sp.Basic) -> set[str]:
    """The names ``tree`` writes whole, outside any entry (``q`` in ``q^T h``, not in ``q_t``)."""
    if isinstance(tree, sp.Indexed):
        return set()
    if isinstance(tree, sp.Symbol):
        return {tree.name}
    return set().union(*(_bare(a) for a in tree.args if isinstance(a, sp.Basic))) if tree.args else set()


def _sum_variables(trees: Iterable[sp.Basic]) -> set[str]:
    return {str(v) for t in trees for s in t.atoms(sp.Sum, sp.Product) for v, *_ in s.limits}


def _axis_dim(entry: VarDecl, axis: int, size: Key) -> int | None:
    """The position in ``entry.dims`` of the axis an index at ``axis`` runs over, if its size is ``size``."""
    if entry.dims is None:
        return None
    if entry.kind == "vector":
        if axis != 0:
            return None
        return next((k for k, d in enumerate(entry.dims) if d == size), None)
    if entry.kind == "matrix" and axis < 2 and entry.dims[axis] == size:
        return axis
    return None


def outside_candidates(trees: Iterable[sp.Basic], chain: Sequence[sp.Basic], scope: Scope) -> list[Outside]:
    r"""The free indices of ``chain`` (its members' trees) that ``trees`` (the chain and the definitions it
    reaches) write on a family beside a sum over that family from 1 to a named bound, where inference made
    the index run over exactly that sum's range (see the module docstring)."""
    free = {n for t in chain for n in free_names(t)} - _sum_variables(chain)
    trees = list(trees)
    whole = set().union(*(_bare(t) for t in trees)) if trees else set()  # q^T W: its length is the product's
    out: list[Outside] = []
    for tree in trees:
        summed, lettered = _uses(tree)
        for family, axis, bound, var in sorted(summed):
            for fam, ax, letter in sorted(lettered):
                if fam != family or ax != axis or letter == var or letter not in free or family in whole:
                    continue
                size: Key = (bound, ())
                entry = scope.names.get((letter, ()))
                decl = scope.names.get((family, ()))
                if not (isinstance(entry, IndexRange) and (letter, ()) in scope.inferred and entry.lo == 1
                        and entry.hi == size):  # fmt: skip
                    continue
                if not isinstance(decl, VarDecl) or (family, ()) not in scope.inferred:
                    continue
                if _axis_dim(decl, axis, size) is None:
                    continue
                cand = Outside(letter, family, axis, bound, var)
                if all(c.index != letter for c in out):
                    out.append(cand)
    return out


def outside_scope(scope: Scope, cands: Sequence[Outside], why: str) -> Scope:
    """``scope`` with each candidate's family longer than its sum (one entry past it per letter) and the
    letters running over those entries only; ``why`` is reported with each letter."""
    out = scope.copy()
    by_family: dict[tuple[str, int, str], list[Outside]] = {}
    for c in cands:
        by_family.setdefault((c.family, c.axis, c.size), []).append(c)
    for (family, axis, bound), group in by_family.items():
        size: Key = (bound, ())
        first: Key = (bound, (SHIFT,))
        last: Key = (bound, (SHIFT,) * len(group))
        decl = out.names.get((family, ()))
        k = _axis_dim(decl, axis, size) if isinstance(decl, VarDecl) else None
        entries = [out.names.get((c.index, ())) for c in group]
        if k is None or not all(isinstance(e, IndexRange) and e.hi == size for e in entries):
            continue  # a scope this candidate was not found in (its shapes differ): no such reading there
        assert isinstance(decl, VarDecl) and decl.dims is not None
        dims = list(decl.dims)
        dims[k] = last
        out.names[(family, ())] = replace(decl, dims=(dims[0], dims[1]))
        longer = f"{bound}+{len(group)}"
        was = out.inferred.get((family, ()), family)
        out.inferred[(family, ())] = f"{was.replace(f'[{bound}]', f'[{longer}]')}; entries past the sum's {bound}"
        for c in group:
            key = (c.index, ())
            entry = out.names[key]
            assert isinstance(entry, IndexRange)
            out.names[key] = replace(entry, lo=first, hi=last)
            span = f"{bound}+1" if len(group) == 1 else f"{bound}+1..{longer}"
            out.inferred[key] = f"{c.index}: an index {span} ({c.text()}; {why})"
    return out


def recorded(scope: Scope, cands: Sequence[Outside]) -> None:
    """Keep the candidates the notes do not state in ``scope`` for the other readings (doubts)."""
    for c in cands:
        scope.conventions[OUTSIDE + c.index] = f"{c.family};{c.axis};{c.size};{c.summed}"


def said_outside_letters(scope: Scope) -> set[str]:
    """The indices ``scope`` reads outside a sum as the notes say (the only reading, :func:`outside_scope`
    applied by the reader): the notes' own index, never one an implied sum would excuse."""
    return {k[0] for k, e in scope.names.items()
            if isinstance(e, IndexRange) and not k[1] and isinstance(e.lo, tuple) and e.lo[1][-1:] == (SHIFT,)
            and _AS_SAID in scope.inferred.get(k, "")}  # fmt: skip


def candidates_of(scope: Scope) -> list[Outside]:
    """The candidates :func:`recorded` kept in ``scope``."""
    out: list[Outside] = []
    for key, value in scope.conventions.items():
        if key.startswith(OUTSIDE):
            family, axis, size, summed = value.split(";")
            out.append(Outside(key[len(OUTSIDE) :], family, int(axis), size, summed))
    return out


def unsaid_note(cands: Sequence[Outside]) -> str:
    """The reading's note when the notes do not state it (carries :data:`UNSAID_NOTE`)."""
    return "; ".join(c.text() for c in cands) + f", {UNSAID_NOTE}"


_NEGATED = re.compile(
    r"\bnot\s+(?:among|one\s+of|in(?!\s+(?:general|practice|particular|fact|principle|short|turn))|included\s+in"
    r"|part\s+of|contained\s+in|a\s+member\s+of|equal\s+to)\b"
    r"|\bnever\s+(?:among|one\s+of|in|equal\s+to)\b|\b(?:different|distinct)\s+from\b|\bdiffers?\s+from\b"
    r"|\bexclud(?:e|es|ed|ing)\b|\bother\s+than\b|\bnone\s+of\b",
    re.IGNORECASE,
)
#: a negation, a possibility or a condition: what follows it in its clause is no statement of the notes
#: ("does not exclude $t$", "$t$ may be among …", "if $t \notin …$", "we do not assume $t$ is different …")
_HEDGE = re.compile(
    r"\b(?:not|no|never|nor|without|cannot|may|might|can|could|need|possibly|perhaps|sometimes|whether|if"
    r"|when|whenever|unless|suppose|otherwise)\b|n't\b",
    re.IGNORECASE,
)
_FOR = re.compile(r"\bfor(?:\s+(?:all|every|each|any|some))?\s*$", re.IGNORECASE)  # 0 for $t \neq m$: a case
_SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=[A-Z\\$])|(?<=\?)\s+|\n\s*\n")  # "…? if so, …": a question ends at ?
_INLINE = re.compile(r"\$([^$]+)\$")
_ASKED = re.compile(r"\?\s*$")
_MATH = re.compile("\x00(\\d+)\x00")  # an inline formula of a sentence, by its position among them
_WORDS_BETWEEN = r"\s*(?:[A-Za-z']+\s+){0,3}?"  # "exclude the target $t$", "distinct from $q_t$"
#: what may stand between ``$t$`` and the phrase it is the subject of: "$t$ is (assumed to be) never one of"
_COPULA = r"\s*(?:(?:is|are|be|lies|must|will|always|assumed|to|by|construction|itself|also|then|thus|hence)\s+){0,4}"


def _letter(letter: str) -> str:
    return r"(?<![A-Za-z\\])\\?" + re.escape(letter) + r"(?![A-Za-z])"


def _own_letter(letter: str) -> str:
    r"""The letter written as itself, no subscript or superscript of another name (not the t of ``w_t``)."""
    return r"(?<![A-Za-z\\_^{])\\?" + re.escape(letter) + r"(?![A-Za-z])"


def _math_says(math: str, c: Outside, negatives: bool) -> bool:
    r"""``t \notin …`` (a set that names the sum, or ``negatives`` the sentence's word), ``t \not\in …``,
    ``t \neq m``, ``m \ne t``, ``t > M`` in one inline formula."""
    t, m = _own_letter(c.index), _own_letter(c.summed)
    fam_t = rf"(?:\\mathbf\s*\{{\s*)?{re.escape(c.family)}\s*_\s*\{{?\s*{re.escape(c.index)}(?![A-Za-z])\s*\}}?\}}?"
    subject = rf"(?<![A-Za-z\\_^{{])(?:{fam_t}|{t})"
    notin = re.search(rf"{subject}\s*(?:\\notin|\\not\s*\\in|\\not\s*\{{\s*\\in\s*\}})(?![A-Za-z])", math)
    if notin is not None and (negatives or re.search(rf"{_letter(c.size)}|{_letter(c.summed)}", math[notin.end() :])):
        return True
    patterns = (
        rf"{t}\s*(?:\\neq?|\\not\s*=|!=)(?![A-Za-z])\s*{m}",
        rf"{m}\s*(?:\\neq?|\\not\s*=|!=)(?![A-Za-z])\s*{t}",
        rf"{t}\s*(?:>|\\gt(?![A-Za-z]))\s*{_own_letter(c.size)}",
    )
    return any(re.search(p, math) for p in patterns)


def _equated(maths: Sequence[str], c: Outside) -> bool:
    """A formula of the sentence writes ``t = m``: the notes take the index among the sum's (a case)."""
    t, m = _own_letter(c.index), _own_letter(c.summed)
    return any(re.search(rf"{t}\s*=\s*{m}|{m}\s*=\s*{t}", x) for x in maths)


def _clause_before(text: str, pos: int) -> str:
    """The words of ``text`` (its formulas held out) in the clause that ``pos`` is in, before ``pos``."""
    cut = max(text.rfind(ch, 0, pos) for ch in ";:,")
    return text[cut + 1 : pos]


def said_outside(prose: str, cands: Sequence[Outside]) -> tuple[list[Outside], str] | None:
    r"""The candidates ``prose`` (the notes' part up to the chain) states lie outside the sum, and the
    statement quoted; None if it states none. A question ("Is $t$ among …?") states nothing, nor does a
    negated, hedged or conditional wording ("does not exclude $t$", "$t$ may be …", "if $t \notin …$",
    "0 for $t \neq m$"), a wording about another letter or another set, or a sentence writing ``t = m``."""
    said: list[Outside] = []
    quote = ""
    prose = _DISPLAY.sub("\n\n", prose)  # a display is no part of a sentence of the prose
    for sentence in _SENTENCE_END.split(prose):
        if _ASKED.search(sentence.strip()):
            continue
        maths = _INLINE.findall(sentence)
        parts = _INLINE.split(sentence)  # text, formula, text, …: each formula one token
        text = "".join(p if k % 2 == 0 else f"\x00{k // 2}\x00" for k, p in enumerate(parts))
        words = _MATH.sub(" ", text)
        negatives = re.search(r"\bnegatives?\b", words, re.IGNORECASE) is not None
        for c in cands:
            if c in said or _equated(maths, c):
                continue
            stated = any(
                _math_says(maths[int(x.group(1))], c, negatives)
                and not _HEDGE.search(before := _clause_before(text, x.start()))
                and not _FOR.search(_MATH.sub(" ", before))
                for x in _MATH.finditer(text)
            )  # fmt: skip
            if not stated:
                stated = _said_in_words(text, maths, c, negatives)
            if stated:
                said.append(c)
                quote = quote or " ".join(sentence.split())[:120]
    return (said, quote) if said else None


def _said_in_words(text: str, maths: Sequence[str], c: Outside, negatives: bool) -> bool:
    """``$t$ is not among the negatives``, ``the negatives exclude $t$``: ``$t$`` (or ``$q_t$``) beside a
    negated phrase, a few plain words between and no hedge before it in its clause, and the sum named."""
    entry = rf"{re.escape(c.family)}\s*_\s*\{{?\s*{re.escape(c.index)}\s*\}}?"
    summed = rf"{re.escape(c.family)}\s*_\s*\{{?\s*{re.escape(c.summed)}\s*\}}?|{_letter(c.summed)}"
    sum_named = negatives or any(
        re.search(_letter(c.size), m) or re.fullmatch(rf"\s*(?:{summed})\s*[,.;]?\s*", m) for m in maths
    )
    if not sum_named:
        return False
    writes_t = {k for k, m in enumerate(maths) if re.fullmatch(rf"\s*(?:{_letter(c.index)}|{entry})\s*[,.;]?\s*", m)}
    for neg in _NEGATED.finditer(text):
        for x in _MATH.finditer(text):
            if int(x.group(1)) not in writes_t:
                continue
            if x.end() <= neg.start():  # $t$ is not among …
                between, first, words = text[x.end() : neg.start()], x.start(), _COPULA
            elif neg.end() <= x.start():  # … exclude the target $t$
                between, first, words = text[neg.end() : x.start()], neg.start(), _WORDS_BETWEEN
            else:
                continue
            if (
                re.fullmatch(words, between, re.IGNORECASE)
                and not _HEDGE.search(between)
                and not _HEDGE.search(_MATH.sub(" ", _clause_before(text, first)))
            ):
                return True
    return False


_AMONG = re.compile(r"\s*(?:is|lies|may\s+be|can\s+be|could\s+be|might\s+be)\s+(?:among|one\s+of)\s+(?:the\s+)?",
                    re.IGNORECASE)  # fmt: skip
_SUM_WORDS = re.compile(r"(?:negatives?|(?:negative\s+)?samples)\b", re.IGNORECASE)


def said_inside(prose: str, cands: Sequence[Outside]) -> list[Outside]:
    r"""The candidates ``prose`` states lie among the sum's indices (``t \in \{1, \dots, M\}``,
    ``1 \le t \le M``, "$t$ may be among the (M) negatives"): for them the outside reading is not plausible."""
    out: list[Outside] = []
    prose = _DISPLAY.sub("\n\n", prose)
    for sentence in _SENTENCE_END.split(prose):
        if _ASKED.search(sentence.strip()):
            continue
        parts = _INLINE.split(sentence)
        for c in cands:
            t, size = _own_letter(c.index), _letter(c.size)
            for k in range(1, len(parts), 2):
                math = parts[k]
                member = re.search(rf"{t}\s*\\in(?![A-Za-z])", math)
                beyond = re.search(rf"{size}\s*\+", math) is not None  # t \in \{1, …, M + 1\}: past the sum
                inside = not beyond and (
                    (member is not None and re.search(rf"{size}|{_letter(c.summed)}", math[member.end() :]))
                    or re.search(rf"{t}\s*(?:<|\\le(?:q)?(?![A-Za-z]))\s*{size}", math)
                )  # fmt: skip
                among = _AMONG.match(parts[k + 1]) if re.fullmatch(rf"\s*{t}\s*", math) and k + 1 < len(parts) else None
                if not inside and among is not None:  # "$t$ may be among the negatives", "… one of the $M$ samples"
                    rest = parts[k + 1][among.end() :]
                    sized = k + 3 < len(parts) and re.fullmatch(rf"\s*{size}\s*", parts[k + 2]) is not None
                    inside = _SUM_WORDS.match(rest) is not None or (
                        sized and not rest.strip() and _SUM_WORDS.match(parts[k + 3].lstrip()) is not None
                    )
                if inside and c not in out and not _HEDGE.search(_clause_before(" ".join(parts[:k:2]), 10**9)):
                    out.append(c)
    return out
