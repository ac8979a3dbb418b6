r"""Function heads with an accent, a number or a superscript label are the notes' functions (read17).

``\hat f(x) = …``, ``f_1(x) = …``, ``\tilde\sigma(z) = …``, ``f^{(2)}(x) = …`` defined with an argument list
were never learned: their applications (``\bar g(3)``, ``\tilde\sigma'(z)``, ``\frac{d}{dx} f_1(x)``) were
products or entries and SKIPPED. A hatted or numbered NAME the notes never define with arguments stays a
value (``\hat y (1 - \hat y)``, ``x_1(a + b)``). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.labelledheads import numbered_head, written_call_name
from verifier.results import Verdict


def _last(definition: str, step: str) -> tuple[Verdict, str]:
    r = doc_steps(f"# Notes\n\nLet ${definition}$.\n\n$${step}$$\n")[-1]
    return r.verdict, r.message


_CASES = [
    (r"\bar g(t) = t^2", r"\bar g(3) = 9", r"\bar g(3) = 8"),
    (r"\hat f(x) = x^2 + 3x", r"\hat f(2) = 10", r"\hat f(2) = 11"),
    (r"\hat f(x) = x^2 + 3x", r"\hat f'(x) = 2x + 3", r"\hat f'(x) = 2x + 2"),
    (r"\tilde\sigma(z) = \frac{1}{1+e^{-2z}}", r"\tilde\sigma'(z) = 2\tilde\sigma(z)(1-\tilde\sigma(z))",
     r"\tilde\sigma'(z) = \tilde\sigma(z)(1-\tilde\sigma(z))"),
    (r"f_1(x) = x^3", r"f_1(2) = 8", r"f_1(2) = 6"),
    (r"f_1(x) = x \sin x", r"\frac{d}{dx} f_1(x) = \sin x + x\cos x", r"\frac{d}{dx} f_1(x) = x\cos x"),
    (r"f^{(2)}(x) = e^{3x}", r"\frac{d}{dx} f^{(2)}(x) = 3 f^{(2)}(x)", r"\frac{d}{dx} f^{(2)}(x) = 2 f^{(2)}(x)"),
    (r"g_\theta(x) = \theta x^2", r"\frac{d}{dx} g_\theta(x) = 2\theta x", r"\frac{d}{dx} g_\theta(x) = \theta x"),
]


@pytest.mark.parametrize(("definition", "right", "wrong"), _CASES)
def test_a_decorated_head_the_notes_define_is_their_function(definition: str, right: str, wrong: str) -> None:
    verdict, message = _last(definition, right)
    assert verdict.ok, message
    verdict, message = _last(definition, wrong)
    assert verdict is Verdict.FAILED, message


def test_a_hatted_head_defined_in_a_display_is_learned() -> None:
    steps = doc_steps("# Notes\n\n$$\\hat h(x) = 2x$$\n\nso\n\n$$\\hat h(3) = 5$$\n")
    assert steps[0].verdict is Verdict.SKIPPED and "defines hhat" in steps[0].message
    assert steps[-1].verdict is Verdict.FAILED


@pytest.mark.parametrize("step", [r"\hat y (1 - \hat y) = \hat y - \hat y^2", r"x_1(a+b) = a x_1 + b x_1"])
def test_a_decorated_name_never_defined_with_arguments_stays_a_value(step: str) -> None:
    r = doc_steps(f"# Notes\n\nThe prediction $\\hat y$ and the input $x_1$ are numbers.\n\n$${step}$$\n")[-1]
    assert r.verdict.ok, r.message


def test_a_wrong_product_of_a_decorated_value_is_not_green() -> None:
    notes = "# Notes\n\nThe prediction $\\hat y$ is a number.\n\n$$\\hat y (1 - \\hat y) = \\hat y - 2\\hat y^2$$\n"
    r = doc_steps(notes)[-1]
    assert not r.verdict.ok, r.message


def test_a_numbered_head_is_a_function_only_with_plain_parameters() -> None:
    assert numbered_head("f", "x")
    assert numbered_head("g", r"x, \mathbf{w}")
    assert not numbered_head("x", "a+b")
    assert not numbered_head(r"\sigma", "z")  # σ_1(z): entry 1 of a vector function


def test_written_calls_are_named_as_the_parser_names_them() -> None:
    assert written_call_name(r"\hat f", "f", None) == "fhat"
    assert written_call_name(r"\tilde{g}", "g", None) == "gtilde"
    assert written_call_name("f", "f", "1") == "f_1"
    assert written_call_name("F", "F", "{X}") == "F"


def test_a_hatted_function_written_before_a_bracket_of_its_own_value_multiplies_it() -> None:
    notes = ("# Notes\n\nLet $\\hat y(x) = w x$ be the model.\n\n$$\\frac{d}{dx}\\hat y(x) = w$$\n\n"
             "$$\\hat y (1 - \\hat y) = \\hat y - \\hat y^2$$\n")
    steps = doc_steps(notes)
    assert [s.verdict.ok for s in steps] == [True, True], [s.message for s in steps]
    wrong = doc_steps(notes.replace("= w$$", "= 2w$$"))
    assert wrong[0].verdict is Verdict.FAILED, wrong[0].message
