r"""A worded link from an equation known to be a condition, though it sets nothing to zero (ctx50's leftover).

ctx50 linked "…, i.e. $$E_2$$", "so $$E_2$$", "Then $$E_2$$" to the equation E₁ before the words, and lead50
narrowed it to an E₁ set to zero: ``q - qs = ps`` may be a claim as well as an equation to solve, and a link from a
claim left unchecked carried it (redteam39). An E₁ is a condition, not a claim, also where the notes reached it from
one (documents.wordlinks): joined by ⇒ (or by words) to an equation that is itself a condition, or written right
after words that set something to zero ("Setting the gradient to zero gives"). Then the link is read as from a
zero: E₂ PROVED where it is a nonzero multiple of E₁'s, else SKIPPED (never FAILED). An E₁ reached from a claim, or
stated after words that set nothing to zero, starts no link.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

#: E₁ reached by ⇒ from an equation set to zero; E₂ after "Then" (the share's equation, my own example)
CHAINED = "$$4q - 4s - 2ps = 0$$\n\n$$\\Rightarrow\\quad q - qs = ps$$\n\nThen\n\n$$q = s(p + q),$$\n\nthe share.\n"
#: E₁ after words that set a derivative to zero
SET = "Setting the derivative to zero gives\n\n$$2a + 4b = 6$$\n\nso\n\n$$a + 2b = 3.$$\n"
#: E₁ reached by ⇒ from a claim (not set to zero): no link
FROM_CLAIM = "$$u + v = 3v$$\n\n$$\\Rightarrow\\quad 2u = 4v$$\n\nso\n\n$$3u = 6v.$$\n"
#: E₁ after words that set nothing to zero (a claim of the notes): no link
PLAIN = "We have\n\n$$2a + 4b = 6$$\n\nso\n\n$$a + 2b = 3.$$\n"


def _last(notes: str) -> Verdict:
    return doc_steps(notes)[-1].verdict


def test_a_link_from_an_equation_reached_from_a_zero_is_read() -> None:
    steps = doc_steps(CHAINED)
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message
    assert "the equation before it" in steps[-1].message, steps[-1].message


def test_a_link_from_an_equation_set_to_zero_in_words_is_read() -> None:
    steps = doc_steps(SET)
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_a_link_from_an_equation_reached_from_a_claim_is_not_read() -> None:
    assert _last(FROM_CLAIM) is Verdict.SKIPPED


def test_a_link_from_a_plain_equation_is_not_read() -> None:
    assert _last(PLAIN) is Verdict.SKIPPED


def test_a_wrong_restatement_after_a_condition_is_not_green() -> None:  # the wrong copies: a sign, a factor
    for wrong in (CHAINED.replace("s(p + q)", "s(p - q)"), SET.replace("2b = 3", "b = 3"),
                  CHAINED.replace("q = s(p + q)", "q = 2s(p + q)")):
        assert _last(wrong) is Verdict.SKIPPED, wrong
