r"""A plain ``i`` that indexes nothing is also read as the imaginary unit (gaps62, left by stop 61).

``verify check 'e^{i\pi} = -1'`` was FAILED at i ≈ 0, and Euler's formula ``e^{i\theta} = \cos\theta + i\sin\theta``
in notes was FAILED "at i = 0, theta = 2": the parser reads a plain i as a real name. The unit is a plausible reading
wherever the letter indexes nothing in the claim, so a step is FAILED only where it fails under both, and green under
the unit's reading, which is said with it. Where the claim indexes with i (``x_i``, ``\sum_{i=1}``) nothing changes.
Every note is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.commands.check import _checked
from verifier.documents.check import check_text
from verifier.documents.imaginaryunit import imaginary_reading
from verifier.engine import Settings
from verifier.results import Verdict

_EULER = (
    ("e^{i\\pi}", "-1"),
    ("e^{i\\pi} + 1", "0"),
    ("e^{i\\theta}", "\\cos\\theta + i\\sin\\theta"),
    ("|e^{i\\omega}|", "1"),
    ("\\cos\\theta", "\\frac{e^{i\\theta} + e^{-i\\theta}}{2}"),
    ("i^2", "-1"),
)


def _claim(*members: str) -> Verdict:
    return _checked(members, set(), set(), Settings(points=20))[0].verdict


@pytest.mark.parametrize("members", _EULER)
def test_a_claim_with_a_plain_i_holds_with_the_imaginary_unit(members: tuple[str, str]) -> None:
    step = _checked(members, set(), set(), Settings(points=20))[0]
    assert step.verdict is Verdict.PROVED, (step.verdict, step.message)
    assert "imaginary unit" in step.message


def test_a_claim_wrong_under_both_readings_stays_failed() -> None:
    assert _claim("e^{i\\pi}", "1") is Verdict.FAILED
    assert _claim("e^{i\\theta}", "\\cos\\theta - i\\sin\\theta") is Verdict.FAILED
    assert _claim("(x + 1)^2", "x^2 + 1") is Verdict.FAILED


def test_an_integer_i_is_not_the_unit() -> None:
    assert _checked(("i^2", "-1"), set(), {"i"}, Settings(points=20))[0].verdict is Verdict.FAILED


@pytest.mark.parametrize("members", _EULER)
def test_euler_steps_in_notes_are_not_failed(members: tuple[str, str]) -> None:
    text = f"# Fourier\n\nEuler's formula gives\n\n$$\n{members[0]} = {members[1]}\n$$\n"
    check = check_text(text, "notes.md", Settings())
    (step,) = [s for c in check.chains for s in c.result.steps]
    assert step.verdict is Verdict.PROVED, (step.verdict, step.message)
    assert "imaginary unit" in step.message


def test_an_index_i_is_never_the_unit() -> None:
    assert imaginary_reading(["\\sum_{i=1}^n i", "\\frac{n(n+1)}{2}"]) is None
    assert imaginary_reading(["x_i + i", "i + x_i"]) is None
    assert imaginary_reading(["x^{(i)} i", "1"]) is None
    assert imaginary_reading(["\\mathbf{i} + \\hat{i}", "\\sin\\pi"]) is None
    assert imaginary_reading(["e^{i\\pi}", "-1"]) == ["e^{{\\mathrm{i}}\\pi}", "-1"]


def test_a_wrong_sum_over_i_in_notes_is_still_failed() -> None:
    text = "# S\n\nFor every $n$,\n\n$$\n\\sum_{i=1}^{n} i = \\frac{n(n-1)}{2}\n$$\n"
    assert verdicts_by_line(text)[6] == ["FAILED"]


_SAID = (
    "Here $i$ is the imaginary unit.",
    "Here $i = \\sqrt{-1}$.",
    "Recall that $i^2 = -1$.",
)


@pytest.mark.parametrize("said", _SAID)
def test_a_wrong_euler_step_is_caught_where_the_notes_say_i_is_the_unit(said: str) -> None:
    text = f"# Fourier\n\n{said}\n\n$$\ne^{{i\\pi}} = {{}}\n$$\n"
    assert verdicts_by_line(text.replace("{}", "1"))[6] == ["FAILED"]
    assert verdicts_by_line(text.replace("{}", "-1"))[6] == ["PROVED"]


def test_without_the_notes_saying_so_a_wrong_euler_step_is_not_failed() -> None:
    assert verdicts_by_line("# Fourier\n\nThen\n\n$$\ne^{i\\pi} = 1\n$$\n")[6] != ["FAILED"]


def test_an_index_i_stays_an_index_where_the_notes_name_the_unit() -> None:
    text = "# S\n\nHere $i$ is the imaginary unit.\n\n$$\n\\sum_{i=1}^{3} i = {}\n$$\n"
    assert verdicts_by_line(text.replace("{}", "6"))[6] in (["PROVED"], ["PASSED"])
    assert verdicts_by_line(text.replace("{}", "7"))[6] == ["FAILED"]


@pytest.mark.parametrize("given", ["at the rate $i = 0.05$", "for $i = 1, \\dots, n$", "for every $i \\in \\{1, 2\\}$"])
def test_an_i_the_notes_give_a_value_or_range_is_not_the_unit(given: str) -> None:
    text = f"# Rates\n\nWe compound {given}.\n\n$$\n(1 + i)(1 - i) = 2\n$$\n"
    assert verdicts_by_line(text)[6] != ["PROVED"]
