"""A self-contained HTML report: math as MathML, no script, no network, one file.

The same facts as the Markdown report, for a reader with only a browser and no connection:
statements and failing members are converted from LaTeX to presentation MathML when the
report is written (``latex2mathml``, pure Python), and current browsers render MathML
natively, so nothing runs when the page is viewed. Styles are inline, plots are ``data:``
URIs, and a Content-Security-Policy forbids scripts and every fetch, so even a crafted
catalog cannot make the page run code or phone home.

``latex2mathml`` does not escape text (``\\text{<b>}`` comes out as a ``<b>`` element) and
passes ``\\href`` and ``\\style`` through as attributes, so its output is parsed and rebuilt
from an allow-list of MathML elements and attributes; anything else, or a LaTeX command it did
not know, shows the LaTeX source as code instead. Every other user string is escaped.

Options: ``plots`` (``{identity id: PNG path or data: URI}``, as made by
:func:`verifier.plots.plots_for_run`) and ``base_dir`` (where relative plot paths are
resolved; default: the current directory). A plot that cannot be read is left out.
"""

from __future__ import annotations

import base64
import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import ClassVar

from verifier.plots import ALT_TEXT, plot_step
from verifier.reporters.base import (
    DETAIL_MEMBER_CHARS,
    NOTHING_CHECKED,
    XPASS_MESSAGE,
    Reporter,
    detail_member,
    failure_cell,
    format_seconds,
    printable,
    register,
    shorten,
    step_label,
    summary_line,
)
from verifier.reporters.titles import DocumentTitle, document_title, failing_step
from verifier.results import IdentityResult, RunResult, StepResult, Verdict, proved_for_phrase, worst
from verifier.unread import not_read_line

__all__ = ["HtmlReporter", "esc", "image_uri", "to_mathml"]

MATHML_NS = "http://www.w3.org/1998/Math/MathML"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

#: MathML Core elements (and the few presentation elements latex2mathml emits besides).
MATHML_ELEMENTS = frozenset(
    """math mrow mi mn mo ms mtext mspace msub msup msubsup mfrac msqrt mroot mover munder
    munderover mmultiscripts mprescripts none mtable mtr mtd mstyle mpadded mphantom menclose
    merror semantics annotation""".split()
)
#: Presentation attributes only: no href, no style, no event handlers, nothing that fetches.
MATHML_ATTRIBUTES = frozenset(
    """display mathvariant stretchy fence form separator accent accentunder columnalign rowalign
    columnspacing rowspacing columnlines rowlines frame framespacing width height depth lspace
    rspace voffset displaystyle scriptlevel mathcolor mathbackground mathsize linethickness
    minsize maxsize movablelimits largeop symmetric notation align columnspan rowspan
    encoding""".split()
)
_SAFE_VALUE = re.compile(r"[\w .,#%+\-()]*")  # attribute values: sizes, colours, keywords
_DATA_PNG = re.compile(r"data:image/png;base64,[A-Za-z0-9+/]+={0,2}")

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; line-height: 1.5;
       max-width: 72rem; margin: 2rem auto; padding: 0 1.5rem; color: #1b1f24; background: #fff; }
h1 { font-size: 1.7rem; margin-bottom: 0.3rem; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid #d0d7de; }
h3 { margin-top: 2.2rem; }
h4 { margin: 1.2rem 0 0.4rem; }
a { color: #0550ae; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.92em;
       background: #f3f4f6; padding: 0.05em 0.3em; border-radius: 4px; overflow-wrap: anywhere; }
pre.message { background: #f6f8fa; padding: 0.6rem 0.8rem; border-radius: 6px; white-space: pre-wrap; }
table { border-collapse: collapse; margin: 0.8rem 0; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.7rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
.facts { color: #57606a; }
.verdict { font-weight: 700; padding: 0.05em 0.45em; border-radius: 4px; white-space: nowrap; }
.proved-for { color: #57606a; margin-left: 0.35em; white-space: nowrap; }
.v-proved { color: #116329; background: #dafbe1; }
.v-passed { color: #0b5c6b; background: #d8f3f6; }
.v-skipped { color: #57606a; background: #eaeef2; }
.v-failed { color: #a40e26; background: #ffebe9; }
.v-timeout { color: #7d4e00; background: #fff8c5; }
.v-error { color: #8b1a8b; background: #fbe3fb; }
.v-xfail { color: #116329; background: #dafbe1; }
.v-xpass { color: #a40e26; background: #ffebe9; }
.statement { overflow-x: auto; padding: 0.4rem 0; font-size: 1.15rem; }
.members { overflow-x: auto; }
math { font-family: "STIX Two Math", "Cambria Math", "Latin Modern Math", "DejaVu Math TeX Gyre", "Noto Sans Math",
       math, serif; }
math.member { math-style: normal; font-size: 1.1rem; }
code.latex { white-space: pre-wrap; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #d0d7de; border-radius: 6px; }
figcaption { color: #57606a; font-size: 0.9rem; }
""".strip()

CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def esc(text: object) -> str:
    """Any user text as inert HTML (control characters made visible, quotes escaped)."""
    return html.escape(printable(text), quote=True)


# --------------------------------------------------------------------------- math


class _Unsafe(ValueError):
    """The converter's output is not plain presentation MathML: show the LaTeX instead."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag


def _rebuild(node: ET.Element) -> str:
    """Serialise an allow-listed MathML tree with every text and attribute escaped."""
    if not isinstance(node.tag, str) or not node.tag.startswith("{" + MATHML_NS + "}"):
        raise _Unsafe(f"element {node.tag!r} outside MathML")
    tag = _local(node.tag)
    if tag not in MATHML_ELEMENTS:
        raise _Unsafe(f"element {tag!r} is not allowed")
    attrs = []
    for name, value in node.attrib.items():
        name = _local(name)
        if name in MATHML_ATTRIBUTES and _SAFE_VALUE.fullmatch(value):
            attrs.append(f' {name}="{html.escape(value, quote=True)}"')
    text = node.text or ""
    if tag in ("mi", "mo", "mn", "mtext", "ms") and text.lstrip().startswith("\\"):
        raise _Unsafe(f"unknown LaTeX command {text.strip()!r}")
    inner = html.escape(text, quote=False) + "".join(_rebuild(child) for child in node)
    return f"<{tag}{''.join(attrs)}>{inner}</{tag}>" + html.escape(node.tail or "", quote=False)


def to_mathml(latex: str, display: str = "inline", css_class: str = "") -> str | None:
    """Presentation MathML for ``latex``, or None when it cannot be converted safely."""
    source = printable(latex).strip()
    if not source:
        return None
    try:
        from latex2mathml.converter import convert

        markup = convert(source, display=display)
        root = ET.fromstring(markup)
        if _local(root.tag) != "math":
            return None
        body = "".join(_rebuild(child) for child in root)
    except ImportError:
        return None
    except Exception:  # noqa: BLE001 - any converter or parser failure shows the LaTeX as code
        return None
    klass = f' class="{esc(css_class)}"' if css_class else ""
    return f'<math display="{"block" if display == "block" else "inline"}"{klass}>{body}</math>'


def math_html(latex: str, fallback: str = "", display: str = "inline", css_class: str = "") -> str:
    """MathML when possible; else the LaTeX (or the plain-text ``fallback``) as code."""
    if len(latex) > DETAIL_MEMBER_CHARS:  # pages of math help nobody; say how long it is instead
        return f'<code class="latex">{esc(detail_member(fallback or latex))}</code>'
    mathml = to_mathml(latex, display, css_class)
    if mathml is not None:
        return mathml
    source = printable(latex).strip() or printable(fallback).strip()
    return f'<code class="latex">{esc(source)}</code>' if source else ""


def failure_html(result: IdentityResult) -> str:
    """The overview's "first failing step": the step's members as MathML when they are short LaTeX."""
    step = failing_step(result)
    if step is None or to_mathml(step[1]) is None:
        return esc(failure_cell(result))
    return f"{esc(step[0])}: {math_html(step[1])}"


def title_html(result: IdentityResult, limit: int = 80) -> str:
    """The overview's title cell: prose escaped; a document chain's statement as MathML.

    A document chain is titled by its LaTeX, which escaped would show as source; its label
    stays text and the statement (cut at whole members) becomes math, or escaped code when it
    cannot be converted.
    """
    title = document_title(result, limit)
    if title is None:
        return esc(shorten(result.title, limit))
    math = math_html(title.latex)
    return f"{label_html(title)} {math}" if title.label else math


def label_html(title: DocumentTitle) -> str:
    """A chain's label: ``c)`` as text, ``\\star`` as math (escaped code when it cannot be converted)."""
    return math_html(title.label) if title.label_is_math else esc(title.label)


# --------------------------------------------------------------------------- plots


def image_uri(value: object, base_dir: Path | None = None) -> str | None:
    """A ``data:`` URI for a PNG path (or a PNG data URI given as is); None if it is not a PNG."""
    text = str(value)
    if text.startswith("data:"):
        return text if _DATA_PNG.fullmatch(text) else None
    path = Path(text)
    if not path.is_absolute():
        path = (base_dir or Path.cwd()) / path
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(PNG_SIGNATURE):
        return None
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


# --------------------------------------------------------------------------- the report


def badge(verdict: Verdict | str) -> str:
    """A verdict, or an outcome (XFAIL green, XPASS red), as a coloured label."""
    value = verdict.value if isinstance(verdict, Verdict) else str(verdict)
    return f'<span class="verdict v-{value.lower()}">{value}</span>'


def outcome_html(result: IdentityResult) -> str:
    """The outcome's badge and, for a PROVED identity with sizes, what it was proved for."""
    phrase = proved_for_phrase(result.proved_for) if result.outcome == Verdict.PROVED.value else ""
    return badge(result.outcome) + (f'<span class="proved-for">{esc(phrase)}</span>' if phrase else "")


def run_status(run: RunResult) -> str:
    """OK, or what turns the run red: the worst verdict that is not expected, else XPASS."""
    if run.ok:
        return '<span class="verdict v-proved">OK</span>'
    bad = [r.verdict for r in run.results if not r.passes and not r.verdict.ok]
    return badge(worst(bad)) if bad or not run.results else badge("XPASS")


def _message(label: str, text: str) -> str:
    lines = [line for line in printable(text).splitlines() if line.strip()]
    if len(lines) <= 1:
        return f"<li>{label}: {esc(lines[0] if lines else '')}</li>"
    return f'<li>{label}:<pre class="message">{esc(chr(10).join(lines))}</pre></li>'


@register
class HtmlReporter(Reporter):
    """One HTML page: title, summary, overview table, a section per identity (see module doc)."""

    name: ClassVar[str] = "html"
    extension: ClassVar[str] = ".html"

    def render(self, run: RunResult) -> str:
        out = [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>Derivation check report</title>",
            f"<style>\n{CSS}\n</style>",
            "</head>",
            "<body>",
            "<h1>Derivation check report</h1>",
        ]
        status = run_status(run)
        out.append(f'<p class="status">{status} — {esc(summary_line(run))}</p>')
        facts = f"Seed {esc(run.seed)} · {esc(run.points)} points per step"
        if run.catalog:
            facts += f" · catalog {esc(run.catalog)}"
        if run.documents:
            facts += f" · documents {esc(run.documents)}"
        out.append(f'<p class="facts">{facts}</p>')
        if run.not_read:
            out.append(f'<p class="facts">{esc(not_read_line(run.not_read))}</p>')
        if not run.results:
            out.append(f"<p>{badge(Verdict.ERROR)}: {NOTHING_CHECKED}; nothing was verified.</p>")
            return "\n".join([*out, "</body>", "</html>", ""])
        out += self.overview(run)
        out.append("<h2>Details</h2>")
        for n, result in enumerate(run.results, start=1):
            out += self.section(result, n)
        out += ["</body>", "</html>", ""]
        return "\n".join(out)

    @staticmethod
    def overview(run: RunResult) -> list[str]:
        """One row per identity; the id links to its section."""
        out = [
            '<table class="overview">',
            "<thead><tr><th>id</th><th>title</th><th>verdict</th><th>first failing step</th></tr></thead>",
            "<tbody>",
        ]
        for n, result in enumerate(run.results, start=1):
            out.append(
                f'<tr><td><a href="#identity-{n}">{esc(result.id)}</a></td>'
                f"<td>{title_html(result)}</td>"
                f"<td>{outcome_html(result)}</td>"
                f"<td>{failure_html(result)}</td></tr>"
            )
        out += ["</tbody>", "</table>"]
        return out

    def section(self, result: IdentityResult, n: int) -> list[str]:
        """Heading, statement, facts, every step that is not ok, the plot, the reproduce command."""
        doc_title = document_title(result)  # a chain's statement is shown as math right below
        if doc_title is None:
            heading = esc(result.id) + (f" — {esc(result.title)}" if result.title else "")
        else:
            heading = esc(result.id) + (f" — {label_html(doc_title)}" if doc_title.label else "")
        out = [f'<section class="identity" id="identity-{n}">', f"<h3>{heading}</h3>"]
        if result.statement.strip():
            out.append(f'<div class="statement">{math_html(result.statement, display="block")}</div>')
        facts = [f"<li>Verdict: {outcome_html(result)}</li>"]
        if result.expected:
            facts.append(f"<li>Expected: {esc(result.expected)} (kept on purpose: XFAIL while it fails)</li>")
        if result.outcome == "XPASS":
            facts.append(_message("Message", XPASS_MESSAGE.format(expected=result.expected)))
        if result.source:
            facts.append(f"<li>Source: {esc(result.source)}</li>")
        time = "cached" if result.cached else format_seconds(result.duration)
        facts.append(f"<li>Seed: {esc(result.seed)} · time: {esc(time)}</li>")
        if result.stage:
            facts.append(f"<li>Stage: {esc(result.stage)}</li>")
        if result.message:
            facts.append(_message("Message", result.message))
        out += ['<ul class="facts">', *facts, "</ul>"]
        plot = self.plots.get(result.id)
        plotted = plot_step(result) if plot is not None else None
        reproduce_shown = False
        for step in result.steps:
            if not step.verdict.ok:
                lines, shown = self.step(step)
                out += lines
                reproduce_shown = reproduce_shown or shown
            if plot is not None and step is plotted:
                out += self.figure(plot, plotted)
        if plot is not None and plotted is None:
            out += self.figure(plot)
        if not result.verdict.ok and not reproduce_shown:
            out.append(f"<p>Reproduce: <code>{esc(result.reproduce)}</code></p>")
        out.append("</section>")
        return out

    def figure(self, plot: object, step: StepResult | None = None) -> list[str]:
        """The plot as an embedded PNG (nothing when it cannot be read)."""
        base = self.options.get("base_dir")
        uri = image_uri(plot, Path(base) if base is not None else None)
        if uri is None:
            return []
        caption = "Both sides of the refuted step along a line through the counterexample (marked)"
        cx = step.counterexample if step is not None else None
        if cx is None or len(cx.coordinates) != 1:  # one variable: there are no others to fix
            caption += "; the other variables keep their counterexample values"
        return [
            "<figure>",
            f'<img src="{uri}" alt="{esc(ALT_TEXT)}">',
            f"<figcaption>{caption}.</figcaption>",
            "</figure>",
        ]

    @staticmethod
    def step(step: StepResult) -> tuple[list[str], bool]:
        """A failing step: members as math, counterexample table, values, reproduce command."""
        out = ['<div class="step">', f"<h4>{esc(step_label(step))}: {badge(step.verdict)}</h4>"]
        left = math_html(step.lhs_latex, step.lhs, css_class="member")
        right = math_html(step.rhs_latex, step.rhs, css_class="member")
        items = [f"<li>left member: {left}</li>", f"<li>right member: {right}</li>"]
        if step.method:
            items.append(f"<li>method: {esc(step.method)}</li>")
        if step.message:
            items.append(_message("message", step.message))
        out += ['<ul class="members">', *items, "</ul>"]
        cx = step.counterexample
        if cx is None:
            if step.verdict is Verdict.FAILED:
                out.append("<p>No counterexample was recorded.</p>")
            out.append("</div>")
            return out, False
        if cx.point:
            out += [
                '<table class="counterexample">',
                "<thead><tr><th>variable</th><th>value</th></tr></thead>",
                "<tbody>",
                *(f"<tr><td>{esc(name)}</td><td><code>{esc(value)}</code></td></tr>" for name, value in cx.point),
                "</tbody>",
                "</table>",
            ]
        values = []
        if cx.entry:
            values.append(f"<li>entry: <code>{esc(cx.entry)}</code></li>")
        values.append(f"<li>left = <code>{esc(cx.lhs)}</code></li>")
        values.append(f"<li>right = <code>{esc(cx.rhs)}</code></li>")
        values.append(f"<li>difference = <code>{esc(cx.difference)}</code></li>")
        if cx.reproduce:
            values.append(f"<li>reproduce: <code>{esc(cx.reproduce)}</code></li>")
        out += ['<ul class="values">', *values, "</ul>", "</div>"]
        return out, bool(cx.reproduce)
