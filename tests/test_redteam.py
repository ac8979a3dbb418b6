"""Holes found by probing the merged main adversarially (issue 9): each test failed before its fix."""

from __future__ import annotations

import pytest

from verifier.cli import main
from verifier.logsafe import BIDI

HOSTILE = "t\\n::error::T\\n  ##[group]G \\x1b[31mred\\u202e"


def _unsafe(text: str) -> list[str]:
    """Lines a CI log or a terminal would act on: workflow commands, ANSI escapes, bidi controls."""
    return [
        line
        for line in text.splitlines()
        if line.lstrip().startswith("::") or "##[" in line or "\x1b" in line or any(c in line for c in BIDI)
    ]


def test_verify_list_neutralises_titles_and_tags(make_catalog, capsys) -> None:
    root = make_catalog(
        mod="from verifier.catalog import identity\n\n"
        f'@identity("t", title="{HOSTILE}", statement="s", source="s", tags=("{HOSTILE}",))\n'
        'def _(b):\n    x = b.real("x")\n    return b.claim(x, x)\n'
    )
    assert main(["list", "--derivations", str(root)]) == 0
    out, err = capsys.readouterr()
    assert "red" in out
    assert _unsafe(out) == [] and _unsafe(err) == []


@pytest.mark.parametrize("value", ["inf", "1e308"])
def test_an_unbounded_timeout_is_a_usage_error_not_a_crash(make_catalog, capsys, value: str) -> None:
    root = make_catalog(mod="from verifier.catalog import identity\n")
    assert main(["all", "--derivations", str(root), "--timeout", value]) == 2
    assert "--timeout" in capsys.readouterr().err


def test_an_infinite_timeout_in_pyproject_is_a_config_error(tmp_path, monkeypatch, capsys) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.verify]\ntimeout = inf\n", encoding="utf-8")
    (tmp_path / "derivations").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["all"]) == 2
    assert "timeout" in capsys.readouterr().err
