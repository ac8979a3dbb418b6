"""A letter the lead-in names by a value's role, spaced from its bracket, is also read as the notes' function.

fresh65's rule reads ``f\\,(…)`` after "with weight $f$" as the weight times the bracket (GloVe's pair weight). But
notes that define the function and name it by its role ("Let $T(x) = x^2 + 1$ be the temperature ... At temperature
$T$:") and then write ``\\frac{d}{dx} T\\,(x) = 2x`` mean T applied to x (a thin space is typesetting, not a
product); the right step was FAILED (PROVED before fresh65's rule): a FAILED must hold under every plausible
reading, so the call is one more reading of a failing step (reported), never a reason to FAIL.
"""

from support import doc_steps, verdicts_by_line


def _note(role: str, body: str, step: str) -> str:
    return f"Let $f(x) = {body}$. With the {role} $f$ we get\n\n$$ {step} $$\n"


def test_a_defined_function_at_a_number_is_its_value() -> None:
    assert verdicts_by_line(_note("rate", "e^{2x}", r"f\,(0) = 1"))[3] == ["PROVED"]


def test_a_derivative_through_the_call_is_proved() -> None:
    assert verdicts_by_line(_note("temperature", "x^2 + 1", r"\frac{d}{dx} f\,(x) = 2x"))[3] == ["PROVED"]


def test_a_wrong_derivative_is_no_green() -> None:
    # wrong under the call (2x + 1) and under the product: never green
    assert verdicts_by_line(_note("temperature", "x^2 + 1", r"\frac{d}{dx} f\,(x) = 2x + 1"))[3] != ["PROVED"]
    assert verdicts_by_line(_note("temperature", "x^2 + 1", r"\frac{d}{dx} f\,(x) = 2x + 1"))[3] != ["PASSED"]


def test_the_reading_is_reported() -> None:
    step = doc_steps(_note("rate", "e^{2x}", r"f\,(0) = 1"))[0]
    assert step.verdict.value == "PROVED"
    assert "applied" in step.message


def test_the_weight_times_its_bracket_stays_proved() -> None:
    # fresh65's GloVe case: the product reading holds and is the one taken
    note = "The weight of a count $x$ is $f(x) = x^2 / 4$.\n\nFor a pair with weight $f$ and log count $t$:\n\n"
    note += "$$\\frac{\\partial}{\\partial w}\\, f\\,(w u - t)^2 = 2 f\\,(w u - t)\\, u$$\n"
    assert verdicts_by_line(note)[5] == ["PROVED"]
