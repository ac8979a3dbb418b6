r"""Properties the prose states of a matrix or vector that the checker does not read: "if $W$ is orthogonal",
"assume $x$ is a unit vector", "for an idempotent $P$".

``\nabla \|Wx\|^2 = 2x`` holds for an orthogonal W only; ``x^T x + w^T x = 1 + w^T x`` for a unit x only.
The checker reads a matrix with arbitrary entries and a vector of any length, so such a step fails as
written, while the notes state the property it rests on. A symmetric (or diagonal) matrix is read
(:mod:`verifier.documents.symmetricprose`); these are not: orthogonal / orthonormal / unitary / rotation /
permutation matrices, idempotent / projection matrices, skew-symmetric, triangular and nilpotent ones,
unit vectors (also "normalized", "of unit length/norm"). This module owns finding such a statement about a
name the step writes or reaches, in the prose just before its display (within its section:
:func:`verifier.documents.headings.after_heading`) or in the sentence its display goes on with
("$$…$$ where $Q$ is orthogonal"), or earlier in a section the step is still in — one whose heading is above
the step's own, "# Cholesky" with "a lower-triangular $L$" for its "## Log-determinant" (fresh31), as
:mod:`verifier.documents.symmetricprose` scopes a symmetric matrix; for an inline claim too: a FAILED step is then
SKIPPED, naming the property — not every plausible reading failed. A name the scope holds as a scalar (or the
notes define from scalars only) has none of these properties: "$z$ is the normalized input" of batch norm
excuses nothing (review24g) — unless it is a scalar only for want of other evidence and the property is one only a
matrix has ("$L$ unit lower triangular" of Glow's ``W = PL(U + \operatorname{diag}(s))``: fresh68).
It never makes a step green: a wrong step beside such prose is not called FAILED,
and that is all.
"""

from __future__ import annotations

import re
from typing import Any

from verifier.documents.context import Definition, VarDecl
from verifier.documents.headings import after_heading
from verifier.documents.hypothesiswitness import fails_at_witness
from verifier.documents.hypothetical import condition_cue
from verifier.documents.infer import NO_EVIDENCE
from verifier.documents.sentences import MARK_OR_BLANK
from verifier.documents.symmetricprose import section_ended
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["stated_properties", "unread_hypotheses"]

_KIND = (
    r"(?P<kind>ortho(?:gonal|normal)|unitary|(?:a\s+)?rotation|(?:a\s+)?permutation|idempotent|(?:an?\s+)?projection|"
    r"(?:skew|anti)-?\s*symmetric|(?:(?:unit|strictly)\s+)?(?:upper|lower)?\s*triangular|nilpotent|"
    r"(?:a\s+)?unit(?:-norm|-length)?\s+vector|"
    r"of\s+unit\s+(?:length|norm)|normali[sz]ed|unit[- ](?:norm|length))"
)
_NAME = r"\$\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?(?P<name>\\?[A-Za-z]+)\s*\}?\s*(?:\\in[^$]*)?\$"
# "$W$ is orthogonal", "let $Q$ be an orthogonal matrix", "assume $x$ is a unit vector", "with $Q$ orthogonal";
# after a modifier: "with $P$ a fixed permutation, $L$ unit lower triangular and $U$ strictly upper triangular"
_MODIFIER = r"(?:(?:fixed|given|known|constant|real|square|invertible|arbitrary|random)\s+)*"
_AFTER = re.compile(
    rf"{_NAME}\s*,?\s*(?:(?:is|be|are|being|has|have)\s+)?(?:(?:an?|the)\s+)?{_MODIFIER}{_KIND}", re.I
)
# "for an orthogonal $W$", "an orthonormal matrix $Q$", "a unit vector $u$"
_BEFORE = re.compile(rf"{_KIND}\s*(?:matrix|matrices|vector|vectors)?\s*{_NAME}", re.I)
#: the properties only a matrix has (a vector may be "orthogonal" to another, or of unit length)
_MATRIX_ONLY = re.compile(r"unitary|rotation|permutation|idempotent|projection|symmetric|triangular|nilpotent")
_NEGATED = re.compile(r"\b(?:not|non|no|never|without|unless)\b[^.$]*$", re.I)


# words right after a stated property that single out one member of the class ("the rotation by $\pi$", "a projection
# of rank one", "a permutation that swaps two coordinates", "rotation in the plane"), or a formula of the name later in
# the sentence ("…, so that $R^\top = -R$"): the identity need not be such a member, so it is no witness (red71)
_PARTICULAR = re.compile(
    r"^\s*(?:matrix\s+|matrices\s+)?(?:\$[^$]*\$\s*)?,?\s*(?:(?:which|that)\s+)?(?:by|through|about|onto|swap\w*|"
    r"revers\w*|reflect\w*|rotat\w*|project\w*|sends?|maps?|cycl\w*|of\s+(?:angle|rank|order|a\s+(?:quarter|half))|"
    r"with\s+(?:angle|rank|order|no\b|(?:\$\s*)?\\det|determinant|trace|eigen\w*)|in\s+the\s+plane)\b", re.I)


def particular_members(prose: str) -> set[str]:
    """The names ``prose`` states a property of with words that single out a particular member (see
    ``_PARTICULAR``): for them the identity is no witness (documents.hypothesiswitness)."""
    out = set()
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(prose):
            name = m.group("name").lstrip("\\")
            stop = MARK_OR_BLANK.search(prose[m.end() :])
            rest = prose[m.end() : m.end() + stop.start() if stop else len(prose)]
            if _PARTICULAR.match(rest) or any(_of_the_name_alone(f, name) for f in re.findall(r"\$([^$]*)\$", rest)):
                out.add(name)
    return out


def _of_the_name_alone(formula: str, name: str) -> bool:
    r"""Is ``formula`` an equation of ``name`` with no other letter than the identity's (``R = -I``, ``R^\top = -R``,
    ``\det Q = -1``, ``N^2 = 0``, ``\operatorname{tr}(P) = 1``)?"""
    if "=" not in formula:
        return False
    bare = re.sub(r"\\(?:operatorname|mathrm|text)\s*\{[^}]*\}|\\[A-Za-z]+", " ", formula)
    letters = set(re.findall(r"[A-Za-z]", bare))
    return name in letters and letters <= {name, "I"} and not _identity_satisfies(formula, name)


def _identity_satisfies(formula: str, name: str) -> bool:
    r"""Does the identity satisfy ``formula`` (an equation of ``name`` and I alone) as written: ``R^\top R = I``,
    ``Q Q^T = I``, ``R^{-1} = R^\top`` — the property's own definition, which I is a member of (fresh75's Procrustes
    "the rotation $R$ ($R^\top R = I$)"), not a particular member (``R = -I``, ``\det Q = -1``)? Read by words:
    with the name written I, transposes, inverses and powers dropped, every side is a product of I's."""
    text = re.sub(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z])", "I", formula)
    text = re.sub(r"\^\s*(?:\{\s*(?:\\top|T|-1|\\intercal|\d+)\s*\}|\\top|T|\\intercal|\d)", "", text)
    sides = [re.sub(r"\s|\\cdot|\\,|\\;|\\!|\{|\}", "", side) for side in text.split("=")]
    return len(sides) >= 2 and all(side and set(side) == {"I"} for side in sides)


def stated_properties(prose: str) -> dict[str, str]:
    """The names ``prose`` states one of the unread properties of, each with the property's words."""
    out: dict[str, str] = {}
    for _, name, kind in _statements(prose):
        out.setdefault(name, kind)
    return out


def _statements(prose: str) -> list[tuple[int, str, str]]:
    """(offset, name, property's words) of each statement of an unread property in ``prose``."""
    out = []
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(prose):
            between = prose[m.start() : m.end()]
            if _NEGATED.search(prose[max(m.start() - 30, 0) : m.start()]) or re.search(r"\bnot\b", between):
                continue
            out.append((m.start(), m.group("name").lstrip("\\"), " ".join(m.group("kind").lower().split())))
    return sorted(out)


def _in_open_sections(doc: Any, before_line: int) -> dict[str, tuple[str, int]]:
    """The properties stated in the notes before line ``before_line`` (0-based, excluded) in a section not yet
    closed there (no heading of its level or higher since), each with the line of its first statement."""
    prose = "\n".join(doc.lines[:before_line])
    out: dict[str, tuple[str, int]] = {}
    for at, name, kind in _statements(prose):
        if not section_ended(prose, at):
            out.setdefault(name, (kind, prose.count("\n", 0, at) + 1))
    return out


def unread_hypotheses(doc: Any, chain: Any, scope: Any, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED one SKIPPED where the prose states such a property of a name it writes or
    reaches (see the module docstring)."""
    if not any(r.verdict is Verdict.FAILED for r in steps):
        return steps
    start, before = after_heading(*doc._prose_before(chain, display=True))
    after_start, after = doc.prose_after(chain)
    if condition_cue(before, after) is not None:
        return steps  # "…, but this is only guaranteed when $A$ is unitary.": a display stated as a condition
    said = stated_properties(before) if not chain.inline else {}
    said.update({n: k for n, k in stated_properties(after).items() if n not in said})
    where = f"lines {start + 1}-{after_start + 2}"
    end = chain.line if chain.inline else doc._display_start(chain) - 1  # (as _prose_before ends)
    earlier = {n: v for n, v in _in_open_sections(doc, end).items() if n not in said}  # "# Cholesky" (fresh31)
    said.update({n: k for n, (k, _) in earlier.items()})
    if not said:
        return steps
    particular = particular_members("\n".join(doc.lines[:end]) + "\n" + after)
    out = []
    for k, r in enumerate(steps):
        named = _named(doc, scope, r, said) if r.verdict is Verdict.FAILED else {}
        witnessed = {n: v for n, v in named.items() if n not in particular}
        if witnessed and (failed := fails_at_witness(doc, chain, scope, k, r, witnessed)) is not None:
            out.append(failed)  # 2X^T XR - 2X^T Y = X^T(XR - Y) fails at R = I too (hypothesiswitness)
            continue
        what = "; ".join(f"{n} {k}" + (f" (line {earlier[n][1]})" if n in earlier else "")
                         for n, k in sorted(named.items()))
        out.append(r.skipped(f"fails for a general value, but the prose states {what} ({where}), a property the "
                             "checker does not read: the step may rest on it") if named else r)
    return out


def _named(doc: Any, scope: Any, r: StepResult, said: dict[str, str]) -> dict[str, str]:
    """The names of ``said`` the step ``r`` writes or reaches through the notes' definitions."""
    written: set[str] = set()
    for latex in (r.lhs_latex, r.rhs_latex):
        try:
            written |= _names(doc, latex)
        except LatexError:  # a member the grammar refuses names nothing here
            continue
    reached = doc._reach(written, scope) | written
    return {n: k for n, k in said.items() if n in reached
            and not (_scalar(doc, scope, n) and not (_MATRIX_ONLY.search(k) and _guessed_scalar(scope, n)))
            and not (_MATRIX_ONLY.search(k) and _vector(scope, n))}


def _guessed_scalar(scope: Any, name: str) -> bool:
    r"""Is ``name`` read as a scalar only for want of other evidence? Then the matrix the prose says it is
    ("$L$ unit lower triangular" of ``W = PL(U + \operatorname{diag}(s))``) may be what the notes mean: a
    property only a matrix has excuses the step (fresh68's Glow LU), as it would for an annotated matrix."""
    why = scope.inferred.get((name, ()))
    return why is not None and NO_EVIDENCE in why


def _vector(scope: Any, name: str) -> bool:
    """Is ``name`` declared or inferred a vector? "the projection $z$" of a head names a vector, which has
    none of a matrix's properties (idempotent, a projection, a rotation, triangular, …)."""
    entry = scope.names.get((name, ()))
    return isinstance(entry, VarDecl) and entry.kind in ("vector", "simplex", "onehot")


def _scalar(doc: Any, scope: Any, name: str) -> bool:
    """Is ``name`` a scalar: declared or inferred one, or defined by the notes from scalars only? Every property
    read here is a matrix's or a vector's ("$z$ is the normalized input" of batch norm is no unit vector:
    review24g)."""
    entry = scope.names.get((name, ()))
    if isinstance(entry, VarDecl):
        return entry.kind == "scalar"
    if not isinstance(entry, Definition) or entry.is_function:
        return False
    kinds = [d.kind for n in doc._reach({name}, scope) - {name}
             if isinstance(d := scope.names.get((n, ())), VarDecl) and d.kind != "function"]
    return bool(kinds) and all(k == "scalar" for k in kinds)


def _names(doc: Any, latex: str) -> set[str]:
    from verifier.documents.infer import names_and_functions  # late: infer imports much of documents

    return names_and_functions(doc.parse_plain(latex))
