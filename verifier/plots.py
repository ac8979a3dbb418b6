"""Plots of a refuted step: both sides along a line through the counterexample.

A counterexample is one point; a curve of both members around it shows a reader *how* the
sides differ (a sign, a constant offset, a missing factor) and that the point is not a fluke.
The line is ``p + t·u`` through the counterexample ``p``:

* ``u`` is the unit vector of the first coordinate (in declaration order) that the failing
  component depends on, found numerically by nudging each coordinate; real and positive
  coordinates are preferred to integer and one-hot ones. When no coordinate changes either
  side (a flat piece of relu), the first real coordinate moves. The x axis shows that
  coordinate's value, so the plot reads like a textbook graph.
* Probability vectors: only free coordinates move; the eliminated last entry is recomputed as
  1 − Σ(others) at every ``t``, so the whole line stays on the constraint Σ = 1 that the
  identity may need. The window is cut to the declared bounds (entries stay in (0, 1)).
* The window is ``t ∈ [−w, w]`` with ``w = max(1, |p_k|/2)``, cut to the coordinate's domain.

Members are evaluated with :class:`verifier.numeric.NumericMember` (so derivative members are
witnessed by complex steps or central differences, exactly as in the check). Matplotlib is an
optional extra (``pip install 'derivation-verifier[plots]'``): without it :func:`plots_for_run`
returns ``{}``. A plot never breaks a run: any failure to draw one only leaves it out.

Catalog failures are rebuilt from their entry when the report is written. Document chains
have no entry to rebuild, so the document checker calls :func:`with_curve` while it still has
the claim: the refuted step then carries the sampled line as a :class:`verifier.results.Curve`
record (numbers and strings only, so it crosses the worker boundary), and the plot is drawn
from that. Sampling needs NumPy only; drawing needs matplotlib.
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from verifier.results import Curve, IdentityResult, RunResult, StepResult

# The reporters import this module (for ``plot_step``), so it imports nothing from them at the
# top; SymPy and matplotlib are imported only when a plot is actually made.
if TYPE_CHECKING:
    from verifier.catalog import Claim, Entry

__all__ = [
    "ALT_TEXT",
    "Line",
    "draw_line",
    "line_for_claim",
    "line_through_counterexample",
    "matplotlib_available",
    "plot_failure",
    "plot_step",
    "plots_for_run",
    "with_curve",
]

ALT_TEXT = "plot of both sides along a line through the counterexample"
SAMPLES = 200
DPI = 110
LEGEND_CHARS = 72  # a member's text in a plot's legend is cut to this many characters (_math_or_text)
LEGEND_LATEX_CHARS = 3 * LEGEND_CHARS  # a longer LaTeX member is shown in the legend as its text
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def plot_step(result: IdentityResult) -> StepResult | None:
    """The step a plot is made for: the first step that is not ok and has a counterexample.

    Shared with the reporters, so the picture is shown next to the step it belongs to.
    """
    for step in result.steps:
        if not step.verdict.ok and step.counterexample is not None:
            return step
    return None


def matplotlib_available() -> bool:
    """True when the optional ``plots`` extra is installed."""
    return _matplotlib() is not None


def _matplotlib() -> tuple[Any, Any] | None:
    """``(Figure, FigureCanvasAgg)`` or None: the object API, so no pyplot state and no GUI."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        return None
    return Figure, FigureCanvasAgg


# --------------------------------------------------------------------------- the numbers


@dataclass(frozen=True)
class Line:
    """The failing component of both members sampled along ``p + t·e_k`` (one coordinate moves)."""

    x: np.ndarray  # the moving coordinate's value
    lhs: np.ndarray  # NaN where a side is undefined
    rhs: np.ndarray
    variable: str  # LaTeX of the moving coordinate, e.g. "s_{1}"
    note: str  # what else changes along the line ("y_{3} = 1 - others") or ""
    others_fixed: bool  # other variables exist and keep their counterexample values
    x0: float  # the moving coordinate at the counterexample
    lhs0: float  # both sides at the counterexample (the confirmed high-precision values when readable)
    rhs0: float
    lhs_latex: str  # the plotted component of each member (an entry of a matrix member)
    rhs_latex: str
    lhs_text: str
    rhs_text: str

    def record(self) -> Curve:
        """The same numbers as an immutable result record (tuples of floats) for a step to carry."""
        return Curve(
            x=tuple(float(v) for v in self.x),
            lhs=tuple(float(v) for v in self.lhs),
            rhs=tuple(float(v) for v in self.rhs),
            variable=self.variable,
            note=self.note,
            others_fixed=self.others_fixed,
            x0=self.x0,
            lhs0=self.lhs0,
            rhs0=self.rhs0,
            lhs_latex=self.lhs_latex,
            rhs_latex=self.rhs_latex,
            lhs_text=self.lhs_text,
            rhs_text=self.rhs_text,
        )

    @classmethod
    def of(cls, curve: Curve) -> Line:
        """The line a step's recorded curve describes, ready to draw."""
        return cls(
            x=np.asarray(curve.x, dtype=float),
            lhs=np.asarray(curve.lhs, dtype=float),
            rhs=np.asarray(curve.rhs, dtype=float),
            variable=curve.variable,
            note=curve.note,
            others_fixed=curve.others_fixed,
            x0=curve.x0,
            lhs0=curve.lhs0,
            rhs0=curve.rhs0,
            lhs_latex=curve.lhs_latex,
            rhs_latex=curve.rhs_latex,
            lhs_text=curve.lhs_text,
            rhs_text=curve.rhs_text,
        )


def with_curve(claim: Claim, step: StepResult) -> StepResult:
    """``step`` carrying the curve of its claim through its counterexample, when it is refuted.

    For checkers whose claims cannot be rebuilt after the run (documents: no catalog entry).
    Steps that hold, or have no counterexample, come back unchanged; so does a step whose
    curve cannot be sampled (a plot is an illustration and never changes a verdict).
    """
    if step.verdict.ok or step.counterexample is None or not step.counterexample.coordinates:
        return step
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            line = line_for_claim(claim, step)
    except Exception:  # noqa: BLE001 - never let an illustration cost a verdict (timeouts still pass)
        return step
    return step if line is None else replace(step, curve=line.record())


def _entry_index(entry: str, cols: int) -> int:
    """``"[i, j]"`` (1-based, as in the report) to the row-major index used by NumericMember."""
    numbers = [int(n) for n in re.findall(r"\d+", entry)]
    if len(numbers) != 2:
        return 0
    return (numbers[0] - 1) * cols + (numbers[1] - 1)


def _as_float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return math.nan


def _bounds(domain: object) -> tuple[float, float, bool]:
    """(lo, hi, continuous) of a coordinate's declared domain."""
    from verifier.domains import Integer, OneHot, Positive, Real, Simplex

    if isinstance(domain, Integer):
        return float(domain.lo), float(domain.hi), False
    if isinstance(domain, Positive):
        return 0.0, float(domain.hi), True
    if isinstance(domain, Real):
        return float(domain.lo), float(domain.hi), True
    if isinstance(domain, Simplex):
        return 0.0, 1.0, True
    if isinstance(domain, OneHot):
        return 0.0, 1.0, False
    return -math.inf, math.inf, True


def _component(member: Any, component: int, names: Mapping[Any, str]) -> tuple[str, str] | None:
    """(LaTeX, text) of one entry of a matrix member: a plot shows that entry, not the matrix. The LaTeX is ""
    where it would certainly be longer than a legend shows as LaTeX (:func:`_longer_than`; the legend then shows
    the text, as it did for such a LaTeX): printing it took 6-9 s of CPU for one refuted entry of a corpus note."""
    import sympy as sp

    from verifier.catalog import D, shape_of

    if shape_of(member) == ():
        return None
    symbol_names = dict(names)
    if isinstance(member, D):
        fs = list(member.f) if isinstance(member.f, sp.MatrixBase) else [member.f]
        xs = member.variables
        if len(fs) > 1:  # a Jacobian, row-major: J[i, j] = d f_i / d x_j
            f, x = fs[component // len(xs)], xs[component % len(xs)]
        else:
            f, x = fs[0], xs[component]
        wrt = symbol_names.get(x) or sp.latex(x)
        latex = "" if _longer_than(f, symbol_names, LEGEND_LATEX_CHARS) else (
            rf"\frac{{\partial}}{{\partial {wrt}}}\left({sp.latex(f, order='none', symbol_names=symbol_names)}\right)"
        )  # fmt: skip
        return latex, f"d/d{x} [{sp.sstr(f, order='none')}]"
    value = list(member)[component]
    latex = "" if _longer_than(value, symbol_names, LEGEND_LATEX_CHARS) else sp.latex(
        value, order="none", symbol_names=symbol_names)  # fmt: skip
    return latex, sp.sstr(value, order="none")


def _longer_than(expr: Any, names: Mapping[Any, str], limit: int) -> bool:
    """Does ``expr``'s LaTeX certainly have more than ``limit`` characters? True where more than ``limit``
    occurrences of symbols are reached through sums, products, powers and applied functions, whose LaTeX prints
    every argument (each symbol's name is at least one character; a name mapped to "" counts nothing). Other nodes
    are not entered (a matrix symbol's sizes are not printed), so the count is a lower bound on the length;
    it stops as soon as it passes ``limit`` (docspeed64)."""
    import sympy as sp

    seen = 0
    todo = [expr]
    while todo:
        node = todo.pop()
        if isinstance(node, sp.Symbol):
            if names.get(node, node.name):
                seen += 1
                if seen > limit:
                    return True
        elif isinstance(node, (sp.Add, sp.Mul, sp.Pow, sp.Function)):
            todo.extend(node.args)
    return False


def line_through_counterexample(
    result: IdentityResult, entry: Entry, samples: int = SAMPLES
) -> tuple[Line, StepResult] | None:
    """Rebuild the refuted step and sample both sides along a line; None when it cannot be done."""
    step = plot_step(result)
    if step is None or step.counterexample is None or not step.counterexample.coordinates:
        return None
    line = line_for_claim(entry.build(dict(step.sizes)), step, samples)
    return None if line is None else (line, step)


def line_for_claim(claim: Claim, step: StepResult, samples: int = SAMPLES) -> Line | None:
    """Sample the members ``step.index - 1`` and ``step.index`` of ``claim`` through the step's counterexample."""
    import sympy as sp

    from verifier.catalog import shape_of
    from verifier.numeric import NumericMember, Sample

    cx = step.counterexample
    if cx is None or not cx.coordinates or not 1 <= step.index < len(claim.members):
        return None
    a, b = claim.members[step.index - 1], claim.members[step.index]
    symbols = [s for v in claim.variables for s in v.symbols]
    names = [str(s) for s in symbols]
    coords = dict(cx.coordinates)
    if any(name not in coords for name in names):
        return None  # the entry changed since the run: the point no longer fits
    p = np.array([coords[name] for name in names], dtype=float)

    index = {s: i for i, s in enumerate(symbols)}
    derived: list[tuple[int, tuple[int, ...]]] = []
    bounds: list[tuple[float, float, bool]] = []
    for var in claim.variables:
        bounds.extend(_bounds(var.domain) for _ in var.symbols)
        for target, expr in var.constraint:
            sources = tuple(index[s] for s in var.symbols if s != target and s in expr.free_symbols)
            derived.append((index[target], sources))
    fixed = {target for target, _ in derived}

    shape = next((s for s in (shape_of(a), shape_of(b)) if s), ())
    cols = shape[1] if len(shape) == 2 else 1
    component = _entry_index(cx.entry, cols) if cx.entry else 0
    members = (NumericMember(a, symbols), NumericMember(b, symbols))

    def values_at(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Both sides' failing component at the columns of ``points`` (constraints recomputed)."""
        points = points.copy()
        for target, sources in derived:
            points[target] = 1 - points[list(sources)].sum(axis=0)
        sample = Sample(tuple(symbols), points, tuple(derived))
        left, right = (m.floats(sample) for m in members)
        if component >= min(len(left), len(right)):
            raise IndexError(f"entry {cx.entry} is outside the members")
        return left[component], right[component]

    # Real and positive coordinates first: moving an integer or a one-hot entry says little.
    free = [k for k in range(len(symbols)) if k not in fixed]
    ordered = [k for k in free if bounds[k][2]] + [k for k in free if not bounds[k][2]]
    if not ordered:
        return None
    moving = ordered[0]  # when no coordinate changes either side (a flat piece of relu ...)
    nudged = np.repeat(p[:, None], len(ordered) + 1, axis=1)  # one vectorised evaluation for all
    for col, k in enumerate(ordered, start=1):
        lo, hi, _ = bounds[k]
        h = 1e-3 * (1 + abs(p[k]))
        nudged[k, col] = p[k] + h if p[k] + h < hi else p[k] - h
        if nudged[k, col] <= lo:
            nudged[k, col] = p[k] + (hi - p[k]) / 2
    left, right = values_at(nudged)
    for col, k in enumerate(ordered, start=1):
        if not (_same(left[col], left[0]) and _same(right[col], right[0])):
            moving = k
            break

    # The window, cut to the domains of the moving coordinate and of what is derived from it.
    rate = np.zeros(len(symbols))
    rate[moving] = 1.0
    for target, sources in derived:
        rate[target] = -rate[list(sources)].sum()
    half = max(1.0, abs(p[moving]) / 2)
    t_lo, t_hi = -half, half
    for k in np.flatnonzero(rate):
        lo, hi, _ = bounds[k]
        a_t, b_t = (lo - p[k]) / rate[k], (hi - p[k]) / rate[k]
        t_lo, t_hi = max(t_lo, min(a_t, b_t)), min(t_hi, max(a_t, b_t))
    if not t_hi - t_lo > 0:
        t_lo, t_hi = -1e-6, 1e-6
    margin = 1e-6 * (t_hi - t_lo)  # open domains: stay off the boundary (log 0, a zero probability)
    t = np.union1d(np.linspace(t_lo + margin, t_hi - margin, samples), [0.0])
    lhs, rhs = values_at(p[:, None] + rate[:, None] * t[None, :])
    zero = int(np.searchsorted(t, 0.0))
    lhs0, rhs0 = _as_float(cx.lhs), _as_float(cx.rhs)
    if not math.isfinite(lhs0):
        lhs0 = float(lhs[zero])
    if not math.isfinite(rhs0):
        rhs0 = float(rhs[zero])

    latex_names = claim.latex_names

    def latex_of(k: int) -> str:
        return latex_names.get(symbols[k]) or sp.latex(symbols[k])

    note = ", ".join(
        f"{latex_of(target)} = 1 - \\mathrm{{others}}" for target in np.flatnonzero(rate) if target != moving
    )
    lhs_latex, lhs_text = _component(a, component, latex_names) or (step.lhs_latex, step.lhs)
    rhs_latex, rhs_text = _component(b, component, latex_names) or (step.rhs_latex, step.rhs)
    line = Line(
        x=p[moving] + t,
        lhs=lhs,
        rhs=rhs,
        variable=latex_of(moving),
        note=note,
        others_fixed=len(symbols) > int(np.count_nonzero(rate)),
        x0=float(p[moving]),
        lhs0=lhs0,
        rhs0=rhs0,
        lhs_latex=lhs_latex,
        rhs_latex=rhs_latex,
        lhs_text=lhs_text,
        rhs_text=rhs_text,
    )
    return line


def _same(u: float, v: float) -> bool:
    return bool(u == v or (np.isnan(u) and np.isnan(v)))


# --------------------------------------------------------------------------- the picture


def _math_or_text(latex: str, text: str, limit: int = LEGEND_CHARS) -> str:
    """``$latex$`` when matplotlib's mathtext can typeset it, else the plain member, shortened."""
    from matplotlib.mathtext import MathTextParser

    if latex and len(latex) <= LEGEND_LATEX_CHARS * limit // LEGEND_CHARS:
        candidate = "$" + " ".join(latex.replace("$", r"\$").split()) + "$"
        try:
            MathTextParser("path").parse(candidate, dpi=72)
        except (ValueError, RuntimeError):
            pass
        else:
            return candidate
    from verifier.reporters.base import shorten

    return shorten(text, limit).replace("$", r"\$")


def draw_line(line: Line, title: str, path: Path) -> None:
    """Both curves and the counterexample with both values, legend below the axes; a PNG at ``path``."""
    mpl = _matplotlib()
    if mpl is None:
        raise ImportError("matplotlib is not installed (pip install 'derivation-verifier[plots]')")
    figure_cls, canvas_cls = mpl
    fig = figure_cls(figsize=(7.2, 5.4), dpi=DPI, layout="constrained")
    canvas_cls(fig)
    ax = fig.add_subplot()
    lhs, rhs = _clipped(ax, line)
    blue, red = "#1f5fbf", "#d0402b"
    ax.plot(line.x, lhs, color=blue, linewidth=2.0, label="left side: " + _math_or_text(line.lhs_latex, line.lhs_text))
    right_label = "right side: " + _math_or_text(line.rhs_latex, line.rhs_text)
    ax.plot(line.x, rhs, color=red, linewidth=2.0, linestyle="--", label=right_label)
    ax.axvline(line.x0, color="#888888", linewidth=0.8, linestyle=":")
    ax.plot(
        [line.x0], [line.lhs0], "o", color=blue, markersize=7, label=f"left side at the counterexample: {line.lhs0:.6g}"
    )
    ax.plot(
        [line.x0], [line.rhs0], "s", color=red, markersize=7, label=f"right side at the counterexample: {line.rhs0:.6g}"
    )
    variable = f"${line.variable}$"
    note = f"  (${line.note}$)" if line.note else ""
    ax.set_xlabel(variable + note + ("; the other variables are fixed" if line.others_fixed else ""))
    ax.set_ylabel("value")
    ax.set_title(title, fontsize=11)
    ax.grid(True, alpha=0.3)
    fig.legend(loc="outside lower center", fontsize=10, frameon=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=DPI, format="png", metadata={"Software": None})


def _clipped(ax: Any, line: Line) -> tuple[np.ndarray, np.ndarray]:
    """Near a pole one spike would flatten everything else: show the bulk, cut the spikes.

    Values far outside the shown range become gaps, so the curve is not joined across a pole.
    """
    values = np.concatenate([line.lhs, line.rhs])
    values = values[np.isfinite(values)]
    if values.size < 4:
        return line.lhs, line.rhs
    marks = [v for v in (line.lhs0, line.rhs0) if math.isfinite(v)]
    lo, hi = (float(v) for v in np.percentile(values, [2, 98]))
    lo, hi = min([lo, *marks]), max([hi, *marks])
    if not float(values.max() - values.min()) > 10 * (hi - lo) > 0:
        return line.lhs, line.rhs
    pad = 0.1 * (hi - lo)
    ax.set_ylim(lo - pad, hi + pad)
    keep_lo, keep_hi = lo - (hi - lo), hi + (hi - lo)
    with np.errstate(invalid="ignore"):
        return (
            np.where((line.lhs >= keep_lo) & (line.lhs <= keep_hi), line.lhs, np.nan),
            np.where((line.rhs >= keep_lo) & (line.rhs <= keep_hi), line.rhs, np.nan),
        )


def plot_failure(result: IdentityResult, entry: Entry | None, path: Path) -> bool:
    """Draw the plot of ``result``'s refuted step to ``path``; False when there is none to draw.

    The step's recorded curve is drawn when it has one (document steps); otherwise the step is
    rebuilt from its catalog ``entry``.
    """
    from verifier.reporters.base import shorten, step_label

    if _matplotlib() is None:
        return False
    step = plot_step(result)
    if step is not None and step.curve is not None:
        line = Line.of(step.curve)
    elif entry is not None:
        made = line_through_counterexample(result, entry)
        if made is None:
            return False
        line, step = made
    else:
        return False
    title = f"{result.id}: {step_label(step)}"
    if step.counterexample is not None and step.counterexample.entry:
        title += f", entry {step.counterexample.entry}"
    with warnings.catch_warnings():  # cosmetic warnings (a missing glyph) must not fail a run
        warnings.simplefilter("ignore")
        draw_line(line, shorten(title, 90).replace("$", r"\$"), path)
    return True


def plots_for_run(
    run: RunResult,
    entries: Mapping[str, Entry] | Iterable[Entry],
    out_dir: Path | str,
    *,
    relative_to: Path | str | None = None,
) -> dict[str, str]:
    """A PNG per refuted identity in ``out_dir``: ``{id: path}`` for the reporters' ``plots`` option.

    Paths are POSIX and relative to ``relative_to`` (default: the parent of ``out_dir``, where
    the report file is written), so a Markdown report links them as they are. A refuted step
    that carries its curve (documents) is drawn from it; any other identity needs its catalog
    entry. Identities with neither (load errors) and identities whose plot fails are left out;
    without matplotlib the result is ``{}`` and nothing is written.
    """
    if _matplotlib() is None:
        return {}
    by_id = dict(entries) if isinstance(entries, Mapping) else {e.id: e for e in entries}
    out = Path(out_dir)
    base = Path(relative_to) if relative_to is not None else out.parent
    plots: dict[str, str] = {}
    used: set[str] = set()
    for result in run.results:
        entry = by_id.get(result.id)
        step = None if result.verdict.ok else plot_step(result)
        if step is None or (entry is None and step.curve is None):
            continue
        stem = _SAFE_NAME.sub("_", result.id).strip("._") or "identity"
        name, n = f"{stem}.png", 1
        while name in used:
            n += 1
            name = f"{stem}-{n}.png"
        used.add(name)
        path = out / name
        try:
            made = plot_failure(result, entry, path)
        except Exception:  # noqa: BLE001 - a plot is an illustration: it must never break the report
            made = False
        if made:
            try:
                shown = path.relative_to(base)
            except ValueError:
                shown = path
            plots[result.id] = shown.as_posix()
    return plots
