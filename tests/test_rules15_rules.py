"""rules15: the chain, product and quotient rules written with arbitrary functions (documents.rulesteps,
documents.primedcalls, suppositions.then_formula, documents.rejected), right and with planted mistakes."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _verdicts(text: str) -> list[tuple[Verdict, str]]:
    check = check_text(text, "notes.md")
    return [(s.verdict, s.message or "") for ch in check.chains for s in ch.result.steps]


def _display(definition: str, claim: str) -> list[tuple[Verdict, str]]:
    return _verdicts(f"# Rules\n\nLet ${definition}$. Then\n$$\n{claim}\n$$\n")


_CHAIN = "f(x) = g(h(x))"
_PRODUCT = "p(x) = u(x)v(x)"
_QUOTIENT = r"q(x) = \frac{u(x)}{v(x)}"


@pytest.mark.parametrize(
    ("definition", "claim"),
    [
        (_CHAIN, r"f'(x) = g'(h(x))\,h'(x)"),
        (_PRODUCT, r"p'(x) = u'(x)v(x) + u(x)v'(x)"),
        (_QUOTIENT, r"q'(x) = \frac{u'(x)v(x) - u(x)v'(x)}{v(x)^2}"),
    ],
)
def test_a_rule_for_arbitrary_functions_is_green(definition: str, claim: str) -> None:
    [(verdict, _)] = _display(definition, claim)
    assert verdict in _GREEN


@pytest.mark.parametrize(
    ("definition", "claim"),
    [
        (_CHAIN, r"f'(x) = g'(x)\,h'(x)"),  # the inner function forgotten
        (_CHAIN, r"f'(x) = g'(h(x))"),  # the inner derivative forgotten
        (_PRODUCT, r"p'(x) = u'(x)v'(x)"),
        (_QUOTIENT, r"q'(x) = \frac{u'(x)v(x) + u(x)v'(x)}{v(x)^2}"),  # + in the numerator
        (_QUOTIENT, r"q'(x) = \frac{u'(x)v(x) - u(x)v'(x)}{v(x)}"),  # the square missing
    ],
)
def test_a_wrong_rule_for_arbitrary_functions_is_failed(definition: str, claim: str) -> None:
    [(verdict, _)] = _display(definition, claim)
    assert verdict is Verdict.FAILED


def test_a_step_saying_which_function_an_undefined_one_is_stays_skipped() -> None:
    # no derivative of g on the right: the notes say which activation g is, not a rule
    [(verdict, message)] = _display("a(z) = g(z)", "a'(z) = a(z)(1 - a(z))")
    assert verdict is Verdict.SKIPPED
    [(verdict, message)] = _display("a(z) = g(z)", "a'(z) = g(z)(1 - g(z))")
    assert verdict is Verdict.SKIPPED
    assert "not defined" in message


def test_primed_letters_before_a_bracket_are_functions() -> None:
    [(verdict, message)] = _display("p(x) = a(x)b(x)", "p'(x) = a'(x)b(x) + a(x)b'(x)")
    assert verdict in _GREEN, message


def test_an_if_then_sentence_defines_for_its_then_part() -> None:
    text = "# Rules\n\n**Chain rule.** If $f(x) = g(h(x))$ then $f'(x) = g'(h(x))\\,h'(x)$.\n"
    [(verdict, message)] = _verdicts(text)
    assert verdict in _GREEN, message
    [(verdict, _)] = _verdicts(text.replace("g'(h(x))", "g'(x)"))
    assert verdict is Verdict.FAILED


def test_an_if_then_supposition_does_not_hold_after_its_sentence() -> None:
    text = ("# Rules\n\nIf $p(x) = u(x)v(x)$ then $p'(x) = u'(x)v(x) + u(x)v'(x)$.\n\n"
            "Later, with another $p$:\n$$\\frac{d}{dx} p(x) = u'(x)v'(x)$$\n")  # fmt: skip
    results = _verdicts(text)
    assert results[0][0] in _GREEN
    assert results[1][0] is not Verdict.FAILED  # p is not the product there


def test_a_formula_the_notes_reject_is_not_a_failed() -> None:
    text = ("# Rules\n\n**Product rule.** If $p(x) = u(x)v(x)$ then $p'(x) = u'(x)v(x) + u(x)v'(x)$, "
            "not $p'(x) = u'(x)v'(x)$.\n")  # fmt: skip
    [(right, _), (wrong, message)] = _verdicts(text)
    assert right in _GREEN
    assert wrong is Verdict.SKIPPED
    assert "reject" in message and "does fail" in message


def test_a_rejected_formula_that_holds_is_not_green() -> None:
    text = ("# Rules\n\nIf $p(x) = u(x)v(x)$ then $p'(x) = u'(x)v'(x)$, "
            "not $p'(x) = u'(x)v(x) + u(x)v'(x)$.\n")  # fmt: skip
    [(first, _), (rejected, message)] = _verdicts(text)
    assert first is Verdict.FAILED
    assert rejected is Verdict.SKIPPED
    assert "but it holds" in message


def test_a_display_the_notes_call_a_mistake_is_not_a_failed() -> None:
    text = ("# Rules\n\nLet $f(x) = g(h(x))$. Then\n$$f'(x) = g'(h(x))\\,h'(x)$$\n\n"
            "A common mistake is\n$$f'(x) = g'(x)\\,h'(x)$$\n")  # fmt: skip
    [(right, _), (wrong, message)] = _verdicts(text)
    assert right in _GREEN
    assert wrong is Verdict.SKIPPED and "reject" in message


def test_another_undefined_function_beside_a_rule_is_not_covered_by_it() -> None:
    # k is written on one side only: the notes may mean a particular k (no rule for every k)
    [(verdict, message)] = _display(_CHAIN, r"f'(x) = g'(h(x))\,h'(x) + k'(x)")
    assert verdict is Verdict.SKIPPED
    assert "k" in message


def test_leibniz_rule_for_the_second_derivative_of_a_product() -> None:
    [(verdict, _)] = _display(_PRODUCT, r"p''(x) = u''(x)v(x) + 2u'(x)v'(x) + u(x)v''(x)")
    assert verdict in _GREEN
    [(verdict, _)] = _display(_PRODUCT, r"p''(x) = u''(x)v(x) + u'(x)v'(x) + u(x)v''(x)")
    assert verdict is Verdict.FAILED


def test_a_rule_for_a_function_the_prose_names_is_not_failed() -> None:
    # f' = g(h(x))h'(x) is the chain rule for g = exp, which the prose says g is: not for every g
    text = ("# Rules\n\nLet $f(x) = g(h(x))$, where $g$ is the exponential function. Then\n"
            "$$f'(x) = g(h(x))\\,h'(x)$$\n")  # fmt: skip
    [(verdict, _)] = _verdicts(text)
    assert verdict is Verdict.SKIPPED
    [(verdict, _)] = _verdicts(text.replace("the exponential function", "any differentiable function"))
    assert verdict is Verdict.FAILED


def test_prose_that_goes_wrong_rejects_nothing() -> None:
    from verifier.documents.rejected import rejection

    assert rejection("", "a", "b", False, "The classic wrong version is") == "wrong version is"
    assert rejection("", "a", "b", False, "Let us see where the naive approach goes wrong:") is None
    assert rejection("", "a", "b", False, "for the incorrect class") is None
    assert rejection("", "a", "b", False, "Find the mistake:") is None  # an exercise: the notes' display
    assert rejection("so $f'(x) = 2x$, not only $f(x) = x^2$", "f(x)", "x^2", True) is None
