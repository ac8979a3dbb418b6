r"""A stationary point the prose calls a minimum or a maximum: its kind checked by the second derivative (sound43,
documents.extremumkind, documents.solvedprose).

"Setting it to zero gives $-2w - 2 = 0$, so the minimum is at $w = -1$." of ``f(w) = -w^2 - 2w`` (f'' = −2: a
maximum) had no step (review42). "so the minimum is at" now links the value to the equation before it, as "so" does;
with the notes' f stationary there and f''(c) ≠ 0, the wrong kind is FAILED; the right kind keeps the root's verdict;
where the notes state no f (or f''(c) = 0) the kind is not decided: SKIPPED, never green. Every example is written
here."""

from __future__ import annotations

from support import verdicts_by_line

_F = ("# Extremum\n\nLet $f(w) = BODY$. Then $$f'(w) = DERIVATIVE$$\n\n"
      "Setting it to zero gives $DERIVATIVE = 0$, so the KIND is at $w = -1$.\n")


def _kind(body: str, derivative: str, kind: str) -> list[str]:
    text = _F.replace("BODY", body).replace("DERIVATIVE", derivative).replace("KIND", kind)
    return verdicts_by_line(text)[5]


def test_a_maximum_called_a_minimum_fails() -> None:
    assert _kind("-w^2 - 2w", "-2w - 2", "minimum")[-1] == "FAILED"
    assert _kind("w^3 - 3w", "3w^2 - 3", "minimum")[-1] == "FAILED"  # w = -1: a local maximum of w³ − 3w


def test_the_right_kind_keeps_the_root_verdict() -> None:
    assert _kind("-w^2 - 2w", "-2w - 2", "maximum")[-1] == "PROVED"
    assert _kind("w^2 + 2w", "2w + 2", "minimum")[-1] == "PROVED"


def test_an_undecided_kind_is_not_green() -> None:
    got = verdicts_by_line("# E\n\nSetting the derivative to zero gives $-2w - 2 = 0$, so the minimum is at "
                           "$w = -1$.\n")
    # the equation holds at the point the prose states (PROVED under w = -1, documents.statedintegers); the point
    # called a minimum: no f in the notes
    assert got[3] == ["PROVED", "SKIPPED"]
    assert _kind("(w + 1)^4", "4(w + 1)^3", "maximum") == ["PROVED", "SKIPPED"]  # f''(-1) = 0: the kind undecided
