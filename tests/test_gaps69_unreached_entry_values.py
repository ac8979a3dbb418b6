# ruff: noqa: E501 (a note's display is one line)
r"""A value stated for another entry of a family is no input of a worked link (gaps69, item 2).

The stated values a worked link is read at are chosen by base name, so ``q_3 \approx 0.0900`` came along with
``-\log q_2`` (q₂ a closed form of the notes' own), and documents.exactslips, which calls a wrong number FAILED only
where every input is exact, kept a digit slip SKIPPED "q_3 is stated as a rounding". documents.reachedentries
leaves out the values of entries the link never reaches; one it does reach still counts."""

from __future__ import annotations

from types import SimpleNamespace

from support import verdicts_by_line

from verifier.documents.reachedentries import reached_values

NOTES = r"""
# Three classes

Logits $z = (2, 1, 0)$. Then

$$q_1 = \frac{e^2}{e^2 + e + 1} \approx 0.6652, \quad q_2 = \frac{e}{e^2 + e + 1} \approx 0.2447, \quad q_3 \approx 0.0900.$$

The loss of class 2 is

$$\ell = -\log q_2 \approx LOSS$$

and that of class 3 is

$$\ell_3 = -\log q_3 \approx LOSS3$$
"""


def _line(loss: str, loss3: str = "2.4079") -> dict[int, list[str]]:
    return verdicts_by_line(NOTES.replace("LOSS3", loss3).replace("LOSS", loss).strip() + "\n")


def test_the_right_loss_stays_passed() -> None:
    assert "FAILED" not in _line("1.4076")[9]
    assert "PASSED" in _line("1.4076")[9] or "PROVED" in _line("1.4076")[9]


def test_a_digit_slip_beside_another_entrys_rounding_is_failed() -> None:
    # failed on the base: SKIPPED "… a value computed from rounded inputs, another value of a name, or a slip"
    assert "FAILED" in _line("0.4076")[9]
    assert "FAILED" in _line("1.5076")[9]


def test_a_slip_reaching_the_rounded_entry_is_not_failed() -> None:
    # -log of the rounded 0.0900 is 2.4079; 3.4079 has one digit changed, but q_3 is stated only as a rounding
    verdicts = _line("1.4076", "3.4079")[13]
    assert "FAILED" not in verdicts and "PASSED" not in verdicts and "PROVED" not in verdicts, verdicts


def _parse(text: str):  # the notes' grammar, no context
    from verifier.latex import parse_latex

    return parse_latex(text)


def test_reached_values_keeps_written_entries_and_whole_families() -> None:
    values = [("q_3 = 0.09", "w"), ("q_2 = 0.24", "w"), ("T = 2", "w")]
    assert reached_values(values, ["-\\log q_2", "1.4"], SimpleNamespace(names={}), _parse) == values[1:]
    assert reached_values(values, ["\\sum_j q_j", "1"], SimpleNamespace(names={}), _parse) == values  # every entry of q
    assert reached_values(values, ["q^\\top q", "1"], SimpleNamespace(names={}), _parse) == values  # q as a whole
