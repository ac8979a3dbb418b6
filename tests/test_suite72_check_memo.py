"""The test helpers' memo of checked notes (``tests/checkmemo.py``, suite72): a note asked again in another test is
served the first check's records, equal and in a new container; every state a check reads that a test may change
turns it off (a patching module, a monkeypatch holding a change, a started mock patch), as does a budget run out."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest import mock

import checkmemo
import pytest
import support

from verifier.results import Counterexample, Curve, StepResult, Verdict

# a right step and a wrong one, so the records hold a counterexample and a curve
NOTE = r"""
$$
\frac{d}{dx} x^3 = 3x^2
$$

$$
\frac{d}{dx} \sin(x^2) = 2\cos(x^2)
$$
"""


class _Item:
    """A stand-in for pytest's test item: the module the test is in, and the fixtures it holds."""

    def __init__(self, module: ModuleType, **funcargs: Any) -> None:
        self.module, self.funcargs = module, funcargs


def _module(tmp_path: Path, name: str, source: str) -> ModuleType:
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    module = ModuleType(name)
    module.__file__ = str(path)
    return module


@pytest.fixture
def plain_test(tmp_path: Path, request: pytest.FixtureRequest) -> Any:
    """``plain_test()``: a new test of a module that changes no state (the memo on for it) starts; the real test's
    own state is put back at the end."""
    module = _module(tmp_path, f"suite72_plain_{request.node.name}", "from support import doc_steps\n\nx = 1\n")

    def start(**funcargs: Any) -> None:
        checkmemo.finish()
        checkmemo.start(_Item(module, **funcargs))

    yield start
    checkmemo.finish()
    checkmemo.start(request.node)


def _immutable(kind: Any) -> bool:
    if kind in (str, int, float, bool, type(None), Verdict):
        return True
    if dataclasses.is_dataclass(kind):
        params = getattr(kind, "__dataclass_params__", None)
        hints = typing.get_type_hints(kind)
        return bool(params and params.frozen) and all(_immutable(hints[f.name]) for f in dataclasses.fields(kind))
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is tuple or origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        return all(a is Ellipsis or _immutable(a) for a in args)
    return False


def test_the_records_the_memo_keeps_are_immutable() -> None:
    # a served record can be shared between tests only if no test can change it
    for record in (StepResult, Counterexample, Curve):
        assert _immutable(record), record
    # and the checker of the test: a field of a list or a dict is not
    assert not _immutable(list[str]) and not _immutable(tuple[dict[str, int], ...])


def test_a_note_asked_again_in_another_test_is_served_equal_records_in_a_new_list(plain_test: Any) -> None:
    plain_test()
    first = support.doc_steps(NOTE)
    assert [s.verdict for s in first] == [Verdict.PROVED, Verdict.FAILED]
    assert first[1].counterexample is not None
    first.clear()  # what a test does with its list reaches no other test
    served = checkmemo.counts["served"]
    plain_test()
    again = support.doc_steps(NOTE)
    assert checkmemo.counts["served"] == served + 1
    assert [s.verdict for s in again] == [Verdict.PROVED, Verdict.FAILED]
    plain_test()
    by_line = support.verdicts_by_line(NOTE)
    by_line.clear()
    plain_test()
    assert support.verdicts_by_line(NOTE) == {3: ["PROVED"], 7: ["FAILED"]}


def test_a_served_check_equals_a_fresh_one(plain_test: Any) -> None:
    checkmemo.finish()
    fresh = support.doc_steps(NOTE + "\nA line of its own.\n")  # the memo off: checked here
    plain_test()
    support.doc_steps(NOTE + "\nA line of its own.\n")
    plain_test()
    served = checkmemo.counts["served"]
    again = support.doc_steps(NOTE + "\nA line of its own.\n")
    timeless = [[dataclasses.replace(s, duration=0.0) for s in steps] for steps in (again, fresh)]
    assert timeless[0] == timeless[1]
    assert checkmemo.counts["served"] == served + 1


def test_a_test_that_asks_twice_gets_two_checks(plain_test: Any) -> None:
    note = NOTE + "\nTwice in one test.\n"
    plain_test()
    support.doc_steps(note)
    plain_test()
    checked = checkmemo.counts["checked"]
    support.doc_steps(note)  # served: the first of this test
    support.doc_steps(note)  # checked anew: a test comparing two checks compares two
    assert checkmemo.counts["checked"] == checked + 1


def test_the_memo_is_off_in_a_module_that_patches(tmp_path: Path) -> None:
    for source in (
        "def test(monkeypatch):\n    monkeypatch.setattr(x, 'y', 1)\n",
        "from unittest import mock\n",
        "import os\nos.environ['VERIFY_X'] = '1'\n",
        "from verifier.documents import directdiff\n\ndef test():\n    directdiff.ENABLED = False\n",
        "def test():\n    with budget(0.5):\n        pass\n",
        "def test():\n    with pytest.warns(UserWarning):\n        pass\n",
    ):
        assert not checkmemo.plain(_module(tmp_path, f"suite72_risky_{abs(hash(source))}", source)), source
    for source in ("x = doc_steps(NOTE)\nassert x[0].verdict == Verdict.PROVED\n", "assert a.b >= 1 and a.c != 2\n"):
        assert checkmemo.plain(_module(tmp_path, f"suite72_plain_{abs(hash(source))}", source)), source


def test_a_module_taking_a_helper_from_a_test_module_that_patches_is_not_plain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setattr(checkmemo, "_TESTS", tmp_path.resolve())  # the test modules' folder: tmp_path
    helper = _module(tmp_path, "suite72_helper_module", "def helper(monkeypatch):\n    monkeypatch.setattr()\n")

    def helper_function() -> None: ...

    helper_function.__module__ = helper.__name__  # as if defined there
    monkeypatch.setitem(sys.modules, helper.__name__, helper)
    user = _module(tmp_path, "suite72_user_of_the_helper", "from suite72_helper_module import helper\n")
    user.helper_function = helper_function  # type: ignore[attr-defined]
    assert not checkmemo.plain(user)
    alone = _module(tmp_path, "suite72_user_of_nothing", "from suite72_helper_module import helper\n")
    assert checkmemo.plain(alone)  # the same source without the helper taken


def test_a_patched_check_is_neither_served_nor_kept(plain_test: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from verifier.documents import check

    note = NOTE + "\nPatched.\n"
    plain_test()
    assert [s.verdict for s in support.doc_steps(note)] == [Verdict.PROVED, Verdict.FAILED]
    real = check.check_text

    def the_wrong_twin(text: str, *args: Any, **kwargs: Any) -> Any:
        return real(text.replace("3x^2", "4x^2").replace("2\\cos", "2x\\cos"), *args, **kwargs)

    mp = pytest.MonkeyPatch()
    mp.setattr(check, "check_text", the_wrong_twin)
    try:
        plain_test(monkeypatch=mp)  # pytest's monkeypatch of this test holds a change: off
        assert [s.verdict for s in support.doc_steps(note)] == [Verdict.FAILED, Verdict.PROVED]
    finally:
        mp.undo()
    started = mock.patch.object(check, "check_text", the_wrong_twin)
    started.start()
    try:
        plain_test()  # a started mock patch: off
        assert [s.verdict for s in support.doc_steps(note)] == [Verdict.FAILED, Verdict.PROVED]
    finally:
        started.stop()
    plain_test()  # nothing patched: the unpatched records, not the patched ones
    assert [s.verdict for s in support.doc_steps(note)] == [Verdict.PROVED, Verdict.FAILED]


def test_a_check_whose_budget_ran_out_is_not_kept(plain_test: Any) -> None:
    timed_out = (StepResult(1, "a", "b", "a", "b", Verdict.TIMEOUT, message="stopped"),)
    key = ("suite72", "a budget ran out")
    plain_test()
    checkmemo.checked(key, lambda: timed_out, support._no_timeout)
    plain_test()
    checked = checkmemo.counts["checked"]
    checkmemo.checked(key, lambda: timed_out, support._no_timeout)
    assert checkmemo.counts["checked"] == checked + 1


def test_the_memo_is_off_outside_a_test() -> None:
    checkmemo.finish()
    assert not checkmemo.on()


def test_a_check_under_other_switches_is_not_served_the_plain_one(plain_test: Any) -> None:
    # unlimited_readings (a fixture of several files) and SymPy's evaluate change what a check may find, unpatched
    import sympy as sp

    from verifier.documents.doubts import unlimited_readings

    note = NOTE + "\nOther switches.\n"
    plain_test()
    support.doc_steps(note)
    for switched in (unlimited_readings(), sp.evaluate(False)):
        plain_test()
        served = checkmemo.counts["served"]
        with switched:
            support.doc_steps(note)
        assert checkmemo.counts["served"] == served, switched


def test_a_verdict_whose_readings_were_cut_short_is_not_kept() -> None:
    cut = "not every plausible reading could be tried within 4s; read literally the step fails"
    assert not checkmemo.servable("FAILED", cut) and not checkmemo.servable("TIMEOUT", "")
    assert checkmemo.servable("FAILED", "the left side is 2, the right side 3")
    step = StepResult(1, "a", "b", "a", "b", Verdict.SKIPPED, message=cut)
    assert not support._no_timeout((step,))
