"""Where ``verify doc``'s (or ``verify all``'s) CPU goes, sampled in CPU time: a busy machine does not skew it.

Run from the repository root::

    python benchmarks/cpuprofile.py ../shared/corpus/docs/some-notes.md [more documents]
    python benchmarks/cpuprofile.py NOTES.md --only verifier/documents --top 60
    python benchmarks/cpuprofile.py --catalog derivations [ENTRY-ID ...]

With ``--catalog`` the paths are entry ids (none: every entry) and each entry is verified in a
fresh fork of this process after the CLI's warm-up, as ``verify all --no-cache`` runs it; the
samples of every fork are added up, and the entries are listed by their CPU.

``--phases`` (``--catalog`` only, cold58): also each entry's CPU split by the phase of ``verify_entry`` it was
spent in (the innermost of :data:`PHASES` on the sampled stack: the size-generic argument and its build, the
builds at each size, the symbolic proof, compiling the members, float64, balls, complex balls, mpmath, the
judge, the kinks, the check's own code; a build inside ``build_generic`` is the size-generic build), one
row per entry and a row of totals, each phase's seconds being its share of the entry's samples times the
entry's CPU; then the functions with the most samples in each phase.

``--passes`` (documents only): also the CPU of each document, of the chains that took the most, and of
each line of ``_Document.check`` (its passes: the literal check, the other readings, the post-passes)
and of ``_Doubts._other_readings`` (each kind of reading), from the same samples.

The documents are checked in this process (no chain workers, no chain timeout) with the other
readings' limits lifted, as ``benchmarks/corpus.py --no-readings-cutoff`` does, and SymPy's
assumption queries in the CLI's fixed order (``runner.fixed_assumption_order``), and SymPy's cache sized as
``verify doc`` sizes it (``cli.doc_sympy_cache``; with SymPy's default 1,000 entries a function one chain of the
corpus took 10 s instead of 0.8 s, docspeed64). Every 5 ms of
*CPU time* (``SIGPROF``) the Python stack is recorded; the report gives each function's share of
the samples it is on the stack of (inclusive) and at the top of (self).

Why not cProfile: its clock is the wall clock, so on a shared machine (load 15-25 here) a
function is charged for the time the process waited for a core, and most for the calls that
enter the kernel (a ``time.process_time()`` showed 2 ms a call, 1 µs alone). Its own cost per
call also inflates small functions. Sampling in CPU time charges only work done.
Not a test: the figures go in docs/speed.md, never asserted.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

Frame = tuple[str, int, str]  # file (relative to the repository or site-packages), first line, function


def _where(filename: str) -> str:
    for marker in (str(ROOT) + "/", "site-packages/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename.rsplit("/", 1)[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", metavar="DOC", help="documents or folders (entry ids with --catalog)")
    parser.add_argument("--catalog", metavar="DIR", help="profile the entries of this catalog instead of documents")
    parser.add_argument("--context-dir", metavar="DIR", help="context files <document name>.verify")
    parser.add_argument("--interval", type=float, default=0.005, help="CPU seconds between samples")
    parser.add_argument("--top", type=int, default=50, help="functions listed")
    parser.add_argument("--only", default="", help="list only functions whose file contains this text")
    parser.add_argument("--phases", action="store_true",
                        help="--catalog: also each entry's CPU by phase (build, generic proof, symbolic, numeric, ...)")
    parser.add_argument("--passes", action="store_true",
                        help="documents: also the CPU per document, per chain and per pass of the chain check")
    args = parser.parse_args(argv)

    stacks: collections.Counter[tuple[Frame, ...]] = collections.Counter()
    if args.catalog:
        per_entry: dict[str, tuple[float, collections.Counter[tuple[Frame, ...]]]] = {}
        cpu = _catalog(args, stacks, per_entry)
        if args.phases:
            _print_phases(per_entry, args.top)
    else:
        if not args.paths:
            parser.error("no documents given")
        from verifier.cli import doc_sympy_cache

        doc_sympy_cache()  # SymPy's cache as `verify doc` sizes it (before SymPy is imported): docspeed64
        cpu = _documents(args, stacks)
    total = sum(stacks.values()) or 1
    if args.passes and not args.catalog:
        _passes(stacks, args.interval, args.top)
    inclusive: collections.Counter[Frame] = collections.Counter()
    own: collections.Counter[Frame] = collections.Counter()
    for stack, n in stacks.items():
        stack = tuple(f for f in stack if f[0] not in ("chain", "document"))  # --passes' own marks
        if not stack:
            continue
        for f in set(stack):
            inclusive[f] += n
        own[stack[0]] += n
    print(f"{cpu:.2f} s of CPU, {total} samples")
    for title, counts in (("inclusive", inclusive), ("self", own)):
        print(f"\n-- {title}")
        shown = [(f, n) for f, n in counts.most_common() if args.only in f[0]][: args.top]
        for (file, line, name), n in shown:
            print(f"{100 * n / total:5.1f}%  {file}:{line} {name}")
    return 0


#: the functions whose samples ``--passes`` splits by the line being run: (file, function name)
_BY_LINE = (("verifier/documents/chaincheck.py", "check"), ("verifier/documents/doubts.py", "_other_readings"))
_CHAIN = ("verifier/documents/chaincheck.py", "check")  # its frame's ``chain`` local names the chain
_DOC = ("verifier/documents/check.py", "check_text")  # its frame's ``path`` local names the document


def _sampling(stacks: collections.Counter[tuple[Frame, ...]], interval: float, passes: bool = False) -> None:
    """Record the Python stack every ``interval`` seconds of this process's CPU time. ``passes``: a frame
    of :data:`_BY_LINE` is recorded at the line it runs (its first line otherwise), and the chain and
    document being checked as two frames of their own at the stack's root ("chain" / "document")."""

    def sample(signum: int, frame: FrameType | None) -> None:
        stack = []
        where = []
        while frame is not None:
            code = frame.f_code
            file = _where(code.co_filename)
            line = frame.f_lineno if passes and (file, code.co_name) in _BY_LINE else code.co_firstlineno
            stack.append((file, line, code.co_name))
            if passes and (file, code.co_name) == _CHAIN and "chain" in frame.f_locals:
                where.append(("chain", getattr(frame.f_locals["chain"], "line", 0), "chain"))
            elif passes and (file, code.co_name) == _DOC:
                where.append(("document", 0, str(frame.f_locals.get("path", "?"))))
            frame = frame.f_back
        stacks[tuple(stack + where)] += 1

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, interval, interval)


def _passes(stacks: collections.Counter[tuple[Frame, ...]], interval: float, top: int) -> None:
    """Print the CPU (samples times ``interval``) per document, per chain, and per line of the functions
    of :data:`_BY_LINE` (the outermost frame of each, so a pass re-entered inside another counts once)."""
    documents: collections.Counter[str] = collections.Counter()
    chains: collections.Counter[str] = collections.Counter()
    lines: collections.Counter[tuple[str, str, int]] = collections.Counter()
    for stack, n in stacks.items():
        document = next((f[2] for f in stack if f[0] == "document"), "(outside a document)")
        documents[document] += n
        line = next((f[1] for f in stack if f[0] == "chain"), None)
        if line is not None:
            chains[f"{document}:{line}"] += n
        for file, name in _BY_LINE:
            at = [f for f in stack if f[0] == file and f[2] == name]
            if at:
                lines[file, name, at[-1][1]] += n
    for title, counts in (("per document", documents), ("per chain", chains)):
        print(f"\n-- {title} (CPU seconds)")
        for key, n in counts.most_common(top):
            print(f"{n * interval:8.2f}  {key}")
    print("\n-- per line of the chain check and of the other readings (CPU seconds)")
    for (file, name, line), n in lines.most_common(top):
        print(f"{n * interval:8.2f}  {file}:{line} {name}")


def _documents(args: argparse.Namespace, stacks: collections.Counter[tuple[Frame, ...]]) -> float:
    from verifier import runner
    from verifier.documents import doubts, orientation
    from verifier.documents.check import check_document, collect_documents
    from verifier.engine import Settings

    runner.fixed_assumption_order()
    doubts.READINGS_SECONDS = float("inf")
    orientation.ROW_SECONDS = 1e6
    cpu = time.process_time()
    _sampling(stacks, args.interval, args.passes)
    try:
        for doc in collect_documents(args.paths):
            options: dict[str, object] = {}
            if args.context_dir and (Path(args.context_dir) / f"{doc.name}.verify").is_file():
                options["context"] = Path(args.context_dir) / f"{doc.name}.verify"
            check_document(doc, Settings(), display=doc.name, **options)  # type: ignore[arg-type]
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    return time.process_time() - cpu


def _catalog(args: argparse.Namespace, stacks: collections.Counter[tuple[Frame, ...]],
             per_entry: dict[str, tuple[float, collections.Counter[tuple[Frame, ...]]]] | None = None) -> float:
    """Each entry in a fresh fork after the CLI's warm-up (the parent's heap frozen, as the runner
    does); the fork sends back its samples and CPU. Returns the forks' CPU, summed; ``per_entry`` gets
    each entry's CPU and samples."""
    import gc
    import os
    import pickle

    from verifier import entryruns, loader
    from verifier.engine import Settings, verify_entry
    from verifier.loader import load_catalog

    catalog = load_catalog(Path(args.catalog))
    entryruns._warm_up()
    loader.before_forks()
    rows = []
    for entry in catalog.entries:
        if args.paths and entry.id not in args.paths:
            continue
        read, write = os.pipe()
        gc.freeze()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the fork reports through the pipe and never returns
            os.close(read)
            mine: collections.Counter[tuple[Frame, ...]] = collections.Counter()
            start = time.process_time()
            _sampling(mine, args.interval)
            result = verify_entry(entry, Settings(member_texts=False))
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
            os.write(write, pickle.dumps((time.process_time() - start, result.verdict.value, mine)))
            os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            data = pipe.read()
        os.waitpid(pid, 0)
        if not data:
            print(f"{entry.id}: the worker ended without a result")
            continue
        cpu, verdict, theirs = pickle.loads(data)
        stacks.update(theirs)
        rows.append((cpu, entry.id, verdict))
        if per_entry is not None:
            per_entry[entry.id] = (cpu, theirs)
    for cpu, ident, verdict in sorted(rows, reverse=True):
        print(f"{cpu:7.3f} s  {ident}  {verdict}")
    return sum(cpu for cpu, _, _ in rows)


#: (file, function, phase): a sample is charged to the innermost of these on its stack (cold58)
PHASES = (
    ("verifier/catalog.py", "build_generic", "gen-build"),
    ("verifier/forall.py", "prove_for_all", "gen-proof"),
    ("verifier/sizes.py", "prove_generic_claim", "gen-forms"),
    ("verifier/catalog.py", "build", "build"),
    ("verifier/symbolic.py", "prove_equal", "symbolic"),
    ("verifier/symbolic.py", "member_entries", "symbolic"),
    ("verifier/fastpath.py", "prove", "symbolic"),
    ("verifier/numeric.py", "__init__", "compile"),
    ("verifier/numeric.py", "floats", "float64"),
    ("verifier/numeric.py", "ball_values", "balls"),
    ("verifier/numeric.py", "complex_ball_values", "cballs"),
    ("verifier/agreement.py", "confirm", "mpmath"),
    ("verifier/agreement.py", "compare", "judge"),
    ("verifier/engine.py", "_at_kinks", "kinks"),
    ("verifier/stepverdict.py", "plainest", "shrink"),
    ("verifier/engine.py", "check_claim", "check"),
    ("verifier/engine.py", "verify_entry", "entry"),
)
_PHASE_NAMES = [*dict.fromkeys(name for _, _, name in PHASES), "other"]


def phase_of(stack: tuple[Frame, ...]) -> str:
    """The phase a sampled stack (innermost frame first) was in: the innermost frame named in :data:`PHASES`."""
    for file, _, function in stack:
        for f, fn, name in PHASES:
            if file == f and function == fn:
                if name == "build" and any(g[0] == f and g[2] == "build_generic" for g in stack):
                    return "gen-build"  # build_generic builds through build: the size-generic build
                return name
    return "other"


def phases_table(per_entry: dict[str, tuple[float, collections.Counter[tuple[Frame, ...]]]],
                 ) -> tuple[dict[str, dict[str, float]], dict[str, collections.Counter[Frame]]]:
    """Per entry, the CPU of each phase (its share of the entry's samples times the entry's CPU), with a row
    "all" of totals; and per phase, the CPU at the top of the stack by function (over all entries)."""
    table: dict[str, dict[str, float]] = {}
    total: dict[str, float] = dict.fromkeys(_PHASE_NAMES, 0.0)
    tops: dict[str, collections.Counter[Frame]] = collections.defaultdict(collections.Counter)
    for ident, (cpu, stacks) in per_entry.items():
        samples = sum(stacks.values())
        row = dict.fromkeys(_PHASE_NAMES, 0.0)
        if not samples:  # an entry shorter than the sampling interval: its CPU, in no phase
            row["other"] = total["other"] = total["other"] + cpu
        for stack, n in stacks.items():
            name = phase_of(stack)
            share = cpu * n / samples
            row[name] += share
            total[name] += share
            if stack:
                tops[name][stack[0]] += share
        table[ident] = row
    table["all"] = total
    return table, tops


def _print_phases(per_entry: dict[str, tuple[float, collections.Counter[tuple[Frame, ...]]]], top: int) -> None:
    table, tops = phases_table(per_entry)
    shown = [name for name in _PHASE_NAMES if table["all"][name] > 0]
    print("\n-- CPU seconds by phase (the innermost phase on each sample's stack)")
    print(f"{'entry':42} {'cpu':>6} " + " ".join(f"{name:>9}" for name in shown))
    order = [*sorted((i for i in table if i != "all"), key=lambda i: -per_entry[i][0]), "all"]
    for ident in order:
        cpu = sum(table[ident].values())
        print(f"{ident[:42]:42} {cpu:6.3f} " + " ".join(f"{table[ident][name]:9.3f}" for name in shown))
    for name in shown:
        print(f"\n-- {name}: {table['all'][name]:.3f} s, at the top of the stack")
        for (file, line, function), seconds in tops[name].most_common(min(top, 10)):
            print(f"{seconds:7.3f} s  {file}:{line} {function}")


if __name__ == "__main__":
    raise SystemExit(main())
