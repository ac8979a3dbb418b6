r"""The sums of squares of regression notes written as acronyms are names: ``SS_{\text{res}}``, ``RSS`` (fresh57).

"$R^2 = 1 - \frac{SS_{\text{res}}}{SS_{\text{tot}}}$, $SS_{\text{res}} = \sum_i (y_i - \hat y_i)^2$" read ``SS`` letter
by letter, S times S_res: the definition was "S, S_res … appear on one side only", never learned, and every derivative
of R² after it SKIPPED ("S, S_res may depend on the variable of the derivative"), a wrong one too. In notes that speak
of sums of squares, R² or the coefficient of determination, each of these acronyms is one name, as ``TP`` is in notes
on a confusion matrix (documents.acronyms); elsewhere ``SS`` stays the product it was."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = ("# R squared\n\nThe residual sum of squares is\n\n$$SS_{\\text{res}} = \\sum_{i=1}^{n} (y_i - \\hat y_i)^2$$"
          "\n\nso\n\n$$\\frac{\\partial SS_{\\text{res}}}{\\partial \\hat y_i} = RESULT$$\n\nand with "
          "$$RSS = \\sum_{i=1}^{n} (y_i - \\hat y_i)^2$$\n\n$$\\frac{\\partial RSS}{\\partial \\hat y_i} = RESULT$$\n")


def test_sums_of_squares_are_names() -> None:
    steps = doc_steps(_NOTES.replace("RESULT", "-2(y_i - \\hat y_i)"))
    assert [s.verdict for s in steps][1::2] == [Verdict.PROVED, Verdict.PROVED], [s.message for s in steps]


def test_a_wrong_derivative_is_failed() -> None:
    steps = doc_steps(_NOTES.replace("RESULT", "-(y_i - \\hat y_i)"))
    assert [s.verdict for s in steps][1::2] == [Verdict.FAILED, Verdict.FAILED], [s.message for s in steps]


def test_without_the_topic_ss_is_a_product() -> None:
    steps = doc_steps("# B\n\nA quantity:\n\n$$SS_{\\text{res}} = \\sum_{i=1}^{n} (y_i - \\hat y_i)^2$$\n")
    assert "S_res" in steps[0].message, steps[0].message
