"""Machine-readable report: every fact of the run, loadable back into the same records.

Named ``json_report`` so that ``import json`` inside it can never pick up this module.
Each entry of ``results`` is ``IdentityResult.to_dict()``, so
``IdentityResult.from_dict`` restores an equal record (tools and caches rely on this).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, ClassVar

from verifier.logsafe import BIDI
from verifier.reporters.base import Reporter, register
from verifier.results import RunResult

SCHEMA_VERSION = 1


def _finite(value: Any) -> Any:
    """Non-finite floats become ``null``: ``NaN``/``Infinity`` are not JSON and break parsers."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def run_to_dict(run: RunResult) -> dict[str, Any]:
    """The whole run as plain JSON data, keys in a fixed order."""
    return {
        "version": SCHEMA_VERSION,
        "ok": run.ok,
        "seed": run.seed,
        "points": run.points,
        "duration": run.duration,
        "catalog": run.catalog,
        "documents": run.documents,
        **({"not_read": list(run.not_read)} if run.not_read else {}),  # files of the folders not read (verifier.unread)
        "counts": dict(run.counts),
        "summary": run.tally(),
        "results": [result.to_dict() for result in run.results],
    }


@register
class JsonReporter(Reporter):
    """``{"version": 1, "seed", "points", "duration", "summary", "results": [...]}``.

    Options: ``indent`` (default 2).
    """

    name: ClassVar[str] = "json"
    extension: ClassVar[str] = ".json"

    def render(self, run: RunResult) -> str:
        data = _finite(run_to_dict(run))
        text = json.dumps(data, indent=self.options.get("indent", 2), ensure_ascii=False, allow_nan=False)
        return json_log_safe(text) + "\n"


_JSON_UNSAFE = re.compile(f"(?<=:):|(?<=#)#(?=\\[|(?:vso|teamcity)\\[)|[{BIDI}]", re.IGNORECASE)


def json_log_safe(text: str) -> str:
    """JSON text that is safe in a CI log yet decodes to exactly the same data.

    A JSON report written to stdout lands in the log, where GitHub Actions would run a
    ``::command::`` or ``##[command]`` inside a string (Azure Pipelines a ``##vso[…]``, TeamCity a
    ``##teamcity[…]``), and bidirectional controls would
    reorder what a reader sees. Outside strings JSON never has ``::``, ``#`` or those
    characters, so escaping them as ``\\uXXXX`` changes the bytes and not the data (the
    other formats use :func:`verifier.reporters.base.printable` instead, for the same reason).
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
