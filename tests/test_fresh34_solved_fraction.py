r"""A root given as a fraction after a LaTeX "i.e.\ ": "where $W'(a) = 2 - 8a = 0$, i.e.\ $a = \tfrac14$" (fresh34).

The SVM note's dual is maximised where ``W'(\alpha) = 2 - 8\alpha = 0``, "i.e.\ $\alpha = \tfrac14$". The value after
a cue is checked in the equation it solves (documents.solvedprose, documents.solvedvalues), but only a plain decimal
was a value, and "i.e.\ " — LaTeX's control space after an abbreviation's period — hid the cue "i.e.": the wrong root
``\tfrac12`` stayed SKIPPED. A fraction of two integers (``\tfrac14``, ``\frac{1}{4}``, ``1/4``) is a number too, and
``\ `` is a space."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.solvedprose import solved_in_prose

_NOTE = "# Dual\n\nIt is maximised where $W'(a) = 2 - 8a = 0$, i.e.\\ $a = ROOT$.\n"


def test_a_fraction_after_a_control_space_is_found() -> None:
    found = solved_in_prose("It is maximised where $W'(a) = 2 - 8a = 0$, i.e.\\ ", "a = \\tfrac14")
    assert found is not None and found[:4] == ("a", "\\tfrac14", "2 - 8a", "0")
    assert solved_in_prose("$2w - 1 = 0$, so ", "w = \\frac{1}{2}") is not None
    assert solved_in_prose("$2w - 1 = 0$, so ", "w = 1/2") is not None
    assert solved_in_prose("$2w - 1 = 0$, so ", "w = \\frac{v}{2}") is None  # not a number


def test_the_right_fraction_is_proved_a_wrong_one_failed() -> None:
    for root, verdict in (("\\tfrac14", "PROVED"), ("\\frac{1}{4}", "PROVED"), ("\\tfrac12", "FAILED"),
                          ("1/2", "FAILED")):
        lines = verdicts_by_line(_NOTE.replace("ROOT", root))
        assert lines[3][-1] == verdict, (root, lines)
