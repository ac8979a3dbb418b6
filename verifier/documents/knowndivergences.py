r"""A closed form of KL between two named distributions of known families, checked against the known value (gaps59).

"For $p = \mathcal N(\mu_1, \sigma_1^2)$ and $q = \mathcal N(\mu_2, \sigma_2^2)$, $$\mathrm{KL}(p\,\|\,q) = \log
\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2\sigma_2^2} - \frac12$$": the line reads as the
definition of KL (the reader learns a bare head's value: documents.familydivergence), so a wrong closed form was
SKIPPED "defines KL" and the derivatives consistent with it PROVED. But KL between two members of a known family is
a fact, not a free definition: 𝔼_p[log p − log q], a function of their parameters.

This module owns that fact. :data:`KNOWN` is a table of closed forms (two univariate Gaussians, two Poissons, two
exponentials, two Bernoullis), each derived as 𝔼_p[log p − log q] (tests/test_gaps59_known_divergences.py derives
them again with SymPy). :func:`checked_divergences` reads a chain whose first member is ``KL(A ‖ B)`` (a head
``\mathrm{KL}``, ``\operatorname{KL}``, ``D_{KL}``, ``D_{\mathrm{KL}}``) with A and B family calls or names the notes
bind to one (``$p = \mathcal N(\mu_1, \sigma_1^2)$``, ``$P = \mathrm{Poisson}(\lambda_1)$``) of one family, every
argument a name, a number or (a Gaussian's second) a square. Each later member written in those parameters alone is
compared with the known value at sampled parameters, under every parameterisation the family is written with (a
Gaussian's second argument the variance, the standard deviation or the precision (lead59: Bishop's
``\mathcal N(0, \alpha)``, variance 1/α — a PASS takes it only where the prose says "precision"); an exponential's
argument the rate or the scale). The first member that differs under every one makes its link FAILED, with the
point (unless the link is already green: the slip is then in a member before it, which this does not place);
the definition's own link (KL = that member) where its member holds under one of them is PASSED, saying which.
Anything else — another family, a parameter that is an expression, a member that writes other names — is left as it was.

What the value is compared with is the exact KL in nats, with no condition (red59): members past a link that is no
equality (``\approx``, ``\le``) are not read; no member is FAILED where the chain or the prose just before it states
a condition (``$\sigma_1 = \sigma_2$``, ``with $\lambda_2 = 1$``: the value may be the KL under it; red60: in words,
"for equal variances", or in the display's sentence going on after it, "… since $\sigma_1 = \sigma_2$") nor where the
notes measure in bits (``\log_2``, "in bits": another unit). A PASS takes only the readings the notes' writing allows:
a second argument written as a square (``\sigma_1^2``) is the variance, an exponential's λ its rate — a swapped
``\log\frac{\lambda_2}{\lambda_1} + \frac{\lambda_1}{\lambda_2} - 1`` is the classic slip, not the scale reading —
and a bare name the prose before calls the variance (the standard deviation, the rate, the scale) only that. Prose
that drops or approximates ("up to a constant", "approximately", ``\propto``) allows no FAILED either.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.distributionnames import FAMILY_CALL
from verifier.documents.sentences import INLINE_FORMULA as _INLINE
from verifier.documents.sentences import SENTENCE_END, formula_text
from verifier.documents.wheresentence import goes_on
from verifier.latex import LatexError, parse_latex
from verifier.latex.document import DEFINITION, EQUALITY
from verifier.results import Counterexample, StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.members import _Chain

__all__ = ["KNOWN", "checked_divergences", "family_of"]

_Form = Callable[[sp.Expr, ...], sp.Expr]  # type: ignore[misc]


def _gauss_var(m1: sp.Expr, v1: sp.Expr, m2: sp.Expr, v2: sp.Expr) -> sp.Expr:
    return sp.log(v2 / v1) / 2 + (v1 + (m1 - m2) ** 2) / (2 * v2) - sp.Rational(1, 2)


def _gauss_sd(m1: sp.Expr, s1: sp.Expr, m2: sp.Expr, s2: sp.Expr) -> sp.Expr:
    return _gauss_var(m1, s1**2, m2, s2**2)


def _gauss_precision(m1: sp.Expr, t1: sp.Expr, m2: sp.Expr, t2: sp.Expr) -> sp.Expr:
    return _gauss_var(m1, 1 / t1, m2, 1 / t2)


def _poisson(l1: sp.Expr, l2: sp.Expr) -> sp.Expr:
    return l1 * sp.log(l1 / l2) - l1 + l2


def _exp_rate(l1: sp.Expr, l2: sp.Expr) -> sp.Expr:
    return sp.log(l1 / l2) + l2 / l1 - 1


def _exp_scale(b1: sp.Expr, b2: sp.Expr) -> sp.Expr:
    return _exp_rate(1 / b1, 1 / b2)


def _bernoulli(p: sp.Expr, q: sp.Expr) -> sp.Expr:
    return p * sp.log(p / q) + (1 - p) * sp.log((1 - p) / (1 - q))


#: family → (number of parameters, [(reading, closed form of KL(first ‖ second))], sampling range of each parameter)
KNOWN: dict[str, tuple[int, list[tuple[str, _Form]], tuple[tuple[float, float], ...]]] = {
    "normal": (2, [("the second argument the variance", _gauss_var),
                   ("the second argument the standard deviation", _gauss_sd),
                   ("the second argument the precision", _gauss_precision)], ((-2.0, 2.0), (0.3, 3.0))),
    "poisson": (1, [("the rate", _poisson)], ((0.3, 5.0),)),
    "exponential": (1, [("the argument the rate", _exp_rate), ("the argument the scale", _exp_scale)],
                    ((0.3, 5.0),)),
    "bernoulli": (1, [("the success probability", _bernoulli)], ((0.05, 0.95),)),
}  # fmt: skip
_NAMES = {"normal": ("Normal", "Gaussian", "N"), "poisson": ("Poisson", "Pois"),
          "exponential": ("Exponential", "Exp"), "bernoulli": ("Bernoulli", "Bern", "Ber")}  # fmt: skip
_CALL = re.compile(r"\\(?:mathrm|operatorname|text|textrm|textsf|mathsf|mathit|mathcal)\s*\{\s*([A-Za-z]+)\s*\}"
                   r"|\\mathcal\s+(N)|(𝒩)")
_HEAD = re.compile(r"\s*(?:\\(?:mathrm|operatorname|text|textrm|mathsf)\s*\{\s*KL\s*\}|D\s*_\s*\{\s*(?:\\(?:mathrm|"
                   r"text|operatorname)\s*\{\s*KL\s*\}|KL)\s*\}|\\KL\b)\s*")
_OPEN = re.compile(r"(?:\\(?:left|[bB]igg?l?)\s*)?\(")
_BAR = re.compile(r"\\\||\\parallel\b|\\Vert\b|\|\|")
_CLOSE = re.compile(r"(?:\\(?:right|[bB]igg?r?)\s*)?\)\s*$")
_SPACE = re.compile(r"\\[,;:!]|\s+")
_POINTS = 6
_OTHER_BASE = re.compile(r"\\(?:log|ln)\s*_|\\lg\b|\\operatorname\s*\{\s*lb\s*\}")

# a unit other than nats (red59): "in bits", log base 2
_BITS = re.compile(r"\bbits\b|\bin bits?\b|\bbase[- ]?2\b|\\log\s*_\s*\{?\s*2|\\lg\b|\\operatorname\s*\{\s*lb\s*\}",
                   re.IGNORECASE)  # "bits", not "a bit of algebra"
# a condition in the prose before the chain: an inline formula relating names (not a family binding p = N(...))
_CONDITION = re.compile(r"=|\\approx\b")  # an equality changes the value; σ₁ > 0 or σ₁ < σ₂ does not
# a condition said in words (red60): "for equal variances", "both variances are one", "the rates are the same"
_PARAMETER = r"(?:variances?|means?|rates?|scales?|standard\s+deviations?|precisions?|probabilit(?:y|ies))"
_SAID_CONDITION = re.compile(
    r"\b(?:equal|same|common|shared|unit|identical|fixed)\s+" + _PARAMETER + r"\b|\b" + _PARAMETER
    + r"\s+(?:are|is|be)\s+(?:both\s+|all\s+)?(?:equal|the\s+same|one|zero|identical|shared|fixed)\b", re.IGNORECASE)
# prose before the chain that drops a constant or approximates: the member need not be the KL itself
_LOOSE = re.compile(r"\bup to\b|\bconstants?\b|\bconst\b|proportional|\\propto\b|approximat|\broughly\b|asymptotic"
                    r"|leading order|\bignoring\b|\bdropping\b|\bdrop\b", re.IGNORECASE)
# a reading the prose names ("with $v_1$, $v_2$ the variances")
_PRECISION = "the second argument the precision"
_SAID = {"the second argument the variance": re.compile(r"\bvariances?\b", re.IGNORECASE),
         "the second argument the standard deviation": re.compile(r"standard deviations?|\bstd\b", re.IGNORECASE),
         "the second argument the precision": re.compile(r"\bprecisions?\b", re.IGNORECASE),
         "the argument the rate": re.compile(r"\brates?\b", re.IGNORECASE),
         "the argument the scale": re.compile(r"\bscales?\b", re.IGNORECASE)}  # fmt: skip


def family_of(call: str, aliases: frozenset[str] = frozenset()) -> tuple[str, list[str]] | None:
    r"""``(family, [argument latex])`` of one family call as written (``\mathcal N(\mu, \sigma^2)`` → ``("normal",
    ["\mu", "\sigma^2"])``), None for another family or another shape. ``aliases``: macros the notes define as
    ``\mathcal{N}`` (``\N``)."""
    call = call.strip()
    m = _CALL.match(call)
    word = next((g for g in m.groups() if g), "") if m else ""
    end = m.end() if m else 0
    if not m:
        a = re.match(r"\\([A-Za-z]+)\s*", call)
        if a is None or a.group(1) not in aliases:
            return None
        word, end = "N", a.end()
    family = next((f for f, names in _NAMES.items() if word in names or (word == "𝒩" and f == "normal")), None)
    rest = re.sub(r"^\s*(?:\\left\s*)?\(", "", call[end:], count=1)
    rest = re.sub(r"(?:\\right\s*)?\)\s*$", "", rest, count=1)
    if family is None or rest == call[end:]:
        return None
    args, depth, cur = [], 0, ""
    for ch in rest:
        depth += (ch in "({[") - (ch in ")}]")
        if ch == "," and depth == 0:
            args.append(cur.strip())
            cur = ""
        else:
            cur += ch
    args.append(cur.strip())
    return (family, args) if len(args) == KNOWN[family][0] else None


def _aliases(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\\(?:re)?newcommand\s*\{?\\([A-Za-z]+)\}?\s*\{\s*\\mathcal\s*\{?\s*N\s*\}?\s*\}",
                                text))


def _bound(text: str, aliases: frozenset[str], line: int) -> dict[str, str]:
    """name → the family call the notes set it equal to (``$p = \\mathcal N(\\mu_1, \\sigma_1^2)$``), the latest
    up to ``line``."""
    alias = "".join(rf"|\\{a}\s*\((?:[^()]|\([^()]*\))*\)" for a in aliases)
    pattern = (r"(?<![\\A-Za-z])([A-Za-z])\s*=\s*(" + FAMILY_CALL + r"|𝒩\s*\((?:[^()]|\([^()]*\))*\)" + alias + ")")
    return {m.group(1): m.group(2) for m in re.finditer(pattern, text) if text.count("\n", 0, m.start()) < line}


def _divergence(lhs: str, bound: dict[str, str], aliases: frozenset[str]) -> tuple[str, list[str], list[str]] | None:
    """``(family, arguments of p, arguments of q)`` of a left side ``KL(p ‖ q)``, None where it is none."""
    h = _HEAD.match(lhs)
    o = _OPEN.match(lhs, h.end()) if h else None
    c = _CLOSE.search(lhs) if o else None
    if not (o and c):
        return None
    inner = lhs[o.end() : c.start()]
    bars = list(_BAR.finditer(inner))
    if len(bars) != 1:
        return None
    sides = []
    for part in (inner[: bars[0].start()], inner[bars[0].end() :]):
        part = _SPACE.sub(" ", part).strip()
        read = family_of(bound.get(part, part), aliases)
        if read is None:
            return None
        sides.append(read)
    if sides[0][0] != sides[1][0]:
        return None
    return sides[0][0], sides[0][1], sides[1][1]


def _leaves(e: sp.Expr) -> set[sp.Expr]:
    """The names ``e`` uses: its entries (σ_1 is σ[1]) and the symbols outside them."""
    indexed = e.atoms(sp.Indexed)
    inside = set().union(*(i.free_symbols - {i} for i in indexed))
    return indexed | (e.atoms(sp.Symbol) - inside)


def _name(e: sp.Expr) -> bool:
    return isinstance(e, (sp.Symbol, sp.Indexed))


def _parse(latex: str) -> sp.Expr | None:
    try:
        tree = parse_latex(latex.replace("𝒩", "N"))
    except LatexError:
        return None
    return tree if isinstance(tree, sp.Expr) else None


def _compare(member: sp.Expr, family: str, params: list[sp.Expr], seed: int) -> tuple[list[str], tuple | None]:
    """The readings under which ``member`` equals the known KL at every sampled point, and (when none) a point
    where it differs under every reading: ``(point, member's value, the known value of the first reading)``."""
    _, readings, ranges = KNOWN[family]
    half = len(params) // 2
    symbols = sorted(set().union(*(_leaves(p) for p in params)), key=str)
    # a parameter's range by its position in the family (a Gaussian's mean may be negative, a scale may not)
    where = {s: next(i % half for i, p in enumerate(params) if s in _leaves(p)) for s in symbols}
    rng = random.Random(seed)
    points = [{s: sp.Rational(round(rng.uniform(*ranges[where[s]]), 3)).limit_denominator(1000) for s in symbols}
              for _ in range(_POINTS)]  # fmt: skip
    knowns = [(name, form(*params[:half], *params[half:])) for name, form in readings]

    def differs(point: dict, known: sp.Expr) -> tuple[bool, complex, complex]:
        va, vb = member.subs(point).evalf(30), known.subs(point).evalf(30)
        if not (va.is_number and vb.is_number):
            raise TypeError("a name left free")
        a, b = complex(va), complex(vb)
        return abs(a - b) > 1e-9 * max(1.0, abs(b)), a, b

    held = [name for name, known in knowns if not any(differs(pt, known)[0] for pt in points)]
    if held:
        return held, None
    for pt in points:
        checks = [differs(pt, known) for _, known in knowns]
        if all(c[0] for c in checks):
            return [], (pt, checks[0][1], checks[0][2])
    return [], None


def _words(prose: str) -> str:
    """``prose`` without its inline formulas (their letters are no words)."""
    return _INLINE.sub(" ", prose)


def _plausible(family: str, first: list[str], second: list[str], before: str) -> set[str]:
    r"""The readings of the family's parameters the notes' writing allows (a PASS takes only these): a Gaussian's
    second argument written as a power (``\sigma_1^2``, ``\tau_1^{-1}``) is the variance, written out; an
    exponential's λ is its rate; otherwise the one the prose ``before`` names, where it names one of them — prose
    that names two ("the standard deviations (not the variances)") allows none (red60)."""
    readings = {name for name, _ in KNOWN[family][1]}
    if family == "normal" and any(re.search(r"\^\s*(?:\{[^{}]*\}|-?\s*\w)\s*$", a[1]) for a in (first, second)):
        return {"the second argument the variance"}
    if family == "exponential" and all("lambda" in a[0] for a in (first, second)):
        return {"the argument the rate"}
    said = {name for name in readings if name in _SAID and _SAID[name].search(_words(before))}
    if len(said) > 1 or (said and _derived(family, first, second, before)):
        return set()
    # the precision (Bishop's N(0, α), variance 1/α) is a reading a FAILED must rule out, a PASS only where said
    return said or readings - {_PRECISION}


def _derived(family: str, first: list[str], second: list[str], before: str) -> bool:
    r"""Does the prose ``before`` write a power or an inverse of a scale-like parameter (``$\sigma_1^2$``,
    ``$1/\theta$``)? Then its reading word may be said of that ("where $\sigma_1^2$ are the variances": σ₁ is the
    standard deviation; "the rate is $1/\theta$": θ is the scale), not of the parameter (red60)."""
    scales = [a[1] if family == "normal" else a[0] for a in (first, second)]
    bases = {m.group(0) for a in scales if (m := re.match(r"\\?[A-Za-z]+", a.strip()))}
    for formula in (formula_text(m) for m in _INLINE.finditer(before)):
        for base in bases:
            name = re.escape(base) + r"(?![A-Za-z])(?:\s*_\s*(?:\{[^{}]*\}|\w))?"
            if re.search(name + r"\s*\^|1\s*/\s*" + name + r"|\\frac\s*\{\s*1\s*\}\s*\{\s*" + name, formula):
                return True
    return False


def _conditioned(chain: _Chain, before: str, allowed: set[sp.Expr]) -> bool:
    r"""Does the chain, or the prose just before it, state a condition on the parameters the value may rest on
    (an inline relation whose every side is written in the parameters ``allowed`` and numbers alone:
    ``\sigma_1 = \sigma_2``, ``\lambda_2 = 1``; not ``\alpha = 1``, ``q = p`` or an expectation)?"""
    formulas = [latex for latex, _ in chain.hypotheses + chain.conditions]
    for latex in formulas + [formula_text(m) for m in _INLINE.finditer(before)]:
        sides = [_parse(side) for side in _CONDITION.split(latex)]
        if len(sides) > 1 and all(side is not None and _leaves(side) <= allowed for side in sides):
            return True
    return False


def checked_divergences(text: str, chain: _Chain, steps: list[StepResult], prose: Callable[[], str] = lambda: "",
                        after: Callable[[], str] = lambda: "") -> list[StepResult]:
    """``steps`` with the closed forms of a KL between two known families checked (module docstring); ``prose``
    gives the prose just before the chain, ``after`` the lines right after its display (asked only for a chain
    that starts with a KL head)."""
    if not chain.members or not _HEAD.match(chain.members[0].latex):
        return steps
    before = prose()
    aliases = _aliases(text)
    read = _divergence(chain.members[0].latex, _bound(text, aliases, chain.line), aliases)
    if read is None:
        return steps
    family, first, second = read
    if any(_OTHER_BASE.search(m.latex) for m in chain.members):  # KL in bits or another unit: not the table's
        return steps
    params = [_parse(a) for a in first + second]
    if any(p is None for p in params):
        return steps
    allowed = set().union(*(_leaves(p) for p in params))  # type: ignore[arg-type]
    if not allowed or any(not (_name(p) or p.is_number or (p.is_Pow and _name(p.base))) for p in params):
        return steps
    plausible = _plausible(family, first, second, before)
    # the display's sentence going on after it counts as the prose before does ("… since $\sigma_1 = \sigma_2$")
    first = SENTENCE_END.split(after().strip(), maxsplit=1)[0]
    around = before + "\n" + (first if goes_on(first) else "")
    may_fail = not (_conditioned(chain, around, allowed) or _BITS.search(text) or _LOOSE.search(_words(around))
                    or _SAID_CONDITION.search(_words(around)))
    out = list(steps)
    for k, step in enumerate(chain.steps):
        if step.relation not in (EQUALITY, DEFINITION) or step.approximate:
            break  # past an approximation or a bound the members are not the KL itself
        member = _parse(chain.members[step.right].latex)
        if member is None or not _leaves(member) or not _leaves(member) <= allowed:
            continue
        try:
            held, witness = _compare(member, family, params, seed=k)  # type: ignore[arg-type]
            held = [name for name in held if name in plausible]
        except (TypeError, ValueError, ZeroDivisionError):  # a name left free, a value not a number: not read
            continue
        if held and chain.steps[k].left == 0 and out[k].verdict is Verdict.SKIPPED:
            out[k] = replace(out[k], verdict=Verdict.PASSED, counterexample=None, points=_POINTS,
                             method=f"numeric: the known KL between two {family} distributions ({held[0]}), "
                                    f"{_POINTS} points", message="")  # fmt: skip
        elif not held and witness is not None and may_fail:
            point, mine, known = witness
            # a link already green holds as written: the slip is in a member before it, which this cannot place
            if out[k].verdict not in (Verdict.FAILED, Verdict.PROVED, Verdict.PASSED):
                names = ", ".join(f"{s} = {v}" for s, v in point.items())
                out[k] = replace(out[k], verdict=Verdict.FAILED, message=(
                    f"KL between two {family} distributions is known: at {names} it is {known.real:.6g}, the line "
                    f"gives {mine.real:.6g} (under every way of writing the family's parameters)"),
                    counterexample=Counterexample(point=tuple((str(s), str(v)) for s, v in point.items()),
                                                  lhs=f"{known.real:.6g}", rhs=f"{mine.real:.6g}",
                                                  difference=f"{known.real - mine.real:.6g}"))  # fmt: skip
            break
    return out
