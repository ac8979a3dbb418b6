r"""A name the prose gives a new meaning in words no longer has the number stated for it before (sound40).

"Let $X$ … $\mathbb{E}[X] = 2$ … Next, let $X$ be uniform on $\{0, 1\}$ instead" then ``2\mathbb{E}[X] + 1 = 5``
was PROVED at the old moment; "where $\max_{a'} Q(s', a') = 5$ … Next we land in another state, with …" then
``r + \gamma \max_{a'} Q(s', a') = 1 + 0.9 \cdot 5`` PROVED at the old optimum; "Let $a = 3$ … Now let $a$ be the
mean instead" then ``a^2 + 1 = 3^2 + 1`` PROVED at the old value (documents.renewednames). Every example is
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.renewednames import head_of, renewals

MOMENT = r"""
# Moments

Let $X$ be a random variable with $\mathbb{E}[X] = 2$. Then

$$
\mathbb{E}[2X + 1] = 2\mathbb{E}[X] + 1 = 5
$$

SENTENCE Then

$$
\mathbb{E}[2X + 1] = 2\mathbb{E}[X] + 1 = 5
$$
"""

OPTIMUM = r"""
# Q-learning

We land in $s'$ where $\max_{a'} Q(s', a') = 5$, with $r = 1$ and $\gamma = 0.9$:

$$
y = r + \gamma \max_{a'} Q(s', a') = 1 + 0.9 \cdot 5 = 5.5
$$

SENTENCE The target is

$$
y = r + \gamma \max_{a'} Q(s', a') = 1 + 0.9 \cdot 5 = 5.5
$$
"""

VALUE = r"""
# Numbers

Let $a = 3$. Then

$$
a^2 + 1 = 3^2 + 1 = 10
$$

SENTENCE Then

$$
a^2 + 1 = 3^2 + 1 = 10
$$
"""


def _verdicts(notes: str, sentence: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(notes.replace("SENTENCE", sentence))]


def test_a_moment_given_a_new_meaning_in_words_proves_nothing() -> None:
    got = _verdicts(MOMENT, r"Next, let $X$ be uniform on $\{0, 1\}$ instead.")
    assert got[:2] == ["PROVED", "PROVED"]  # at the stated moment
    assert got[3] not in ("PROVED", "PASSED")  # the uniform X has mean 1/2, not 2


def test_a_moment_kept_in_words_still_holds() -> None:
    assert _verdicts(MOMENT, "With the same $X$ as before:") == ["PROVED"] * 4
    assert _verdicts(MOMENT, "Again:") == ["PROVED"] * 4


def test_an_optimum_of_another_state_proves_nothing() -> None:
    got = _verdicts(OPTIMUM, r"Next we land in another state, with $Q(s', a_1) = 1$ and $Q(s', a_2) = 4$.")
    assert got[1] == "PROVED"  # at the stated optimum
    assert got[4] not in ("PROVED", "PASSED")  # this state's best value is 4


def test_a_value_given_a_new_meaning_proves_nothing() -> None:
    got = _verdicts(VALUE, "Now let $a$ be the mean of the data instead.")
    assert got[:2] == ["PROVED", "PROVED"]
    assert got[2] not in ("PROVED", "PASSED")
    assert got[3] == "PROVED"  # 3^2 + 1 = 10 holds whatever a is


def test_a_new_value_stated_in_the_renewing_sentence_is_read() -> None:
    got = _verdicts(VALUE, "Now let $a = 4$ instead.")
    assert got[2] not in ("PROVED", "PASSED")  # a is 4 now: 4^2 + 1 is not 3^2 + 1
    notes = VALUE.replace("SENTENCE Then\n\n$$\na^2 + 1 = 3^2 + 1 = 10", "SENTENCE Then\n\n$$\na^2 + 1 = 4^2 + 1 = 17")
    assert _verdicts(notes, "Now let $a = 4$ instead.")[2:] == ["PROVED", "PROVED"]


def test_what_a_sentence_renews() -> None:
    def heads(text: str) -> list[set[str]]:
        return [set(r.heads) for r in renewals(text)]

    assert heads(r"Let $X$ be uniform on $\{0, 1\}$ instead.") == [{"X"}]
    assert heads(r"Now let $a, b$ be two new numbers.") == [{"a", "b"}]
    assert heads(r"Let $f(a) = a^2$.") == [{"f"}]  # introduces f, not a
    assert heads(r"In another state, $Q(s', a_1) = 1$.") == [{"Q"}]
    assert heads(r"We use $w' = w - \eta g$ to compute the loss.") == []  # no new meaning said
    assert heads(r"Let $X$ be as before.") == []
    assert head_of(r"\mathbb{E}[X^2]") == "X" and head_of(r"\max_{a'} Q(s', a')") == "Q"
