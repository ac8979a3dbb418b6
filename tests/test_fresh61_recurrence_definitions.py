r"""A family the notes define from a recurrence's family at the same index (Newton's error
``e_k = x_k - \sqrt{a}`` beside the update ``x_{k+1} = \frac{1}{2}(x_k + a/x_k)``): a step about
``e_{k+1}`` is about ``x_{k+1}``, which the recurrence computes from ``x_k``. Read with ``x_{k+1}`` a free
value, the right ``e_{k+1} = \frac{e_k^2}{2x_k}`` FAILED (fresh61's Newton square-root probe). Every example
is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NEWTON = """# Newton for a square root

Newton's method on $f(x) = x^2 - a$ gives the update

$$
x_{k+1} = x_k - \\frac{x_k^2 - a}{2 x_k} = \\frac{1}{2}\\left(x_k + \\frac{a}{x_k}\\right),
$$

The error $e_k = x_k - \\sqrt{a}$ obeys

$$
e_{k+1} = \\frac{1}{2}\\left(x_k + \\frac{a}{x_k}\\right) - \\sqrt{a}
= \\frac{x_k^2 - 2\\sqrt{a}\\,x_k + a}{2x_k} = CLAIM.
$$
"""


def test_an_error_defined_from_the_iterates_is_read_through_the_update() -> None:
    got = verdicts_by_line(_NEWTON.replace("CLAIM", "\\frac{e_k^2}{2x_k}"))
    assert "FAILED" not in [v for vs in got.values() for v in vs]
    error = got.get(12, []) + got.get(13, [])
    assert len(error) == 3 and all(v in ("PROVED", "PASSED") for v in error)


def test_a_wrong_error_recursion_still_fails() -> None:
    got = verdicts_by_line(_NEWTON.replace("CLAIM", "\\frac{e_k^2}{x_k}"))
    assert (got.get(12, []) + got.get(13, []))[-1] == "FAILED"


def test_a_wrong_first_step_through_the_update_fails() -> None:
    got = verdicts_by_line(_NEWTON.replace("\\frac{1}{2}\\left(x_k + \\frac{a}{x_k}\\right) - \\sqrt{a}",
                                   "\\frac{1}{2}\\left(x_k - \\frac{a}{x_k}\\right) - \\sqrt{a}")
                   .replace("CLAIM", "\\frac{e_k^2}{2x_k}"))
    assert (got.get(12, []) + got.get(13, []))[0] == "FAILED"


def test_a_wrong_link_the_unfolding_leaves_as_written_fails_under_a_convergence_heading() -> None:
    # the word "convergence" between the update and the step names no special case of the update for a link
    # that writes x only at the floor x_k: the unfolded reading is the literal one there
    text = _NEWTON.replace("The error", "## Quadratic convergence\n\nThe error").replace(
        "2\\sqrt{a}\\,x_k + a}{2x_k}", "\\sqrt{a}\\,x_k + a}{2x_k}").replace("CLAIM", "\\frac{e_k^2}{2x_k}")
    got = verdicts_by_line(text)
    assert (got.get(14, []) + got.get(15, []))[1] == "FAILED"


def test_a_wrong_last_link_at_the_floor_fails_under_a_convergence_heading() -> None:
    text = _NEWTON.replace("The error", "## Quadratic convergence\n\nThe error").replace("CLAIM", "\\frac{e_k^2}{x_k}")
    got = verdicts_by_line(text)
    assert (got.get(14, []) + got.get(15, []))[-1] == "FAILED"
