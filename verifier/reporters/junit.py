"""JUnit XML, the format GitHub, GitLab and Jenkins read to show per-test results in CI.

Built with :mod:`xml.etree.ElementTree`, which escapes ``<``, ``&`` and quotes; characters
XML 1.0 forbids outright (most control characters) are replaced by visible escapes first,
so any title or message yields a well-formed document.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from typing import ClassVar

from verifier.paths import parse_location
from verifier.reporters.base import (
    NOTHING_CHECKED,
    Reporter,
    detail_lines,
    failure_cell,
    one_line,
    plain,
    printable,
    register,
    shorten,
    step_summary_lines,
)
from verifier.results import IdentityResult, RunResult, Verdict

SUITE_NAME = "derivation-verifier"
MESSAGE_CHARS = 300

# Everything outside the XML 1.0 Char production (after ``printable`` only a few remain).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: object) -> str:
    """``text`` made safe for XML 1.0: controls escaped visibly, the rest stripped."""
    return _NOT_XML.sub("", printable(text))


def _seconds(value: float) -> str:
    """CI tools reject negative, NaN or missing times; fall back to zero."""
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return "0.000"
    return f"{seconds:.3f}" if math.isfinite(seconds) and seconds > 0 else "0.000"


def _source_path(source: str) -> str:
    """``path/to/module.py`` from ``path/to/module.py:LINE`` (or ``nb.ipynb: cell N, line M``)."""
    return parse_location(source).path


def _classname(result: IdentityResult) -> str:
    """Group testcases by tag, else by the module the entry lives in, else by kind."""
    if result.tags:
        return result.tags[0]
    if result.source:
        path = _source_path(result.source).removeprefix("./").removesuffix(".py")
        return path.replace("/", ".").replace("\\", ".") or result.kind
    return result.kind or SUITE_NAME


def _message(result: IdentityResult) -> str:
    """The one-line ``message`` attribute CI tools show next to the test name."""
    if result.verdict is Verdict.TIMEOUT and result.stage:
        reason = f": {one_line(result.message)}" if result.message else ""
        return shorten(f"timed out in {result.stage}{reason}", MESSAGE_CHARS)
    step = result.first_failure
    text = failure_cell(result, limit=MESSAGE_CHARS)
    if step is not None and step.counterexample is not None:
        cx = step.counterexample
        where = f" at entry {cx.entry}" if cx.entry else ""
        text += f"; difference {one_line(cx.difference)}{where}"
    return shorten(text or result.verdict.value, MESSAGE_CHARS)


@register
class JUnitReporter(Reporter):
    """One ``<testsuite>`` with one ``<testcase>`` per identity."""

    name: ClassVar[str] = "junit"
    extension: ClassVar[str] = ".xml"

    def render(self, run: RunResult) -> str:
        outcomes = [r.outcome for r in run.results]
        failures = sum(o in (Verdict.FAILED.value, "XPASS") for o in outcomes)
        errors = sum(o in (Verdict.ERROR.value, Verdict.TIMEOUT.value) for o in outcomes)
        skipped = sum(o in (Verdict.SKIPPED.value, "XFAIL") for o in outcomes)  # as pytest reports xfail
        tests = len(run.results)
        if not run.results:  # a green CI badge for "nothing checked" would be a lie
            tests, errors = 1, 1
        counts = {
            "name": SUITE_NAME,
            "tests": str(tests),
            "failures": str(failures),
            "errors": str(errors),
            "skipped": str(skipped),
            "time": _seconds(run.duration),
        }
        root = ET.Element("testsuites", counts)
        suite = ET.SubElement(root, "testsuite", counts)
        properties = ET.SubElement(suite, "properties")
        for key, value in (
            ("seed", run.seed),
            ("points", run.points),
            ("catalog", run.catalog),
            ("documents", run.documents),
            *((("not_read", " ".join(run.not_read)),) if run.not_read else ()),
        ):
            ET.SubElement(properties, "property", {"name": key, "value": xml_text(value)})

        for result in run.results:
            self._testcase(suite, result)
        if not run.results:
            case = ET.SubElement(suite, "testcase", {"classname": SUITE_NAME, "name": NOTHING_CHECKED, "time": "0.000"})
            error = ET.SubElement(case, "error", {"type": Verdict.ERROR.value, "message": NOTHING_CHECKED})
            error.text = "The run contained no identities: nothing was verified."

        ET.indent(root, space="  ")
        body = ET.tostring(root, encoding="unicode")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"

    @staticmethod
    def _testcase(suite: ET.Element, result: IdentityResult) -> None:
        case = ET.SubElement(
            suite,
            "testcase",
            {
                "classname": xml_text(_classname(result)),
                "name": xml_text(result.id),
                "time": _seconds(result.duration),
            },
        )
        detail = ""
        if result.source:
            # file= is a path and line= a line of that file, as pytest writes them; a notebook's
            # cell and line in the cell go to a property (tools would read "a.ipynb: cell 1" as a file)
            where = parse_location(result.source)
            case.set("file", xml_text(where.path))
            if where.line:
                case.set("line", str(where.line))
            detail = where.detail
        properties = {"cell": detail} if detail else {}
        if result.proved_for and result.outcome == Verdict.PROVED.value:
            properties["proved_for"] = result.proved_for  # "all K >= 1", or the sizes it was proved at
        if properties:
            props = ET.SubElement(case, "properties")
            for name, value in properties.items():
                ET.SubElement(props, "property", {"name": name, "value": xml_text(value)})
        verdict = result.verdict
        if result.outcome == "XFAIL":  # pytest's junitxml: <skipped type="pytest.xfail">
            message = f"expected {result.expected}: {_message(result)}"
            ET.SubElement(case, "skipped", {"type": "pytest.xfail", "message": xml_text(message)})
        elif result.outcome == "XPASS":
            child = ET.SubElement(case, "failure", {"message": xml_text(_message(result)), "type": "XPASS"})
            child.text = xml_text(plain(detail_lines(result)))
        elif verdict in (Verdict.FAILED, Verdict.ERROR, Verdict.TIMEOUT):
            tag = "failure" if verdict is Verdict.FAILED else "error"
            child = ET.SubElement(case, tag, {"message": xml_text(_message(result)), "type": verdict.value})
            child.text = xml_text(plain(detail_lines(result)))
        elif verdict is Verdict.SKIPPED:
            ET.SubElement(case, "skipped", {"message": xml_text(_message(result))})
        out = [f"{result.verdict_text} {result.id}" + (f" — {one_line(result.title)}" if result.title else "")]
        out += step_summary_lines(result)
        if result.cached:
            out.append("(cached result)")
        ET.SubElement(case, "system-out").text = xml_text("\n".join(out))
