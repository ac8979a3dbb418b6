r"""A number the prose states in words for the derivative the notes worked: "the derivative is $-0.5$" (green72).

lead71's ``d04-bce-logits.wrong4``: after the notes define ℓ(z) and display ℓ'(z), "at $z = 0$ with $y = 1$ … the
derivative is $0.5$" was no step at all (a lone number is no chain), so the planted sign slip left the line green.
The words tie the number to the one derivative the section works, at the point the sentence states: it is checked
as ``\ell'(0) = 0.5`` would be (documents.wordedvalues). Never read where the tie is in doubt: no point stated, two
derivatives in the section, a quantity the words do not name. Every note is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# A loss on logits

With a logit $z$ and a label $y$, the loss is $\ell(z) = \log(1 + e^{z}) - y z$.

Differentiating,

$$
\ell'(z) = \frac{e^{z}}{1 + e^{z}} - y .
$$

Example: at $z = 0$ with $y = 1$ the derivative is $VALUE$.
"""

_LINE = 11


def test_a_wrong_number_stated_in_words_for_the_derivative_is_failed() -> None:
    assert verdicts_by_line(_NOTE.replace("VALUE", "0.5"))[_LINE] == ["FAILED"]


def test_the_right_number_stated_in_words_for_the_derivative_is_green() -> None:
    assert verdicts_by_line(_NOTE.replace("VALUE", "-0.5"))[_LINE] in (["PROVED"], ["PASSED"])


def test_other_words_that_state_the_value_are_read_too() -> None:
    for words in ("the derivative equals $VALUE$", "we get a derivative of $VALUE$",
                  "the slope there is $VALUE$", "the derivative of $\\ell$ is $VALUE$"):
        note = _NOTE.replace("the derivative is $VALUE$", words)
        assert verdicts_by_line(note.replace("VALUE", "0.5"))[_LINE] == ["FAILED"], words
        assert verdicts_by_line(note.replace("VALUE", "-0.5"))[_LINE] in (["PROVED"], ["PASSED"]), words


def test_a_leibniz_derivative_is_the_antecedent_too() -> None:
    note = _NOTE.replace("\\ell'(z) =", "\\frac{d\\ell}{dz} =")
    assert verdicts_by_line(note.replace("VALUE", "0.5"))[_LINE] == ["FAILED"]
    assert verdicts_by_line(note.replace("VALUE", "-0.5"))[_LINE] in (["PROVED"], ["PASSED"])


def test_no_point_stated_reads_nothing() -> None:
    note = _NOTE.replace("at $z = 0$ with $y = 1$ ", "with $y = 1$ ")
    assert _LINE not in verdicts_by_line(note.replace("VALUE", "0.5"))


def test_two_derivatives_in_the_section_read_nothing() -> None:
    note = _NOTE.replace("Example:", "Also $g(z) = z^2$ and $g'(z) = 2z$.\n\nExample:")
    assert _LINE + 2 not in verdicts_by_line(note.replace("VALUE", "0.5"))


def test_a_quantity_the_words_do_not_name_reads_nothing() -> None:
    note = _NOTE.replace("the derivative is", "the step size is")
    assert _LINE not in verdicts_by_line(note.replace("VALUE", "0.5"))


def test_a_derivative_of_another_section_reads_nothing() -> None:
    note = _NOTE.replace("Example:", "# Another topic\n\nExample:")
    assert _LINE + 2 not in verdicts_by_line(note.replace("VALUE", "0.5"))
