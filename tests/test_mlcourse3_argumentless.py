r"""``f(\mathbf{x})`` under 𝔼 where the notes write ``f`` alone elsewhere: the value f; ``\hat{f}(x)`` applies f̂."""

from __future__ import annotations

from support import doc_steps

from verifier.latex import DEFAULT_FUNCTIONS, parse_latex
from verifier.results import Verdict

NOTES = r"""
    The target is $y = f\left(\textbf{x}\right) + \epsilon$ for a deterministic function $f\left(\textbf{x}\right)$
    and noise $\epsilon \sim \mathcal{N}(0, \sigma^2)$; $\widehat{f}\left(\textbf{x}\right)$ is our estimate.

    $$\mathbb{E}\left[\left(y - \widehat{f}\left(\textbf{x}\right)\right)^2\right]
    = \mathbb{E}\left[y^2\right] + \mathbb{E}\left[\widehat{f}^2\right] - 2\mathbb{E}\left[y\widehat{f}\right]$$

    For clarity we omit the argument of the functions:

    $$\mathbb{E}\left[y\right] = f$$
    """


def test_the_hat_of_a_function_letter_is_applied() -> None:
    tree = parse_latex(r"\widehat{f}\left(\mathbf{x}\right)", functions=DEFAULT_FUNCTIONS)
    assert str(tree) == "fhat(x)"


def test_an_application_under_the_expectation_is_the_value_written_alone_elsewhere() -> None:
    steps = doc_steps(NOTES)
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED]
    assert "f(…) read as the value f" in steps[0].message
    assert "fhat(…) read as the value fhat" in steps[0].message


def test_a_wrong_expansion_is_not_green() -> None:
    wrong = NOTES.replace(r"- 2\mathbb{E}\left[y\widehat{f}\right]$$", r"- \mathbb{E}\left[y\widehat{f}\right]$$")
    assert wrong != NOTES
    assert doc_steps(wrong)[0].verdict not in (Verdict.PROVED, Verdict.PASSED)


def test_without_the_bare_name_the_application_stays_unread() -> None:
    alone = NOTES.replace(r"$$\mathbb{E}\left[y\right] = f$$", r"$$\mathbb{E}\left[\epsilon\right] = 0$$")
    assert doc_steps(alone)[0].verdict is Verdict.SKIPPED
