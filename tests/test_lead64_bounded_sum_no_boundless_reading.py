"""The reading "a sum written without bounds runs over the step's one size" is for sums written without bounds.

redcat64: ``verify check --size n '\\sum_{k=1}^{2n} (-1)^k k = n + (n-3)(n-5)'`` said PROVED: the literal reading
fails (the right side is n only at n = 3 and n = 5), but the sum's index, whose bound 2n names no size, was taken as
a bound-less sum's index and read over the step's one size, under which it held at the one size tried. A sum that
writes its bounds runs over them: that reading is not offered for it (documents.boundlesssums).
"""

from __future__ import annotations

from verifier.cli import main


def test_a_bounded_sum_is_not_read_as_boundless_in_check(capsys) -> None:
    code = main(["check", "--size", "n", r"\sum_{k=1}^{2n} (-1)^k k = n + (n-3)(n-5)"])
    out = capsys.readouterr().out
    assert "PROVED" not in out and "PASSED" not in out, out
    assert code != 0


def test_the_true_identity_still_holds(capsys) -> None:
    assert main(["check", "--size", "n", r"\sum_{k=1}^{2n} (-1)^k k = n"]) == 0
    assert "PROVED" in capsys.readouterr().out
