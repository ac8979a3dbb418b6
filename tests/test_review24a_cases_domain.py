r"""review24a: the proof by cases refuted a right step at a point outside the variables' domain.

The cases cut each symbol's *assumed* range (an entry of a one-hot or probability vector is only
``nonnegative``/``positive`` to SymPy); redteam24 made a region's middle point refute the step. For the
entries of a one-hot vector no point strictly between 0 and 1 is a value at all, and for a probability
vector a point with an entry above 1 (or the eliminated last entry below 0) is none either: the sides
may differ there while the step holds on every vector the notes mean. ``\sum_k 1[y_k = 1] = 1`` for a
one-hot y (PASSED before) became SKIPPED "the sides differ at y_1 = 1/2". A point inside the domain still
refutes (a wrong branch on a thin interval of a probability).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier.cli import main
from verifier.documents.check import check_text
from verifier.results import Verdict

ENTRIES = """
import sympy as sp
from verifier.catalog import identity

@identity("onehot-indicator", title="t", statement="s", source="test")
def _(b):
    y = b.onehot("y", 3)
    return b.claim(sum(sp.Piecewise((1, sp.Eq(y[k], 1)), (0, True)) for k in range(3)), 1)

@identity("onehot-indicator-wrong", title="t", statement="s", source="test")
def _(b):
    y = b.onehot("y", 3)
    return b.claim(sum(sp.Piecewise((1, sp.Eq(y[k], 1)), (0, True)) for k in range(3)), 2)

@identity("simplex-clip", title="t", statement="s", source="test")
def _(b):
    p = b.simplex("p", 2)
    return b.claim(sp.Min(p[0], 1) + sp.Min(p[1], 1), 1)

@identity("simplex3-point-branch", title="t", statement="s", source="test")
def _(b):
    p = b.simplex("p", 3)
    return b.claim(sp.Piecewise((2 * p[0], sp.Eq(p[0], sp.Rational(1, 3))), (p[0], True)), p[0])

@identity("simplex-thin-branch", title="t", statement="s", source="test")
def _(b):
    p = b.simplex("p", 2)
    near = sp.Abs(p[0] - sp.Rational(1, 3)) > sp.Rational(1, 10**30)
    return b.claim(sp.Piecewise((p[0], near), (2 * p[0], True)), p[0])
"""


@pytest.fixture(autouse=True)
def _private_key_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


def test_a_point_outside_the_vectors_domain_refutes_nothing(make_catalog, capsys) -> None:
    root = make_catalog(claims=ENTRIES)
    main(["all", "--derivations", str(root), "--points", "30", "--format", "json", "--jobs", "1", "--no-cache"])
    results = {r["id"]: r for r in json.loads(capsys.readouterr().out)["results"]}
    assert results["onehot-indicator"]["verdict"] in ("PROVED", "PASSED"), results["onehot-indicator"]
    assert results["simplex-clip"]["verdict"] in ("PROVED", "PASSED"), results["simplex-clip"]
    assert results["onehot-indicator-wrong"]["verdict"] == "FAILED"
    for wrong in ("simplex-thin-branch", "simplex3-point-branch"):  # p_2 free: p_1 = 1/3 is a value
        assert results[wrong]["verdict"] not in ("PROVED", "PASSED"), results[wrong]


def test_one_hot_labels_indicator_in_notes_stays_green() -> None:
    text = (
        "# Labels\n\nLet $\\mathbf{y}$ be the one-hot label vector, $y_k \\in \\{0, 1\\}$.\n"
        "Exactly one label is on:\n\n$$\n\\sum_k \\mathbb{1}[y_k = 1] = 1\n$$\n"
    )
    steps = [s for c in check_text(text, "t.md").chains for s in c.result.steps]
    assert [s.verdict for s in steps] == [Verdict.PASSED], [s.message for s in steps]
