"""Readings found by a fresh set of notes (fresh7): a gate family whose weights carry the gate's
letter as a label (``f_t = \\sigma(a_t)``, ``a_t = w_f x_t``) must not crash the checker. Every
example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings
from verifier.results import Verdict


def verdicts(text: str, path: str = "notes.md") -> list[tuple[int, Verdict, str]]:
    chk = check_text(text, path, Settings(), timeout=60)
    return [(line, s.verdict, s.message or "")
            for ch in chk.chains for s, line in zip(ch.result.steps, ch.step_lines, strict=True)]


def test_a_family_needed_for_its_own_entries_is_not_an_internal_error() -> None:
    text = (
        "The state is $s_t = f_t s_{t-1}$ and the gate is $f_t = \\sigma(a_t)$ with $a_t = w_f x_t$.\n"
        "\n"
        "$$\\frac{\\partial s_t}{\\partial w_f} = s_{t-1} f_t (1 - f_t) x_t$$\n"
    )
    found = verdicts(text)
    assert found and all(v is not Verdict.ERROR for _, v, _ in found), found
