r"""A value in a counterfactual sentence is no claim of the notes (alarm71; green71 found it).

"Let $x = 10$, $y = 9$ and $d = x^2 - y^2$ … If for instance we had $d = 7$, it would change the factors": the inline
``d = 7`` was FAILED at the defined d = 19. It is the premise of a sentence that says what would happen
(documents.hypotheticalvalues): not checked. A value the sentence gives as a consequence ("we would have $d = 7$")
stays a claim, FAILED."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.hypotheticalvalues import hypothetical_premise

NOTE = """# A difference of squares

Let $x = 10$, $y = 9$ and $d = x^2 - y^2$. Then
$$d = (x - y)(x + y) = 19$$

WORDS

Back in our pair,
$$d + 1 = VALUE$$
"""


def _got(words: str, value: str = "20") -> dict[int, list[str]]:
    return verdicts_by_line(NOTE.replace("WORDS", words).replace("VALUE", value))


def test_a_supposed_value_is_not_failed() -> None:
    got = _got("If for instance we had $d = 7$, it would change the factors.")
    assert "FAILED" not in got.get(6, [])
    assert got[9] == ["PROVED"]  # d is 19 again: the supposition renewed nothing


def test_other_counterfactual_words() -> None:
    for words in ("Had we taken $d = 7$, the factors would differ.",
                  "Suppose we had $d = 7$; the factors would differ.",
                  "If $d = 7$ were the case, the factors would differ."):  # fmt: skip
        assert "FAILED" not in _got(words).get(6, []), words


def test_a_consequence_stays_failed() -> None:
    assert "FAILED" in _got("With these values we would have $d = 7$ here.").get(6, [])
    assert "FAILED" in _got("If we take them so, then we would get $d = 7$.").get(6, [])


def test_the_later_wrong_value_stays_failed() -> None:
    got = _got("If for instance we had $d = 7$, it would change the factors.", "8")
    assert got[9] == ["FAILED"]


def test_premise_reading() -> None:
    text = "If we had $d = 7$, it would change. We have $d = 7$ now. If $d = 7$, then $e = 1$."
    starts = [i for i in range(len(text)) if text.startswith("$d", i)]
    assert [hypothetical_premise(text, s, s + 7) for s in starts] == [True, False, False]


def test_only_if_is_no_supposition() -> None:
    text = "It is 1 if and only if $t = 1$, as the sample had one class."
    assert not hypothetical_premise(text, text.index("$t"), text.index("$t") + 7)
