"""What kinds of cost the test suite pays, summed over its tests (docs/speed.md, speed52).

A pytest plugin and its summary. Run from the repository root::

    PYTHONPATH=$PWD:$PWD/benchmarks SUITECOST_OUT=/tmp/cost python -m pytest -q -p no:cacheprovider -n 2 -p suitecost
    python benchmarks/suitecost.py /tmp/cost

For every test (setup, call and teardown, in the xdist worker that runs it) the plugin records: wall time, the
worker's own CPU (``RUSAGE_SELF``) and the CPU of the children it reaped meanwhile (``RUSAGE_CHILDREN``: forked
entry and chain workers, interpreters, ``git``), the processes it started (``subprocess.Popen``: which are Python
interpreters, and their first arguments), the forks it made (``os.fork``, by the function that called it), the
seconds it slept (``time.sleep``) and waited for a process (``Popen.wait``/``communicate``), and the documents
it checked in-process (``check_text``/``check_document``, outermost calls) with their CPU. One JSON line a test,
one file per worker, in ``$SUITECOST_OUT``. The summary puts each test in one group (starts an interpreter,
starts another process, forks the worker, checks a document, anything else) and sums each kind of cost.
Each ``check_text`` call is also keyed by a hash of its arguments (speed54): the summary counts the documents
checked again with the same text and options, and the CPU of those repeats, by where the first check was (the
same test, another test of the same file, another file).

Not a test and not used by one: the figures go in docs/speed.md. The wrappers add a few microseconds a call.
"""

from __future__ import annotations

import collections
import glob
import json
import os
import resource
import subprocess
import sys
import time
from typing import Any

_COUNTS: dict[str, Any] = {
    "popen": 0, "popen_py": 0, "kinds": [], "forks": 0, "sites": {}, "sleep": 0.0, "waited": 0.0, "docs": 0,
    "doc_cpu": 0.0, "doc_keys": [],
}  # fmt: skip
_PID = os.getpid()
_OUT: Any = None


def _install() -> None:
    popen_init, popen_wait = subprocess.Popen.__init__, subprocess.Popen.wait
    popen_communicate = subprocess.Popen.communicate
    fork, sleep = os.fork, time.sleep

    def init(self: subprocess.Popen[Any], args: Any, *rest: Any, **kwargs: Any) -> None:
        argv = [args] if isinstance(args, str | bytes) else list(args)
        head = os.path.basename(str(argv[0])) if argv else "?"
        _COUNTS["popen"] += 1
        if "python" in head or (argv and str(argv[0]) == sys.executable):
            _COUNTS["popen_py"] += 1
            _COUNTS["kinds"].append("python " + " ".join(" ".join(str(a) for a in argv[1:3]).split())[:50])
        else:
            _COUNTS["kinds"].append(head)
        popen_init(self, args, *rest, **kwargs)

    def timed(method: Any) -> Any:
        def wrapper(self: subprocess.Popen[Any], *args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return method(self, *args, **kwargs)
            finally:
                _COUNTS["waited"] += time.perf_counter() - start

        return wrapper

    def counted_fork() -> int:
        caller = sys._getframe(1)
        site = f"{caller.f_globals.get('__name__', '?')}:{caller.f_code.co_name}"
        pid = fork()
        if pid:
            _COUNTS["forks"] += 1
            _COUNTS["sites"][site] = _COUNTS["sites"].get(site, 0) + 1
        return pid

    def counted_sleep(seconds: float) -> None:
        _COUNTS["sleep"] += seconds
        sleep(seconds)

    subprocess.Popen.__init__ = init  # type: ignore[method-assign]
    subprocess.Popen.wait = timed(popen_wait)  # type: ignore[method-assign]
    subprocess.Popen.communicate = timed(popen_communicate)  # type: ignore[method-assign]
    os.fork = counted_fork
    time.sleep = counted_sleep


def _document_keys(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[str, str]:
    """Two hashes of one ``check_text`` call: every argument but the progress callback (the same text checked the
    same way under the same name), and the same without the name (``path``) and ``jobs``, which change ids and
    scheduling but not what is checked."""
    import hashlib
    import re

    names = ("text", "path", "settings")
    given = dict(zip(names, args, strict=False)) | kwargs
    shown = {k: re.sub(r" at 0x[0-9a-f]+", "", repr(v)) for k, v in given.items() if k != "progress"}
    strict = repr(sorted(shown.items()))
    loose = repr(sorted((k, v) for k, v in shown.items() if k not in ("path", "jobs")))
    return hashlib.sha1(strict.encode()).hexdigest()[:16], hashlib.sha1(loose.encode()).hexdigest()[:16]


def _count_documents() -> None:
    """Wrap the document checker's entry points wherever a module (a test's too) holds them; ``check_text``
    calls are also keyed by their arguments (``_document_keys``), to count the same document checked again."""
    from verifier.documents import check

    def outermost(original: Any, depth: list[int], done: Any) -> Any:
        """``original`` wrapped so that ``done(args, kwargs, cpu)`` hears of the outermost calls only of the entry
        points that share ``depth`` (``check_document`` calling ``check_text`` is one document)."""

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            depth[0] += 1
            start = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                depth[0] -= 1
                if depth[0] == 0:
                    done(args, kwargs, time.process_time() - start)

        return wrapper

    def key(args: Any, kwargs: Any, cpu: float) -> None:
        _COUNTS["doc_keys"].append([*_document_keys(args, kwargs), cpu])

    def count(args: Any, kwargs: Any, cpu: float) -> None:
        _COUNTS["docs"] += 1
        _COUNTS["doc_cpu"] += cpu

    keyed_text = outermost(check.check_text, [0], key)
    depth = [0]

    for name in ("check_text", "check_document"):
        original = getattr(check, name)
        wrapper = outermost(keyed_text if name == "check_text" else original, depth, count)
        for module in list(sys.modules.values()):
            namespace = getattr(module, "__dict__", None)
            if not isinstance(namespace, dict):
                continue
            for attribute, value in list(namespace.items()):
                if value is original:
                    namespace[attribute] = wrapper


def pytest_configure(config: Any) -> None:
    global _OUT
    folder = os.environ.get("SUITECOST_OUT", "suitecost")
    os.makedirs(folder, exist_ok=True)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    _OUT = open(os.path.join(folder, f"{worker}-{os.getpid()}.jsonl"), "a")
    _install()


def pytest_collection_finish(session: Any) -> None:
    _count_documents()


def _now() -> tuple[float, float, float]:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter(), own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _hookwrapper(function: Any) -> Any:
    import pytest

    return pytest.hookimpl(hookwrapper=True)(function)


@_hookwrapper
def pytest_runtest_protocol(item: Any, nextitem: Any) -> Any:
    if os.getpid() != _PID:  # a fork of the worker (a test's own) runs no accounting
        yield
        return
    before = {k: list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v for k, v in _COUNTS.items()}
    start = _now()
    yield
    end = _now()
    if os.getpid() != _PID:
        return
    record: dict[str, Any] = {"id": item.nodeid, "wall": end[0] - start[0], "cpu": end[1] - start[1],
                              "child": end[2] - start[2]}  # fmt: skip
    for key in ("popen", "popen_py", "forks", "sleep", "waited", "docs", "doc_cpu"):
        record[key] = _COUNTS[key] - before[key]
    record["kinds"] = _COUNTS["kinds"][len(before["kinds"]) :]
    record["doc_keys"] = _COUNTS["doc_keys"][len(before["doc_keys"]) :]
    sites = _COUNTS["sites"]
    record["sites"] = {k: v - before["sites"].get(k, 0) for k, v in sites.items() if v != before["sites"].get(k, 0)}
    _OUT.write(json.dumps(record) + "\n")
    _OUT.flush()


def _group(record: dict[str, Any]) -> str:
    if record["popen_py"]:
        return "(a) starts a Python interpreter"
    if record["popen"]:
        return "(a') starts another process"
    if record["forks"]:
        return "(b) forks the worker"
    if record["docs"]:
        return "(d) checks a document in-process"
    return "(e) anything else, in-process"


def summary(folder: str) -> str:
    paths = sorted(glob.glob(os.path.join(folder, "*.jsonl")))
    records = [json.loads(line) for path in paths for line in open(path)]

    def total(key: str, rows: list[dict[str, Any]] = records) -> float:
        return sum(r[key] for r in rows)

    lines = [f"{len(records)} tests: {total('cpu'):.1f} s of CPU in the workers, {total('child'):.1f} s in the "
             f"children they reaped, {total('wall'):.1f} s of wall summed over the tests"]  # fmt: skip
    groups: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for record in records:
        groups[_group(record)].append(record)
    lines.append(f"{'group':36s} {'tests':>6s} {'own CPU':>8s} {'children':>8s} {'slept':>6s} {'waited':>7s} "
                 f"{'docs':>5s} {'in docs':>8s}")  # fmt: skip
    for name in sorted(groups):
        rows = groups[name]
        lines.append(f"{name:36s} {len(rows):6d} {total('cpu', rows):8.1f} {total('child', rows):8.1f} "
                     f"{total('sleep', rows):6.1f} {total('waited', rows):7.1f} {int(total('docs', rows)):5d} "
                     f"{total('doc_cpu', rows):8.1f}")  # fmt: skip
    kinds: collections.Counter[str] = collections.Counter(k for r in records for k in r["kinds"])
    sites: collections.Counter[str] = collections.Counter()
    for record in records:
        sites.update(record["sites"])
    others = int(total("popen") - total("popen_py"))
    lines.append(f"interpreters started {int(total('popen_py'))}, other processes {others}, "
                 f"forks {int(total('forks'))}: {dict(sites.most_common(4))}")  # fmt: skip
    lines.append("processes: " + ", ".join(f"{k} ×{n}" for k, n in kinds.most_common(12)))
    sizes = [0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, float("inf")]
    counts, seconds = [0] * len(sizes), [0.0] * len(sizes)
    for record in records:
        if record["docs"] and not record["forks"] and not record["popen"]:
            each = record["doc_cpu"] / record["docs"]
            slot = next(k for k, bound in enumerate(sizes) if each <= bound)
            counts[slot] += record["docs"]
            seconds[slot] += record["doc_cpu"]
    low = 0.0
    for bound, count, cpu in zip(sizes, counts, seconds, strict=True):
        lines.append(f"documents of {low:g}-{bound:g} s of CPU each: {count} documents, {cpu:.1f} s")
        low = bound
    lines.extend(_repeats(records))
    sleepers = sorted(records, key=lambda r: -r["sleep"])[:6]
    lines.append("slept most: " + ", ".join(f"{r['id'].split('::')[-1][:60]} {r['sleep']:.1f} s" for r in sleepers))
    return "\n".join(lines)


def _repeats(records: list[dict[str, Any]]) -> list[str]:
    """The documents checked more than once (``check_text`` calls with the same key) and the CPU of the repeats:
    in the same test, in another test of the same file (what a module-scoped fixture could share), elsewhere."""
    lines = []
    for slot, label in ((0, "every argument"), (1, "text, settings and context (any name)")):
        seen: dict[str, set[str]] = {}
        tests: dict[str, set[str]] = {}
        calls, cpu = 0, 0.0
        where: collections.Counter[str] = collections.Counter()
        spent: collections.Counter[str] = collections.Counter()
        files: collections.Counter[str] = collections.Counter()
        for record in records:
            module = record["id"].split("::")[0]
            for entry in record.get("doc_keys", []):
                key, seconds = entry[slot], entry[2]
                calls += 1
                cpu += seconds
                if key in seen:
                    kind = ("same test" if record["id"] in tests[key] else "same file" if module in seen[key]
                            else "another file")  # fmt: skip
                    where[kind] += 1
                    spent[kind] += seconds
                    files[module] += seconds
                seen.setdefault(key, set()).add(module)
                tests.setdefault(key, set()).add(record["id"])
        repeats = sum(where.values())
        lines.append(f"check_text keyed by {label}: {calls} calls ({cpu:.1f} s), {len(seen)} distinct; "
                     f"{repeats} repeats, {sum(spent.values()):.1f} s: "
                     + ", ".join(f"{k} {where[k]} ({spent[k]:.1f} s)" for k in sorted(where)))  # fmt: skip
        lines.append("  repeats' CPU by file: " + ", ".join(f"{k} {v:.1f} s" for k, v in files.most_common(12)))
    return lines


if __name__ == "__main__":
    print(summary(sys.argv[1] if len(sys.argv) > 1 else "suitecost"))
