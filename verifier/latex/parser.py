r"""LaTeX math (or plain ASCII math) → a neutral SymPy tree, without ever evaluating text as code.

Pipeline (one module per stage): :mod:`~verifier.latex.tokenizer` turns the source into tokens
(TeX's lexical rules: commands, one-character arguments such as ``x^2``, letter runs, spacing
commands, Unicode math); :mod:`~verifier.latex.rewrite` resolves the context-dependent tokens
(``e^…`` is exp, ``\frac{d}{dx}``, ``f(`` as a call, ``|…|`` and ``‖…‖``, labels, indicators);
the lark LALR grammar of :mod:`~verifier.latex.grammar` then calls :mod:`~verifier.latex.build`,
which builds SymPy objects at each reduction. Shared names live in
:mod:`~verifier.latex.vocabulary`; this module runs the stages and words the errors.
No ``eval``/``exec``/``sympify``/``parse_expr`` is used anywhere; SymPy only receives
objects built here and names made of letters, digits and the ``^()[]`` of layer labels.

The tree is *neutral*: it records what was written, and a later resolver maps it onto declared
symbols. Conventions:

* Identifiers → ``Symbol(name)``. Latin letters keep their case (``K`` ≠ ``k``); Greek commands
  by name (``\theta`` → ``theta``, ``\varepsilon`` → ``epsilon``, ``\ell`` → ``ell``); accents
  append a suffix (``\hat{y}`` → ``yhat``, ``\bar{x}`` → ``xbar``, ``\tilde{x}`` → ``xtilde``,
  ``\dot{x}`` → ``xdot``, ``\mathcal{L}`` → ``Lcal``); bold/vector fonts are dropped
  (``\mathbf{x}``, ``\boldsymbol{x}``, ``\bm{x}``, ``\vec{x}`` → ``x``), except ``\mathbf{1}`` →
  ``Symbol("ones")`` and ``\mathbf{0}`` → ``Symbol("zeros")``. A bare ``e`` is ``Symbol("e")``
  and ``\pi`` is ``Symbol("pi")`` (the resolver decides); ``e^{…}`` is ``exp(…)``.
  Plain letter runs are implicit products (``xy`` → ``x*y``) unless the whole run is a known
  function name (exp, log, ln, sin, cos, tan, sinh, cosh, tanh, sqrt, max, min, abs, softmax,
  relu, sigmoid, CE) or a Greek name of three letters or more (``sigma``, for ASCII input).
* Subscripts → ``Indexed(IndexedBase(name), *indices)``: ``x_i``, ``a_{ij}`` → (i, j), ``x_{12}``
  → (12,), ``Z_{3ik}`` → (3, i, k), ``x_{i+1}`` → (i + 1,), ``\delta_{k,l}`` → (k, l). ``W_1`` is
  also ``Indexed(W, 1)``: whether it names a matrix or an entry is the resolver's call.
  ``\delta_{kl}`` / ``\delta_{k,l}`` → ``KroneckerDelta(k, l)``.
* Layer superscripts are part of the name: ``W^{(1)}`` → ``Symbol("W^(1)")``, ``a^{[l]}_i`` →
  ``Indexed(IndexedBase("a^[l]"), i)`` (not a power); ``W^{(2)T}`` → ``transpose(W^(2))``.
  A letter in parentheses is a sample index: ``x^{(i)}_j`` → ``Indexed(IndexedBase("x^()"), i, j)``
  (so a sum over ``i`` sees it change); so is a letter superscript in a derivative's denominator
  (``\partial w^m_{ij}``) and, with ``superscripts="index"``, any letter superscript (``x^n``).
  ``x^a_b`` is ``x_b^a``. ``y^*`` → ``Symbol("ystar")``.
* Numbers: integers → ``Integer``; decimals → exact ``Rational`` (``0.5`` → 1/2).
* Arithmetic is built with SymPy's normal (commutative) evaluation, so factor order is not
  kept — except in sums, products and powers that involve a transpose marker, ``ones``/``zeros``
  or a matrix: those are built with ``evaluate=False`` in written order (``x^T A x`` →
  ``Mul(transpose(x), A, x)``), so matrix factors neither commute nor cancel. Pass
  ``noncommutative={"x", "A"}`` to make names non-commutative symbols. Exact numbers are capped
  at ``MAX_DIGITS`` (4,000) digits — below Python's 4,300-digit limit for printing an int — so
  ``9^{9^{9^9}}`` or ``2^{100000}`` raise ``LatexError`` instead of allocating.
* Functions: ``\exp``/``\ln``/``\log`` (natural; ``\log_b x`` → ``log(x, b)``), trig and
  hyperbolic functions, ``\sqrt``, ``\max``/``\min`` → SymPy's own. ``\tanh^2 x`` →
  ``tanh(x)**2``. Without parentheses a function takes the next single factor (``\ln x_i``,
  ``\log \frac{a}{b}``, ``\log \sum_j …``). Names in ``functions`` (default
  ``DEFAULT_FUNCTIONS``) and ML names (softmax, relu, sigmoid, ce — lower-cased; other
  ``\text{…}``/``\operatorname{…}`` names kept as written) followed by ``(`` →
  ``Function(name)(*args)``. A subscripted call ``\sigma_i(x)`` → ``Component(sigma(x), i)``.
  Any other letter before ``(`` multiplies (``x(y+1)``).
* Application or product: with ``calls="auto"`` (the default) ``name(…)`` is a call for names in
  ``functions``, built-ins, ``\operatorname``/``\mathrm`` names, primed names, names of three
  letters or more (``CrossEntropy(y, \hat y)``) and any call with a comma (``u(a, b)``);
  ``calls="apply"`` makes every name before ``(`` a call, ``calls="multiply"`` only the known
  ones. :func:`parse_readings` returns every distinct reading.
* Operators (markers the resolver gives a meaning, see ``verifier.documents.operators``):
  ``\|x\|``, ``\|X\|_F`` → ``norm(x)``; ``\|x\|_p`` → ``norm(x, p)``; ``\odot``/``\circ`` →
  ``hadamard(a, b)``; ``\otimes`` → ``kron(a, b)``; ``\langle a, b \rangle_W`` → ``inner(a, b, W)``;
  ``\operatorname{tr}``, ``\det``, ``\operatorname{diag}`` → ``tr``, ``det``, ``diag``. An index on
  brackets or a call is an entry: ``[A + A^\top]_{ki}``, ``\mathrm{softmax}(o)_j`` → ``Component``.
  ``[a, b, c]`` is a row vector. ``y!`` is ``factorial(y)``.
* Calculus: ``\frac{\partial E}{\partial x}``, ``\frac{dE}{dx}`` and the operator forms
  ``\frac{\partial}{\partial x} …`` → ``Derivative(E, x)`` (unevaluated; ``x`` may be
  ``Indexed``). An operator form, like ``\sum``/``\prod``, applies to the following product
  up to the next top-level ``+``/``-``. ``f'(x)`` → ``Derivative(f(x), x)``; ``(…)'`` →
  ``Derivative(…, prime_var)``. ``\partial_x f`` → ``Derivative(f, x)``. ``\nabla_x f`` →
  ``Function("grad")(f, x)`` (a marker); ``\nabla f(x)`` →
  ``grad(f(x), x)``; ``\nabla f`` → ``grad(f)``; ``\nabla^2`` → ``hessian``. ``\frac{dg}{dx}(x)`` →
  ``Derivative(g(x), x)``; ``\frac{\partial g(h(x))}{\partial h(x)}`` → ``Subs(Derivative(g(u), u), u, h(x))``;
  ``\left. … \right|_{x=a}`` → ``Subs(…, x, a)``. A ``\partial`` forgotten on one side of a
  fraction whose other side has it (``\frac{\partial}{o_k}``) is restored.
* ``\sum_{i=1}^{N}`` → ``Sum(body, (i, 1, N))``; without bounds (``\sum_i``) the bounds are the
  placeholders ``implicit_bounds(i)`` = ``(Symbol("i__lo"), Symbol("i__hi"))``, which the
  resolver replaces with the declared range. ``\substack{i=1 \\ i \neq r}`` →
  ``Sum(Piecewise((body, Ne(i, r)), (0, True)), (i, 1, K))``; ``\sum_{i \neq j}`` and
  ``\sum_{i : i \neq j}`` likewise over the implicit range; ``\sum_{i,j}`` sums over both;
  ``\substack{-m \leq j \leq m \\ j \neq 0}`` → bounds ``(j, -m, m)`` and the condition.
* ``\mathbb{1}[y=k]``, ``\mathbf{1}_{[y==1]}``, ``I(y=k)``, ``1[y=k]`` →
  ``Piecewise((1, Eq(y, k)), (0, True))``.
* ``x^T``, ``x^\top`` → ``Function("transpose")(x)`` (a marker); ``bmatrix``/``pmatrix`` →
  ``ImmutableMatrix``; ``cases`` → ``Piecewise``; ``|x|`` → ``Abs(x)``.
* Refused with ``LatexError`` and the reason (the checker reports the step SKIPPED): ellipses
  (``\dots``, ``\vdots``), integrals, limits, an expectation without brackets (``\mathbb{E} X``),
  a conditional bar outside a name's parentheses (``\{x \mid x > 0\}``), argmax/argmin, relation signs
  outside conditions (split chains first), prose ``\text{…}``, shape superscripts
  (``^{n \times d}``), ``D_x`` operators, derivatives with respect to expressions other than a
  call's argument, ``(…)'`` without ``prime_var``. An unbalanced bracket is named with its column.
* ``\mathbb{E}[a]``, ``E[a]``, ``\operatorname{E}(a)``, ``\mathbb{E}_{x \sim p}[a]`` →
  ``Expectation(a[, Label(subscript)])``; ``\text{Var}(a)``, ``\text{Cov}(a, b)``, ``\text{Bias}(a)`` →
  ``Statistic(Label(name), …)`` (:mod:`verifier.latex.functionals`; the checker decides their meaning).
* ``P(t=1|z)``, ``p(y \mid X; w)``, ``\mathcal{L}(\theta|t,z)`` → ``Symbol("P(t=1|z)")`` (a named quantity);
  ``P(t_i=1|z_i)`` → ``Indexed(IndexedBase("P(t_=1|z_)"), i)``; ``\mathcal{N}(x \mid \mu, \sigma^2)`` →
  ``normal(x, mu, sigma**2)``, ``\text{Bern}(y|p)`` → ``bernoulli(y, p)`` (:mod:`verifier.latex.probability`).
* Unicode (θ, −, ·, ×, ∂, ∇, ∑, ², ᵀ, ≤, ‖ …) reads as the LaTeX it stands for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import sympy
from lark import Lark, Token
from lark.exceptions import LarkError, UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from verifier.latex.build import Builder
from verifier.latex.grammar import GRAMMAR, TokenFeed
from verifier.latex.larkcache import cached_lark
from verifier.latex.parsememo import remembered
from verifier.latex.rewrite import check_nesting, rewrite
from verifier.latex.slices import as_slices
from verifier.latex.tokenizer import Tokenizer
from verifier.latex.vocabulary import (
    ARGUMENTS,
    CALLS,
    CLOSERS,
    COLON,
    COMMA,
    DEFAULT_FUNCTIONS,
    DESCRIBE,
    LBRACE,
    LCALL,
    MACROS,
    MAX_SOURCE_CHARS,
    MINUS,
    NABLA,
    OPENERS,
    OPTIONS,
    PARTIAL,
    PARTIALS,
    PLUS,
    PROD,
    RBRACE,
    RBRACK,
    RPAREN,
    SUBSCRIPTS,
    SUBWORD,
    SUM,
    SUPERSCRIPTS,
    Component,
    LatexError,
    Options,
    Tok,
    implicit_bounds,
)

__all__ = [
    "DEFAULT_FUNCTIONS",
    "Component",
    "LatexError",
    "Reading",
    "implicit_bounds",
    "parse_latex",
    "parse_readings",
]


@cache
def _lark() -> Lark:
    """The parser, built once per process; its LALR tables are kept between processes (:mod:`.larkcache`)."""
    return cached_lark(GRAMMAR, _build_lark, {"transformer": Builder()})


def _build_lark() -> Lark:
    return Lark(GRAMMAR, parser="lalr", lexer=TokenFeed, transformer=Builder(), maybe_placeholders=False)


def _describe(tok: Token | None) -> str:
    if tok is None:
        return "end of input"
    if tok.type in DESCRIBE:
        return DESCRIBE[tok.type]
    return f"'{tok.value}'"


def _bracket_problem(toks: list[Tok]) -> LatexError | None:
    """An unbalanced bracket, named with its column (checked when the grammar fails)."""
    stack: list[Tok] = []
    for t in toks:
        if t.type in OPENERS:
            stack.append(t)
        elif t.type in CLOSERS:
            if not stack:
                return LatexError(f"'{t.value}' closes no bracket", t.pos + 1)
            opener = stack.pop()
            if OPENERS[opener.type] != t.type and not (opener.type == LCALL and t.type == RPAREN):
                return LatexError(
                    f"the '{opener.value}' at column {opener.pos + 1} is closed by '{t.value}'", t.pos + 1
                )
    if stack:
        opener = stack[-1]
        closer = {"(": ")", "[": "]", "\\{": "\\}", "{": "}", "\\langle": "\\rangle"}.get(opener.value)
        if closer is None:
            closer = (
                opener.value.replace("\\begin", "\\end") if opener.value.startswith("\\begin") else "a closing bracket"
            )
        return LatexError(f"missing '{closer}' for the '{opener.value}' at column {opener.pos + 1}", opener.pos + 1)
    return None


_ENDS = frozenset({"$END", RBRACE, RPAREN, RBRACK, PLUS, MINUS})


def _missing_operand(toks: list[Tok]) -> LatexError | None:
    r"""An operator with nothing after it: ``\frac{\partial}{\partial x}`` alone, ``\sum_K`` as a name."""
    if not toks:
        return None
    k = len(toks) - 1
    if toks[k].type == SUBWORD and k > 0 and toks[k - 1].type in (SUM, PROD):
        return LatexError(f"{toks[k - 1].value}_{toks[k].value} with nothing to sum (an operator used as a name?)")
    if toks[k].type == RBRACE:
        depth, m = 0, k
        for m in range(k, -1, -1):
            depth += (toks[m].type in CLOSERS) - (toks[m].type in OPENERS)
            if depth == 0:
                break
        if m >= 4 and toks[m - 1].type == RBRACE and toks[m - 2].type == PARTIAL and toks[m - 3].type == LBRACE:
            return LatexError("a derivative operator \\frac{\\partial}{\\partial x} with nothing to differentiate")
    if toks[k].type == NABLA or (toks[k].type == SUBWORD and k > 0 and toks[k - 1].type == NABLA):
        return LatexError("\\nabla with nothing to differentiate")
    return None


def _lark_error(exc: UnexpectedInput, toks: list[Tok]) -> LatexError:
    """A readable message for a grammar error (``toks``: the input, to look at what came before)."""
    bracket = _bracket_problem(toks)
    if bracket is not None:
        return bracket
    tok = getattr(exc, "token", None)
    at_end = tok is None or tok.type == "$END" or tok.start_pos is None
    before = [t for t in toks if at_end or t.pos < tok.start_pos]
    missing = _missing_operand(before)
    if missing is not None and (isinstance(exc, UnexpectedEOF) or tok is None or tok.type in _ENDS):
        return missing
    if isinstance(exc, UnexpectedEOF) or (tok is not None and tok.type == "$END"):
        return LatexError("unexpected end of formula (missing operand or unbalanced bracket?)")
    if isinstance(exc, UnexpectedToken) and tok is not None:
        column = tok.start_pos + 1 if tok.start_pos is not None else None
        if tok.type == "IN":
            before_in = [t for t in toks if t.pos < (tok.start_pos or 0)]
            big = max((k for k, t in enumerate(before_in) if t.type in (SUM, PROD)), default=None)
            if big is not None and any(t.type == COMMA for t in before_in[big:]):
                return LatexError(
                    "a sum over the tuples of a set (\\sum_{u,i \\in S}) cannot be checked: which tuples the set "
                    "holds is not known",
                    column,
                )
            return LatexError("relation \\in is not part of a checkable formula", column)
        if tok.type == "REL":
            return LatexError(
                f"relation '{tok.value}' inside a formula: chains must be split at relations first", column
            )
        previous = [t for t in toks if t.pos < (tok.start_pos or 0)]
        if tok.type == "PARTIAL" or (previous and previous[-1].type == PARTIAL):
            return LatexError("'\\partial' outside a fraction \\frac{\\partial …}{\\partial x}", column)
        after_colon = len(previous) > 1 and previous[-1].type == COLON and previous[-2].type in (LBRACE, COMMA)
        if (tok.type == COLON and previous and previous[-1].type in (LBRACE, COMMA)) or after_colon:
            return LatexError("only a whole column w_{:,j} or row W_{i,:} can be sliced", column)
        if tok.type in ("_COMMA",):
            return LatexError(
                "a comma outside a function call (a tuple (a, b) is read only where it stands alone)", column
            )
        if tok.type in ("_AMP", "_ROWSEP"):
            return LatexError(f"{_describe(tok)} outside a matrix or cases environment", column)
        return LatexError(f"unexpected {_describe(tok)}", column)
    if isinstance(exc, UnexpectedCharacters):
        return LatexError("unexpected character", getattr(exc, "column", None))
    return LatexError(f"cannot parse: {exc}")


def tokenize(src: str, functions: frozenset[str] = DEFAULT_FUNCTIONS, **readings: str) -> list[Tok]:
    """The token list fed to the grammar (exposed for debugging and tests)."""
    opts = Options(functions=frozenset(functions), **readings)
    token = OPTIONS.set(opts)
    try:
        toks = Tokenizer(src).run()
        check_nesting(toks)
        return rewrite(toks, opts)
    finally:
        OPTIONS.reset(token)


# a trailing type annotation: "C = BV \in \mathbb{R}^{n \times h}" states the shape of the value
_ANNOTATION = re.compile(r"\\in\s*\\mathbb\s*\{\s*[RCNZQ]\s*\}\s*(?:\^\s*(?:\{[^{}]*\}|\w|\\\w+))?\s*$")


def _drop_annotation(src: str) -> str:
    r"""``BV \in \mathbb{R}^{n \times h}`` → ``BV``: the annotation gives a shape, not a value.

    Only a trailing ``\in`` at the top level (outside any brace or bracket) with something before
    it: ``\sum_{w \in V}`` and ``\left(x \in \mathbb{R}\right)`` are left alone (and refused).
    """
    match = _ANNOTATION.search(src)
    if match is None or not src[: match.start()].strip():
        return src
    head = src[: match.start()]
    depth = 0
    for ch in head:
        depth += (ch in "{([") - (ch in "})]")
    return head if depth == 0 else src


def _check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")


def parse_latex(
    src: str,
    *,
    prime_var: sympy.Symbol | sympy.Indexed | None = None,
    functions: frozenset[str] = DEFAULT_FUNCTIONS,
    noncommutative: frozenset[str] = frozenset(),
    calls: str = "auto",
    superscripts: str = "power",
    arguments: str = "factor",
    subscripts: str = "number",
    partials: str = "written",
    macros: str = "opaque",
) -> sympy.Expr:
    """Parse one formula (no relation sign at top level) into a neutral SymPy tree.

    ``calls``, ``superscripts``, ``arguments``, ``subscripts`` and ``partials`` choose a reading of
    ambiguous notation (see ``Options``);
    :func:`parse_readings` returns every distinct reading. Raises ``LatexError`` for anything it
    cannot read faithfully; never any other exception (a bad option is a ``ValueError``).
    """
    _check_choice("calls", calls, CALLS)
    _check_choice("superscripts", superscripts, SUPERSCRIPTS)
    _check_choice("arguments", arguments, ARGUMENTS)
    _check_choice("subscripts", subscripts, SUBSCRIPTS)
    _check_choice("partials", partials, PARTIALS)
    _check_choice("macros", macros, MACROS)
    if not isinstance(src, str):
        raise LatexError("formula must be a string")
    if len(src) > MAX_SOURCE_CHARS:
        raise LatexError(f"formula too long ({len(src)} characters, limit {MAX_SOURCE_CHARS})")
    if not src.strip():
        raise LatexError("empty formula")
    _lark()  # outside the try: a broken grammar must crash loudly, not look like bad input
    opts = Options(
        prime_var=prime_var,
        functions=frozenset(functions),
        noncommutative=frozenset(noncommutative),
        calls=calls,
        superscripts=superscripts,
        arguments=arguments,
        subscripts=subscripts,
        partials=partials,
        macros=macros,
    )
    # the same text with the same options: the tree built the first time (latex.parsememo)
    return remembered((src, opts), lambda: _parse_uncached(src, opts))


def _parse_uncached(src: str, opts: Options) -> sympy.Expr:
    """:func:`parse_latex` after its checks, building the tree."""
    parser = _lark()  # (cached: built by the call in parse_latex)
    token = OPTIONS.set(opts)
    toks: list[Tok] = []
    src = as_slices(_drop_annotation(src))  # W[:, j], w_{\cdot j}: the slice W_{:,j} (latex.slices)
    try:
        toks = Tokenizer(src).run()
        check_nesting(toks)
        toks = rewrite(toks, opts)
        return parser.parse(toks)  # type: ignore[return-value]
    except LatexError:
        raise
    except UnexpectedInput as exc:
        raise _lark_error(exc, toks) from None
    except RecursionError:
        raise LatexError("formula nested too deeply") from None
    except (LarkError, Exception) as exc:  # SymPy may reject a construct in many ways: report, never crash
        raise LatexError(f"cannot build this formula: {type(exc).__name__}: {exc}") from exc
    finally:
        OPTIONS.reset(token)


@dataclass(frozen=True)
class Reading:
    """One reading of a formula: the options that give it, the tree, and how to say it to a reader."""

    options: dict[str, str]
    tree: sympy.Basic
    note: str


_READINGS: tuple[tuple[dict[str, str], str], ...] = (
    ({}, ""),
    ({"calls": "apply"}, "every name written before '(' is a function applied to it"),
    ({"calls": "multiply"}, "a name before '(' multiplies unless it is a known function"),
    ({"superscripts": "index"}, "a letter superscript (x^n) is a sample index, not a power"),
    ({"calls": "apply", "superscripts": "index"}, "names before '(' are functions; letter superscripts are indices"),
    ({"arguments": "product"}, "a function without parentheses applies to the whole product after it"),
    ({"subscripts": "digits"}, "a subscript of digits names one index per digit (w_{12} is row 1, column 2)"),
    ({"partials": "restored"}, "a \\partial forgotten on one side of a derivative is restored"),
)


def _shape(tree: sympy.Basic) -> sympy.Basic:
    """The tree with its dummies renamed, so equal readings compare equal."""
    dummies = sorted(tree.atoms(sympy.Dummy), key=str)
    return tree.xreplace({d: sympy.Symbol(f"_dummy{k}") for k, d in enumerate(dummies)})


def parse_readings(
    src: str,
    *,
    prime_var: sympy.Symbol | sympy.Indexed | None = None,
    functions: frozenset[str] = DEFAULT_FUNCTIONS,
    noncommutative: frozenset[str] = frozenset(),
) -> list[Reading]:
    """Every distinct reading of ambiguous notation (application or product, power or index).

    The default reading comes first when it parses; a checker that calls a step FAILED only when
    every reading fails tries them all. Raises the default reading's ``LatexError`` if none parses.
    """
    found: list[Reading] = []
    seen: list[sympy.Basic] = []
    first_error: LatexError | None = None
    for opts, note in _READINGS:
        try:
            tree = parse_latex(src, prime_var=prime_var, functions=functions, noncommutative=noncommutative, **opts)
        except LatexError as exc:
            first_error = first_error or exc
            continue
        shape = _shape(tree)
        if any(shape == s for s in seen):
            continue
        seen.append(shape)
        found.append(Reading(dict(opts), tree, note))
    if not found:
        assert first_error is not None
        raise first_error
    return found
