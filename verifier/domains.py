"""Declared domains of catalog symbols: the SymPy assumptions they imply and how to sample them.

A domain describes one *scalar or block* of variables. Scalar domains sample one value per
point; block domains (probability vectors, one-hot vectors, symmetric matrices) sample a
whole vector or matrix at once because their entries are constrained jointly.

Sampling deliberately spreads points over several scales: a checker that only samples near
zero cannot tell sigma(x) from its tangent 1/2 + x/4, and one that never samples large
magnitudes never meets overflow.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

HUGE = 1e6  # largest magnitude sampled for an unbounded real


_SIGNS = np.array([-1.0, 1.0])


def _signed_loguniform(rng: np.random.Generator, n: int, lo: float, hi: float) -> np.ndarray:
    """Magnitudes log-uniform in [lo, hi], signs ±1 with equal odds. The signs are indexed with
    ``rng.integers(0, 2, n)``, which is what ``rng.choice([-1.0, 1.0], n)`` draws (the same numbers,
    the generator left in the same state: ``tests/test_docspeed8.py``) without converting the list and
    checking its arguments at every call: sampling is called tens of thousands of times per document."""
    mag = np.exp(rng.uniform(math.log(lo), math.log(hi), n))
    return mag * _SIGNS[rng.integers(0, 2, n, dtype=np.int64)]


@dataclass(frozen=True)
class Domain:
    """Base of scalar domains."""

    def assumptions(self) -> dict[str, bool]:
        return {"real": True}

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        raise NotImplementedError

    def describe(self) -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class Real(Domain):
    """A real number, optionally bounded and with excluded points (kinks, poles).

    Unbounded reals are sampled from a mixture: 40 % in [-4, 4], and 15 % each at small
    (1e-4..1), large (4..60) and huge (60 up to the bound, or HUGE) magnitudes, log-uniformly:
    a claim that fails only beyond |x| = 100 must meet such points. Intervals are sampled
    uniformly, and a wide one (beyond +-4) also log-uniformly in magnitude. A further 15 % lie within
    1e-10..1e-2 of an excluded point (or of 0): the cancellation trap next to a pole or a
    removable singularity has to be sampled too. Excluded points themselves never are.
    """

    lo: float = -math.inf
    hi: float = math.inf
    exclude: tuple[float, ...] = ()

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        out = np.empty(0)
        bounded = math.isfinite(self.hi - self.lo)
        for _ in range(1000):
            if out.size >= n:
                break
            m = 2 * n
            if not bounded:
                top = max(abs(b) if math.isfinite(b) else HUGE for b in (self.lo, self.hi))
                pick = rng.uniform(0, 1, m)
                bulk = rng.uniform(-4, 4, m)
                small = _signed_loguniform(rng, m, 1e-4, 1.0)
                large = _signed_loguniform(rng, m, 4.0, 60.0)
                huge = _signed_loguniform(rng, m, 60.0, max(top, 61.0))
                # np.select([pick < 0.4, pick < 0.55, pick < 0.7, pick < 0.85], [bulk, small, large, huge], 0.0)
                # as nested wheres: the same numbers (the first condition that holds picks), without select's
                # argument handling, a third of a draw's time (tests/test_docspeed16.py)
                x = np.where(pick < 0.4, bulk, np.where(pick < 0.55, small, np.where(
                    pick < 0.7, large, np.where(pick < 0.85, huge, 0.0))))
            else:  # half uniform; on a wide interval, a third log-uniform in magnitude (small |x| too)
                pick = rng.uniform(0, 1, m)
                x = rng.uniform(self.lo, self.hi, m)
                top = max(abs(self.lo), abs(self.hi))
                if top > 4:
                    x = np.where(pick < 0.5, x, _signed_loguniform(rng, m, 1e-4, top))
            centres = self.exclude or (0.0,)
            near = np.asarray(centres)[rng.integers(0, len(centres), m)]
            width = 1.0 if not bounded else min(1.0, self.hi - self.lo)
            near = near + _signed_loguniform(rng, m, 1e-10, 1e-2) * width * np.maximum(1.0, np.abs(near))
            x = np.where(pick >= 0.85, near, x)
            x = x[(x > self.lo) & (x < self.hi)] if bounded else x[(x >= self.lo) & (x <= self.hi)]
            for e in self.exclude:
                x = x[x != e]
            out = np.concatenate([out, x])
        else:
            raise ValueError(f"the domain {self.describe()} has no room to sample from")
        return out[:n]

    def assumptions(self) -> dict[str, bool]:
        zero_out = 0 in self.exclude
        if self.lo > 0 or (self.lo >= 0 and zero_out):
            return {"positive": True}
        if self.hi < 0 or (self.hi <= 0 and zero_out):
            return {"negative": True}
        if zero_out:
            return {"real": True, "nonzero": True}
        return {"real": True}

    def describe(self) -> str:
        if math.isinf(self.lo) and math.isinf(self.hi):
            base = "real"
        else:
            base = f"real in ({self.lo:g}, {self.hi:g})"
        if self.exclude:
            base += ", excluding " + ", ".join(f"{e:g}" for e in self.exclude)
        return base


@dataclass(frozen=True)
class Positive(Domain):
    """A positive real, sampled log-uniformly over [lo, hi] (default 1e-3 .. 1e3)."""

    lo: float = 1e-3
    hi: float = 1e3

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return np.exp(rng.uniform(math.log(self.lo), math.log(self.hi), n))

    def assumptions(self) -> dict[str, bool]:
        return {"positive": True}

    def describe(self) -> str:
        return "positive real"


@dataclass(frozen=True)
class Integer(Domain):
    """An integer in [lo, hi]."""

    lo: int = 1
    hi: int = 64

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        return rng.integers(self.lo, self.hi + 1, n).astype(float)

    def assumptions(self) -> dict[str, bool]:
        if self.lo > 0:
            return {"integer": True, "positive": True}
        return {"integer": True}

    def describe(self) -> str:
        return f"integer in [{self.lo}, {self.hi}]"


# ----------------------------------------------------------------------------------------------
# Block domains: a whole vector (or matrix) sampled jointly.


@dataclass(frozen=True)
class Block:
    """Base of jointly sampled blocks of ``size`` scalars."""

    def sample(self, rng: np.random.Generator, n: int, size: int) -> np.ndarray:
        """Return an array of shape (n, size)."""
        raise NotImplementedError

    def admits(self, values: Sequence[Any], free: int = 0) -> bool:
        """Whether exact numbers ``values`` for entries of one group that sums to 1 (a vector, a row), with
        ``free`` more entries of it left to choose (the eliminated one among them), can be a value of the
        block: its entries' assumptions are wider than the block (review24a: a proof by cases refuted a
        right step at a "probability vector" with an entry above 1, a "one-hot" entry of 1/2)."""
        return True

    def assumptions(self) -> dict[str, bool]:
        return {"real": True}

    def describe(self) -> str:
        raise NotImplementedError


def _probabilities(values: Sequence[Any], free: int) -> bool:
    """Positive entries of a group summing to 1, ``free`` more to choose: then their sum must stay below 1."""
    if not all(v.is_positive is True for v in values):
        return False
    return free == 0 or (sum(values) - 1).is_negative is True  # with none free the sum is 1 by the elimination


#: the share of probability vectors drawn next to a corner of the simplex (as reals next to 0)
CORNER_SHARE = 0.15


def _with_corners(rng: np.random.Generator, p: np.ndarray) -> np.ndarray:
    """Dirichlet draws ``p`` (probability vectors along the last axis), a share replaced by vectors next to a
    corner: one entry 1 - ε, ε log-uniform in 1e-10..1e-2, spread over the others by a Dirichlet(1).

    Dirichlet(1) puts an entry of three above 0.99 once in ten thousand draws: a claim wrong only where one
    class takes nearly all the mass (``min(p_k, 0.99)``, an indicator ``p_k < 0.999``) met no sample
    (redteam25). The corner entry is 1 minus the others, so each vector sums to 1 as a float sum can."""
    size = p.shape[-1]
    if size < 2:
        return p
    flat = p.reshape(-1, size).copy()
    m = flat.shape[0]
    near = rng.uniform(0, 1, m) < CORNER_SHARE
    eps = np.exp(rng.uniform(math.log(1e-10), math.log(1e-2), m))
    rest = rng.dirichlet(np.ones(size - 1), m) * eps[:, None]
    corner = rng.integers(0, size, m)
    for j in np.flatnonzero(near):
        others = [k for k in range(size) if k != corner[j]]
        flat[j, others] = rest[j]
        flat[j, corner[j]] = 1.0 - rest[j].sum()
    # an entry below 1e-12 keeps its Dirichlet draw: the entry a block eliminates is recomputed as 1 minus
    # the others at each precision, and the float rounding of 1 - ε (1e-16) must leave it positive and close
    ok = (flat > 1e-12).all(axis=1)
    flat[~ok] = p.reshape(-1, size)[~ok]
    return flat.reshape(p.shape)


@dataclass(frozen=True)
class Simplex(Block):
    """A probability vector: positive entries that sum to 1 (Dirichlet(alpha) samples).

    Symbolically the last entry is eliminated as 1 minus the others, so identities that hold
    only when the entries sum to one (cross-entropy after softmax) can still be proved.
    """

    alpha: float = 1.0

    def sample(self, rng: np.random.Generator, n: int, size: int) -> np.ndarray:
        return _with_corners(rng, rng.dirichlet(np.full(size, self.alpha), n))

    def assumptions(self) -> dict[str, bool]:
        return {"positive": True}

    def admits(self, values: Sequence[Any], free: int = 0) -> bool:
        return _probabilities(values, free)

    def describe(self) -> str:
        return "probability vector (entries > 0, sum 1)"


@dataclass(frozen=True)
class StochasticMatrix(Block):
    """A matrix whose rows (``along=1``: the second index summed) or columns (``along=0``) are
    probability vectors: labels t_{nc} of a batch the notes say sum to one over the classes.

    Sampled row-major (the order of the matrix's symbols), each row (column) from Dirichlet(1);
    symbolically the last entry of each row (column) is 1 minus the others.
    """

    rows: int = 1
    cols: int = 1
    along: int = 1

    def sample(self, rng: np.random.Generator, n: int, size: int) -> np.ndarray:
        if self.along == 1:
            return _with_corners(rng, rng.dirichlet(np.ones(self.cols), (n, self.rows))).reshape(n, size)
        return _with_corners(rng, rng.dirichlet(np.ones(self.rows), (n, self.cols))).transpose(0, 2, 1).reshape(n, size)

    def assumptions(self) -> dict[str, bool]:
        return {"positive": True}

    def admits(self, values: Sequence[Any], free: int = 0) -> bool:
        return _probabilities(values, free)  # of one row (column)

    def describe(self) -> str:
        return f"matrix whose {'rows' if self.along == 1 else 'columns'} are probability vectors"


@dataclass(frozen=True)
class OneHot(Block):
    """A one-hot vector: one entry 1, the others 0; symbolically treated as a probability vector."""

    def sample(self, rng: np.random.Generator, n: int, size: int) -> np.ndarray:
        out = np.zeros((n, size))
        out[np.arange(n), rng.integers(0, size, n)] = 1.0
        return out

    def assumptions(self) -> dict[str, bool]:
        return {"nonnegative": True}

    def admits(self, values: Sequence[Any], free: int = 0) -> bool:
        if not all(v.is_zero is True or (v - 1).is_zero is True for v in values):
            return False
        return free == 0 or (sum(values) - 1).is_nonpositive is True  # the sum is 1 by the elimination

    def describe(self) -> str:
        return "one-hot vector"
