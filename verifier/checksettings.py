"""How one claim is checked: the seed, the number of sample points and the symbolic budget, validated where they are
made (:class:`Settings`), and the rules they give: the generator of a claim's points (:func:`rng_for`) and how many
of them must agree before a step is PASSED (:func:`min_valid_points`).

Apart from the engine that checks (verifier.engine), so that the modules that judge a step with them
and those that only carry the settings (verifier.settings, verifier.mutate) need not import it.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np

DEFAULT_SEED = 20181
DEFAULT_POINTS = 200
DEFAULT_SYMBOLIC_BUDGET = 5.0  # seconds per identity instance for the symbolic stage


class SettingsError(ValueError):
    """Settings that cannot give a meaningful verdict (no points, a budget of no time)."""


@dataclass(frozen=True)
class Settings:
    """How a claim is checked. Validated here, so no caller (CLI, config, plugin, library) can
    ask for a check that checks nothing: ``points=0`` would make every claim PASSED."""

    seed: int = DEFAULT_SEED
    points: int = DEFAULT_POINTS
    symbolic_budget: float = DEFAULT_SYMBOLIC_BUDGET
    symbolic: bool = True
    #: Render the members of steps that hold (``lhs``/``rhs`` and their LaTeX). Printing SymPy
    #: expressions is a tenth of a catalog run, and only the JSON report shows the members of
    #: a step that holds; a failing step's members are always rendered. Part of the cache key,
    #: so a record without them is never served to a run that needs them.
    member_texts: bool = True

    def __post_init__(self) -> None:
        if not _is_int(self.seed):
            raise SettingsError(f"the seed must be an integer, not {self.seed!r}")
        if not _is_int(self.points) or self.points < 1:
            raise SettingsError(f"the number of sample points must be an integer of at least 1, not {self.points!r}")
        budget = self.symbolic_budget
        if isinstance(budget, bool) or not isinstance(budget, int | float) or not budget > 0:
            raise SettingsError(f"the symbolic budget must be a positive number of seconds, not {budget!r}")
        if not isinstance(self.member_texts, bool):
            raise SettingsError(f"member_texts must be True or False, not {self.member_texts!r}")


def _is_int(value: object) -> bool:
    return isinstance(value, int | np.integer) and not isinstance(value, bool)


def rng_for(seed: int, key: str) -> np.random.Generator:
    """One generator per (seed, id, size): ``verify ID --seed N`` reproduces what ``verify all`` saw."""
    return np.random.default_rng([seed, zlib.crc32(key.encode())])


def min_valid_points(points: int) -> int:
    """Points that must agree for PASSED: a fifth of them, at least 10 (never 0: no evidence, no verdict)."""
    return max(1, min(points, max(10, points // 5)))
