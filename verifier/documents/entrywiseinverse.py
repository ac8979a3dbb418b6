r"""``A^{-1}`` read both ways: a step that fails as the inverse and as the entry-wise reciprocal is FAILED (gaps54).

``A^{-1}`` of a square matrix is read as its inverse (documents.squares): a reading the checker chooses, so a step
that fails under it was SKIPPED, "the notes may mean the entry-wise operation" — Sherman–Morrison with a sign
flipped, ``(AB)^{-1} = A^{-1}B^{-1}``, a normal equation with a factor dropped (14 planted mistakes of the probe
collection at stop 53). The other operation can be checked as well. This module owns that second look: each such
FAILED step is checked again with every ``A^{-1}`` of a square matrix read entry-wise (``scope.conventions``
:data:`INVERSE_KEY` = ``"entrywise"``, read by documents.arithmetic); where it fails there too it is wrong whichever
operation the notes meant, and it stays FAILED, saying so (:data:`BOTH`, which documents.squares.unsure then keeps).
A step that holds entry-wise, or that the second reading cannot decide, keeps the old rule (SKIPPED). Only the
inverse is read both ways: a step that also reads ``|A|`` as a determinant is left to the old rule (its entry-wise
absolute value is a third reading), and so is one the prose or a normal density already decides
(documents.saidinvertible, documents.normalshapes), and one that takes a logarithm or a root outside a derivative:
drawn at matrices of either sign of determinant, ``\log\det(A + tuv^\top) = \log\det A + \log(1 + tv^\top A^{-1}u)``
fails on the logarithm's branch under both readings (fresh36's determinant lemma, right; saidinvertible.branched).
A structure the prose gives a matrix ("symmetric", "unitary": a third reading) counts up to the end of the step's
part of the notes (documents.parts), not in a later part (ctx63). It can only turn a SKIPPED into a FAILED where
the inverse reading already failed: never a green.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import sympy as sp

from verifier.documents.context import Definition
from verifier.documents.covariances import covariance_names
from verifier.documents.hessianpoints import hessian_variable
from verifier.documents.members import step_trees
from verifier.documents.parts import part_of
from verifier.documents.saidinvertible import branched
from verifier.documents.sentences import MATH_SPAN, SENTENCE, SENTENCE_END
from verifier.documents.squares import BOTH_WAYS, DETERMINANT, INVERSE, INVERSE_KEY, inverted_base
from verifier.documents.symmetricprose import convolution_kernel
from verifier.results import StepResult, Verdict

__all__ = ["BOTH", "INVERSE_KEY", "either_inverse"]

# a word that gives a matrix a structure a step may rest on (sound55: commuting, diagonal or scalar matrices make
# (AB)^{-1} = A^{-1}B^{-1} right; "the covariance matrix of x" in words is symmetric)
_STRUCTURED = re.compile(r"\b(?:symmetric|positive[- ](?:semi-?)?definite|diagonal|orthogonal|orthonormal|unitary|"
                         r"commut\w*|covariance|precision|gram|kernel|hessian|(?:upper|lower)?[- ]?triangular|"
                         r"permutation|idempotent|projection|involut\w*|multiple\s+of\s+the\s+identity|"
                         r"(?:scaled|scalar)\s+(?:identity|matrix))\b", re.I)
_COMMUTE = re.compile(r"\bcommut\w*", re.I)
_OLD_WORDS = re.compile(r"\b(?:symmetric|positive[- ](?:semi-?)?definite)\b", re.I)
# between a structure word and its formula: "matrix", "matrices", "(inverse covariance) matrix", "of the data"
_GAP = re.compile(r"(?:\s*\([^()$]*\))?(?:\s+(?:matri(?:x|ces)|of\s+the\s+\w+))?\s*")
# "$\Lambda \in …$ be the precision", "$A$ is diagonal", "with $A$ a nonzero multiple of the identity": the last
# formula before the word, a few words before it
_BEFORE = re.compile(r"\$+([^$]+)\$+[^$.;]{0,60}$")
_LONE = re.compile(r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{?\s*)?\\?([A-Za-z]+)\s*\}?")
#: the note a step failed both ways carries (documents.squares.unsure leaves such a step FAILED)
BOTH = BOTH_WAYS


def _maybe_symmetric(trees: list[sp.Basic], text: str, computed: frozenset[str] = frozenset()) -> bool:
    r"""Does a matrix the step inverts have a name the notes write as a normal's covariance or in a sentence that
    gives it a structure ("symmetric", "positive definite", "diagonal", "orthogonal", "that commute", "a multiple of
    the identity", "the covariance matrix": :data:`_STRUCTURED`)? That structure is then a third reading of it
    (``\nabla_\mu`` of a quadratic form in ``\Sigma^{-1}`` is ``\Sigma^{-1}(x - \mu)`` only for a symmetric Σ;
    ``(AB)^{-1} = A^{-1}B^{-1}`` for commuting A, B), which the checker may not have applied: the step is left to
    the old rule (fresh21's Gaussian MLE, right, was FAILED without this; sound55's commuting matrices). In a
    sentence about commuting matrices a run of plain letters (``$AB = BA$``) names each letter; elsewhere a product
    is no name ("the Gram matrix $XX^\top$" says nothing of X: fresh17's Woodbury, fresh19's kernel ridge)."""
    bases = {b for t in trees if isinstance(t, sp.Basic) for node in sp.preorder_traversal(t)
             if (b := inverted_base(node)) is not None}  # fmt: skip
    names = {s.name for b in bases for s in b.free_symbols if isinstance(s, sp.Symbol)} - computed
    if not names:
        return False
    return bool(names & _said_symmetric(text))


@functools.lru_cache(maxsize=8)
def _said_symmetric(text: str) -> frozenset[str]:
    """The names of the notes ``text`` that are a normal's covariance or that a sentence gives a structure (module
    docstring of :func:`_maybe_symmetric`): read once per document, not once per failing chain (the lead's review of
    stop 54)."""
    said = set(covariance_names(text))
    for sentence in SENTENCE_END.split(text):
        if _OLD_WORDS.search(sentence):  # "symmetric", "positive definite": every name of the sentence, as before
            said |= {w.lstrip("\\") for math in MATH_SPAN.findall(sentence) for w in re.findall(r"\\?[A-Za-z]+", math)}
        if _COMMUTE.search(sentence):  # "matrices that commute, $AB = BA$": each letter of a product
            said |= {c.lstrip("\\") if c.startswith("\\") else c for math in MATH_SPAN.findall(sentence)
                     for w in re.findall(r"\\?[A-Za-z]+", math) for c in ([w] if w.startswith("\\") else w)}
        for m in _STRUCTURED.finditer(sentence):  # the formula right beside the word names what it describes
            gap = _GAP.match(sentence, m.end()).group(0)
            if convolution_kernel(sentence, m.start(), m.group(0) + gap):
                continue  # "convolution with kernel $W$": a filter's weights, no structure (fresh68)
            after = MATH_SPAN.match(sentence, m.end() + len(gap))
            before = _BEFORE.search(sentence[max(0, m.start() - 80) : m.start()])
            for math in (after.group(1) if after else "", before.group(1) if before else ""):
                said |= _described(math)
    return frozenset(said)


def _described(math: str) -> set[str]:
    r"""The names a formula beside a structure word describes: each lone name of its left side (``\Sigma``,
    ``A, B \in \mathbb{R}^{n \times n}``, the K of ``K = XX^\top``); a product (``XX^\top``) names none."""
    left = re.split(r"=|\\in(?![A-Za-z])|\\succ|\\sim", math)[0]
    out = set()
    for piece in left.split(","):
        m = _LONE.fullmatch(piece.strip())
        if m:
            out.add(m.group(1))
    return out


def _computed_hessians(scope: Any) -> frozenset[str]:
    r"""The names ``scope`` defines as a matrix of second derivatives (documents.statedentries' "let $H$ be the Hessian
    of $f$": ``H_{q u} := \frac{\partial^2 f}{\partial x_q \partial x_u}``, or a context's such family). The checker
    computes their value from f, so the symmetry a Hessian has is in it, not a structure the word gives a matrix it
    samples freely: the word "Hessian" is then no third reading of it (ctx61: a wrong Newton step ``x - Q(Qx - b)``
    for ``x - H^{-1}\nabla f`` failed both ways and was SKIPPED for it)."""
    return frozenset(key[0] for key, d in scope.names.items()
                     if isinstance(d, Definition) and hessian_variable(d) is not None)


def _up_to_part_end(doc: Any, line: int) -> str:
    """The notes' text up to the end of the part holding ``line`` (documents.parts): a structure a later part
    gives a matrix ("but this is only guaranteed when $A$ is unitary" of a part (b)) is that part's, not a third
    reading of an earlier part's step (ctx63: neylon's Newton step, wrong for every invertible A, was SKIPPED for
    part (b)'s sentence). What comes before the step, and the rest of its own part, still count — and so does a
    later sentence that speaks of an earlier part or step ("the argument of part (a) only holds for matrices that
    commute", a "## Caveat" section's "the step above is only valid …": redmid63 M1, mend63)."""
    end = part_of(doc.lines, line)[1]
    later = "\n".join(doc.lines[end:])
    back = [m.group(0) for m in SENTENCE.finditer(later) if _BACK.search(m.group(0))]
    return "\n".join((*doc.lines[:end], *back))


# a sentence that speaks of an earlier part or step of the notes
_BACK = re.compile(
    r"\bparts?\s*\(?[a-z0-9]\)|\b(?:above|previous(?:ly)?|earlier|preceding|before)\b|"
    r"\b(?:that|this|the)\s+(?:step|argument|derivation|result|identity|formula|proof)\b",
    re.IGNORECASE,
)


def either_inverse(doc: Any, chain: Any, scope: Any, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED step read with the inverse of a square matrix (and no determinant) checked again
    with the entry-wise reciprocal: FAILED there too, it keeps its verdict with :data:`BOTH` said."""
    from verifier.documents.resolve import ResolveError
    from verifier.documents.steps import _Checker

    inverted = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED and INVERSE in (r.message or "")
                and DETERMINANT not in (r.message or "")]  # fmt: skip
    if not inverted:
        return steps
    said = _up_to_part_end(doc, chain.line)  # read for such a step only: every chain asks (review63)
    failed = [k for k in inverted
              if not _maybe_symmetric(step_trees(chain, k), said, _computed_hessians(scope))
              and not any(branched(t) for t in step_trees(chain, k) if isinstance(t, sp.Basic))]  # a log's branch
    if not failed or scope.conventions.get(INVERSE_KEY):
        return steps
    other = scope.copy()
    other.conventions[INVERSE_KEY] = "entrywise"
    asked = {chain.steps[k].index for k in failed}
    try:
        alt = _Checker(doc, chain, other, asked, frozenset(asked), frozenset(asked)).run()
    except ResolveError:
        return steps
    out = list(steps)
    for k in failed:
        if alt[k].verdict is Verdict.FAILED:
            out[k] = steps[k].said(BOTH)
    return out
