r"""The letters the prose names (``namedconstants.prose_named_letters``) are read once per text (docspeed66).

``inlineclaims`` asks them of the whole notes for every inline arithmetic claim (is ``e`` Euler's number here?),
a scan of every sentence each time. The answer is a function of the text alone, so it is remembered per text; each
caller still gets a dict of its own."""

from __future__ import annotations

from support import CountedScans

from verifier.documents import namedconstants

_NOTES = "Let $e$ be the error of the fit.\n\nThe policy $\\pi$ picks an action. Then $2 + 3 = 5$ and $e^2$ is small.\n"


def test_the_same_notes_are_scanned_once(monkeypatch) -> None:
    counting = CountedScans(namedconstants.SENTENCE)
    monkeypatch.setattr(namedconstants, "SENTENCE", counting)
    text = _NOTES + "% docspeed66 once\n"  # a text no other test reads
    first = namedconstants.prose_named_letters(text)
    second = namedconstants.prose_named_letters(text)
    assert first == second == {"e": 1, "pi": 3}
    assert counting.scans == 1


def test_each_caller_gets_its_own_dict() -> None:
    text = _NOTES + "% docspeed66 own\n"
    mine = namedconstants.prose_named_letters(text)
    mine["e"] = 99
    assert namedconstants.prose_named_letters(text) == {"e": 1, "pi": 3}


def test_another_text_is_read_anew() -> None:
    assert namedconstants.prose_named_letters("Let $e$ be the residual.\n% docspeed66 anew\n") == {"e": 1}
    assert namedconstants.prose_named_letters("The constant $e$ is Euler's.\n% docspeed66 anew\n") == {}
