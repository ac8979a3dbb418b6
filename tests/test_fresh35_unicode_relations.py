r"""Unicode relations link a chain as their commands do: ``\log 2 + \frac{2}{8} - \frac12 ≈ 0.6931 + 0.25 - 0.5 =
0.4431`` (fresh35).

Markdown notes typed with a Unicode keyboard layout write ``≈``, ``≤``, ``≠`` in displays. The splitter cut members
only at the commands (``\approx``) and ASCII characters, so ``≈`` stayed inside a member, which then could not be read
("relation \approx is not part of a checkable formula"), and a wrong sum after it was SKIPPED. The Unicode relations
are now links with their commands' meaning: ``≈`` an approximate link, the ``=`` after it checked."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.latex.chains import count_equals


def _verdicts(formula: str) -> list[str]:
    return verdicts_by_line(f"# KL\n\n$$\\mathrm{{KL}} = {formula}$$\n")[3]


def test_a_wrong_sum_after_unicode_approx_fails() -> None:
    assert _verdicts(r"\log 2 + \frac{1 + 1}{8} - \frac12 ≈ 0.6931 + 0.25 - 0.5 = 0.5431")[-1] == "FAILED"


def test_the_right_sum_after_unicode_approx_is_proved() -> None:
    found = _verdicts(r"\log 2 + \frac{1 + 1}{8} - \frac12 ≈ 0.6931 + 0.25 - 0.5 = 0.4431")
    assert found[-1] == "PROVED" and "FAILED" not in found, found


def test_unicode_inequalities_are_no_equals() -> None:
    assert count_equals("a ≤ b = c") == 1
    assert _verdicts(r"x^2 + 1 ≥ 1")[-1] != "FAILED"
