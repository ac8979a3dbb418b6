r"""More ways notes give a name a new meaning: "from now on", "henceforth", "replace", a heading (redteam41).

sound40's renewals read "let … instead", "another", "this time"…: "From now on $a$ denotes the mean", "Replace $a$
by the mean" and a subsection headed "Part (b): a different $a$" kept the value stated before them, and the step
``a^2 + 1 = 3^2 + 1`` after them was PROVED at the old value (documents.renewednames). Every example is written
here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.renewednames import renewals

NOTES = r"""
# Numbers

Let $a = 3$. Then

$$
a^2 + 1 = 3^2 + 1 = 10
$$

SENTENCE

$$
a^2 + 1 = 3^2 + 1 = 10
$$
"""


def _verdicts(sentence: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(NOTES.replace("SENTENCE", sentence))]


def test_from_now_on_renews_the_name() -> None:
    got = _verdicts("From now on $a$ denotes the mean of the data. Then")
    assert got[:2] == ["PROVED", "PROVED"]
    assert got[2] not in ("PROVED", "PASSED")


def test_henceforth_renews_the_name() -> None:
    assert _verdicts("Henceforth $a$ is the largest sample. Then")[2] not in ("PROVED", "PASSED")


def test_replace_renews_the_name() -> None:
    assert _verdicts("Replace $a$ by the mean of the data. Then")[2] not in ("PROVED", "PASSED")


def test_a_subsection_heading_renews_the_name() -> None:
    got = _verdicts("## Part (b): a different $a$\n\nThen")
    assert got[:2] == ["PROVED", "PROVED"]
    assert got[2] not in ("PROVED", "PASSED")


def test_a_heading_that_keeps_the_name_or_names_none_renews_nothing() -> None:
    assert _verdicts("## Part (b): the same $a$\n\nThen") == ["PROVED"] * 4
    assert _verdicts("## Part (b)\n\nThen") == ["PROVED"] * 4
    assert _verdicts("From now on we keep $a$ as before. Then") == ["PROVED"] * 4


def test_a_heading_renewal_is_on_its_line() -> None:
    *_, r = renewals("# A\n\nLet $a = 3$.\n\n## Another $a$\n\nText.\n")
    assert (r.first, r.last, r.heads) == (5, 5, frozenset({"a"}))
