r"""A result of the notes that nothing checked (SKIPPED: it needs facts beyond linearity) is no evidence for a
later step (documents.lemmas): ``\mathbb{E}[XY] = 2\,\mathbb{E}[X]\mathbb{E}[Y]`` (wrong, and SKIPPED as a
right one would be) made ``\mathbb{E}[XY + 3] = 2\,\mathbb{E}[X]\mathbb{E}[Y] + 3`` PROVED "under the
hypothesis … (the notes' result at line 1)"."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
    $$\mathbb{E}[X Y] = 2\, \mathbb{E}[X] \mathbb{E}[Y]$$

    so

    $$\mathbb{E}[X Y + 3] = 2\, \mathbb{E}[X] \mathbb{E}[Y] + 3$$
    """


def test_a_step_under_an_unchecked_result_is_not_green() -> None:
    lemma, later = doc_steps(NOTES)
    assert lemma.verdict is Verdict.SKIPPED
    assert later.verdict is Verdict.SKIPPED
    assert "holds only under the notes' result at line 1" in later.message
    assert "needs facts beyond linearity that nothing checked" in later.message


CHECKED = r"""
    $$\mathbb{E}[2X + Y] = 2\mathbb{E}[X] + \mathbb{E}[Y]$$

    so

    $$\mathbb{E}[2X + Y + 3] = 2\mathbb{E}[X] + \mathbb{E}[Y] + 3$$
    """


def test_under_a_checked_result_it_is_proved() -> None:
    assert [s.verdict for s in doc_steps(CHECKED)] == [Verdict.PROVED, Verdict.PROVED]
