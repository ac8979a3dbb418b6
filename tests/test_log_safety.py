"""Output cannot carry commands (issue 9 §6): file names and messages that reach a CI log are neutralised."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier.cli import main


def _live_commands(text: str) -> list[str]:
    """Lines GitHub Actions would read as workflow commands (``::cmd::`` after spaces, ``##[`` anywhere)."""
    return [line for line in text.splitlines() if line.lstrip().startswith("::") or "##[" in line]


DOC = """# Notes

```verify
x: real
```

$$
x + x = 3x
$$
"""


@pytest.mark.parametrize("name", ["::add-mask::notes.md", "##[group]notes.md"])
def test_verify_doc_prints_hostile_file_names_inert(tmp_path: Path, capsys, name: str) -> None:
    path = tmp_path / name
    path.write_text(DOC, encoding="utf-8")
    code = main(["doc", str(path)])
    out, err = capsys.readouterr()
    assert code == 1  # x + x = 3x is false
    assert "FAILED" in out
    assert _live_commands(out) == [] and _live_commands(err) == []


@pytest.mark.slow(2)
def test_error_messages_and_list_are_inert(make_catalog, capsys) -> None:
    root = make_catalog(
        mod='from verifier.catalog import identity\n\n@identity("t", title="::stop-commands::x", statement="s", '
        'source="##[group]s")\ndef _(b):\n    x = b.real("x")\n    return b.claim(x, x)\n',
        broken="raise ValueError('\\n::add-mask::leak\\n##[error]x')\n",
    )
    main(["list", "--derivations", str(root)])
    main(["no-such-id-::error::x", "--derivations", str(root)])
    main(["all", "--derivations", str(root), "--no-cache"])
    main(["all", "--derivations", str(root), "--no-cache", "--format", "github"])
    main(["all", "--derivations", str(root), "--no-cache", "--format", "markdown"])
    out, err = capsys.readouterr()
    live = [line for line in _live_commands(out) if not line.startswith("::error ")]  # the github format's own
    assert live == [] and _live_commands(err) == []
    main(["all", "--derivations", str(root), "--no-cache", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert any("::add-mask::leak" in r["message"] for r in data["results"])  # the data is intact
