r""""whatever $N$ is" says a claim is an identity only where nothing after it restricts or changes it (redteam42).

fresh30's cue made "$\frac{|N|}{N} = 1$, whatever $N$ is, as long as it is positive." FAILED at a negative N (the
prose restricts N to positive values right after the cue), and "$2N = 6$, whatever $N$ is called in the code." FAILED
(there "whatever N is called" is about a name, not its values). The cue "whatever $N$ is" must end its clause, and the
rest of the sentence after either cue must not restrict it ("as long as", "provided", "if", "when", "unless",
"except", "positive" …). "…, whatever $N$ is." and "…, whatever $N$ is, so the loss is scale-free." still read."""

from __future__ import annotations

from support import doc_steps


def _only(notes: str) -> str:
    return doc_steps(notes)[-1].verdict.value


def test_a_restriction_after_the_cue_is_no_identity_claim() -> None:
    assert _only("# S\n\nThe ratio is $\\frac{|N|}{N} = 1$, whatever $N$ is, as long as it is positive.\n") != "FAILED"


def test_a_restriction_after_for_every_is_no_identity_claim() -> None:
    assert _only("# S\n\nThe ratio is $\\frac{|N|}{N} = 1$ for every $N$, provided it is positive.\n") != "FAILED"


def test_whatever_n_is_called_is_no_cue() -> None:
    assert _only("# S\n\nHere $2N = 6$, whatever $N$ is called in the code.\n") != "FAILED"


def test_the_cue_ending_its_sentence_still_reads() -> None:
    assert _only("# S\n\nThe sum is $N \\cdot \\frac{1}{N^2} = 1$, whatever $N$ is.\n") == "FAILED"


def test_the_cue_before_an_unrestricting_clause_still_reads() -> None:
    assert _only("# S\n\nThe sum is $N \\cdot \\frac{1}{N^2} = 1$, whatever $N$ is, so the loss is scale-free.\n") \
        == "FAILED"
