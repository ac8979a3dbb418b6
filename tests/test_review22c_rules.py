"""review22c: evidence the rules15 readings (primed calls, rules for arbitrary functions) took too far.
Examples written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict


def _verdicts(text: str) -> list[tuple[Verdict, str]]:
    check = check_text(text, "notes.md")
    return [(s.verdict, s.message or "") for ch in check.chains for s in ch.result.steps]


def test_a_primed_call_elsewhere_does_not_make_a_self_product_a_call() -> None:
    # u'(t) in another section: u(1 - u) still multiplies (a function of an expression of itself is no call)
    text = "# ODE\n\nWe write $u'(t)$ for the rate.\n\n## Other\n\nHere $u(1 - u) = u - u^2$.\n"
    [(verdict, message)] = _verdicts(text)
    assert verdict is not Verdict.FAILED, message


def test_a_primed_call_elsewhere_does_not_make_a_product_with_the_bare_letter_a_call() -> None:
    # w'(x) elsewhere, but this formula writes w alone: w(x + 1) is w times the bracket
    text = "# A\n\nThe slope $w'(x)$ varies.\n\n## B\n\nExpand $w(x + 1) = wx + w$.\n"
    [(verdict, message)] = _verdicts(text)
    assert verdict is not Verdict.FAILED, message


def test_a_product_rule_with_primed_calls_is_still_read() -> None:
    text = "# R\n\nLet $p(x) = u(x)v(x)$. Then\n$$\np'(x) = u'(x)v'(x)\n$$\n"
    [(verdict, _)] = _verdicts(text)
    assert verdict is Verdict.FAILED


def test_a_function_the_notes_name_earlier_is_no_arbitrary_one() -> None:
    # "g denotes the sigmoid" paragraphs before: f' = σ(h)(1 - σ(h)) h' is right for that g, not FAILED
    text = ("# Chain\n\nThroughout this section $g$ denotes the logistic sigmoid.\n\nSome words.\n\nMore words.\n\n"
            "Another paragraph.\n\nAnd another.\n\nLet $f(x) = g(h(x))$. Then\n"
            "$$\nf'(x) = g(h(x))(1 - g(h(x)))\\,h'(x)\n$$\n")
    [(verdict, message)] = _verdicts(text)
    assert verdict is Verdict.SKIPPED, message


def test_a_supposition_is_not_read_into_the_next_sentence_on_its_line() -> None:
    # "If $f = x^2$ then $f' = 2x$. In our model $f = x^3$, so $f' = 3x^2$.": one paragraph, one line
    text = ("# S\n\nIf $f(x) = x^2$ then $f'(x) = 2x$. In our model $f(x) = x^3$, so $f'(x) = 3x^2$.\n\n"
            "If $g(x) = x^2$ then $g'(x) = 2x$. For the cube, $g'(x) = 3x^2$ instead.\n")
    assert all(verdict is not Verdict.FAILED for verdict, _ in _verdicts(text)), _verdicts(text)
