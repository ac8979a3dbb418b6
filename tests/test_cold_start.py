"""What a cold ``verify all`` does before its first entry worker starts, and what it no longer does.

The parent's serial start is what ``--jobs 2`` cannot share between the cores: the engine's warm-up
runs while the catalog modules are imported in workers, the version is looked up only for
``--version``, and SymPy's assumption queries ask their facts in a fixed order (not shuffled).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import GOOD_AND_BAD

import verifier.commands.run as run_command
from verifier import assumptionorder, entryruns, runner
from verifier.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_run_many_does_the_meanwhile_steps_while_the_workers_run() -> None:
    seen: list[int] = []

    def steps():
        for _ in range(3):
            seen.append(len(seen))
            yield True

    outcomes = runner.run_many([(_sleep, (0.5,)), (_sleep, (0.1,))], jobs=2, timeout=60, meanwhile=steps())
    assert [o.value for o in outcomes] == [0.5, 0.1]
    assert seen == [0, 1, 2]  # every step ran, each once, before the workers were done


def test_steps_left_when_the_workers_end_first_are_not_done_there() -> None:
    seen: list[int] = []

    def steps():
        while True:
            seen.append(1)
            time.sleep(0.05)
            yield True
            if len(seen) > 200:  # never reached: run_many returns once its worker has answered
                raise AssertionError("run_many kept stepping after its workers ended")

    outcomes = runner.run_many([(_sleep, (0.2,))], jobs=1, timeout=60, meanwhile=steps())
    assert outcomes[0].value == 0.2
    assert 1 <= len(seen) < 200


def _loads(monkeypatch) -> list[object]:
    calls: list[object] = []
    load = run_command.load_catalog

    def spy(*args, meanwhile=None, **kwargs):
        calls.append(meanwhile)
        return load(*args, meanwhile=meanwhile, **kwargs)

    monkeypatch.setattr(run_command, "load_catalog", spy)
    return calls


def test_a_cold_run_warms_up_while_the_catalog_loads_and_a_cached_one_does_not(
    make_catalog, capsys, monkeypatch
) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    calls = _loads(monkeypatch)
    real = entryruns.warming
    steps: list[int] = []  # per warm-up step: how many loads had started

    def spy():
        for step in real():
            steps.append(len(calls))
            yield step

    monkeypatch.setattr(entryruns, "warming", spy)
    main(["all", "--derivations", str(root), "--points", "30", "--no-cache"])
    main(["all", "--derivations", str(root), "--points", "30"])  # served from the cache just written
    capsys.readouterr()
    assert len(calls) == 2 and all(c is not None for c in calls)  # each load has the parent's own work
    assert set(steps) <= {1}  # the warm-up's steps ran during the cold run only
    assert next(real(), None) is None  # and they were all done, once


def test_version_is_looked_up_only_for_version_and_simplify_warmed_only_where_used(make_catalog) -> None:
    """``verify all`` no longer reads the installed distributions' metadata (the cache key is the source),
    and its parent no longer runs SymPy's first ``simplify`` (``sympy.physics.units`` and dozens of
    modules, ~0.2 s before the first worker could start): a worker warms it where a step needs it."""
    root = make_catalog(mixed=GOOD_AND_BAD)
    code = (
        "import os, sys\n"
        "fork, first = os.fork, []\n"
        "def spy():\n"
        "    first.append(first or ('rich' in sys.modules, 'verifier.reporters' in sys.modules))\n"
        "    return fork()\n"
        "os.fork = spy\n"
        "from verifier.cli import main\n"
        f"main(['all', '--derivations', {str(root)!r}, '--points', '30', '--no-progress', '--no-cache'])\n"
        "print('\\nLOADED', 'verifier.provenance' in sys.modules, 'importlib.metadata' in sys.modules,"
        " 'sympy.physics.units' in sys.modules)\n"
        "print('FIRST FORK', *first[0])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert "LOADED False False False" in out.stdout, out.stdout + out.stderr
    assert "FIRST FORK False False" in out.stdout, out.stdout  # Rich and the reporters: while workers run
    version = subprocess.run(
        [sys.executable, "-m", "verifier.cli", "--version"], capture_output=True, text=True, env=env, timeout=60
    )
    assert version.returncode == 0 and version.stdout.startswith("derivation-verifier "), version.stderr


@pytest.mark.parametrize("switch", ["", "1"])
def test_assumption_queries_in_a_fixed_order_unless_switched_off(switch: str, monkeypatch) -> None:
    assumptions = sys.modules["sympy.core.assumptions"]
    shuffled = sys.modules["sympy.core.random"]._assumptions_shuffle
    monkeypatch.setattr(assumptions, "shuffle", shuffled)
    monkeypatch.setenv(runner.ORDER_SWITCH, switch)
    runner.fixed_assumption_order()
    assert (assumptions.shuffle is shuffled) == (switch == "1")
    facts = ["zero", "integer", "positive", "real"]
    assumptions.shuffle(facts)
    if switch != "1":
        assert facts == ["positive", "zero", "real", "integer"]


def test_assumption_facts_are_asked_in_one_order_whatever_order_they_come_in(monkeypatch) -> None:
    """SymPy draws the facts from a set of names: their order moved with the hash seed."""
    assumptions = sys.modules["sympy.core.assumptions"]
    monkeypatch.setattr(assumptions, "shuffle", sys.modules["sympy.core.random"]._assumptions_shuffle)
    monkeypatch.delenv(runner.ORDER_SWITCH, raising=False)
    runner.fixed_assumption_order()
    orders = set()
    for facts in (["real", "zero", "finite", "prime"], ["prime", "finite", "zero", "real"], ["finite", "real", "zero"]):
        assumptions.shuffle(facts)
        orders.add(tuple(facts))
    assert orders == {("zero", "real", "finite", "prime"), ("zero", "real", "finite")}
    assumptions.shuffle(single := ["real"])
    assert single == ["real"]


def test_facts_the_order_does_not_list_come_last_by_name(monkeypatch) -> None:
    """A later SymPy may know facts ``QUERY_ORDER`` does not name: they are asked last, by name."""
    assumptions = sys.modules["sympy.core.assumptions"]
    monkeypatch.setattr(assumptions, "shuffle", sys.modules["sympy.core.random"]._assumptions_shuffle)
    monkeypatch.delenv(runner.ORDER_SWITCH, raising=False)
    monkeypatch.setattr(assumptionorder, "QUERY_ORDER", ("zero",))
    try:
        runner.fixed_assumption_order()
        facts = ["real", "zero", "finite", "commutative"]
        assumptions.shuffle(facts)
        assert facts == ["zero", "commutative", "finite", "real"]
    finally:
        monkeypatch.undo()
        runner.rank_facts(list(runner._RANK))  # the full order again for the tests after this one


SEED_PROBE = """
import sys
import sympy as sp
from verifier import runner
from verifier.ml import cross_entropy, softmax
runner.preload_engine()
assumptions = sys.modules["sympy.core.assumptions"]
asked = [0]
ask = assumptions._ask
def counted(fact, obj):
    asked[0] += 1
    return ask(fact, obj)
assumptions._ask = counted
s, y = sp.Matrix(sp.symbols("s0:8", real=True)), sp.Matrix(sp.symbols("y0:8", positive=True))
ce = cross_entropy(y, softmax(s))
[sp.diff(ce, v) for v in s]
print(asked[0])
"""


@pytest.mark.slow(3)
def test_the_assumption_queries_of_a_claim_do_not_move_with_the_hash_seed() -> None:
    """The cross-entropy gradient's time moved by up to 1.4x with PYTHONHASHSEED: the queries it
    makes (here counted while building a K = 8 instance and its derivatives) are now the same."""
    counts = set()
    for seed in ("0", "9"):  # two seeds whose set orders differed (1,056 against 1,016 queries before)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}
        env.pop(runner.ORDER_SWITCH, None)
        out = subprocess.run([sys.executable, "-c", SEED_PROBE], capture_output=True, text=True, env=env, timeout=300)
        assert out.returncode == 0, out.stderr
        counts.add(int(out.stdout.split()[-1]))
    assert len(counts) == 1, counts


def test_fixed_order_leaves_a_shuffle_that_is_not_sympys_alone(monkeypatch) -> None:
    assumptions = sys.modules["sympy.core.assumptions"]

    def someone_elses(facts: list) -> None:
        facts.reverse()

    monkeypatch.setattr(assumptions, "shuffle", someone_elses)
    monkeypatch.delenv(runner.ORDER_SWITCH, raising=False)
    runner.fixed_assumption_order()
    assert assumptions.shuffle is someone_elses


def _deps_in_worker(folder: str, name: str) -> tuple[object, object]:
    """In a worker: import a course module, then the outside dependencies since the fork and by a full scan."""
    import importlib

    from verifier import loader

    sys.path.insert(0, folder)
    importlib.import_module(name)
    since = time.time_ns() + 10**9  # no file counts as modified during the run
    quick = loader.outside_dependencies(since)
    looked_at = loader._since_fork()
    assert looked_at is not None, "the worker scanned every module"
    assert loader._fork_point is not None
    parents_own = len(loader._fork_point[2])  # the parent's course modules (here: the test modules)
    assert len(looked_at) - parents_own < 50 < len(sys.modules), [m.__name__ for m in looked_at]  # not all again
    loader._fork_point = None  # the full scan of every module, as before
    return quick, loader.outside_dependencies(since)


def test_a_worker_finds_the_course_modules_imported_after_the_fork(tmp_path, monkeypatch) -> None:
    from verifier import loader

    (tmp_path / "course_helper_after.py").write_text("X = 1\n")
    monkeypatch.setattr(loader, "_fork_point", None)
    runner.preload_engine()  # as the CLI: the engine's modules are imported before the fork point
    loader.before_forks()
    outcome = runner.run_in_worker(_deps_in_worker, str(tmp_path), "course_helper_after", timeout=60)
    assert outcome.ok, outcome.message
    quick, full = outcome.value
    files = [Path(f).name for f, _ in quick]
    assert "course_helper_after.py" in files
    assert quick == full  # the same answer as scanning every module


def test_a_course_module_of_the_parent_is_still_a_dependency_in_the_worker(tmp_path, monkeypatch) -> None:
    import importlib

    from verifier import loader

    (tmp_path / "course_helper_before.py").write_text("Y = 2\n")
    (tmp_path / "course_helper_later.py").write_text("Z = 3\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.import_module("course_helper_before")
    try:
        monkeypatch.setattr(loader, "_fork_point", None)
        runner.preload_engine()
        loader.before_forks()
        outcome = runner.run_in_worker(_deps_in_worker, str(tmp_path), "course_helper_later", timeout=60)
    finally:
        sys.modules.pop("course_helper_before", None)
    assert outcome.ok, outcome.message
    quick, full = outcome.value
    assert {Path(f).name for f, _ in quick} >= {"course_helper_before.py", "course_helper_later.py"}
    assert quick == full


def test_verdicts_are_stored_as_they_arrive_not_after_the_run(make_catalog, capsys, monkeypatch) -> None:
    """The parent's work after the last worker is serial: storing each verdict when it arrives moves
    it into the time the other workers run."""
    from verifier.cache import ResultCache

    root = make_catalog(mixed=GOOD_AND_BAD)
    events: list[str] = []
    put, run_entries = ResultCache.put, entryruns.run_entries

    def recording_put(self, entry, *args, **kwargs):
        events.append(f"put {entry.id}")
        return put(self, entry, *args, **kwargs)

    def recording_run(*args, **kwargs):
        out = run_entries(*args, **kwargs)
        events.append("run over")
        return out

    monkeypatch.setattr(ResultCache, "put", recording_put)
    monkeypatch.setattr(entryruns, "run_entries", recording_run)
    main(["all", "--derivations", str(root), "--points", "30", "--no-cache", "--jobs", "1"])
    capsys.readouterr()
    assert events[-1] == "run over"
    assert sorted(events[:-1]) == ["put sigmoid-derivative", "put sigmoid-wrong"]
    assert ResultCache(root.parent).get(load_entry(root, "sigmoid-derivative"), settings()) is not None


def load_entry(root: Path, ident: str):
    from verifier.loader import load_catalog

    return next(e for e in load_catalog(root).entries if e.id == ident)


def settings():
    from dataclasses import replace

    from verifier.engine import Settings

    return replace(Settings(points=30), member_texts=False)


def test_the_formats_known_without_importing_the_reporters_are_those_they_register() -> None:
    from verifier.reporters import REPORTERS
    from verifier.settings import BUILT_IN_FORMATS, Options

    assert set(REPORTERS) >= BUILT_IN_FORMATS
    assert {name for name, cls in REPORTERS.items() if cls.__module__.startswith("verifier.")} == BUILT_IN_FORMATS
    with pytest.raises(Exception, match="unknown format 'nope'"):
        Options._known("nope")
