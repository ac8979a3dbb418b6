"""A course repository's catalog with broken parts: each is reported, none is green, the rest runs (catalog38).

One run over a catalog where one module does not import, one builder raises, one never returns and one
declares an empty range: each is its own ERROR or TIMEOUT row, and the correct entry beside them is PROVED.
"""

from __future__ import annotations

import json

from verifier.cli import main
from verifier.exitcodes import ExitCode

BROKEN = """
import sympy as sp
from verifier.catalog import D, identity


@identity("raises", title="a builder that raises", statement="x", source="course")
def _(b):
    raise ValueError("a typo in the builder")


@identity("loops", title="a builder that never returns", statement="x", source="course")
def _(b):
    while True:
        pass


@identity("empty-range", title="an empty range", statement="x", source="course")
def _(b):
    x = b.interval("x", 2, 1)
    return b.claim(x, x + 1)


@identity("fine", title="a correct entry", statement="x", source="course")
def _(b):
    x = b.real("x")
    return b.claim(D(x**3, x), 3 * x**2)
"""


def test_every_broken_part_is_reported_and_the_rest_runs(make_catalog, capsys) -> None:
    root = make_catalog(broken=BROKEN, typo="def broken(:\n")
    code = main(["all", "--derivations", str(root), "--timeout", "3", "--jobs", "1", "--format", "json",
                 "--no-progress", "--no-cache", "--points", "40"])  # fmt: skip
    report = json.loads(capsys.readouterr().out)
    verdicts = {r["id"]: r["verdict"] for r in report["results"]}
    assert verdicts["fine"] == "PROVED"
    assert verdicts["raises"] == "ERROR" and verdicts["empty-range"] == "ERROR"
    assert verdicts["loops"] == "TIMEOUT"
    assert verdicts["typo.py"] == "ERROR"
    assert code != ExitCode.OK and not report["ok"]
