r"""iso14: a literal or a member longer than the formula parser reads (``MAX_SOURCE_CHARS``) is not
taken apart character by character by the readers that look at the notes' text before any parse.

A 400×400 ``pmatrix`` (2 MB on one display) cost ~14 s of CPU in ``literals`` (each row and cell split
in a Python loop, twice) and ``substituted`` (each member tokenised): the note's reading ran out of its
budget, so no step was checked, while the display itself is SKIPPED as too long to read anyway.
Counted here by calls, not timed."""

from __future__ import annotations

import pytest

from verifier.documents import literals, substituted
from verifier.latex.vocabulary import MAX_SOURCE_CHARS


def _pmatrix(n: int) -> str:
    rows = " \\\\ ".join(" & ".join(f"a_{{{i}{j}}}" for j in range(n)) for i in range(n))
    return f"\\begin{{pmatrix}} {rows} \\end{{pmatrix}}"


def _key(text: str) -> tuple[str, tuple[()]] | None:
    return (text.strip(), ()) if text.strip().isalpha() else None


@pytest.fixture
def splits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    count = [0]
    real = literals._split_top

    def counted(body: str, sep: str) -> list[str]:
        count[0] += 1
        return real(body, sep)

    monkeypatch.setattr(literals, "_split_top", counted)
    return count


def test_a_literal_too_long_to_parse_is_split_once(splits: list[int]) -> None:
    # review22e: still the name's shape (evidence for its other steps), split in linear time
    # (literals._split_top looks at the separators and brackets only), once: its rows, then each row
    big = _pmatrix(60)
    assert len(big) > MAX_SOURCE_CHARS
    assert literals.literal_shapes(f"$$A = {big}$$", _key) == {("A", ()): (60, 60)}
    assert splits[0] == 1 + 60


def test_a_literal_the_parser_reads_still_gives_its_shape(splits: list[int]) -> None:
    assert literals.literal_shapes(f"$$A = {_pmatrix(3)}$$", _key) == {("A", ()): (3, 3)}


def test_members_too_long_to_parse_are_not_tokenised(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    real = substituted._tokens

    def counted(text: str):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return real(text)

    monkeypatch.setattr(substituted, "_tokens", counted)
    long = " + ".join(f"y_{{{k}}}" for k in range(MAX_SOURCE_CHARS // 4))
    assert substituted.substitution(f"\\frac{{d}}{{dx}} s + {long}", f"\\frac{{d}}{{dx}} \\log(2 x) + {long}") is None
    assert calls[0] == 0
    assert substituted.substitution(r"\frac{d}{dx} s", r"\frac{d}{dx} \log(2 x)") == ("s", r"\log(2 x)")


def test_a_member_too_long_to_parse_gets_no_bracket_put_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from verifier.documents import brackets
    from verifier.latex import LatexError

    walked = [0]
    real = brackets._depths

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        walked[0] += 1
        return real(*args, **kwargs)

    def parse(text: str):  # type: ignore[no-untyped-def]
        raise LatexError("formula too long")

    monkeypatch.setattr(brackets, "_depths", counted)
    long = "(" + " + ".join(f"y_{{{k}}}" for k in range(MAX_SOURCE_CHARS // 4))
    assert brackets.restore_bracket(long, parse, LatexError("unbalanced ( at 0")) is None
    assert walked[0] == 0
