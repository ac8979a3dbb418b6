r"""The evidence a chain's trees give about their undeclared names, read node by node.

:mod:`verifier.documents.infer` owns the inference (its state, the order of the passes, the
:class:`~verifier.documents.infer.InferredScope` it returns); this module owns the *reading*: what one
node of a tree says about a name — a sum's index and bounds, a subscript (an entry of a vector, a
row of a matrix, a label), a transpose, a norm, a logarithm (a positive name), a bold letter, the
argument of a function — and the bookkeeping of names and index sizes every such reading shares.
It is a mixin of the inference (:class:`_Evidence`), as :class:`verifier.documents.shapes._Shapes`
is its size half: the passes call into one another through the shared state, so a set of free
functions would pass the whole state anyway.
"""
from __future__ import annotations

from collections.abc import Iterable

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.annotations import RESERVED
from verifier.documents.context import (
    Definition,
    IndexRange,
    Key,
    Size,
    VarDecl,
    display_key,
    key_of,
    text_of,
)
from verifier.documents.familyorientation import oriented
from verifier.documents.functions import FUNCTIONS, VECTOR_FUNCTIONS
from verifier.documents.functionsubscripts import own_name
from verifier.documents.indexedpi import is_policy
from verifier.documents.instances import SHIFT, UNSHIFT
from verifier.documents.numberedtransposes import transposed_numbered
from verifier.documents.rowsoftmax import argument_kind
from verifier.documents.samplelength import annotated_sample_length
from verifier.documents.shapes import (
    _Name,
    _Shapes,
    is_capital,
)
from verifier.documents.sumbounds import joined_bound
from verifier.latex import Component
from verifier.latex.vocabulary import ALL

#: functions the resolver knows (applied, never inferred)

#: why inference names an index of a written sum (documents.boundlesssums reads it: a bound-less sum's index)
SUM_INDEX = "the index of a \\sum over"
KNOWN_FUNCTIONS = frozenset(FUNCTIONS) | frozenset({
    "transpose", "grad", "norm", "hadamard", "hdivide", "kron", "outer", "inner", "tr", "diag", "det", "hessian",
    "bytranspose", "byinverse", "vec", "minor"})  # fmt: skip
VECTOR_ARGUMENTS = VECTOR_FUNCTIONS | {"softmax"}
FIRST_SIZES = (3, 2, 4, 5, 6, 7)
MAX_LITERAL_SIZE = 12  # \sum_{i=1}^{400} over data: the vector is not built with 400 entries
_LOG_LIKE = (sp.log,)


def _hides_sign(tree: sp.Basic) -> bool:
    r"""Is the sign of ``tree``'s arguments lost before a logarithm or root sees them? A name must be
    positive where ``\log``/``\sqrt`` take it as it is or as a factor (``\log x``, ``\log ab``,
    ``\sqrt{x/y}``), not inside a function of it or an even power: ``\log(1 + e^{-x})`` and
    ``\sqrt{x^2 + \epsilon}`` are real for every x, and reading x positive there would check only half
    of a claim (``\sqrt{x^2} = x`` would hold)."""
    if isinstance(tree, sp.Pow):
        return bool(tree.exp.is_even)
    if isinstance(tree, AppliedUndef) and tree.func.__name__ == "transpose":
        return False
    return isinstance(tree, sp.Function) and not isinstance(tree, _LOG_LIKE)



# ---------------------------------------------------------------------------------------------
# Names used by trees


def names_in(tree: sp.Basic) -> set[str]:
    """Base names of every symbol and indexed name in ``tree`` (for non-commuting re-parsing)."""
    out: set[str] = set()
    for sub in sp.preorder_traversal(tree):
        if isinstance(sub, sp.Indexed):
            out.add(text_of(sub.base.label))
        elif isinstance(sub, sp.Symbol) and not isinstance(sub, sp.Dummy):  # a Dummy: the parser's bound variable
            out.add(sub.name)
    return out


def names_and_functions(tree: sp.Basic) -> set[str]:
    """:func:`names_in` and the names of the functions ``tree`` applies (``f`` of ``f(x)``)."""
    return names_in(tree) | {f.func.__name__ for f in tree.atoms(AppliedUndef)}


def _short_text(node: sp.Basic) -> str:
    text = str(node)
    return text if len(text) <= 30 else text[:27] + "..."




def dim_text(d: object) -> str:
    if isinstance(d, tuple) and len(d) == 2 and isinstance(d[0], str):
        if d[1] and d[1][-1] in (SHIFT, UNSHIFT):
            return display_key((d[0], d[1][:-1])) + d[1][-1]  # type: ignore[arg-type]
        return display_key(d)  # type: ignore[arg-type]
    return str(d)



def _most_in_one_product(body: sp.Basic, letter: str) -> int:
    """The most times the index ``letter`` occurs in one expression of ``body`` with every function's
    argument cut out as an expression of its own (``x_k y_k``: 2; ``(a + s_k) e^{1/(a + s_k)}``: 1):
    an implied sum repeats an index in one product, not across a function and its argument."""
    most = 0

    def count(e: sp.Basic) -> int:
        nonlocal most
        if isinstance(e, sp.Indexed):
            return sum(1 for i in e.indices for sym in i.free_symbols if str(sym) == letter)
        if isinstance(e, sp.Function):
            for arg in e.args:
                most = max(most, count(arg))
            return 0
        return sum(count(arg) for arg in e.args)

    return max(most, count(body))



class _Evidence(_Shapes):
    """Reading a tree's nodes as evidence about the names (mixed into the inference)."""

    index_why: dict[str, str]
    functions: dict[str, int]
    sizes: dict[Key, str]
    bounds: set[Key]
    zero: dict[object, str]
    zero_len: list[object]
    last_index: list[object]
    written: list[tuple[object, int]]
    variable_constants: frozenset[str]
    digit_entries: dict[str, set[tuple[int, ...]]]
    slice_own: dict[Key, int]
    normed: dict[Key, str]
    entries_of_arguments: list[tuple[object, Key]]
    tree_names: set[str]

    # -- helpers ---------------------------------------------------------------------------
    def known(self, key: Key) -> bool:
        if key in self.scope.names:
            return True
        if key[0] in self.variable_constants and not key[1]:
            return False  # \frac{dH}{d\pi}: π is a quantity of this chain (variableconstants)
        # a bare δ (no indices) is a number of the notes (Huber's threshold, a step size); only δ_{ij} is Kronecker's
        if key == ("pi", ()) and (self.ann.indexed_pi or self.ann.called_pi):
            return False  # π_k and never π alone, or π(a) only: the notes' family or policy, not the number (indexedpi)
        if key == ("E", ()) and self.ann.plain_e:
            return False  # L = E + A/N^α in notes that write no expectation: E is theirs (documents.plaine)
        return key[0] in RESERVED and not key[1] and key[0] != "delta"

    def index(self, name: str, why: str) -> object:
        if name == ALL.name:  # the ':' of a slice (w_{:,j}) runs over a whole axis: no index of its own
            return self.d.new()
        if name not in self.indices:
            entry = self.scope.names.get((name, ()))
            if isinstance(entry, IndexRange):
                self.indices[name] = entry.hi
            else:
                self.indices[name] = self.d.new()
                self.index_why[name] = why
        return self.indices[name]

    def name(self, key: Key) -> _Name:
        if key not in self.names:
            self.names[key] = _Name("open")
        return self.names[key]

    def vec(self, d: object) -> tuple[object, object]:
        """The dims of a new vector of length ``d``: a column, or a row in the row reading."""
        return (1, d) if self.rows else (d, 1)

    def make(self, key: Key, kind: str, why: str, dims: tuple[object, object] | None = None) -> _Name:
        n = self.name(key)
        if n.kind in ("vector", "matrix"):
            if dims is not None and n.dims is not None:
                self.d.union(n.dims[0], dims[0])
                self.d.union(n.dims[1], dims[1])
            if kind == "matrix" and n.kind == "vector" and n.dims is not None and dims is not None:
                pass
            return n
        if n.kind == "scalar" and kind == "scalar":
            return n
        n.kind = kind
        n.why = why
        if kind == "vector":
            n.dims = dims or self.vec(self.d.new())
        elif kind == "matrix":
            n.dims = dims or (self.d.new(), self.d.new())
        return n

    # -- evidence --------------------------------------------------------------------------
    def annotations(self) -> None:
        for key, shape in self.ann.shapes.items():
            if self.known(key):
                continue
            dims = [self._size(d) for d in shape]
            self.d.general.update(d for d in dims if isinstance(d, tuple))
            if key in self.ann.literals:
                self.zero_len.extend(d for d in dims if isinstance(d, int))  # n entries written: 0..n-1 from 0
                what = "a vector" if len(dims) == 1 else "a matrix"
                self.make(key, what[2:], f"written out as {what} literal with {'×'.join(map(str, shape))} entries",
                          self.vec(dims[0]) if len(dims) == 1 else (dims[0], dims[1]))  # fmt: skip
            elif not dims and key in self.ann.roles:
                self.make(key, "scalar", f"the prose calls it the {self.ann.roles[key]}")
            elif not dims:
                self.make(key, "scalar", "annotated \\in \\mathbb{R}")
            elif len(dims) == 1:
                self.make(key, "vector", f"annotated \\in \\mathbb{{R}}^{{{dim_text(shape[0])}}}", self.vec(dims[0]))
            else:
                self.make(key, "matrix", "annotated \\in \\mathbb{R}^{"
                          + " \\times ".join(dim_text(s) for s in shape) + "}", (dims[0], dims[1]))  # fmt: skip
        for key in sorted(self.ann.rows):  # "with $v$ a row vector": a 1×n row (documents.rownames)
            if not self.known(key):
                self.make(key, "vector", "the prose calls it a row vector", (1, self.d.new()))

    def _size(self, d: object) -> object:
        if isinstance(d, tuple) and len(d) == 2 and isinstance(d[0], str) and isinstance(d[1], tuple):
            key: Key = d  # type: ignore[assignment]
            entry = self.scope.names.get(key)
            if (entry is None or (isinstance(entry, Definition) and not entry.is_function)) and key not in self.sizes:
                self.sizes[key] = "a size (used as a dimension)"  # (a defined vector h: kept apart in result())
            return key
        return d

    def walk(self, tree: sp.Basic, bound: frozenset[str] = frozenset(), in_log: bool = False) -> None:
        if isinstance(tree, sp.Sum | sp.Product):
            inner = set(bound)
            for k, (var, lo, hi) in enumerate(tree.limits):
                v = str(var)
                inner.add(v)
                # sympy lists limits inner first: in \sum_{i=1}^n \sum_{j=i+1}^n the outer i binds j's bound
                outer = bound | {str(later[0]) for later in tree.limits[k + 1:]}
                size = self.index(v, f"{SUM_INDEX} {v}")
                if isinstance(lo, sp.Symbol) and lo.name.endswith("__lo") and (
                    not isinstance(hi, sp.Symbol) or hi.name.endswith("__hi")
                ):
                    continue  # \sum_i: the range is inferred; \sum_i^m: i from the range's start to the size m
                if lo == 0:
                    self.zero.setdefault(size, f"a sum over {v} from 0")
                if isinstance(hi, sp.Symbol) and hi.name not in bound and not self.known((hi.name, ())):
                    self.sizes.setdefault((hi.name, ()), f"the upper bound of a sum over {v}")
                    self.last_index += joined_bound(self.d, size, (hi.name, ()), self.bounds)  # (sumbounds)
                    self.bounds.add((hi.name, ()))
                elif isinstance(hi, sp.Integer) and lo in (0, 1) and int(hi) <= MAX_LITERAL_SIZE:
                    self.d.union(size, int(hi))
                elif isinstance(hi, sp.Symbol) and isinstance(self.scope.names.get((hi.name, ())), Size):
                    self.d.union(size, (hi.name, ()))
                elif lo == 0 and isinstance(hi, sp.Add) and len(hi.args) == 2 and -1 in hi.args:
                    count = next(a for a in hi.args if a != -1)
                    if isinstance(count, sp.Symbol) and count.name not in bound and (
                        not self.known((count.name, ())) or isinstance(self.scope.names.get((count.name, ())), Size)
                    ):
                        self.zero_len += joined_bound(self.d, size, (count.name, ()), self.bounds)  # 0..K-1
                if not isinstance(hi, sp.Symbol | sp.Integer) or not isinstance(lo, sp.Integer):
                    # \sum_{k=0}^{K-1}: the names in a bound are sizes too (a range cannot have a real end)
                    for end, what in ((lo, "lower"), (hi, "upper")):
                        for sym in sorted(end.free_symbols - {var}, key=str) if isinstance(end, sp.Basic) else ():
                            key = (str(sym), ())
                            if isinstance(sym, sp.Symbol) and sym.name not in outer and not self.known(key) \
                                    and not sym.name.endswith(("__lo", "__hi")):  # fmt: skip
                                self.sizes.setdefault(key, f"in the {what} bound of a sum over {v}")
                                self.bounds.add(key)
                self.walk(lo, frozenset(bound), in_log)
                self.walk(hi, frozenset(bound), in_log)
            self.walk(tree.function, frozenset(inner), in_log)
            return
        if isinstance(tree, sp.KroneckerDelta):
            # \delta_{bp}: both are indices (a real p would make it 0), over one range (it compares them)
            dims = [self.index(i.name, "a subscript of delta") for i in tree.args
                    if isinstance(i, sp.Symbol) and i.name not in bound]  # fmt: skip
            if len(dims) == 2:
                self.d.union(dims[0], dims[1])
            return
        if isinstance(tree, Component) and ALL in tree.args[1:] and isinstance(tree.args[0], sp.Symbol):
            # w_{:,j}: w is a matrix, j one of its column indices (the ':' is no index of its own)
            tree = sp.Indexed(sp.IndexedBase(tree.args[0]), *tree.args[1:])
            bound = frozenset(bound | {ALL.name})
        if isinstance(tree, Component):
            self._component(tree, bound)
        if isinstance(tree, sp.Indexed):
            self._indexed(tree, bound)
            if in_log:
                self._positive(tree)
            return
        if isinstance(tree, sp.Symbol):
            key = (tree.name, ())
            if isinstance(tree, sp.Dummy):
                return  # the parser's own bound variable (σ'(2x) is dσ(u)/du at u = 2x), never a name of the notes
            if tree.name in bound or self.known(key) or tree.name.endswith(("__lo", "__hi")):
                return
            n = self.name(key)
            if key in self.ann.bold:
                self.make(key, "matrix" if is_capital(tree.name) else "vector", "written in bold")
            if in_log or tree.name.startswith("\\sum_"):  # \sum_K used as a name: a total of e^… (latex.opaque)
                n.positive = True
            return
        if isinstance(tree, AppliedUndef):
            fname = tree.func.__name__
            if fname == "transpose":
                arg = tree.args[0]
                if isinstance(arg, sp.Symbol) and not self.known((arg.name, ())) and arg.name not in bound:
                    kind = "matrix" if is_capital(arg.name) else "vector"
                    self.make((arg.name, ()), kind, "transposed")
                elif isinstance(arg, sp.Indexed) and self._label_key(arg) is not None:
                    # q_t^T with t a label (q_t one name): transposed, it is a vector like q^T; read as a
                    # number, (σ(q_t^T h) − 1) q_t^T for (σ(q_t^T h) − 1) q_t held (trust14)
                    key = self._label_key(arg)
                    self.make(key, "matrix" if is_capital(key[0]) else "vector", "transposed")
                elif transposed_numbered(self, arg, bound):  # W_2^T, w_2^T (documents.numberedtransposes)
                    pass
                elif isinstance(arg, sp.Add):
                    # (a - b)^T: each term of a transposed sum is transposed with it; a term that is a
                    # lone name (or a number times one) is a vector (a capital: a matrix)
                    for term in arg.args:
                        factors = [f for f in sp.Mul.make_args(term) if not f.is_number]
                        if len(factors) == 1 and isinstance(factors[0], sp.Symbol):
                            name = factors[0].name
                            if not self.known((name, ())) and name not in bound:
                                kind = "matrix" if is_capital(name) else "vector"
                                self.make((name, ()), kind, "in a transposed sum")
            elif fname == "norm":
                self._normed(tree, bound)  # ‖Ax − b‖: a vector where nothing else says (infer_scope)
            elif fname == "inner" and len(tree.args) == 3 and not self.rows:
                self._weighted_inner(tree, bound)  # ⟨a, b⟩_W = aᵀWb: vectors and a matrix
            elif fname not in KNOWN_FUNCTIONS and not self._defined_function(fname):
                # p(x, y) beside p(x): two functions by one letter (a joint and a marginal density), no one arbitrary
                # function of its arguments (documents.infer makes it arbitrary only at one arity: -1 marks mixed)
                seen = self.functions.get(fname, len(tree.args))
                self.functions[fname] = len(tree.args) if seen == len(tree.args) else -1
            elif fname in VECTOR_ARGUMENTS and len(tree.args) == 1 and isinstance(tree.args[0], sp.Symbol):
                arg = tree.args[0]
                if arg.name not in bound and not self.known((arg.name, ())):  # softmax(S): a batch, row by row
                    self.make((arg.name, ()), argument_kind(fname, arg.name), f"the argument of {fname}")
                elif (arg.name, ()) in self.defined and self.name((arg.name, ())).kind == "open":
                    self.make((arg.name, ()), "vector", f"the argument of {fname}")  # ŷ = softmax(z), z = W h + b
            elif fname in VECTOR_ARGUMENTS and len(tree.args) == 1 and (key := key_of(tree.args[0])) is not None:
                # softmax(z_2) with the notes' z_2 = W_2 h + b_2: a layer's name with a label, a vector
                if key in self.defined and self.name(key).kind == "open":
                    self.make(key, "vector", f"the argument of {fname}")
        if isinstance(tree, sp.Derivative):
            for var, _ in tree.variable_count:
                self.walk(var, bound, False)
            self.walk(tree.expr, bound, False)
            return
        if isinstance(tree, sp.Pow) and not tree.exp.is_integer and not self._integer_exponent(tree.exp, bound):
            self.walk(tree.base, bound, True)
            self.walk(tree.exp, bound, in_log)
            return
        log_arg = isinstance(tree, _LOG_LIKE)
        inner = log_arg or (in_log and not _hides_sign(tree))
        for a in tree.args:
            if isinstance(a, sp.Basic):
                self.walk(a, bound, inner)

    def _integer_exponent(self, exp: sp.Basic, bound: frozenset[str]) -> bool:
        r"""Is ``exp`` an integer for every value its names take, being an integer expression of a
        sum's indices and the notes' sizes (``x^n`` in ``\sum_{n=0}^{2} x^n``, ``x^{2n-1}``, ``x^{N+1}``)? Such a
        power is a product of the base with itself and says nothing of the base's sign; read as a fractional
        power it made x positive and ``\sum_{n=0}^{2} x^n = 1 + |x| + x^2`` was PROVED (checked for x > 0 only)."""
        names = exp.free_symbols
        if not names or not all(
            isinstance(n, sp.Symbol) and (n.name in bound or n.name in self.indices or (n.name, ()) in self.sizes
                                          or isinstance(self.scope.names.get((n.name, ())), Size | IndexRange))
            for n in names
        ):  # fmt: skip
            return False
        return bool(exp.xreplace({n: sp.Dummy(integer=True) for n in names}).is_integer)

    def _label_key(self, node: sp.Indexed) -> Key | None:
        """The key of ``q_t`` where ``t`` labels it (one name, see :meth:`labels_in_definitions`) and
        nothing declares it; None for an entry of a family or a declared name."""
        key: Key = (str(node.base.label), tuple(str(i) for i in node.indices))
        if key in self.labels and key not in self.ann.labelled and not self.known(key):
            return key
        return None

    def _normed(self, tree: sp.Basic, bound: frozenset[str]) -> None:
        """``‖x‖``, ``‖Ax − b‖``, ``‖Wx‖``: a lone name inside a norm, a lone term of a sum inside it, or
        the lowercase factor of a capital times it, is a vector (a lone capital: a matrix) where nothing
        else gives its shape (see :func:`infer_scope`).
        Without this, names with no other evidence are scalars, and a missing transpose
        (∇_x‖Ax − b‖² = 2A(Ax − b)) held."""
        arg = tree.args[0] if tree.args else None
        if not isinstance(arg, sp.Basic) or arg.atoms(sp.Indexed) or any(
            self.known(k) or k in self.defined for k in ((n, ()) for n in names_in(arg))
        ):
            return  # ‖z_2 − y‖ with z_2 declared or defined: y's shape comes from it (the sizes unify)
        for term in arg.args if isinstance(arg, sp.Add) else (arg,):
            factors = [f for f in sp.Mul.make_args(term) if not f.is_number] if isinstance(term, sp.Basic) else []
            if len(factors) == 2 and all(isinstance(f, sp.Symbol) and not isinstance(f, sp.Dummy) for f in factors) \
                    and is_capital(factors[0].name) and not is_capital(factors[1].name):  # fmt: skip
                factors = factors[1:]  # ‖Wx‖: a matrix times a vector; x is the vector (W follows from the product)
            if len(factors) != 1 or not isinstance(factors[0], sp.Symbol) or isinstance(factors[0], sp.Dummy):
                continue
            name = factors[0].name
            if name not in bound and not self.known((name, ())) and not name.endswith(("__lo", "__hi")):
                self.normed.setdefault((name, ()), "matrix" if is_capital(name) else "vector")

    def compared(self, names: list[str]) -> None:
        """``if i = j``: ``j`` is compared with the index ``i``, so it is an index of ``i``'s range."""
        indices = [n for n in names if n in self.indices or isinstance(self.scope.names.get((n, ())), IndexRange)]
        if not indices:
            return
        first = indices[0]
        size = self.index(first, "")
        for n in names:
            if n in indices or self.known((n, ())) or n in RESERVED:
                continue
            named = self.names.get((n, ()))
            if named is not None and named.kind in ("vector", "matrix"):
                continue
            self.d.union(self.index(n, f"compared with the index {first} in a condition"), size)

    def _component(self, node: Component, bound: frozenset[str]) -> None:
        r"""``\operatorname{softmax}(\theta)_i``: i is an index (not a real number), over the entries of
        the function's value — those of its vector argument when it has one (softmax works entry by entry
        on a vector of that length)."""
        value, *subs = node.args
        if isinstance(value, AppliedUndef) and len(value.args) >= 2:
            # e_\phi(x_t, t): a network's output, a family by its subscript, no one arbitrary function of its
            # arguments (documents.infer makes one of a plain call only; -1 marks it as the mixed arities do)
            self.functions[value.func.__name__] = -1
        letters = [i.name for i in subs
                   if isinstance(i, sp.Symbol) and i.name not in bound and not self.known((i.name, ()))]  # fmt: skip
        for name in letters:
            size = self.index(name, f"a subscript of {_short_text(value)}")
            if len(subs) == 1 and isinstance(value, AppliedUndef) and len(value.args) == 1:
                arg = value.args[0]
                if isinstance(arg, sp.Symbol):
                    self.entries_of_arguments.append((size, (arg.name, ())))
                    self.argument_entries()

    def argument_entries(self) -> None:
        """Unify each ``f(z)_c`` index range with the length of z, where z is a vector by now."""
        for size, key in self.entries_of_arguments:
            n = self.names.get(key)
            if n is not None and n.kind == "vector" and n.dims is not None:
                self.d.union(size, n.dims[0] if n.dims[1] == 1 else n.dims[1])

    def _defined_function(self, name: str) -> bool:
        e = self.scope.names.get((name, ()))
        return (isinstance(e, Definition) and (e.is_function or bool(e.builtin))) or (
            isinstance(e, VarDecl) and e.kind == "function"
        )

    def _positive(self, node: sp.Indexed) -> None:
        key = (str(node.base.label), ())
        labelled = (key[0], tuple(str(i) for i in node.indices))
        if labelled in self.labels:
            key = labelled
        if key in self.names:
            self.names[key].positive = True

    def _indexed(self, node: sp.Indexed, bound: frozenset[str]) -> None:
        base = str(node.base.label)
        raw = tuple(str(i) for i in node.indices)
        # π_1, π_2 (mixture weights, class priors): numbered names of their own, never the constant π
        numbered_pi = base == "pi" and all(s.isdigit() for s in raw)
        if numbered_pi and isinstance(self.scope.names.get(("pi", ())), Definition):
            return  # π_a := e^{θ_a}/Σ_b e^{θ_b}: π_1 is an entry of the notes' family (definitions.indexed_pi)
        family_pi = base == "pi" and self.ann.indexed_pi  # π_k, never π alone: the notes' family (indexedpi)
        if self.ann.policy_pi and is_policy(base, raw) and not self.known((base, raw)):
            self.name((base, raw))  # π_θ, π_{θ_old}: a policy named by its parameters, as π_ref is (fresh63)
            return
        if base in RESERVED and not numbered_pi and not family_pi:  # \mathbf{1}_h, \delta_{ij}: the resolver knows them
            for i in node.indices:
                if isinstance(i, sp.Symbol) and i.name not in bound and not self.known((i.name, ())):
                    self.index(i.name, f"a subscript of {base}")
            return
        if (base, raw) in self.labels and (base, raw) not in self.ann.labelled and not self.known((base, raw)):
            self.name((base, raw))
            return
        if (base, raw) in self.ann.labelled and raw[0] not in bound and not self.known((base, ())):
            if not self.known((base, raw)):
                why = f"written \\mathbf{{{base}_{raw[0]}}} in the notes: {raw[0]} labels it, not an entry"
                self.make((base, raw), "matrix" if is_capital(base) else "vector", why)
            return
        # x_1 of a family of samples (annotatedsamples, x^()[1]): sample 1, a vector of the family, no name of its own
        member = base.endswith("^()") and base[: -len("^()")] in self.ann.vector_samples
        if all(s.isdigit() for s in raw) and not member:
            if not self.ann.shapes.get((base, raw)):  # \mathbf{w}_0 \in R^d: a vector of its own, no entry of w
                self.digit_entries.setdefault(base, set()).add(tuple(int(s) for s in raw))
            if self.known((base, raw)) or (self.known((base, ())) and not numbered_pi
                                           and not own_name(self.scope, (base, raw))):  # \ell_0 beside \ell(v)
                return
            # W_1, w_{11}: a name of its own unless the base is (or becomes) a vector/matrix
            self.name((base, raw))
            if (base, ()) in self.ann.bold or (base, raw) in self.ann.bold:
                self.make((base, raw), "matrix" if is_capital(base) else "vector", "written in bold")
            return
        if self.known((base, raw)):
            return  # \Sigma_C defined as one name
        cut = 0
        # x_{1j} of samples (annotatedsamples): entry j of sample 1, not a name x_1
        while cut < len(raw) and raw[cut].isdigit() and base[:-3] not in self.ann.vector_samples:
            cut += 1
        head: Key = (base, raw[:cut])
        if self.known(head):
            dims = [
                self.index(i.name, f"a subscript of {display_key(head)}")
                for i in node.indices[cut:]
                if isinstance(i, sp.Symbol)
            ]
            if len(dims) == len(node.indices[cut:]):
                self._declared_axes(head, dims)
            if head in self.defined and len(dims) == len(node.indices[cut:]) and len(dims) in (1, 2):
                # \hat{y}_a with \hat{y} := softmax(\theta): the defined name is a vector (its body too)
                kind = "vector" if len(dims) == 1 else "matrix"
                self.make(head, kind, "a defined name written with subscripts",
                          self.vec(dims[0]) if len(dims) == 1 else (dims[0], dims[1]))  # fmt: skip
            return
        letters = node.indices[cut:]
        if not all(isinstance(i, sp.Symbol) or i.is_Integer or isinstance(i, sp.Add) for i in letters):
            return
        dims = []
        for i in letters:
            if isinstance(i, sp.Symbol):
                dims.append(self.index(i.name, f"a subscript of {display_key(head)}"))
            else:
                dims.append(self.d.new())
                if i.is_Integer:  # X_{i0}: an entry written on this axis
                    self._written(dims[-1], int(i), display_key((base, raw)))
        for i in letters:
            for s in i.free_symbols if isinstance(i, sp.Basic) else ():
                if isinstance(s, sp.Symbol) and s.name not in bound:
                    self.index(s.name, f"a subscript of {display_key(head)}")
        if len(dims) == 1 and head in self.slice_axis:
            axis = self.slice_axis[head]
            other = self.d.new()
            self.make(head, "matrix", f"written with one and with two subscripts ({display_key((base, raw))})",
                      (dims[0], other) if axis == 0 else (other, dims[0]))  # fmt: skip
        elif len(dims) == 1 and base.endswith("^()") and ((base[: -len("^()")], ()) in self.ann.bold or base[
                : -len("^()")] in self.ann.sample_rows | self.ann.vector_samples):  # fmt: skip
            # \mathbf{x}^{(i)}: each sample is a vector (the rows of a data matrix), not a number
            length = self.ann.sample_lengths.get(base[: -len("^()")])  # x_i \in R^d (annotatedsamples)
            if length is None:  # k_j ∈ R^d of bold samples (samplelength)
                length = annotated_sample_length(self.ann.shapes, base[: -len("^()")])
            self.make(head, "matrix", f"bold samples {display_key((base, raw))}: each a vector",
                      (dims[0], self.d.new() if length is None else self._size(length)))
        elif len(dims) == 1:
            self.make(head, "vector", f"written with a subscript ({display_key((base, raw))})", self.vec(dims[0]))
        elif len(dims) == 2:
            self.make(head, "matrix", f"written with two subscripts ({display_key((base, raw))})",
                      (dims[0], dims[1]))  # fmt: skip

    def _declared_axes(self, head: Key, dims: list[object]) -> None:
        """An index written on a declared vector or matrix (``x_i`` with ``x: vector[N]``) runs over
        that axis: without this the index got a default size of its own, a sum over it stopped short
        of the vector's end at one draw of the sizes, and a true claim was FAILED. An index already
        tied to a named or literal size (a declared range, another declared vector) is left as it is:
        two lengths for one letter are the resolver's to report, never merged here."""
        entry = self.scope.names.get(head)
        if isinstance(entry, Definition) and len(entry.index_params) == len(dims) and not entry.params \
                and not entry.is_function and not head[1]:  # fmt: skip
            # x^{(i)} of a family the notes define entry-wise (x^{(q)} := …): i runs over q's range
            for var, param in zip(dims, entry.index_params, strict=True):
                self._fresh_union(var, self.index(param, f"the index of the notes' family {display_key(head)}"))
            return
        if not isinstance(entry, VarDecl) or entry.kind not in ("vector", "matrix") or entry.dims is None:
            return
        axes = [self._size(d) for d in entry.dims]
        if entry.kind == "vector":
            axes = [a for a in axes if a != 1][:1]
        if len(axes) != len(dims):
            return
        for var, axis in zip(dims, axes, strict=True):
            root = self.d.find(var)
            if isinstance(root, tuple) and root and root[0] == "#":
                self.d.union(axis, var)

    def _fresh_union(self, var: object, other: object) -> None:
        """Unify two index sizes where at least one is still a fresh variable (nothing named or written
        ties it): two lengths for one letter are the resolver's to report, never merged here."""
        a, b = self.d.find(var), self.d.find(other)
        if a == b:
            return
        if any(isinstance(r, tuple) and r and r[0] == "#" for r in (a, b)):
            self.d.union(var, other)

    # -- slices and labels --------------------------------------------------------------------
    def slices(self, trees: Iterable[tuple[sp.Basic, frozenset[str]]]) -> None:
        r"""Names written with one letter subscript and with two (``x_u`` and ``x_{ud}``, no context
        declaring them): a matrix whose row u is ``x_u`` — or its column, where the single letter is
        the second subscript of the two-subscript uses (``y_i`` and ``y_{di}``), but never for a family the notes write
        with a superscript label (``x^{(i)}`` is sample i, the row its label names, whatever ``x_i^{(j)}`` writes:
        CS229's swapped indices were PROVED, wrong67; a family of subscripted samples, ``a_j`` beside ``a_{ij}``, keeps
        the reading by letters: ``Annotations.superscript_labels``). A letter in both
        places, or the same name sliced both ways, leaves the name to the usual reading. A name a
        tree binds (the parameter t of a function ``\xi(t, y) := -\sum_c t_c \log y_c``) is not the
        notes' t there: its subscripts say nothing of how the notes slice t."""
        one: dict[Key, set[str]] = {}
        two: dict[Key, list[tuple[str, str]]] = {}
        for t, bound in trees:
            for sub in sp.preorder_traversal(t):
                if not isinstance(sub, sp.Indexed) or not all(isinstance(i, sp.Symbol) for i in sub.indices):
                    continue
                if str(sub.base.label) in bound:
                    continue
                head: Key = (str(sub.base.label), ())
                letters = [str(i) for i in sub.indices]
                if len(letters) == 1:
                    one.setdefault(head, set()).add(letters[0])
                elif len(letters) == 2:
                    two.setdefault(head, []).append((letters[0], letters[1]))
        for head, singles in one.items():
            if head not in two or self.known(head) or head in self.defined or head[0] in RESERVED:
                continue
            firsts, seconds = {a for a, _ in two[head]}, {b for _, b in two[head]}
            if head[0].endswith("^()") and head[0][:-3] in self.ann.superscript_labels:
                self.slice_axis[head] = 0  # x^{(i)} written so is sample i, row i (x_i^{(j)}: feature i of sample j)
                continue
            axes = {1 if (x in seconds and x not in firsts) else 0 for x in singles}
            if len(axes) == 1 and not any(x in firsts and x in seconds for x in singles):
                self.slice_axis[head] = axes.pop()
        self.slice_own = oriented(self.slice_axis, [h for h in one if h in two], self.ann.orientations,  # type: ignore[arg-type]
                                  lambda h: self.known(h) or h in self.defined or h[0] in RESERVED)

    # -- index bases and written entries ----------------------------------------------------
    def labels_in_definitions(self, trees: Iterable[sp.Basic] = ()) -> None:
        r"""``W = Q K^T / \sqrt{d_k}``: W has no index, so a letter subscript that occurs once in its body,
        bound by no sum, cannot be a free index (W would have no value): ``d_k`` is one name, a label
        (the dimension of the keys), as a reader takes it. A letter repeated in the body is an implied
        sum instead (the resolver's reading) — unless each use is the same name in its own function's argument
        (``\log q(z|a) = z^2/(a + \sigma_n^2) + \log(a + \sigma_n^2)``, held as ``(a + \sigma_n^2)
        \exp(z^2/(a + \sigma_n^2))``: no product repeats n) —, and one the notes index elsewhere by it stays an index;
        so does a name written elsewhere with another subscript (``w_k`` beside ``w_j``: entries of w)."""
        written: dict[str, set[tuple[str, ...]]] = {}
        for t in trees:
            for sub in t.atoms(sp.Indexed):
                written.setdefault(str(sub.base.label), set()).add(tuple(str(i) for i in sub.indices))
        for (name, subs), (body, bound) in self.defined.items():
            if subs:
                continue
            summed = {str(v) for big in body.atoms(sp.Sum, sp.Product) for v, *_ in big.limits}
            counts: dict[str, int] = {}
            for sub in sp.preorder_traversal(body):
                if isinstance(sub, sp.Indexed):
                    for i in sub.indices:
                        for sym in i.free_symbols:
                            counts[str(sym)] = counts.get(str(sym), 0) + 1
            for node in body.atoms(sp.Indexed):
                raw = tuple(str(i) for i in node.indices)
                if len(raw) != 1 or not isinstance(node.indices[0], sp.Symbol) or raw[0] in bound | summed:
                    continue
                base = str(node.base.label)
                # (a + σ_n²)·exp(1/(a + σ_n²)): the same name, once in each product
                same = all(str(x.base.label) == base for x in body.atoms(sp.Indexed)
                           if raw[0] in {str(sym) for i in x.indices for sym in i.free_symbols})
                once = counts.get(raw[0]) == 1 or (same and _most_in_one_product(body, raw[0]) == 1)
                if once and not self.known((base, ())) and not self.known((raw[0], ())) \
                        and base not in RESERVED and base != name and written.get(base, {raw}) == {raw}:  # fmt: skip
                    self.labels.add((base, raw))

    def _written(self, var: object, k: int, text: str) -> None:
        """An entry ``k`` written on the axis sized by ``var`` (``x_4``, ``X_{i0}``)."""
        self.written.append((var, k))
        if k == 0:
            self.zero.setdefault(var, f"{text} is written")
