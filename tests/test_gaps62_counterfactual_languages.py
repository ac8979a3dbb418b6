r"""A value stated in a "would" or "for example" sentence of notes in other languages is no value they go on with.

red61 taught documents.latestvalues that "If instead $c = 2$, the vertex would move …" states no value the notes go
on with; its words (sentences.COUNTERFACTUAL) were English only, so after "Sei $q(x) = 3(x - c)^2$ wobei $c = 1$."
the German "Wäre dagegen $c = 2$, so würde der Scheitel …" made the wrong ``q(3) = 3`` PROVED at c = 2 and the right
``q(3) = 12`` SKIPPED; so in French, Spanish, Portuguese and Chinese (gaps62). The words are in
documents.prosewords' table now, beside the other words the readings key on. Every note is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTES = (
    ("Sei $q(x) = 3(x - c)^2$ wobei $c = 1$.", "Wäre dagegen $c = 2$, so würde der Scheitel nach $x = 2$ wandern."),
    ("Sei $q(x) = 3(x - c)^2$ wobei $c = 1$.", "Zum Beispiel läge der Scheitel mit $c = 2$ bei $x = 2$."),
    ("Soit $q(x) = 3(x - c)^2$ où $c = 1$.", "Par exemple, avec $c = 2$, le sommet se déplace en $x = 2$."),
    ("Soit $q(x) = 3(x - c)^2$ où $c = 1$.", "Si $c = 2$, le sommet serait en $x = 2$."),
    ("Sea $q(x) = 3(x - c)^2$ donde $c = 1$.", "Por ejemplo, con $c = 2$, el vértice está en $x = 2$."),
    ("Seja $q(x) = 3(x - c)^2$ onde $c = 1$.", "Por exemplo, com $c = 2$, o vértice está em $x = 2$."),
    ("设 $q(x) = 3(x - c)^2$，其中 $c = 1$。", "例如，取 $c = 2$，顶点移到 $x = 2$。"),
)


def _steps(definition: str, aside: str, value: str) -> list[str]:
    return verdicts_by_line(f"# Q\n\n{definition}\n\n{aside}\n\n$$q(3) = {value}$$\n")[7]


@pytest.mark.parametrize(("definition", "aside"), _NOTES)
def test_a_step_right_only_at_the_example_value_is_not_green(definition: str, aside: str) -> None:
    got = _steps(definition, aside, "3")
    assert got and "PROVED" not in got and "PASSED" not in got, got


@pytest.mark.parametrize(("definition", "aside"), _NOTES)
def test_the_step_at_the_notes_value_is_proved(definition: str, aside: str) -> None:
    assert _steps(definition, aside, "12") == ["PROVED"]


def test_a_value_taken_in_another_language_is_still_read() -> None:
    # "Nun sei" goes on with the new value, as "Now take" does
    assert _steps("Sei $q(x) = 3(x - c)^2$ wobei $c = 1$.", "Nun sei $c = 2$.", "3") == ["PROVED"]
