r"""The rewrite pass: the token decisions that need to look ahead or behind.

Kept out of the grammar so the grammar stays LALR(1) and small. In order (see :func:`rewrite`):
stray ``{}`` dropped; ``\partial J/\partial U`` is ``\frac{\partial J}{\partial U}``
(:mod:`verifier.latex.slashderivatives`); ``E[…]`` refused; ``e^…`` is exp; superscripts and
subscripts (:mod:`verifier.latex.scripts`: ``x^a_b`` is ``x_b^a``; transposes, primes, stars, layer
names, sample labels, powers; ``a'_i`` as ``a_i'``); indicators ``\mathbb{1}[y=k]``; ``\frac{d…}{d x}``
differentials (and ``\frac{dg}{dx}(x)`` applied); ``name(`` calls, by the ``calls`` reading; ``|…|``,
``‖…‖`` and evaluation bars by context (a ``|`` that closes nothing is a conditional, refused); under
``arguments="product"``, parentheses around what a parenless function takes.
"""

from __future__ import annotations

from collections.abc import Iterator

from verifier.latex.constantarguments import constant_arguments
from verifier.latex.inverses import inverse_calls
from verifier.latex.iverson import iverson_brackets
from verifier.latex.probability import conditionals
from verifier.latex.scaledtuples import numbers_scale_tuple
from verifier.latex.scripts import primes_after_subscripts, script_group, scripts, swap_scripts
from verifier.latex.slashderivatives import slash_derivatives
from verifier.latex.slashforms import slash_inner_products
from verifier.latex.vocabulary import (
    AMP,
    BAR,
    CARET,
    CLOSERS,
    COLON,
    COMMA,
    DIV,
    DSTAR,
    ENDS_OPERAND,
    EXP_E,
    EXPECT,
    FNAME,
    FRAC,
    FUNC,
    FUNCID,
    GREEKT,
    HPROD,
    IDENT,
    IF,
    INDICATOR,
    LBAR,
    LBRACE,
    LBRACK,
    LCALL,
    LCURLY,
    LEFTDOT,
    LETTER,
    LEVAL,
    LNORM,
    LPAREN,
    LTUPLE,
    MAX_NESTING,
    MINUS,
    MULOP,
    NABLA,
    NAMEISH,
    NBAR,
    NUMBER,
    ONEST,
    OPENERS,
    OTHERWISE,
    PARTIAL,
    PLUS,
    PRIME,
    PROD,
    RBAR,
    RBRACE,
    RBRACK,
    REL,
    REVAL,
    RIGHTBAR,
    RNORM,
    ROWSEP,
    RPAREN,
    SUBWORD,
    SUM,
    TEXTNAME,
    TOP,
    TRANSPOSET,
    UNDER,
    LatexError,
    Options,
    Tok,
)
from verifier.latex.vocabulary import matching_closer as _matching


def check_nesting(toks: list[Tok]) -> None:
    depth = 0
    for t in toks:
        if t.type in OPENERS:
            depth += 1
            if depth > MAX_NESTING:
                raise LatexError("formula nested too deeply", t.pos + 1)
        elif t.type in CLOSERS:
            depth -= 1


def _after_sub(toks: list[Tok], k: int) -> int:
    """Index after an optional subscript starting at ``k``."""
    if k < len(toks) and toks[k].type == SUBWORD:
        return k + 1
    if k + 1 < len(toks) and toks[k].type == UNDER and toks[k + 1].type == LBRACE:
        end = _matching(toks, k + 1)
        return end + 1 if end > 0 else k
    return k


def _indicators(toks: list[Tok]) -> list[Tok]:
    r"""``\mathbb{1}[y=k]``, ``\mathbf{1}_{[y==1]}``, ``I(y=k)``, ``1[y=k]``: indicator functions."""
    n = len(toks)
    out: list[Tok] = []
    k = 0
    while k < n:
        t = toks[k]
        is_head = (
            t.type == ONEST or (t.type in (LETTER, IDENT) and t.value == "I") or (t.type == NUMBER and t.value == "1")
        )
        if is_head:
            m = k + 1
            braced = m + 1 < n and toks[m].type == UNDER and toks[m + 1].type == LBRACE
            if braced:
                m += 2
            if braced and (sub := _braced_condition(toks, m - 1)) is not None:  # \mathbb{1}_{x > 0}
                end, inner = sub
                out.extend([Tok(INDICATOR, t.value, t.pos), Tok(LBRACK, "[", toks[m - 1].pos), *inner,
                            Tok(RBRACK, "]", toks[end].pos)])  # fmt: skip
                k = end + 1
                continue
            if m < n and toks[m].type in (LBRACK, LPAREN, LCURLY):
                end = _matching(toks, m)
                inner = toks[m + 1 : end] if end > 0 else []
                depth = 0
                has_rel = False
                for x in inner:
                    depth += x.type in OPENERS
                    depth -= x.type in CLOSERS
                    has_rel |= depth == 0 and x.type == REL
                if has_rel and (not braced or (end + 1 < n and toks[end + 1].type == RBRACE)):
                    out.append(Tok(INDICATOR, t.value, t.pos))
                    out.append(Tok(LBRACK, "[", toks[m].pos))
                    out.extend(inner)
                    out.append(Tok(RBRACK, "]", toks[end].pos))
                    k = end + 2 if braced else end + 1
                    continue
        out.append(t)
        k += 1
    return out


def _braced_condition(toks: list[Tok], opening: int) -> tuple[int, list[Tok]] | None:
    r"""The ``{…}`` at ``opening`` when it holds a relation at its top (``\mathbb{1}_{x > 0}``, an indicator's
    condition written as its subscript): (the index of its ``}``, the tokens inside); else None
    (``\mathbf{1}_{n}`` is a vector of ones)."""
    end = _matching(toks, opening)
    if end <= 0:
        return None
    inner = toks[opening + 1 : end]
    if inner and inner[0].type in (LBRACK, LPAREN, LCURLY):
        return None  # \mathbf{1}_{[y = 1]}: the bracketed form, read below
    depth = 0
    for x in inner:
        depth += x.type in OPENERS
        depth -= x.type in CLOSERS
        if depth == 0 and x.type == REL:
            return end, inner
    return None


def _differentials(toks: list[Tok], opts: Options) -> None:
    r"""``\frac{d…}{d x}``: the d's are differentials; ``\frac{dg}{dx}(x)`` applies the derivative."""
    n = len(toks)
    for k in range(n - 1):
        if toks[k].type == FRAC and toks[k + 1].type == LBRACE:
            end1 = _matching(toks, k + 1)
            if 0 < end1 < n - 3 and toks[end1 + 1].type == LBRACE:
                num, den = toks[k + 2], toks[end1 + 2]
                after = toks[end1 + 3]
                if (
                    num.type in (LETTER, IDENT) and num.value == "d"
                    and den.type in (LETTER, IDENT) and den.value == "d"
                    and after.type in NAMEISH | {LPAREN, TEXTNAME}  # d\,\mathrm{MSE}: a name as a word
                ):  # fmt: skip
                    num.type = den.type = PARTIAL
                    # \frac{dx}{dt}… with several differentials in the denominator
                    m = end1 + 3
                    end2 = _matching(toks, end1 + 1)
                    while m < end2:
                        if toks[m].type == LETTER and toks[m].value == "d" and m > end1 + 3:
                            prev = toks[m - 1].type
                            if prev in NAMEISH | {SUBWORD, RBRACE}:
                                toks[m].type = PARTIAL
                        m += 1
                end2 = _matching(toks, end1 + 1)
                body = toks[k + 3 : end1]
                close = _matching(toks, end2 + 1) if 0 < end2 < n - 1 and toks[end2 + 1].type == LPAREN else -1
                at_variable = close > 0 and [(t.type, t.value) for t in toks[end2 + 2 : close]] == [
                    (t.type, t.value) for t in toks[end1 + 3 : end2]
                ]  # \frac{dg}{dx}(x): the point is the variable itself
                if (
                    num.type == PARTIAL
                    and close > 0
                    and len(body) in (1, 2)
                    and body[0].type in NAMEISH
                    and (len(body) == 1 or body[1].type == SUBWORD)
                    and opts.calls != "multiply"
                    and (opts.calls == "apply" or (at_variable and body[0].value in opts.functions))
                ):
                    toks[end2 + 1].type = LCALL  # \frac{dg}{dx}(x): the derivative of g at x


def _inside_top(toks: list[Tok], open_at: int) -> Iterator[Tok]:
    """The tokens at the top level of the brackets opened at ``open_at`` (what nested brackets hold
    left out): where a call's separators are."""
    end = _matching(toks, open_at)
    depth = 0
    for t in toks[open_at + 1 : end if end > 0 else len(toks)]:
        depth += (t.type in OPENERS) - (t.type in CLOSERS)
        if depth == 0:
            yield t


def _has_top_comma(toks: list[Tok], open_at: int) -> bool:
    return any(t.type == COMMA for t in _inside_top(toks, open_at))


def _lone_bar(toks: list[Tok], open_at: int) -> Tok | None:
    r"""The one ``‖`` at the top level of the parentheses opened at ``open_at`` (``KL(p \| q)``,
    ``D(P \parallel Q)``: the separator of a divergence's two arguments), else None: two bars
    there are a norm (``f(\|x\|)``)."""
    bars = [t for t in _inside_top(toks, open_at) if t.type == NBAR]
    return bars[0] if len(bars) == 1 else None


def _powered_calls(toks: list[Tok], opts: Options) -> list[Tok]:
    r"""``h^2(x)`` with ``h`` a function (of ``opts.functions``, or primed in the same formula:
    ``g'(x) h(x) - g(x) h'(x)``) is ``h(x)^2``, as ``\sin^2(x)`` is ``(\sin x)^2``: the power
    tokens move after the call. Only a positive integer power: ``f^{-1}(x)`` is the inverse
    function, not ``1/f(x)``, and stays as written."""
    primed = {t.value for k, t in enumerate(toks[:-1]) if toks[k + 1].type == PRIME}
    closers: dict[int, int] = {}  # opener index → its closer, in one pass (a long unbalanced input stays linear)
    stack: list[int] = []
    for i, tok in enumerate(toks):
        if tok.type in OPENERS:
            stack.append(i)
        elif tok.type in CLOSERS and stack:
            closers[stack.pop()] = i
    out = list(toks)
    k = 0
    while k < len(out) - 5:
        t = out[k]
        if (
            t.type in (LETTER, GREEKT, IDENT, TEXTNAME)  # \operatorname{sinc}^2(x) too (lecture23)
            and (t.value in opts.functions or t.value in primed)
            and out[k + 1].type == CARET
            and out[k + 2].type == LBRACE
            and out[k + 3].type == NUMBER
            and out[k + 3].value.isdigit()
            and int(out[k + 3].value) >= 2
            and out[k + 4].type == RBRACE
            and out[k + 5].type == LPAREN
        ):
            close = closers.get(k + 5, -1)  # tokens before k + 5 never moved: the index still holds
            if close > 0:
                power = out[k + 1 : k + 5]
                out[k + 1 : close + 1] = [*out[k + 5 : close + 1], *power]
                t.type = FUNCID  # a function by the evidence above, though it is no call of opts.functions
                k = close + 1
                continue
        k += 1
    return out


def _calls(toks: list[Tok], opts: Options) -> None:
    r"""``f(…)``, ``\sigma_i(…)``, ``f'(…)``, ``\text{softmax}(…)``, ``u(a, b)``: function calls."""
    n = len(toks)
    functions = opts.functions
    for k in range(n):
        t = toks[k]
        if t.type in (LETTER, GREEKT, IDENT, TEXTNAME, FNAME):
            m = _after_sub(toks, k + 1)
            primes = 0
            while m < n and toks[m].type == PRIME:
                m += 1
                primes += 1
            called = m < n and toks[m].type == LPAREN
            after_operator = k > 0 and (
                toks[k - 1].type in (PARTIAL, NABLA)
                or (toks[k - 1].type == SUBWORD and k > 1 and toks[k - 2].type == NABLA)
            )  # \partial J(θ), \nabla_θ J(θ): what is differentiated is a function of its argument
            known = t.type in (TEXTNAME, FNAME) or t.value in functions or primes or after_operator
            lone = _lone_bar(toks, m) if called else None
            if called and (known or opts.calls == "apply" or _has_top_comma(toks, m) or lone is not None):
                t.type = FUNCID
                if lone is not None:  # KL(p ‖ q): two arguments
                    lone.type, lone.value = COMMA, ","
                close = _matching(toks, m)
                inside = [x for x in toks[m + 1 : close] if x.type != COMMA] if close > 0 else []
                if inside and all(x.type == MULOP and x.value in ("\\cdot", "·") for x in inside):
                    raise LatexError(
                        f"{t.value}(·, …) with placeholder arguments names the function itself, not a value", t.pos + 1
                    )
            elif t.type == FNAME and k > 0 and (toks[k - 1].type == PARTIAL or after_operator):
                t.type = IDENT  # \frac{\partial CE}{\partial θ}, \nabla_θ CE: the loss named CE
            elif t.type == FNAME:
                raise LatexError(f"function {t.value} needs a parenthesised argument", t.pos + 1)
            elif t.type == TEXTNAME:
                t.type = IDENT
        if t.type == LETTER and t.value == "D" and k + 2 < n and toks[k + 1].type in (SUBWORD, UNDER):
            m = _after_sub(toks, k + 1)
            if (
                m < n
                and toks[m].type in (FUNC, FUNCID, LETTER, GREEKT)
                and (toks[m].type in (FUNC, FUNCID) or toks[m].value in functions)
            ):
                raise LatexError("operator notation D_x … is not supported", t.pos + 1)


def _closes_later(toks: list[Tok], k: int, kinds: tuple[str, ...]) -> bool:
    """Is there a bar of ``kinds`` after ``k`` before the enclosing bracket closes?"""
    depth = 0
    for t in toks[k + 1 :]:
        if t.type in OPENERS:
            depth += 1
        elif t.type in CLOSERS:
            depth -= 1
            if depth < 0:
                return False
        elif depth == 0 and t.type in kinds:
            return True
    return False


def _bars(toks: list[Tok]) -> list[Tok]:
    r"""``|…|`` and ``‖…‖`` open or close by context; ``\left. … \right|_{x=a}`` evaluates."""
    open_bars = 0
    open_norms = 0
    out: list[Tok] = []
    for k, t in enumerate(toks):
        prev = out[-1].type if out else None
        if t.type == LBAR:
            open_bars += 1
        elif t.type == RBAR:
            open_bars -= 1
        elif t.type == LNORM:
            open_norms += 1
        elif t.type == RNORM:
            open_norms -= 1
        elif t.type == NBAR:
            if open_norms > 0 and prev in ENDS_OPERAND:
                t.type = RNORM
                open_norms -= 1
            else:
                t.type = LNORM
                open_norms += 1
        elif t.type in (BAR, RIGHTBAR):
            evaluation = k + 2 < len(toks) and toks[k + 1].type == UNDER and toks[k + 2].type == LBRACE
            evaluation = evaluation and any(x.type == REL for x in toks[k + 2 : _matching(toks, k + 2)])
            if evaluation and not (open_bars > 0 and prev in ENDS_OPERAND and t.type == BAR):
                start = max((m for m, x in enumerate(out) if x.type == LEFTDOT), default=-1)
                if start >= 0:
                    out[start] = Tok(LEVAL, "\\left.", out[start].pos)
                else:  # f'(x)|_{x=0}: the bar evaluates everything before it
                    out.insert(0, Tok(LEVAL, "", t.pos))
                out.append(Tok(REVAL, "|", t.pos))
                continue
            if open_bars > 0 and prev in ENDS_OPERAND:
                t.type = RBAR
                open_bars -= 1
            elif t.type == RIGHTBAR:
                continue
            elif not _closes_later(toks, k, (BAR, RBAR, RIGHTBAR)):
                raise LatexError("a conditional bar '|' (as in P(x | y)) cannot be checked", t.pos + 1)
            else:
                t.type = LBAR
                open_bars += 1
        out.append(t)
    return [t for t in out if t.type != LEFTDOT]


def _expectations(toks: list[Tok]) -> None:
    """``E[y]``: an italic E right before a square bracket is an expectation, not E times y
    (``E(x)`` stays what it is elsewhere: an energy, a function of x)."""
    for k in range(len(toks) - 1):
        if toks[k].type == LETTER and toks[k].value == "E" and toks[k + 1].type == LBRACK:
            toks[k].type = EXPECT


_ARGUMENT_STOPS = frozenset({PLUS, MINUS, MULOP, DIV, REL, COMMA, AMP, ROWSEP, HPROD, FUNC, FUNCID, SUM, PROD,
                             NABLA, PARTIAL, IF, OTHERWISE, COLON})  # fmt: skip
_BAR_OPEN = {LBAR: RBAR, LNORM: RNORM, LEVAL: REVAL}


def _product_arguments(toks: list[Tok]) -> list[Tok]:
    r"""``\log 2\pi\sigma^2`` → ``\log(2\pi\sigma^2)``: a function written without parentheses
    takes the whole juxtaposed product after it, up to the next operator or function."""
    out = list(toks)
    k = 0
    while k < len(out):
        if out[k].type != FUNC:
            k += 1
            continue
        s = k + 1
        while s < len(out) and (out[s].type == SUBWORD or script_group(out, s) > 0):
            s = (s + 1) if out[s].type == SUBWORD else script_group(out, s) + 1
        if s >= len(out) or out[s].type == LPAREN:
            k += 1
            continue
        e = _argument_end(out, s)
        out[s:e] = [Tok(LPAREN, "(", out[s].pos), *out[s:e], Tok(RPAREN, ")", out[e - 1].pos)]
        k += 1
    return out


def _argument_end(toks: list[Tok], s: int) -> int:
    """Where the juxtaposed product that starts at ``s`` ends: the next operator, relation or function at its
    depth, or the bracket that closes its group."""
    depth = 0
    e = s
    while e < len(toks):
        kind = toks[e].type
        if depth == 0 and e > s and kind in _ARGUMENT_STOPS:
            break
        if kind in OPENERS or kind in _BAR_OPEN:
            depth += 1
        elif kind in CLOSERS or kind in _BAR_OPEN.values():
            if depth == 0:
                break
            depth -= 1
        e += 1
    return e


def _empty_groups(toks: list[Tok]) -> list[Tok]:
    """A stray ``{}`` after an operand (``\\frac{a}{b}{}``) is nothing in TeX, and so is an empty
    superscript or subscript (``\\sum_{w}^{}``)."""
    out: list[Tok] = []
    for t in toks:
        if t.type == RBRACE and out and out[-1].type == LBRACE and len(out) > 1:
            if out[-2].type in ENDS_OPERAND:
                out.pop()
                continue
            if out[-2].type in (CARET, UNDER):
                del out[-2:]
                continue
        out.append(t)
    return out


# what may stand before a tuple: nothing, an operator or an opening bracket (never a name or a value,
# where '(' would be a call or a product, and a call with commas was decided by _calls already)
_BEFORE_TUPLE = frozenset({PLUS, MINUS, MULOP, COMMA, LPAREN, LBRACK, LBRACE, LCURLY, AMP, ROWSEP, NUMBER})


def _tuples(toks: list[Tok]) -> list[Tok]:
    r"""``(a, b, c)`` standing alone is a tuple: the coordinates of a column vector. Written transposed,
    ``(0, 2)^\top`` is that column too: the coordinates are written in a row and turned into the column
    (the transpose is dropped; read as the transpose of a column it was a row, and ``\nabla f(1, 0) =
    (0, 2)^\top`` FAILED on the shapes).

    A transposed tuple after a bracketed value is coordinates too (an inner product is never transposed):
    ``(0.5 - 1)(1, 2)^\top`` is that value times the column. After a name or a brace it may be a call's
    arguments (``\operatorname{Score}(Q, K)^T``, a function the notes define): left to the grammar."""
    drop: set[int] = set()
    for k, t in enumerate(toks):
        if t.type != LPAREN or not _has_top_comma(toks, k):
            continue
        end = _matching(toks, k)
        transposed = 0 < end < len(toks) - 1 and toks[end + 1].type == TRANSPOSET
        if (
            k == 0
            or toks[k - 1].type in _BEFORE_TUPLE
            or (transposed and toks[k - 1].type == RPAREN)
            or numbers_scale_tuple(toks, k, end)
        ):  # (0.3 - 1)(2, -1): a number times a vector (scaledtuples)
            t.type = LTUPLE
            if transposed:
                drop.add(end + 1)
    return [t for i, t in enumerate(toks) if i not in drop] if drop else toks


_AFTER_NAME = frozenset({RBRACE, RPAREN, RBRACK, PLUS, REL, COMMA, ROWSEP, AMP, RNORM, DIV, MULOP, RBAR})


def _sums_as_names(toks: list[Tok]) -> list[Tok]:
    r"""``\frac{e^{\theta_i}}{\sum_K}``: a sum with nothing to sum is a name the notes give a total.

    Notes write ``\sum_K`` for "the sum over K" of a quantity they do not repeat. Where a ``\sum_X``
    (a one-word subscript, no upper bound) is followed by nothing it could sum (a closing bracket,
    ``+``, ``=``, ``,``, the end), it is the opaque quantity ``\sum_X``; then so is every ``\sum_X``
    of the same member followed by ``-`` (``\sum_K - e^{\theta_i}``: the same total, not a sum of a
    negative term). A name starting with a backslash tells the checker the reading is a guess
    (see :mod:`verifier.latex.opaque`).
    """
    named: set[str] = set()
    n = len(toks)
    for k in range(n - 1):
        if toks[k].type == SUM and toks[k + 1].type == SUBWORD and " " not in toks[k + 1].value:
            if k + 2 >= n or toks[k + 2].type in _AFTER_NAME:
                named.add(toks[k + 1].value)
    if not named:
        return toks
    out: list[Tok] = []
    k = 0
    while k < n:
        t = toks[k]
        if t.type == SUM and k + 1 < n and toks[k + 1].type == SUBWORD and toks[k + 1].value in named:
            if k + 2 >= n or toks[k + 2].type in _AFTER_NAME or toks[k + 2].type == MINUS:
                out.append(Tok(IDENT, f"\\sum_{toks[k + 1].value}", t.pos))
                k += 2
                continue
        out.append(t)
        k += 1
    return out


def rewrite(toks: list[Tok], opts: Options) -> list[Tok]:
    """The token list the grammar reads: each pass takes one kind of context-dependent decision."""
    toks = _empty_groups(toks)
    toks = conditionals(toks, opts.functions)  # P(t=1|z), N(x|μ,σ²): verifier.latex.probability
    toks = slash_derivatives(toks)
    toks = slash_inner_products(toks)  # a / x^\top x: by the inner product (verifier.latex.slashforms)
    _expectations(toks)
    n = len(toks)
    for k in range(n - 1):  # e^… is exp(…)
        if toks[k].type == LETTER and toks[k].value == "e" and toks[k + 1].type in (CARET, DSTAR):
            toks[k].type = EXP_E
    toks = swap_scripts(toks)
    toks = scripts(toks, opts.superscripts == "index", opts.subscripts == "digits", opts.partials == "restored")
    toks = _indicators(toks)
    toks = iverson_brackets(toks)  # [a = b]: verifier.latex.iverson
    toks = _sums_as_names(toks)
    _differentials(toks, opts)
    toks = primes_after_subscripts(toks)
    toks = inverse_calls(toks, opts.functions)  # \sigma^{-1}(x): verifier.latex.inverses
    toks = _powered_calls(toks, opts)
    _calls(toks, opts)
    out = _bars(toks)
    if opts.arguments == "product":
        out = _product_arguments(out)
    else:  # \sin 2\pi f t: never sin(2π)·f·t (verifier.latex.constantarguments)
        out = constant_arguments(out, _argument_end)
    out = _tuples(out)
    for t in out:
        if t.type == TOP:
            raise LatexError("\\top outside a superscript", t.pos + 1)
    return out
