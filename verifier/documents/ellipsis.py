r"""Ellipses read as what the notes mean by them: sums and vectors written by their first and last terms.

Notes write a sum by its ends, ``\omega_{1i}y_1 + \omega_{2i}y_2 + \cdots + \omega_{ni}y_n``, often
inside brackets and sometimes with a middle term singled out,
``-[y_1\log\hat y_1 + \cdots + y_o\log\hat y_o + \cdots + y_w\log\hat y_w]``; and a column vector by
its ends, ``\begin{bmatrix} a_1 \\ \vdots \\ a_n \end{bmatrix}``. Such a member fails the literal
parse (an ellipsis cannot be checked as written); :func:`verifier.documents.readings.read_member`
then asks this module for a rewriting with the same meaning:

* the terms around the dots must be *one pattern*: they differ only in subscripts, and in each such
  subscript in one position (``1i``/``ni``, ``1,i``/``n,i``, ``y_1``/``y_n``), going from the same
  first value (a number) to the same last value (a letter, a number, or ``n-1``); a term written
  between two ellipses (``y_o\log\hat y_o``) must be the same pattern at a single-letter value — it
  is a term of the same sum, singled out by the notes — and the terms written before the first
  ellipsis are checked against the pattern at consecutive values;
* the sum becomes ``\sum_{Lidx=lo}^{hi} (pattern)``; a vector becomes a column
  :class:`~verifier.documents.resolve.ListMember` of entries lo..hi.

Anything else (two patterns, a term that does not fit, signs that change) is left unread: the step
keeps its reason ("ellipsis cannot be checked"), never a guessed meaning.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from verifier.documents.resolve import ListMember
from verifier.latex import LatexError
from verifier.latex.braces import SIZING
from verifier.latex.braces import bracket_end as _closing

__all__ = ["column_with_vdots", "ellipsis_sum"]

_VAR = "\\mathrm{Lidx}"  # the placeholder index (readings.LIST_VAR)
_MARK = "\x00VAR\x00"
_DOTS = r"\\(?:dots|cdots|ldots|dotsc|dotsb)(?![A-Za-z])|\.\.\."
_TOKEN = re.compile(r"\\[A-Za-z]+|\d+|[A-Za-z]|,|[-+]")
_LO = re.compile(r"\d+")
_HI = re.compile(r"[A-Za-z]|\d+|[A-Za-z][-+]\d+")


def split_top(text: str, seps: str) -> list[tuple[str, str]]:
    from verifier.documents.readings import split_top as split

    return split(text, seps)


def _is_dots(piece: str) -> bool:
    return bool(re.fullmatch(rf"\s*(?:{_DOTS})\s*", piece))


def _subscripts(text: str) -> list[tuple[int, int, int]]:
    """Every subscript of ``text``: (index of '_', content start, content end)."""
    out = []
    k = 0
    while (u := text.find("_", k)) >= 0:
        j = u + 1
        while j < len(text) and text[j] == " ":
            j += 1
        if j < len(text) and text[j] == "{":
            end = _closing(text, j)
            if end < 0:
                return out
            out.append((u, j + 1, end))
            k = end + 1
        elif j < len(text):
            m = re.match(r"\\[A-Za-z]+|.", text[j:])
            assert m is not None
            out.append((u, j, j + len(m.group(0))))
            k = j + len(m.group(0))
        else:
            break
    return out


def _tokens(s: str) -> list[str] | None:
    s = s.replace(" ", "")
    toks = _TOKEN.findall(s)
    return toks if "".join(toks) == s else None


def template(first: str, last: str) -> tuple[str, str, str] | None:
    """``\\omega_{1i}y_1`` and ``\\omega_{ni}y_n`` → (pattern with a marker, "1", "n"): the two terms
    differ only inside subscripts, each in one token that goes from the same first value to the same
    last value. None where they differ otherwise (or not at all)."""
    a, b = re.sub(r"\s+", " ", first.strip()), re.sub(r"\s+", " ", last.strip())
    if a == b:
        return None
    sa, sb = _subscripts(a), _subscripts(b)
    if len(sa) != len(sb):
        return None
    out, pa, pb = [], 0, 0
    ends: set[tuple[str, str]] = set()
    for (_, a0, a1), (_, b0, b1) in zip(sa, sb, strict=True):
        if a[pa:a0].replace(" ", "") != b[pb:b0].replace(" ", ""):
            return None
        out.append(a[pa:a0])
        ca, cb = a[a0:a1], b[b0:b1]
        if ca.replace(" ", "") == cb.replace(" ", ""):
            out.append(ca)
        else:
            ta, tb = _tokens(ca), _tokens(cb)
            if ta is None or tb is None:
                return None
            if len(ta) == len(tb):
                diff = [k for k in range(len(ta)) if ta[k] != tb[k]]
                if len(diff) != 1:
                    return None
                lo, hi = ta[diff[0]], tb[diff[0]]
                toks = [*ta[: diff[0]], _MARK, *ta[diff[0] + 1 :]]
            elif len(ta) == 1 and len(tb) == 3 and tb[1] in "+-":  # x_1 … x_{n-1}
                lo, hi, toks = ta[0], "".join(tb), [_MARK]
            else:
                return None
            if not _LO.fullmatch(lo) or not _HI.fullmatch(hi):
                return None
            ends.add((lo, hi))
            content = ",".join(t for t in toks if t != ",") if "," in toks else " ".join(toks)
            out.append(content if a[a0 - 1 : a0] == "{" else "{" + content + "}")
        pa, pb = a1, b1
    if a[pa:].replace(" ", "") != b[pb:].replace(" ", "") or len(ends) != 1:
        return None
    out.append(a[pa:])
    lo, hi = ends.pop()
    return "".join(out), lo, hi


def fill(pattern: str, value: str) -> str:
    return pattern.replace(_MARK, value)


def _matches(pattern: str, term: str, value: str) -> bool:
    def canon(s: str) -> str:
        return re.sub(r"_\{(\w)\}", r"_\1", re.sub(r"\s+", "", s))

    return canon(fill(pattern, value)) == canon(term)


def _run(terms: list[tuple[str, str]]) -> tuple[int, int, str, str, str, str] | None:
    """The run of ``terms`` an ellipsis stands in: (first, last, pattern, lo, hi, sign)."""
    dots = [k for k, (_, p) in enumerate(terms) if _is_dots(p)]
    if not dots or dots[0] == 0 or dots[-1] == len(terms) - 1:
        return None
    first, last = dots[0] - 1, dots[-1] + 1
    ops = [op for op, _ in terms[first + 1 : last + 1]]
    head_op = terms[first][0]
    if first == 0 and not head_op:
        head_op = "-" if terms[0][1].lstrip().startswith("-") else "+"
    if len(set(ops) | {head_op}) != 1:
        return None
    sign = head_op
    head = terms[first][1].lstrip()
    if first == 0 and head.startswith("-"):
        head = head[1:]
    found = template(head, terms[last][1])
    if found is None:
        return None
    pattern, lo, hi = found
    for k in range(dots[0] + 1, dots[-1]):  # terms between two ellipses: the same sum, any one value
        if k in dots:
            continue
        mid = template(head, terms[k][1])
        if mid is None or mid[0] != pattern or mid[1] != lo or not re.fullmatch(r"[A-Za-z]|\d+", mid[2]):
            return None
    lo_n = int(lo)
    while first > 0 and lo_n > 0:  # x_1 + x_2 + \cdots: the terms before the dots at consecutive values
        op, prev = terms[first - 1]
        text = prev.lstrip()
        if first - 1 == 0 and not op:
            op, text = ("-", text[1:]) if text.startswith("-") else ("+", text)
        if op != sign or not _matches(pattern, text, str(lo_n - 1)):
            break
        first, lo_n = first - 1, lo_n - 1
    if first > 0:  # x_1 + x_3 + \cdots + x_n: a term of the pattern at a value that does not follow on
        before = template(head, terms[first - 1][1].lstrip().lstrip("-"))
        if before is not None and before[0] == pattern:
            return None
    return first, last, pattern, str(lo_n), hi, sign


def _sum_in(text: str) -> tuple[str, str] | None:
    """``text`` with its (one) run of terms around an ellipsis written as a sum, at the top level or
    inside the bracket that holds it."""
    terms = split_top(text, "+-")
    run = _run(terms)
    if run is not None:
        first, last, pattern, lo, hi, sign = run
        body = fill(pattern, _VAR)
        summed = f"\\sum_{{{_VAR}={lo}}}^{{{hi}}} \\left({body}\\right)"
        before = "".join(f" {s} {p}" if s else p for s, p in terms[:first])
        after = "".join(f" {s} {p}" for s, p in terms[last + 1 :])
        lead = " - " if sign == "-" else (" + " if before else "")
        shown = f"{terms[first][1].strip()} … {terms[last][1].strip()}"
        return f"{before}{lead}{summed}{after}".strip(), f"{shown} read as a sum over {lo}..{hi}"
    for k, c in enumerate(text):  # inside a bracket: -[a_1 + \cdots + a_n], (x_1 + \dots + x_n)^2
        if c not in "([" or (k > 0 and text[k - 1] == "\\"):
            continue
        end = _closing(text, k)
        if end < 0 or not re.search(_DOTS, text[k + 1 : end]):
            continue
        inner = text[k + 1 : end]
        right = re.search(r"\\(?:right|bigr|Bigr|biggr|big|Big|bigg|Bigg)\s*$", inner)
        cut = right.start() if right else len(inner)
        found = _sum_in(inner[:cut])
        if found is not None:
            return f"{text[: k + 1]}{found[0]} {inner[cut:]}{text[end:]}", found[1]
    return None


def ellipsis_sum(text: str, placeholders: dict[str, str]) -> tuple[str, str] | None:
    """The rewriting of :func:`verifier.documents.readings.read_member`: a sum written by its ends
    (see the module docstring), or None."""
    del placeholders
    if not re.search(_DOTS, text):
        return None
    return _sum_in(text)


_COLUMN = re.compile(
    r"(?P<pre>[^&]*?)\\begin\{(?P<env>[bpv]?matrix)\}(?P<body>.*?)\\end\{(?P=env)\}", re.S
)


def column_with_vdots(latex: str, parse: Callable[[str], sp.Basic]) -> tuple[ListMember, str] | None:
    r"""A whole member ``\begin{bmatrix} a_1 \\ a_2 \\ \vdots \\ a_n \end{bmatrix}``: the column vector of
    entries a_m for m = 1..n (:class:`ListMember`), or None where the rows are not one pattern."""
    m = _COLUMN.fullmatch(SIZING.sub("", latex).strip())
    if m is None or "&" in m.group("body"):
        return None
    pre = _factor(m.group("pre").strip(), parse)
    if pre is None:
        return None
    rows = [r.strip() for r in re.split(r"\\\\", m.group("body")) if r.strip()]
    dots = [k for k, r in enumerate(rows) if re.fullmatch(r"\\vdots", r)]
    if len(dots) != 1 or dots[0] == 0 or dots[0] != len(rows) - 2:
        return None
    loose = template(rows[0], rows[-1]) is None
    found = _loose_template(rows[0], rows[-1]) if loose else template(rows[0], rows[-1])
    if found is None:
        return None
    pattern, lo, hi = found
    for k in range(1, dots[0]):
        if not _matches(pattern, rows[k], str(int(lo) + k)):
            return None
    try:
        entry = fill(pattern, _VAR)
        body = parse(f"{pre} \\left({entry}\\right)" if pre else entry)
        lo_t, hi_t = parse(lo), parse(hi)
    except LatexError:
        return None
    if loose and not _runs_over(body):  # the value sat in a \\text{…}: not an entry's index
        return None
    note = f"column {rows[0]}, ⋮, {rows[-1]} read as the vector of entries {lo}..{hi}"
    if pre:
        note += f", each multiplied by {pre}"
    return ListMember(body, sp.Symbol("Lidx"), lo_t, hi_t, row=False), note


def _runs_over(body: sp.Basic) -> bool:
    """Whether the entry ``body`` depends on the placeholder index: as a name, or as the value of an event
    in a conditional the parser keeps as one name (``P(t=Lidx|z)``, documents.eventvalues)."""
    return any(s.name == "Lidx" or ("|" in s.name and re.search(r"=Lidx\b", s.name))
               for s in body.free_symbols if isinstance(s, sp.Symbol))


_LOOSE_TOKEN = re.compile(r"\\[A-Za-z]+|\\.|\d+|[A-Za-z]|\S")


def _loose_template(first: str, last: str) -> tuple[str, str, str] | None:
    r"""The rows of a column that differ outside subscripts too (``P(t=1|\mathbf{z})`` … ``P(t=C|\mathbf{z})``):
    token by token the same but where each differing token goes from the same first value (a number) to the
    same last value (a letter or a number). None for anything else (two values, a token that is not one of
    them, rows of different lengths)."""
    ta, tb = _LOOSE_TOKEN.findall(first), _LOOSE_TOKEN.findall(last)
    if len(ta) != len(tb) or ta == tb:
        return None
    diff = [k for k in range(len(ta)) if ta[k] != tb[k]]
    if len({(ta[k], tb[k]) for k in diff}) != 1:
        return None
    lo, hi = ta[diff[0]], tb[diff[0]]
    if not _LO.fullmatch(lo) or not re.fullmatch(r"[A-Za-z]|\d+", hi) or (hi.isdigit() and int(hi) <= int(lo)):
        return None
    out: list[str] = []
    for k, tok in enumerate(ta):
        if k in diff:
            tok = "{" + _MARK + "}" if k > 0 and ta[k - 1] in ("^", "_") else _MARK
        elif out and re.fullmatch(r"\\[A-Za-z]+", ta[k - 1]) and tok[0].isalpha():
            out.append(" ")
        out.append(tok)
    return "".join(out), lo, hi


def _factor(pre: str, parse: Callable[[str], sp.Basic]) -> str | None:
    r"""The factor written before a column (``\frac{1}{s}`` in ``\frac{1}{s}\begin{bmatrix}…``): '' for
    none, None when it is not one factor that multiplies every entry (``1 +``, ``A ``, ``x =``): a sum
    is not distributed, and a matrix factor would not scale entries (the entries then come out as
    vectors and the member is not read)."""
    if not pre:
        return ""
    if pre.endswith(("+", "-", "=", "\\cdot", "\\times")) or re.search(r"\\(?:mathbf|boldsymbol|bm)\b|^[A-Z]", pre):
        return None
    try:
        tree = parse(pre)
    except LatexError:
        return None
    return pre if not isinstance(tree, sp.Add | sp.core.relational.Relational) else None
