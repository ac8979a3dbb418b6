r"""A link between two exact numbers compares them exactly, however large (sound38; redteam37 left it).

``10^{20} + 0.5 = 10^{20} + 1`` and ``\lfloor 10^{20} + 0.5 \rfloor = 10^{20} + 1`` were PASSED "within the rounding
of the numbers written": the engine confirmed the two sides differ by 0.5 at high precision, but the rounding
reading compared them as 15-digit floats, which see no 0.5 beside 10²⁰. The later member writes no decimal (no
rounding is claimed), so the difference the engine confirmed is compared exactly. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _verdicts(display: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(f"# R\n\nWe compute\n\n$${display}$$\n")]


def test_a_half_beside_a_large_number_is_seen() -> None:
    assert _verdicts(r"10^{20} + 0.5 = 10^{20} + 1") == [Verdict.FAILED]
    assert _verdicts(r"\lfloor 10^{20} + 0.5 \rfloor = 10^{20} + 1") == [Verdict.FAILED]
    assert _verdicts(r"10^{9} + 0.5 = 10^{9} + 1") == [Verdict.FAILED]  # as at a small size


def test_exact_and_rounded_large_numbers_stay_green() -> None:
    assert all(v.ok for v in _verdicts(r"\lfloor 10^{20} + 0.5 \rfloor = 10^{20}"))
    assert all(v.ok for v in _verdicts(r"10^{20} + 0.5 = 10^{20} + \frac{1}{2}"))
    assert all(v.ok for v in _verdicts(r"10^{20} + 0.5 \approx 1.0 \times 10^{20}"))
    assert all(v.ok for v in _verdicts(r"\sqrt{2} \cdot 10^{20} \approx 1.414 \times 10^{20}"))
