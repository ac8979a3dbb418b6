r"""An inline value stated for a name the notes define is a worked claim, checked at its line.

"Define $v = p(1-p)$. With $p = 0.3$, $v = 0.09$." gave no step at all (a name and a number read as a value given,
and after "With $p = 0.3$," as one more condition of the list), while the same value on a display line of its own
was checked. Now the inline value is a step (documents.valuedinline): right, PROVED or PASSED; wrong, FAILED where
the definition is a polynomial of values the notes state as data (documents.exactdata reads the defined name through
its definition), else never green; where the inputs have no stated value, SKIPPED with its reason. A value the prose
gives the name itself ("Let", "if") stays no claim. Examples written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import StepResult

GREEN = ("PROVED", "PASSED")


def _steps(notes: str) -> list[tuple[str, str, str]]:
    return [(s.verdict.value, s.lhs_latex.strip(), s.message or "") for s in doc_steps(notes)]


def _one(notes: str) -> StepResult:
    steps = doc_steps(notes)
    assert len(steps) == 1, [(s.verdict.value, s.lhs, s.message) for s in steps]
    return steps[0]


def test_a_right_inline_value_after_a_with_list_is_proved() -> None:
    step = _one("Define $v = p(1-p)$. With $p = 0.3$, $v = 0.21$.")
    assert step.verdict.value in GREEN, step.message


def test_a_wrong_inline_value_after_a_with_list_fails() -> None:
    step = _one("Define $v = p(1-p)$. With $p = 0.3$, $v = 0.09$.")
    assert step.verdict.value == "FAILED", step.message
    assert "0.21" in step.message


def test_a_value_after_so_is_checked_on_a_later_line() -> None:
    notes = "Define the variance $v = p(1-p)$.\n\nTake $p = 0.2$, so $v = {value}$.\n"
    assert _one(notes.format(value="0.16")).verdict.value in GREEN
    assert _one(notes.format(value="0.18")).verdict.value == "FAILED"


def test_a_rounded_value_of_a_quotient_is_passed_and_a_wrong_one_not_green() -> None:
    notes = "Define $u = p/(1+p)$. With $p = 0.3$, we get $u = {value}$.\n"
    assert _one(notes.format(value="0.23")).verdict.value == "PASSED"
    assert _one(notes.format(value="0.31")).verdict.value not in GREEN


def test_a_value_whose_inputs_are_not_stated_is_skipped_with_its_reason() -> None:
    step = _one("Define $v = p(1-p)$. Then $v = 0.21$.")
    assert step.verdict.value == "SKIPPED"
    assert "only in prose" in step.message


def test_the_display_form_of_the_wrong_value_fails_too() -> None:
    step = _one("Define $v = p(1-p)$. With $p = 0.3$,\n\n$$v = 0.09$$\n")
    assert step.verdict.value == "FAILED", step.message


def test_a_value_given_to_the_defined_name_is_no_claim() -> None:
    # "Now let $v = 0.5$": the notes give v a value of its own; "If $v = 0.25$": a case
    assert not any(v == "FAILED" for v, _, _ in _steps("Define $v = p(1-p)$.\n\nNow let $v = 0.5$ and $p = 0.3$.\n"))
    assert not any(v == "FAILED" for v, _, _ in _steps("Define $v = p(1-p)$. If $v = 0.25$, then $p = 0.5$.\n"))
    assert not any(v == "FAILED" for v, _, _ in _steps("Define $v = p(1-p)$. Setting $v = 0$ we solve for $p$.\n"))


def test_a_stated_rounded_intermediate_is_what_the_next_value_is_computed_from() -> None:
    # z = 2p = 0.246 written 0.25; v = z^2 computed from the written z: 0.0625, not 0.0605
    notes = "Define $z = 2p$ and $v = z^2$. With $p = 0.123$, $z = 0.25$ and $v = {value}$.\n"
    got = _steps(notes.format(value="0.0625"))
    assert [v for v, _, _ in got] and all(v in GREEN for v, _, _ in got), got
    assert any("0.25 for z" in m for _, _, m in got)
    wrong = [v for v, lhs, _ in _steps(notes.format(value="0.0725")) if lhs == "v"]
    assert wrong and wrong[0] not in GREEN  # neither the exact v nor the v of the written z


def test_the_start_of_a_recurrence_is_given_not_claimed() -> None:
    # θ_0 of θ_t = θ_{t-1} - η g_t is the recurrence's start: no claim, and never proved by its own statement
    notes = ("The update is $\\theta_t = \\theta_{t-1} - \\eta g_t$ on $f(\\theta) = \\theta^2$.\n\n"
             "Now start at $\\theta_0 = 1$ with $\\eta = 0.5$.\n")
    assert _steps(notes) == []
