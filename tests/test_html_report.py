"""The HTML report: MathML math, no script, no network, escaped text, and a real browser renders it.

The browser test runs Chromium headless from the system packages (``.ci/run`` installs it) with
networking disabled, dumps the DOM and takes a screenshot; without a browser it skips.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import textwrap
from collections.abc import Iterator
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import GOOD_AND_BAD

from verifier.engine import Settings, verify_entry
from verifier.loader import load_catalog
from verifier.plots import ALT_TEXT, matplotlib_available, plots_for_run
from verifier.reporters import get_reporter
from verifier.reporters.html import MATHML_ELEMENTS, HtmlReporter, esc, image_uri, math_html, to_mathml
from verifier.results import Counterexample, IdentityResult, RunResult, StepResult, Verdict

PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
HTML_ELEMENTS = frozenset(
    "html head meta title style body h1 h2 h3 h4 p span table thead tbody tr th td a section div ul li code pre "
    "figure img figcaption".split()
)

FAILED = IdentityResult(
    id="softmax.jacobian",
    title="Jacobian of the softmax",
    statement=r"\frac{\partial p}{\partial z} = \operatorname{diag}(p) - p p^{\top}",
    verdict=Verdict.FAILED,
    steps=(
        StepResult(
            index=1,
            lhs="diag(p) - p*p.T",
            rhs="diag(p) + p*p.T",
            lhs_latex=r"\operatorname{diag}(p) - p p^{\top}",
            rhs_latex=r"\operatorname{diag}(p) + p p^{\top}",
            verdict=Verdict.FAILED,
            sizes=(("K", 2),),
            counterexample=Counterexample(
                point=(("z", "[-2.7101, 0.5]ᵀ"),),
                lhs="-0.0347",
                rhs="0.0347",
                difference="-0.0694",
                entry="[2, 1]",
                reproduce="verify softmax.jacobian --seed 7",
            ),
        ),
    ),
    seed=7,
)
RUN = RunResult(results=(FAILED,), seed=7, points=200)


class Tags(HTMLParser):
    """Every start tag and attribute name of a page, to check what a report can contain."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]


def tags_of(page: str) -> Tags:
    parser = Tags()
    parser.feed(page)
    parser.close()
    return parser


# --------------------------------------------------------------------------- without a browser


def test_registered_as_html() -> None:
    reporter = get_reporter("html")
    assert isinstance(reporter, HtmlReporter)
    assert reporter.extension == ".html"


def test_page_is_self_contained() -> None:
    page = HtmlReporter().render(RUN)
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script" not in page.lower()
    assert "://" not in page  # no CDN, no font, no namespace URL: nothing to fetch
    assert "@import" not in page and "url(" not in page
    parsed = tags_of(page)
    assert set(parsed.tags) <= HTML_ELEMENTS | MATHML_ELEMENTS
    assert not any(name.startswith("on") for name in parsed.attrs)


def test_content_matches_the_markdown_report() -> None:
    page = HtmlReporter().render(RUN)
    for needle in (
        "1 failed in 0.00s",
        "Seed 7 · 200 points per step",
        '<span class="verdict v-failed">FAILED</span>',
        "step 1 (K=2)",
        "<mfrac>",
        "<mi>p</mi>",
        "<td>z</td><td><code>[-2.7101, 0.5]ᵀ</code></td>",
        "entry: <code>[2, 1]</code>",
        "left = <code>-0.0347</code>",
        "right = <code>0.0347</code>",
        "difference = <code>-0.0694</code>",
        "reproduce: <code>verify softmax.jacobian --seed 7</code>",
        '<a href="#identity-1">softmax.jacobian</a>',
    ):
        assert needle in page, needle


def test_statement_is_mathml() -> None:
    mathml = to_mathml(r"\sigma'(z) = \frac{1}{1 + e^{-z}}", display="block")
    assert mathml is not None
    assert mathml.startswith('<math display="block">')
    assert "<mfrac>" in mathml and "<mi>σ</mi>" in mathml and "<msup>" in mathml
    assert "xmlns" not in mathml


@pytest.mark.parametrize(
    "latex",
    [
        r"\text{<script>alert(1)</script>}",
        r"\text{<img src=x onerror=alert(1)>}",
        r"\mathrm{a&b}",
        r"\unknowncommand{x}",
        "x\x00y",
    ],
)
def test_unsafe_or_unknown_latex_is_shown_as_code(latex: str) -> None:
    assert to_mathml(latex) is None
    shown = math_html(latex)
    assert shown.startswith('<code class="latex">')
    assert "<script" not in shown and "<img" not in shown


def test_dangerous_attributes_are_dropped() -> None:
    for latex in (r"\href{javascript:alert(1)}{x}", r"\style{background:url(http://x)}{y}"):
        mathml = to_mathml(latex)
        assert mathml is not None
        assert "href" not in mathml and "javascript" not in mathml
        assert "style" not in mathml and "url(" not in mathml


def test_user_text_is_escaped() -> None:
    evil = "<script>alert(1)</script> & \"q\" 'a' \x1b[2J"
    hostile = replace(
        FAILED,
        id=evil,
        title=evil,
        source=evil,
        message=evil + "\nsecond line",
        statement=r"\text{</math><script>alert(1)</script>}",
    )
    page = HtmlReporter().render(replace(RUN, results=(hostile,), catalog=evil))
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#x27;a&#x27; " in page
    assert "[2J" not in page  # terminal escape sequences are removed whole (issue 9 §6)
    assert esc("<b>") == "&lt;b&gt;"
    assert set(tags_of(page).tags) <= HTML_ELEMENTS | MATHML_ELEMENTS


def test_plots_are_embedded_as_data_uris(tmp_path: Path) -> None:
    (tmp_path / "plots").mkdir()
    (tmp_path / "plots" / "a.png").write_bytes(PNG_1PX)
    page = HtmlReporter(plots={"softmax.jacobian": "plots/a.png"}, base_dir=tmp_path).render(RUN)
    uri = "data:image/png;base64," + base64.b64encode(PNG_1PX).decode()
    assert f'<img src="{uri}" alt="{ALT_TEXT}">' in page
    assert page.index("difference = ") < page.index("<img")
    assert image_uri(uri) == uri  # a data URI is taken as it is


def test_unreadable_or_foreign_plots_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "not-a.png").write_text("<svg onload=alert(1)>", encoding="utf-8")
    for value in ("missing.png", "not-a.png", "https://example.com/x.png", "data:text/html,<script>x</script>"):
        page = HtmlReporter(plots={"softmax.jacobian": value}, base_dir=tmp_path).render(RUN)
        assert "<img" not in page and "<figure" not in page, value
    assert image_uri("missing.png", tmp_path) is None


def test_empty_run_is_not_a_success() -> None:
    page = HtmlReporter().render(RunResult(results=(), seed=7, points=200))
    assert "no identities were checked; nothing was verified" in page
    assert "v-error" in page


@pytest.mark.slow(3)
@settings(max_examples=50, deadline=None, database=None)
@given(text=st.text(max_size=40), latex=st.text(max_size=40))
def test_any_text_stays_text(text: str, latex: str) -> None:
    """Whatever a catalog contains, the page has only the report's own elements and no handlers."""
    result = replace(FAILED, id=text or "x", title=text, message=text, source=text, statement=latex)
    step = replace(FAILED.steps[0], lhs_latex=latex, rhs=text, rhs_latex="")
    page = HtmlReporter().render(replace(RUN, results=(replace(result, steps=(step,)),), catalog=text))
    parsed = tags_of(page)
    assert set(parsed.tags) <= HTML_ELEMENTS | MATHML_ELEMENTS
    assert parsed.tags.count("script") == 0 and parsed.tags.count("style") == 1
    assert not any(name.startswith("on") for name in parsed.attrs)
    assert "style" not in parsed.attrs and "src" not in parsed.attrs
    assert parsed.attrs.count("href") == 1  # the link from the table to the section


# --------------------------------------------------------------------------- in a real browser


def _chromium() -> str | None:
    for candidate in (os.environ.get("CHROMIUM", ""), "/usr/bin/chromium", "chromium", "chromium-browser"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


@pytest.fixture
def chromium(tmp_path: Path) -> Iterator[list[str]]:
    """Headless Chromium with networking switched off (the page must not need it)."""
    binary = _chromium()
    if binary is None:
        pytest.skip("chromium not installed: apt-get install chromium (or set CHROMIUM=/path/to/chromium)")
    yield [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ]


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


@pytest.mark.slow(2)
def test_browser_renders_the_report(chromium: list[str], tmp_path: Path) -> None:
    root = tmp_path / "derivations"
    root.mkdir()
    (root / "sig.py").write_text(textwrap.dedent(GOOD_AND_BAD), encoding="utf-8")
    entries = list(load_catalog(root).entries)
    run_settings = Settings(points=80, symbolic_budget=0.5)
    run = RunResult(results=tuple(verify_entry(e, run_settings) for e in entries), seed=run_settings.seed, points=80)
    failed = run.results[1]
    assert failed.verdict is Verdict.FAILED
    report = tmp_path / "report.html"
    plots = plots_for_run(run, entries, tmp_path / "report-plots")  # {} without matplotlib
    report.write_text(HtmlReporter(plots=plots, base_dir=tmp_path).render(run), encoding="utf-8")
    assert bool(plots) == matplotlib_available()

    dom = _run([*chromium, "--dump-dom", report.as_uri()]).stdout
    assert "<math" in dom and "<mfrac>" in dom
    assert "<mi>σ</mi>" in dom  # from the statement \sigma' = \sigma(1+\sigma)
    cx = failed.steps[0].counterexample
    assert cx is not None
    for value in (cx.lhs, cx.rhs, cx.difference, dict(cx.point)["z"]):
        assert value in dom
    assert "<script" not in dom.lower()
    assert ("data:image/png;base64," in dom) == bool(plots)

    shot = tmp_path / "shot.png"
    _run([*chromium, f"--screenshot={shot}", "--window-size=1200,1600", report.as_uri()])
    assert shot.read_bytes().startswith(b"\x89PNG")
    image = pytest.importorskip("PIL.Image", reason="Pillow is needed to look at the screenshot")
    with image.open(shot) as picture:
        pixels = picture.convert("L")
        histogram = pixels.histogram()
        dark = sum(histogram[:200]) / (pixels.width * pixels.height)
    assert dark > 0.01, "the screenshot is blank"
    keep = os.environ.get("KEEP_SCREENSHOT")  # a path: keep the screenshot to look at it
    if keep:
        shutil.copy(shot, keep)
