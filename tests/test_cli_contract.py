"""What CI relies on: one parser with subcommands, exit codes, typed [tool.verify], reproduce lines."""

from __future__ import annotations

import json
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from support import GOOD_AND_BAD

from verifier.cli import main
from verifier.exitcodes import ExitCode

TRUE_ONLY = GOOD_AND_BAD.split('@identity("sigmoid-wrong"')[0]

GOOD_NOTE = textwrap.dedent(
    r"""
    # Week 1

    ```verify
    x: real
    ```

    $$\frac{d}{dx} x^2 = 2x$$
    """
)
WRONG_NOTE = GOOD_NOTE.replace("= 2x", "= 3x")
UNREADABLE_NOTE = GOOD_NOTE.replace("= 2x", r"= \frobnicate{x}")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def course(tmp_path: Path, table: str, **files: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(f"[project]\nname = 'course'\n\n[tool.verify]\n{table}\n", "utf-8")
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


# --- one parser ---------------------------------------------------------------------------------


def test_help_lists_every_subcommand(capsys) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == ExitCode.OK
    for name in ("run", "list", "explain", "doc", "check", "mutate", "init", "watch"):
        assert f"    {name} " in out
    assert "exit status" in out


def test_doc_help_lists_all_formats_and_accepts_no_progress(tmp_path, capsys, monkeypatch) -> None:
    code, out, _ = run(["doc", "--help"], capsys)
    assert code == ExitCode.OK and "--no-progress" in out
    for fmt in ("text", "json", "junit", "markdown", "html", "github"):
        assert fmt in out
    (tmp_path / "n.md").write_text(GOOD_NOTE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run(["doc", "n.md", "--no-progress", "--points", "30"], capsys)[0] == ExitCode.OK


def test_the_same_option_means_the_same_everywhere(capsys) -> None:
    for command in ("run", "doc", "check"):
        _, out, _ = run([command, "--help"], capsys)
        assert "--seed" in out and "--output" in out and "--no-progress" in out and "--debug" in out


# --- exit codes ---------------------------------------------------------------------------------


def test_an_internal_error_exits_3_with_one_line(make_catalog, capsys, monkeypatch) -> None:
    root = make_catalog(good=TRUE_ONLY)

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the loader broke")

    monkeypatch.setattr("verifier.commands.run.load_catalog", boom)
    code, _, err = run(["all", "--derivations", str(root)], capsys)
    assert code == ExitCode.INTERNAL_ERROR
    assert err.strip().splitlines() == ["verify: internal error: RuntimeError: the loader broke (run with --debug "
                                        "for the traceback)"]  # fmt: skip
    code, _, err = run(["all", "--derivations", str(root), "--debug"], capsys)
    assert code == ExitCode.INTERNAL_ERROR and "Traceback" in err and "boom" in err


def test_ctrl_c_exits_130(make_catalog, capsys, monkeypatch) -> None:
    root = make_catalog(good=TRUE_ONLY)

    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("verifier.commands.run.load_catalog", interrupt)
    code, _, err = run(["all", "--derivations", str(root)], capsys)
    assert code == ExitCode.INTERRUPTED == 130 and "interrupted" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('seed = "abc"', "[tool.verify] seed must be an integer, not 'abc' (a string)"),
        ("documents = 5", "[tool.verify] documents must be a glob or an array of globs"),
        ('cache = "no"', "[tool.verify] cache must be true or false, not 'no'"),
        ("points = 0", "[tool.verify] points must be at least 1"),
        ("timeout = -1", "[tool.verify] timeout must be positive"),
        ("seeds = 3", "unknown key 'seeds' in [tool.verify]; did you mean 'seed'?"),
    ],
)
def test_bad_tool_verify_values_exit_2_naming_table_and_key(tmp_path, capsys, monkeypatch, line, expected) -> None:
    course(tmp_path, line, **{"derivations/good.py": TRUE_ONLY})
    monkeypatch.chdir(tmp_path)
    for argv in (["all"], ["doc"], ["check", "x", "x"], ["list"]):
        code, _, err = run(argv, capsys)
        assert code == ExitCode.USAGE_ERROR, argv
        assert expected in err and "configuration error" in err and "Traceback" not in err


def test_bad_command_line_values_exit_2(make_catalog, capsys) -> None:
    root = make_catalog(good=TRUE_ONLY)
    for argv in (["--points", "0"], ["--timeout", "0"], ["--jobs", "-1"], ["--format", "pdf"]):
        code, _, err = run(["all", "--derivations", str(root), *argv], capsys)
        assert code == ExitCode.USAGE_ERROR and argv[0].lstrip("-") in err
    assert run(["check", "x", "x", "--points", "0"], capsys)[0] == ExitCode.USAGE_ERROR


# --- settings from [tool.verify] ------------------------------------------------------------------


def test_output_extension_chooses_the_format(make_catalog, capsys, tmp_path) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    xml, js = tmp_path / "report.xml", tmp_path / "report.json"
    run(["all", "--derivations", str(root), "--points", "40", "--output", str(xml)], capsys)
    assert ET.fromstring(xml.read_text(encoding="utf-8")).tag == "testsuites"
    run(["check", "x", "x", "--output", str(js)], capsys)
    assert json.loads(js.read_text(encoding="utf-8"))["results"][0]["verdict"] == "PROVED"


def test_doc_without_a_path_checks_tool_verify_documents(tmp_path, capsys, monkeypatch) -> None:
    course(tmp_path, 'documents = ["notes/*.md"]', **{"notes/a.md": GOOD_NOTE, "notes/b.md": WRONG_NOTE})
    monkeypatch.chdir(tmp_path / "notes")  # settings are found from a subfolder, paths from pyproject.toml
    code, out, _ = run(["doc", "--points", "30"], capsys)
    assert code == ExitCode.REFUTED and "a.md:8  step 1  PROVED" in out and "b.md:8  step 1  FAILED" in out
    course(tmp_path, "")
    code, _, err = run(["doc"], capsys)
    assert code == ExitCode.USAGE_ERROR and "[tool.verify] documents" in err


def test_check_honours_tool_verify_seed(tmp_path, capsys, monkeypatch) -> None:
    course(tmp_path, "seed = 4242\npoints = 25")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["check", "x", "x+1", "--format", "json"], capsys)
    data = json.loads(out)
    assert code == ExitCode.REFUTED and data["seed"] == 4242 and data["points"] == 25
    assert "--seed 4242" in data["results"][0]["steps"][0]["counterexample"]["reproduce"]


def test_catalog_directory_from_tool_verify_is_found_from_a_subfolder(tmp_path, capsys, monkeypatch) -> None:
    course(tmp_path, 'derivations = "catalog"', **{"catalog/good.py": TRUE_ONLY, "notes/x.md": GOOD_NOTE})
    monkeypatch.chdir(tmp_path / "notes")
    code, out, _ = run(["all", "--points", "30"], capsys)
    assert code == ExitCode.OK and "sigmoid-derivative" in out
    assert run(["explain", "sigmoid-derivative"], capsys)[0] == ExitCode.OK
    assert run(["list"], capsys)[0] == ExitCode.OK


def test_list_keeps_the_line_number_of_the_source(tmp_path, capsys, monkeypatch) -> None:
    deep = "derivations/" + "a_rather_long_module_name_for_week_three_of_the_course.py"
    course(tmp_path, "", **{deep: "\n" * 40 + TRUE_ONLY})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run(["list"], capsys)
    assert code == ExitCode.OK
    assert f"{Path(deep).name}:4" in out.replace("\n", "")  # the @identity line survives narrow terminals
    line = next(ln for ln in out.splitlines() if "sigmoid-derivative" in ln)
    assert ".py:4" in line


# --- messages -----------------------------------------------------------------------------------


def test_messages_are_not_read_as_rich_markup(tmp_path, capsys, monkeypatch) -> None:
    course(tmp_path, 'seed = "[bold]x[/bold]"')
    monkeypatch.chdir(tmp_path)
    _, _, err = run(["all"], capsys)
    assert "[tool.verify] seed" in err and "'[bold]x[/bold]'" in err


def test_explain_shows_the_builder_error_not_a_traceback(make_catalog, capsys) -> None:
    root = make_catalog(
        broken="""
        from verifier.catalog import identity

        @identity("broken", title="t", statement="s", source="test")
        def _(b):
            x = b.real("x")
            return b.chain(x, 1 / 0)
        """
    )
    code, out, err = run(["explain", "broken", "--derivations", str(root)], capsys)
    assert code == ExitCode.REFUTED
    assert "ZeroDivisionError: division by zero" in err and "broken.py:7" in err
    assert "Traceback" not in err + out and "broken" in out


def test_mutate_runs_in_a_course_repository(tmp_path, capsys, monkeypatch) -> None:
    expected_failure = GOOD_AND_BAD.replace('"sign flip", ', '"sign flip", expect="FAILED", ')
    course(tmp_path, 'derivations = "catalog"', **{"catalog/course.py": expected_failure})
    monkeypatch.chdir(tmp_path)
    code, out, err = run(["mutate", "--seeds", "4", "--limit", "4", "--points", "30"], capsys)
    assert code == ExitCode.OK, out + err
    assert "sigmoid-derivative" in out and "sigmoid-wrong" not in out  # the expected failure is not a true identity


# --- reproduce lines ------------------------------------------------------------------------------


def test_reproduce_names_a_catalog_that_is_not_the_default(tmp_path, capsys, monkeypatch) -> None:
    course(tmp_path, "", **{"elsewhere/mixed.py": GOOD_AND_BAD, "elsewhere/b_syntax.py": "x = (\n"})
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["all", "--derivations", "elsewhere", "--points", "40", "--format", "json"], capsys)
    assert code == ExitCode.USAGE_ERROR
    results = {r["id"]: r for r in json.loads(out)["results"]}
    wrong = results["sigmoid-wrong"]["steps"][0]["counterexample"]["reproduce"]
    assert wrong.startswith("verify sigmoid-wrong --seed ") and "--derivations elsewhere" in wrong
    assert results["b_syntax.py"]["rerun"] == "verify list --derivations elsewhere"
    code, out, _ = run(["all", "--derivations", "elsewhere", "--points", "40"], capsys)
    assert "reproduce: verify b_syntax.py" not in out and "verify list --derivations elsewhere" in out


def test_document_chains_reproduce_with_the_documents_path(tmp_path, capsys, monkeypatch) -> None:
    course(tmp_path, "", **{"notes/week1/skipped.md": UNREADABLE_NOTE})
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["doc", "notes", "--points", "30", "--format", "json"], capsys)
    result = json.loads(out)["results"][0]
    assert code == ExitCode.REFUTED and result["steps"][0]["verdict"] == "SKIPPED"
    assert result["rerun"].startswith("verify doc notes/week1/skipped.md --seed ")


def test_several_outputs_each_in_the_format_of_its_extension(make_catalog, capsys, tmp_path, monkeypatch) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    md, xml = tmp_path / "verify-report.md", tmp_path / "verify-report.xml"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, _ = run(["all", "--derivations", str(root), "--points", "40", "--output", str(md), "--output", str(xml)],
                       capsys)  # fmt: skip
    assert code == ExitCode.REFUTED
    assert md.read_text(encoding="utf-8").startswith("# Derivation check report")
    assert ET.fromstring(xml.read_text(encoding="utf-8")).tag == "testsuites"
    assert "::error file=" in out  # on Actions the log still gets the annotations


def test_a_shape_mismatch_in_a_builder_names_the_line_and_the_operands(make_catalog, capsys) -> None:
    root = make_catalog(
        shapes="""
        from verifier.catalog import identity

        @identity("shape", title="t", statement="s", source="test")
        def _(b):
            x = b.vector("x", 3)
            A = b.matrix("A", 2, 2)
            return b.chain(x.T * A * x, 0)
        """
    )
    code, out, _ = run(["all", "--derivations", str(root)], capsys)
    assert code == ExitCode.REFUTED
    assert "(1, 3) * (2, 2)" in out and "shapes.py:8" in out


def test_documents_may_name_a_folder(tmp_path, capsys, monkeypatch) -> None:
    course(tmp_path, 'documents = "notes"', **{"derivations/good.py": TRUE_ONLY, "notes/w/a.md": GOOD_NOTE})
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["all", "--points", "30"], capsys)
    assert code == ExitCode.OK and "a.md:8" in out and "sigmoid-derivative" in out


def test_ctrl_c_during_a_run_reports_the_results_so_far_and_exits_130(make_catalog, capsys, monkeypatch) -> None:
    from verifier.results import IdentityResult, Verdict

    root = make_catalog(mixed=GOOD_AND_BAD)
    done = IdentityResult(id="sigmoid-derivative", title="t", statement="s", verdict=Verdict.PROVED)

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt([done])  # what the runner raises: the results so far

    monkeypatch.setattr("verifier.entryruns.run_entries", interrupted)
    code, out, err = run(["all", "--derivations", str(root), "--no-cache"], capsys)
    assert code == ExitCode.INTERRUPTED
    assert "sigmoid-derivative" in out and "sigmoid-wrong" not in out
    assert "interrupted after 1 of 2 identities" in err and "Traceback" not in err


def test_catalog_progress_names_an_unfinished_entry_not_the_last_finished(monkeypatch) -> None:
    import io
    from types import SimpleNamespace

    from rich.console import Console
    from rich.progress import Progress

    from verifier.commands.run import _with_progress
    from verifier.results import IdentityResult, Verdict

    entries = [SimpleNamespace(id=name) for name in "abcd"]
    shown: list[str] = []
    update = Progress.update

    def record(self: Progress, task: object, **kwargs: object) -> None:
        if "description" in kwargs:
            shown.append(str(kwargs["description"]))
        update(self, task, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Progress, "update", record)

    def fake_run(todo, options, on_result):
        for index in (1, 0, 2, 3):  # b finishes first, while a is still running
            on_result(index, IdentityResult(id=todo[index].id, title="", statement="", verdict=Verdict.PROVED))
        return []

    _with_progress(entries, None, fake_run, Console(file=io.StringIO(), force_terminal=True), True)  # type: ignore[arg-type]
    assert shown == ["a", "c", "d", ""]


def test_a_documents_glob_that_matches_nothing_stops_before_the_catalog_runs(tmp_path, capsys, monkeypatch) -> None:
    course(tmp_path, 'documents = ["nothing/*.md"]', **{"derivations/good.py": TRUE_ONLY})
    monkeypatch.chdir(tmp_path)

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the catalog ran")

    monkeypatch.setattr("verifier.commands.run.run_catalog", never)
    code, _, err = run(["all"], capsys)
    assert code == ExitCode.USAGE_ERROR and "[tool.verify] documents: 'nothing/*.md' matches no file" in err
