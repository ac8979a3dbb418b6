"""The command line: called as ``main(argv)``, checked by output and exit status."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from support import GOOD_AND_BAD

from verifier.cli import main
from verifier.exitcodes import ExitCode

TRUE_ONLY = GOOD_AND_BAD.split('@identity("sigmoid-wrong"')[0]


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_all_true_exits_0_with_a_table(make_catalog, capsys) -> None:
    root = make_catalog(good=TRUE_ONLY)
    code, out, _ = run(["all", "--derivations", str(root), "--points", "40"], capsys)
    assert code == ExitCode.OK
    assert "sigmoid-derivative" in out and "PROVED" in out


def test_a_wrong_identity_exits_1_and_shows_the_counterexample(make_catalog, capsys) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    code, out, _ = run(["all", "--derivations", str(root), "--points", "40", "--seed", "3"], capsys)
    assert code == ExitCode.REFUTED
    assert "FAILED" in out and "sigmoid-wrong" in out
    assert "z = " in out and "left" in out and "right" in out and "difference" in out
    assert "verify sigmoid-wrong --seed 3" in out


def test_one_identity_by_id_and_by_glob(make_catalog, capsys) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    code, out, _ = run(["sigmoid-derivative", "--derivations", str(root), "--points", "40"], capsys)
    assert code == ExitCode.OK and "sigmoid-wrong" not in out
    code, out, _ = run(["sigmoid-*", "--derivations", str(root), "--points", "40"], capsys)
    assert code == ExitCode.REFUTED and "sigmoid-wrong" in out


def test_an_id_that_matches_nothing_is_a_usage_error(make_catalog, capsys) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    code, _, err = run(["sigmoid-derivativ", "--derivations", str(root)], capsys)
    assert code == ExitCode.USAGE_ERROR
    assert "no identity matches" in err and "did you mean sigmoid-derivative" in err


def test_missing_catalog_directory_is_a_usage_error(tmp_path: Path, capsys) -> None:
    code, _, err = run(["all", "--derivations", str(tmp_path / "nope")], capsys)
    assert code == ExitCode.USAGE_ERROR and "does not exist" in err


def test_a_module_that_fails_to_import_is_reported_and_the_others_run(make_catalog, capsys) -> None:
    root = make_catalog(good=TRUE_ONLY, broken="x = (\n")
    code, out, _ = run(["all", "--derivations", str(root), "--points", "40"], capsys)
    assert code == ExitCode.USAGE_ERROR
    assert "broken.py" in out and "SyntaxError" in out
    assert "sigmoid-derivative" in out and "PROVED" in out


def test_list_shows_the_catalog(make_catalog, capsys, monkeypatch) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    monkeypatch.chdir(root.parent)
    code, out, _ = run(["list", "--derivations", "derivations"], capsys)
    assert code == ExitCode.OK
    assert "sigmoid-derivative" in out and "sigmoid-wrong" in out and "derivations/mixed.py:" in out


@pytest.mark.parametrize("fmt", ["json", "junit", "markdown"])
def test_formats_and_output_file(make_catalog, capsys, tmp_path: Path, fmt: str) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    target = tmp_path / f"report.{fmt}"
    code, out, _ = run(
        ["all", "--derivations", str(root), "--points", "40", "--format", fmt, "--output", str(target)], capsys
    )
    assert code == ExitCode.REFUTED
    text = target.read_text(encoding="utf-8")
    assert "sigmoid-wrong" in out  # the terminal still gets the table
    if fmt == "json":
        data = json.loads(text)
        assert {r["id"]: r["verdict"] for r in data["results"]} == {
            "sigmoid-derivative": "PROVED",
            "sigmoid-wrong": "FAILED",
        }
    elif fmt == "junit":
        suite = ET.fromstring(text).find("testsuite")
        assert suite is not None and suite.get("failures") == "1" and suite.get("tests") == "2"
    else:
        assert "$$" in text and "FAILED" in text


def test_same_seed_same_report(make_catalog, capsys) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    argv = ["all", "--derivations", str(root), "--points", "40", "--format", "json", "--seed", "11"]
    _, first, _ = run(argv, capsys)
    _, second, _ = run(argv, capsys)

    def points(text: str) -> list:
        return [[s.get("counterexample") for s in r["steps"]] for r in json.loads(text)["results"]]

    assert points(first) == points(second)


def test_pyproject_settings_are_used(tmp_path: Path, make_catalog, capsys, monkeypatch) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.verify]\nderivations = "{root.name}"\nseed = 99\npoints = 30\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["all", "--format", "json"], capsys)
    data = json.loads(out)
    assert code == ExitCode.REFUTED and data["seed"] == 99 and data["points"] == 30


def test_unknown_pyproject_key_is_a_usage_error(tmp_path: Path, capsys, monkeypatch) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.verify]\nderivatoins = 'x'\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["all"], capsys)
    assert code == ExitCode.USAGE_ERROR and "derivatoins" in err


def test_bad_option_is_a_usage_error(capsys) -> None:
    code, _, _ = run(["all", "--points", "many"], capsys)
    assert code == ExitCode.USAGE_ERROR


def test_explain_shows_statement_domains_steps_and_source(make_catalog, capsys) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    code, out, _ = run(["explain", "sigmoid-wrong", "--derivations", str(root)], capsys)
    assert code == ExitCode.OK
    assert "sign flip" in out and "z" in out and "real" in out and "mixed.py:" in out
    code, _, err = run(["explain", "sigmoid-wron", "--derivations", str(root)], capsys)
    assert code == ExitCode.USAGE_ERROR and "did you mean sigmoid-wrong" in err


def test_verify_all_also_checks_the_documents_of_the_config(tmp_path: Path, make_catalog, capsys, monkeypatch) -> None:
    root = make_catalog(good=TRUE_ONLY)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sigma.md").write_text(
        "```verify\nx: real\n```\n\n$$\\frac{d}{dx}\\sigma(x) = \\sigma(x)(1+\\sigma(x))$$\n", encoding="utf-8"
    )
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.verify]\nderivations = "{root.name}"\ndocuments = ["notes/*.md"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["all", "--points", "30", "--format", "json"], capsys)
    data = json.loads(out)
    kinds = {r["id"]: (r["kind"], r["verdict"]) for r in data["results"]}
    assert code == ExitCode.REFUTED
    assert kinds["sigmoid-derivative"] == ("identity", "PROVED")
    assert any(k == "document" and v == "FAILED" for k, v in kinds.values())
