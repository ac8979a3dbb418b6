"""Output formats over the immutable result records: text, json, junit, markdown, html, github.

``get_reporter(name, **options)`` returns an instance whose ``render(run)`` gives the report as a
string; ``REPORTERS`` maps every format name to its class, and the classes are attributes of this
package, as they always were. A built-in format's module is imported when it is first asked for
(by name, through ``REPORTERS``, or by its class name), not when the package is: the CLI prints its
text report after the last worker, on the run's serial tail, and a run served from the cache is
little more than its imports, so it should not import the HTML, JUnit or Markdown reporters
(``html.entities``, ``xml.etree``, the plots) to print a table (docs/speed.md, cold46).
"""

from __future__ import annotations

import importlib
from typing import Any

from verifier.reporters import base
from verifier.reporters.base import Reporter, UnknownReporterError, register

#: The built-in formats: name, the module that registers it, its class.
BUILT_IN: tuple[tuple[str, str, str], ...] = (
    ("github", "verifier.reporters.github", "GitHubReporter"),
    ("html", "verifier.reporters.html", "HtmlReporter"),
    ("json", "verifier.reporters.json_report", "JsonReporter"),
    ("junit", "verifier.reporters.junit", "JUnitReporter"),
    ("markdown", "verifier.reporters.markdown", "MarkdownReporter"),
    ("text", "verifier.reporters.text", "TextReporter"),
)

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


def _load_all() -> dict[str, type[Reporter]]:
    """Every built-in format registered (in the order the package used to import them); the registry."""
    for _, module, _ in BUILT_IN:
        importlib.import_module(module)
    return base.REPORTERS


def get_reporter(name: str, **options: Any) -> Reporter:
    """A reporter instance for ``name``; the error lists the known names (every built-in one included)."""
    if name not in base.REPORTERS:
        module = next((m for n, m, _ in BUILT_IN if n == name), None)
        if module is not None:
            importlib.import_module(module)
        else:
            _load_all()  # an unknown name: the message lists every format
    return base.get_reporter(name, **options)


def __getattr__(name: str) -> Any:
    """``REPORTERS`` (every format registered) and the built-in classes, imported when first used."""
    if name == "REPORTERS":
        return _load_all()
    for _, module, cls in BUILT_IN:
        if cls == name:
            return getattr(importlib.import_module(module), cls)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
