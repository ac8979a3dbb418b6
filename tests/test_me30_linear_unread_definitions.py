r"""The unread-definition check of a green step costs the same whatever the document's length (me30).

trust17's check (documents.unreaddefinitions, asked by documents.vacuous for each green step) parsed every
definition of the notes again for each step: quadratic in the document's length. ``benchmarks/bench.py``'s
generated 1,000-step document went from 3.9 s to 11.7 s (5.4 s to 20.9 s of CPU). The definitions and
whether their right members read are now found once per document; each step only filters them."""

from __future__ import annotations

import pytest

from verifier.documents import check as check_module
from verifier.documents.check import check_text
from verifier.engine import Settings


def _notes(displays: int) -> str:
    lines = ["```verify", "x: real", "```", ""]
    for k in range(1, displays + 1):
        lines += [f"$$(x + {k})^2 = x^2 + {2 * k} x + {k * k}$$", ""]
    return "\n".join(lines)


def _plain_parses(monkeypatch: pytest.MonkeyPatch, displays: int) -> int:
    calls = 0
    real = check_module._Document.parse_plain

    def counted(self, *args, **kwargs):
        nonlocal calls
        calls += 1
        return real(self, *args, **kwargs)

    monkeypatch.setattr(check_module._Document, "parse_plain", counted)
    result = check_text(_notes(displays), "long.md", Settings(points=20))
    assert all(s.verdict.ok for c in result.chains for s in c.result.steps)
    return calls


def test_parsing_for_the_unread_definition_check_grows_linearly_with_the_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    short, long = _plain_parses(monkeypatch, 30), _plain_parses(monkeypatch, 90)
    assert long <= 3.6 * short, (short, long)  # linear: three times the displays, about three times the parses
