r"""Worked numbers that still passed: a rounding re-expressed as a formula, two term errors that cancel, units
multiplied, byte prefixes (sound37; rounding36 and redteam36 left them).
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _verdicts(display: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(f"# R\n\nWe compute\n\n$${display}$$\n")]


def test_a_rounding_re_expressed_as_a_formula_still_rounds_twice() -> None:
    verdicts = _verdicts(r"\frac{0.898}{2} = 0.449 \approx 0.45 = \frac{0.9}{2} \approx 0.5")
    assert verdicts[-1] is Verdict.FAILED, verdicts


def test_a_value_re_expressed_and_rounded_once_stays_green() -> None:
    verdicts = _verdicts(r"\frac{0.898}{2} = 0.449 = \frac{0.898}{2} \approx 0.45")
    assert all(v.ok for v in verdicts), verdicts
    verdicts = _verdicts(r"\sqrt{2} \approx 1.41 = \frac{2.82}{2} \approx 1.4")
    assert all(v.ok for v in verdicts), verdicts


def test_two_wrong_terms_whose_errors_cancel_are_not_green() -> None:
    verdicts = _verdicts(r"e^{-0.5} + e^{-1} = 0.608 + 0.366")
    assert verdicts and not any(v.ok for v in verdicts), verdicts


def test_terms_each_rounded_right_stay_green() -> None:
    assert all(v.ok for v in _verdicts(r"e^{-0.5} + e^{-1} = 0.607 + 0.368"))
    assert all(v.ok for v in _verdicts(r"e^{-0.5} + e^{-1} = 0.368 + 0.607"))  # the terms in another order


def test_units_multiplied_are_not_proved_in_the_unit_of_one() -> None:
    verdicts = _verdicts(r"2\,\text{bits} \cdot 3\,\text{bits} = 6\,\text{bits}")
    assert verdicts and not any(v.ok for v in verdicts), verdicts
    verdicts = _verdicts(r"\frac{6\,\text{bits}}{2\,\text{bits}} = 3\,\text{bits}")
    assert verdicts and not any(v.ok for v in verdicts), verdicts


def test_a_unit_times_a_number_stays_proved() -> None:
    assert _verdicts(r"2\,\text{bits} \cdot 3 = 6\,\text{bits}") == [Verdict.PROVED]
    assert _verdicts(r"2\,\text{bits} + 3\,\text{bits} = 5\,\text{bits}") == [Verdict.PROVED]


def test_byte_prefixes_are_converted() -> None:
    assert _verdicts(r"1\,\text{KiB} = 1000\,\text{bytes}") == [Verdict.FAILED]
    assert _verdicts(r"1\,\text{KiB} = 1024\,\text{bytes}") == [Verdict.PROVED]
    assert _verdicts(r"1\,\text{kB} = 1000\,\text{bytes}") == [Verdict.PROVED]
    assert _verdicts(r"2\,\text{MiB} = 2048\,\text{KiB}") == [Verdict.PROVED]
    assert _verdicts(r"1\,\text{MB} = 1024\,\text{kB}") == [Verdict.FAILED]


def test_a_byte_multiple_with_the_unit_in_the_prose_is_converted() -> None:
    steps = doc_steps("# U\n\nSo $1\\,\\text{KiB} = 1000$ bytes here, and $1\\,\\text{KiB} = 1024$ bytes there.\n")
    assert [s.verdict for s in steps] == [Verdict.FAILED, Verdict.PROVED], [(s.verdict, s.message) for s in steps]


def test_a_product_of_prices_and_a_unit_squared_are_not_green() -> None:
    for display in (r"\$2 \cdot \$3 = \$6", r"(2\,\text{bits})^2 = 4\,\text{bits}"):
        verdicts = _verdicts(display)
        assert verdicts and not any(v.ok for v in verdicts), (display, verdicts)
    assert _verdicts(r"\$2 \cdot 3 = \$6") == [Verdict.PROVED]
