"""Plots for refuted steps of documents (``verify doc``): the checker records the curve, reports show it.

A catalog failure is re-plotted from its entry; a document has no entry to rebuild, so the
document checker samples both sides along the line through the counterexample while it still
has the members, and the step carries that curve (an immutable record) to the plotter.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from verifier.documents.check import check_text
from verifier.engine import Settings
from verifier.plots import plot_step, plots_for_run
from verifier.reporters.html import HtmlReporter
from verifier.reporters.markdown import MarkdownReporter
from verifier.results import Curve, IdentityResult, RunResult, Verdict

FAST = Settings(points=40)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

NOTES = textwrap.dedent(
    r"""
    # Week 3

    ```verify
    x: real
    ```

    $$\frac{d}{dx} \tanh(x) = 1 - \tanh^2(x) = 1 + \tanh^2(x)$$
    """
).lstrip()


@pytest.fixture(scope="module")
def failed_chain() -> IdentityResult:
    check = check_text(NOTES, "week3.md", FAST)
    (result,) = check.results
    assert result.verdict is Verdict.FAILED
    return result


def test_a_refuted_document_step_carries_its_curve(failed_chain: IdentityResult) -> None:
    step = plot_step(failed_chain)
    assert step is not None and step.index == 2
    curve = step.curve
    assert isinstance(curve, Curve)
    cx = step.counterexample
    assert cx is not None
    x0 = dict(cx.coordinates)["x"]
    assert curve.variable == "x" and curve.x0 == pytest.approx(x0)
    assert len(curve.x) == len(curve.lhs) == len(curve.rhs) > 100
    assert min(curve.x) < x0 < max(curve.x)
    # the sampled sides are the written members: 1 - tanh^2 on the left, 1 + tanh^2 on the right
    for x, lhs, rhs in zip(curve.x, curve.lhs, curve.rhs, strict=True):
        assert lhs == pytest.approx(1 - math.tanh(x) ** 2, abs=1e-9)
        assert rhs == pytest.approx(1 + math.tanh(x) ** 2, abs=1e-9)
    assert curve.lhs0 == pytest.approx(1 - math.tanh(x0) ** 2, rel=1e-6)


def test_steps_that_hold_carry_no_curve(failed_chain: IdentityResult) -> None:
    assert failed_chain.steps[0].verdict.ok and failed_chain.steps[0].curve is None


def test_the_curve_is_not_part_of_the_record_facts(failed_chain: IdentityResult) -> None:
    """JSON and the cache stay as they were (no NaN, no 600 numbers); the round trip is still equal."""
    data = failed_chain.to_dict()
    assert all("curve" not in step for step in data["steps"])
    assert IdentityResult.from_dict(data) == failed_chain


def test_document_failures_get_a_plot_in_markdown_and_html(failed_chain: IdentityResult, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the plots extra (matplotlib) is not installed")
    run = RunResult(results=(failed_chain,), seed=FAST.seed, points=FAST.points)
    plots = plots_for_run(run, [], tmp_path / "report-plots")  # no catalog entries: documents only
    assert plots == {"week3.md:7": "report-plots/week3.md_7.png"}
    assert (tmp_path / plots["week3.md:7"]).read_bytes().startswith(PNG_SIGNATURE)
    markdown = MarkdownReporter(plots=plots).render(run)
    assert "](report-plots/week3.md_7.png)" in markdown
    page = HtmlReporter(plots=plots, base_dir=tmp_path).render(run)
    assert '<img src="data:image/png;base64,' in page


def test_a_curve_from_an_older_record_is_not_needed(failed_chain: IdentityResult, tmp_path: Path) -> None:
    """A document step without a curve (e.g. read back from JSON) is simply left without a plot."""
    pytest.importorskip("matplotlib", reason="the plots extra (matplotlib) is not installed")
    bare = replace(failed_chain, steps=tuple(replace(s, curve=None) for s in failed_chain.steps))
    run = RunResult(results=(bare,), seed=FAST.seed, points=FAST.points)
    assert plots_for_run(run, [], tmp_path / "plots") == {}


def test_verify_doc_writes_the_plot_beside_its_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end through the CLI (the chains run in workers): the curve survives the trip back."""
    pytest.importorskip("matplotlib", reason="the plots extra (matplotlib) is not installed")
    from verifier.cli import main
    from verifier.exitcodes import ExitCode

    monkeypatch.chdir(tmp_path)
    (tmp_path / "week3.md").write_text(NOTES, encoding="utf-8")
    code = main(["doc", "week3.md", "--points", "40", "--no-progress", "--output", "report.md"])
    assert code == ExitCode.REFUTED
    assert (tmp_path / "report-plots" / "week3.md_7.png").read_bytes().startswith(PNG_SIGNATURE)
    assert "](report-plots/week3.md_7.png)" in (tmp_path / "report.md").read_text(encoding="utf-8")


def test_the_caption_of_a_one_variable_plot_mentions_no_other_variables(failed_chain: IdentityResult) -> None:
    png = (  # a 1-pixel PNG
        "data:image/png;base64,"
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    )
    page = HtmlReporter(plots={failed_chain.id: png}).render(RunResult(results=(failed_chain,), seed=1, points=2))
    assert "<figcaption>Both sides of the refuted step" in page and "other variables" not in page
