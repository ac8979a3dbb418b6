r"""A note checked once per pytest worker: the test helpers' memo of documents checked in-process (suite72, issue 11).

Many tests of the suite check the same small note again — a note written once at module level and asserted on by
several tests (one on the verdict, one on the message, one on the line), or the same note written by tests of two
stops. ``support.doc_steps``, ``support.verdicts_by_line`` and ``support.frame_steps`` hand their check to
:func:`checked`, which gives back the records of the first check of the same call in this worker.

Why a served record is the one a fresh check gives:

* what is kept are the records ``verify doc`` reports, and they are immutable: ``StepResult`` and everything it holds
  (``Counterexample``, ``Curve``) are frozen dataclasses of strings, numbers, enums and tuples (asserted by
  ``tests/test_suite72_check_memo.py``), kept in tuples; every call gets a new list or dict of them, so a test that
  edits what it got changes nothing another test reads;
* the key is the whole input of the check: the helper, the exact text (after the helper's dedent), the path, the
  settings (a frozen dataclass: seed, points, budget, …), the working directory (``\input`` files and context
  files are looked for beside the path) and the process-wide switches a context manager may set without patching
  (the readings' time limits under ``doubts.unlimited_readings``, SymPy's ``evaluate``/``distribute``, mpmath's
  precision);
* the engine is a function of that input: the same note checked later in a process gives the same verdicts (the
  project's determinism contract: ``verify doc --jobs 1/2`` and two hash seeds give the same report). What it
  is not a function of is state a test changes: a patched function, an environment variable, SymPy's shuffle put
  back, a budget around the check, a warning or log captured. So the memo is **off** for every test whose module
  (or a test module it takes a helper from) names any such thing (:data:`RISKY`: ``monkeypatch``, ``mock``,
  ``patch``, ``setattr``, ``environ``, ``budget``, ``signal``, ``warns``, an assignment to a module's attribute,
  …), whenever pytest's ``monkeypatch`` of the running test holds a change (a fixture of another file may use it),
  and whenever a ``unittest.mock`` patch is started; outside a test (collection, session fixtures) it is off too;
* a check whose steps include a TIMEOUT, or a verdict whose other readings were cut short by their time limit, is
  never kept (a budget that ran out on a busy machine is not the note's verdict), nor one that raised;
* within one test every call checks anew after its first: a test that checks a note twice to compare (two runs,
  two orders) still compares two checks.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Hashable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar
from unittest import mock

T = TypeVar("T")

#: a test module that names one of these may change state a check reads: its tests check every note anew
RISKY = re.compile(
    r"monkeypatch|mock|patch|setattr|setenv|delenv|environ|chdir|budget|deadline|signal|itimer|alarm\(|"
    r"process_time|perf_counter|monotonic|duration|caplog|recwarn|warns|catch_warnings|clear_cache|cache_clear|"
    r"sys\.modules|importlib|reload|fork|threading|^\s*[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\s*(?:\+|-|\|)?=[^=]",
    re.MULTILINE,
)

_TESTS = Path(__file__).resolve().parent
_HARNESS = {"support", "checkmemo", "conftest", "timerguard"}
_ENVIRONMENT_OF_EVERY_TEST = {"GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"}  # conftest's autouse fixture removes them

_records: dict[Hashable, Any] = {}
_plain: dict[str, bool] = {}
_test: dict[str, Any] = {"on": False, "item": None, "asked": set()}
counts = {"served": 0, "checked": 0}


def _own_source(module: ModuleType) -> str:
    path = getattr(module, "__file__", None)
    return Path(path).read_text(encoding="utf-8") if path else ""


def plain(module: ModuleType) -> bool:
    """Whether the test module ``module`` names nothing of :data:`RISKY`, nor does any test module it takes a name from
    (its helpers, its notes); kept per module."""
    name = module.__name__
    if name not in _plain:
        sources = {name: module}
        for value in vars(module).values():
            owner = value if isinstance(value, ModuleType) else sys.modules.get(getattr(value, "__module__", "") or "")
            path = getattr(owner, "__file__", None)
            if owner is not None and path and Path(path).resolve().parent == _TESTS and owner.__name__ not in _HARNESS:
                sources[owner.__name__] = owner
        _plain[name] = not any(RISKY.search(_own_source(m)) for m in sources.values())
    return _plain[name]


def start(item: Any) -> None:
    """The test ``item`` starts (conftest, before its fixtures): the memo is on if its module is :func:`plain`."""
    module = getattr(item, "module", None)
    _test.update(on=isinstance(module, ModuleType) and plain(module), item=item, asked=set())


def finish() -> None:
    """The test ended (conftest): off until the next one starts."""
    _test.update(on=False, item=None, asked=set())


def _changed(monkeypatch: Any) -> bool:
    """Whether pytest's ``monkeypatch`` holds a change beyond the one every test has (conftest's GitHub variables)."""
    if monkeypatch is None:
        return False
    if getattr(monkeypatch, "_setattr", None) or getattr(monkeypatch, "_cwd", None) is not None:
        return True
    if getattr(monkeypatch, "_savesyspath", None) is not None:
        return True
    items = getattr(monkeypatch, "_setitem", None)
    if items is None:
        return True  # not the MonkeyPatch this module knows: take no chance
    return any(not (d is os.environ and k in _ENVIRONMENT_OF_EVERY_TEST) for d, k, _ in items)


def on() -> bool:
    """Whether a check may be served from, or kept in, the memo now."""
    if not _test["on"] or _changed(getattr(_test["item"], "funcargs", {}).get("monkeypatch")):
        return False
    return not getattr(mock._patch, "_active_patches", ())  # type: ignore[attr-defined]


#: what a verdict says when the note's other readings were cut short by their time limit (documents.doubts)
_CUT_SHORT = "could be tried within"


def servable(verdict: str, message: str) -> bool:
    """Whether a step's record may be served to another test: not a TIMEOUT, and not a verdict whose other readings
    were cut short by their time (both the machine's load, not the note's)."""
    return verdict != "TIMEOUT" and _CUT_SHORT not in message


def _knobs() -> tuple[object, ...]:
    """The process-wide switches a check reads that a context manager may change without patching: the readings'
    time limits (``doubts.unlimited_readings``), SymPy's ``evaluate``/``distribute``, mpmath's precision."""
    doubts, orientation = (sys.modules.get(f"verifier.documents.{m}") for m in ("doubts", "orientation"))
    parameters = sys.modules.get("sympy.core.parameters")
    mpmath = sys.modules.get("mpmath")
    glob = getattr(parameters, "global_parameters", None)
    return (
        getattr(doubts, "READINGS_SECONDS", None),
        getattr(orientation, "ROW_SECONDS", None),
        getattr(glob, "evaluate", None),
        getattr(glob, "distribute", None),
        getattr(getattr(mpmath, "mp", None), "prec", None),
    )


def checked(key: Hashable, compute: Callable[[], T], keep: Callable[[T], bool]) -> T:
    """``compute()`` (an immutable value), or the value it gave for the same ``key`` (the check's whole input) earlier
    in this worker, in another test: see the module's docstring for when the memo is off. ``keep(value)``: whether a
    value may be served later (not when a budget ran out)."""
    if not on():
        return compute()
    full = (key, os.getcwd(), _knobs())
    asked = _test["asked"]
    if full in _records and full not in asked:
        asked.add(full)
        counts["served"] += 1
        return _records[full]  # type: ignore[no-any-return]
    value = compute()
    counts["checked"] += 1
    asked.add(full)
    if full not in _records and keep(value):
        _records[full] = value
    return value
