"""``verify check LHS RHS [MORE …]``: a one-off claim typed on the command line.

The members are read by the safe LaTeX/ASCII parser (a lark grammar that builds SymPy objects
node by node); the text never reaches ``eval``, ``exec``, ``sympify`` or ``parse_expr``.
Every free letter is a declared scalar: real unless ``--positive`` or ``--integer`` says otherwise.
"""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Sequence
from dataclasses import replace

import sympy as sp
from rich.console import Console

from verifier import sizes
from verifier.catalog import Builder, CatalogError, D
from verifier.engine import DEFAULT_POINTS, DEFAULT_SEED, Settings, check_claim
from verifier.exitcodes import ExitCode
from verifier.latex import LatexError, parse_latex
from verifier.ml import relu, sigmoid
from verifier.results import IdentityResult, RunResult, worst

MAX_INPUT = 2000  # characters per member: a command-line claim is a formula, not a document

BUILTINS = {"sigma": sigmoid, "sigmoid": sigmoid, "relu": relu}


class ClaimError(ValueError):
    """The text does not describe a checkable scalar claim (usage error, exit status 2)."""


def _names(args: Sequence[str]) -> set[str]:
    return {n.strip() for a in args for n in a.split(",") if n.strip()}


def build_members(texts: Sequence[str], positive: set[str], integer: set[str]) -> tuple[Builder, list[object]]:
    parsed = []
    for text in texts:
        if len(text) > MAX_INPUT:
            raise ClaimError(f"a member is {len(text)} characters long; at most {MAX_INPUT} are read")
        try:
            parsed.append(parse_latex(text, prime_var=None))
        except LatexError as exc:
            raise ClaimError(f"cannot read {text[:60]!r}: {exc}") from exc
    free = sorted({s for e in parsed for s in e.free_symbols}, key=str)
    b = Builder()
    table: dict[sp.Basic, sp.Basic] = {}
    for sym in free:
        if not isinstance(sym, sp.Symbol):
            raise ClaimError(f"{sym} is an indexed name; vectors and matrices need a catalog entry")
        name = sym.name
        if name in positive:
            table[sym] = b.positive(name)
        elif name in integer:
            table[sym] = b.integer(name)
        else:
            table[sym] = b.real(name)
    members = [_resolve(e.xreplace(table)) for e in parsed]
    return b, members


def _resolve(e: sp.Basic) -> object:
    """Built-in meanings (sigma is the logistic function) and derivatives as witnessed D members."""
    for f in sorted(e.atoms(sp.core.function.AppliedUndef), key=str):
        fn = BUILTINS.get(f.func.__name__.lower())
        if fn is None or len(f.args) != 1:
            raise ClaimError(f"unknown function {f.func.__name__}(…); known: {', '.join(sorted(BUILTINS))}")
        e = e.xreplace({f: fn(f.args[0])})
    if isinstance(e, sp.Derivative) and len(e.variables) == 1 and isinstance(e.variables[0], sp.Symbol):
        return D(e.expr, e.variables[0])
    if e.has(sp.Derivative):
        return e.doit()
    return e


def _sized_claim(args: argparse.Namespace) -> sizes.SizedClaim | None:
    """A claim over declared vectors/matrices (``--vector``/``--matrix``), else None (scalars)."""
    if not args.vector and not args.matrix:
        return None
    parsed = []
    for text in args.members:
        if len(text) > MAX_INPUT:
            raise ClaimError(f"a member is {len(text)} characters long; at most {MAX_INPUT} are read")
        try:
            parsed.append(parse_latex(text, prime_var=None))
        except LatexError as exc:
            raise ClaimError(f"cannot read {text[:60]!r}: {exc}") from exc
    return sizes.claim_from_text(
        parsed,
        positive=_names(args.positive),
        integer=_names(args.integer),
        sizes=_names(args.size),
        vectors=args.vector,
        matrices=args.matrix,
        builtins=BUILTINS,
    )


def main(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(
        prog="verify check",
        description="Check a one-off claim: verify check '\\frac{d}{dx}\\tanh x' '1 - \\tanh^2 x'",
    )
    p.add_argument("members", nargs="+", help="two or more members of the chain, in LaTeX or plain math")
    p.add_argument("--positive", action="append", default=[], metavar="NAMES", help="comma-separated positive names")
    p.add_argument("--integer", action="append", default=[], metavar="NAMES", help="comma-separated integer names")
    sizes.add_size_arguments(p)
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--points", type=int, default=DEFAULT_POINTS)
    p.add_argument("--format", default="text", help="text (default), json, junit, markdown, html, github")
    try:
        args = p.parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    if len(args.members) < 2:
        err.print("verify check: error: a claim needs at least two members")
        return ExitCode.USAGE_ERROR
    settings = Settings(seed=args.seed, points=args.points)
    try:
        sized = _sized_claim(args)
        if sized is None:
            integer = _names(args.integer) | _names(args.size)
            builder, members = build_members(args.members, _names(args.positive), integer)
            claim = builder.chain(*members)
            checked = check_claim(claim, "check", {}, settings)
        else:
            checked = sizes.check_sized(sized, "check", settings, check_claim)
    except (ClaimError, CatalogError) as exc:
        err.print(f"verify check: error: {exc}")
        return ExitCode.USAGE_ERROR
    command = shlex.join(
        ["verify", "check", *args.members, *(f"--positive={n}" for n in args.positive)]
        + [f"--{o}={n}" for o in ("integer", "size", "vector", "matrix") for n in getattr(args, o)]
    )
    steps = [
        replace(s, counterexample=replace(s.counterexample, reproduce=f"{command} --seed {settings.seed}"))
        if s.counterexample
        else s
        for s in checked
    ]
    statement = " = ".join(args.members)
    result = IdentityResult(
        id="check",
        title="command-line claim",
        statement=statement,
        verdict=worst([s.verdict for s in steps]),
        steps=tuple(steps),
        seed=settings.seed,
        duration=sum(s.duration for s in steps),
        proved_for=sizes.result_proved_for(worst([s.verdict for s in steps]), steps),
    )
    from verifier.reporters import get_reporter
    from verifier.reporters.text import TextReporter

    run = RunResult(results=(result,), seed=settings.seed, points=settings.points, duration=result.duration)
    if args.format == "text":
        TextReporter.print_to(Console(highlight=False), run)
    else:
        print(get_reporter(args.format).render(run), end="")
    return ExitCode.OK if result.verdict.ok else ExitCode.REFUTED
