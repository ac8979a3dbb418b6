"""The pytest plugin, run the way a course uses it: ``pytest`` in a fresh repository with a catalog.

Each test builds a throw-away course repository with ``pytester`` and runs pytest on it with the
course's own ``pyproject.toml``; the plugin is loaded through its ``pytest11`` entry point either
way. ``test_identities_are_test_items`` and ``test_xdist_gives_the_same_outcomes`` run pytest in a
subprocess, exactly as a course does (a fresh interpreter, the plugin imported once); the others
run it in this process (``runpytest_inprocess``: a new pytest session with its own config and
plugin manager), which asserts the same outcomes without paying a fresh interpreter, pytest's
start-up and the assertion rewriting of every plugin distribution again (about 1.4 s of CPU per
run, more where ``PYTHONDONTWRITEBYTECODE`` is set).
"""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ET
from importlib.metadata import entry_points

import pytest
from support import GOOD_AND_BAD, UNRELATED_PLUGINS

pytest_plugins = ["pytester"]

# In-process runs share this process, where ``verifier`` is imported long before the run marks its
# plugin's modules for assertion rewriting: where the install's metadata lists the package's files (a
# regular install, or the source tree's egg-info on ``sys.path``) pytest warns that it cannot rewrite it,
# and the course's ``filterwarnings = error`` made that an INTERNAL_ERROR (seen once in a whole-suite run).
# A fresh process (a course's CI) imports the plugin after marking it, so the warning is this harness's.
FAST = ("--verify-points", "50", "-p", "no:cacheprovider", "-W", "ignore::pytest.PytestAssertRewriteWarning")

ANOTHER_TRUE = """
import sympy as sp
from verifier.catalog import D, identity

@identity("tanh-derivative", title="tanh prime", statement=r"\\tanh' = 1 - \\tanh^2", source="test")
def _(b):
    z = b.real("z")
    return b.claim(D(sp.tanh(z), z), 1 - sp.tanh(z) ** 2)
"""

PYPROJECT = """
[tool.verify]
derivations = "derivations"
seed = 7

[tool.pytest.ini_options]
filterwarnings = ["error"]
"""


@pytest.fixture
def course(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A course repository: pyproject.toml with [tool.verify] and derivations/calculus.py (one true, one false)."""
    monkeypatch.delenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    monkeypatch.delenv("PYTEST_PLUGINS", raising=False)
    pytester.makepyprojecttoml(PYPROJECT)
    catalog = pytester.mkdir("derivations")
    (catalog / "calculus.py").write_text(GOOD_AND_BAD, encoding="utf-8")
    return pytester


def _decorator_line(source: str, ident: str) -> int:
    """1-based line of ``@identity("ident"`` in ``source``: where a failure must point."""
    for number, line in enumerate(source.splitlines(), start=1):
        if line.startswith(f'@identity("{ident}"'):
            return number
    raise AssertionError(ident)


def test_entry_point_is_registered() -> None:
    """Without the entry point pytest never loads the plugin in a course repository."""
    names = {ep.name: ep.value for ep in entry_points(group="pytest11")}
    assert names.get("verify") == "verifier.pytest_plugin"


@pytest.mark.slow(4)
def test_identities_are_test_items(course: pytest.Pytester) -> None:
    junit = course.path / "junit.xml"
    result = course.runpytest_subprocess(
        "-v", *FAST, *UNRELATED_PLUGINS, f"--junitxml={junit}", "-o", "junit_family=xunit1"
    )
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*derivations/calculus.py::sigmoid-derivative PROVED*",
            "*derivations/calculus.py::sigmoid-wrong FAILED*",
        ]
    )
    out = result.stdout.str()
    # The failure is the verify detail block: first wrong step, counterexample, reproduce command.
    assert "FAILED sigmoid-wrong" in out
    assert "step 1: d/dz" in out
    assert "Falsifying example:" in out
    assert "    z = " in out
    assert "difference = " in out
    assert "reproduce: verify sigmoid-wrong --seed 7" in out  # seed from [tool.verify]
    assert "rerun: pytest 'derivations/calculus.py::sigmoid-wrong' --verify-seed 7 --verify-points 50" in out
    assert "Traceback" not in out and "verifier/engine.py" not in out
    # The reported location is the entry's decorator line (pytest locations are 0-based).
    cases = {c.get("name"): c for c in ET.parse(junit).getroot().iter("testcase")}
    wrong = cases["sigmoid-wrong"]
    assert wrong.get("file") == "derivations/calculus.py"
    assert wrong.get("line") == str(_decorator_line(GOOD_AND_BAD, "sigmoid-wrong") - 1)


@pytest.mark.slow(3)
def test_command_line_overrides_config(course: pytest.Pytester) -> None:
    result = course.runpytest_inprocess(*FAST, "--verify-seed", "11", "-k", "wrong")
    result.assert_outcomes(failed=1, deselected=1)
    result.stdout.fnmatch_lines(["*reproduce: verify sigmoid-wrong --seed 11*"])


@pytest.mark.slow(3)
def test_k_selects_by_id(course: pytest.Pytester) -> None:
    result = course.runpytest_inprocess(*FAST, "-k", "sigmoid-derivative")
    result.assert_outcomes(passed=1, deselected=1)
    assert result.ret == pytest.ExitCode.OK


@pytest.mark.slow(3)
def test_x_stops_at_the_first_failure(course: pytest.Pytester) -> None:
    (course.path / "derivations" / "more.py").write_text(ANOTHER_TRUE, encoding="utf-8")
    result = course.runpytest_inprocess(*FAST, "-x")
    result.assert_outcomes(passed=1, failed=1)  # tanh-derivative (after the failure) never ran
    result.stdout.fnmatch_lines(["*stopping after 1 failures*"])


@pytest.mark.slow(3)
def test_module_that_cannot_be_imported_is_a_collection_error(course: pytest.Pytester) -> None:
    (course.path / "derivations" / "broken.py").write_text("import sympy\n\ndef f(:\n", encoding="utf-8")
    result = course.runpytest_inprocess(*FAST)
    result.assert_outcomes(errors=1)
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(
        [
            "*ERROR collecting derivations/broken.py*",
            "derivations/broken.py:3: cannot import: SyntaxError*",
        ]
    )


@pytest.mark.slow(5)
def test_inert_when_the_catalog_is_not_collected(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """Like this project: a catalog outside ``testpaths`` is left alone; no catalog at all is fine too."""
    monkeypatch.delenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\ntestpaths = ["tests"]\nfilterwarnings = ["error"]\n')
    pytester.mkdir("tests")
    (pytester.path / "tests" / "test_plain.py").write_text("def test_ok():\n    pass\n", encoding="utf-8")
    no_catalog = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    no_catalog.assert_outcomes(passed=1)
    pytester.mkdir("derivations")
    (pytester.path / "derivations" / "calculus.py").write_text(GOOD_AND_BAD, encoding="utf-8")
    walked_past = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    walked_past.assert_outcomes(passed=1)
    asked = pytester.runpytest_inprocess(*FAST, "derivations")
    asked.assert_outcomes(passed=1, failed=1)


@pytest.mark.slow(6)
def test_xdist_gives_the_same_outcomes(course: pytest.Pytester) -> None:
    pytest.importorskip("xdist", reason="pytest-xdist is not installed (pip install pytest-xdist)")
    result = course.runpytest_subprocess(*FAST, *UNRELATED_PLUGINS, "-n", "2")
    result.assert_outcomes(passed=1, failed=1)
    out = result.stdout.str()
    assert "Falsifying example:" in out
    assert "reproduce: verify sigmoid-wrong --seed 7" in out


@pytest.mark.slow(3)
def test_malformed_entry_fails_with_its_reason(course: pytest.Pytester) -> None:
    """An entry that is malformed (ERROR) fails the test and shows the reason, not a traceback."""
    source = textwrap.dedent(
        """
        from verifier.catalog import identity

        @identity("undeclared", title="uses an undeclared symbol", statement="x", source="test")
        def _(b):
            import sympy as sp
            z = b.real("z")
            return b.claim(z, sp.Symbol("w"))
        """
    )
    (course.path / "derivations" / "calculus.py").write_text(source, encoding="utf-8")
    result = course.runpytest_inprocess(*FAST)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["ERROR undeclared*", "*message: *undeclared symbol w*"])


NOTES = r"""
# Week 1

```verify
x: real
```

$$\frac{d}{dx} x^2 = 2x$$

$$\frac{d}{dx} x^3 = 2x^2$$

```verify
expect: FAILED
```

Find the mistake:

$$\frac{d}{dx} \sin x = -\cos x$$
"""


@pytest.mark.slow(3)
def test_notes_of_tool_verify_documents_are_collected_one_item_per_chain(course: pytest.Pytester) -> None:
    """The same verdicts as ``verify doc``: one test per chain, named ``file:line``; expect: FAILED is xfail."""
    course.makepyprojecttoml(PYPROJECT.replace('seed = 7', 'seed = 7\ndocuments = ["notes/*.md"]'))
    course.mkdir("notes")
    (course.path / "notes" / "week1.md").write_text(NOTES, encoding="utf-8")
    result = course.runpytest_inprocess("-v", *FAST, "-rxX")
    result.assert_outcomes(passed=2, failed=2, xfailed=1)
    result.stdout.fnmatch_lines_random(
        [
            "*notes/week1.md::week1.md:8 PROVED*",
            "*notes/week1.md::week1.md:10 FAILED*",
            "*notes/week1.md::week1.md:18 XFAIL*",
        ]
    )
    assert "Falsifying example:" in result.stdout.str()


@pytest.mark.slow(4)
def test_expected_failures_are_xfail_and_xpass_strict(course: pytest.Pytester) -> None:
    xfail = GOOD_AND_BAD.replace('"sign flip", ', '"sign flip", expect="FAILED", ')
    (course.path / "derivations" / "calculus.py").write_text(xfail, encoding="utf-8")
    result = course.runpytest_inprocess(*FAST)
    result.assert_outcomes(passed=1, xfailed=1)
    assert result.ret == pytest.ExitCode.OK
    fixed = xfail.replace("sigmoid(z) * (1 + sigmoid(z)))", "sigmoid(z) * (1 - sigmoid(z)))")
    (course.path / "derivations" / "calculus.py").write_text(fixed, encoding="utf-8")
    result = course.runpytest_inprocess(*FAST)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*XPASS(strict)*"])


def test_a_bad_tool_verify_value_is_a_usage_error_naming_the_key(course: pytest.Pytester) -> None:
    course.makepyprojecttoml(PYPROJECT.replace("seed = 7", 'seed = "abc"'))
    result = course.runpytest_inprocess(*FAST)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*[[]tool.verify[]] seed must be an integer, not 'abc' (a string)*"])


@pytest.mark.slow(5)
def test_a_document_failure_has_the_reproduce_command_of_verify_all(
    course: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    """pytest and ``verify all`` print one reproduce command: only options that differ from the defaults."""
    from verifier.cli import main

    course.makepyprojecttoml(PYPROJECT.replace("seed = 7", 'seed = 7\ndocuments = ["notes/*.md"]'))
    course.mkdir("notes")
    (course.path / "notes" / "week1.md").write_text(NOTES, encoding="utf-8")
    result = course.runpytest_inprocess("-p", "no:cacheprovider", "-k", "week1.md:10")
    result.assert_outcomes(failed=1)
    capsys.readouterr()
    # `verify all` through main() in the course's folder (pytester's working directory): the text of the
    # reproduce command, not the process boundary, is under test (tests/test_cli*.py run the CLI itself).
    main(["all", "--no-progress", "--no-cache"])
    cli = capsys.readouterr().out
    command = "verify doc notes/week1.md --seed 7"
    assert f"reproduce: {command}\n" in cli, cli
    assert f"reproduce: {command}\n" in result.stdout.str()
