r"""A Gaussian's covariance is symmetric: ``\mathcal{N}(\mu, \Sigma)`` makes ``\Sigma`` a symmetric matrix.

Notes on Gaussians write the density as ``\mathcal{N}(\boldsymbol\mu, \Sigma)`` once and then differentiate
``(x - \mu)^\top \Sigma^{-1} (x - \mu)`` pages later, where ``\Sigma^{-1}(x - \mu)`` is the gradient only because
a covariance is symmetric; the prose rarely repeats it before the chain. The name written as the second
argument of a normal distribution anywhere in the notes is a covariance, and the symmetric reading
(``doubts._said_symmetric``, the same one "symmetric matrix $\Sigma$" in the prose gives) is tried for it. A
reading that may only make a step hold: it never makes one FAILED. Only the notes before the chain count, in
a section that is still open there, and not where the notes after the statement say the name is some other
matrix ("let $\Sigma$ be an arbitrary matrix", "any square matrix", "not necessarily symmetric"; review30a)."""

from __future__ import annotations

import re

from verifier.documents.headings import heading_level
from verifier.documents.sentences import MATH_SPAN
from verifier.documents.sentences import SPACE_BEFORE_CAPITAL as _SENTENCE_END

__all__ = ["covariance_names"]

# \mathcal{N}(\mu, \Sigma), \mathcal N(\mathbf{0}, \Sigma_0), \mathcal{N}(x; \mu, \Lambda^{-1}), N(\bm\mu, \mathbf{S})
_NORMAL = re.compile(
    r"\\mathcal\s*\{?\s*N\s*\}?\s*(?:\\left)?\s*\(([^()]*(?:\([^()]*\)[^()]*)*)(?:\\right)?\)"
)
_ONE_NAME = re.compile(
    r"^(?:\\(?:mathbf|boldsymbol|bm)\s*\{?\s*)?\\?([A-Z][A-Za-z]*)\s*\}?\s*(?:\^\s*\{?\s*-\s*1\s*\}?)?$"
)

# what the notes say of a matrix that is no (longer the) covariance: "arbitrary", "any square matrix", "a general
# matrix", "not necessarily symmetric", "non-symmetric" (review30a)
_OTHER = re.compile(
    r"\b(?:arbitrary|any\s+(?:(?:real|square|invertible|fixed|given|other)\s+)*matrix|general\s+(?:(?:real|square)\s+)*"
    r"matrix|non-?symmetric|asymmetric|unsymmetric|not\s+(?:necessarily\s+)?symmetric)\b",
    re.IGNORECASE,
)


def _superseded(after: str, name: str) -> bool:
    r"""Does a sentence of ``after`` (the notes after a covariance statement) write ``name`` in its math and
    call it some other matrix ("Now let $\Sigma$ be an arbitrary square matrix")?"""
    written = re.compile(rf"\\{name}(?![A-Za-z])" if len(name) > 1 else rf"(?<![\\A-Za-z]){name}(?![A-Za-z])")
    for sentence in _SENTENCE_END.split(after):
        if _OTHER.search(sentence) and any(written.search(x) for x in MATH_SPAN.findall(sentence)):
            return True
    return False


def covariance_names(text: str) -> set[str]:
    r"""The names (Greek without the backslash) ``text`` (the notes up to a chain) writes as a normal
    distribution's covariance in a section still open at its end: a heading after the statement of its own
    section's level or higher starts another problem, whose Σ may be any matrix (as for "symmetric" in the
    prose, review24e); a subsection keeps it."""
    out = set()
    levels, offset = [], 0
    for row in text.split("\n"):
        if (level := heading_level(row)) is not None:
            levels.append((offset, level))
        offset += len(row) + 1
    for m in _NORMAL.finditer(text):
        own = [level for start, level in levels if start <= m.start()]
        if own and any(level <= own[-1] for start, level in levels if start > m.start()):
            continue
        parts = [p.strip() for p in re.split(r"[,;]", m.group(1))]
        if len(parts) >= 2 and (one := _ONE_NAME.match(parts[-1].replace("\\right", "").strip())):
            if not _superseded(text[m.end():], one.group(1)):
                out.add(one.group(1))
    return out
