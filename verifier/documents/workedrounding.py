r"""A worked number that fails only by its rounding: PASSED to the decimals written, or why not.

``-\log(0.245) = 1.406`` is right if 1.406 is the value rounded (within half a unit of its last digit) or
truncated to its decimals (a long value only: 0.039 for the exact 0.0399 is a wrong digit, documents.precision).
:class:`_Rounding` decides it for a FAILED step of numbers (``_rounded``): the
precision is that of the number written as the result (or of the later member's rounded terms in a worked
chain, with their errors carried through, documents.propagated and documents.termwise); the difference is
taken exactly where floats lose it (documents.worked); a rounding of a rounding (documents.rerounded), one
entry of a vector, a one-digit value written with ``=`` (documents.coarserounding) are no rounding; an ``\approx``
to a formula of the earlier member's own numbers (``e^{0.1} \approx 1 + 0.1``) is judged to the places of its value;
an ``\approx`` to a whole number (``\frac{27.631}{0.0046667} \approx 5921``) to its last nonzero digit.
It is a base of ``_Guesses`` (documents.guesses), which calls it after the other doubts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from fractions import Fraction

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.carriedinputs import after_approximation, carried_rounding
from verifier.documents.coarserounding import coarse_rounding
from verifier.documents.enotation import e_notation
from verifier.documents.fractionterms import misplaced_term
from verifier.documents.infer import KNOWN_FUNCTIONS
from verifier.documents.letterconstants import letter_constants
from verifier.documents.members import _Chain, _Step, member_trees
from verifier.documents.precision import (
    LONE_NUMBER,
    agrees_apart,
    exact_places,
    significant_digits,
    written_decimals,
)
from verifier.documents.propagated import propagated_slack
from verifier.documents.rerounded import drifted
from verifier.documents.resolvedworked import kept_reading, resolved, stated_note
from verifier.documents.shownroundings import complements, copied_inputs, exact_inputs, stated_copies
from verifier.documents.stated import WHERE
from verifier.documents.termwise import cancelling_terms, rounded_termwise
from verifier.documents.wholerounding import rounded_up_or_down
from verifier.documents.worked import entry_text, entrywise_mismatch, entrywise_rounded, exact_difference
from verifier.latex.units import without_units
from verifier.results import StepResult, Verdict


class _Rounding:
    """The rounding of worked numbers (module docstring); a mixin of the document class."""

    @staticmethod
    def _rounded(chain: _Chain, step: _Step, r: StepResult, fixed: Collection[str] = (),
                 computed: Callable[[], Sequence[str]] = tuple,
                 named: Collection[str] = (),
                 data: Callable[[], Collection[Fraction]] = frozenset) -> StepResult | None:  # fmt: skip
        """``-\\log(0.245) = 1.406``: a number written with d decimals is right if it is the value
        rounded (within half a unit of its last digit) or truncated to those decimals. ``fixed``: the sizes the
        notes give one value (a stated vector's length, fresh42): a point of those alone is no free name.
        ``computed``: the values (``w_1 = 0.2``) the notes computed exactly for names the earlier members write
        (shownroundings.computed_results), asked only where a copy would decide it. ``named``: the functions the notes
        name as a built-in (Φ, "the standard normal CDF": documents.prosefunctions), which a worked number may apply
        as it applies exp (fresh73: ``R = 0.25\\,\\Phi(-0.5) + 1 \\approx 1.0771`` FAILED for its last digit, the
        chain's R sampled beside it). ``data``: the values of the decimals the notes give as data before the step
        (documents.givendata), asked only where a carried rounding would decide it."""
        cx = r.counterexample
        # 1.4e-05 is written to its power of ten, not to the mantissa's one decimal (documents.enotation)
        texts = tuple(e_notation(m.latex) or m.latex for m in (chain.members[step.left], chain.members[step.right]))
        # the precision claimed is that of the number written as the result (-\log 0.8 = 0.224: three
        # decimals, not the one of the input 0.8); with no lone decimal number, every number written counts
        # (3.2 \times 10^{-4} is written to five decimals: documents.precision)
        results = [t for t in texts if LONE_NUMBER.fullmatch(without_units(t).strip()) or _LONE_NUMBER.fullmatch(
            without_units(t).replace("{", "").replace("}", "").strip())]  # 0.45 \text{ nats}: one number (redteam37)
        decimals = [d for t in (results if len(results) == 1 else texts) for d in written_decimals(t)]
        whole_place = coarse = None
        if step.approximate and (places := _whole_places(texts[1])) is not None:
            # ≈ 5921: to its unit, not the inputs' decimals (fresh31); 15.625 ≈ 16 too (documents.wholerounding)
            if results and places < 0:  # 15.625 ≈ 20 beside a decimal: the tens are a coarse reading, not PASSED
                places, coarse = 0, 10.0**-places
            results, decimals = [texts[1]], [places]
            whole_place = 10.0**-places
        if cx is None or not decimals:
            return None
        # (an entry of a vector the notes state too: its point is the stated length alone, lead63's softmax of
        # rounded exponentials; the entry's doubts below never make it green alone)
        given = resolved(cx) or all(name in fixed for name, _ in cx.point)
        slack = 0.0  # rounded terms whose errors add up: a unit of each one's last digit at most
        if len(results) != 1 and written_decimals(texts[1]):
            # two formulas of numbers: a worked chain rounds as it goes, so the precision is that of the later
            # member's rounded terms (1/(1 + 0.607)), not an exact input of the earlier (e^{-0.5}: 1 decimal),
            # which let 1/(1 + 0.507) pass for it (review33a)
            decimals = written_decimals(texts[1])
            # (a vector's or matrix's entries are one number each: their errors do not add up)
            slack = sum(10.0**-d for d in decimals) if len(decimals) > 1 and not cx.entry else 0.0
        parsed = [chain.members[i].parsed for i in (step.left, step.right)]
        if any(p is None for p in parsed):
            return None
        trees = [t for p in parsed for t in member_trees(p)]  # type: ignore[arg-type]
        # π is a name until the resolver makes it the number (\frac{1}{\sqrt{2\pi}} = 0.399): a number here
        # unless the counterexample gives it a value (the notes' own π, a prior)
        pi = letter_constants(cx.point)  # and e: 1/(1 + e) = 0.269 (documents.letterconstants)
        if not given and any(t.free_symbols - pi or t.atoms(sp.Indexed) or any(
               f.func.__name__ not in KNOWN_FUNCTIONS and f.func.__name__ not in named
               for f in t.atoms(AppliedUndef)) for t in trees):  # fmt: skip
            return None  # a free name or an unknown function (the constant e is no name): not a worked number
        try:
            lhs, rhs = float(cx.lhs), float(cx.rhs)
        except ValueError:
            return None
        if whole_place is not None and abs(lhs) < 0.95 * whole_place:
            return None  # ≈ 10 for 6.67 (which rounds to 7): a rounding keeps its leading digit (review42)
        apart = lhs - rhs  # exact where the floats lose it: 10^{20} + 0.5 against 10^{20} + 1 (worked)
        if len(trees) == 2 and not cx.entry and (gap := exact_difference(trees[0], trees[1])) is not None:
            apart = gap
        # a decimal that rounds no part of the members before it is an exact input (0.2 in σ(0.1) ≈ 0.5 + 0.25·0.2)
        exact = exact_inputs([m.latex for m in chain.members[: step.right]], texts[1]) \
            if len(results) != 1 and not cx.entry else None  # (documents.shownroundings: names leave it None)
        carried = propagated_slack(texts[0], texts[1], rhs, exact, toward=lhs) \
            if len(results) != 1 and not cx.entry else None  # fmt: skip
        given_values = [h for h, at in chain.hypotheses if at.startswith(WHERE)]  # and 1 - β of β = 0.9 (complements)
        if carried is not None and exact is None and given and (copies := stated_copies(
                texts[1], [*given_values, *complements(given_values), *computed()])):  # fmt: skip
            # the stated values the later member copies are no roundings: 0.2 - 0.1·(-1.6) for w - η(4w - 2) at
            # w = 0.2, η = 0.1 is within rounding only if 0.2 and 0.1 were rounded (redlead64); nor is an iterate
            # the notes computed exactly, w_1 = 0 - 0.1·(-2) = 0.2, copied for w_1 (wrong65)
            # (only where every decimal rounded would cover it: beyond that the FAILED stands, as before; lead64)
            strict = propagated_slack(texts[0], texts[1], rhs, copies, toward=lhs)
            if strict is not None and strict * (1 + _BENT) < abs(apart) <= carried * (1 + _BENT):
                return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=(
                    f"equal only if the values the notes state or computed that it writes ({', '.join(sorted(copies))})"
                    " were rounded: at "
                    f"them the left side is {cx.lhs} and the right side {cx.rhs}{stated_note(chain.hypotheses)}"))
        if carried is not None and given and (slip := misplaced_term(
                texts[0], texts[1], [h for h in chain.hypotheses if h[1].startswith(WHERE)], (lhs, rhs))):  # fmt: skip
            # \frac{ab}{ab + cd} = \frac{0.16}{0.16 + 0.07} at a·b = 0.18: no term's value (documents.fractionterms)
            return replace(r, message=slip[0]) if slip[1] else replace(
                r, verdict=Verdict.SKIPPED, counterexample=None, message=slip[0])
        own = False
        if carried is not None:  # two formulas of numbers: the later one's rounding carried through (propagated)
            own = carried == 0 and step.approximate and _within_own_places(trees, lhs, rhs, apart)
            tie = _tie(step.approximate, apart, carried, texts[1], exact)  # no termwise rounding either
            if (abs(apart) > carried * (1 + _BENT) or tie) and (tie or not rounded_termwise(*texts, copied_inputs(
                    [m.latex for m in chain.members[: step.right]], texts[1]))) and not own:
                return _exact_inputs_note(r, texts, rhs, exact, apart)  # (0.606 + 0.367: truncated, termwise)
            if (off := cancelling_terms(texts[0], texts[1])) is not None:  # 0.608 + 0.366: errors that cancel
                if off[1]:  # 1.4 + 1.8 for √2 + √3: the sum written is wrong at its digits too (termwise)
                    return replace(r, message=off[0])
                return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=off[0])
        elif not (agrees_apart(lhs, rhs, apart, min(decimals), exact_places(trees[0]) if len(trees) == 2 else None)
                  or abs(apart) < slack * (1 - 1e-9)):
            lone = [k for k, t in enumerate(texts) if t in results]
            # 0.2420 - 12·0.1409² ≈ 0.0039: inputs rounded a line before, carried (documents.carriedinputs)
            approximate = step.approximate or after_approximation(chain, step)  # S ≈ 1.2345 + 2.3456 = 3.5802
            carried = carried_rounding(approximate, texts[1 - lone[0]], (lhs, rhs)[1 - lone[0]],
                                       (lhs, rhs)[lone[0]], apart if lone[0] == 1 else -apart,
                                       min(decimals), data()) if len(lone) == 1 else None  # fmt: skip
            if carried is not None:
                return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=carried)
            if whole_place is not None and (way := rounded_up_or_down(lhs, rhs, coarse or whole_place,
                                                                     nearest=coarse is not None)) is not None:
                return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=way)  # 384.16 ≈ 385
            return None  # sigma(2) = 0.8808 written 0.89: one unit off is a wrong digit, not a rounding
        if results and (twice := drifted(chain, step)) is not None:  # 0.449 ≈ 0.45 = 0.9/2 ≈ 0.5 (rerounded)
            return replace(r, message=twice)
        whole = entrywise_rounded((trees[0], trees[1]), texts) if cx.entry and len(trees) == 2 else None
        if whole is not None:  # [1, σ(-6), σ(6)] = [1, 0.002473, 0.9975]: every entry (documents.worked)
            return replace(r, verdict=Verdict.PASSED, counterexample=None, message=whole)
        if cx.entry and _entry_slip(texts, cx.entry, lhs, rhs, apart):  # 20.068 for 20.086 in \frac{…}{30.193}
            return None
        if cx.entry:  # one entry of a vector is within the rounding: the others are not known to be
            off = entrywise_mismatch((trees[0], trees[1]), texts) if len(trees) == 2 else None
            rest = f"but {off} (a value computed from rounded inputs?)" if off else "the other entries are not compared"
            return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=(
                f"numbers rounded to {min(decimals)} decimals: entry {cx.entry} agrees to that precision "
                f"({cx.lhs} and {cx.rhs}); {rest}"))  # fmt: skip
        if (coarse := coarse_rounding(step.relation, step.approximate, trees, texts)) is not None:  # = 0.4 for 0.36
            return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=coarse)
        said = "within the rounding of the numbers written" if carried is not None else \
            f"to the {min(decimals)} decimals written"
        if carried == 0 and own:  # e^{0.1} \approx 1 + 0.1 (_within_own_places)
            said = "to the decimals of the estimate's value"
        said += stated_note(chain.hypotheses) if given else ""  # p_1 (1 - p_1) at p_1 = e/(e + 1)
        applied = any(f.func.__name__ in named for t in trees for f in t.atoms(AppliedUndef))  # Φ read as the CDF
        kept = kept_reading(r.message) if given or applied else ""  # w^1_{11}: layer labels (resolvedworked)
        return replace(r, verdict=Verdict.PASSED, counterexample=None,
                       message=f"equal {said} ({cx.lhs} and {cx.rhs}){kept}")


#: how many times the box of its own roundings an entry may move (documents.propagated): the entry's numbers may be
#: roundings of roundings (30.193 the sum of three rounded exponentials, off by up to three half units)
_CARRIED_ENTRY = 4.0


def _entry_slip(texts: tuple[str, str], entry: str, lhs: float, rhs: float, apart: float) -> bool:
    r"""Is the failing ``entry`` of a vector written whole with rounded numbers (``\left(\frac{2.718}{30.193}, …,
    \frac{20.068}{30.193}\right)``) further from the other side than its own numbers' rounding carries through its
    formula (:func:`propagated_slack`, :data:`_CARRIED_ENTRY` times over)? Then it is a slip, not a rounding: the
    swapped digits of 20.086 "agreed to the three decimals" of its inputs and were SKIPPED (stop 63, gaps64). Only
    where one side alone writes decimals and its entry, a formula of them (not a lone number, which may be computed
    from roundings it does not show), is read; the other side's numbers count as exact inputs."""
    sides = [k for k in (0, 1) if written_decimals(texts[k])]
    if len(sides) != 1 or (own := entry_text(texts[sides[0]], entry)) is None or not written_decimals(own):
        return False
    if LONE_NUMBER.fullmatch(without_units(own).strip()):  # 0.01803 alone: maybe computed from rounded inputs
        return False  # elsewhere, whose rounding it does not show (test_texnotes_worked)
    value, other = (lhs, rhs)[sides[0]], (lhs, rhs)[1 - sides[0]]
    slack = propagated_slack(texts[1 - sides[0]], own, value, toward=other)
    return slack is not None and slack > 0 and abs(apart) > _CARRIED_ENTRY * slack


_LONE_NUMBER = re.compile(r"[-+]?\s*\d+\.\d+")
_WHOLE = re.compile(r"[-+]?\s*(\d{1,3}(?:(?:\{,\}|\\,|,)\d{3})+|\d+)")


def _whole_places(latex: str) -> int | None:
    r"""The place a whole number alone rounds at, as :func:`written_decimals` counts them (0 for ``5921``, -2
    for ``5900``: its last nonzero digit); None if ``latex`` is no whole number alone, or 0 (negligible). After
    ``\approx`` (``\frac{27.631}{0.0046667} \approx 5921``) it is a rounding to that place, not exact to the inputs'
    decimals, of a value of that size (``\approx 10`` rounds 9.6, not 6.67: review42)."""
    m = _WHOLE.fullmatch(without_units(latex).strip().rstrip(".,;").strip())
    if m is None:
        return None
    digits = re.sub(r"\D", "", m.group(1))
    return -(len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else None  # ≈ 0: negligible, no place


def _written_at(latex: str, number: str) -> int:
    """Where ``latex`` writes the decimal ``number`` whole (``0.2`` of ``0.25 \\cdot 0.2`` at its end, not inside
    ``0.25``): the order the exact inputs are named in. A plain ``find`` gave ``0.2`` and ``0.25`` one place, so
    their order was the set's, which follows the hash seed (smallnote66: the message changed from run to run)."""
    m = re.search(rf"(?<![\d.]){re.escape(number)}(?!\d)", latex)
    return m.start() if m is not None else latex.find(number)


def _exact_inputs_note(r: StepResult, texts: tuple[str, str], value: float, exact: set[str] | None,
                       apart: float) -> StepResult | None:  # fmt: skip
    r"""The FAILED step ``r`` said why no rounding box saves it where the decimals taken for exact inputs are what
    decides it (``\sigma(0.1) \approx 0.5 + 0.25 \cdot 0.2``: each read as a rounding, they covered the slip); None
    (the step as it is) otherwise."""
    loose = propagated_slack(texts[0], texts[1], value) if exact else None
    if loose is None or abs(apart) > loose * (1 + 1e-9):
        return None
    said = ", ".join(sorted(exact or (), key=lambda number: (_written_at(texts[1], number), number)))
    return replace(r, message=(f"{said} round no value the members before it show: exact inputs, not roundings "
                               f"(documents.shownroundings), so no rounding of them explains {value:.6g}"
                               + (f"; {r.message}" if r.message else "")))  # fmt: skip


#: the relative allowance on a rounding box carried to first order (documents.propagated): a rounded divisor bends
#: it (2/0.0117188 for 2/0.01171875 is off by the box times 1 + 1e-5, fresh34's naive-Bayes odds)
_BENT = 1e-4
_DECIMAL = re.compile(r"(?<![\d.])(\d*)\.(\d+)(?![\d.])")


def _tie(approximate: bool, apart: float, carried: float, later: str, exact: set[str] | None) -> bool:
    r"""Whether a link written with ``=`` is off by exactly its rounding box (``0.1 + \frac{390}{780}(3.2 - 0.1) =
    0.1 + 1.6``: 1.55 written 1.6) where its rounded decimals (those of ``later`` not in ``exact``) have two
    significant digits at most: every rounded term off by exactly half a unit of its last digit, a short exact value
    notes writing ``=`` write in full. It is no rounding (fresh35: the slip of forgetting the 0.1 landed on the box's
    edge and the wrong 1.7 after it was PROVED). A tie of a longer value is a rounding (``0.0070313`` for
    ``0.00703125``), and after ``\approx`` every tie is."""
    if approximate or carried <= 0 or abs(abs(apart) - carried) > carried * _BENT:
        return False
    rounded = [m for m in _DECIMAL.finditer(later) if exact is None or m.group(0) not in exact]
    return bool(rounded) and all(significant_digits(float(m.group(0)), len(m.group(2))) <= 2 for m in rounded)


def _within_own_places(trees: list[sp.Basic], lhs: float, rhs: float, apart: float) -> bool:
    r"""``e^{0.1} \approx 1 + 0.1``: the later member's numbers are all the earlier one's (exact, so no rounding
    box), and its value is a decimal of d places (1.1) that the earlier value rounds to — judged as the number
    itself would be (``e^{0.1} \approx 1.1`` is PASSED to its one decimal); a first-order estimate a reader
    accepts was FAILED (redteam40). ``0.5 + 0.25 \cdot 0.2`` (0.55, two places) against 0.525 is not."""
    value = trees[-1] if len(trees) == 2 else None
    if not isinstance(value, sp.Rational) or value.is_Integer:
        return False
    places = next((d for d in range(1, 16) if (value * 10**d).is_Integer), None)  # 1/3: no decimal of a few places
    return places is not None and agrees_apart(lhs, rhs, apart, places)
