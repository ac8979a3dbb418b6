r"""A bound restated with a stricter number the prose says is a choice ("so $\eta \le 0.1$ suffices", "to be safe we
take …") is no wrong computation of the bound (sound46, documents.boundnumbers).

sound44 read "The step must satisfy $\eta \le \frac{1}{L}$ with $L = 4$, so $\eta \le 0.1$ suffices." as the bound
computed at L = 4 (0.25) and FAILED 0.1 as "stricter: the bound does not give it". A stricter condition implies the
bound: where the words say it is chosen or sufficient it is SKIPPED, said why; without them it is FAILED as before,
and the value itself PROVED. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

LEAD = "# B\n\nThe step must satisfy $\\eta \\le \\frac{1}{L}$ with $L = 4$, "


def test_a_stricter_bound_chosen_in_words_is_not_failed() -> None:
    for rest in ("so $\\eta \\le 0.1$ suffices.", "so to be safe we take $\\eta \\le 0.1$.",
                 "so we use $\\eta \\le 0.1$.", "so $\\eta \\le 0.1$ is certainly enough."):
        assert verdicts_by_line(LEAD + rest + "\n")[3] == ["SKIPPED"], rest


def test_a_stricter_bound_derived_is_still_failed() -> None:
    assert verdicts_by_line(LEAD + "so $\\eta \\le 0.1$.\n")[3] == ["FAILED"]
    assert verdicts_by_line(LEAD + "so $\\eta \\le 0.25$.\n")[3] == ["PROVED"]
