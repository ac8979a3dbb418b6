r"""The rewrite pass: the few token decisions that need to look ahead or behind.

``e^…`` is exp, ``^T`` a transpose, ``f(`` a call, ``\frac{d}{dx}`` differentials, ``|…|`` bars,
indicators. Kept out of the grammar so the grammar stays LALR(1) and small.
"""

from __future__ import annotations

from verifier.latex.vocabulary import (
    BAR,
    CARET,
    CLOSERS,
    DSTAR,
    ENDS_OPERAND,
    EXP_E,
    FNAME,
    FRAC,
    FUNC,
    FUNCID,
    GREEKT,
    IDENT,
    INDICATOR,
    LBAR,
    LBRACE,
    LBRACK,
    LCURLY,
    LETTER,
    LPAREN,
    MAX_NESTING,
    NAMEISH,
    NUMBER,
    ONEST,
    OPENERS,
    PARTIAL,
    PRIME,
    RBAR,
    RBRACE,
    RBRACK,
    REL,
    RIGHTBAR,
    SUBWORD,
    TEXTNAME,
    TOP,
    TRANSPOSET,
    UNDER,
    LatexError,
    Tok,
)


def _matching(toks: list[Tok], i: int) -> int:
    """Index of the closer matching the opener at ``i`` (bars excluded), or -1."""
    depth = 0
    for k in range(i, len(toks)):
        t = toks[k].type
        if t in OPENERS:
            depth += 1
        elif t in CLOSERS:
            depth -= 1
            if depth == 0:
                return k
    return -1


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


def _layer_label(inner: list[Tok]) -> str | None:
    """``(1)`` or ``[l]`` as the whole content of a superscript: a layer label, not a power."""
    if len(inner) == 3 and inner[0].type in (LPAREN, LBRACK) and inner[2].type == OPENERS[inner[0].type]:
        if inner[1].type in (LETTER, NUMBER, GREEKT, IDENT) and "." not in inner[1].value:
            return f"{inner[0].value}{inner[1].value}{inner[2].value}"
    return None


def rewrite(toks: list[Tok], functions: frozenset[str]) -> list[Tok]:
    n = len(toks)
    # 1. e^… is exp(…)
    for k in range(n - 1):
        if toks[k].type == LETTER and toks[k].value == "e" and toks[k + 1].type in (CARET, DSTAR):
            toks[k].type = EXP_E
    # 2. transposes ^T, ^\top, ^{\prime}; simple subscripts become one SUBWORD token
    out: list[Tok] = []
    k = 0
    while k < n:
        t = toks[k]
        end = _matching(toks, k + 1) if t.type in (CARET, UNDER) and k + 3 < n and toks[k + 1].type == LBRACE else -1
        if end > 0:
            inner = toks[k + 2 : end]
            prev = out[-1].type if out else None
            layer = _layer_label(inner) if t.type == CARET else None
            if layer is not None and out:
                base = out[-2] if prev == SUBWORD and len(out) > 1 else out[-1]
                if base.type in NAMEISH:  # W^{(1)}, z^{[2]}: a layer label, part of the name
                    base.type, base.value = IDENT, f"{base.value}^{layer}"
                    k = end + 1
                    continue
            if t.type == CARET and len(inner) == 1 and prev != EXP_E:
                v = inner[0]
                if (v.type == LETTER and v.value == "T") or v.type == TOP:
                    out.append(Tok(TRANSPOSET, "T", t.pos))
                    k = end + 1
                    continue
                if v.type == PRIME:
                    out.append(Tok(PRIME, "'", t.pos))
                    k = end + 1
                    continue
            if (
                t.type == UNDER
                and inner
                and all(
                    x.type in (LETTER, GREEKT, IDENT, TEXTNAME) or (x.type == NUMBER and "." not in x.value)
                    for x in inner
                )
            ):
                # one index per letter or name, one per digit run: Z_{3ik} → 3, i, k
                out.append(Tok(SUBWORD, " ".join(x.value for x in inner), t.pos))
                k = end + 1
                continue
        out.append(t)
        k += 1
    toks = out
    n = len(toks)
    # 3. indicators: \mathbb{1}[y=k], \mathbf{1}_{[y==1]}, I(y=k), 1[y=k]
    out = []
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
    toks = out
    n = len(toks)
    # 4. \frac{d…}{d x}: the d's are differentials
    for k in range(n - 1):
        if toks[k].type == FRAC and toks[k + 1].type == LBRACE:
            end1 = _matching(toks, k + 1)
            if 0 < end1 < n - 3 and toks[end1 + 1].type == LBRACE:
                num, den = toks[k + 2], toks[end1 + 2]
                after = toks[end1 + 3]
                if (
                    num.type in (LETTER, IDENT) and num.value == "d"
                    and den.type in (LETTER, IDENT) and den.value == "d"
                    and after.type in NAMEISH | {LPAREN}
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
    # 5. function calls: f(…), \sigma_i(…), f'(…), \text{softmax}(…)
    for k in range(n):
        t = toks[k]
        if t.type in (LETTER, GREEKT, IDENT, TEXTNAME, FNAME):
            m = _after_sub(toks, k + 1)
            primes = 0
            while m < n and toks[m].type == PRIME:
                m += 1
                primes += 1
            called = m < n and toks[m].type == LPAREN
            if called and (t.type in (TEXTNAME, FNAME) or t.value in functions or primes):
                t.type = FUNCID
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
    # 6. absolute-value bars: open or close by context
    open_bars = 0
    out = []
    for k, t in enumerate(toks):
        if t.type == LBAR:
            open_bars += 1
        elif t.type == RBAR:
            open_bars -= 1
        elif t.type in (BAR, RIGHTBAR):
            prev = out[-1].type if out else None
            if open_bars > 0 and prev in ENDS_OPERAND:
                t.type = RBAR
                open_bars -= 1
            elif t.type == RIGHTBAR:  # \right| after \left. : an evaluation bar
                if k + 1 < len(toks) and toks[k + 1].type in (UNDER, SUBWORD, CARET):
                    raise LatexError("evaluation bars \\left. … \\right|_{x=a} are not supported", t.pos + 1)
                continue
            else:
                t.type = LBAR
                open_bars += 1
        out.append(t)
    for t in out:
        if t.type == TOP:
            raise LatexError("\\top outside a superscript", t.pos + 1)
    return out
