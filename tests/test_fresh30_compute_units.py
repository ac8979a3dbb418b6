r"""Units of compute and time after a worked number: ``1.2 \times 10^{10} \text{ FLOPs}``, ``3 \text{ s}``.

Back-of-the-envelope notes on training cost write ``C = 6 \cdot 10^9 \cdot 2 \times 10^{10} = 1.2 \times 10^{20}
\text{ FLOPs}``. The unit was read as a name multiplying the number, so the link was an equation between
undeclared quantities: SKIPPED, the right product and a wrong power of ten alike (fresh30's compute-budget note).
FLOPs, decibels and the units of time are unit words now, as nats and bytes were (latex.units): the number is
compared, and a link from seconds to days (different units) is still not compared."""

from __future__ import annotations

from support import doc_steps

from verifier.latex.units import units_in
from verifier.results import Verdict


def _verdicts(inline: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(f"# Compute\n\nThe cost is ${inline}$.\n")]


def test_flops_after_a_number_are_a_unit() -> None:
    assert units_in(r"1.2 \times 10^{20} \text{ FLOPs}") == units_in(r"3\,\mathrm{FLOP}")
    assert units_in(r"42.69 \text{ dB}") and units_in(r"3 \times 10^6 \text{ s}") != units_in(r"34.7 \text{ days}")


def test_a_product_in_flops_is_checked() -> None:
    assert _verdicts(r"6 \cdot 10^9 \cdot 2 = 1.2 \times 10^{10} \text{ FLOPs}") == [Verdict.PROVED]
    assert _verdicts(r"6 \cdot 10^9 \cdot 2 = 1.2 \times 10^{9} \text{ FLOPs}") == [Verdict.FAILED]


def test_seconds_and_days_are_not_compared() -> None:
    assert _verdicts(r"3 \times 10^6 \text{ s} = 34.7 \text{ days}") == [Verdict.SKIPPED]
