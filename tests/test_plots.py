"""Plots of a refuted step: made for failures only, valid PNGs, and optional (no matplotlib: no plot, no error)."""

from __future__ import annotations

import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import sympy as sp
from support import GOOD_AND_BAD, entry

from verifier.catalog import D, Entry
from verifier.engine import Settings, verify_entry
from verifier.loader import load_catalog
from verifier.ml import cross_entropy, softmax
from verifier.plots import ALT_TEXT, line_through_counterexample, plot_failure, plot_step, plots_for_run
from verifier.reporters.markdown import MarkdownReporter
from verifier.results import IdentityResult, RunResult, Verdict

SETTINGS = Settings(points=80, symbolic_budget=0.5)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def sigmoid_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunResult, list[Entry]]:
    """The GOOD_AND_BAD catalog checked once: sigmoid-derivative PROVED, sigmoid-wrong FAILED."""
    root = tmp_path_factory.mktemp("catalog") / "derivations"
    root.mkdir()
    (root / "sig.py").write_text(textwrap.dedent(GOOD_AND_BAD), encoding="utf-8")
    entries = list(load_catalog(root).entries)
    results = tuple(verify_entry(e, SETTINGS) for e in entries)
    assert [r.verdict for r in results] == [Verdict.PROVED, Verdict.FAILED]
    return RunResult(results=results, seed=SETTINGS.seed, points=SETTINGS.points), entries


def _no_matplotlib(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every ``import matplotlib...`` fail, as on an install without the plots extra."""
    for name in list(sys.modules):
        if name == "matplotlib" or name.startswith("matplotlib."):
            monkeypatch.delitem(sys.modules, name)
    for name in ("matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg", "matplotlib.mathtext"):
        monkeypatch.setitem(sys.modules, name, None)


# --------------------------------------------------------------------------- the numbers (no matplotlib needed)


def test_line_goes_through_the_counterexample(sigmoid_run: tuple[RunResult, list[Entry]]) -> None:
    run, entries = sigmoid_run
    failed = run.results[1]
    made = line_through_counterexample(failed, entries[1])
    assert made is not None
    line, step = made
    cx = step.counterexample
    assert cx is not None
    z = dict(cx.coordinates)["z"]
    assert line.variable == "z"
    assert line.x0 == z
    assert line.x.min() < z < line.x.max()
    assert len(line.x) >= 200
    at = int(np.flatnonzero(line.x == z)[0])  # the counterexample itself is on the grid
    # the float64 curves agree with the confirmed high-precision values there
    assert line.lhs[at] == pytest.approx(float(cx.lhs), rel=1e-9)
    assert line.rhs[at] == pytest.approx(float(cx.rhs), rel=1e-9)
    assert (line.lhs0, line.rhs0) == (float(cx.lhs), float(cx.rhs))
    # sigma' = sigma (1 - sigma) < sigma (1 + sigma) everywhere: the curves never meet
    assert np.all(line.rhs > line.lhs)
    assert r"\partial" in line.lhs_latex


def test_simplex_line_keeps_the_constraint() -> None:
    """A probability vector moves along a free entry; the eliminated last entry follows."""

    def builder(b, K):  # a sign error in the cross-entropy gradient; y is declared first, so y_1 moves
        y = b.simplex("y", K)
        z = b.vector("z", K)
        return b.claim(D(cross_entropy(y, softmax(z)), z), y - softmax(z))

    wrong = entry(builder, id="xent-sign", sizes={"K": [3]})
    result = verify_entry(wrong, SETTINGS)
    assert result.verdict is Verdict.FAILED
    made = line_through_counterexample(result, wrong)
    assert made is not None
    line, step = made
    assert line.variable == "y_{1}"
    assert "y_{3} = 1" in line.note
    y = dict(step.counterexample.coordinates)  # type: ignore[union-attr]
    # y_1 stays in (0, y_1 + y_3): every point of the line is a probability vector
    assert 0 < line.x.min() and line.x.max() < y["y_1"] + y["y_3"]
    assert np.isfinite(line.lhs).all() and np.isfinite(line.rhs).all()
    # the plotted entry [1, 1] of both members, at the counterexample
    at = int(np.flatnonzero(line.x == line.x0)[0])
    assert line.lhs[at] == pytest.approx(line.lhs0, rel=1e-9)
    assert line.rhs[at] == pytest.approx(line.rhs0, rel=1e-9)
    assert line.lhs_latex.startswith(r"\frac{\partial}{\partial z_{1}}")


def test_matrix_entry_is_plotted_not_the_whole_matrix() -> None:
    def builder(b):
        w = b.matrix("W", 2, 2)
        return b.claim(D(w[0, 0] * w[1, 1], w), w)  # the gradient is [[W22, 0], [0, W11]], not W

    wrong = entry(builder, id="matrix-grad")
    result = verify_entry(wrong, SETTINGS)
    made = line_through_counterexample(result, wrong)
    assert made is not None
    line, step = made
    assert step.counterexample is not None and step.counterexample.entry
    assert "matrix" not in line.rhs_latex and "Matrix" not in line.rhs_text
    assert line.variable.startswith("{W}_{")  # an entry of W, not the whole matrix


def test_no_plot_without_counterexample_or_coordinates(sigmoid_run: tuple[RunResult, list[Entry]]) -> None:
    run, entries = sigmoid_run
    assert plot_step(run.results[0]) is None
    assert line_through_counterexample(run.results[0], entries[0]) is None
    failed = run.results[1]
    step = failed.steps[0]
    bare = replace(failed, steps=(replace(step, counterexample=replace(step.counterexample, coordinates=())),))
    assert line_through_counterexample(bare, entries[1]) is None


# --------------------------------------------------------------------------- the pictures


@pytest.mark.slow(2)
def test_plot_for_a_failing_entry(sigmoid_run: tuple[RunResult, list[Entry]], tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the plots extra (matplotlib) is not installed")
    from matplotlib.image import imread

    run, entries = sigmoid_run
    out_dir = tmp_path / "report-plots"
    plots = plots_for_run(run, entries, out_dir)
    assert plots == {"sigmoid-wrong": "report-plots/sigmoid-wrong.png"}  # relative to the report's folder
    png = tmp_path / plots["sigmoid-wrong"]
    assert png.read_bytes().startswith(PNG_SIGNATURE)
    pixels = imread(png)
    height, width = pixels.shape[:2]
    assert width > 600 and height > 400
    assert (pixels[..., :3] < 0.9).any(axis=-1).mean() > 0.01  # something is drawn
    assert {p.name for p in out_dir.iterdir()} == {"sigmoid-wrong.png"}


def test_plots_accept_a_mapping_and_another_base(sigmoid_run: tuple[RunResult, list[Entry]], tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the plots extra (matplotlib) is not installed")
    run, entries = sigmoid_run
    plots = plots_for_run(run, {e.id: e for e in entries}, tmp_path / "a" / "b", relative_to=tmp_path)
    assert plots == {"sigmoid-wrong": "a/b/sigmoid-wrong.png"}


def test_a_plot_that_cannot_be_made_is_left_out(sigmoid_run: tuple[RunResult, list[Entry]], tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the plots extra (matplotlib) is not installed")
    run, entries = sigmoid_run

    def broken(b):
        raise RuntimeError("the catalog changed since the run")

    changed = replace(entries[1], builder=broken)
    assert plots_for_run(run, [entries[0], changed], tmp_path / "plots") == {}
    assert plots_for_run(run, [], tmp_path / "plots") == {}  # no entry (a document step): no plot


def test_plot_of_a_pole_and_a_flat_piece(tmp_path: Path) -> None:
    """Spikes near a pole are cut, and a side constant near the point still gets a line."""
    pytest.importorskip("matplotlib", reason="the plots extra (matplotlib) is not installed")

    def pole(b):
        x = b.real("x", exclude=[0, 1])
        return b.claim(1 / (x - 1), 1 / x)

    def relu_wrong(b):
        x = b.real("x", exclude=[0])
        return b.claim(D(sp.Max(0, x), x), sp.Integer(1))

    for builder, name in ((pole, "pole"), (relu_wrong, "relu")):
        wrong = entry(builder, id=name)
        result = verify_entry(wrong, SETTINGS)
        assert result.verdict is Verdict.FAILED
        assert plot_failure(result, wrong, tmp_path / f"{name}.png")
        assert (tmp_path / f"{name}.png").read_bytes().startswith(PNG_SIGNATURE)


def test_without_matplotlib_no_plot_and_no_error(
    sigmoid_run: tuple[RunResult, list[Entry]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_matplotlib(monkeypatch)
    run, entries = sigmoid_run
    from verifier.plots import matplotlib_available

    assert not matplotlib_available()
    assert plots_for_run(run, entries, tmp_path / "plots") == {}
    assert not plot_failure(run.results[1], entries[1], tmp_path / "plots" / "x.png")
    assert not (tmp_path / "plots").exists()
    assert "![" not in MarkdownReporter(plots={}).render(run)


# --------------------------------------------------------------------------- the Markdown report


def test_markdown_embeds_the_plot_after_the_refuted_step(sigmoid_run: tuple[RunResult, list[Entry]]) -> None:
    run, _ = sigmoid_run
    out = MarkdownReporter(plots={"sigmoid-wrong": "my report-plots/sigmoid-wrong.png"}).render(run)
    image = f"![{ALT_TEXT}](my%20report-plots/sigmoid-wrong.png)"
    assert out.count("![") == 1
    section = out[out.index("### sigmoid-wrong") :]
    assert image in section
    cx = run.results[1].steps[0].counterexample
    assert cx is not None
    assert section.index(f"- reproduce: `{cx.reproduce}`") < section.index(image)
    assert "\n\n\n" not in out
    assert MarkdownReporter().render(run) == MarkdownReporter(plots={}).render(run)  # no option: as before


def test_markdown_plot_without_a_counterexample_goes_at_the_end_of_the_section() -> None:
    result = IdentityResult(id="a", title="t", statement="x", verdict=Verdict.ERROR, message="boom")
    run = RunResult(results=(result,), seed=1, points=10)
    out = MarkdownReporter(plots={"a": "p/a (1).png"}).render(run)
    assert f"![{ALT_TEXT}](p/a%20%281%29.png)" in out  # parentheses cannot end the link early
