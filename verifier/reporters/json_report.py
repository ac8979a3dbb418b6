"""Machine-readable report: every fact of the run, loadable back into the same records.

Named ``json_report`` so that ``import json`` inside it can never pick up this module.
Each entry of ``results`` is ``IdentityResult.to_dict()``, so
``IdentityResult.from_dict`` restores an equal record (tools and caches rely on this).
"""

from __future__ import annotations

import json
import math
from typing import Any, ClassVar

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
        return json.dumps(data, indent=self.options.get("indent", 2), ensure_ascii=False, allow_nan=False) + "\n"
