r"""``f^{(2)}`` of a function the notes define (or of σ) is its second derivative, not a new function (review24h).

read17 learns ``f^{(2)}(x) = …`` as the definition of a labelled function (a layer's map). Where the notes
define ``f`` itself (``f(x) = x^3``) or the head is a built-in function (σ), ``f^{(2)}`` is the derivative of
that order: learning the line as a definition let a wrong second derivative ``f^{(2)}(x) = 3x`` pass as the
notes' own and then made ``f^{(2)}(1) = 3`` PROVED and the correct ``f^{(2)}(1) = 6`` FAILED."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = "# Notes\n\nLet $f(x) = x^3$. Then $f'(x) = 3x^2$ and\n\n$$f^{{(2)}}(x) = {d}$$\n\n$$f^{{(2)}}(1) = {v}$$\n"


def test_a_wrong_second_derivative_is_not_taken_for_a_definition() -> None:
    steps = doc_steps(_NOTES.format(d="3x", v="3"))
    assert "defines" not in steps[-2].message, steps[-2].message
    assert not steps[-1].verdict.ok, steps[-1].message


def test_the_correct_value_of_the_second_derivative_is_not_failed() -> None:
    steps = doc_steps(_NOTES.format(d="6x", v="6"))
    assert steps[-1].verdict is not Verdict.FAILED, steps[-1].message


def test_sigma_with_an_order_is_not_defined_anew() -> None:
    notes = ("# Notes\n\nLet $\\sigma(z) = \\frac{1}{1+e^{-z}}$.\n\n"
             "$$\\sigma^{(2)}(z) = \\sigma(z)(1-\\sigma(z))(1+2\\sigma(z))$$\n")
    assert "defines" not in doc_steps(notes)[-1].message


def test_a_layer_map_the_notes_label_is_still_learned() -> None:
    steps = doc_steps("# Notes\n\nLet $f^{(2)}(x) = x^3$.\n\n$$f^{(2)}(2) = 8$$\n")
    assert steps[-1].verdict.ok, steps[-1].message


def test_the_function_and_its_order_on_one_line() -> None:
    steps = doc_steps("# Notes\n\nLet $f(x) = x^3$, so $f^{(2)}(x) = 3x$.\n\n$$f^{(2)}(1) = 3$$\n")
    assert not steps[-1].verdict.ok, steps[-1].message


def test_labelled_layers_composed_keep_their_labels() -> None:
    notes = ("# Notes\n\n$f(x) = f^{(2)}(f^{(1)}(x))$ with $f^{(1)}(x) = 2x$ and $f^{(2)}(x) = x^2$.\n\n"
             "$$f^{(2)}(3) = 9$$\n")
    assert doc_steps(notes)[-1].verdict.ok
