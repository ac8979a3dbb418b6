"""Output formats over the immutable result records: text, json, junit, markdown.

Importing this package registers every format in ``REPORTERS``; ``get_reporter(name,
**options)`` returns an instance whose ``render(run)`` gives the report as a string.
"""

from verifier.reporters.base import REPORTERS, Reporter, UnknownReporterError, get_reporter, register
from verifier.reporters.json_report import JsonReporter
from verifier.reporters.junit import JUnitReporter
from verifier.reporters.markdown import MarkdownReporter
from verifier.reporters.text import TextReporter

__all__ = [
    "REPORTERS",
    "JUnitReporter",
    "JsonReporter",
    "MarkdownReporter",
    "Reporter",
    "TextReporter",
    "UnknownReporterError",
    "get_reporter",
    "register",
]
