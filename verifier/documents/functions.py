"""The meaning of the built-in function names in documents: one registry over :mod:`verifier.ml`.

The catalog and the documents must mean the same thing by ``softmax`` (row by row on a batch),
``\\sigma`` (the logistic function, entry-wise), ReLU and cross-entropy, so documents do not
re-implement them: each name maps to the function of ``verifier.ml``; this module only adds what
a document needs on top — a readable error when the argument has the wrong shape (a softmax of a
scalar, a cross-entropy of vectors of different lengths), which the resolver reports as SKIPPED.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy as sp

from verifier import ml
from verifier.catalog import CatalogError
from verifier.documents.specialcalls import FUNCTIONS as SPECIAL_CALLS

__all__ = ["FUNCTIONS", "TWO_ARGUMENTS", "VECTOR_FUNCTIONS", "FunctionArgumentError"]


class FunctionArgumentError(ValueError):
    """A built-in function was given an argument of the wrong shape."""


def _shape(v: Any) -> str:
    return f"{v.rows}×{v.cols}" if isinstance(v, sp.MatrixBase) else "a scalar"


def _listed(args: tuple[Any, ...], numbers_only: bool) -> Any:
    r"""The one argument of a function of a whole vector, or the vector its scalar ``args`` list:
    ``\operatorname{lse}(0, 0)`` is log-sum-exp of (0, 0) (lead71), ``\mathrm{softmax}(1, 2, 3)`` the softmax of
    (1, 2, 3) — for the softmax only where every argument is a number (``\mathrm{softmax}(z, T)`` may be a
    temperature)."""
    if len(args) == 1:
        return args[0]
    if len(args) < 2 or any(isinstance(a, sp.MatrixBase) for a in args):
        raise TypeError("not a list of scalars")
    if numbers_only and any(isinstance(a, sp.Basic) and a.free_symbols for a in args):
        raise TypeError("a list with names in it")
    return sp.ImmutableMatrix(len(args), 1, list(args))


def _softmax(*args: Any) -> Any:
    v = _listed(args, numbers_only=True)
    if not isinstance(v, sp.MatrixBase):
        raise FunctionArgumentError("softmax of a scalar (declare its argument as a vector)")
    return ml.softmax(v)


def _cross_entropy(y: Any, yhat: Any) -> Any:
    if not (isinstance(y, sp.MatrixBase) and isinstance(yhat, sp.MatrixBase)):
        raise FunctionArgumentError(f"CE(y, ŷ) needs two vectors, got {_shape(y)} and {_shape(yhat)}")
    try:
        return ml.cross_entropy(y, yhat)
    except CatalogError:
        raise FunctionArgumentError(
            f"CE(y, ŷ) needs two vectors of one length, got {_shape(y)} and {_shape(yhat)}"
        ) from None


def _digamma(v: Any) -> Any:
    """ψ = (log Γ)', entry-wise: where the prose names a letter the digamma function (documents.prosefunctions)."""
    return ml.elementwise(_digamma, v) if isinstance(v, ml.Block) else sp.polygamma(0, v)


def _beta_function(a: Any, b: Any) -> Any:
    """B(a, b) = Γ(a)Γ(b)/Γ(a + b): where the notes write B of a Beta distribution (documents.betaconvention)."""
    if isinstance(a, ml.Block) or isinstance(b, ml.Block):
        raise FunctionArgumentError("the Beta function B(a, b) of a vector or matrix")
    return sp.gamma(a) * sp.gamma(b) / sp.gamma(a + b)


#: the built-ins of two arguments (the others take one)
TWO_ARGUMENTS = frozenset({"beta_function"})


def _catalog_checked(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` with the catalog's shape complaint turned into the resolver's readable one."""

    def checked(*args: Any) -> Any:
        try:
            return fn(*args)
        except CatalogError as exc:
            raise FunctionArgumentError(str(exc)) from None

    return checked


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "sigma": ml.sigmoid,
    "sigmoid": ml.sigmoid,
    "logistic": ml.sigmoid,
    "softmax": _softmax,
    "relu": ml.relu,
    "tanh": ml.tanh,
    # activations whose name means one function in every text (GELU and ELU do not: tanh approximation, α)
    "softplus": ml.softplus,
    "SiLU": ml.silu,
    "silu": ml.silu,
    "swish": ml.silu,
    "Swish": ml.silu,
    "softsign": ml.softsign,
    "normal_cdf": ml.normal_cdf,  # Φ and φ where the prose names them (documents.prosefunctions)
    "normal_pdf": ml.normal_pdf,
    "digamma": _digamma,
    "beta_function": _beta_function,
    "identity": lambda v: v,
    "ce": _cross_entropy,
    "CE": _cross_entropy,
    "CrossEntropy": _cross_entropy,
    "crossentropy": _cross_entropy,
    "cross_entropy": _cross_entropy,
    # known densities, which the parser writes as calls (verifier.latex.probability): N(x | μ, σ²), Bern(y | p)
    "normal": _catalog_checked(ml.normal_density),
    "bernoulli": _catalog_checked(ml.bernoulli),
}


# --- read16: log-sum-exp and the logit (verifier.ml's read16 block) ----------------------------------------


def _logsumexp(*args: Any) -> Any:
    v = _listed(args, numbers_only=False)
    if not isinstance(v, sp.MatrixBase):
        raise FunctionArgumentError("log-sum-exp of a scalar (declare its argument as a vector)")
    return ml.logsumexp(v)


#: functions of a whole vector: their bare argument is a vector where nothing else says (documents.infer)
VECTOR_FUNCTIONS = frozenset({"logsumexp", "LogSumExp", "LSE", "lse"})
FUNCTIONS.update({name: _logsumexp for name in VECTOR_FUNCTIONS})
FUNCTIONS["logit"] = ml.logit
FUNCTIONS.update(SPECIAL_CALLS)  # \operatorname{RiemannZeta}, \operatorname{LambertW}: verify check's readings


def _softmax_columns(v: Any) -> Any:
    """The softmax where the prose takes it column by column (documents.rowsoftmax)."""
    from verifier.documents.rowsoftmax import softmax_by_columns

    _softmax(v)  # the scalar complaint
    return softmax_by_columns(v)


FUNCTIONS["softmax_columns"] = _softmax_columns
