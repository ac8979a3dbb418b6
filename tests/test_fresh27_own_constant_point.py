r"""A function the notes define, written at a constant of its own body: its value there, not a new definition.

"$f(t) = \min(t, c^2 / t)$ … the two branches meet at $t = c$, where the value peaks at $f(c) = c$": the
inline ``f(c) = c`` was learned as a new definition of f with the parameter c (the identity), and the worked
value ``f(4) = \min(4, 4/4)`` after "Numbers for $c = 2$" was FAILED against that f, a correct step called
wrong (fresh27's inverse-square-root schedule). A function's argument that is a name its earlier body writes,
other than its parameter, is the function at that point (documents.evaluatedat), not its new definition.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# Peak

The rate is
$$f(t) = \min\left(t, \frac{c^2}{t}\right)$$
for $t > 0$. The two branches meet at $t = c$, where the value peaks at $f(c) = c$.

## Numbers for $c = 2$

$$f(4) = \min\left(4, \frac{2^2}{4}\right) = 1$$
"""


def test_the_function_at_a_constant_of_its_body_is_no_new_definition() -> None:
    verdicts = verdicts_by_line(NOTE)
    assert verdicts.get(9) == ["PROVED", "PROVED"]


def test_a_wrong_value_there_does_not_redefine_the_function() -> None:
    assert "FAILED" not in verdicts_by_line(NOTE.replace("$f(c) = c$", "$f(c) = c^2$")).get(9, [])


def test_a_wrong_worked_value_still_fails() -> None:
    assert "FAILED" in verdicts_by_line(NOTE.replace("= 1$$", "= 2$$")).get(9, [])


SUBSTITUTED = r"""# Path

With the straight path
$$x_t = (1 - t) x_0 + t x_1,$$
and the target $u = x_1 - x_0$ we go back: substituting $x_1 = x_0 + u$,
$$x_t = (1 - t) x_0 + t (x_0 + u) = x_0 + (1 - t) u,$$
so $x_0 = x_t - t u$.
"""


def test_the_reading_of_definitions_written_before_still_runs() -> None:
    # the helper that lists a definition's names once shadowed documents.withoutdefinitions' own of the same
    # name: every chain that asked it ended in an internal error (SKIPPED) instead of its verdict
    from verifier.documents.check import check_text
    from verifier.engine import Settings

    check = check_text(SUBSTITUTED, "notes.md", Settings())
    messages = [s.message or "" for c in check.chains for s in c.result.steps]
    assert not any("internal error" in m for m in messages)
    assert "FAILED" in verdicts_by_line(SUBSTITUTED).get(6, [])
