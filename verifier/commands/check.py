"""``verify check LHS RHS [MORE …]``: a one-off claim typed on the command line.

The members are read by the safe LaTeX/ASCII parser (a lark grammar that builds SymPy objects
node by node); the text never reaches ``eval``, ``exec``, ``sympify`` or ``parse_expr``.
Every free letter is a declared scalar: real unless ``--positive`` or ``--integer`` says otherwise; π and a bare e
are the constants, as notes read them, unless declared so.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence

import sympy as sp

from verifier import sizes
from verifier.catalog import Builder, CatalogError, D
from verifier.commands.checknotes import GREEN, checked_as_notes
from verifier.commands.output import emit, with_rerun
from verifier.documents.ambiguousslash import ambiguous
from verifier.documents.asymptotic import asymptotic
from verifier.documents.bracketsizes import past_checked_claim
from verifier.documents.context import Scope
from verifier.documents.enotation import EULER_NOTE, e_notation, euler_reading
from verifier.documents.enotation import NOTE as E_NOTE
from verifier.documents.imaginaryunit import NOTE as IMAGINARY_NOTE
from verifier.documents.imaginaryunit import imaginary_reading
from verifier.documents.logterms import log_over_its_term
from verifier.documents.numbercalls import calls_read_as_products
from verifier.documents.operatorscope import BRACKET_NOTE, operator_on_its_bracket
from verifier.documents.overlappingcases import NOTE as CASES_NOTE
from verifier.documents.overlappingcases import later_rows_first
from verifier.documents.readings import LOG_NOTE, OPERATOR_NOTE, SUM_NOTE, operator_over_the_rest, sum_over_the_rest
from verifier.documents.slashproducts import NOTE as SLASH_NOTE
from verifier.documents.slashproducts import names_after_slash, slash_over_product
from verifier.documents.specialcalls import FUNCTIONS as SPECIAL_CALLS
from verifier.documents.specialcalls import READINGS as CALL_READINGS
from verifier.documents.trigarguments import NOTE as TRIG_NOTE
from verifier.documents.trigarguments import QUOTIENT_NOTE, trig_over_product, trig_over_quotient
from verifier.documents.unitsteps import in_one_unit
from verifier.engine import Settings, check_claim
from verifier.errors import UsageError
from verifier.exitcodes import ExitCode
from verifier.latex import LatexError, parse_latex
from verifier.latex.braces import split_top_equals
from verifier.latex.functionals import Integral
from verifier.latex.inverses import Inverse
from verifier.ml import INVERSES, relu, sigmoid, silu, softplus, softsign, tanh
from verifier.results import IdentityResult, RunResult, StepResult, Verdict, worst
from verifier.runner import Outcome, report_stage, run_in_worker
from verifier.settings import from_args

MAX_INPUT = 2000  # characters per member: a command-line claim is a formula, not a document

BUILTINS = {"sigma": sigmoid, "sigmoid": sigmoid, "relu": relu, "softplus": softplus, "silu": silu, "swish": silu,
            "softsign": softsign, "tanh": tanh,
            **{name.lower(): fn for name, fn in SPECIAL_CALLS.items()}}  # fmt: skip


UNKNOWN = "unknown function"
#: sizes.parse_block's errors: the options are wrong, whatever reads the members
OPTION_ERRORS = ("write NAME:", "a dimension is a size name", "dimension(s)")


#: the other groupings notes try for a step that fails as written (documents.meanings), each a rewrite of a member's
#: LaTeX: ``\frac{d}{dx} x^2 + 1`` as d/dx (x^2 + 1), ``1/2x`` as 1/(2x), ``\sin 2x\cos x`` … A FAILED must hold under
#: every plausible reading, so a claim that fails literally is checked again under each (redcat62)
REGROUPINGS: tuple[tuple[str, Callable[[str], str | None]], ...] = (
    (OPERATOR_NOTE, operator_over_the_rest),
    (BRACKET_NOTE, operator_on_its_bracket),
    (SUM_NOTE, sum_over_the_rest),
    (SLASH_NOTE, slash_over_product),
    (TRIG_NOTE, trig_over_product),
    (QUOTIENT_NOTE, trig_over_quotient),
    (LOG_NOTE, log_over_its_term),
    *CALL_READINGS,  # \zeta(s), W(x): a letter before its bracket as the function it names (redcat63)
)


class ClaimError(ValueError):
    """The text does not describe a checkable scalar claim (usage error, exit status 2)."""


class BeyondScalars(ClaimError):
    r"""The members parse, but they are not a claim about named real numbers, which is all the scalar path
    takes: an indexed name (``z_j``), a function it does not know (``\nabla``, ``\operatorname{softmax}``), a
    sum over a range the claim does not state. Read as notes are instead (:func:`checked_as_notes`)."""


def _names(args: Sequence[str]) -> set[str]:
    return {n.strip() for a in args for n in a.split(",") if n.strip()}


def _readable(text: str) -> None:
    r"""Refuse a member too long to be a formula, or one in asymptotic notation (``O(n^2) + O(n)``, ``\mathcal{O}(n)``:
    how a quantity grows, not a value; documents.asymptotic, which notes ask too, so both say the same)."""
    if len(text) > MAX_INPUT:
        raise ClaimError(f"a member is {len(text)} characters long; at most {MAX_INPUT} are read")
    if why := asymptotic(text, Scope()):
        raise ClaimError(f"cannot read {text[:60]!r}: {why}")


def build_members(texts: Sequence[str], positive: set[str], integer: set[str]) -> tuple[Builder, list[object]]:
    parsed = []
    for text in texts:
        _readable(text)
        try:
            parsed.append(parse_latex(text, prime_var=None))
        except LatexError as exc:
            if "prime" in str(exc):  # (x^2)' = 2x: the prime's variable is the claim's, as notes read it
                raise BeyondScalars(f"{text[:60]!r}: {exc}") from exc
            raise ClaimError(f"cannot read {text[:60]!r}: {exc}") from exc
    if calls := calls_read_as_products(texts, parsed):  # \Phi(x) beside d/dx: Φ·x to the parser (numbercalls)
        raise BeyondScalars(f"{', '.join(calls)} read as a product: a function's value, read as notes are")
    for e in parsed:  # d/dX A^{-1}: A is meant to depend on X (gaps19: an ERROR, literally 0 = 0)
        for d in e.atoms(sp.Derivative):
            if any(v not in d.expr.free_symbols for v in d.variables):
                raise BeyondScalars(f"{d}: a derivative by a letter its expression does not contain")
    for e in parsed:  # \prod_{k=1}^{2}: the numeric stages cannot evaluate a Product; notes expand it (redteam38)
        for t in e.atoms(sp.Product):
            if all(not (lo.free_symbols | hi.free_symbols) for _, lo, hi in t.limits):
                raise BeyondScalars(f"{t}: a product over numbers, expanded as notes are")
    for e in parsed:  # \int_0^1 x\,dx: no evaluator knows an unevaluated integral; notes take its closed form
        if found := e.atoms(sp.Integral, Integral):
            raise BeyondScalars(f"{next(iter(found))}: an integral, read as notes read it (redcat61)")
    for e in parsed:  # \sum_{k=0}^{\infty}: no evaluator knows a sum to ∞ (0 valid points: an ERROR); notes take
        # its closed form where the series converges (documents.infiniteseries, redcat62)
        for t in e.atoms(sp.Sum, sp.Product):
            if any(bound.has(sp.oo, -sp.oo) for _, lo, hi in t.limits for bound in (lo, hi)):
                raise BeyondScalars(f"{t}: a sum or product to ∞, read as notes read it")
    free = sorted({s for e in parsed for s in e.free_symbols}, key=str)
    # d/dπ: a claim that differentiates by π uses it as a variable (a mixture weight), never the number
    varied = {str(v) for e in parsed for d in e.atoms(sp.Derivative) for v in d.variables}
    # \sum_{i=1}^n i: a letter in a sum's bounds counts terms, a positive integer (a real n leaves no value), also
    # where it is declared positive (redcat67: sampled as a positive real, the sum had no value and was an ERROR)
    counts = {s.name for e in parsed for t in e.atoms(sp.Sum, sp.Product) for _, lo, hi in t.limits
              for s in (lo.free_symbols | hi.free_symbols) if isinstance(s, sp.Symbol)
              and not s.name.endswith(("__lo", "__hi"))} - {str(v) for v in varied}
    b = Builder()
    table: dict[sp.Basic, sp.Basic] = {}
    for sym in free:
        if not isinstance(sym, sp.Symbol):
            raise BeyondScalars(f"{sym} is an indexed name")
        name = sym.name
        if name == "pi" and name not in positive | integer | varied:  # \pi is the number, as in notes (resolve._symbol)
            table[sym] = sp.pi
            continue
        if name == "e" and name not in positive | integer | varied:  # and e Euler's: \log e = 1 was FAILED (redcat66)
            table[sym] = sp.E
            continue
        try:
            if name in integer or name in counts:  # --integer n --positive n: a positive integer (the sampler's)
                table[sym] = b.integer(name)
            elif name in positive:
                table[sym] = b.positive(name)
            else:
                table[sym] = b.real(name)
        except CatalogError as exc:  # k__hi: the bound of a sum whose range the claim does not state
            raise BeyondScalars(str(exc)) from exc
    members = [_resolve(e.xreplace(table)) for e in parsed]
    return b, members


def _resolve(e: sp.Basic) -> object:
    """Built-in meanings (sigma is the logistic function) and derivatives as witnessed D members."""
    for inv in sorted(e.atoms(Inverse), key=str):  # \sigma^{-1}(x): the registry's inverse (verifier.ml.INVERSES)
        inverse = INVERSES.get(BUILTINS.get(str(inv.args[0]).lower()))  # type: ignore[arg-type]
        if inverse is None:
            raise BeyondScalars(f"{inv.args[0]}^{{-1}}: no inverse known for it")
        e = e.xreplace({inv: inverse(inv.args[1])})
    for f in sorted(e.atoms(sp.core.function.AppliedUndef), key=str):
        fn = BUILTINS.get(f.func.__name__.lower())
        if fn is None or len(f.args) != 1:
            raise BeyondScalars(f"{UNKNOWN} {f.func.__name__}(…); known: {', '.join(sorted(BUILTINS))}")
        e = e.xreplace({f: fn(f.args[0])})
    if isinstance(e, sp.Derivative) and len(e.variables) == 1 and isinstance(e.variables[0], sp.Symbol):
        return D(e.expr, e.variables[0])
    if e.has(sp.Derivative):
        return e.doit()
    return e


def _checked(
    texts: Sequence[str],
    positive: set[str],
    integer: set[str],
    settings: Settings,
    blocks: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ()),
    juxtaposed: bool = True,
) -> list[StepResult]:
    """``blocks``: the names of ``--size``, the ``--vector`` and the ``--matrix`` declarations; ``juxtaposed``:
    try ``2e-3x`` as 2·10⁻³·x too where the claim fails."""
    joined = [e_notation(t, before_letter=True) or t for t in texts]  # 2e-3x: 2·10⁻³·x or 2e − 3x (enotation)
    if juxtaposed and joined != [e_notation(t) or t for t in texts]:
        steps = _checked(texts, positive, integer, settings, blocks, juxtaposed=False)
        if any(s.verdict is Verdict.FAILED for s in steps):
            powers = _checked(joined, positive, integer, settings, blocks, juxtaposed=False)
            if not any(s.verdict is Verdict.FAILED for s in powers):
                return [s.said(f"read with {E_NOTE}") for s in powers]
        return steps
    if (powered := [e_notation(t) or t for t in texts]) != list(texts):
        # 1e-3: the tokenizer reads no 1·e − 3 (latex.numberwriting), so its power of ten is the claim's reading,
        # said with each step (documents.enotation)
        steps = _checked(powered, positive, integer, settings, blocks)
        euler = [euler_reading(t) or t for t in texts]  # 2e-1 as 2e − 1 where the power of ten fails (review62)
        if any(s.verdict is Verdict.FAILED for s in steps) and euler != list(texts):
            again = _checked(euler, positive, integer, settings, blocks)
            if again and all(s.verdict in GREEN for s in again):
                return [s.said(f"holds when read with {EULER_NOTE} (read with {E_NOTE} it fails)") for s in again]
        return [s.said(f"read with {E_NOTE}") for s in steps]
    report_stage("reading the members")
    size_names, vectors, matrices = blocks
    if vectors or matrices:  # a claim about entries of vectors/matrices of symbolic size
        try:
            claim = sizes.claim_from_text(
                [_parse(t) for t in texts],
                positive=positive,
                integer=integer,
                sizes=set(size_names),
                vectors=vectors,
                matrices=matrices,
                builtins=BUILTINS,
            )
        except (ClaimError, CatalogError) as exc:
            if any(w in str(exc) for w in OPTION_ERRORS):
                raise
            # x^T A x, \|x\|, \operatorname{tr}, softmax(z): whole vectors and matrices, read as notes
            return checked_as_notes(texts, positive, integer, size_names, vectors, matrices, settings)
        assert claim is not None
        return sizes.check_sized(claim, "check", settings, check_claim, report_stage)
    try:
        builder, members = build_members(texts, positive, integer | set(size_names))
    except BeyondScalars:
        # \nabla_x x^T A x, softmax(z), \sum_k e^{z_k}: nothing declared, read as `verify doc` reads notes
        # (shapes, indices and ranges inferred, and said with each step)
        steps = checked_as_notes(texts, positive, integer, size_names, (), (), settings)
        return _called_as_notes(texts, positive, integer, size_names, settings, steps)
    # \sum_{i=1}^{n} [i \le 1000] = n: checked at n = 1 … 13 only, not green (documents.bracketsizes)
    steps = past_checked_claim(members, check_claim(builder.chain(*members), "check", {}, settings, report_stage))
    steps = _with_imaginary_unit(texts, positive, integer | set(size_names), settings, steps)
    if steps and all(s.verdict in GREEN for s in steps):  # Φ(−x) = −Φ(x): not green as a product alone
        steps = _slash_both_ways(texts, positive, integer | set(size_names), settings, steps)
        if not all(s.verdict in GREEN for s in steps):
            return steps
        return _green_both_ways(texts, positive, integer, size_names, settings, steps)
    if not any(s.verdict is Verdict.FAILED for s in steps):
        return steps
    regrouped = _regrouped(texts, positive, integer | set(size_names), settings)
    return regrouped or _with_later_rows(texts, positive, integer | set(size_names), settings, steps)


def _with_later_rows(
    texts: Sequence[str], positive: set[str], integer: set[str], settings: Settings, steps: list[StepResult]
) -> list[StepResult]:
    r"""``steps`` with each FAILED one checked again with the rows of its cases blocks in reverse order
    (documents.overlappingcases: ``1 & x \ge 0 \\ 0 & x \le 0`` says two values at 0): SKIPPED, naming the
    overlap, where it holds so; FAILED where it fails with either row first (redcat67)."""
    rewritten = [later_rows_first(t) or t for t in texts]
    if rewritten == list(texts):
        return steps
    again = _scalar_steps(rewritten, positive, integer, settings)
    if again is None or len(again) != len(steps):
        return steps
    return [s.skipped(f"it fails as parsed (the first row whose condition holds) but holds with {CASES_NOTE}: the "
                      "rows' conditions overlap there with different values; write which row applies")
            if s.verdict is Verdict.FAILED and t.verdict in GREEN else s
            for s, t in zip(steps, again, strict=True)]  # fmt: skip


def _with_imaginary_unit(
    texts: Sequence[str], positive: set[str], integer: set[str], settings: Settings, steps: list[StepResult]
) -> list[StepResult]:
    r"""``steps`` with each FAILED one checked again with a plain ``i`` that indexes nothing read as the imaginary
    unit (``e^{i\pi} = -1``: documents.imaginaryunit): FAILED only where it fails under both readings, green under
    that reading (said with the step) where it holds there, SKIPPED where that reading decides nothing."""
    unit = imaginary_reading(texts) if "i" not in positive | integer else None
    if unit is None or not any(s.verdict is Verdict.FAILED for s in steps):
        return steps
    try:
        builder, members = build_members(unit, positive, integer)
        again = check_claim(builder.chain(*members), "check", {}, settings, report_stage)
    except (ClaimError, CatalogError):
        return [s.skipped(f"it fails with i a real number; with {IMAGINARY_NOTE} the claim is not read")
                if s.verdict is Verdict.FAILED else s for s in steps]  # fmt: skip
    out: list[StepResult] = []
    for s, t in zip(steps, again, strict=True):
        if s.verdict is not Verdict.FAILED or t.verdict is Verdict.FAILED:
            out.append(s)
        elif t.verdict.ok:
            out.append(t.said(f"holds when read with {IMAGINARY_NOTE} (the literal reading fails)"))
        else:
            out.append(s.skipped(f"with {IMAGINARY_NOTE} it is {t.verdict.value} ({t.message})"))
    return out


def _regrouped(texts: Sequence[str], positive: set[str], integer: set[str], settings: Settings) -> list[StepResult]:
    """The claim's steps under the first of :data:`REGROUPINGS` that changes a member and makes every step green,
    that reading said with each step (as notes say theirs); none when no other grouping holds (the claim stays
    FAILED). Each is checked as the literal claim is: every free name a real unless declared."""
    for note, regroup in REGROUPINGS:
        rewritten = [regroup(t) or t for t in texts]
        if rewritten == list(texts):
            continue
        steps = _scalar_steps(rewritten, positive, integer, settings)
        if steps and all(s.verdict in GREEN for s in steps):
            if note == SLASH_NOTE and (named := [t for t in texts if names_after_slash(t)]):
                return [s.skipped(ambiguous(named[0], False)) for s in steps]  # a / b c: ambiguous (green71)
            return [s.said(f"holds when read with {note} (the literal reading fails)") for s in steps]
    return []


def _slash_both_ways(
    texts: Sequence[str], positive: set[str], integer: set[str], settings: Settings, steps: list[StepResult]
) -> list[StepResult]:
    """``steps`` (green as written) with each one SKIPPED that fails where a slash before a product of names is read
    over the whole product (``a / b c = \\frac{a c}{b}``: documents.ambiguousslash, green71)."""
    named = [t for t in texts if names_after_slash(t)]
    if not named:
        return steps
    again = _scalar_steps([slash_over_product(t) or t for t in texts], positive, integer, settings)
    if not again or len(again) != len(steps):
        return steps
    return [s.skipped(ambiguous(named[0], True)) if t.verdict is Verdict.FAILED else s
            for s, t in zip(steps, again, strict=True)]  # fmt: skip


def _scalar_steps(
    texts: Sequence[str], positive: set[str], integer: set[str], settings: Settings
) -> list[StepResult] | None:
    """The steps of a rewritten claim checked as the literal one is (every free name a real unless declared); None
    where the rewrite cannot be built."""
    try:
        builder, members = build_members(texts, positive, integer)
    except (ClaimError, CatalogError):
        return None
    return past_checked_claim(members, check_claim(builder.chain(*members), "check", {}, settings, report_stage))


def _under_call_readings(
    texts: Sequence[str], positive: set[str], integer: set[str], size_names: Sequence[str], settings: Settings
) -> Iterator[tuple[str, list[StepResult]]]:
    """Each special-function reading that rewrites some member (documents.specialcalls), in order, with the claim's
    steps read as notes under it; the checks run one at a time, as the caller asks for the next."""
    for note, rewrite in CALL_READINGS:
        rewritten = [rewrite(t) or t for t in texts]
        if rewritten != list(texts):
            yield note, checked_as_notes(rewritten, positive, integer, size_names, (), (), settings)


def _called_as_notes(
    texts: Sequence[str],
    positive: set[str],
    integer: set[str],
    size_names: Sequence[str],
    settings: Settings,
    steps: list[StepResult],
) -> list[StepResult]:
    r"""``steps`` (the claim read as notes), or, where one is not green (FAILED with ζ·s, SKIPPED with ``\frac{d}{dx}
    W(x)`` read as an undefined function), the claim under the first of the special-function readings
    (``\zeta(s) = \sum_{n=1}^\infty n^{-s}``: documents.specialcalls) that makes every step green, said. Where
    none does but one leaves no step FAILED (the Riemann series at 100 points: too few of them in its domain s > 1,
    SKIPPED), a FAILED step is SKIPPED with that reading's reason: the FAILED does not hold under every reading
    (redmid63 M8, mend63)."""
    if all(s.verdict in GREEN for s in steps):
        return _green_both_ways(texts, positive, integer, size_names, settings, steps)
    undecided: tuple[str, list[StepResult]] | None = None
    for note, again in _under_call_readings(texts, positive, integer, size_names, settings):
        if again and all(s.verdict in GREEN for s in again):
            return [s.said(f"holds when read with {note} (the literal reading fails)") for s in again]
        if undecided is None and again and len(again) == len(steps) and all(s.verdict is not Verdict.FAILED
                                                                            for s in again):
            undecided = (note, again)
    if undecided is None:
        return steps
    note, again = undecided
    return [s.skipped(f"it fails as written; with {note} it is {t.verdict.value} ({t.message})")
            if s.verdict is Verdict.FAILED else s for s, t in zip(steps, again, strict=True)]  # fmt: skip


def _green_both_ways(
    texts: Sequence[str],
    positive: set[str],
    integer: set[str],
    size_names: Sequence[str],
    settings: Settings,
    steps: list[StepResult],
) -> list[StepResult]:
    r"""``steps``, all green as written, unless a special-function reading applies and refutes them: ``\Phi(-x) =
    -\Phi(x)`` holds of the product Φ·(−x) for every number Φ and fails for the normal CDF, the letter's meaning in
    course notes (and the reading taken where the literal one fails): a green needs every plausible reading, so the
    refuted steps are SKIPPED, saying both (lead67, after redcat67)."""
    for note, again in _under_call_readings(texts, positive, integer, size_names, settings):
        if again and len(again) == len(steps) and any(t.verdict is Verdict.FAILED for t in again):
            return [s.skipped(f"it holds as written (the letter times its bracket) and fails with {note} "
                              f"({t.message}): write which is meant (\\operatorname{{…}} or an explicit \\cdot)")
                    if t.verdict is Verdict.FAILED else s for s, t in zip(steps, again, strict=True)]  # fmt: skip
    return steps


def _parse(text: str) -> sp.Expr:
    _readable(text)
    try:
        return parse_latex(text, prime_var=None)
    except LatexError as exc:
        raise ClaimError(f"cannot read {text[:60]!r}: {exc}") from exc


def _unfinished(texts: Sequence[str], outcome: Outcome[list[StepResult]]) -> list[StepResult]:
    """One TIMEOUT (or ERROR) step when the worker gave no verdict, naming the stage it was in."""
    verdict = Verdict.TIMEOUT if outcome.status == "timeout" else Verdict.ERROR
    why = f"no verdict within the time budget; stopped during {outcome.stage}"
    if verdict is Verdict.ERROR:
        why = f"{outcome.message} during {outcome.stage}"
    rest = " = ".join(texts[1:])
    return [StepResult(1, texts[0], rest, texts[0], rest, verdict, message=why, duration=outcome.elapsed)]


OPTIONS = ("check",)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = r"Check a one-off claim: verify check '\frac{d}{dx}\tanh x = 1 - \tanh^2 x'"
    p.add_argument(
        "members",
        nargs="+",
        help="the chain 'a = b = c' as one argument, or its members one by one (LaTeX or plain math)",
    )
    p.add_argument("--positive", action="append", default=[], metavar="NAMES", help="comma-separated positive names")
    p.add_argument("--integer", action="append", default=[], metavar="NAMES", help="comma-separated integer names")
    sizes.add_size_arguments(p)


def _members(given: Sequence[str]) -> list[str]:
    r"""The chain's members: as given, or one argument written as the whole chain (``verify check
    '\frac{d}{dx}\tanh x = 1 - \tanh^2 x'``, as people type it) cut at its ``=`` outside braces
    (``\sum_{i=1}`` keeps its own). Cutting is all that is done to the text: it is parsed, never evaluated."""
    if len(given) == 1:
        parts = [p.strip() for p in split_top_equals(given[0])]
        if len(parts) >= 2 and all(parts):
            return parts
    return list(given)


def run(args: argparse.Namespace) -> int:
    options = from_args(args)
    options.check_formats(args.output or ())
    args.members = _members(args.members)
    if len(args.members) < 2:
        raise UsageError("a claim needs at least two members (give them as separate arguments or as one 'a = b')")
    settings = options.settings()
    # Reading (derivatives are taken here) and checking run in a killable worker (issue 9 §5).
    blocks = (tuple(sorted(_names(args.size))), tuple(args.vector), tuple(args.matrix))
    outcome = run_in_worker(
        _checked, args.members, _names(args.positive), _names(args.integer), settings, blocks, timeout=options.timeout
    )
    if outcome.status == "raised" and outcome.error in ("ClaimError", "CatalogError"):
        raise UsageError(outcome.reason)
    words = ["check", *args.members, *(f"--positive={n}" for n in args.positive),
             *(f"--{o}={n}" for o in ("integer", "size", "vector", "matrix") for n in getattr(args, o))]  # fmt: skip
    steps = outcome.value if outcome.ok and outcome.value is not None else _unfinished(args.members, outcome)
    # 1 \text{ bit} = 1 \text{ nat}: a conversion is not compared (documents.unitsteps); step k links members k-1, k
    steps = [in_one_unit(s, *args.members[s.index - 1 : s.index + 1], args.members)
             if 0 < s.index < len(args.members) else s for s in steps]  # fmt: skip
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
    result = with_rerun(result, options.rerun(*words, with_catalog=False))
    run = RunResult(results=(result,), seed=settings.seed, points=settings.points, duration=result.duration)
    emit(run, options, args.output)
    return ExitCode.OK if result.verdict.ok else ExitCode.REFUTED
