r"""The rewrite pass: the token decisions that need to look ahead or behind.

Kept out of the grammar so the grammar stays LALR(1) and small. In order (see :func:`rewrite`):
stray ``{}`` dropped; ``\partial J/\partial U`` is ``\frac{\partial J}{\partial U}``; ``E[…]``
refused; ``e^…`` is exp; ``x^a_b`` becomes ``x_b^a``;
superscripts become transposes, primes, stars, layer names or sample labels (``x^{(i)}``, letter
superscripts in a derivative's denominator, all letter superscripts under ``superscripts="index"``)
and simple subscripts one ``SUBWORD``; indicators ``\mathbb{1}[y=k]``; ``\frac{d…}{d x}``
differentials (and ``\frac{dg}{dx}(x)`` applied); ``a'_i`` as ``a_i'``; ``name(`` calls, by the
``calls`` reading; ``|…|``, ``‖…‖`` and evaluation bars by context (a ``|`` that closes nothing is a
conditional, refused); under ``arguments="product"``, parentheses around what a parenless
function takes.
"""

from __future__ import annotations

from collections.abc import Iterator

from verifier.latex.constantarguments import constant_arguments
from verifier.latex.inverses import inverse_calls
from verifier.latex.iverson import iverson_brackets
from verifier.latex.probability import conditionals
from verifier.latex.scaledtuples import numbers_scale_tuple
from verifier.latex.subwords import conditioned_label, is_hyphenated_label, is_label_word
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
    LABEL,
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
    STAR,
    SUBWORD,
    SUM,
    TEXTNAME,
    TEXTWORD,
    TOP,
    TRANSPOSET,
    UNDER,
    LatexError,
    Options,
    Tok,
)
from verifier.latex.vocabulary import matching_closer as _matching
from verifier.latex.vocabulary import matching_opener as _opening


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


def _group(toks: list[Tok], k: int) -> int:
    """End index of the ``^{…}``/``_{…}`` group whose ``^``/``_`` is at ``k``, or -1."""
    if k + 1 < len(toks) and toks[k].type in (CARET, UNDER) and toks[k + 1].type == LBRACE:
        return _matching(toks, k + 1)
    return -1


def _swap_scripts(toks: list[Tok]) -> list[Tok]:
    """``x^a_b`` is ``x_b^a`` in TeX: put every subscript before the superscript it follows."""
    out = list(toks)
    k = 0
    while k < len(out):
        end = _group(out, k) if out[k].type == CARET else -1
        if end > 0:
            end2 = _group(out, end + 1) if out[end + 1 : end + 2] and out[end + 1].type == UNDER else -1
            if end2 > 0:
                out[k : end2 + 1] = out[end + 1 : end2 + 1] + out[k : end + 1]
                k = end2 + 1
                continue
        k += 1
    return out


def _derivative_denominators(toks: list[Tok], restore: bool) -> set[int]:
    r"""Indices inside the denominator of ``\frac{\partial …}{\partial …}`` / ``\frac{d…}{d…}``.

    A superscript there that is not a number is a label (``\partial w^{m}_{ij}``): one cannot
    differentiate with respect to a power. A ``\partial`` forgotten on one side
    (``\frac{\partial}{o_k}``, ``\frac{J}{\partial U}``, slips real notes make) is refused, or
    restored under ``partials="restored"`` (a reading, so it is reported with the step).
    """
    inside: set[int] = set()
    k = 0
    while k < len(toks):
        if toks[k].type == FRAC and k + 1 < len(toks) and toks[k + 1].type == LBRACE:
            end1 = _matching(toks, k + 1)
            if 0 < end1 < len(toks) - 2 and toks[end1 + 1].type == LBRACE:
                end2 = _matching(toks, end1 + 1)
                num, den = toks[k + 2], toks[end1 + 2]
                is_d = num.type == PARTIAL or (num.type in (LETTER, IDENT) and num.value == "d")
                den_d = den.type == PARTIAL or (den.type in (LETTER, IDENT) and den.value == "d")
                if is_d and not den_d and end2 > end1 + 2 and num.type == PARTIAL:
                    if not any(t.type == PARTIAL for t in toks[end1 + 2 : end2]) and den.type in NAMEISH:
                        if not restore:
                            raise LatexError("the denominator of \\frac{\\partial …}{…} has no \\partial", den.pos + 1)
                        toks.insert(end1 + 2, Tok(PARTIAL, "\\partial", den.pos))
                        end2 += 1
                        den_d = True
                if den.type == PARTIAL and not is_d and end1 > k + 2:
                    if not any(t.type == PARTIAL for t in toks[k + 2 : end1]) and num.type in NAMEISH | {FUNCID}:
                        if not restore:
                            raise LatexError("the numerator of \\frac{…}{\\partial x} has no \\partial", num.pos + 1)
                        toks.insert(k + 2, Tok(PARTIAL, "\\partial", num.pos))  # \frac{J}{\partial U}: ∂ forgotten
                        is_d = True
                        end1 += 1
                        end2 += 1
                if is_d and den_d and end2 > 0:
                    inside.update(range(end1 + 2, end2))
        k += 1
    return inside


def _sample_label(inner: list[Tok]) -> list[Tok] | None:
    """``(i)``, ``(i+1)``: a sample index (what is inside), not a layer name."""
    if len(inner) >= 3 and inner[0].type == LPAREN and inner[-1].type == RPAREN and _index_like(inner[1:-1]):
        return inner[1:-1]
    return None


def _index_like(inner: list[Tok]) -> bool:
    """A superscript that can be an index: a name, or a name plus or minus a number (``m-1``)."""
    if len(inner) == 1:
        return inner[0].type in NAMEISH and inner[0].value != "T"
    return (
        len(inner) == 3
        and inner[0].type in NAMEISH
        and inner[1].type in (PLUS, MINUS)
        and inner[2].type in (NUMBER, LETTER)
    )


def _after_slice(out: list[Tok]) -> int | None:
    r"""Where the name is when ``out`` ends with a slice subscript after it (``W _ { : , j }``, ``W _ { i , : }``):
    a superscript then follows the slice, as ``x^{(1)}_{:,j}`` is written in TeX's order (:func:`_swap_scripts`), and
    labels the name, not the column. None otherwise."""
    if not out or out[-1].type != RBRACE:
        return None
    depth = 0
    for i in range(len(out) - 1, -1, -1):
        depth += {RBRACE: 1, LBRACE: -1}.get(out[i].type, 0)
        if depth == 0:
            inner = out[i + 1 : -1]
            slice_mark = any(x.type == COLON for x in inner) and any(x.type == COMMA for x in inner)
            if slice_mark and i >= 2 and out[i - 1].type == UNDER and out[i - 2].type in NAMEISH:
                return i - 2
            return None
    return None


def _closes_big_limits(out: list[Tok]) -> bool:
    r"""Does ``out`` end with a sum's or product's operator or its lower limit (``\sum_{t=1}``, ``\prod_t``)? A
    superscript there is the upper limit: ``\sum_{t=1}^{T}`` runs to T, no operator is transposed (read as ᵀ, every
    sum to T was unreadable, "unexpected 'T'"; gaps37)."""
    if not out:
        return False
    if out[-1].type in (SUM, PROD):
        return True
    if out[-1].type == SUBWORD:
        return len(out) > 1 and out[-2].type in (SUM, PROD)
    if out[-1].type != RBRACE:
        return False
    depth = 0
    for i in range(len(out) - 1, -1, -1):
        depth += {RBRACE: 1, LBRACE: -1}.get(out[i].type, 0)
        if depth == 0:
            return i >= 2 and out[i - 1].type == UNDER and out[i - 2].type in (SUM, PROD)
    return False


def _scripts(toks: list[Tok], index_superscripts: bool, split_digits: bool, restore_partials: bool) -> list[Tok]:
    """Transposes, primes, stars, layer and sample labels; simple subscripts → one SUBWORD."""
    in_denominator = _derivative_denominators(toks, restore_partials)
    n = len(toks)
    out: list[Tok] = []
    k = 0
    while k < n:
        t = toks[k]
        end = _group(toks, k) if t.type in (CARET, UNDER) and k + 3 < n else -1
        prev = out[-1].type if out else None
        base_at = len(out) - 2 if prev == SUBWORD and len(out) > 1 else len(out) - 1
        if t.type == CARET and (sliced := _after_slice(out)) is not None:
            base_at, prev = sliced, SUBWORD  # W_{:,j}^{(1)} (TeX's W^{(1)}_{:,j}): the label is the name's
        named = base_at >= 0 and out[base_at].type in NAMEISH
        if t.type == STAR and named:  # y^*, y_i^*, P^-: part of the name
            out[base_at].type, out[base_at].value = IDENT, out[base_at].value + ("star" if t.value == "*" else t.value)
            k += 1
            continue
        if end > 0:
            inner = toks[k + 2 : end]
            if t.type == CARET and named:
                base = out[base_at]
                close = _matching(inner, 0) if inner and inner[0].type in (LPAREN, LBRACK) else -1
                head, tail = (inner[: close + 1], inner[close + 1 :]) if close > 0 else (inner, [])
                layer = _layer_label(head)
                transposed = len(tail) == 1 and (
                    tail[0].type == TOP or (tail[0].type == LETTER and tail[0].value == "T")
                )
                sample = _sample_label(head)
                if sample is None and layer is not None and (not tail or transposed):
                    base.type, base.value = IDENT, f"{base.value}^{layer}"  # W^{(1)}, z^{[2]}: part of the name
                    if transposed:
                        out.append(Tok(TRANSPOSET, "T", t.pos))
                    k = end + 1
                    continue
                as_label = sample is not None and (not tail or transposed)
                if not as_label and prev != EXP_E and _index_like(inner):
                    as_label = index_superscripts or k in in_denominator
                    sample = inner
                if (
                    not as_label
                    and k in in_denominator
                    and prev != EXP_E
                    and any(x.type in NAMEISH for x in inner)  # Σ^{-1} is an inverse, w^{m} a label
                    and not (len(inner) == 1 and (inner[0].type == TOP or inner[0].value == "T"))
                ):
                    as_label, sample = True, inner
                if as_label and sample is not None:
                    label = [Tok(LABEL, "^", t.pos), Tok(LBRACE, "{", t.pos), *sample, Tok(RBRACE, "}", t.pos)]
                    out[base_at + 1 : base_at + 1] = label  # before the subscript: x^{(i)}_j → label i, index j
                    if transposed:
                        out.append(Tok(TRANSPOSET, "T", t.pos))
                    k = end + 1
                    continue
            if t.type == CARET and prev != EXP_E and not _closes_big_limits(out):
                if len(inner) == 1:
                    v = inner[0]
                    if (v.type == LETTER and v.value == "T") or v.type == TOP:
                        out.append(Tok(TRANSPOSET, "T", t.pos))
                        k = end + 1
                        continue
                    if v.type == PRIME:
                        out.append(Tok(PRIME, "'", t.pos))
                        k = end + 1
                        continue
                    if v.type in (STAR, MULOP) and v.value in ("*", "\\ast"):
                        toks[end] = Tok(STAR, "*", t.pos)  # y^{*}: read again as a star after the name
                        k = end
                        continue
                if len(inner) > 1 and all(v.type == PRIME for v in inner):  # g^{\prime \prime}(x): OCR's g''(x)
                    out.extend(Tok(PRIME, "'", t.pos) for _ in inner)
                    k = end + 1
                    continue
                if (
                    len(inner) == 2
                    and inner[0].type == MINUS
                    and (inner[1].type == TOP or (inner[1].type == LETTER and inner[1].value == "T"))
                ):  # A^{-T}: the inverse of the transpose
                    out.append(Tok(TRANSPOSET, "T", t.pos))
                    out.extend([Tok(CARET, "^", t.pos), Tok(LBRACE, "{", t.pos), Tok(MINUS, "-", t.pos),
                                Tok(NUMBER, "1", t.pos), Tok(RBRACE, "}", t.pos)])  # fmt: skip
                    k = end + 1
                    continue
            if t.type == UNDER and prev == TEXTNAME and len(inner) == 1 and inner[0].type == TEXTWORD:
                # \operatorname{prox}_{\text{lambda}}: a labelled function the notes define (documents.labelled)
                out[-1] = Tok(TEXTNAME, f"{out[-1].value}_{inner[0].value}", out[-1].pos)
                k = end + 1
                continue
            if t.type == UNDER and named and prev != SUBWORD and len(inner) == 1 and inner[0].type in (TEXTWORD, FNAME):
                # \mathcal{R}_{\text{emp}}, w_{\text{ML}}: a word below a name is part of the name, not an index;
                # L_{CE}, L_{\text{softmax}}: so is a function's name (nothing is indexed by a function)
                base = out[base_at]
                base.type, base.value = IDENT, f"{base.value}_{inner[0].value}"
                k = end + 1
                continue
            if (t.type == UNDER and named and prev != SUBWORD and len(inner) == 1 and inner[0].type == FUNC
                    and is_label_word(inner[0].value)):  # fmt: skip
                # \eta_{\max}, x_{min}, \lambda_{\text{max}}: the word max/min below a name is a label (latex.subwords);
                # called, \lambda_{\max}(A) is a function of A (the largest eigenvalue), not λ_max times A
                base = out[base_at]
                called = end + 1 < len(toks) and toks[end + 1].type == LPAREN
                base.type, base.value = TEXTNAME if called else IDENT, f"{base.value}_{inner[0].value}"
                k = end + 1
                continue
            if (t.type == UNDER and named and prev != SUBWORD and all(x.type == LETTER for x in inner)
                    and is_label_word("".join(x.value for x in inner))):  # fmt: skip
                # c_{prev}, h_{out}: the word without \text (latex.subwords)
                base = out[base_at]
                base.type, base.value = IDENT, f"{base.value}_{''.join(x.value for x in inner)}"
                k = end + 1
                continue
            if (t.type == UNDER and named and prev != SUBWORD and all(x.type in (LETTER, MINUS) for x in inner)
                    and is_hyphenated_label("".join("-" if x.type == MINUS else x.value for x in inner))):  # fmt: skip
                # J_{neg-sample}, L_{cross-entropy}: hyphenated words (latex.subwords)
                base = out[base_at]
                base.type = IDENT
                base.value = f"{base.value}_{''.join('-' if x.type == MINUS else x.value for x in inner)}"
                k = end + 1
                continue
            if t.type == UNDER and named and prev != SUBWORD and (label := _conditioned(inner)) is not None:
                # P_{t|t-1}, \mu_{1|2}: a subscript conditioned by a bar is a label (latex.subwords)
                base = out[base_at]
                base.type, base.value = IDENT, f"{base.value}_{label}"
                k = end + 1
                continue
            if (
                t.type == UNDER
                and inner
                and all(
                    x.type in (LETTER, GREEKT, IDENT, TEXTNAME, TEXTWORD) or (x.type == NUMBER and "." not in x.value)
                    for x in inner
                )
            ):
                # one index per letter or name, one per digit run: Z_{3ik} → 3, i, k; under
                # subscripts="digits" one per digit when the subscript is only digits: w_{12} → 1, 2
                words = [x.value for x in inner]
                if split_digits and len(inner) == 1 and inner[0].type == NUMBER:
                    words = list(inner[0].value)
                out.append(Tok(SUBWORD, " ".join(words), t.pos))
                k = end + 1
                continue
        out.append(t)
        k += 1
    for t in out:
        if t.type == TEXTWORD:
            t.type = TEXTNAME
    return out


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
        while s < len(out) and (out[s].type == SUBWORD or _group(out, s) > 0):
            s = (s + 1) if out[s].type == SUBWORD else _group(out, s) + 1
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


def _primes_after_subscripts(toks: list[Tok]) -> list[Tok]:
    """``a'_i`` is ``a_i'``: a prime written before the subscript moves after it."""
    out = list(toks)
    for k in range(1, len(out) - 1):
        if out[k].type == PRIME and out[k - 1].type in NAMEISH and out[k + 1].type == SUBWORD:
            out[k], out[k + 1] = out[k + 1], out[k]
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
        if k == 0 or toks[k - 1].type in _BEFORE_TUPLE or (transposed and toks[k - 1].type == RPAREN) or \
                numbers_scale_tuple(toks, k, end):  # (0.3 - 1)(2, -1): a number times a vector (scaledtuples)
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


_STOPS = frozenset({PLUS, MINUS, REL, DIV, MULOP, COMMA, AMP, ROWSEP, PARTIAL})


def _script_end(toks: list[Tok], k: int) -> int:
    """Index after the optional ``_{…}`` and ``^{…}`` groups starting at ``k``."""
    for _ in range(2):
        end = _group(toks, k)
        if end < 0:
            break
        k = end + 1
    return k


def _d_name(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` a ``d`` (italic or upright: both are the letter here) right before a name?"""
    return k + 1 < len(toks) and toks[k].type == LETTER and toks[k].value == "d" and toks[k + 1].type in NAMEISH


def _d_numerator(toks: list[Tok], slash: int, ends: frozenset[int] = frozenset()) -> int:
    r"""Where the numerator ``d`` + one name with its scripts ending at ``slash`` starts, if it starts
    an operand (nothing it could multiply before it: ``a\,dy/dx`` is left alone, but ``dy/du\,du/dx``
    is two derivatives: ``ends`` are the ids of the closing braces of the derivatives made before); else -1."""
    for start in range(max(slash - 8, 0), slash - 1):
        if _d_name(toks, start) and _script_end(toks, start + 2) == slash:
            before = toks[start - 1].type if start > 0 else REL
            after_derivative = start > 0 and id(toks[start - 1]) in ends
            return start if before in _STOPS or before in OPENERS or after_derivative else -1
    # d/dx f: the operator, a lone d starting an operand (``\frac{d}{dx}`` typed inline or on a command line)
    start = slash - 1
    if start >= 0 and toks[start].type == LETTER and toks[start].value == "d":
        before = toks[start - 1].type if start > 0 else REL
        if before in _STOPS or before in OPENERS:
            return start
    return -1


def _numerator_order(num: list[Tok]) -> int:
    r"""The order a slash derivative's numerator writes (``\partial^2 L``, ``\partial^{2} L``: 2), else 1."""
    if len(num) > 2 and num[0].type == PARTIAL and num[1].type == CARET:
        digits = num[2] if num[2].type == NUMBER else num[3] if len(num) > 4 and num[2].type == LBRACE else None
        if digits is not None and digits.type == NUMBER and str(digits.value).isdigit():
            return int(digits.value)
    return 1


def _mixed_denominator(toks: list[Tok], num: list[Tok], den: list[Tok], after: int) -> tuple[list[Tok], int]:
    r"""``\partial^2 L/\partial s_k\partial s_l``: a denominator ``\partial`` + one name, after a numerator of order
    n > 1, takes the ``\partial`` names right after it (spacing between them skipped) up to n orders in all."""
    order = _numerator_order(num)
    if order < 2 or not den or den[0].type != PARTIAL:
        return den, after
    den, count = list(den), 1
    while count < order:
        k = after  # (thin spaces are not tokens)
        if not (k + 1 < len(toks) and toks[k].type == PARTIAL and toks[k + 1].type in NAMEISH):
            break
        end = _script_end(toks, k + 2)
        den, after, count = den + toks[k:end], end, count + 1
    return den, after


def _slash_derivatives(toks: list[Tok]) -> list[Tok]:
    r"""``\partial J / \partial U`` and ``{\partial \xi}/{\partial z_i}``, the inline way of writing a
    derivative, as ``\frac{\partial J}{\partial U}``; ``dy/dx`` and ``\mathrm{d}y/\mathrm{d}x`` (a ``d``
    right before one name with its scripts on both sides, the numerator starting an operand) as
    ``\frac{dy}{dx}``, and the operator ``d/dx`` (a lone ``d`` starting an operand) as ``\frac{d}{dx}``. Only
    where both sides are unmistakably a
    derivative's: the denominator is ``\partial`` and one name with its scripts (or a braced group
    that starts with ``\partial``), and the numerator starts with ``\partial`` and is one operand (no
    ``+``, ``-``, relation or other ``/`` outside brackets between it and the slash)."""
    k = 0
    ends: set[int] = set()  # the closing braces of the derivatives made (dy/du\,du/dx: both are)
    while k < len(toks):
        if toks[k].type != DIV or k == 0:
            k += 1
            continue
        # the denominator
        if k + 2 < len(toks) and toks[k + 1].type == LBRACE and toks[k + 2].type == PARTIAL:
            close = _matching(toks, k + 1)
            if close < 0:
                k += 1
                continue
            den, after = toks[k + 2 : close], close + 1
        elif k + 2 < len(toks) and toks[k + 1].type == PARTIAL and toks[k + 2].type in NAMEISH:
            after = _script_end(toks, k + 3)
            den = toks[k + 1 : after]
        elif _d_name(toks, k + 1) and _d_numerator(toks, k, frozenset(ends)) >= 0:  # dy/dx, \mathrm{d}y/\mathrm{d}x
            start = _d_numerator(toks, k, frozenset(ends))
            after = _script_end(toks, k + 3)
            p0 = toks[start].pos
            frac = [Tok(FRAC, "\\frac", p0), Tok(LBRACE, "{", p0), *toks[start:k], Tok(RBRACE, "}", toks[k].pos),
                    Tok(LBRACE, "{", toks[k].pos), *toks[k + 1 : after], Tok(RBRACE, "}", toks[k].pos)]  # fmt: skip
            toks = toks[:start] + frac + toks[after:]
            ends.add(id(frac[-1]))
            k = start + len(frac)
            continue
        else:
            k += 1
            continue
        # the numerator
        start = -1
        if toks[k - 1].type == RBRACE:
            o = _opening(toks, k - 1)
            if o >= 0 and toks[o].type == LBRACE and o + 1 < k - 1 and toks[o + 1].type == PARTIAL:
                num, start = toks[o + 1 : k - 1], o
        if start < 0:
            depth, o = 0, k - 1
            while o >= 0:
                t = toks[o].type
                if t in CLOSERS:
                    depth += 1
                elif t in OPENERS:
                    depth -= 1
                    if depth < 0:
                        break
                elif depth == 0 and t == PARTIAL:
                    start = o
                    break
                elif depth == 0 and t in _STOPS:
                    break
                o -= 1
            if start < 0:
                k += 1
                continue
            num = toks[start:k]
        den, after = _mixed_denominator(toks, num, den, after)
        p0 = toks[start].pos
        frac = [Tok(FRAC, "\\frac", p0), Tok(LBRACE, "{", p0), *num, Tok(RBRACE, "}", toks[k].pos),
                Tok(LBRACE, "{", toks[k].pos), *den, Tok(RBRACE, "}", toks[k].pos)]  # fmt: skip
        toks = toks[:start] + frac + toks[after:]
        ends.add(id(frac[-1]))
        k = start + len(frac)
    return toks


def rewrite(toks: list[Tok], opts: Options) -> list[Tok]:
    """The token list the grammar reads: each pass takes one kind of context-dependent decision."""
    toks = _empty_groups(toks)
    toks = conditionals(toks, opts.functions)  # P(t=1|z), N(x|μ,σ²): verifier.latex.probability
    toks = _slash_derivatives(toks)
    _expectations(toks)
    n = len(toks)
    for k in range(n - 1):  # e^… is exp(…)
        if toks[k].type == LETTER and toks[k].value == "e" and toks[k + 1].type in (CARET, DSTAR):
            toks[k].type = EXP_E
    toks = _swap_scripts(toks)
    toks = _scripts(toks, opts.superscripts == "index", opts.subscripts == "digits", opts.partials == "restored")
    toks = _indicators(toks)
    toks = iverson_brackets(toks)  # [a = b]: verifier.latex.iverson
    toks = _sums_as_names(toks)
    _differentials(toks, opts)
    toks = _primes_after_subscripts(toks)
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


def _conditioned(inner: list[Tok]) -> str | None:
    """:func:`subwords.conditioned_label` of a subscript's tokens (letters, digit runs, signs and one bar)."""
    if not all(x.type in (LETTER, MINUS, PLUS, BAR) or (x.type == NUMBER and "." not in x.value) for x in inner):
        return None
    return conditioned_label([(x.type == BAR, x.value) for x in inner])
