r"""``\Phi(-\mu/\sigma) = 1 - \Phi(\mu/\sigma)`` in notes about a normal model: Φ is the standard normal CDF.

Statistics notes write Φ (and φ) for the standard normal's CDF (and density) without saying so: the Tobit note
of fresh33 writes ``P(y^* \le 0) = \Phi(-\mu/\sigma) = 1 - \Phi(\mu/\sigma)`` after ``\varepsilon \sim N(0,
\sigma^2)``. Read as an arbitrary function, the symmetry fails and the right step FAILED. This module owns that
convention, narrowly: the notes draw something from a normal distribution (``\sim N(…)``, ``\sim \mathcal{N}(…)``,
"normally distributed"), apply Φ to a bracket and never write Φ bare (a design matrix ``\Phi^\top\Phi`` is
another Φ) nor define it; φ (``\phi``, ``\varphi``) likewise is its density when Φ is so read. A prime before the
bracket (``\varphi'(u) = -u\varphi(u)``) is an application too: read bare, φ became a factor and the symmetry
``\varphi(-z) = \varphi(z)`` FAILED while ``\varphi(-z) = -\varphi(z)`` was PROVED (fresh36). The prose naming
them (documents.prosefunctions) wins where it exists. A heading "Probit" alone is no such evidence (trust15).
"""

from __future__ import annotations

import re

__all__ = ["CONVENTION_NOTE", "conventional_normal"]

_NORMAL = re.compile(r"\\sim\s*(?:\\mathcal\s*\{?\s*N\s*\}?|N)\s*(?:\\left\s*)?\(|\bnormal(?:ly)?\s+distribut")
# a prime between the letter and its bracket (``\varphi'(u)``, ``\varphi^{\prime}(u)``) is the function's derivative
_PRIME = r"(?:\s*'+|\s*\^\s*\{?\s*\\prime\s*\}?)?"
_APPLIED = _PRIME + r"\s*(?:\\[!,;]\s*)*(?:\\left\s*|\\[bB]igg?l?\s*)?\("


def _applied_only(text: str, name: str) -> int | None:
    """The offset of the first application of ``\\name`` in ``text``; None when it is written bare (not
    before a bracket), defined (``\\Phi(x) = …`` opening a formula, ``\\Phi :=``) or never applied."""
    head = re.compile(r"\\" + name + r"(?![A-Za-z])")
    first = None
    for m in head.finditer(text):
        if re.match(_APPLIED, text[m.end() :]) is None:
            return None  # Φ written bare: a matrix or a name of its own
        if re.match(r"\$\s*$", text[max(0, m.start() - 3) : m.start()]) and re.match(
                r"[^$=]*?\)\s*(?::=|=)", text[m.end() :]):  # fmt: skip
            return None  # "$\Phi(x) = …$": the notes define it
        first = m.start() if first is None else first
    return first


def conventional_normal(text: str) -> list[tuple[int, str, str]]:
    r"""(0, name, "normal_cdf" / "normal_pdf") for Φ and its density φ read by the convention above: from the
    notes' start (a convention of the whole notes, not of a line)."""
    if _NORMAL.search(text) is None or _applied_only(text, "Phi") is None:
        return []
    out = [(0, r"\Phi", "normal_cdf")]
    for density in ("varphi", "phi"):
        if _applied_only(text, density) is not None:
            out.append((0, "\\" + density, "normal_pdf"))
    return out


#: how a step read with the convention says so
CONVENTION_NOTE = "{name} read as {what}: the usual meaning in notes about a normal model (the notes never define it)"
