r"""A step whose every name took its value from the notes: a worked number, whose written decimals count.

"$$p_1 = \frac{e}{e + 1} \approx 0.7311$$ … $$p_1 (1 - p_1) \approx 0.1966$$": the second step names p_1, but
the notes define it, so both members are numbers and 0.196612 written to four decimals is the value rounded.
The rounding of worked numbers (documents.guesses ``_rounded``) refused any step writing a name or a function
the registry does not know ("not a worked number"), so such a step was FAILED for its last digit (fresh27).
This module owns when such a step is a worked number all the same (:func:`resolved`): its falsifying point is
empty, so no name was sampled — every one was replaced by the notes' definitions or stated values. A step
with a free name keeps the refusal (its counterexample names the point). Where values the notes state in
prose took part, the verdict says which (:func:`stated_note`), as documents.stated's does.
"""

from __future__ import annotations

from collections.abc import Iterable

from verifier.documents.stated import WHERE
from verifier.results import Counterexample

__all__ = ["kept_reading", "resolved", "stated_note"]


def resolved(cx: Counterexample) -> bool:
    """Was ``cx`` found at no point at all: every name of the step given its value by the notes?"""
    return not cx.point and not cx.entry


def stated_note(hypotheses: Iterable[tuple[str, str]]) -> str:
    """" at the values the notes state (w = 2; x = 1.5)" for a chain read at stated values, else ""."""
    stated = "; ".join(h for h, where in hypotheses if where.startswith(WHERE))
    return f" at the values the notes state ({stated})" if stated else ""


def kept_reading(message: str | None) -> str:
    """"; read: …" of the failed step's ``message`` (the readings its members were taken with: layer labels, …),
    which the verdict keeps; "" where it names none."""
    message = message or ""
    return "; " + message[message.index("read: "):] if "read: " in message else ""
