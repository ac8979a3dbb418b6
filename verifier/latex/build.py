r"""Tree building: lark calls these callbacks at each reduction and they return SymPy objects.

The tree is neutral (see :mod:`verifier.latex.parser` for its conventions); numbers are exact
and guarded against astronomically large values. Products and powers in written order are
:mod:`verifier.latex.writtenproducts`; comparisons and summation ranges :mod:`verifier.latex.comparisons`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sympy
from lark import Token, Transformer
from sympy.core.function import AppliedUndef

from verifier.latex.comparisons import Limits as _Limits
from verifier.latex.comparisons import Relations as _Relations
from verifier.latex.comparisons import limits_of as _limits_of
from verifier.latex.denominators import (
    Diff,
    check_variables,
    hessian_variable,
    inverse_variable,
    is_variable,
    transposed_variable,
    variance_variable,
)
from verifier.latex.entryfunctions import abs_of, sign_of
from verifier.latex.extrema import extremum_over
from verifier.latex.functionals import Expectation, Integral, Label, Statistic
from verifier.latex.integrals import MARK as INTEGRAL_MARK
from verifier.latex.inverses import elementary_inverse, inverse_node
from verifier.latex.labelsums import filtered_sum, unread_reason
from verifier.latex.roundingbrackets import ROUNDING_FUNCTIONS
from verifier.latex.special import SPECIAL_FUNCTIONS, special_value
from verifier.latex.vocabulary import (
    ALL,
    BY_INVERSE,
    BY_TRANSPOSE,
    GRAD,
    HADAMARD,
    HDIVIDE,
    HESSIAN,
    IMAGINARY_UNIT,
    INNER,
    KRON,
    MATRIX_FUNCTION_NAMES,
    MAX_DERIVATIVE_ORDER,
    MAX_DIGITS,
    MINUS,
    ML_FUNCTIONS,
    MULOP,
    NORM,
    ONES,
    PRIME,
    SUM,
    TRANSPOSE,
    ZEROS,
    Component,
    LatexError,
    implicit_bounds,
    options,
)
from verifier.latex.writtenproducts import guarded as _guard
from verifier.latex.writtenproducts import inverted as _inverted
from verifier.latex.writtenproducts import kept_product as _kept_product
from verifier.latex.writtenproducts import mul as _mul
from verifier.latex.writtenproducts import named_times_literal as _named_times_literal
from verifier.latex.writtenproducts import neg as _neg
from verifier.latex.writtenproducts import nonscalar as _nonscalar
from verifier.latex.writtenproducts import power as _power


@dataclass(frozen=True)
class _Sub:
    indices: tuple[sympy.Expr, ...]


@dataclass(frozen=True)
class _Sup:
    value: sympy.Expr


@dataclass(frozen=True)
class _Label:
    """A superscript read as an index: ``x^{(i)}`` (or ``x^n`` under superscripts="index")."""

    value: sympy.Expr


def _pos(children: Iterable[Any]) -> int | None:
    for c in children:
        if isinstance(c, Token) and c.start_pos is not None:
            return c.start_pos + 1
    return None


SYMPY_FUNCTIONS = {
    "exp": sympy.exp, "sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan, "sinh": sympy.sinh,
    "cosh": sympy.cosh, "tanh": sympy.tanh, "arcsin": sympy.asin, "arccos": sympy.acos, "arctan": sympy.atan,
    "sqrt": sympy.sqrt, "abs": abs_of, "erf": sympy.erf, "erfc": sympy.erfc, "sign": sign_of, "sgn": sign_of,
    # the reciprocal functions as the reciprocals they are (every numeric back end knows cos, sinh, …)
    "sec": lambda x: 1 / sympy.cos(x), "csc": lambda x: 1 / sympy.sin(x), "cot": lambda x: 1 / sympy.tan(x),
    "sech": lambda x: 1 / sympy.cosh(x), "csch": lambda x: 1 / sympy.sinh(x), "coth": lambda x: 1 / sympy.tanh(x),
    "arsinh": sympy.asinh, "arcosh": sympy.acosh, "artanh": sympy.atanh, "arcsinh": sympy.asinh,
    "arccosh": sympy.acosh, "arctanh": sympy.atanh,
    **ROUNDING_FUNCTIONS,  # \lfloor x \rfloor, \lceil x \rceil of numbers (verifier.latex.roundingbrackets)
}  # fmt: skip


def _symbol(name: str) -> sympy.Symbol:
    return sympy.Symbol(name, commutative=name not in options().noncommutative)


def _number(text: str) -> sympy.Rational:
    """Exact value of a digit string such as ``12`` or ``0.25`` (built from ints, no string parsing)."""
    whole, _, fraction = text.partition(".")
    return sympy.Rational(int(whole + fraction), 10 ** len(fraction))


def _as_index(name: str) -> sympy.Expr:
    return sympy.Integer(int(name)) if name.isdigit() else _symbol(name)


def _differentiate(expr: sympy.Expr, d: Diff) -> sympy.Expr:
    if d.by_square:  # d/d(σ²) = (d/dσ) / (2σ): the chain rule through σ = √(σ²), σ > 0
        ((var, _),) = d.variables
        return _mul(sympy.Derivative(expr, var), _power(_mul(sympy.Integer(2), var), sympy.Integer(-1)))
    return sympy.Derivative(expr, *[(v, n) if n > 1 else v for v, n in d.variables])


#: the letters a norm's subscript names a p-norm by (``\|x\|_p``, ``\|x\|_q``; gaps60)
_P_NORM_LETTERS = frozenset({sympy.Symbol("p"), sympy.Symbol("q")})


def _relabel(var: sympy.Basic, label: int) -> sympy.Basic:
    """``z^2_1`` in a derivative's denominator: sample/layer label 2 of z, entry 1."""
    if isinstance(var, sympy.Symbol):
        return sympy.Indexed(sympy.IndexedBase(_symbol(f"{var.name}^()")), label)
    if isinstance(var, sympy.Indexed):
        return sympy.Indexed(sympy.IndexedBase(_symbol(f"{var.base.label}^()")), label, *var.indices)
    return var


class Builder(Transformer):  # type: ignore[type-arg]
    """Reduction callbacks: each returns a SymPy object (or a small marker for sub-parts)."""

    # --- arithmetic -------------------------------------------------------------------------
    def start(self, c: list[Any]) -> Any:
        return c[0]

    def sum_chain(self, c: list[Any]) -> Any:
        terms = [c[0]]
        for k in range(1, len(c), 2):
            terms.append(_neg(c[k + 1]) if c[k].type == MINUS else c[k + 1])
        if any(_nonscalar(t) for t in terms):
            return sympy.Add(*terms, evaluate=False)
        return _guard(sympy.Add(*terms))

    def neg(self, c: list[Any]) -> Any:
        return _neg(c[1])

    def pos(self, c: list[Any]) -> Any:
        return c[1]

    def product_chain(self, c: list[Any]) -> Any:
        factors: list[sympy.Expr] = []
        k = 0
        while k < len(c):
            item = c[k]
            if isinstance(item, Token):
                value = c[k + 1] if item.type == MULOP else _power(c[k + 1], sympy.Integer(-1))
                k += 2
            else:
                value = item
                k += 1
            factors.append(value)
        if _named_times_literal(factors):
            return _kept_product(factors)
        if any(_nonscalar(f) or _inverted(f) for f in factors):
            return sympy.Mul(*factors, evaluate=False)
        return _guard(sympy.Mul(*factors))

    def implicit_num(self, c: list[Any]) -> Any:
        return _mul(self.number([c[0]]), c[1])

    def power(self, c: list[Any]) -> Any:
        base = c[0]
        exponent = c[1].value if isinstance(c[1], _Sup) else c[2]
        return _power(base, exponent)

    def transpose(self, c: list[Any]) -> Any:
        return TRANSPOSE(c[0])

    def prime(self, c: list[Any]) -> Any:
        var = options().prime_var
        if var is None:
            # no variable to differentiate by: reading y' as a name of its own could call a true step
            # FAILED (y' = 2x with y' an arbitrary scalar), so it is refused
            raise LatexError("a prime (…)' needs the differentiation variable (prime_var)", _pos(c))
        return sympy.Derivative(c[0], var)

    def factorial(self, c: list[Any]) -> Any:
        """``n!``, refusing an integer n whose factorial would have more than MAX_DIGITS digits: SymPy computes
        it at once (``1000000!``: half a minute and an ERROR when printed, redteam26)."""
        n = c[0]
        if isinstance(n, sympy.Integer) and n > 1 and (
                n > 10**6 or math.lgamma(int(n) + 1) / math.log(10) > MAX_DIGITS):
            shown = str(n) if n < 10**12 else f"(~10^{int(math.log10(int(n)))})"
            raise LatexError(f"the factorial {shown}! would have more than {MAX_DIGITS} digits")
        return sympy.factorial(n)

    # --- atoms ------------------------------------------------------------------------------
    def number(self, c: list[Any]) -> Any:
        return _number(str(c[0]))

    def ones(self, c: list[Any]) -> Any:
        r"""``\mathbf{1}``; ``\mathbf{1}_h`` is entry h of a vector of ones (the resolver may read h as a length)."""
        if len(c) > 1:
            return sympy.Indexed(sympy.IndexedBase(ONES), *c[1].indices)
        return ONES

    def zeros(self, c: list[Any]) -> Any:
        return ZEROS

    def infinity(self, c: list[Any]) -> Any:
        return sympy.oo

    def group(self, c: list[Any]) -> Any:
        return c[0]

    def abs(self, c: list[Any]) -> Any:
        return abs_of(c[0])

    def exp_e(self, c: list[Any]) -> Any:
        exponent = c[1].value if isinstance(c[1], _Sup) else c[2]
        return sympy.exp(exponent)

    def name(self, c: list[Any]) -> Any:
        label = str(c[0])
        if len(c) == 1:
            return sympy.I if label == IMAGINARY_UNIT else _symbol(label)  # \mathrm{i} (latex.tokenizer)
        if isinstance(c[1], _Label):  # x^{(i)}_j: one family x^() with the sample index first
            rest = c[2].indices if len(c) > 2 else ()
            family = sympy.IndexedBase(_symbol(f"{label}^()"))
            if ALL in rest:  # w^{(l)}_{:,j}: column j of the family's member l, not an entry with a ':' index
                return Component(sympy.Indexed(family, c[1].value), *rest)
            return sympy.Indexed(family, c[1].value, *rest)
        indices = c[1].indices
        if ALL in indices:  # a slice: a whole row or column of the matrix, not an entry
            return Component(_symbol(label), *indices)
        if label == "delta" and len(indices) == 2:
            # indices are integers: a non-commuting index symbol would make SymPy call delta_{jc} 0
            return sympy.KroneckerDelta(*(sympy.Symbol(i.name) if isinstance(i, sympy.Symbol) else i for i in indices))
        return sympy.Indexed(sympy.IndexedBase(_symbol(label)), *indices)

    def sub_word(self, c: list[Any]) -> Any:
        return _Sub(tuple(_as_index(x) for x in str(c[0]).split()))

    def sub_exprs(self, c: list[Any]) -> Any:
        return _Sub(tuple(c))

    def sub_column(self, c: list[Any]) -> Any:
        r"""``w_{:,j}``: column j of the matrix w (every row index)."""
        return _Sub((ALL, c[0]))

    def sub_row(self, c: list[Any]) -> Any:
        r"""``W_{i,:}``: row i of the matrix W (every column index)."""
        return _Sub((c[0], ALL))

    def sup(self, c: list[Any]) -> Any:
        return _Sup(c[0])

    def label(self, c: list[Any]) -> Any:
        return _Label(c[0])

    # --- groups with an index, lists, norms, products ------------------------------------------
    def component(self, c: list[Any]) -> Any:
        r"""``[A + A^\top]_{ki}``, ``(A^{-1})_{ij}``: an entry of the value in brackets."""
        return Component(c[0], *c[1].indices)

    def call_component(self, c: list[Any]) -> Any:
        r"""``\mathrm{softmax}(o)_j``: entry j of the function's value."""
        return Component(self.call(c[:-1]), *c[-1].indices)

    def expectation(self, c: list[Any]) -> Any:
        r"""``\mathbb{E}[a]``, ``\mathbb{E}_{x \sim p}[a]`` (see :mod:`verifier.latex.functionals`)."""
        name, _, label = str(c[0]).partition("_")
        if name == INTEGRAL_MARK:  # \int body dy (verifier.latex.integrals)
            return Integral(c[1], Label(label))
        return Expectation(c[1], Label(label)) if label else Expectation(c[1])

    def expectation_list(self, c: list[Any]) -> Any:
        r"""``E[y; \eta]``: an expectation with parameters after ``;`` (or a list in brackets); or the
        tokenizer's ``∫_y [body, a, b]`` of a definite integral (:func:`definite_integral`)."""
        name, _, label = str(c[0]).partition("_")
        if name == INTEGRAL_MARK and len(c) == 4:
            return definite_integral(c[1], label, c[2], c[3], _pos(c))
        raise LatexError("an expectation with parameters (E[y; η]) cannot be read", _pos(c))

    def statistic(self, c: list[Any]) -> Any:
        r"""``\text{Var}(a)``, ``\text{Cov}(a, b)``, ``\text{Bias}(a)`` (see :mod:`verifier.latex.functionals`)."""
        name, _, label = str(c[0]).partition("_")
        args = tuple(c[1])
        if len(args) != (2 if name == "Cov" else 1):
            raise LatexError(f"{name} of {len(args)} argument(s) cannot be read", _pos(c))
        return Statistic(Label(name), *args, *((Label("_" + label),) if label else ()))

    def row_list(self, c: list[Any]) -> Any:
        """``[a, b, c]``: a row vector (as the lists of the fallback readings)."""
        if any(isinstance(x, sympy.MatrixBase) for x in c):
            raise LatexError("a list of matrices is not supported")
        return sympy.ImmutableMatrix([list(c)])

    def column_list(self, c: list[Any]) -> Any:
        """``(a, b, c)`` standing alone (not after a name): the coordinates of a column vector."""
        if any(isinstance(x, sympy.MatrixBase) for x in c):
            raise LatexError("a tuple of matrices is not supported")
        return sympy.ImmutableMatrix([[x] for x in c])

    def norm(self, c: list[Any]) -> Any:
        r"""``\|x\|`` and ``\|X\|_F`` → norm(x) (Euclidean, Frobenius); ``\|x\|_p`` → norm(x, p)."""
        if len(c) == 1:
            return NORM(c[0])
        indices = c[1].indices
        if len(indices) != 1:
            raise LatexError("a norm takes one subscript")
        (p,) = indices
        if p == sympy.Symbol("F"):
            return NORM(c[0])
        if p == sympy.oo or (isinstance(p, sympy.Integer) and p > 0) or p in _P_NORM_LETTERS:
            return NORM(c[0], p)  # \|x\|_p: the p-norm of a named p (\|x\|_A, a matrix's weighting, is not one)
        raise LatexError(f"the norm subscript {p} is not supported")

    def inner(self, c: list[Any]) -> Any:
        r"""``\langle a, b \rangle`` → inner(a, b); ``\langle a, b \rangle_W`` → inner(a, b, W) = aᵀWb."""
        if len(c) > 2:
            indices = c[2].indices
            if len(indices) != 1:
                raise LatexError("a weighted inner product takes one weight")
            return INNER(c[0], c[1], indices[0])
        return INNER(c[0], c[1])

    def hproduct(self, c: list[Any]) -> Any:
        r"""``\odot``, ``\circ`` → hadamard(a, b); ``\otimes`` → kron(a, b); ``\oslash`` → hdivide(a, b), the
        entry-wise division (b^{-1} of a square b would be its inverse)."""
        if str(c[1]) == "oslash":
            return HDIVIDE(c[0], c[2])
        return (KRON if str(c[1]) == "otimes" else HADAMARD)(c[0], c[2])

    def evaluate(self, c: list[Any]) -> Any:
        r"""``\left. … \right|_{x=a}``: the expression at x = a."""
        body, conditions = c[0], c[1:]
        pairs = []
        for cond in conditions:
            items = cond.items if isinstance(cond, _Relations) else ()
            if (
                len(items) != 3
                or str(items[1]) not in ("=", "==")
                or not isinstance(items[0], sympy.Symbol | sympy.Indexed)
            ):
                raise LatexError("an evaluation bar needs 'name = value' below it")
            pairs.append((items[0], items[2]))
        return sympy.Subs(body, [v for v, _ in pairs], [p for _, p in pairs])

    def args(self, c: list[Any]) -> Any:
        return tuple(c)

    def frac(self, c: list[Any]) -> Any:
        return _mul(c[1], _power(c[2], sympy.Integer(-1)))

    def sqrt(self, c: list[Any]) -> Any:
        return _power(c[1], sympy.Rational(1, 2))

    def root(self, c: list[Any]) -> Any:
        n, radicand = c[1], c[2]
        odd = isinstance(n, sympy.Integer) and n > 1 and n % 2 == 1
        if odd and isinstance(radicand, sympy.Expr) and radicand.is_number and radicand.is_negative:
            # \sqrt[3]{-8} is -2 in every course, not SymPy's principal 1 + i√3 (redteam25: FAILED)
            return -_power(-radicand, 1 / n)
        return _power(radicand, 1 / n)

    # --- functions --------------------------------------------------------------------------
    def call(self, c: list[Any]) -> Any:
        head = c[0]
        sub = next((x for x in c if isinstance(x, _Sub)), None)
        primes = sum(1 for x in c if isinstance(x, Token) and x.type == PRIME)
        args = c[-1]
        name = str(head)
        if name.lower() in ML_FUNCTIONS:
            name = name.lower()
        fn = sympy.Function(name)
        if not primes:
            value = fn(*args)
            return Component(value, *sub.indices) if sub else value
        if len(args) != 1:
            raise LatexError(f"{name}' with several arguments is ambiguous", _pos(c))
        (arg,) = args
        if isinstance(arg, sympy.Symbol | sympy.Indexed):
            var, point = arg, None
        else:
            var, point = sympy.Dummy("u"), arg
        value = fn(var)
        if sub:
            value = Component(value, *sub.indices)
        deriv = sympy.Derivative(value, (var, primes) if primes > 1 else var)
        return sympy.Subs(deriv, var, point) if point is not None else deriv

    def func(self, c: list[Any]) -> Any:
        return self._apply(c, tuple(c[-1]))

    def func_np(self, c: list[Any]) -> Any:
        return self._apply(c, (c[-1],))

    def func_prime(self, c: list[Any]) -> Any:
        r"""``\tanh'(u)``, ``\exp''(x)``: the derivative of a built-in function at its argument (as
        :meth:`call` does for ``f'(x)`` and ``\sigma'(z)``)."""
        primes = sum(1 for x in c if isinstance(x, Token) and x.type == PRIME)
        args = c[-1]
        if len(args) != 1:
            raise LatexError(f"\\{c[0]}' with several arguments is ambiguous", _pos(c))
        (arg,) = args
        var, point = (arg, None) if isinstance(arg, sympy.Symbol | sympy.Indexed) else (sympy.Dummy("u"), arg)
        deriv = sympy.Derivative(self._apply([c[0]], (var,)), (var, primes) if primes > 1 else var)
        return sympy.Subs(deriv, var, point) if point is not None else deriv

    def _apply(self, c: list[Any], args: tuple[sympy.Expr, ...]) -> Any:
        name = str(c[0])
        sub = next((x for x in c if isinstance(x, _Sub)), None)
        sup = next((x for x in c if isinstance(x, _Sup)), None)
        column = _pos(c)
        if name in SPECIAL_FUNCTIONS:  # \Gamma(x), \mathrm{B}(a, b), \binom{n}{k} (verifier.latex.special)
            if sub or len(args) != SPECIAL_FUNCTIONS[name]:
                raise LatexError(f"{name} takes {SPECIAL_FUNCTIONS[name]} argument(s)", column)
            value = special_value(name, args)
        elif name in MATRIX_FUNCTION_NAMES:
            if sub or len(args) != 1:
                raise LatexError(f"\\{name} takes one argument", column)
            value = sympy.Function(name)(*args)
        elif name in ("max", "min"):
            if sub:
                over = extremum_over(name, sub.indices, args)  # \max_j z_j (verifier.latex.extrema)
                if over is None:
                    raise LatexError(f"an optimisation \\{name}_{{…}} over a variable cannot be checked", column)
                return over
            if len(args) < 2:
                raise LatexError(f"\\{name} needs at least two arguments", column)
            value = (sympy.Max if name == "max" else sympy.Min)(*args)
        else:
            if len(args) != 1:
                raise LatexError(f"\\{name} takes one argument", column)
            (arg,) = args
            if sub and name != "log":
                raise LatexError(f"\\{name} with a subscript is not supported", column)
            if name in ("log", "ln"):
                if sub and len(sub.indices) != 1:
                    raise LatexError("\\log_{b} needs one base", column)
                value = sympy.log(arg, sub.indices[0]) if sub else sympy.log(arg)
            else:
                value = SYMPY_FUNCTIONS[name](arg)
        if sup is not None:
            if sup.value == -1:  # \tanh^{-1} x: the inverse function (verifier.latex.inverses)
                fn = sympy.log if name in ("log", "ln") else SYMPY_FUNCTIONS.get(name)
                inverse = elementary_inverse(fn, args[0]) if fn is not None and len(args) == 1 and not sub else None
                if inverse is None:
                    raise LatexError(f"\\{name}^{{-1}} is ambiguous (inverse function or reciprocal)", column)
                return inverse
            value = _power(value, sup.value)
        return value

    # --- calculus ---------------------------------------------------------------------------
    def dorder(self, c: list[Any]) -> Any:
        text = str(c[0])
        n = int(text) if text.isdigit() else -1
        if not 1 <= n <= MAX_DERIVATIVE_ORDER:
            raise LatexError(f"derivative order {c[0]} is not supported", _pos(c))
        return n

    def dvar(self, c: list[Any]) -> Any:
        r"""``\partial x``, ``\partial x^2`` (an order), ``\partial \Sigma^{-1}`` (an expression)."""
        if len(c) == 2:
            return (c[1], 1)
        power = c[2].value
        if power == 1:  # \partial w^1_{11}: a written superscript 1 is a label, not an order
            return (_relabel(c[1], 1), 1)
        if isinstance(power, sympy.Integer) and 1 < power <= MAX_DERIVATIVE_ORDER:
            return (c[1], int(power))
        return (_power(c[1], power), 1)  # checked (and refused) as a derivative by an expression

    def dvar_transpose(self, c: list[Any]) -> Any:
        r"""``\partial \theta^\top``: a transposed variable (a Hessian's other denominator, or refused)."""
        return (TRANSPOSE(c[1]), 1)

    def _diff(self, c: list[Any], has_body: bool) -> tuple[Diff, Any]:
        items = [x for x in c if not isinstance(x, Token)]
        order = items[0] if isinstance(items[0], int) else 1
        rest = items[1:] if isinstance(items[0], int) else items
        body = rest[0] if has_body else None
        variables = tuple(rest[1:] if has_body else rest)
        total = sum(n for _, n in variables)
        variance = variance_variable(order, variables)
        if variance is not None:
            return Diff(1, ((variance, 1),), _pos(c) or 0, by_square=True), body
        if total != order and order == len(variables):
            # \frac{\partial L}{\partial z^2_1}: the superscript is a layer or sample label, not an order
            variables = tuple((_relabel(v, n) if n > 1 else v, 1) for v, n in variables)
            total = order
        if total != order:
            raise LatexError(f"derivative order {order} does not match its denominator ({total})", _pos(c))
        return Diff(order, variables, _pos(c) or 0), body

    def dfrac(self, c: list[Any]) -> Any:
        d, body = self._diff(c, has_body=True)
        if len(d.variables) == 1 and not is_variable(d.variables[0][0]):
            # \frac{\partial g(h(x))}{\partial h(x)}: g' at h(x), when the numerator applies g to it
            var, n = d.variables[0]
            if isinstance(body, AppliedUndef) and len(body.args) == 1 and body.args[0] == var and n == 1:
                u = sympy.Dummy("u")
                return sympy.Subs(sympy.Derivative(body.func(u), u), u, var)
        hessian = hessian_variable(d)
        if hessian is not None:
            return HESSIAN(body, hessian)
        plain = transposed_variable(d)
        if plain is not None:
            return BY_TRANSPOSE(_differentiate(body, plain))
        if (inverse := inverse_variable(d)) is not None:
            return BY_INVERSE(_differentiate(body, inverse))
        check_variables(d)
        return _differentiate(body, d)

    def dfrac_call(self, c: list[Any]) -> Any:
        r"""``\frac{dg}{dx}(a)``: the derivative of the function g, at a."""
        deriv, args = c[0], c[1]
        if not isinstance(deriv, sympy.Derivative) or len(deriv.variables) != 1 or len(args) != 1:
            raise LatexError("only the derivative of a one-argument function can be applied to a point")
        ((var, count),) = deriv.variable_count
        body = deriv.expr
        if not isinstance(body, sympy.Symbol):
            raise LatexError("only the derivative of a named function can be applied to a point")
        (point,) = args
        inner = sympy.Derivative(sympy.Function(body.name)(var), (var, count))
        if point == var:
            return inner
        return sympy.Subs(inner, var, point)

    def dop(self, c: list[Any]) -> Any:
        d = self._diff(c, has_body=False)[0]
        if hessian_variable(d) is None and transposed_variable(d) is None and inverse_variable(d) is None:
            check_variables(d)
        return d

    def derivop(self, c: list[Any]) -> Any:
        hessian = hessian_variable(c[0])
        if hessian is not None:
            return HESSIAN(c[1], hessian)
        plain = transposed_variable(c[0])
        if plain is not None:
            return BY_TRANSPOSE(_differentiate(c[1], plain))
        if (inverse := inverse_variable(c[0])) is not None:
            return BY_INVERSE(_differentiate(c[1], inverse))
        return _differentiate(c[1], c[0])

    def partial_sub(self, c: list[Any]) -> Any:
        r"""``\partial_x f`` → ``Derivative(f, x)``; ``\partial_{xy} f`` → ``Derivative(f, x, y)``.

        Several variables in one subscript are the mixed partial ∂²f/∂x∂y (the usual shorthand; the
        order does not matter for the smooth functions a check samples)."""
        indices = c[1].indices
        if not indices or not all(isinstance(v, sympy.Symbol | sympy.Indexed) for v in indices):
            raise LatexError("\\partial_{…} needs variables", _pos(c))
        return sympy.Derivative(c[2], *indices)

    def nabla(self, c: list[Any]) -> Any:
        r"""``\nabla_x f`` → grad(f, x); ``\nabla f(x)`` → grad(f(x), x); ``\nabla f`` → grad(f);
        ``\nabla^2`` → hessian (same arguments)."""
        sub = next((x for x in c if isinstance(x, _Sub)), None)
        sup = next((x for x in c if isinstance(x, _Sup)), None)
        body = c[-1]
        marker = GRAD
        if sup is not None:
            if sup.value != 2:
                raise LatexError(f"\\nabla^{{{sup.value}}} is not supported", _pos(c))
            marker = HESSIAN
        if sub is not None:
            if len(sub.indices) != 1:
                raise LatexError("\\nabla needs exactly one variable", _pos(c))
            return marker(body, sub.indices[0])
        if isinstance(body, AppliedUndef) and len(body.args) == 1 and is_variable(body.args[0]):
            return marker(body, body.args[0])
        return marker(body)

    # --- sums and products --------------------------------------------------------------------
    def limits_word(self, c: list[Any]) -> Any:
        names = str(c[0]).split()
        upper = c[1].value if len(c) > 1 else None
        if len(names) != 1 or names[0].isdigit():
            if upper is None and all(not x.isdigit() for x in names):
                return [_Limits(_symbol(x), None, None) for x in names]
            raise LatexError(f"cannot read the summation index from '{' '.join(names)}'", _pos(c))
        return [_Limits(_symbol(names[0]), None, upper)]

    def limits_cond(self, c: list[Any]) -> Any:
        upper = c[1].value if len(c) > 1 else None
        return [_limits_of(c[0], upper)]

    def limits_list(self, c: list[Any]) -> Any:
        r"""``\sum_{i,j}``: one sum per index, each over its inferred range."""
        upper = c[-1].value if isinstance(c[-1], _Sup) else None
        names = [x for x in c if not isinstance(x, _Sup)]
        if upper is not None or not all(isinstance(x, sympy.Symbol) for x in names):
            raise LatexError("cannot read the summation indices", _pos(c))
        return [_Limits(x, None, None) for x in names]

    def limits_colon(self, c: list[Any]) -> Any:
        r"""``\sum_{i : i \neq j}``: the index, then the condition it must satisfy."""
        index, cond = c[0], c[1]
        upper = c[2].value if len(c) > 2 else None
        if not isinstance(index, sympy.Symbol):
            raise LatexError("cannot read the summation index", _pos(c))
        return [_Limits(index, None, upper, cond.condition())]

    def limits_in(self, c: list[Any]) -> Any:
        r"""``\sum_{w \in V}``: over the index w, whose range (the set V) the checker infers or is told."""
        index, upper = c[0], c[3].value if len(c) > 3 else None
        if not isinstance(index, sympy.Symbol) or upper is not None:
            raise LatexError("cannot read the summation index of a sum over a set", _pos(c))
        return [_Limits(index, None, None)]

    def limits_stack(self, c: list[Any]) -> Any:
        first, rest = c[0], c[1]
        upper = c[2].value if len(c) > 2 else None
        lim = _limits_of(first, upper)
        if lim.label_value is not None:
            raise LatexError(unread_reason(lim.index, lim.label_value))
        conditions = [r.condition() for r in rest]
        if lim.condition is not None:
            conditions.insert(0, lim.condition)
        return [_Limits(lim.index, lim.lower, lim.upper, sympy.And(*conditions) if conditions else None)]

    def stack_conds(self, c: list[Any]) -> Any:
        return list(c)

    def bigop(self, c: list[Any]) -> Any:
        is_sum = c[0].type == SUM
        limits: list[_Limits] = c[1]
        body = c[2]
        if (filtered := next((lim for lim in limits if lim.label_value is not None), None)) is not None:
            read = filtered_sum(filtered.index, filtered.label_value, body) if is_sum and len(limits) == 1 else None
            if read is None:
                raise LatexError(unread_reason(filtered.index, filtered.label_value), _pos(c))
            return read
        bounds = []
        for lim in limits:
            lo, hi = implicit_bounds(lim.index)
            if lim.condition is not None:
                body = sympy.Piecewise((body, lim.condition), (0 if is_sum else 1, True))
            lower = lim.lower if lim.lower is not None else lo
            upper = lim.upper if lim.upper is not None else hi
            bounds.append((lim.index, lower, upper))
        return (sympy.Sum if is_sum else sympy.Product)(body, *bounds)

    # --- matrices, cases, indicators -------------------------------------------------------------
    def mrow(self, c: list[Any]) -> Any:
        return list(c)

    def matrix(self, c: list[Any]) -> Any:
        width = {len(r) for r in c}
        if len(width) != 1:
            raise LatexError("matrix rows have different lengths")
        return sympy.ImmutableMatrix(c)

    def sep(self, c: list[Any]) -> Any:
        return None

    def cond(self, c: list[Any]) -> Any:
        return _Relations(tuple(c))

    def otherwise(self, c: list[Any]) -> Any:
        return _Relations((sympy.true,))

    def case(self, c: list[Any]) -> Any:
        cond = c[-1]
        return (c[0], sympy.true if len(cond.items) == 1 else cond.condition())

    def cases(self, c: list[Any]) -> Any:
        return sympy.Piecewise(*c)

    def inverse(self, c: list[Any]) -> Any:
        r"""``\sigma^{-1}(x)``: the inverse of a function (verifier.latex.inverses)."""
        return inverse_node(str(c[0]), tuple(c[1]))

    def indicator(self, c: list[Any]) -> Any:
        return sympy.Piecewise((1, c[1].condition()), (0, True))


def definite_integral(body: Any, var: str, lo: Any, hi: Any, pos: int | None) -> sympy.Integral:
    r"""``\int_{lo}^{hi} body \,d var`` as SymPy's unevaluated integral over the body's own symbol ``var``
    (a bound variable: what it means is decided by :mod:`verifier.documents.definiteintegrals`)."""
    parts = (body, lo, hi)
    if not all(isinstance(p, sympy.Expr) for p in parts):
        raise LatexError("an integral of a list or with a list as a bound cannot be read", pos)
    base, _, sub = var.partition("_")
    if sub:  # d\theta_1: the body's entry theta[1] is the bound variable (verifier.latex.integrals)
        index = sympy.Integer(int(sub)) if sub.isdigit() else sympy.Symbol(sub)
        entries = {e for e in body.atoms(sympy.Indexed) if e.base.label.name == base and e.indices == (index,)}
        if any(e in entries for b in (lo, hi) for e in b.atoms(sympy.Indexed)):
            raise LatexError(f"a bound of the integral holds its own variable {var}", pos)
        body = body.xreplace({e: sympy.Symbol(var) for e in entries})
    x = next((s for s in body.free_symbols if isinstance(s, sympy.Symbol) and s.name == var), sympy.Symbol(var))
    if any(s.name == var for b in (lo, hi) for s in b.free_symbols if isinstance(s, sympy.Symbol)):
        raise LatexError(f"a bound of the integral holds its own variable {var}", pos)
    return sympy.Integral(body, (x, lo, hi))
