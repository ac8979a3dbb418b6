r"""A restatement the prose introduces as a consequence ("Hence", "Therefore") is the same quantity (gaps54).

Notes define a quantity (``L = \int_0^1 (w - t)^2\,dt``) and a few lines on state its closed form after "Hence".
A chain that writes a defined name again was a new definition unless the prose said it rewrites the earlier one
("Expanding,", documents.restatements); so a wrong closed form after "Hence" was SKIPPED "defines L anew" (fresh36's
expected improvement with the sign of μ − f* flipped). A word of consequence says the formula follows from what
came before: the same L, so a closed form that does not hold is the mistake. A right one is checked against the
definition as before, and "Hence we define" (a new quantity) is not read so.
"""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# A quadratic in closed form

The expected loss is

$$L = \int_0^1 (w - t)^2\,dt .$$

Integrating term by term with $\int_0^1 t\,dt = \frac12$ and $\int_0^1 t^2\,dt = \frac13$. %s

$$L = %s .$$
"""


def _restated(lead: str, closed: str):  # type: ignore[no-untyped-def]
    return [s for s in doc_steps(NOTES % (lead, closed)) if s.verdict.value != "SKIPPED" or "anew" in s.message
            or "rewrites" in s.message][-1]


def test_a_wrong_closed_form_after_hence_is_failed() -> None:
    step = _restated("Hence", r"w^2 - 2w + \frac13")
    assert step.verdict.value == "FAILED", step.message


def test_therefore_reads_the_same() -> None:
    assert _restated("Therefore", r"w^2 + w + \frac13").verdict.value == "FAILED"


def test_the_right_closed_form_is_green() -> None:
    assert _restated("Hence", r"w^2 - w + \frac13").verdict.value in ("PROVED", "PASSED")


def test_a_new_definition_after_hence_is_not_failed() -> None:
    step = _restated("Hence we define a new loss", r"w^2 - 2w + \frac13")
    assert step.verdict.value == "SKIPPED", step.message
    assert "anew" in step.message


def test_hence_after_a_value_set_in_its_sentence_is_not_read_so() -> None:
    step = _restated(r"At $w = 1$, hence", r"w^2 - 2w + \frac13")
    assert step.verdict.value == "SKIPPED", step.message
