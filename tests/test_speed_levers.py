"""The speed levers keep every report true: members rendered where a report shows them."""

from __future__ import annotations

import json

from support import GOOD_AND_BAD, check

from verifier.catalog import D
from verifier.cli import main
from verifier.engine import Settings
from verifier.ml import sigmoid
from verifier.results import Verdict


def _one_good_one_bad(b):
    z = b.real("z")
    s = sigmoid(z)
    return b.chain(D(s, z), s * (1 - s), s * (1 + s))


def test_members_of_holding_steps_are_rendered_only_when_asked() -> None:
    lazy = check(_one_good_one_bad, settings=Settings(points=40, member_texts=False))
    full = check(_one_good_one_bad, settings=Settings(points=40))
    assert [s.verdict for s in lazy.steps] == [s.verdict for s in full.steps] == [Verdict.PROVED, Verdict.FAILED]
    good, bad = lazy.steps
    assert (good.lhs, good.rhs, good.lhs_latex, good.rhs_latex) == ("", "", "", "")
    # a failing step always shows its members, exactly as a run that renders everything does
    assert (bad.lhs, bad.rhs, bad.lhs_latex, bad.rhs_latex) == (
        full.steps[1].lhs,
        full.steps[1].rhs,
        full.steps[1].lhs_latex,
        full.steps[1].rhs_latex,
    )
    assert all(s.lhs and s.rhs and s.lhs_latex for s in full.steps)


def test_a_json_report_after_a_text_run_has_every_member(make_catalog, capsys, tmp_path) -> None:
    """The text run stores records without members of holding steps; the JSON run must not be served them."""
    root = make_catalog(mixed=GOOD_AND_BAD)
    main(["all", "--derivations", str(root), "--points", "40"])
    target = tmp_path / "report.json"
    main(["all", "--derivations", str(root), "--points", "40", "--output", str(target)])
    capsys.readouterr()
    data = json.loads(target.read_text(encoding="utf-8"))
    steps = [s for r in data["results"] for s in r["steps"]]
    assert steps and all(s["lhs"] and s["rhs"] and s["lhs_latex"] and s["rhs_latex"] for s in steps)
