r"""An example's value for a defined name holds for what follows it (green71; red70's probe r02).

"Let $x = 10$, $y = 9$ and $d = x^2 - y^2$ … For instance, take $d = 7$ for a different pair; then $$d + 1 = 20$$"
was PROVED at the defined d = 19: "for instance" made the sentence an example (sentences.COUNTERFACTUAL), which
renewed nothing. An example sentence that takes a value ("for instance, take / let / set / put", "e.g. with", "say
$d = 7$") now gives the name that value for what follows it until the notes return ("however", "back to", "the
original", a new section): documents.renewedvalues reads a green step there at the example's value (never FAILED)."""

from __future__ import annotations

from support import verdicts_by_line

NOTE = """# A difference of squares

Let $x = 10$, $y = 9$ and $d = x^2 - y^2$. Then
$$d = (x - y)(x + y) = 19$$

WORDS $d = 7$ for a different pair; then
$$d + 1 = VALUE$$

In the first pair, however, $$2d = 38$$
"""


def _got(value: str, words: str = "For instance, take") -> dict[int, list[str]]:
    return verdicts_by_line(NOTE.replace("VALUE", value).replace("WORDS", words))


def test_a_value_right_only_at_the_old_definition_is_not_green() -> None:
    got = _got("20")
    assert got[7] and not set(got[7]) & {"PROVED", "PASSED"}


def test_the_right_value_at_the_example_is_green() -> None:
    got = _got("8")
    assert got[7] == ["PROVED"] and got[9] == ["PROVED"]


def test_other_example_words_renew_too() -> None:
    for words in ("For example, let", "E.g. set", "Say we put", "For instance, with", "Another pair, e.g. with"):
        got = _got("20", words)
        assert not set(got[7]) & {"PROVED", "PASSED"}, words
        assert _got("8", words)[7] == ["PROVED"], words


def test_the_notes_return_to_the_first_pair() -> None:
    # after "In the first pair, however" the definition's value is back: 2d = 38 green, 2d = 14 not
    assert _got("8")[9] == ["PROVED"]
    wrong = verdicts_by_line(NOTE.replace("VALUE", "8").replace("WORDS", "For instance, take").replace("38", "14"))
    assert not set(wrong[9]) & {"PROVED", "PASSED"}


def test_a_would_sentence_is_still_no_renewal() -> None:
    # "If for instance we took $d = 7$, then d + 1 would be 8": no value the notes go on with
    note = NOTE.replace("VALUE", "20").replace("WORDS $d = 7$ for a different pair; then",
                                                "If for instance we had $d = 7$, it would change; still")
    assert verdicts_by_line(note)[7] == ["PROVED"]  # d + 1 = 20: d still the definition's 19
