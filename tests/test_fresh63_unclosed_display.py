r"""A ``$$`` display never closed is content not read: its math was dropped in silence (fresh63's attention notebook
lost a display so, and a wrong gradient in it showed as no step at all, beside green steps). Now the reader notes it
and the run is not green. Every example is written here."""

from __future__ import annotations

import json
from pathlib import Path

from verifier.cli import main

_NOTE = """# Squares

We have

$$(x+1)^2 = x^2 + 2x + 1$$

and the gradient is

$$\\frac{d}{dx} x^2 = 3x.

More text, a price of \\$\\$, `$$` in code and GitHub's $`s = a`$.
"""


def _run(tmp_path: Path, text: str, capsys) -> tuple[int, list[dict]]:
    path = tmp_path / "notes.md"
    path.write_text(text)
    code = main(["doc", str(path), "--no-progress", "--points", "30", "--format", "json"])
    return code, json.loads(capsys.readouterr().out)["results"]


def test_an_unclosed_display_is_content_not_read(tmp_path: Path, capsys) -> None:
    code, results = _run(tmp_path, _NOTE, capsys)
    unread = [r for r in results if "never closed" in (r.get("message") or "")]
    assert [r["verdict"] for r in unread] == ["SKIPPED"], results
    assert unread[0]["source"].endswith("notes.md:9")
    assert code == 1


def test_closed_displays_and_escaped_dollars_read_whole(tmp_path: Path, capsys) -> None:
    code, results = _run(tmp_path, _NOTE.replace("= 3x.", "= 2x.$$"), capsys)
    assert not [r for r in results if "never closed" in (r.get("message") or "")], results
    assert code == 0
