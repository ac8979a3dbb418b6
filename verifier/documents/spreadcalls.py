r"""``\frac{\sigma^2(y - \mu)}{\tau^2 + \sigma^2}``: σ with a power before a bracket, where the notes' math makes σ the
spread of a normal and the line writes σ as a value, is that power times the bracket.

``\sigma`` is the logistic sigmoid by default (:mod:`verifier.documents.functions`), and ``\sigma^2(z)`` its square
at z. Notes on Gaussian noise write σ for a scale — ``y = x + \sigma\varepsilon``, ``y \sim \mathcal{N}(\mu, \tau^2 +
\sigma^2)`` — and then ``y - \frac{\sigma^2(y - \mu)}{\tau^2 + \sigma^2}``, the variance times the bracket: read as
the squared sigmoid of y − μ, the correct step was FAILED (fresh44). :mod:`verifier.documents.selfapplied` reads
σ before a bracket as a factor when the bracket writes σ itself or holds numbers alone; this module owns the case of
a bracket of other quantities, and only with two pieces of evidence:

* the notes' math writes σ as a normal's spread: inside the second argument of ``\mathcal{N}(…, …)`` (not before a
  bracket there), or times a noise draw (``\sigma\varepsilon``, ``\sigma\,\epsilon``) — :func:`spread_in_math`;
* the formula's line writes σ as a value too (not before a bracket, a prime or a subscript), and the σ before the
  bracket carries a power (``\sigma^2(``): the sigmoid squared at a point is rare, the variance times a bracket is
  everyday algebra in such notes.

A plain ``\sigma(…)`` is left alone: Bayesian logistic regression writes the sigmoid ``\sigma(y_i w^\top x_i)``
beside a prior ``\mathcal{N}(0, \sigma^2 I)``. The reader leaves σ out of the functions of such a formula, as it does
for :func:`verifier.documents.selfapplied.applied_to_itself`.
"""

from __future__ import annotations

import functools
import re

from verifier.documents.mathspans import formulas
from verifier.latex.braces import bracket_end, split_top_level

__all__ = ["scaled_spread", "spread_in_math"]

_HEAD = r"\\sigma(?![A-Za-z'_])"
_POWER = r"\s*\^\s*(?:\{[^{}]{1,8}\}|[0-9])"
_OPEN = r"\s*(?:\\left\s*|\\[bB]igg?l?\s*)?\("
#: σ as a value: not before a bracket (with or without a power), a prime or a subscript
_VALUE = re.compile(_HEAD + r"(?:" + _POWER + r")?(?!\s*\^)(?!" + _OPEN + r")")
_POWERED_CALL = re.compile(_HEAD + _POWER + _OPEN)
_NORMAL = re.compile(r"\\mathcal\s*(?:\{\s*N\s*\}|N)" + _OPEN)
_NOISE = re.compile(_HEAD + r"(?:\s|\\[,;:!])*\\(?:var)?epsilon(?![A-Za-z])")


@functools.lru_cache(maxsize=8)
def spread_in_math(text: str) -> bool:
    r"""Does a formula of ``text`` write σ as a value in the second argument of ``\mathcal{N}(…, …)``, or times a
    noise draw ``\varepsilon``?"""
    if "\\sigma" not in text:
        return False
    for formula in formulas(text):
        body = formula.body
        if "\\sigma" not in body:
            continue
        if _NOISE.search(body):
            return True
        for m in _NORMAL.finditer(body):
            close = bracket_end(body, m.end() - 1)
            if close < 0:
                continue
            parts = split_top_level(body[m.end() : close], lambda s, k: s[k] in ",;")
            if len(parts) >= 2 and _VALUE.search(parts[1]):
                return True
    return False


def scaled_spread(latex: str, line: str, text: str) -> frozenset[str]:
    r"""``{"sigma"}`` where ``latex`` writes σ with a power before a bracket, ``line`` (the formula's line) writes σ
    as a value and the notes' ``text`` makes σ a normal's spread in its math (module docstring)."""
    if "\\sigma" not in latex or _POWERED_CALL.search(latex) is None or _VALUE.search(line) is None:
        return frozenset()
    return frozenset({"sigma"}) if spread_in_math(text) else frozenset()
