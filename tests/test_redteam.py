"""Holes found by probing the merged main adversarially (issue 9): each test failed before its fix."""

from __future__ import annotations

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
