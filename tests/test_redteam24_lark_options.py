"""redteam24: the saved LALR parser was keyed by the grammar's text alone.

A verifier whose grammar is unchanged but whose parser is built with other options (a release that
turns ``maybe_placeholders`` on, another lexer class) loaded the parser the old options built, and
read formulas the old way: the key must cover how the parser is built, not only the grammar."""

from __future__ import annotations

from pathlib import Path

import pytest
from lark import Lark

from verifier.latex import larkcache

GRAMMAR = """
start: "a" [NUMBER] "b"
%import common.NUMBER
"""


def _without() -> Lark:
    return Lark(GRAMMAR, parser="lalr", maybe_placeholders=False)


def _with() -> Lark:
    return Lark(GRAMMAR, parser="lalr", maybe_placeholders=True)


def test_a_parser_built_with_other_options_is_not_loaded_from_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert len(larkcache.cached_lark(GRAMMAR, _without, {}).parse("ab").children) == 0
    assert len(larkcache.cached_lark(GRAMMAR, _with, {}).parse("ab").children) == 1  # a placeholder None
    assert len(larkcache.cached_lark(GRAMMAR, _without, {}).parse("ab").children) == 0
