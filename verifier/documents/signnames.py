r"""``P^-`` a name throughout the notes once they define it: ``H P^- H^\top + R`` is H times P⁻ times Hᵀ.

Kalman-filter notes name the predicted covariance ``P^-`` (and the updated one ``P^+``). LaTeX sets a lone sign
as the superscript, so ``P^- = F P_0 F^\top`` defines the name P⁻ (latex.tokenizer), but inside a product the
sign is followed by an operand, ``H P^- H^\top + R``, and was read as a power ``P^{-H^\top}``: the innovation
variance and the gain after it were SKIPPED (fresh33, "powers with vector exponents are not supported"). This
module owns the document's evidence: a letter written with a lone sign superscript right before ``=`` (its
definition or a value the notes give it) is that name wherever the notes write it, and its other occurrences
are braced (``P^{-}``), as the tokenizer reads a braced sign. A power ``e^-x`` is never so defined.
"""

from __future__ import annotations

import functools
import re

__all__ = ["as_sign_names", "sign_names"]

_DEFINED = re.compile(r"(?<![A-Za-z\\])([A-Za-z])\s*\^\s*([-+])\s*(?:_\s*(?:\{[^{}]*\}|\w)\s*)?&?\s*=")


@functools.lru_cache(maxsize=16)
def sign_names(text: str) -> frozenset[tuple[str, str]]:
    """(letter, sign) of every ``X^-``/``X^+`` the notes' ``text`` writes right before ``=``."""
    return frozenset((m.group(1), m.group(2)) for m in _DEFINED.finditer(text))


def as_sign_names(src: str, names: frozenset[tuple[str, str]]) -> str:
    """``src`` with each lone sign superscript of a letter in ``names`` braced (``P^-`` → ``P^{-}``)."""
    for letter, sign in names:
        src = re.sub(r"(?<![A-Za-z\\])(" + letter + r")\s*\^\s*" + re.escape(sign) + r"(?![\d{])",
                     lambda m, s=sign: m.group(1) + "^{" + s + "}", src)  # fmt: skip
    return src
