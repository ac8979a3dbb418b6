"""A builder's look at the file system is part of what its cached verdict rests on (gaps19).

``os.path.exists`` and its kin (``isfile``, ``isdir``, ``getsize``, ``pathlib``'s ``exists`` and
``is_file``, ``os.access``), and the attempt to open a file that is not there, read no bytes and list
no directory, so the read recorder did not see them: an entry whose builder checked whether a file
exists kept its verdict from the cache after the file appeared or disappeared (a stale PROVED for
what had become a false claim).
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from verifier.cli import main


@pytest.fixture(autouse=True)
def _private_key_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


def verdicts(root: Path, capsys) -> dict[str, tuple[str, bool]]:
    main(["all", "--derivations", str(root), "--points", "30", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    return {r["id"]: (r["verdict"], r["cached"]) for r in data["results"]}


def _module(observe: str, imports: str = "import os\nfrom pathlib import Path") -> str:
    """A builder whose claim holds exactly when ``observe`` (an expression of ``here``) is true."""
    return (
        f"{imports}\nfrom verifier.catalog import identity\n\n"
        '@identity("looks", title="t", statement="s", source="test")\n'
        "def _(b):\n"
        "    here = Path(__file__).parent\n"
        "    x = b.real('x')\n"
        f"    factor = 2 if ({observe}) else 3\n"
        "    return b.claim(factor * x, 2 * x)\n"
    )


OBSERVATIONS = {
    "os.path.exists": "os.path.exists(here / 'flag')",
    "os.path.isfile": "os.path.isfile(here / 'flag')",
    "os.path.lexists": "os.path.lexists(here / 'flag')",
    "os.path.getsize": "os.path.exists(here / 'flag') and os.path.getsize(here / 'flag') == 4",
    "Path.exists": "(here / 'flag').exists()",
    "Path.is_file": "(here / 'flag').is_file()",
    "os.access": "os.access(here / 'flag', os.R_OK)",
    "os.stat": "os.stat(here / 'flag').st_size == 4 if os.path.exists(here / 'flag') else False",
}


@pytest.mark.parametrize("name", sorted(OBSERVATIONS))
def test_a_file_that_disappears_reruns_an_entry_that_checked_it(name: str, make_catalog, capsys) -> None:
    root = make_catalog(claims=_module(OBSERVATIONS[name]))
    (root / "flag").write_text("four")
    assert verdicts(root, capsys) == {"looks": ("PROVED", False)}
    assert verdicts(root, capsys) == {"looks": ("PROVED", True)}
    (root / "flag").unlink()
    assert verdicts(root, capsys) == {"looks": ("FAILED", False)}


@pytest.mark.parametrize("name", sorted(OBSERVATIONS))
def test_a_file_that_appears_reruns_an_entry_that_checked_it(name: str, make_catalog, capsys) -> None:
    root = make_catalog(claims=_module(OBSERVATIONS[name]))
    assert verdicts(root, capsys) == {"looks": ("FAILED", False)}
    assert verdicts(root, capsys) == {"looks": ("FAILED", True)}
    (root / "flag").write_text("four")
    assert verdicts(root, capsys) == {"looks": ("PROVED", False)}


def test_a_directory_that_appears_reruns_an_entry_that_checked_it(make_catalog, capsys) -> None:
    root = make_catalog(claims=_module("os.path.isdir(here / 'cases')"))
    (root / "cases").write_text("a file, not a directory")
    assert verdicts(root, capsys) == {"looks": ("FAILED", False)}
    assert verdicts(root, capsys) == {"looks": ("FAILED", True)}
    (root / "cases").unlink()
    (root / "cases").mkdir()
    assert verdicts(root, capsys) == {"looks": ("PROVED", False)}


OPENS_IF_THERE = """
from pathlib import Path
from verifier.catalog import identity

@identity("opens", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    try:
        factor = int((Path(__file__).parent / "factor.txt").read_text())
    except FileNotFoundError:
        factor = 2
    return b.claim(factor * x, 2 * x)
"""


def test_a_file_a_builder_failed_to_open_reruns_the_entry_when_it_appears(make_catalog, capsys) -> None:
    root = make_catalog(claims=OPENS_IF_THERE)
    assert verdicts(root, capsys) == {"opens": ("PROVED", False)}
    assert verdicts(root, capsys) == {"opens": ("PROVED", True)}
    (root / "factor.txt").write_text("3")
    assert verdicts(root, capsys) == {"opens": ("FAILED", False)}


def test_a_directory_entry_that_changes_kind_reruns_an_entry_that_globbed_for_directories(
    make_catalog, capsys
) -> None:
    root = make_catalog(claims=_module("len(list(here.glob('cases/*/'))) == 1"))
    (root / "cases").mkdir()
    (root / "cases" / "one").mkdir()
    assert verdicts(root, capsys) == {"looks": ("PROVED", False)}
    assert verdicts(root, capsys) == {"looks": ("PROVED", True)}
    (root / "cases" / "one").rmdir()
    (root / "cases" / "one").write_text("now a file")
    assert verdicts(root, capsys) == {"looks": ("FAILED", False)}


AT_IMPORT = """
import os
from pathlib import Path
from verifier.catalog import identity

FACTOR = 2 if os.path.exists(Path(__file__).parent / "flag") else 3

@identity("at-import", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    return b.claim(FACTOR * x, 2 * x)
"""


def test_a_file_the_module_checked_when_imported_reruns_its_entries(make_catalog, capsys) -> None:
    root = make_catalog(claims=AT_IMPORT)
    (root / "flag").write_text("x")
    assert verdicts(root, capsys) == {"at-import": ("PROVED", False)}
    (root / "flag").unlink()
    assert verdicts(root, capsys) == {"at-import": ("FAILED", False)}


def test_a_helper_outside_the_catalog_a_builder_imports_reruns_the_entry(make_catalog, capsys, tmp_path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "course_helper_gaps19.py").write_text("FACTOR = 2\n")
    source = textwrap.dedent(
        f"""
        import sys
        from verifier.catalog import identity

        @identity("outside", title="t", statement="s", source="test")
        def _(b):
            sys.path.insert(0, {str(lib)!r})
            from course_helper_gaps19 import FACTOR
            x = b.real("x")
            return b.claim(FACTOR * x, 2 * x)
        """
    )
    root = make_catalog(claims=source)
    assert verdicts(root, capsys) == {"outside": ("PROVED", False)}
    assert verdicts(root, capsys) == {"outside": ("PROVED", True)}
    (lib / "course_helper_gaps19.py").write_text("FACTOR = 3\n")
    assert verdicts(root, capsys) == {"outside": ("FAILED", False)}
