"""Output formats over the immutable result records: text, json, junit, markdown, html, github.

Importing this package registers every format in ``REPORTERS``; ``get_reporter(name,
**options)`` returns an instance whose ``render(run)`` gives the report as a string.
"""

from verifier.reporters.base import REPORTERS, Reporter, UnknownReporterError, get_reporter, register
from verifier.reporters.github import GitHubReporter
from verifier.reporters.html import HtmlReporter
from verifier.reporters.json_report import JsonReporter
from verifier.reporters.junit import JUnitReporter
from verifier.reporters.markdown import MarkdownReporter
from verifier.reporters.text import TextReporter

__all__ = [
    "REPORTERS",
    "GitHubReporter",
    "HtmlReporter",
    "JUnitReporter",
    "JsonReporter",
    "MarkdownReporter",
    "Reporter",
    "TextReporter",
    "UnknownReporterError",
    "get_reporter",
    "register",
]
