r"""A sentence naming a part, left unfinished before a blank line and the display, names the display's part
(sound43, documents.namedparts).

"(c) Recall from (a) that", a blank line, then ``$$q(1) = 4$$`` was read at the latest value (a = 3 in part (b):
FAILED, and the wrong ``q(1) = 16`` PROVED) — review42: the naming was read only in the display's own lines or an
unbroken lead-in sentence. A lead-in that ends with a word, a colon or a comma goes on across the blank line. Every
example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTES = """# Exercise 3

The score is $q(x) = (x + a)^2$.

(a) Let $a = 1$. Then

$$q(3) = (3 + 1)^2 = 16$$

(b) Now let $a = 3$. Then

$$q(3) = (3 + 3)^2 = 36$$

(c) LEAD

$$q(1) = VALUE$$
"""


def _last(lead: str, value: str) -> list[str]:
    return verdicts_by_line(_NOTES.replace("LEAD", lead).replace("VALUE", value))[15]


def test_an_unfinished_lead_in_across_a_blank_line_names_the_part() -> None:
    assert _last("Recall from (a) that", "4") == ["PROVED"]
    assert _last("Recall from (a) that", "16") == ["FAILED"]  # 16 is part (b)'s a = 3, not part (a)'s


def test_a_finished_sentence_before_the_blank_line_names_nothing_for_the_display() -> None:
    assert _last("Recall part (a). Here the value is:", "16") == ["PROVED"]  # "here": the line's own part
