r"""A primed bold letter that is a second vector: ``\mathbf{x}'`` beside ``\mathbf{x}``.

Kernel notes compare two inputs (``r = \|\mathbf{x} - \mathbf{x}'\|``, ``\nabla_{\mathbf{x}} k = k'(r)(\mathbf{x} -
\mathbf{x}')/r``), adversarial-example notes name the perturbed input (``\mathbf{x}' = \mathbf{x} + \epsilon\,
\mathrm{sign}(\nabla_{\mathbf{x}}\ell)``), optimisation notes the next iterate. The parser reads a prime as a
derivative by the chain's variable and refuses it where there is none ("a prime needs the differentiation
variable"), so every line writing the second vector was SKIPPED, right or wrong (fresh40). documents.primenames
names primed capitals and plain letters paired in a call (``k(x, x')``) or written beside themselves; a bold
letter was none of these (its ``}'`` even counts as a derivative written there).

This module owns the reading "a bold lower-case letter that some formula of the notes writes primed beside the
same letter unprimed, in a formula that writes no derivative (no ∂, ∇, d/d·, ``(…)'``), is a name of its own"
— unless the notes ever write it primed and applied (``\mathbf{x}'(t)``: the derivative of a curve) or twice
primed (``\mathbf{x}''``). The name is ``xprime`` in the bold command the notes used (``\mathbf{\mathit{xprime}}``),
an arbitrary vector: a step proved with it holds whatever it stands for; one relating it to the other side in a
way the checker cannot see is SKIPPED by the usual one-side-only guard.
"""

from __future__ import annotations

import functools
import re

from verifier.documents.mathspans import formulas

__all__ = ["PRIMED", "bold_primed_keys", "bold_primes", "name_bold_primes"]

_BOLD = r"\\(?:mathbf|bm|boldsymbol)\s*\{\s*"
#: a bold lower-case letter primed once and not applied (``\mathbf{x}'``, not ``\mathbf{x}'(t)`` nor ``\mathbf{x}''``)
PRIMED = re.compile(_BOLD + r"([a-z])\s*\}\s*'(?!')(?!\s*(?:\(|\\left|\\big|\\Big))")
_APPLIED_OR_TWICE = re.compile(_BOLD + r"([a-z])\s*\}\s*(?:'+\s*(?:\(|\\left|\\big|\\Big)|'')")
_DERIVATIVE = re.compile(
    r"\\partial|\\nabla|\\[dt]?frac\s*\{\s*(?:d|\\(?:mathrm|operatorname|text|rm)\s*\{?\s*d)|[)\]]\s*'"
)


@functools.lru_cache(maxsize=16)  # a pure function of the notes' text, asked at every parse that writes a prime
def bold_primes(text: str) -> frozenset[str]:
    """The lower-case letters ``text`` writes bold and primed beside themselves bold and unprimed in one formula
    without a derivative, never bold, primed and applied nor twice primed."""
    if "'" not in text:
        return frozenset()
    found: set[str] = set()
    for formula in (f.body for f in formulas(text)):
        if "'" not in formula or _DERIVATIVE.search(formula):
            continue
        for p in PRIMED.finditer(formula):
            if re.search(_BOLD + p.group(1) + r"\s*\}(?!\s*')", formula):  # the letter unprimed too
                found.add(p.group(1))
    return frozenset(found - {m.group(1) for m in _APPLIED_OR_TWICE.finditer(text)})


def name_bold_primes(src: str, letters: frozenset[str]) -> str:
    r"""``src`` with each ``\mathbf{x}'`` of a letter in ``letters`` written as a name of its own
    (``\mathbf{\mathit{xprime}}``)."""
    if not letters or "'" not in src:
        return src

    def one(m: re.Match[str]) -> str:
        if m.group(1) not in letters:
            return m.group(0)
        command = m.group(0)[: m.group(0).index("{")]
        return rf"{command}{{\mathit{{{m.group(1)}prime}}}}"

    return PRIMED.sub(one, src)


def bold_primed_keys(text: str, letters: frozenset[str] | None = None) -> set[tuple[str, tuple[()]]]:
    r"""The bold names (``("xprime", ())``) of the letters ``letters`` (default: :func:`bold_primes` of ``text``)
    that ``text`` writes bold and primed (``\mathbf{x}'``): a bold name is a vector's evidence."""
    if letters is None:
        letters = bold_primes(text)
    return {(f"{m.group(1)}prime", ()) for m in PRIMED.finditer(text) if m.group(1) in letters}
