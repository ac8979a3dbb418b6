r"""A bold one with an index the notes do not explain: ``\mathbf{1}_k`` (lecture23).

``\mathbf{1}_k`` is written for two things: the vector of k ones, and the one-hot vector with its 1 at
index k (the k-th standard basis vector: ``\nabla_z(-\log p_k) = p - \mathbf{1}_k``). Where the prose says
which, that is the reading (:mod:`verifier.documents.basisvectors` for the basis vector, ones otherwise).
Where it says nothing, the reader takes ones; a step that fails so, and that writes the same letter as an
index elsewhere (``p_k``, ``y_k``: the letter is an index there, not a length), may mean the one-hot
vector: it is SKIPPED with the reason, never FAILED. The letter used only as a size (``\mathbf{1}_n^\top x``
with ``x \in \mathbb{R}^n``) keeps the FAILED.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verifier.results import StepResult, Verdict

__all__ = ["unsure_bold_one"]

_BOLD_ONE = re.compile(r"\\(?:mathbf|boldsymbol|bm|mathbb|mathds|mathbbm)\s*(?:\{\s*1\s*\}|1)\s*_\s*"
                       r"(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))")  # fmt: skip
_WHY = ("fails with {one} read as a vector of ones, and {letter} is an index in this step: the notes may mean "
        "the one-hot vector with its 1 at {letter} (the {letter}-th standard basis vector), and they do not say "
        "which: not called FAILED")  # fmt: skip


def _as_index(letter: str, text: str) -> bool:
    """Is ``letter`` written as the subscript of another name in ``text`` (``p_k``, ``y_{k}``, ``z_{ik}``)?"""
    rest = _BOLD_ONE.sub(" ", text)
    return re.search(rf"[A-Za-z}})]\s*_\s*(?:\{{[^{{}}]*(?<![A-Za-z\\]){letter}(?![A-Za-z])[^{{}}]*\}}|{letter}"
                     rf"(?![A-Za-z]))", rest) is not None  # fmt: skip


def unsure_bold_one(
    members: tuple[str, str], r: StepResult, basis: bool = False, reached: Callable[[], set[str]] | None = None
) -> StepResult:
    """A FAILED step (``members``: its two sides as written) that writes ``\\mathbf{1}_k`` with k an index
    elsewhere in it becomes SKIPPED (see the module's docstring); ``basis``: the prose calls the bold one a
    basis vector, and it was read so; ``reached``: the indices the step has through the notes' definitions
    (y of ``\\nabla_z L = p - \\mathbf{1}_y`` after ``L = -\\log p_y``: documents.differentiatedindices)."""
    if r.verdict is not Verdict.FAILED or basis:
        return r
    text = " ".join(members)
    for m in _BOLD_ONE.finditer(text):
        letter = m.group(1) or m.group(2)
        if _as_index(letter, text) or (reached is not None and letter in reached()):
            return r.skipped(_WHY.format(one=m.group(0).strip(), letter=letter))
    return r
