from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from verifier.cli import main


@pytest.fixture(autouse=True)
def _private_key_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home

def verdicts(root: Path, capsys):
    main(["all", "--derivations", str(root), "--points", "30", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    return {r["id"]: (r["verdict"], r["cached"]) for r in data["results"]}

def _module(observe: str, imports: str) -> str:
    return (
        f"import os\nfrom pathlib import Path\n{imports}\nfrom verifier.catalog import identity\n\n"
        '@identity("looks", title="t", statement="s", source="test")\n'
        "def _(b):\n"
        "    here = Path(__file__).parent\n"
        "    x = b.real('x')\n"
        f"    factor = 2 if ({observe}) else 3\n"
        "    return b.claim(factor * x, 2 * x)\n"
    )

CASES = {
    "numpy": ("import numpy as np", "float(np.loadtxt(here / 'flag')) == 2.0", "2.0\n", "3.0\n"),
    "json": ("import json", "json.loads((here / 'flag').read_text()) == 2", "2", "3"),
    "fromstat": ("from os import stat", "stat(here / 'flag').st_size == 4", "four", "fiver"),
    "frompath": ("from os.path import exists, getsize", "getsize(here / 'flag') == 4", "four", "fiver"),
    "glob": ("import glob", "len(glob.glob(str(here / 'fl*'))) == 1", "four", None),
}

@pytest.mark.parametrize("name", sorted(CASES))
def test_change(name, make_catalog, capsys) -> None:
    imports, observe, before, after = CASES[name]
    root = make_catalog(claims=_module(observe, imports))
    (root / "flag").write_text(before)
    time.sleep(0.02)
    assert verdicts(root, capsys) == {"looks": ("PROVED", False)}
    assert verdicts(root, capsys) == {"looks": ("PROVED", True)}
    if after is None:
        (root / "flag2").write_text("x")
    else:
        (root / "flag").write_text(after)
    assert verdicts(root, capsys)["looks"][0] == "FAILED"

def test_env(make_catalog, capsys, monkeypatch) -> None:
    root = make_catalog(claims=_module("os.environ.get('R31B_COEF', '2') == '2'", ""))
    assert verdicts(root, capsys) == {"looks": ("PROVED", False)}
    assert verdicts(root, capsys) == {"looks": ("PROVED", True)}
    monkeypatch.setenv("R31B_COEF", "3")
    assert verdicts(root, capsys)["looks"][0] == "FAILED"
