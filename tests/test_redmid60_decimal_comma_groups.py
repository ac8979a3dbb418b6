r"""A decimal comma before exactly three digits, ``1{,}750``, in notes that write their decimals with a comma.

redmid60 (red team of stop 60): ``{,}`` before three digits after a whole number other than 0 was always read
as a thousands separator (latex.numberwriting), as English notes write counts (``10{,}000``). In notes that
write their decimals with a comma (German, French, Spanish, Portuguese LaTeX: ``0{,}5`` elsewhere) that is the
wrong reading: ``1{,}250 + 0{,}5 = 1{,}750`` and ``e^{1{,}2} \approx 3{,}320`` were FAILED on ad88180f (and on
fresh62's 02e7bae5). Notes that write a comma only before three digits, or two groups (``1{,}000{,}000``),
keep the thousands reading. Every example is written here."""

from __future__ import annotations

from support import line_of, verdicts_by_line

from verifier.latex.numberwriting import decimal_comma_groups


def test_a_sum_of_decimal_commas_is_proved() -> None:
    text = "# Beispiel\n\nEs gilt\n\n$$1{,}250 + 0{,}5 = 1{,}750$$\n"
    assert verdicts_by_line(text)[line_of(text, "1{,}250 +")] == ["PROVED"]


def test_a_slip_in_the_sum_stays_failed() -> None:
    text = "# Beispiel\n\nEs gilt\n\n$$1{,}250 + 0{,}5 = 1{,}850$$\n"
    assert verdicts_by_line(text)[line_of(text, "1{,}250 +")] == ["FAILED"]


def test_a_worked_value_rounded_to_three_decimals_passes() -> None:
    text = "# Beispiel\n\nMit $z = 1{,}2$ gilt\n\n$$e^{z} = e^{1{,}2} \\approx 3{,}320$$\n"
    got = verdicts_by_line(text)[line_of(text, "e^{z} =")]
    assert "FAILED" not in got and got[-1] == "PASSED"


def test_a_wrong_worked_value_stays_failed() -> None:
    text = "# Beispiel\n\nMit $z = 1{,}2$ gilt\n\n$$e^{z} = e^{1{,}2} \\approx 3{,}420$$\n"
    assert verdicts_by_line(text)[line_of(text, "e^{z} =")][-1] == "FAILED"


def test_thousands_in_english_notes_are_kept() -> None:
    # a count written 10{,}000 beside a decimal point: no decimal comma anywhere, the thousands reading stands
    text = "# Example\n\nWith $n = 10{,}000$ samples and $p = 0.03$:\n\n$$n p = 10{,}000 \\cdot 0.03 = 0.3$$\n"
    assert verdicts_by_line(text)[line_of(text, "n p =")][-1] == "FAILED"


def test_which_notes_write_decimal_commas() -> None:
    assert decimal_comma_groups("$x = 0{,}5$ and $y = 1{,}250$") == "$x = 0{,}5$ and $y = 1.250$"
    assert decimal_comma_groups("$n = 10{,}000$, $p = 0.03$") == "$n = 10{,}000$, $p = 0.03$"
    assert decimal_comma_groups("$x = 2{,}5$ and $N = 1{,}000{,}000$") == "$x = 2{,}5$ and $N = 1{,}000{,}000$"
    assert decimal_comma_groups("$x = 0{,}5$, $N = 1{,}250.5$") == "$x = 0{,}5$, $N = 1{,}250.5$"
