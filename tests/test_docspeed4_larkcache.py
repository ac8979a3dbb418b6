"""docspeed4: the grammar's LALR tables are kept between processes, trusted only with the per-user MAC."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import pytest
from lark import Lark

from verifier.latex import larkcache, parsememo, parser

FORMULA = r"\frac{\partial}{\partial x} \sum_{i=1}^n w_i x_i^2 + \sigma(z)^\top"


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "derivation-verifier"


@functools.cache
def _built() -> Lark:
    """The grammar's parser, built once per process for these tests (its LALR tables cost ~0.6 s of CPU
    per build: four builds were most of this file). What they assert is whether ``cached_lark`` calls
    ``build`` or loads the saved file, which the count says; a loaded parser is still a new object."""
    return parser._build_lark()


def _counting_build(calls: list[int]) -> Callable[[], Lark]:
    def build() -> Lark:
        calls.append(1)
        return _built()

    return build


def _parse_with(lark_parser: object) -> str:
    """FORMULA parsed by ``lark_parser``: not a tree kept from another parser (latex.parsememo), nor one kept after."""
    parser._lark.cache_clear()
    original = parser._lark
    parsememo.clear()
    try:
        parser._lark = lambda: lark_parser  # type: ignore[assignment]
        return str(parser.parse_latex(FORMULA))
    finally:
        parser._lark = original
        parsememo.clear()


def test_a_second_process_loads_the_saved_parser_instead_of_building_it(cache_home: Path) -> None:
    calls: list[int] = []
    first = larkcache.cached_lark(parser.GRAMMAR, _counting_build(calls), {"transformer": parser.Builder()})
    assert calls == [1] and list(cache_home.glob("lark-*.pickle"))
    again = larkcache.cached_lark(parser.GRAMMAR, _counting_build(calls), {"transformer": parser.Builder()})
    assert calls == [1]  # loaded, not built
    assert _parse_with(again) == _parse_with(first) == str(parser.parse_latex(FORMULA))


def test_a_file_without_the_users_mac_is_not_loaded(cache_home: Path) -> None:
    calls: list[int] = []
    larkcache.cached_lark(parser.GRAMMAR, _counting_build(calls), {"transformer": parser.Builder()})
    (saved,) = cache_home.glob("lark-*.pickle")
    data = saved.read_bytes()
    saved.write_bytes(b"0" * 64 + data[64:])  # a forged or copied file: the MAC does not match
    larkcache.cached_lark(parser.GRAMMAR, _counting_build(calls), {"transformer": parser.Builder()})
    assert calls == [1, 1]  # built again, the file ignored


def test_no_writable_cache_directory_only_means_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    calls: list[int] = []
    built = larkcache.cached_lark(parser.GRAMMAR, _counting_build(calls), {"transformer": parser.Builder()})
    assert calls == [1]
    assert _parse_with(built) == str(parser.parse_latex(FORMULA))
