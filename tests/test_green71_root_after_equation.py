r"""A root stated after an intermediate equation must solve it (green71; red70's probes z02 and z03).

"Setting it to zero, $6x = 12$, so the minimiser is $x = 3$" and ".tex: Setting it to zero: $k(1 - \theta) = (n - k)
\theta$, hence $\hat\theta = n/k$": the equation was PROVED (a multiple of the derivative set to zero) and the root
after it was no step, so the wrong root left the notes green. The root is now checked in the equation before it
(documents.solvedprose, documents.solvedvalues): FAILED where it does not solve it, PROVED where it is its only root."""

from __future__ import annotations

from support import verdicts_by_line

QUADRATIC = """# A quadratic

Let $g(x) = 3x^2 - 12x + 1$. Its derivative is
$$g'(x) = 6x - 12$$
Setting it to zero, $6x = 12$, so the minimiser is $x = ROOT$.
"""

COIN = r"""\documentclass{article}
\usepackage{amsmath}
\begin{document}
The log-likelihood of $n$ flips with $k$ heads is $\ell(\theta) = k \log \theta + (n - k) \log(1 - \theta)$, and
\begin{equation*}
\ell'(\theta) = \frac{k}{\theta} - \frac{n - k}{1 - \theta}.
\end{equation*}
Setting it to zero: $k(1 - \theta) = (n - k)\theta$, hence $\hat\theta = ROOT$.
\end{document}
"""

RATE = """# A rate

The log-likelihood of $n$ waiting times with sum $s$ is $\\ell(\\lambda) = n \\log \\lambda - \\lambda s$, so
$$\\ell'(\\lambda) = \\frac{n}{\\lambda} - s$$
Setting it to zero, $\\lambda s = n$, hence $\\lambda^* = ROOT$.
"""


def test_a_wrong_minimiser_after_the_equation_fails() -> None:
    assert "FAILED" in verdicts_by_line(QUADRATIC.replace("ROOT", "3"))[5]


def test_the_right_minimiser_after_the_equation_is_green() -> None:
    got = verdicts_by_line(QUADRATIC.replace("ROOT", "2"))
    assert "FAILED" not in [v for vs in got.values() for v in vs]
    assert got[5][-1] == "PROVED"


def test_a_wrong_estimate_of_the_letters_fails() -> None:
    assert "FAILED" in verdicts_by_line(COIN.replace("ROOT", "n/k"), "notes.tex")[8]


def test_the_right_estimate_of_the_letters_is_not_failed() -> None:
    got = verdicts_by_line(COIN.replace("ROOT", "k/n"), "notes.tex")
    assert "FAILED" not in [v for vs in got.values() for v in vs]
    assert got[8][-1] == "PROVED"


def test_a_starred_rate_is_checked_too() -> None:
    assert "FAILED" in verdicts_by_line(RATE.replace("ROOT", "s/n"))[5]
    right = verdicts_by_line(RATE.replace("ROOT", "n/s"))
    assert "FAILED" not in [v for vs in right.values() for v in vs] and right[5][-1] == "PROVED"


def test_a_root_after_an_equation_read_as_a_definition_is_not_green() -> None:
    # "$n = \lambda s$" opens with a name: learned as n's definition, the equation says nothing to solve; the wrong
    # root after it is then not decided, and must not be green (nor the right one FAILED)
    note = RATE.replace("\\lambda s = n", "n = \\lambda s")
    wrong = verdicts_by_line(note.replace("ROOT", "s/n")).get(5, [])
    assert not set(wrong) & {"PROVED", "PASSED"}
    right = verdicts_by_line(note.replace("ROOT", "n/s"))
    assert "FAILED" not in [v for vs in right.values() for v in vs]
