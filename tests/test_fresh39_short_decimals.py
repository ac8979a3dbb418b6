r"""A short exact decimal written with a digit dropped is no truncation: ``0.04 - 0.01 \cdot 0.01 = 0.039``.

Truncation is a reading for a value with many digits (``e^{-1} = 0.36``: a calculator display cut short). A value
computed exactly from short decimals has few digits itself (0.04 − 0.0001 = 0.0399): written to fewer, it is
rounded (0.040) — written 0.039, a digit is wrong. It was PASSED "equal to the 3 decimals written" (fresh39: Yogi's
second-moment update in an optimiser note, a false pass).
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _last(chain: str) -> Verdict:
    return doc_steps(f"# Update\n\nBy hand, ${chain}$.\n")[-1].verdict


def test_a_short_exact_value_with_a_dropped_digit_fails() -> None:
    assert _last("0.04 - 0.01 \\cdot 0.01 = 0.039") is Verdict.FAILED
    assert _last("0.9 \\cdot 0.21 = 0.18") is Verdict.FAILED  # 0.189: rounded, 0.19


def test_a_short_exact_value_rounded_passes() -> None:
    assert _last("0.04 - 0.01 \\cdot 0.01 = 0.040") in (Verdict.PASSED, Verdict.PROVED)
    assert _last("0.04 - 0.01 \\cdot 0.01 = 0.0399") in (Verdict.PASSED, Verdict.PROVED)


def test_a_long_value_cut_short_still_passes() -> None:
    assert _last("e^{-1} = 0.36") is Verdict.PASSED
    assert _last("\\frac{2}{3} = 0.66") is Verdict.PASSED
