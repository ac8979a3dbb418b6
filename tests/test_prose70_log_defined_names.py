r"""``\log p_i = z_i - \log\sum_k e^{z_k}`` defines ``p_i`` as the exponential of its right side
(documents.logdefined's ``log_of_name``).

Log-softmax notes state the log-probabilities and differentiate them; p was "not defined in the notes", so every
step after it was SKIPPED (red69's 18-log-softmax). Where the notes write the name nowhere before that line and set
it equal to nothing elsewhere, the line says what p is. The right steps below were SKIPPED on the base; their wrong
twins are FAILED now. After ``p = \mathrm{softmax}(z)`` the same line stays a claim, checked as one.
"""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.logdefined import first_written, log_of_name

LOG_SOFTMAX = ("The log-probabilities are $\\log p_i = z_i - \\log\\sum_k e^{{z_k}}$. Therefore\n\n$$\n"
               "\\frac{{\\partial \\log p_i}}{{\\partial z_j}} = {rhs}\n$$\n")


def test_the_log_softmax_derivative_is_proved() -> None:
    assert verdicts_by_line(LOG_SOFTMAX.format(rhs="\\delta_{ij} - p_j"))[4] == ["PROVED"]


def test_the_log_softmax_derivative_with_the_wrong_entry_fails() -> None:
    assert verdicts_by_line(LOG_SOFTMAX.format(rhs="\\delta_{ij} - p_i"))[4] == ["FAILED"]


def test_a_logistic_output_defined_by_its_log() -> None:
    note = ("The model gives $\\log \\hat{{y}} = -\\log(1 + e^{{-z}})$, so\n\n$$\n"
            "\\frac{{d \\hat{{y}}}}{{d z}} = {rhs}\n$$\n")
    assert verdicts_by_line(note.format(rhs="\\hat{y}(1 - \\hat{y})"))[4] == ["PROVED"]
    assert verdicts_by_line(note.format(rhs="\\hat{y}(1 + \\hat{y})"))[4] == ["FAILED"]


def test_after_the_softmax_is_defined_the_line_is_a_claim() -> None:
    right = "Let $p = \\mathrm{softmax}(z)$. Then $\\log p_i = z_i - \\log\\sum_k e^{z_k}$.\n"
    wrong = "Let $p = \\mathrm{softmax}(z)$. Then $\\log p_i = z_i - \\sum_k e^{z_k}$.\n"
    assert verdicts_by_line(right)[1] == ["PROVED"]
    assert verdicts_by_line(wrong)[1] == ["FAILED"]


def test_a_name_given_a_value_elsewhere_is_not_defined_by_its_log() -> None:
    text = "The log-probabilities are $\\log p_i = z_i - \\log\\sum_k e^{z_k}$. Suppose also $p_i = 1/2$.\n"
    assert not first_written(text, "p_i", 1)
    note = text + "\n$$\n\\frac{\\partial \\log p_i}{\\partial z_j} = \\delta_{ij} - p_i\n$$\n"
    assert verdicts_by_line(note)[4] != ["PROVED"]


def test_which_left_sides_name_one_quantity() -> None:
    assert log_of_name("\\log p_i") == "p_i"
    assert log_of_name("\\ln \\hat{y}") == "\\hat{y}"
    assert log_of_name("\\log e") is None
    assert log_of_name("\\log p(x)") is None  # a call: documents.logdefined's conditional reading or none
    assert log_of_name("\\log p_i + 1") is None
