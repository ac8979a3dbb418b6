r"""An inline definition that opens its line holds for the formulas after it on that line.

"Apply the quotient rule $f(x) = \frac{g(x)}{h(x)}$, $f'(x) = …$": the sentence defines f and then
states its derivative. A definition held only from the next line on, so the claim on the same line
read f as an unknown function and was SKIPPED whether it was right or wrong (a real slip, the rule
with + for -, went unseen as the notes are). Small notes written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import StepResult, Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)

_NOTES = (
    "\\documentclass{article}\n\\begin{document}\n"
    "Apply the quotient rule $f(x) = \\frac{g(x)}{h(x)}$, $f'(x) = \\frac{g'(x)h(x) SIGN g(x)h'(x)}{h(x)^2}$.\n"
    "\\end{document}\n"
)


def _steps(text: str) -> list[StepResult]:
    return [s for c in check_text(text, "notes.tex").chains for s in c.result.steps]


def test_the_rule_stated_after_its_definition_on_one_line_is_checked() -> None:
    steps = _steps(_NOTES.replace("SIGN", "-"))
    assert steps and steps[-1].verdict in _GOOD, [s.message for s in steps]


def test_the_rule_with_the_wrong_sign_is_not_green() -> None:
    steps = _steps(_NOTES.replace("SIGN", "+"))
    assert steps and steps[-1].verdict is Verdict.FAILED, [s.message for s in steps]


def test_a_definition_after_the_claim_on_its_line_does_not_reach_back() -> None:
    text = (
        "\\documentclass{article}\n\\begin{document}\n"
        "We get $f'(x) = 2x$ for $f(x) = x^3$.\n"
        "\\end{document}\n"
    )
    steps = _steps(text)
    assert all(s.verdict is not Verdict.FAILED for s in steps), [s.message for s in steps]
