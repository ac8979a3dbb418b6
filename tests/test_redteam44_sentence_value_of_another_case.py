r"""A value stated in a sentence that goes on to another case is not the display's rounding (redteam44,
documents.sentencecomputed).

sound43 read "The loss is $L = 0.69$, where $$L = -\log 0.4.$$" as one sentence stating the display's value,
rounded, and FAILED the display. Any sentence did: "For $p = 0.5$ we get $L = 0.69$, and for the harder example
$$L = -\log 0.4 \approx 0.92$$", "At initialisation $L = 0.69$, and after one step $$L = -\log 0.6 = 0.51$$" and
"… $L = 0.69$ at the start, while with the trained weights $$L = -\log 0.9$$" were FAILED (false alarms): the
sentence gives the name two values, one per case. Only words that say the display computes the value ("where",
"since", "because", "as", "from", "given by", "computed as", "which is") join the two now. Every example is written
here."""

from __future__ import annotations

from support import verdicts_by_line


def test_a_second_case_in_the_same_sentence_is_not_failed() -> None:
    cases = [
        "For $p = 0.5$ we get $L = 0.69$, and for the harder example\n$$L = -\\log 0.4 \\approx 0.92.$$\n",
        "At initialisation $L = 0.69$, and after one step\n$$L = -\\log 0.6 = 0.51.$$\n",
        "The loss is $L = 0.69$ at the start, while with the trained weights\n$$L = -\\log 0.9 \\approx 0.105.$$\n",
    ]
    for case in cases:
        assert "FAILED" not in verdicts_by_line("# Loss\n\n" + case)[4], case


def test_the_sentence_that_computes_its_value_still_fails() -> None:
    for words in (", where", " since", ", computed as", " because", ", which is"):
        text = f"# Loss\n\nThe loss is $L = 0.69${words}\n$$L = -\\log 0.4.$$\n"
        assert verdicts_by_line(text)[4] == ["FAILED"], words
    assert verdicts_by_line("# Loss\n\nThe loss is $L = 0.92$, where\n$$L = -\\log 0.4.$$\n")[4] != ["FAILED"]
