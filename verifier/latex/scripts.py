r"""Superscripts and subscripts: what a ``^`` or ``_`` written after a name means.

Part of the rewrite pass (:func:`verifier.latex.rewrite.rewrite`), kept apart because it is one decision
with many cases: TeX's ``x^a_b`` is ``x_b^a``; a superscript is a transpose, a prime, a star, a layer
label (``W^{(2)}``, ``a^{[l]}``), a sample label (``x^{(i)}``), a letter superscript in a derivative's
denominator, or a power; a simple subscript becomes one ``SUBWORD``; ``a'_i`` is ``a_i'``.
"""

from __future__ import annotations

from verifier.latex.subwords import conditioned_label, is_hyphenated_label, is_label_word
from verifier.latex.vocabulary import (
    BAR,
    CARET,
    COLON,
    COMMA,
    EXP_E,
    FNAME,
    FRAC,
    FUNC,
    FUNCID,
    GREEKT,
    IDENT,
    LABEL,
    LBRACE,
    LBRACK,
    LETTER,
    LPAREN,
    MINUS,
    MULOP,
    NAMEISH,
    NUMBER,
    OPENERS,
    PARTIAL,
    PLUS,
    PRIME,
    PROD,
    RBRACE,
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
    Tok,
)
from verifier.latex.vocabulary import matching_closer as _matching


def _layer_label(inner: list[Tok]) -> str | None:
    """``(1)`` or ``[l]`` as the whole content of a superscript: a layer label, not a power."""
    if len(inner) == 3 and inner[0].type in (LPAREN, LBRACK) and inner[2].type == OPENERS[inner[0].type]:
        if inner[1].type in (LETTER, NUMBER, GREEKT, IDENT) and "." not in inner[1].value:
            return f"{inner[0].value}{inner[1].value}{inner[2].value}"
    return None


def script_group(toks: list[Tok], k: int) -> int:
    """End index of the ``^{…}``/``_{…}`` group whose ``^``/``_`` is at ``k``, or -1."""
    if k + 1 < len(toks) and toks[k].type in (CARET, UNDER) and toks[k + 1].type == LBRACE:
        return _matching(toks, k + 1)
    return -1


def swap_scripts(toks: list[Tok]) -> list[Tok]:
    """``x^a_b`` is ``x_b^a`` in TeX: put every subscript before the superscript it follows."""
    out = list(toks)
    k = 0
    while k < len(out):
        end = script_group(out, k) if out[k].type == CARET else -1
        if end > 0:
            end2 = script_group(out, end + 1) if out[end + 1 : end + 2] and out[end + 1].type == UNDER else -1
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
    a superscript then follows the slice, as ``x^{(1)}_{:,j}`` is written in TeX's order (:func:`swap_scripts`), and
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


def scripts(toks: list[Tok], index_superscripts: bool, split_digits: bool, restore_partials: bool) -> list[Tok]:
    """Transposes, primes, stars, layer and sample labels; simple subscripts → one SUBWORD."""
    in_denominator = _derivative_denominators(toks, restore_partials)
    n = len(toks)
    out: list[Tok] = []
    k = 0
    while k < n:
        t = toks[k]
        end = script_group(toks, k) if t.type in (CARET, UNDER) and k + 3 < n else -1
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


def primes_after_subscripts(toks: list[Tok]) -> list[Tok]:
    """``a'_i`` is ``a_i'``: a prime written before the subscript moves after it."""
    out = list(toks)
    for k in range(1, len(out) - 1):
        if out[k].type == PRIME and out[k - 1].type in NAMEISH and out[k + 1].type == SUBWORD:
            out[k], out[k + 1] = out[k + 1], out[k]
    return out


def _conditioned(inner: list[Tok]) -> str | None:
    """:func:`subwords.conditioned_label` of a subscript's tokens (letters, digit runs, signs and one bar)."""
    if not all(x.type in (LETTER, MINUS, PLUS, BAR) or (x.type == NUMBER and "." not in x.value) for x in inner):
        return None
    return conditioned_label([(x.type == BAR, x.value) for x in inner])
