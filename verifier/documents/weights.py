r"""A green step that rests on reading a capital times a name as two numbers.

Notes that write ``h = Wx + b`` and then ``\frac{\partial L}{\partial x} = W\delta`` give no shape to
W, x or δ: inference reads them as real scalars ("no other evidence"), and as scalars the step holds,
since Wᵀ = W. But a capital multiplying a name is how notes write a matrix times a vector, and there
the step is the classic missing transpose (Wᵀδ). A green verdict must not rest on that guess: such a
step is checked again with those capitals read as matrices (their operands then vectors, by the
usual inference), in the layouts the notes leave open. If it holds there too, it stays green; if it
fails under every one of them, it is SKIPPED, saying so. Never FAILED: scalar notes (``y = Cx``,
``dy/dx = C``) are a plausible reading too.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Key, Scope, display_key
from verifier.documents.divisors import divisor_capitals
from verifier.documents.infer import guessed_scalar, names_in
from verifier.documents.members import _Chain, member_trees
from verifier.documents.resolve import ResolveError
from verifier.documents.stated import WHERE
from verifier.documents.steps import _Checker
from verifier.latex import LatexError
from verifier.latex.probability import quantity_head
from verifier.results import StepResult, Verdict

_PLAIN_NAME = re.compile(r"[A-Z]")
_NUMBER = re.compile(r"-?\s*\d+(?:\.\d+)?|-?\s*\\d?frac\s*\{\d+\}\s*\{\d+\}")
_NO_INVERSE = "the matrix to invert is singular at this draw"  # documents.resolve's reason
_NUMERATOR = "the numerator layout for derivatives"  # the note doubts._transposed_unsaid reads

if TYPE_CHECKING:
    from verifier.documents.check import _Document



def scalar_capitals(scope: Scope, trees: list[sp.Basic], bodies: dict[Key, sp.Basic] | None = None) -> frozenset[Key]:
    """Undeclared capitals read as scalars for want of evidence that multiply another name in ``trees``; also
    those summed in the body of a defined name that does (``bodies``: ``C := A + B`` in ``x^T C x``)."""
    guessed = _guessed_capitals(scope)
    found: set[Key] = set()
    for tree in trees:
        for mul in _products(tree):
            # A^{-1}, A^2 count as A: read as numbers, (AB)^{-1} is multiplied out to A^{-1}B^{-1}
            factors = [f.base if isinstance(f, sp.Pow) and f.exp.is_Integer else f for f in mul.args]
            names = [(f, _key(f)) for f in factors if isinstance(f, sp.Symbol | sp.Indexed)]
            for f, key in names:
                if key in guessed and any(g is not f for g, _ in names):
                    found.add(key)
                if key in (bodies or {}) and any(g is not f for g, _ in names):  # C := A + B times x (redteam26)
                    found |= {k for k in _summed_capitals((bodies or {})[key]) if k in guessed}
            if names:  # (A + B)x: the capitals of a bracketed sum multiply the name too (redteam26)
                found |= {key for f in factors for key in _summed_capitals(f) if key in guessed}
    return frozenset(found)


def _summed_capitals(factor: sp.Basic) -> set[Key]:
    r"""The names written as terms of ``factor`` when it is a sum (``A + B``; ``A + \lambda B`` gives A and B), or an
    integer power of one: in ``(A + B)x`` each of them multiplies x as a matrix would."""
    base = factor.base if isinstance(factor, sp.Pow) and factor.exp.is_Integer else factor
    if not isinstance(base, sp.Add):
        return set()
    if any(_scalar_term(t) for t in base.args):
        return set()  # (H + \lambda) w^2, 2(H + \lambda), (A + 1): a capital summed with a number is one (leaf weight)
    parts = [p for t in base.args for p in (t.args if isinstance(t, sp.Mul) else (t,))]
    return {_key(p) for p in parts if isinstance(p, sp.Symbol | sp.Indexed)}


def _scalar_term(term: sp.Basic) -> bool:
    r"""A number, or a number times one lower-case name (``2\lambda``): a term no matrix is summed with."""
    rest = term.as_coeff_Mul()[1]
    return rest.is_Number or (isinstance(rest, sp.Symbol) and not rest.name[:1].isupper())


def _no_inverse(r: StepResult) -> bool:
    """Was the step left unchecked because the matrix it inverts could not be inverted?"""
    return r.verdict is Verdict.SKIPPED and _NO_INVERSE in (r.message or "")


def _guessed_capitals(scope: Scope) -> set[Key]:
    """The undeclared capitals ``scope`` reads as real scalars for want of evidence."""
    # P(y=1), P(w|c_1): a probability, a number whatever the notes write (latex.probability)
    return {key for key in scope.names if key[0][:1].isupper() and guessed_scalar(scope, key)
            and quantity_head(key[0]) is None}  # fmt: skip


def _key(factor: sp.Symbol | sp.Indexed) -> Key:
    """The key of a factor: ``W`` or a labelled ``W_2`` (an Indexed whose subscript is a label)."""
    if isinstance(factor, sp.Indexed):
        return (str(factor.base.label), tuple(str(i) for i in factor.indices))
    return (factor.name, ())


def _stated_numbers(chain: _Chain) -> frozenset[Key]:
    r"""The capitals the notes state one plain number for, among the values the chain is checked at ("with $W = 0.5$
    and $U = 1$" before an RNN's worked step, gaps68): a number, which no matrix reading makes a shape of."""
    out: set[Key] = set()
    for text, where in chain.hypotheses:
        name, _, value = text.partition("=")
        if where.startswith(WHERE) and _PLAIN_NAME.fullmatch(name.strip()) and _NUMBER.fullmatch(value.strip()):
            out.add((name.strip(), ()))
    return frozenset(out)


def _reached_bodies(doc: _Document, scope: Scope, trees: list[sp.Basic]) -> list[tuple[Key, str, sp.Basic]]:
    """The defined names ``trees`` reach, with their bodies (LaTeX, parsed; a body that cannot be read left out)."""
    used = {n for t in trees for n in names_in(t)} | {f.func.__name__ for t in trees for f in t.atoms(AppliedUndef)}
    reached = doc._reach(used, scope)
    out = []
    for key, entry in scope.names.items():
        if isinstance(entry, Definition) and entry.body and not entry.builtin and key[0] in reached:
            try:
                out.append((key, entry.body, doc.parse(entry.body, None, frozenset())))
            except (LatexError, ResolveError):
                continue
    return out


def _products(tree: sp.Basic) -> list[sp.Mul]:
    r"""The products of ``tree`` outside applications of functions of several arguments: ``W\delta``,
    ``A(Ax - b)`` and the ``Wx`` of a layer ``\sigma(Wx + b)`` are linear algebra, the ``Lx`` of
    ``\max(Lx, x)`` (a leaky slope) is not."""
    if tree.is_Function and len(tree.args) != 1:  # max, min (Max is an Application, not a Function)
        return []
    out = [tree] if isinstance(tree, sp.Mul) else []
    for arg in tree.args:
        out += _products(arg)
    return out


def _numbers_only(chain: _Chain, k: int) -> bool:
    """Does the ``k``-th step of ``chain`` link two members that write no name (numbers only)?"""
    if k >= len(chain.steps):
        return False
    step = chain.steps[k]
    members = [chain.members[i] for i in (step.left, step.right) if i < len(chain.members)]
    trees = [t for m in members if m.parsed is not None for t in member_trees(m.parsed)]
    return len(members) == 2 and bool(trees) and all(isinstance(t, sp.Basic) and not t.free_symbols for t in trees)


def doubt_scalar_capitals(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each green step that fails whenever its guessed-scalar capitals are matrices SKIPPED."""
    # a link of numbers alone (``0.001 + \frac12 \cdot 0.099 = 0.0505``) holds whatever shape the names have (gaps41)
    green = [k for k, r in enumerate(steps) if r.verdict.ok and not _numbers_only(chain, k)]
    if not green or not _guessed_capitals(scope) - _stated_numbers(chain):  # none read as a number for want of
        return steps  # evidence: nothing to read as a matrix
    trees = [t for m in chain.members if m.parsed is not None for t in member_trees(m.parsed)]
    # ŷ := W_2 h + b_2, h := σ(W_1 x + b_1): the capitals of the definitions the chain reaches multiply
    # names too; read as matrices, their operands (h, x) are vectors (a step about ŷ and h shows none)
    bodies = _reached_bodies(doc, scope, trees)
    capitals = scalar_capitals(scope, trees + [tree for _, _, tree in bodies], {key: tree for key, _, tree in bodies})
    # \frac{\pi t}{T}: a capital only ever divided by is a number (a count), not a matrix (documents.divisors)
    divisors = divisor_capitals([m.latex for m in chain.members if m.latex] + [text for _, text, _ in bodies])
    capitals = frozenset(k for k in capitals if k[1] or k[0] not in divisors) - _stated_numbers(chain)
    if not capitals:
        return steps
    alt = copy.copy(chain)
    alt.members = [copy.copy(m) for m in chain.members]
    try:
        matrices = doc._infer(alt, doc.scope_of(chain), matrices=capitals)
        doc._read(alt, matrices)
        doc._annotate(alt, matrices)  # arbitrary functions (L of h), as for the chain's own reading
    except (ResolveError, LatexError):
        return steps
    if len(alt.members) != len(chain.members):
        return steps
    variants = [matrices]
    if "layout" not in matrices.conventions:
        for layout in ("denominator", "numerator"):
            other = matrices.copy()
            other.conventions["layout"] = layout
            variants.append(other)
    asked = {chain.steps[k].index for k in green}
    failing = set(green)
    unchecked: set[int] = set()
    timed_out: set[int] = set()
    as_rows: set[int] = set()
    for variant in variants:
        try:
            results = _Checker(doc, alt, variant, asked, frozenset(asked)).run()
        except ResolveError:
            return steps
        # an inverse the matrix reading cannot take ((AB)^{-1} of symbolic 3×3 factors) is no evidence the
        # step holds for matrices: the green would rest on the capitals read as numbers alone
        unchecked |= {k for k in failing if _no_inverse(results[k])}
        # a check cut short by its budget clears no doubt: under load it kept the green (redteam9)
        timed_out |= {k for k in failing if results[k].verdict is Verdict.TIMEOUT}
        # ∇ by a vector as a row, or a derivative by a matrix transposed, holding only in the numerator layout the
        # notes never state is the missing transpose (doubts._transposed_unsaid): ∇g = A∇f read as (∇f)A
        unsaid = variant.conventions.get("layout") == "numerator" and doc.layout_said(chain.line) != "numerator"
        as_rows |= {k for k in failing if unsaid and results[k].verdict.ok
                    and doc._transposed_unsaid(alt, k, _NUMERATOR, variant)}  # fmt: skip
        failing = {k for k in failing if results[k].verdict in (Verdict.FAILED, Verdict.TIMEOUT)
                   or _no_inverse(results[k]) or k in as_rows}  # fmt: skip
        if not failing:
            return steps
    names = ", ".join(sorted(display_key(k) for k in capitals))
    one = len(capitals) == 1
    read = (f"holds only with {names} read as numbers (nothing in the notes gives a shape); read as "
            f"{'a matrix' if one else 'matrices'} multiplying vectors, as "
            f"{'it multiplies' if one else 'they multiply'} a name here, ")  # fmt: skip
    out = list(steps)
    for k in failing:
        why = read + ("the inverse it takes cannot be checked, and it fails in every layout it can be"
                      if k in unchecked else
                      "it could not be checked in time in every layout (it fails or runs out of its budget)"
                      if k in timed_out else "it holds only in the numerator layout, which the notes do not state (a "
                      "\\nabla or a derivative by a matrix written transposed: a missing transpose?)"
                      if k in as_rows else "it fails in every layout (a missing transpose or a swapped order?)")
        out[k] = replace(out[k], verdict=Verdict.SKIPPED, message="; ".join(x for x in (why, out[k].message) if x))
    return out

