r"""``\frac{d}{d\,\mathrm{MSE}}``: a derivative by a name written as a word, not a fraction d/(d·MSE).

PSNR notes differentiate by the mean squared error written in roman type:
``\frac{d}{d\,\mathrm{MSE}}\big(-10\log_{10}\mathrm{MSE}\big) = -\frac{10}{\mathrm{MSE}\ln 10}``. The
denominator's ``d`` was taken as a differential only before a letter or a Greek name, so the operator was
read as the fraction ``d/(d\,\mathrm{MSE}) = 1/\mathrm{MSE}`` times the bracket: a correct derivative read
as ``-10\log_{10}(\mathrm{MSE})/\mathrm{MSE}`` (SKIPPED only as an equation between undeclared
quantities), and a wrong one (the ``\ln 10`` dropped) never checked. A word name after the ``d`` is a
differential too."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _verdicts(display: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(f"# Sensitivity\n\nLet $\\mathrm{{MSE}} > 0$.\n\n$${display}$$\n")]


def test_a_derivative_by_a_word_name_is_proved() -> None:
    assert _verdicts(r"\frac{d}{d\,\mathrm{MSE}}\Big(\mathrm{MSE}^2 + 3\,\mathrm{MSE}\Big) = "
                     r"2\,\mathrm{MSE} + 3") == [Verdict.PROVED]
    assert _verdicts(r"\frac{d}{d\mathrm{MSE}}\Big(-10 \log_{10}\mathrm{MSE}\Big) = "
                     r"-\frac{10}{\mathrm{MSE}\,\ln 10}") == [Verdict.PROVED]


def test_a_wrong_derivative_by_a_word_name_fails() -> None:
    assert _verdicts(r"\frac{d}{d\,\mathrm{MSE}}\Big(-10 \log_{10}\mathrm{MSE}\Big) = "
                     r"-\frac{10}{\mathrm{MSE}}") == [Verdict.FAILED]
