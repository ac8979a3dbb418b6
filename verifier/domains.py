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
from dataclasses import dataclass

import numpy as np


def _signed_loguniform(rng: np.random.Generator, n: int, lo: float, hi: float) -> np.ndarray:
    mag = np.exp(rng.uniform(math.log(lo), math.log(hi), n))
    return mag * rng.choice([-1.0, 1.0], n)


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

    Unbounded reals are sampled from a mixture: the bulk in [-4, 4], and a quarter each at
    small (1e-4..1) and large (4..60) magnitudes.
    """

    lo: float = -math.inf
    hi: float = math.inf
    exclude: tuple[float, ...] = ()
    margin: float = 1e-3  # excluded points are avoided by this much (finite differences straddle kinks)

    def sample(self, rng: np.random.Generator, n: int) -> np.ndarray:
        out = np.empty(0)
        margin = self.margin
        if math.isfinite(self.hi - self.lo):
            margin = min(margin, (self.hi - self.lo) * 1e-3)
        for _ in range(1000):
            if out.size >= n:
                break
            m = 2 * n
            if math.isinf(self.lo) or math.isinf(self.hi):
                pick = rng.uniform(0, 1, m)
                bulk = rng.uniform(-4, 4, m)
                small = _signed_loguniform(rng, m, 1e-4, 1.0)
                large = _signed_loguniform(rng, m, 4.0, 60.0)
                x = np.where(pick < 0.5, bulk, np.where(pick < 0.75, small, large))
                x = x[(x >= self.lo) & (x <= self.hi)]
            else:
                x = rng.uniform(self.lo, self.hi, m)
                x = x[(x > self.lo) & (x < self.hi)]
            for e in self.exclude:
                x = x[np.abs(x - e) > margin]
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

    def assumptions(self) -> dict[str, bool]:
        return {"real": True}

    def describe(self) -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class Simplex(Block):
    """A probability vector: positive entries that sum to 1 (Dirichlet(alpha) samples).

    Symbolically the last entry is eliminated as 1 minus the others, so identities that hold
    only when the entries sum to one (cross-entropy after softmax) can still be proved.
    """

    alpha: float = 1.0

    def sample(self, rng: np.random.Generator, n: int, size: int) -> np.ndarray:
        return rng.dirichlet(np.full(size, self.alpha), n)

    def assumptions(self) -> dict[str, bool]:
        return {"positive": True}

    def describe(self) -> str:
        return "probability vector (entries > 0, sum 1)"


@dataclass(frozen=True)
class OneHot(Block):
    """A one-hot vector: one entry 1, the others 0; symbolically treated as a probability vector."""

    def sample(self, rng: np.random.Generator, n: int, size: int) -> np.ndarray:
        out = np.zeros((n, size))
        out[np.arange(n), rng.integers(0, size, n)] = 1.0
        return out

    def assumptions(self) -> dict[str, bool]:
        return {"nonnegative": True}

    def describe(self) -> str:
        return "one-hot vector"
