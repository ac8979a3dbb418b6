r"""σ defined with a transcendental body where the words of its line name another function is the notes' own
(sound44, documents.ownbuiltins).

"Let the noise schedule be $\sigma(t) = e^{-t}$." was read as a wrong logistic: the definition FAILED, and so did
``\sigma(0) = 1`` and ``\frac{d}{dt}\sigma(t) = -\sigma(t)`` (sound43, left). Words that name another function on
the definition's line (a schedule, a spread, a width, a kernel …) make σ the notes' own whatever its body; with no
such words, or with "sigmoid", a body with an exponential stays a claim about the logistic. A wrong derivative of
the notes' own σ is FAILED (it was SKIPPED "read as products"). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line


def test_a_schedule_with_an_exponential_is_the_notes_own() -> None:
    got = verdicts_by_line("# S\n\nLet the noise schedule be $\\sigma(t) = e^{-t}$.\n\n$$\\sigma(0) = 1$$\n\n"
                           "$$\\frac{d}{dt}\\sigma(t) = -\\sigma(t)$$\n\n$$\\frac{d}{dt}\\sigma(t) = \\sigma(t)$$\n")
    assert "FAILED" not in got.get(3, [])
    assert got[5] == ["PROVED"] and got[7] == ["PROVED"] and got[9] == ["FAILED"]


def test_a_wrong_sigmoid_stays_failed() -> None:
    assert verdicts_by_line("# S\n\n$$\\sigma(z) = \\frac{1}{1 + e^{z}}$$\n")[3] == ["FAILED"]
    got = verdicts_by_line("# S\n\nThe sigmoid, our noise schedule, is $$\\sigma(t) = \\frac{1}{1 + e^{t}}$$\n")
    assert "FAILED" in [v for vs in got.values() for v in vs]
