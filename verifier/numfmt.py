"""Numbers as text in reports: high-precision values readably, sample coordinates exactly."""

from __future__ import annotations

import math

import mpmath


def fmt(v: object, digits: int = 15) -> str:
    """A high-precision value for display: 15 significant digits, complex shown as a+bj."""
    if isinstance(v, mpmath.mpc):
        if v.imag == 0:
            v = v.real
        else:
            return f"{mpmath.nstr(v.real, digits)}{'+' if v.imag >= 0 else '-'}{mpmath.nstr(abs(v.imag), digits)}j"
    return mpmath.nstr(v, digits)


def fmt_float(x: float) -> str:
    """Shortest text that round-trips to the same float (so a point can be re-entered exactly)."""
    if math.isfinite(x) and x == int(x) and abs(x) < 1e15:
        return str(int(x)) if x != 0 or math.copysign(1, x) > 0 else "-0"
    return repr(x)


def fmt_apart(a: object, b: object, digits: int = 15) -> tuple[str, str]:
    """``a`` and ``b`` for display, to the fewest significant digits (15 at least, 40 at most) at which they read
    differently: two sides 2e-18 apart are not shown as one number twice (sound39)."""
    while digits < 40 and fmt(a, digits) == fmt(b, digits):
        digits += 1
    return fmt(a, digits), fmt(b, digits)
