r"""Spanish "fuera de" (outside of) is no "were": a value stated after it is one the notes go on with.

gaps62 added the conditional and subjunctive auxiliaries of other languages to sentences.COUNTERFACTUAL, so that
a value stated in a "would" sentence is no value the notes go on with. Spanish "fuera" is "were" ("Si $c$ fuera
2, …") and also the preposition "outside" ("fuera del primer ejemplo", "fuera de la región"): "Fuera del primer
ejemplo, ahora tomamos $c = 2$." made the new value c = 2 a counterfactual one, and the step right only at the
old c = 1, ``q(3) = 12``, was PROVED (SKIPPED on f837d20b: both values stated). "fuera" followed by "de"/"del" is
the preposition.
"""

from __future__ import annotations

from support import verdicts_by_line


def _steps(aside: str, value: str) -> list[str]:
    note = f"# Q\n\nSea $q(x) = 3(x - c)^2$ donde $c = 1$.\n\n{aside}\n\n$$q(3) = {value}$$\n"
    return verdicts_by_line(note)[7]


def test_a_value_taken_outside_the_first_example_is_one_the_notes_go_on_with() -> None:
    for aside in ("Fuera del primer ejemplo, ahora tomamos $c = 2$.", "Fuera de ese caso, tomamos $c = 2$."):
        got = _steps(aside, "12")
        assert "PROVED" not in got and "PASSED" not in got, (aside, got)


def test_a_value_in_a_were_sentence_is_still_no_value_the_notes_go_on_with() -> None:
    got = _steps("Si fuera $c = 2$, el vértice estaría en $x = 2$.", "3")
    assert got and "PROVED" not in got and "PASSED" not in got, got
    assert _steps("Si fuera $c = 2$, el vértice estaría en $x = 2$.", "12") == ["PROVED"]
