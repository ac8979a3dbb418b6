"""Fixtures shared by the tests."""

from __future__ import annotations

import fcntl
import gc
import os
import pickle
import re
import stat
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


def _rewrite_only_the_suite() -> None:
    """Do not assertion-rewrite the plugin packages: only the suite's own modules.

    pytest marks every module of every distribution with a ``pytest11`` entry point for assertion
    rewriting, the verifier included (its plugin). Those modules are then parsed, rewritten and
    compiled again in every pytest process (from source each time where ``PYTHONDONTWRITEBYTECODE``
    is set) for failure messages of asserts inside them, which no test reads (they still run, as
    plain asserts, as under the CLI): about 1 s of CPU per xdist worker for the verifier, 1.2 s for
    hypothesis (imported by three test files). The packages already imported when this file loads
    (the verifier, xdist, ...) had their top module rewritten, so an in-process pytest of a test
    (pytester), which marks them again, has nothing to warn about. hypothesis is not imported yet:
    it is imported here, unrewritten, and its top module carries pytest's own opt-out marker
    (``PYTEST_DONT_REWRITE`` in the docstring), so that such a pytest does not warn "Module already
    imported so cannot be rewritten". The test modules and conftest files are rewritten as before
    (they are matched by name, not marked).
    """
    from _pytest.assertion.rewrite import AssertionRewritingHook

    hooks = [finder for finder in sys.meta_path if isinstance(finder, AssertionRewritingHook)]
    for hook in hooks:
        marked = getattr(hook, "_must_rewrite", None)
        if isinstance(marked, set):
            marked.difference_update([name for name in marked if name in sys.modules or name == "hypothesis"])
    if hooks:
        import hypothesis

        if "PYTEST_DONT_REWRITE" not in (hypothesis.__doc__ or ""):
            hypothesis.__doc__ = (hypothesis.__doc__ or "") + "\n\nPYTEST_DONT_REWRITE (tests/conftest.py)\n"


_rewrite_only_the_suite()


def _cache_bytecode_outside_the_tree() -> None:
    """Where ``PYTHONDONTWRITEBYTECODE`` is set, cache bytecode in a private directory instead.

    With bytecode writing off, every Python process of the run compiles from source again: each
    pytest-xdist worker the verifier, and the ~250 test modules after pytest's assertion rewriting
    (about 3 of its 4.5 s of CPU to collect), and every interpreter a test starts (the CLI, a
    course's pytest) the verifier again. An installed package or a checkout on a machine that writes
    bytecode pays this once. The variable is usually set to keep ``__pycache__`` out of source trees,
    so the bytecode goes to ``PYTHONPYCACHEPREFIX`` (Python's own setting for a cache outside the
    sources, honoured by pytest's rewriting too): a directory of this user's in the temporary
    directory, mode 0700. This process uses it from here on (the test modules it imports) and the
    processes it starts inherit it (the xdist workers are started after this file is loaded). Python
    checks each cached file against its source's size and time, pytest its rewritten modules the same
    way, so an edited module is compiled again. Nothing changes where a prefix is already set, where
    the variable is not set, or where the directory cannot be made private to this user.
    """
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return
    prefix = Path(tempfile.gettempdir()) / f"derivation-verifier-tests-pycache-{os.getuid()}"
    try:
        prefix.mkdir(mode=0o700, exist_ok=True)
        info = prefix.lstat()
    except OSError:
        return
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return  # someone else's, or open to others: bytecode read from it would be code run here
    del os.environ["PYTHONDONTWRITEBYTECODE"]
    os.environ["PYTHONPYCACHEPREFIX"] = str(prefix)
    sys.dont_write_bytecode = False
    sys.pycache_prefix = str(prefix)


_cache_bytecode_outside_the_tree()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Move what collection imported (SymPy, NumPy, the verifier, the test modules: ~180,000 objects)
    out of the garbage collector's view: they live as long as the process, and every full collection
    during the run would walk them all again."""
    gc.collect()
    gc.freeze()
    _sympy_as_the_cli_runs_it()
    _full_collections_as_a_worker_has_them()


@pytest.hookimpl(tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> object:
    """Run the tests (pytest's loop, or pytest-xdist's in a worker) with room on the frame stack.

    Under pytest's ~35 frames, SymPy's recursion in a document check went down and up across an edge of
    CPython 3.11's 16 KiB frame-stack chunks, which are unmapped whenever their last frame returns: one
    file's 3 tests mapped and unmapped a chunk 96,000 times and took 90,000 page faults (docs/speed.md,
    cold68). ``framestack.call_with_room`` calls the rest of this hook's implementations, unchanged, from a
    frame that keeps a 1 MiB chunk mapped for the whole run."""
    from verifier import framestack

    rest = session.config.pluginmanager.subset_hook_caller("pytest_runtestloop", [sys.modules[__name__]])
    return framestack.call_with_room(rest, session=session)


def _full_collections_as_a_worker_has_them() -> None:
    """A pytest worker goes through thousands of tests, keeping SymPy's and the verifier's caches, as a
    long-lived entry worker goes through chains: CPython's full collections walked that heap again every
    ten middle collections (in a sample of 241 document tests 1.6 s of 29 s of CPU, 15 full collections
    besides the three explicit ones). ``verifier.workergc.long_lived`` makes them ten times rarer there as
    here (docs/speed.md, speed46); the young generations are collected as before, and no value a check
    computes depends on when unreachable objects are freed."""
    from verifier import workergc

    workergc.long_lived()


def _sympy_as_the_cli_runs_it() -> None:
    """SymPy's assumption queries in the CLI's fixed order, without their per-step overhead.

    The CLI and its workers ask SymPy's facts in one order (``runner.fixed_assumption_order``, which
    also installs ``verifier.assumptionqueries``); a library call leaves SymPy's shuffle alone, so the
    in-process document and entry checks of the suite ran SymPy's random order and its Python-level
    ``random.shuffle`` at every step of every query (3 % of a document test's CPU, 5-9 % with the
    per-step overhead the fixed order removes). The facts are the same in any order; this makes the
    suite check what the CLI checks, the same way every run (``VERIFY_SYMPY_SHUFFLE=1`` keeps the
    shuffle, as for the CLI). Tests that need SymPy's own shuffle put it back with ``monkeypatch``.
    """
    from verifier import runner

    runner.fixed_assumption_order()


# A test whose module holds one of these (a function of theirs, or the module) starts the CLI, the runner's
# entry workers or the document pool: it forks this pytest worker (see ``_forks_the_worker``).
_FORKING_MODULES = (
    "verifier.cli",
    "verifier.runner",
    "verifier.processes",
    "verifier.documents.pool",
    "verifier.commands",
)


def _forks_the_worker(item: pytest.Item, seen: dict[str, bool]) -> bool:
    """Whether ``item`` likely forks this process: its module calls into a module of ``_FORKING_MODULES``
    (``main(["all", ...])``, ``runner.run_entries``, ``check_many``, ...), or it runs pytest in-process
    (``pytester``: the plugin's entry workers). A guess by the module's names, kept per module: a test
    guessed wrong only runs at another place in the order."""
    if "pytester" in getattr(item, "fixturenames", ()):
        return True
    module = getattr(item, "module", None)
    if module is None:
        return False
    if module.__name__ not in seen:
        names = (
            value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
            for value in vars(module).values()
        )
        seen[module.__name__] = any(isinstance(n, str) and n.startswith(_FORKING_MODULES) for n in names)
    return seen[module.__name__]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the tests that fork the worker first, then the expensive tests, the most expensive first.

    A fork costs with the size of the process forked: its page tables are copied, and every page the
    child or the parent writes afterwards is copied too (the child's exit tears them down). A pytest
    worker grows from ~150 MB after collection to about a gigabyte by the end of the suite, and the ~450
    tests that fork it (``verify all``/``doc``/``check`` through ``main``, the runner, the document pool,
    in-process pytest runs of the plugin) took 1.7 times the CPU scattered through the suite that they
    take at its start (docs/speed.md, speed43). So they run first, while the workers are small; among
    themselves in the order below.

    pytest-xdist (``--dist load --maxschedchunk 2``) hands tests out two at a time, in collection
    order, as the workers ask for more; a test of 10 s of CPU that starts last leaves one core idle
    while it runs. ``@pytest.mark.slow(seconds)`` gives a test's rough CPU cost; the others keep their order.
    """
    seen: dict[str, bool] = {}

    def cost(item: pytest.Item) -> tuple[bool, float]:
        mark = item.get_closest_marker("slow")
        return (not _forks_the_worker(item, seen), -float(mark.args[0]) if mark is not None and mark.args else 0.0)

    items.sort(key=cost)  # stable: unmarked tests keep the collection order


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    """The test helpers' memo of checked notes (``checkmemo``) knows which test runs: it is on only inside a test whose
    module changes no state a check reads, and a test's own repeats are checked anew."""
    import checkmemo

    checkmemo.start(item)
    try:
        return (yield)
    finally:
        checkmemo.finish()


@pytest.fixture(scope="session")
def run_once(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, Callable[[], Any]], Any]:
    """``run_once(key, compute)``: ``compute()`` once per test run, shared by the pytest-xdist workers.

    For the expensive objects several tests assert on (a catalog entry verified with the default
    settings, an annotated sample checked): the first worker to ask computes it under a lock and
    pickles it into the run's temporary directory; a worker asking meanwhile waits for it instead
    of computing it again. (``xdist_group`` cannot do this here: pytest-xdist 3.8 sets the group
    through ``item._nodeid``, which pytest 9 no longer reads.)
    """
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # pytest-N/: this run's, shared by its workers (basetemp is pytest-N/popen-gwK)
    root = base / "run-once"
    root.mkdir(exist_ok=True)
    memo: dict[str, Any] = {}

    def once(key: str, compute: Callable[[], Any]) -> Any:
        if key not in memo:
            name = re.sub(r"[^\w.-]", "_", key)
            path = root / f"{name}.pickle"
            with open(root / f"{name}.lock", "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
                if path.exists():
                    memo[key] = pickle.loads(path.read_bytes())
                else:
                    memo[key] = compute()
                    part = path.with_suffix(".part")
                    part.write_bytes(pickle.dumps(memo[key]))
                    part.replace(path)
        return memo[key]

    return once


@pytest.fixture
def make_catalog(tmp_path: Path) -> Callable[..., Path]:
    """Write modules {name: source} into a fresh catalog directory and return it."""

    def make(**modules: str) -> Path:
        root = tmp_path / "derivations"
        root.mkdir(exist_ok=True)
        for name, source in modules.items():
            (root / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        return root

    return make


@pytest.fixture
def status_lines(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the progress line (rich's Status) is updated to, in order, while still shown."""
    from rich.status import Status

    shown: list[str] = []
    update = Status.update

    def record(self: Status, status: object = None, **kwargs: object) -> None:
        shown.append(str(status))
        update(self, status, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Status, "update", record)
    return shown


@pytest.fixture(autouse=True)
def _not_on_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests that call ``main`` expect the text format even when this suite runs on GitHub Actions."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


@pytest.fixture(autouse=True)
def _no_budget_timer_left_armed(request: pytest.FixtureRequest) -> Any:
    """A test must not leave an interval timer armed nor its signal's handler changed (``timerguard``): disarmed and
    put back here, and the test fails at its teardown, naming itself and what it left (not a later test, where
    the signal lands; timer71)."""
    from timerguard import before, left_behind

    handlers = before()
    yield
    if left := left_behind(handlers):
        pytest.fail(f"{request.node.nodeid} left {', '.join(left)} (disarmed and put back now)")
