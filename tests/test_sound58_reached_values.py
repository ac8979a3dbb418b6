r"""A step FAILED only at values of a name it reaches through a definition, where the notes state that name's value
and the step holds there, is not FAILED (sound58, red-teaming sound57's ``cancelledthrough``).

"Let $q(x) = 3(x - x_0)^2$ where $x_0 = 1$ is the vertex. Then $q(1 + h) = 3h^2$." is right: the step plugged the
stated vertex in. The stated value was read only for a worked number (a side with no free name), so the step, free
in h, was checked for every x_0 and FAILED at x_0 = 0. Under the reading the notes give (x_0 = 1) it holds:
SKIPPED, naming the value. A step wrong at the stated value too stays FAILED. Every note is written here."""

from __future__ import annotations

from support import line_of, verdicts_by_line

_NOTE = r"""
# A parabola

Let $q(x) = 3(x - {centre})^2$ where ${centre} = 1$ is the vertex.

Then {claim}.
"""


def _at(claim: str, centre: str = "x_0") -> list[str]:
    text = _NOTE.replace("{centre}", centre).replace("{claim}", claim)
    return verdicts_by_line(text)[line_of(text, "Then ")]


def test_a_step_right_at_the_stated_value_is_not_failed() -> None:
    verdicts = _at("$q(1 + h) = 3h^2$")
    assert verdicts == ["SKIPPED"], verdicts


def test_the_same_with_a_greek_name() -> None:
    verdicts = _at("$q(1 + h) = 3h^2$", centre=r"\mu")
    assert verdicts == ["SKIPPED"], verdicts


def test_a_step_wrong_at_the_stated_value_stays_failed() -> None:
    verdicts = _at("$q(1 + h) = 6h^2$")
    assert verdicts == ["FAILED"], verdicts


def test_a_step_that_writes_the_name_is_read_as_before() -> None:
    verdicts = _at("$q(x_0 + h) = 3h^2$")
    assert verdicts == ["PROVED"], verdicts
