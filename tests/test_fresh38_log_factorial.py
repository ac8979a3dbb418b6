r"""``\log x!`` (a function word before a factorial, no brackets) is log(x!), as in every Poisson log-likelihood.

``\log p(x) = x\log\lambda - \lambda - \log x!`` was unread ("unexpected '!'"): a function's argument written
without brackets took no factorial, while ``\log(x!)`` was read (fresh38's Fisher-information note).
"""

from __future__ import annotations

from support import doc_steps

from verifier.latex import parse_latex
from verifier.results import Verdict


def test_log_of_a_factorial_without_brackets() -> None:
    assert parse_latex(r"\log x!") == parse_latex(r"\log(x!)")
    assert parse_latex(r"\log 3!") == parse_latex(r"\log(3!)")


def test_a_poisson_score_is_checked() -> None:
    notes = r"""
    $$\frac{d}{d\lambda}\left(x\log\lambda - \lambda - \log x!\right) = \frac{x}{\lambda} - RHS$$
    """
    assert doc_steps(notes.replace("RHS", "1"))[-1].verdict is Verdict.PROVED
    assert doc_steps(notes.replace("RHS", "\\lambda"))[-1].verdict is Verdict.FAILED
