r"""A step through ``0 \log 0`` read under the convention the notes state: ``0 \log 0 = 0``.

documents.undefinedvalues SKIPS a step with a member that has no value as written (``0 \log 0`` is ``nan`` once
parsed): sampling cannot check a convention. But notes on entropy state theirs — "with the convention $0 \log 0 =
0$" — and the limit of x log x at 0 gives the same value, so a step through it has one meaning under every plausible
reading: "$$-(0 \log 0 + 1 \log 1) = 1$$" says 0 = 1 (sound52's leftover). This module owns that reading
(:func:`under_stated_convention`): where the text states the convention, a step SKIPPED by undefinedvalues whose
members are numbers alone once each written ``0 \log 0`` (``0\ln 0``, ``0 \log(0)``) is read as 0 is compared exactly:
FAILED where they differ, saying the convention. Where they agree the step stays SKIPPED (the convention's own
statement would otherwise prove itself); a member with names, or anything else undefined, leaves it as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from verifier.documents.members import _Chain
from verifier.documents.undefinedvalues import NO_VALUE
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["under_stated_convention"]

# ``0 \log 0``, ``0\ln 0``, ``0 \cdot \log(0)``, ``0 \log \left(0\right)``: not ``10 \log 0`` nor ``0 \log 0.5``
_ZERO_LOG_ZERO = re.compile(r"(?<![\d.])0\s*(?:\\cdot\s*)?\\(?:log|ln)\s*(?:\\left\s*)?(?:\(\s*0\s*(?:\\right\s*)?\)|"
                            r"\{\s*0\s*\}|0)(?![\d.])")
# the convention stated in a formula of the text: ``$0 \log 0 = 0$``
_CONVENTION = re.compile(r"\$\s*" + _ZERO_LOG_ZERO.pattern + r"\s*=\s*0\s*\$")
#: digits of the exact comparison
_DIGITS = 30


def under_stated_convention(r: StepResult, chain: _Chain, k: int, text: str,
                            parse: Callable[[str], sp.Basic]) -> StepResult:  # fmt: skip
    """``r`` (step ``k`` of ``chain``) FAILED where undefinedvalues SKIPPED it, the text states ``0 \\log 0 = 0`` and
    the two members, read with it, are different numbers (module docstring); else ``r``."""
    if r.verdict is not Verdict.SKIPPED or NO_VALUE not in r.message or _CONVENTION.search(text) is None:
        return r
    st = chain.steps[k]
    written = [chain.members[i].latex for i in (st.left, st.right)]
    read = [_ZERO_LOG_ZERO.sub(" 0 ", w) for w in written]
    if read == written:
        return r
    try:
        values = [sp.N(parse(t), _DIGITS) for t in read]
    except (LatexError, TypeError, ValueError, ArithmeticError):
        return r
    if not all(isinstance(v, sp.Expr) and v.is_number and v.is_real and v.is_finite for v in values):
        return r
    left, right = values
    if abs(left - right) <= sp.Float(10) ** (-_DIGITS // 2) * (1 + abs(left) + abs(right)):
        return r
    return replace(r, verdict=Verdict.FAILED, counterexample=None, curve=None, message=(
        f"under the notes' convention 0·log 0 = 0 (the limit of x log x at 0 too) the left side is "
        f"{float(left):.6g} and the right side {float(right):.6g}: they differ"))  # fmt: skip
