r"""Fallback readings of common handwritten notations the grammar refuses on purpose.

The grammar reads what is written and refuses what it cannot read faithfully (ellipses,
derivatives with respect to expressions, ...). Course material uses a few such notations whose
meaning is not in doubt; when — and only when — the literal parse fails, a member is rewritten
into plain LaTeX with that meaning and parsed again by the same grammar. Every reading used is
reported with the step, so a reader can see how a member was understood:

* a list with an ellipsis, ``[-t_1, \dots, -t_N]`` or ``(z_1, \dots, z_k)``: the row vector of
  entries ``-t_m`` for ``m = 1..N`` (the two written ends must differ only in one subscript);
* a family, ``\left(\frac{\partial L}{\partial z_r}\right)_{r \in \{1, \dots, k\}}``: the same;
* a call whose argument list is a whole family written by its ends, ``f(x_1, \dots, x_n)``: ``f(x)``
  (:mod:`verifier.documents.ellipsisarguments`; definitions read their left side so too);
* a sum over the tuples of a set, ``\sum_{(u,i) \in S} E``: ``\sum_u \sum_i \mathrm{inS}_{u,i} E``, S's
  membership array as a weight (:mod:`verifier.documents.tuplesums`; definitions read their body so too);
* a sum with an ellipsis, ``a - v_2 s - \dots - v_N s``: ``a - \sum_{m=2}^{N} (v_m s)``
  (:mod:`verifier.documents.ellipsis`, which also reads ``\vdots`` column vectors);
* ``\frac{\partial F}{\partial (hW_2 + b_2)}``: a derivative with respect to an expression, through
  the context's definitions (the expression is replaced by a placeholder name);
* ``\frac{F}{\partial v}`` (the ∂ of the numerator forgotten): ``\frac{\partial F}{\partial v}``;
* ``D_x f``: ``\nabla_x f`` (the gradient, or the Jacobian of a vector function);
* ``\delta{ik}``: the Kronecker delta ``\delta_{ik}`` (see :func:`kronecker_spelling`; tried first,
  since the literal parse, a product, does not fail);
* a nested equation ``s \cdot \left(a = b\right)``: two members ``s (a)`` and ``s (b)``
  (see :func:`split_nested_equation`; a chain-level reading).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import sympy as sp

from verifier.documents.entrytranspose import transposed_entries
from verifier.documents.logterms import stops_at_a_product
from verifier.documents.opaque import opaque_notes
from verifier.documents.resolve import ListMember
from verifier.latex import LatexError
from verifier.latex.braces import SIZING, brace_end
from verifier.latex.braces import bracket_end as _closing
from verifier.latex.vocabulary import GREEK_ALTERNATION

__all__ = [
    "ParsedMember",
    "einstein",
    "kronecker_spelling",
    "log_of_product",
    "logs_lead_their_terms",
    "read_member",
    "split_nested_equation",
]

LIST_VAR = "Lidx"  # placeholder index of lists and ellipsis sums (parsed from \mathrm{Lidx})
PLACEHOLDER = "PartialArg"  # placeholder names of derivatives with respect to expressions

_DOTS = r"\\(?:dots|cdots|ldots|dotsc|dotsb)(?![A-Za-z])|\.\.\."


@dataclass
class ParsedMember:
    """A member as the verifier read it: a neutral tree or a list, and the readings used."""

    tree: sp.Basic | ListMember
    readings: list[str] = field(default_factory=list)
    placeholders: dict[str, sp.Basic] = field(default_factory=dict)
    #: the tree as written, where a declared ``summation: einstein`` replaced ``tree`` with its sums
    unsummed: sp.Basic | None = None


Parse = Callable[[str], sp.Basic]


_DELTA_BRACES = re.compile(r"\\delta\s*\{\s*([A-Za-z])\s*,?\s*([A-Za-z])\s*\}")


def kronecker_spelling(latex: str) -> tuple[str, str] | None:
    r"""``\delta{ik}`` → ``\delta_{ik}``: a delta followed directly by a group of two index letters is
    the Kronecker delta with its underscore forgotten. Read literally it would be the product
    δ·i·k, which nobody writes with braces; ``\delta`` alone, ``\delta_{ik}`` and ``\delta(x)`` are
    left alone."""
    if not _DELTA_BRACES.search(latex):
        return None
    found = sorted({m.group(0) for m in _DELTA_BRACES.finditer(latex)})
    out = _DELTA_BRACES.sub(lambda m: f"\\delta_{{{m.group(1)}{m.group(2)}}}", latex)
    return out, f"{', '.join(found)} read as the Kronecker delta (\\delta_{{..}})"


def read_member(latex: str, parse: Parse) -> ParsedMember:
    """Parse literally; on failure try the readings above; re-raise the literal error if none fits.
    A Kronecker delta spelled without its underscore is read as one first (its literal parse
    succeeds, as a product, so it cannot wait for a failure)."""
    spelled = kronecker_spelling(latex)
    if spelled is not None:
        try:
            inner = read_member(spelled[0], parse)
        except LatexError:
            pass
        else:
            return replace(inner, readings=[spelled[1], *inner.readings])
    try:
        literal = parse(latex)
        literal, swapped = transposed_entries(literal)  # W_{bc}^T: entry (b, c) of Wᵀ (documents.entrytranspose)
        return ParsedMember(literal, swapped + opaque_notes(literal))
    except LatexError as first:
        original = first
    lst = _read_list(latex, parse)
    if lst is not None:
        return lst
    from verifier.documents.ellipsis import column_with_vdots, ellipsis_sum  # it imports this module's helpers

    column = column_with_vdots(latex, parse)
    if column is not None:
        return ParsedMember(column[0], [column[1]])
    from verifier.documents.grids import grid_with_dots

    grid = grid_with_dots(latex, parse)  # a matrix written by its corners (\cdots, \vdots, \ddots)
    if grid is not None:
        return ParsedMember(grid[0], [grid[1]])
    text = latex
    notes: list[str] = []
    placeholders: dict[str, str] = {}
    from verifier.documents.barnorms import bar_norm  # |x|_2: the 2-norm (a Markdown table drops the \\ of \\|)
    from verifier.documents.ellipsisarguments import ellipsis_arguments  # f(x_1, \dots, x_n): f of the family x
    from verifier.documents.tuplesums import tuple_sums  # \sum_{(u,i) \in S}: weighted by membership of S

    for rewrite in (ellipsis_arguments, tuple_sums, ellipsis_sum, _partial_of_expression, _forgotten_partial,
                    _forgotten_den_partial, _operator_d, bar_norm):  # fmt: skip
        out = rewrite(text, placeholders)
        if out is None:
            continue
        text, note = out
        notes.append(note)
        try:
            tree = parse(text)
        except LatexError:
            continue
        trees = {}
        for name, src in placeholders.items():
            try:
                trees[name] = parse(src)
            except LatexError:
                raise original from None
        return ParsedMember(tree, notes + opaque_notes(tree), trees)
    from verifier.documents.brackets import restore_bracket

    restored = restore_bracket(latex, parse, original)
    if restored is not None:
        return ParsedMember(restored[1], [restored[2], *opaque_notes(restored[1])])
    raise original


# ---------------------------------------------------------------------------------------------
# Scanning helpers


def split_top(text: str, seps: str) -> list[tuple[str, str]]:
    """Split at top-level characters in ``seps``: [(separator before, piece), ...]."""
    out: list[tuple[str, str]] = []
    depth = 0
    start = 0
    sep = ""
    k = 0
    while k < len(text):
        c = text[k]
        if c == "\\":
            if text.startswith("\\{", k):
                depth += 1
            elif text.startswith("\\}", k):
                depth -= 1
            k += 2
            continue
        if c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
        elif c in seps and depth == 0:
            prev = text[:k].rstrip()
            unary = c in "+-" and (not prev or prev[-1] in "=({[,^_")
            if not unary:
                out.append((sep, text[start:k]))
                sep, start = c, k + 1
        k += 1
    out.append((sep, text[start:]))
    return out


def _is_dots(piece: str) -> bool:
    return bool(re.fullmatch(rf"\s*(?:{_DOTS})\s*", piece))


def _subscript_at(text: str, pos: int) -> tuple[int, int, int, int] | None:
    """The subscript containing ``pos``: (index of '_', content start, content end, index after it)."""
    u = text.rfind("_", 0, pos + 1)
    while u >= 0:
        k = u + 1
        while k < len(text) and text[k] == " ":
            k += 1
        if k < len(text) and text[k] == "{":
            end = _closing(text, k)
            if end > 0 and k <= pos <= end:
                return u, k + 1, end, end + 1
        elif k == pos or (k < pos and text[k:pos].strip() == ""):
            return u, k, k + 1, k + 1
        u = text.rfind("_", 0, u)
    return None


def _template(first: str, last: str) -> tuple[str, str, str] | None:
    """``t_1 z_1`` and ``t_N z_N`` → (template with {VAR}, "1", "N"): the two written ends differ
    only in subscripts, each going from the same first value to the same last value."""
    a, b = first.strip(), last.strip()
    if a == b:
        return None
    pos = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    sa, sb = _subscript_at(a, pos), _subscript_at(b, pos)
    if sa is None or sb is None or sa[0] != sb[0] or a[: sa[0]] != b[: sb[0]]:
        return None
    lo, hi = a[sa[1] : sa[2]].strip(), b[sb[1] : sb[2]].strip()
    if not re.fullmatch(r"\d+", lo) or not re.fullmatch(r"[A-Za-z]|\d+|[A-Za-z]\s*[-+]\s*\d+", hi):
        return None
    tail_a, tail_b = a[sa[3] :], b[sb[3] :]
    if tail_a != tail_b:
        rest = _template(tail_a, tail_b)
        if rest is None or rest[1:] != (lo, hi):
            return None
        lead = len(tail_a) - len(tail_a.lstrip())
        tail_a = tail_a[:lead] + rest[0]
    return a[: sa[0]] + "_{VAR}" + tail_a, lo, hi


def _fill(template: str, value: str) -> str:
    return template.replace("{VAR}", "{" + value + "}")


def _same(x: str, y: str) -> bool:
    def canon(s: str) -> str:
        return re.sub(r"_\{(\w)\}", r"_\1", re.sub(r"\s+", "", s))

    return canon(x) == canon(y)


# ---------------------------------------------------------------------------------------------
# The readings


def _read_list(latex: str, parse: Parse) -> ParsedMember | None:
    text = SIZING.sub("", latex).strip()
    family = re.fullmatch(
        rf"\((?P<body>.*)\)\s*_\{{\s*(?P<var>[A-Za-z])\s*\\in\s*\\\{{\s*(?P<lo>\d+)\s*,\s*(?:{_DOTS})\s*,"
        rf"\s*(?P<hi>[A-Za-z0-9]+)\s*\\\}}\s*\}}",
        text,
        re.S,
    )
    if family:
        try:
            body = parse(family.group("body"))
            lo, hi = parse(family.group("lo")), parse(family.group("hi"))
        except LatexError:
            return None
        var = sp.Symbol(family.group("var"))
        note = f"family (…)_{{{var} ∈ {{{family.group('lo')}, …, {family.group('hi')}}}}} read as a row vector"
        return ParsedMember(ListMember(body, var, lo, hi, row=True), [note])
    if not text or text[0] not in "([" or _closing(text, 0) != len(text) - 1:
        return None
    items = [p for _, p in split_top(text[1:-1], ",")]
    dots = [k for k, p in enumerate(items) if _is_dots(p)]
    if len(dots) != 1 or dots[0] == 0 or dots[0] != len(items) - 2 or len(items) > 4:
        return None
    first, last = items[0], items[-1]
    found = _template(first, last)
    if found is None:
        return None
    template, lo, hi = found
    if len(items) == 4 and not _same(items[1], _fill(template, str(int(lo) + 1))):
        return None
    try:
        body = parse(_fill(template, f"\\mathrm{{{LIST_VAR}}}"))
        lo_t, hi_t = parse(lo), parse(hi)
    except LatexError:
        return None
    note = f"list {first.strip()}, …, {last.strip()} read as a row vector of entries {lo}..{hi}"
    return ParsedMember(ListMember(body, sp.Symbol(LIST_VAR), lo_t, hi_t, row=True), [note])


def _fracs(text: str) -> list[tuple[int, int, int, int, int]]:
    r"""Every ``\frac{num}{den}``: (start, num start, num end, den start, den end)."""
    out = []
    for m in re.finditer(r"\\[dt]?frac\s*(?=\{)", text):
        n0 = m.end()
        n1 = _closing(text, n0)
        if n1 < 0:
            continue
        d0 = n1 + 1
        while d0 < len(text) and text[d0] == " ":
            d0 += 1
        if d0 >= len(text) or text[d0] != "{":
            continue
        d1 = _closing(text, d0)
        if d1 < 0:
            continue
        out.append((m.start(), n0 + 1, n1, d0 + 1, d1))
    return out


def _partial_of_expression(text: str, placeholders: dict[str, str]) -> tuple[str, str] | None:
    for _start, _n0, _n1, d0, d1 in reversed(_fracs(text)):
        den = SIZING.sub("", text[d0:d1]).strip()
        m = re.fullmatch(r"\\partial\s*(\(.*\))", den, re.S)
        if not m or _closing(m.group(1), 0) != len(m.group(1)) - 1:
            continue
        inner = m.group(1)[1:-1].strip()
        name = f"{PLACEHOLDER}{chr(ord('A') + len(placeholders))}"
        placeholders[name] = inner
        text = f"{text[:d0]}\\partial \\mathrm{{{name}}}{text[d1:]}"
        note = f"\\partial ({inner}) read as a derivative with respect to that expression, through the definitions"
        return text, note
    return None


def _forgotten_partial(text: str, placeholders: dict[str, str]) -> tuple[str, str] | None:
    for _start, n0, n1, d0, d1 in reversed(_fracs(text)):
        num, den = text[n0:n1].strip(), text[d0:d1].strip()
        if not re.fullmatch(r"\\partial\s*[^\s\\]?(?:\\[A-Za-z]+(?:\{[^{}]*\})?|[A-Za-z])(?:_\{?\w+\}?)?\s*", den):
            continue
        if "\\partial" in num or re.match(r"d(?![A-Za-z])", num):
            continue
        text = f"{text[:n0]}\\partial {num}{text[n1:]}"
        note = f"\\frac{{{num}}}{{{den}}} read as \\frac{{\\partial {num}}}{{{den}}} (the numerator's ∂ is missing)"
        return text, note
    return None


_VARIABLE = re.compile(r"(?:\\[A-Za-z]+(?:\{[^{}]*\})?|[A-Za-z])(?:_\{?\w+\}?)?(?:\^\{?\(\w+\)\}?)?")


def _forgotten_den_partial(text: str, placeholders: dict[str, str]) -> tuple[str, str] | None:
    r"""``\frac{\partial}{o_k}`` → ``\frac{\partial}{\partial o_k}``: an operator ∂ over a lone variable
    has one meaning (every such fraction of the member is read so, reported once)."""
    out, changed = text, []
    for _start, n0, n1, d0, d1 in reversed(_fracs(text)):
        num, den = text[n0:n1].strip(), text[d0:d1].strip()
        if num != "\\partial" or not _VARIABLE.fullmatch(den):
            continue
        out = f"{out[:d0]}\\partial {den}{out[d1:]}"
        changed.append(den)
    if not changed:
        return None
    dens = ", ".join(sorted(set(changed)))
    return (
        out,
        f"\\frac{{\\partial}}{{{dens}}} read as \\frac{{\\partial}}{{\\partial {dens}}} (the ∂ below is missing)",
    )


def _operator_d(text: str, placeholders: dict[str, str]) -> tuple[str, str] | None:
    m = re.match(r"\s*D_(\{[^{}]+\}|\\?[A-Za-z]+|\w)", text)
    if not m:
        return None
    return (
        f"\\nabla_{m.group(1)}{text[m.end() :]}",
        f"D_{m.group(1)} read as \\nabla_{m.group(1)} (gradient / Jacobian)",
    )


# P, p, \Pr, \mathbb{P}, \operatorname{P}, \mathrm{Pr} right before a bracket: a probability of the event inside
_PROBABILITY_HEAD = re.compile(
    r"(?:(?<![A-Za-z\\])[Pp]|\\Pr|\\(?:mathbb|operatorname|mathrm)\s*\{\s*(?:P|Pr)\s*\}|\\mathbb\s*P)\s*(?:\\left\s*)?$")


def split_nested_equation(latex: str) -> tuple[str, str] | None:
    r"""``s \cdot \left(a = b\right)`` → (``s \cdot \left(a\right)``, ``s \cdot \left(b\right)``).

    Only one ``=`` directly inside one pair of parentheses (not braces: ``\sum_{i=1}``) is read, and never
    the event of a probability (``P(Y = 0)``, ``\Pr(X = k)``, ``p(y = 1 \mid x)``): split, it was the step
    ``P(Y) = P(0)`` nobody wrote (fresh36).
    """
    candidates = []
    for m in re.finditer(r"(?<![:<>!=\\])=(?!=)", latex):
        k = m.start()
        # the innermost bracket around k
        depth_stack: list[int] = []
        i = 0
        while i < k:
            c = latex[i]
            if c == "\\":
                if latex.startswith("\\{", i):
                    depth_stack.append(i)
                elif latex.startswith("\\}", i) and depth_stack:
                    depth_stack.pop()
                i += 2
                continue
            if c in "({[":
                depth_stack.append(i)
            elif c in ")}]" and depth_stack:
                depth_stack.pop()
            i += 1
        if depth_stack and latex[depth_stack[-1]] == "(":
            candidates.append((depth_stack[-1], k))
    if len(candidates) != 1:
        return None
    open_at, eq = candidates[0]
    if _PROBABILITY_HEAD.search(latex[:open_at]):
        return None
    close_at = _closing(latex, open_at)
    if close_at < eq:
        return None
    inner_end = close_at
    sized = re.search(r"\\right\s*$", latex[:close_at])
    if sized:  # \left( … \right): the \right belongs to the closing parenthesis
        inner_end = sized.start()
    head, tail = latex[: open_at + 1], latex[inner_end:]
    a, b = latex[open_at + 1 : eq].strip(), latex[eq + 1 : inner_end].strip()
    if not a or not b:
        return None
    return f"{head}{a}{tail}", f"{head}{b}{tail}"


# ---------------------------------------------------------------------------------------------
# Einstein summation: a repeated index in a product is summed


def einstein(tree: sp.Basic, is_index: Callable[[str], bool], bound: frozenset[str] = frozenset(),
             elementwise: bool = False, nested: bool = False) -> sp.Basic:
    r"""``y_i \log \hat{y}_i`` → ``\sum_i y_i \log \hat{y}_i``: in each product, an index that occurs in
    two or more of its factors (or twice in one entry, ``W_{ii}``) is summed over its range, around
    that product; ``bound`` are indices never summed (those of written sums, and the free indices
    of the step). Physics-style notes (and layer-norm or CS224d solutions) write sums this way; the
    literal reading leaves the index free. Returns the tree unchanged when no index repeats.

    The sum goes around the *outermost* product the index pairs in: in
    ``-y_i \frac{1}{\hat{y}_i} [\hat{y}_i \delta_{ik} - \hat{y}_p \delta_{pk}]`` the i of the bracket is
    the i of ``y_i`` (one sum over the whole term), while p, which pairs only inside the bracket, is
    summed there. An index confined to one factor is left to that factor (``e^{a_j b_j}`` sums
    inside the exponential).

    ``elementwise``: an index that pairs only one family's entries, one inside a bracket or a function, in a
    product that is itself inside a function's argument (``\log\frac{p_w}{1-p_w}``; ``nested``) is not summed
    (:func:`_elementwise`; a definition's body in notes that do not declare the convention). A term's own product
    is still a contraction: ``H = -p_i \log p_i`` is the entropy, a sum."""
    if isinstance(tree, sp.Add):
        return sp.Add(*(einstein(a, is_index, bound, elementwise, nested) for a in tree.args), evaluate=False)
    if isinstance(tree, sp.Derivative):
        return sp.Derivative(einstein(tree.expr, is_index, bound, elementwise, nested), *tree.variable_count)
    if isinstance(tree, sp.Sum | sp.Product):
        inner_bound = bound | {str(v) for v, *_ in tree.limits}
        return tree.func(einstein(tree.function, is_index, inner_bound, elementwise, nested), *tree.limits)
    if isinstance(tree, sp.Indexed | sp.KroneckerDelta):
        counts: dict[str, int] = {}
        _count_indices(tree, is_index, bound, counts)
        return _sum_over(tree, sorted(n for n, c in counts.items() if c >= 2))
    if not isinstance(tree, sp.Mul | sp.Pow | sp.Function):
        return tree
    repeated: list[str] = []
    if isinstance(tree, sp.Mul):
        factors: dict[str, int] = {}
        for f in tree.args:
            here: dict[str, int] = {}
            _count_indices(f, is_index, bound, here)
            for n, c in here.items():
                factors[n] = factors.get(n, 0) + 1
                if c >= 2 and isinstance(f, sp.Indexed | sp.KroneckerDelta):
                    factors[n] += 1  # W_{ii}: a trace
        conditioned = _condition_indices(tree) if elementwise else frozenset()
        repeated = sorted(n for n, c in factors.items() if c >= 2 and n not in conditioned
                          and not (elementwise and nested and _elementwise(tree.args, n, is_index, bound)))
    inner_bound = bound | set(repeated)
    if isinstance(tree, sp.Mul | sp.Pow):
        inner = tree.func(*(einstein(a, is_index, inner_bound, elementwise, nested) for a in tree.args),
                          evaluate=False)
    else:  # a function: its argument's products are nested
        inner = tree.func(*(einstein(a, is_index, inner_bound, elementwise, True) for a in tree.args))
    return _sum_over(inner, repeated)


def _elementwise(factors: tuple[sp.Basic, ...], name: str, is_index: Callable[[str], bool],
                 bound: frozenset[str]) -> bool:
    r"""Does the index ``name`` pair only entries of one family, one of them inside a bracket or a function
    (``p_w`` with ``(1 - p_w)^{-1}``, ``\sigma(z_i)`` with ``1 - \sigma(z_i)``)? Then the product is an
    elementwise formula, not a contraction: Einstein's convention pairs the entries of two tensors
    (``y_i \log\hat{y}_i``, ``W_{ij} x_j``, a Kronecker delta), and summing ``\log\frac{p_w}{1-p_w} -
    \log\frac{p_l}{1-p_l}`` over w and l made ORPO's log odds ratio 0 (fresh49)."""
    families: set[sp.Basic] = set()
    plain = True
    for f in factors:
        here: dict[str, int] = {}
        _count_indices(f, is_index, bound, here)
        if name not in here:
            continue
        for node in sp.preorder_traversal(f):
            if isinstance(node, sp.KroneckerDelta) and any(getattr(a, "name", None) == name for a in node.args):
                families.add(sp.KroneckerDelta)
            elif isinstance(node, sp.Indexed) and any(name == getattr(s, "name", None)
                                                      for i in node.indices for s in i.free_symbols):
                families.add(node.base.label)
        base = f.base if isinstance(f, sp.Pow) and f.exp.is_Number else f
        plain &= isinstance(base, sp.Indexed | sp.KroneckerDelta)
    return len(families) == 1 and not plain


def _condition_indices(tree: sp.Basic) -> frozenset[str]:
    r"""The names a written sum's condition fixes, besides its own index: i in ``\sum_{m \ne i}`` (read as the sum
    of a ``Piecewise`` that is 0 where the condition fails). A sum that leaves out the value i of its index treats i
    as one value there, the softmax over the candidates other than an anchor
    (``p_k = \exp(s_{ik}) / \sum_{m \ne i} \exp(s_{im})``): in notes that declare no convention, i is not an implied
    sum around it (lead55; summing it made every line using p SKIPPED)."""
    out: set[str] = set()
    for node in sp.preorder_traversal(tree):
        if not isinstance(node, sp.Sum) or not isinstance(node.function, sp.Piecewise):
            continue
        own = {str(v) for v, *_ in node.limits}
        for _expr, cond in node.function.args:
            if cond is not sp.true:
                out |= {str(x) for x in cond.free_symbols} - own
    return frozenset(out)


def _sum_over(tree: sp.Basic, names: list[str]) -> sp.Basic:
    out = tree
    for name in names:
        out = sp.Sum(out, (sp.Symbol(name), sp.Symbol(f"{name}__lo"), sp.Symbol(f"{name}__hi")))
    return out


def _count_indices(node: sp.Basic, is_index: Callable[[str], bool], bound: frozenset[str], out: dict[str, int]) -> None:
    if isinstance(node, sp.Sum | sp.Product):
        inner = bound | {str(v) for v, *_ in node.limits}
        _count_indices(node.function, is_index, inner, out)
        return
    if isinstance(node, sp.Indexed):
        for i in node.indices:
            for s in i.free_symbols:
                if isinstance(s, sp.Symbol) and s.name not in bound and is_index(s.name):
                    out[s.name] = out.get(s.name, 0) + 1
        return
    if isinstance(node, sp.KroneckerDelta):
        for i in node.args:
            if isinstance(i, sp.Symbol) and i.name not in bound and is_index(i.name):
                out[i.name] = out.get(i.name, 0) + 1
        return
    for a in node.args:
        if isinstance(a, sp.Basic):
            _count_indices(a, is_index, bound, out)


def log_of_product(tree: sp.Basic) -> sp.Basic:
    r"""``\log \theta^{117} (1 - \theta)^{283}``: the logarithm of the whole product, not of its first
    factor (a product written after ``\log`` without brackets). Also under a derivative or a sum:
    ``\frac{d}{d\theta} \log \theta^{3} (1-\theta)^{2}`` differentiates the same logarithm."""
    if isinstance(tree, sp.Add):
        return sp.Add(*(log_of_product(a) for a in tree.args), evaluate=False)
    if isinstance(tree, sp.Derivative):
        inner = log_of_product(tree.expr)
        return tree if inner == tree.expr else sp.Derivative(inner, *tree.variable_count)
    if isinstance(tree, sp.Sum | sp.Product):
        inner = log_of_product(tree.function)
        return tree if inner == tree.function else tree.func(inner, *tree.limits)
    if isinstance(tree, sp.Mul):
        logs = [a for a in tree.args if isinstance(a, sp.log)]
        rest = [a for a in tree.args if not isinstance(a, sp.log) and not a.is_number]
        if len(logs) == 1 and rest:
            coeff = [a for a in tree.args if a.is_number]
            return sp.Mul(*coeff, sp.log(sp.Mul(logs[0].args[0], *rest), evaluate=False), evaluate=False)
    return tree


_SUM_INDEX = re.compile(r"\\(?:sum|prod)\s*_\s*\{?\s*([A-Za-z])(?![A-Za-z])")  # \sum_i, \sum_{i=1}: i
_BIGOP_HEAD = re.compile(
    r"\\(?:sum|prod)\s*(?:_\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\?[A-Za-z0-9]))?"
    r"\s*(?:\^\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\?[A-Za-z0-9]+))?\s*"
)


# \sum_{y=j} with no upper bound: the terms whose label y is j (latex.labelsums); group 1 the class
_FILTER_HEAD = re.compile(r"\\sum\s*_\s*\{\s*[A-Za-z]\s*=\s*([A-Za-z])\s*\}\s*$")
_NAME = re.compile(r"(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])|\\(?:" + GREEK_ALTERNATION + r")(?![A-Za-z])")


def _per_term(text: str, value: str) -> bool:
    r"""Does ``text`` write a name a filter sum over class ``value`` takes per term (latex.labelsums): one with no
    subscript of the class alone (``x``, ``\mu``; not ``\mu_j``, ``m_j``)?"""
    v = re.escape(value)
    of_class = r"(?:\\[A-Za-z]+|[A-Za-z])\s*_\s*(?:\{\s*" + v + r"\s*\}|" + v + r"(?![A-Za-z]))"
    return _NAME.search(re.sub(of_class, " ", text)) is not None


def _unbound(rest: str, index: str) -> str:
    r"""``rest`` with each of its terms cut at a ``\max_j``/``\min_j`` over ``index`` (verifier.latex.extrema): the
    j such an extremum writes after it is its own (``\sum_j z_j - \max_j z_j``: the max's j is no j of the sum)."""
    head = re.compile(r"\\(?:max|min)(?![A-Za-z])\s*_\s*\{?\s*" + re.escape(index) + r"(?![A-Za-z])")
    kept = []
    for sep, piece in split_top(rest, "+-"):
        m = head.search(piece)
        kept.append(f" {sep} {piece[: m.start()] if m else piece}")
    return "".join(kept)


#: how a step read by :func:`sum_over_the_rest` / :func:`operator_over_the_rest` says so (documents.meanings, and
#: ``verify check`` for a claim that fails as written)
SUM_NOTE = "the sum over every term after it (no brackets close it)"
LOG_NOTE = "\\log applied to the whole product after it"  # documents.logterms' rewrites
OPERATOR_NOTE = "the derivative applied to every term after it (no brackets close its operand)"


def sum_over_the_rest(latex: str) -> str | None:
    r"""``\sum_i \frac{y}{\phi} - \frac{1-y}{1-\phi}`` → ``\sum_i \left(\frac{y}{\phi} - \frac{1-y}{1-\phi}\right)``:
    a sum (or product) written without brackets, followed by more terms, read as extending over them
    (how many authors mean it). None when no such sum starts a term, or its summand is bracketed (then
    the brackets say where it ends), or its summand writes the sum's index and the terms after it never
    do: ``\sum_i a_i + c`` adds c once (read into the sum, ``= \sum_i (a_i + c)`` forgetting n·c held)."""
    terms = split_top(latex, "+-")
    for k, (op, piece) in enumerate(terms[:-1]):
        lead = piece.lstrip()
        sign = ""
        if lead.startswith(("-", "+")):
            sign, lead = lead[0], lead[1:].lstrip()
        m = _BIGOP_HEAD.match(lead)
        if m is None or m.end() == len(lead):
            continue
        body = lead[m.end() :]
        if body.startswith(("(", "\\left", "\\big", "\\Big", "[", "\\{")):
            continue  # the author bracketed the summand: the brackets say where it ends
        before = "".join(f" {s} {p}" if s else p for s, p in terms[:k])
        rest = "".join(f" {s} {p}" for s, p in terms[k + 1 :])
        index = _SUM_INDEX.match(lead)
        if index is not None:
            written = re.compile(r"(?<![A-Za-z\\])" + re.escape(index.group(1)) + r"(?![A-Za-z])")
            if written.search(body) and not written.search(_unbound(rest, index.group(1))):
                continue  # the summand is indexed and the rest is not: the rest stands outside the sum
        if (label := _FILTER_HEAD.match(lead[: m.end()])) is not None and _per_term(body, label.group(1)) \
                and not _per_term(rest, label.group(1)):
            continue  # \sum_{y=j} x - \mu_j: the rest writes only the class's names (latex.labelsums), as above (red64)
        return f"{before} {op} {sign}{lead[: m.end()]}\\left( {body}{rest} \\right)".strip()
    return None


# a derivative operator written before its operand: \nabla_w, \nabla_{\!\theta}, \frac{d}{dx},
# \frac{\partial}{\partial x_i},
# \frac{\mathrm{d}}{\mathrm{d}x}, \partial_x
_GROUP = r"(?:\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}|\\?[A-Za-z0-9]+)"
OPERATOR_HEAD = re.compile(
    r"(?:\\nabla(?:\s*_\s*" + _GROUP + r")?"
    r"|\\[dt]?frac\s*\{\s*(?:d|\\partial|\\mathrm\s*\{\s*d\s*\}|\\operatorname\s*\{\s*d\s*\})\s*\}\s*" + _GROUP +
    r"|\\partial\s*_\s*" + _GROUP +
    # d/dx, the operator written with a slash (latex.rewrite reads it as \frac{d}{dx}; not d/d_k, a ratio)
    r"|(?<![A-Za-z\\])d\s*/\s*d\s*(?:\\[A-Za-z]+|[A-Za-z])(?![A-Za-z])(?:\s*_\s*" + _GROUP + r")?"
    r")\s*"
)


def operator_over_the_rest(latex: str) -> str | None:
    r"""``\nabla_w \frac12\|Xw - y\|^2 + \frac\lambda2\|w\|^2`` → ``\nabla_w \left(\frac12\|Xw - y\|^2 +
    \frac\lambda2\|w\|^2\right)``: a derivative operator that opens a member, its operand not bracketed and
    followed by more terms, read as applying to all of them, as authors who write the objective after ∇
    mean it (literally it applies to the first term only). None when the member does not open with such an
    operator, its operand is bracketed (the brackets say where it ends) or nothing follows it."""
    latex = latex.strip()
    if latex.startswith("{") and brace_end(latex, 0) == len(latex) - 1:
        latex = latex[1:-1]  # {…}: a member a claim typed on the command line wraps (commands.checknotes)
    terms = split_top(latex, "+-")
    if len(terms) < 2:
        return None
    lead = terms[0][1].lstrip()  # a sign before it ("-\nabla f + g") would be read into the operand too: not read
    m = OPERATOR_HEAD.match(lead)
    if m is None or m.end() == len(lead):
        return None
    body = lead[m.end() :]
    if body.startswith(("(", "\\left", "\\big", "\\Big", "[", "\\{")):
        return None  # the author bracketed the operand: the brackets say where it ends
    rest = "".join(f" {s} {p}" for s, p in terms[1:])
    return f"{lead[: m.end()]}\\left( {body}{rest} \\right)".strip()


_LOG = re.compile(r"\\(?:log|ln)(?![A-Za-z])")
_BARE = re.compile(r"\s*(?!\(|\\left|\\big|\\Big|\\bigg|\\Bigg|\[|\\\{|\{)")
# what may stand before ``\log`` in its term: a sign, a number, a derivative or sum operator, brackets
_OPERATOR = re.compile(
    r"\\d?frac\{\s*(?:d|\\partial)\s*\}\{[^{}]*\}"
    r"|\\(?:sum|prod|nabla|partial)(?:_\{[^{}]*\}|_\\?[A-Za-z0-9]+)?(?:\^\{[^{}]*\}|\^[A-Za-z0-9])?"
    r"|\\d?frac\{\s*[0-9.]+\s*\}\{\s*[0-9.]+\s*\}"
    r"|\\(?:left|right|big|Big|bigg|Bigg|cdot|times|,|;|!|quad|qquad)(?![A-Za-z])"
    r"|[0-9.\s()\[\]{}]"
)


def logs_lead_their_terms(latex: str) -> bool:
    r"""May :func:`log_of_product` read this member? Only where every ``\log`` is bare (no bracket
    after it: a bracket says what the logarithm is of) and comes first in its term, after at most a
    sign, a number or a derivative or sum operator: ``\log x y`` and ``\frac{d}{d\theta} \log
    \theta^3 (1-\theta)^2`` may mean the log of the whole product *after* it, while ``y \log x`` may
    not be read as ``\log(xy)`` — the tree of a product has lost which factor was written first."""
    found = False
    for m in _LOG.finditer(latex):
        if not _BARE.match(latex, m.end()) or stops_at_a_product(latex, m.end()):
            return False  # a bracket, or an explicit product after the log (\log x \cdot y), says what it is of
        found = True
        if _OPERATOR.sub("", _term_prefix(latex, m.start())).strip():
            return False
    return found


def _term_prefix(latex: str, pos: int) -> str:
    """The text of the term before ``pos``: back to the nearest ``+``, ``-``, ``=`` or ``&`` of the
    same or an enclosing group (an enclosing bracket is passed: a factor before it multiplies the
    log too)."""
    depth, k = 0, pos
    while k > 0:
        c = latex[k - 1]
        if c in ")]}":
            depth += 1
        elif c in "([{":
            depth = max(depth - 1, 0)
        elif depth == 0 and c in "+-=&":
            break
        k -= 1
    return latex[k:pos]
