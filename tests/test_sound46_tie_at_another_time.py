r"""A tie the notes find at another time than the values they stated — "Initialise $u_1 = 0.3$ and $u_2 = 0.5$. At
convergence we find $u_1 = u_2 = v$." — is no claim about those values (sound46, documents.claimedties).

sound44 judged a tie between names each stated with one number at those numbers: FAILED "0.3 is not 0.5" here,
though the values are where training starts and the tie is where it ends. Values stated as a start (initialise,
initial, at the start) or a tie said of a later state (at convergence, after training, at the optimum, eventually,
in the limit) leave the tie unjudged: SKIPPED, never PROVED from the start values. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line


def _tie(given: str, tie: str) -> list[str]:
    return verdicts_by_line(f"# T\n\n{given}\n\n{tie}\n").get(5, [])


def test_a_tie_at_convergence_is_not_judged_at_the_start_values() -> None:
    for tie in ("At convergence we find $u_1 = u_2 = v$.", "At the optimum we find $u_1 = u_2 = v$."):
        assert "FAILED" not in _tie("Initialise $u_1 = 0.3$ and $u_2 = 0.5$.", tie), tie
        assert "FAILED" not in _tie("Let $u_1 = 0.3$ and $u_2 = 0.5$.", tie), tie
    assert "FAILED" not in _tie("Initialise $u_1 = 0.3$ and $u_2 = 0.5$.", "By symmetry we find $u_1 = u_2 = v$.")


def test_equal_start_values_prove_no_later_tie() -> None:
    assert "PROVED" not in _tie("Initialise $u_1 = 0.3$ and $u_2 = 0.3$.", "At convergence we find $u_1 = u_2 = v$.")


def test_a_tie_of_the_stated_values_is_still_judged() -> None:
    assert _tie("Let $u_1 = 0.3$ and $u_2 = 0.5$.", "By symmetry we find $u_1 = u_2 = v$.")[0] == "FAILED"
    assert _tie("Let $u_1 = 0.3$ and $u_2 = 0.3$.", "By symmetry we find $u_1 = u_2 = v$.")[0] == "PROVED"
