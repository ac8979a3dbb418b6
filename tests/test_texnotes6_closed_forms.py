r"""A worked example's substitution (``\sigma(wx + b) = \sigma(2) = 0.8808``) is checked at the values the
prose states, like the link to the decimal number; a wrong closed form is SKIPPED with both values.

The link to a closed form (a number written with known functions and no name: ``\sigma(2)``,
``[1, \tanh(-1)]``) cannot be an identity in the names, so it was "an unknown on one side only"
(SKIPPED, unchecked). Small notes written for these tests.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.stated import closed_form

_NOTES = r"""
# A neuron, worked

Take $w = 2$, $x = 1.5$ and $b = -1$.

$$
\sigma(w x + b) = RIGHT = 0.8808
$$
"""


def _link(right: str) -> tuple[str, str]:
    s = doc_steps(_NOTES.replace("RIGHT", right))[0]
    return s.verdict.name, s.message


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        (r"\sigma(2)", True),
        (r"[1, \sigma(-6), \sigma(6)]", True),
        (r"2 \cdot 1.5 - 1", True),
        (r"0.8808", False),  # a decimal: a worked number already
        (r"\sigma(w x + b)", False),
        (r"f(2)", False),  # a function the notes never define is no number a reader can compute
    ],
)
def test_closed_forms_are_numbers_written_with_known_functions(text: str, closed: bool) -> None:
    from verifier.latex.parser import parse_latex

    assert closed_form(text, parse_latex) is closed


def test_the_substitution_of_a_worked_example_is_checked_at_the_stated_values() -> None:
    verdict, message = _link(r"\sigma(2)")
    assert verdict in ("PROVED", "PASSED"), message
    assert "w = 2 (stated in the notes" in message, message


def test_a_wrong_substitution_is_skipped_with_both_values_never_green() -> None:
    verdict, message = _link(r"\sigma(3)")
    assert verdict == "SKIPPED", message
    assert "0.880797" in message and "0.952574" in message and "not called FAILED" in message, message


def test_a_vector_of_closed_forms_is_checked_at_the_stated_values() -> None:
    notes = r"""
# Two units

Take $a = 1$ and $c = -2$.

$$
[\tanh(a + c), \tanh(a - c)] = RIGHT = [-0.7616, 0.9951]
$$
"""
    good = doc_steps(notes.replace("RIGHT", r"[\tanh(-1), \tanh(3)]"))[0]
    assert good.verdict.name in ("PROVED", "PASSED"), good.message
    bad = doc_steps(notes.replace("RIGHT", r"[\tanh(-1), \tanh(2)]"))[0]
    assert bad.verdict.name == "SKIPPED", bad.message
