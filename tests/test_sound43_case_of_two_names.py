r"""A case that fixes two names ("When $x = 2$ and $w = 1$, $z = 6$" after ``z = x^2 + w``) is read at both (sound43,
documents.casevalues).

The case fixed x only, so the value stayed SKIPPED "… whose values the notes give only in prose" (review42, left by
sound42's one-name case). A further ``v = c`` joined to the case by "and" right after it, of a name the definition
writes, is part of the case: the wrong value FAILED, the right one PROVED; in other circumstances ("If we doubled
it, …") or where the second name is fixed in words only, SKIPPED as before. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTES = "# Z\n\n$$z = x^2 + w$$\n\nLINE\n"


def _line(line: str) -> list[str]:
    return verdicts_by_line(_NOTES.replace("LINE", line))[5]


def test_a_case_of_two_names_decides_the_value() -> None:
    assert _line("When $x = 2$ and $w = 1$, $z = 6$.") == ["FAILED"]
    assert _line("When $x = 2$ and $w = 1$, $z = 5$.") == ["PROVED"]


def test_other_circumstances_or_a_name_fixed_in_words_stay_skipped() -> None:
    assert _line("If we doubled it, when $x = 2$ and $w = 1$, $z = 6$.") == ["SKIPPED"]
    assert _line("When $x = 2$ and $w$ is one, $z = 6$.") == ["SKIPPED"]
