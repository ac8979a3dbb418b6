"""The ``verify`` command: one argparse parser with subcommands, and the entry point's error policy.

``main(argv)`` returns an :class:`ExitCode` and never calls ``sys.exit`` itself, so tests call
it directly and check output and status, as pytest's own ``main`` is tested. ``verify all`` and
``verify ID…`` are the ``run`` subcommand: a first word that is not a subcommand is read as the
start of ``run``'s arguments. Errors a user can cause exit 2 with one line; anything else is a
bug and exits 3 with one line (``--debug`` shows the traceback); Ctrl-C exits 130.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import signal
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from verifier import framestack
from verifier.commands import COMMANDS
from verifier.errors import report
from verifier.exitcodes import ExitCode
from verifier.settings import FORMAT_BY_SUFFIX

if TYPE_CHECKING:
    from rich.console import Console

FORMATS = "text, json, junit, markdown, html, github"


class _Version(argparse.Action):
    """``--version``: the version is looked up only when asked for (it reads the installed
    distributions' metadata, ~50-90 ms that every other command would pay at start)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        import verifier

        print(f"derivation-verifier {verifier.__version__}")  # on stdout, as argparse's "version" action
        parser.exit()


def _module(name: str) -> ModuleType:
    return importlib.import_module(COMMANDS[name][0])


def _debug_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--debug", action="store_true", help="show the traceback of an internal error")


def catalog_options() -> argparse.ArgumentParser:
    """``--derivations`` (and ``--debug``): for every subcommand that reads the catalog."""
    p = argparse.ArgumentParser(add_help=False)
    g = p.add_argument_group("catalog")
    g.add_argument("--derivations", metavar="DIR",
                   help="catalog directory (default: [tool.verify] derivations, else derivations/ beside "
                   "pyproject.toml)")  # fmt: skip
    return p


def check_options() -> argparse.ArgumentParser:
    """The options of a verification run, shared by ``run``, ``doc``, ``check`` and ``watch``."""
    suffixes = ", ".join(f"{k}→{v}" for k, v in FORMAT_BY_SUFFIX.items() if k not in (".markdown", ".htm"))
    p = argparse.ArgumentParser(add_help=False)
    g = p.add_argument_group("verification")
    g.add_argument("--seed", type=int, help="random seed (default: [tool.verify] seed, else 20181); reproducible")
    g.add_argument(
        "--points", type=int, help="sample points per step and size (default: [tool.verify] points, else 200)"
    )
    g.add_argument("--timeout", type=float, help="wall-clock budget per identity or chain in seconds (default 60)")
    g.add_argument(
        "--jobs", type=int, help="worker processes (default: one per core; verify doc: 1, documents in parallel)"
    )
    o = p.add_argument_group("output")
    o.add_argument("--format", help=f"report format: {FORMATS} (default: from --output's extension, else text)")
    o.add_argument("--output", action="append", metavar="FILE",
                   help=f"write the report to FILE, format from its extension ({suffixes}); repeat it for "
                   "several reports; the terminal still gets the table (annotations on GitHub Actions)")  # fmt: skip
    o.add_argument("--no-progress", action="store_true", help="never show a progress line")
    o.add_argument("--no-cache", action="store_true", help="verify everything again (results are still stored)")
    return p


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``verify`` parser. Only ``command``'s module is imported (its options need it): the
    others are listed by name and summary, so ``verify --help`` and ``verify list`` start fast."""
    parser = argparse.ArgumentParser(
        prog="verify",
        description="Check the calculus of a course: catalog identities, notes and one-off claims, "
        "symbolically and numerically at high precision.",
        epilog="examples:  verify all   |   verify sigmoid-derivative --seed 7   |   verify doc notes/   |   "
        "verify all --output report.xml   |   verify init\n"
        "exit status: 0 ok, 1 refuted (FAILED/ERROR/TIMEOUT/SKIPPED/XPASS), 2 usage or configuration error, "
        "3 internal error, 130 interrupted",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name, (_, summary) in COMMANDS.items():
        if name != command:
            sub.add_parser(name, help=summary)
            continue
        module = _module(name)
        parents = {"catalog": catalog_options, "check": check_options}
        p = sub.add_parser(
            name,
            help=summary,
            description=_plain((module.__doc__ or summary).strip().split("\n\n")[0]),
            parents=[parents[u]() for u in getattr(module, "OPTIONS", ())],
        )
        module.add_arguments(p)
        _debug_option(p)
        p.set_defaults(command_parser=p)  # an unknown option is its error, shown with its usage (_main)
    return parser


def _plain(doc: str) -> str:
    """A docstring's reStructuredText literals (in double backquotes) as a terminal shows them: 'verify all'."""
    return re.sub(r"(?<!`)``(?!`)", "'", doc)


def _normalise(argv: list[str]) -> list[str]:
    """``verify all``, ``verify ID…``, ``verify --seed 3 all``: the ``run`` subcommand."""
    if not argv:
        return ["run"]
    if argv[0] == "check":
        return ["check", *(_member(a) for a in argv[1:])]
    if argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version"):
        return argv
    return ["run", *argv]


def _member(arg: str) -> str:
    r"""A member of ``verify check`` that starts with a minus sign (``-\sigma(x)``) is math, not an
    option: argparse would refuse it as unknown. A leading space keeps it positional; the parser
    ignores the space. Options (``--seed``, ``-h``) are left as they are."""
    if arg.startswith("-") and not arg.startswith("--") and arg != "-h":
        return " " + arg
    return arg


#: SymPy's construction cache (entries per cached function; SymPy's default is 1,000) for ``verify doc``:
#: the resolver builds the same products, sums and derivatives again under each reading of a chain.
#: On the corpus ×0.94–0.97 CPU for +18 MB on the largest chain worker (docs/speed.md, docspeed10).
DOC_SYMPY_CACHE_SIZE = "30000"


def doc_sympy_cache() -> None:
    """SymPy reads ``SYMPY_CACHE_SIZE`` once, when it is imported: set it before, unless the user did."""
    if "sympy" not in sys.modules:
        os.environ.setdefault("SYMPY_CACHE_SIZE", DOC_SYMPY_CACHE_SIZE)


def _stderr() -> Console:
    """The console errors are printed on; Rich is imported only when there is one to print (a run's
    start does not wait for it: the catalog's workers start first, see ``commands.run``)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def main(argv: Sequence[str] | None = None) -> int:
    # with room on the frame stack: reading a document in this process (verifier.framestack)
    code = framestack.call_with_room(_main, argv)
    if code == ExitCode.INTERRUPTED:
        _ctrl_c_handled(program=argv is None)
    return code


def _ctrl_c_handled(program: bool) -> None:
    """Tell CPython that the Ctrl-C this run ended with was handled: the exit status is then 130.
    ``program``: ``main`` is the program (the ``verify`` script, ``python -m verifier``), not a call
    in someone's process: a further Ctrl-C is then ignored, the run being over.

    Why: CPython marks a KeyboardInterrupt that leaves code it ran from a string (``dataclasses``,
    ``namedtuple``, SymPy's ``lambdify`` and ``sympify`` run some; a Ctrl-C that comes while such a
    string is compiled is raised in it) as unhandled, even when it is caught later, and ``python -m
    verifier`` then kills itself with SIGINT at exit (status -2 to a caller that is not a shell, in
    place of 130: 2 of 25 interrupted ``verify doc`` runs). Each run of code from a string clears that
    mark first, so an empty one is run (a constant: no text of the user's). Not CPython: nothing to do."""
    import ctypes

    if program and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        # a second Ctrl-C as the interpreter exits came in its exit functions ("Exception ignored in
        # atexit callback"), or once it had put SIGINT back to its default to tear itself down
        # (~0.1 s with SymPy imported): killed by SIGINT, status -2
        with contextlib.suppress(ValueError):  # not the main thread
            signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(AttributeError, OSError):
        ctypes.pythonapi.PyRun_SimpleString(b"")


def _main(argv: Sequence[str] | None) -> int:
    argv = _normalise(list(sys.argv[1:] if argv is None else argv))
    if argv[0] == "doc":
        doc_sympy_cache()
    debug = "--debug" in argv
    try:
        parser = build_parser(argv[0] if argv[0] in COMMANDS else None)
        try:
            # argparse leaves options no subparser knows to the top parser, whose usage lists none of
            # them: the subcommand's own parser reports them, with its usage (ux66)
            args, unknown = parser.parse_known_args(argv)
            if unknown:
                getattr(args, "command_parser", parser).error(f"unrecognized arguments: {' '.join(unknown)}")
        except SystemExit as exc:  # argparse exits on --help/--version (0) and on errors (2)
            return int(exc.code or 0)
        module = _module(args.command)
        return int(module.run(args))
    except KeyboardInterrupt:
        with contextlib.suppress(KeyboardInterrupt):  # a second Ctrl-C meanwhile (Rich is imported for it)
            _stderr().print("verify: interrupted", markup=False)
        return ExitCode.INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - the entry point maps every error to exit 2 or 3
        prog = f"verify {argv[0]}" if argv[0] in COMMANDS and argv[0] != "run" else "verify"
        return report(_stderr(), exc, prog=prog, debug=debug)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
