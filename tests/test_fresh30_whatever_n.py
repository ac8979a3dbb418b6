r""""…, whatever $N$ is": the notes say the equation before it is an identity in N.

MoE notes check the load-balancing loss's scale: "Under perfect balance the sum is $N \cdot N \cdot
\frac{1}{N^2} = 1$, whatever $N$ is". An equation between undeclared quantities is SKIPPED as possibly
holding "only for particular values" (it may be one the notes solve), so the planted ``N \cdot \frac{1}{N^2} = 1``
(holds at N = 1 only) was SKIPPED. The words right after it — "whatever $N$ is", "for every $N$", "for all
$N$", "for any value of $N$" — say it holds for every N: it is checked as an identity, FAILED where it is none.
A cue naming another letter, or the sentence going on with a condition, keeps the old reading."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.saididentity import said_for_every
from verifier.results import Verdict


def _verdicts(sentence: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(f"# Scale\n\n{sentence}\n")]


def test_the_cues() -> None:
    assert said_for_every(", whatever $N$ is; that is why", {"N"})
    assert said_for_every(" for every $N$.", {"N"})
    assert said_for_every(" for all values of $N$ and $k$", {"N", "k"})
    assert said_for_every(", for any $n$.", {"n"})
    assert not said_for_every(", whatever $N$ is", {"N", "k"})  # k not said
    assert not said_for_every(" for every $N > 2$", {"N"})  # a range: not every N
    assert not said_for_every(" for the N above", {"N"})
    assert not said_for_every(" for all $x$ in the kernel of $A$.", {"x"})  # a restriction


def test_a_wrong_identity_said_for_every_n_fails() -> None:
    assert _verdicts(r"With equal loads the sum is $N \cdot \frac{1}{N^2} = 1$, whatever $N$ is.") == [Verdict.FAILED]
    assert _verdicts(r"The sum is $N \cdot N \cdot \frac{1}{N^2} = 1$, whatever $N$ is.") == [Verdict.PROVED]


def test_without_the_cue_it_stays_skipped() -> None:
    assert Verdict.FAILED not in _verdicts(r"With equal loads the sum is $N \cdot \frac{1}{N^2} = 1$.")
    assert _verdicts(r"With equal loads the sum is $$N \cdot \frac{1}{N^2} = 1.$$") == [Verdict.SKIPPED]


def test_the_cue_after_a_display() -> None:
    assert _verdicts("The sum is\n$$N \\cdot \\frac{1}{N^2} = 1,$$\nwhatever $N$ is.") == [Verdict.FAILED]
