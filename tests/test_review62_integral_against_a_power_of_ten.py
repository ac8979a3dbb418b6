r"""An integral equal to a power of ten is checked, not an internal ERROR (shownroundings).

``$$\int_0^1 x \, dx = 1e-2$$`` (E notation, read as 10⁻² since the lead's merge of red62 and redcat62) and
``$$\int_0^1 2e^{x} \, dx = \left(2 \cdot 10^{-2}\right)$$`` were "internal error while checking this chain:
PrintMethodNotImplementedError … Integral": the rounding reading (documents.shownroundings) evaluates each part
of the members with lambdify, whose printer has no Integral. A part it cannot print has no value there, as one
it cannot evaluate; the step is FAILED as ``\int_0^1 x \, dx = 0.01`` is.
"""

from __future__ import annotations

from support import verdicts_by_line


def test_a_wrong_integral_against_a_power_of_ten_is_failed() -> None:
    for right in ("1e-2", r"\left(2 \cdot 10^{-2}\right)", r"2 \cdot 10^{-2}"):
        got = verdicts_by_line(f"# V\n\n$$\\int_0^1 x \\, dx = {right}$$\n")
        assert got[3] == ["FAILED"], (right, got)


def test_a_right_one_is_proved() -> None:
    assert verdicts_by_line("# V\n\n$$\\int_0^1 x \\, dx = 5e-1$$\n")[3] == ["PROVED"]
