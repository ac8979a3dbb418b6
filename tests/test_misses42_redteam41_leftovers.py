r"""redteam41's two leftovers (misses42).

* ``\frac{t^2}{t} = 0 \Rightarrow t = 0`` was PROVED "follows from the equation before it": SymPy cancels t²/t to t
  when it builds the member, so the excluded root was not seen. The LaTeX's divisors are read back
  (documents.writtendivisors): a value that makes one 0 is no solution — SKIPPED, never green.
* "Suppose $X$ takes the values 1 and 4 with equal probability, and we have $\mathbb{E}[X] = 3$" made
  ``2\mathbb{E}[X] + 1 = 7`` PROVED under the wrong mean (2.5). The words give the distribution
  (documents.wordeddistribution): the statement is FAILED, and what rests on it SKIPPED (documents.premises)."""

from __future__ import annotations

import pytest
import sympy as sp
from support import verdicts_by_line

from verifier.documents.wordeddistribution import worded_distributions
from verifier.documents.writtendivisors import excluded_root, written_divisors
from verifier.latex import parse_latex


def test_the_divisors_as_written() -> None:
    assert written_divisors("\\frac{t^2}{t} + \\dfrac{1}{t - 1} + \\frac12", parse_latex) == [
        sp.Symbol("t"), sp.Symbol("t") - 1]
    t = sp.Symbol("t")
    assert excluded_root(t, sp.Integer(0), ("\\frac{t^2}{t}", "0"), parse_latex) is not None
    assert excluded_root(t, sp.Integer(2), ("\\frac{t^2}{t}", "2"), parse_latex) is None


@pytest.mark.parametrize(("display", "verdict"), [
    ("\\frac{t^2}{t} = 0 \\Rightarrow t = 0", "SKIPPED"),  # was PROVED
    ("\\frac{t^2 + t}{t} = 1 \\Rightarrow t = 0", "SKIPPED"),  # was PROVED "the only real solution"
    ("\\frac{t^2}{t} = 2 \\Rightarrow t = 2", "PROVED"),
])
def test_a_root_the_written_fraction_excludes_is_not_green(display: str, verdict: str) -> None:
    lines = verdicts_by_line(f"# Solve\n\n$${display}$$\n")
    assert lines[3][-1] == verdict, lines


def test_a_distribution_in_words_is_read() -> None:
    text = "Suppose $X$ takes the values 1 and 4 with equal probability.\n\nLet $Y$ take values $0$ or $2$."
    assert worded_distributions(text)[0][:4] == ("X", (1, 4), (sp.Rational(1, 2), sp.Rational(1, 2)), 1)
    weighted = "$Z$ takes the values $0$, $1$ and $2$ with probabilities 0.2, 0.5 and 0.3."
    assert worded_distributions(weighted)[0][2] == (sp.Rational(1, 5), sp.Rational(1, 2), sp.Rational(3, 10))
    assert worded_distributions("$Z$ takes the values 0 and 1 with probabilities 0.2 and 0.5.") == []  # not 1


@pytest.mark.parametrize(("mean", "after", "verdicts"), [
    ("3", "7", (["FAILED"], ["SKIPPED"])),  # 2𝔼[X] + 1 = 7 was PROVED under the wrong mean
    ("2.5", "6", (["PROVED"], ["PROVED"])),
])
def test_a_moment_stated_of_a_worded_distribution_is_judged(mean: str, after: str, verdicts: tuple) -> None:
    notes = (f"# Mean\n\nSuppose $X$ takes the values 1 and 4 with equal probability, and we have "
             f"$\\mathbb{{E}}[X] = {mean}$.\n\n$$2\\mathbb{{E}}[X] + 1 = {after}$$\n")
    lines = verdicts_by_line(notes)
    assert (lines[3], lines[5]) == verdicts, lines


def test_the_variance_of_a_worded_distribution() -> None:
    notes = ("# Spread\n\n$X$ takes the values 1 and 4 with equal probability, so\n\n"
             "$$\\operatorname{Var}(X) = VALUE$$\n")
    assert verdicts_by_line(notes.replace("VALUE", "2.25"))[5] == ["PROVED"]
    assert verdicts_by_line(notes.replace("VALUE", "2.5"))[5] == ["FAILED"]
