"""The ``[tool.verify]`` table of a course repository's ``pyproject.toml``, read and type-checked.

Like pytest's ini options: every key has a declared type, a value of the wrong type is a
:class:`ConfigError` naming the table and the key (exit status 2), never a traceback and never
silently ignored, and an unknown key gets a did-you-mean. Turning these values into the
settings of a run (command line over table over defaults) is :mod:`verifier.settings`' job.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from verifier.errors import ConfigError

__all__ = ["KEYS", "Config", "ConfigError", "find_pyproject", "load_config"]


def _describe(value: Any) -> str:
    kind = {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "an array",
            dict: "a table"}.get(type(value), type(value).__name__)  # fmt: skip
    return f"{value!r} ({kind})"


def _int(minimum: int) -> Callable[[Any], Any]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"must be an integer, not {_describe(value)}")
        if value < minimum:
            raise ValueError(f"must be at least {minimum}, not {value}")
        return value

    return check


MAX_SECONDS = 10**6  # a budget longer than this is not a budget


def _positive_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"must be a number of seconds, not {_describe(value)}")
    if not value > 0:
        raise ValueError(f"must be positive, not {value}")
    if not value <= MAX_SECONDS:  # inf (TOML has it) or 1e308 overflow the worker's wait: refuse them
        raise ValueError(f"must be at most {MAX_SECONDS} seconds, not {value}")
    return float(value)


def _string(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"must be a non-empty string, not {_describe(value)}")
    return value


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"must be a glob or an array of globs (strings), not {_describe(value)}")
    return tuple(value)


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {_describe(value)}")
    return value


#: key -> (validator returning the typed value, what it means)
KEYS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "derivations": (_string, "catalog directory, relative to pyproject.toml"),
    "documents": (_strings, "globs of notes checked by `verify all`, `verify doc` and pytest"),
    "seed": (_int(0), "random seed"),
    "points": (_int(1), "sample points per step and size"),
    "timeout": (_positive_number, "seconds per identity / per document chain"),
    "jobs": (_int(0), "worker processes (0: one per core)"),
    "format": (_string, "report format"),
    "cache": (_bool, "reuse verdicts of unchanged entries"),
}


@dataclass(frozen=True)
class Config:
    """The validated ``[tool.verify]`` values (typed), and the pyproject.toml they came from."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def base(self) -> Path:
        """Relative paths in the table are relative to the pyproject.toml's folder."""
        return self.path.parent if self.path else Path.cwd()

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


def find_pyproject(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def validate(table: Any, where: str) -> dict[str, Any]:
    """Typed values of a ``[tool.verify]`` table; ConfigError naming the key otherwise."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [tool.verify] must be a table, not {_describe(table)}")
    values: dict[str, Any] = {}
    for key, raw in table.items():
        if key not in KEYS:
            close = difflib.get_close_matches(key, list(KEYS), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(KEYS)}"
            raise ConfigError(f"{where}: unknown key {key!r} in [tool.verify]{hint}")
        check, _ = KEYS[key]
        try:
            values[key] = check(raw)
        except ValueError as exc:
            raise ConfigError(f"{where}: [tool.verify] {key} {exc}") from None
    return values


def load_config(start: Path | None = None) -> Config:
    """The nearest pyproject.toml at or above ``start`` (default: the working directory)."""
    path = find_pyproject((start or Path.cwd()).resolve())
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    tool = data.get("tool", {})
    if not isinstance(tool, dict) or "verify" not in tool:
        return Config(path)
    return Config(path, validate(tool["verify"], str(path)))
