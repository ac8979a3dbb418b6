"""Sample points: drawing the declared domains and handing the points out at any precision.

A :class:`Sample` is the one set of points every member of a chain is evaluated at, so it owns
how a point becomes float64 columns, arb balls or mpmath numbers -- and the simplex constraints
(a coordinate that is 1 minus the others) recomputed exactly at each precision, since a float64
rounding of ``sum = 1`` would show up as a false difference at 40 digits.
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field

import flint
import mpmath
import numpy as np
import sympy as sp
from flint import arb

from verifier.catalog import Variable
from verifier.domains import Block


@dataclass(frozen=True)
class Sample:
    symbols: tuple[sp.Symbol, ...]
    values: np.ndarray  # shape (len(symbols), n)
    # (target, sources): symbols[target] = 1 - sum(symbols[sources]), exactly at every precision
    derived: tuple[tuple[int, tuple[int, ...]], ...] = ()
    _balls_at: dict[int, list[np.ndarray]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def n(self) -> int:
        return int(self.values.shape[1])

    def point(self, j: int) -> list[float]:
        return [float(v) for v in self.values[:, j]]

    def extra_digits(self, j: int) -> int:
        """More digits for points with tiny coordinates: cancellation there costs ~2 digits per decade."""
        col = np.abs(self.values[:, j])
        col = col[col > 0]
        if col.size == 0:
            return 0
        return int(2 * max(0.0, -math.log10(float(col.min()))))

    def ball_columns(self, cols: np.ndarray) -> list[np.ndarray]:
        """The points ``cols`` as arb balls at the current precision, constraints recomputed exactly.

        Every point is converted once per sample and precision (each member of a chain, at each
        level, asked again: a tenth of the ball stage); a float is exact in arb at any precision,
        and the constrained coordinates are recomputed at this precision.
        """
        prec = flint.ctx.prec
        cache = self._balls_at
        if prec not in cache:
            out = []
            for row in self.values:
                column = np.empty(len(row), dtype=object)
                # float(v) of each value, as Python floats at once (no NumPy scalar per value): the same doubles
                column[:] = [arb(v) for v in row.astype(float, copy=False).tolist()]
                out.append(column)
            for target, sources in self.derived:  # no sources: a probability vector of one entry, 1
                zero = np.full(len(out[target]), arb(0), dtype=object)
                out[target] = 1 - functools.reduce(operator.add, (out[k] for k in sources), zero)
            cache[prec] = out
        return [column[cols] for column in cache[prec]]

    def mp_point(self, j: int) -> list[object]:
        """The point as mpmath numbers at the current precision, constraints recomputed exactly.

        A probability vector sampled in float64 sums to 1 only up to rounding; at 40 digits
        that rounding would show up as a (false) difference in identities that need sum 1.
        """
        x = [mpmath.mpf(float(v)) for v in self.values[:, j]]
        for target, sources in self.derived:
            x[target] = 1 - mpmath.fsum(x[k] for k in sources)
        return x


_DRAWN: dict[tuple[object, ...], tuple[Sample, dict[str, object]]] = {}
_DRAWN_MAX = 512  # samples remembered (a document re-checks a chain under several readings)


def _state_key(state: object) -> object:
    """A bit generator's state (nested dicts of ints and strings) as something hashable."""
    if isinstance(state, dict):
        return tuple((k, _state_key(v)) for k, v in sorted(state.items()))
    return state


def draw(variables: Sequence[Variable], rng: np.random.Generator, n: int) -> Sample:
    """The sample points of ``variables``, ``n`` of them, drawn from ``rng``.

    Remembered: a document re-checks the same chain at the same sizes under each of its other
    readings, with a generator seeded the same way each time, and drawing (a dozen NumPy calls
    per scalar) was a tenth of such a document's time. A hit is the very sample a new draw would
    give (same generator state, same domains), and it leaves ``rng`` in the state the draw would.
    The points are read-only (``values`` is not writeable), so sharing the sample is safe.
    """
    try:
        key: tuple[object, ...] | None = (
            _state_key(rng.bit_generator.state),
            n,
            tuple((v.symbols, v.domain, v.constraint) for v in variables),
        )
        hash(key)
    except TypeError:  # a domain that cannot be hashed: drawn every time
        key = None
    if key is not None and key in _DRAWN:
        sample, after = _DRAWN[key]
        rng.bit_generator.state = after
        return sample
    sample = _draw(variables, rng, n)
    if key is not None:
        if len(_DRAWN) >= _DRAWN_MAX:
            _DRAWN.pop(next(iter(_DRAWN)))
        sample.values.setflags(write=False)
        _DRAWN[key] = (sample, rng.bit_generator.state)
    return sample


def _draw(variables: Sequence[Variable], rng: np.random.Generator, n: int) -> Sample:
    symbols: list[sp.Symbol] = []
    rows: list[np.ndarray] = []
    for var in variables:
        if isinstance(var.domain, Block):
            block = var.domain.sample(rng, n, len(var.symbols))  # (n, size)
            rows.extend(block.T)
        else:
            rows.extend(var.domain.sample(rng, n) for _ in var.symbols)
        symbols.extend(var.symbols)
    values = np.array(rows, dtype=float).reshape(len(symbols), n)
    index = {s: i for i, s in enumerate(symbols)}
    derived = []
    for var in variables:
        for target, expr in var.constraint:
            sources = tuple(index[s] for s in var.symbols if s != target and s in expr.free_symbols)
            assert expr == 1 - sp.Add(*(symbols[k] for k in sources)), "only simplex constraints are supported"
            derived.append((index[target], sources))
            values[index[target]] = 1 - values[list(sources)].sum(axis=0)
    return Sample(tuple(symbols), values, tuple(derived))
