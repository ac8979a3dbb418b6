r"""A step green under the nearest definition of a redefined name, that the notes' stated values tie to an earlier
definition under which it fails, is not green (sound58; fresh56's Hill function, wrong6).

The notes define a general curve with a parameter of its own (``m``), then restate it for one value of the
parameter (``m = 1``), then work numbers with the parameter stated again ("Take $m = 3$"). Read with the nearest
definition (the ``m = 1`` form) a wrong number holds; read with the general one at the stated ``m`` it fails. The
prose stating ``m`` says which meaning the line has, but the nearest reading is plausible too: SKIPPED, naming the
two definitions. Where no value of the earlier body's own names is stated after the redefinition, nothing ties the
step to the earlier meaning: it stays green (notes reuse letters for new examples all the time). Every note is
written here."""

from __future__ import annotations

from support import line_of, verdicts_by_line

_GREEN = ("PROVED", "PASSED")

_MD = r"""
# Saturation

The saturation curve is

$$
s(x) = \frac{x^m}{c^m + x^m}
$$

with $c > 0$ and an integer $m \ge 1$.

## The simplest case

With $m = 1$ it is the curve $s(x) = \frac{x}{c + x}$.

## Numbers

Take {values}, $x = 2$: {claim}.
"""

_TEX = r"""
\documentclass{article}
\begin{document}
\section{Saturation}
The saturation curve is
\begin{equation}
s(x) = \frac{x^m}{c^m + x^m}
\end{equation}
with $c > 0$ and an integer $m \ge 1$.

\section{The simplest case}
With $m = 1$ it is the curve $s(x) = \frac{x}{c + x}$.

\section{Numbers}
Take {values}, $x = 2$: {claim}.
\end{document}
"""


def _at(template: str, claim: str, values: str = "$m = 3$, $c = 1$", path: str = "notes.md") -> list[str]:
    text = template.replace("{values}", values).replace("{claim}", claim)
    return verdicts_by_line(text, path)[line_of(text, "Take ")]


def test_a_wrong_number_green_only_under_the_restated_form_is_skipped() -> None:
    # the step through s is SKIPPED; 2/(1 + 2) = 2/3 is arithmetic and stays PROVED
    verdicts = _at(_MD, r"$s(2) = \frac{2}{1 + 2} = \frac{2}{3}$")
    assert verdicts == ["SKIPPED", "PROVED"], verdicts


def test_the_same_in_latex() -> None:
    verdicts = _at(_TEX, r"$s(2) = \frac{2}{1 + 2} = \frac{2}{3}$", path="notes.tex")
    assert verdicts == ["SKIPPED", "PROVED"], verdicts


def test_a_number_wrong_under_both_meanings_is_failed() -> None:
    verdicts = _at(_MD, r"$s(2) = \frac{3}{4}$")
    assert verdicts == ["FAILED"], verdicts


def test_a_number_right_under_both_meanings_stays_green() -> None:
    # m = 1 stated again: the general curve at m = 1 is the restated one
    verdicts = _at(_MD, r"$s(2) = \frac{2}{1 + 2} = \frac{2}{3}$", values="$m = 1$, $c = 1$")
    assert verdicts and all(v in _GREEN for v in verdicts), verdicts


def test_no_stated_value_of_the_earlier_names_keeps_the_nearest_reading() -> None:
    # nothing after the redefinition names m: the step is read with the nearest definition, as written
    verdicts = _at(_MD, r"$s(2) = \frac{2}{1 + 2} = \frac{2}{3}$", values="$c = 1$")
    assert verdicts and all(v in _GREEN for v in verdicts), verdicts


_NEW_EXAMPLE = r"""
# Two examples

## Example 1

Let $f(x) = a x^2$ with $a = 2$. Then $f(3) = 18$.

## Example 2

Let $f(x) = \sin x$. Then $f'(0) = 1$.
"""


def test_a_value_stated_before_the_redefinition_ties_nothing() -> None:
    # a = 2 belongs to the first example; the second example's step is read with its own definition
    verdicts = verdicts_by_line(_NEW_EXAMPLE)[line_of(_NEW_EXAMPLE, r"\sin x")]
    assert verdicts and all(v in _GREEN for v in verdicts), verdicts


def test_a_value_stated_in_another_section_ties_nothing() -> None:
    # m = 3 is stated after the redefinition, but for the plots of another section
    text = _MD.replace("## Numbers", "## Plots\n\nThe plots use $m = 3$.\n\n## Numbers")
    text = text.replace("{values}", "$c = 1$").replace("{claim}", r"$s(2) = \frac{2}{1 + 2} = \frac{2}{3}$")
    verdicts = verdicts_by_line(text)[line_of(text, "Take ")]
    assert verdicts and all(v in _GREEN for v in verdicts), verdicts
