r"""documents.assumed: an equation the prose assumes ("assume that $…$") is a hypothesis of the
displays after it, up to the next heading."""

from __future__ import annotations

from verifier.documents.assumed import stated_assumptions
from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _verdicts(text: str) -> list[tuple[Verdict, str]]:
    check = check_text(text, "notes.md")
    return [(s.verdict, s.message) for ch in check.chains for s in ch.result.steps]


_NOTES = """# Step

For the inductive step, assume that $a b = y$, and then

$$a b + c = y + c$$
"""


def test_an_assumed_equation_is_a_hypothesis_of_the_display_after_it() -> None:
    [(verdict, message)] = _verdicts(_NOTES)
    assert verdict in _GREEN
    assert "'assume that $a b = y$' at line 3" in message


def test_a_wrong_step_under_the_assumption_is_not_green() -> None:
    [(verdict, _)] = _verdicts(_NOTES.replace("y + c$$", "y - c$$"))
    assert verdict not in _GREEN


def test_the_assumption_ends_at_the_next_heading() -> None:
    text = _NOTES.replace("$$a b + c = y + c$$", "# Next\n\n$$a b + c = y + c$$")
    [(verdict, _)] = _verdicts(text)
    assert verdict not in _GREEN


def test_a_display_about_other_names_is_not_under_it() -> None:
    check = check_text(_NOTES.replace("a b + c = y + c", "u v + c = y + c"), "notes.md")
    [step] = [s for ch in check.chains for s in ch.result.steps]
    assert "assume that" not in step.message and step.verdict not in _GREEN


def test_only_one_equation_is_an_assumption() -> None:
    said = stated_assumptions("Suppose $x > 0$. Suppose that $p = q = r$. If we assume $u = 2 v$, then")
    assert [(a.body, a.line) for a in said] == [("u = 2 v", 1)]


def test_the_assumption_ends_with_its_part() -> None:
    text = _NOTES.replace("$$a b + c = y + c$$", "(b) Next part.\n\n$$a b + c = y + c$$")
    [(verdict, _)] = _verdicts(text)
    assert verdict not in _GREEN


def test_an_assumption_the_prose_denies_or_asks_is_none() -> None:
    """"We do not assume that $A = A^T$" and "Can we assume that $A = A^T$?" state no hypothesis: read as
    one, they made ``\\nabla_x x^T A x = 2Ax`` PROVED "under the hypothesis A = A^T" (review of notes9)."""
    said = stated_assumptions(
        "We do not assume that $A = A^T$ here. Can we assume that $B = B^T$? Nothing lets us assume $C = 0$.\n"
        "We never suppose that $u = v$. Assume that $D = D^T$."
    )
    assert [a.body for a in said] == ["D = D^T"]
    for prose in ("We do not assume that $A = A^T$ here.", "Can we assume that $A = A^T$? Not in general."):
        [(verdict, message)] = _verdicts(f"# Forms\n\n{prose}\n\n$$\\nabla_x (x^T A x) = 2 A x$$\n")
        assert verdict not in _GREEN, (prose, message)
