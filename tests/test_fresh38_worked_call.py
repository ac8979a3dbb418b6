r"""A defined function applied at a number, against a number: a worked value over data the prose gives.

``J(\mu) = \sum_i (x_i - \mu)^2`` and then, "for the points 1, 2, 6", ``J(3) = (1-3)^2 + (2-3)^2 + (6-3)^2``:
the data x are written only in prose, so the link is no identity in x. It was checked at every x and FAILED
(fresh38's k-means note), while the same worked number against a defined *name* (``\alpha = …``) was already
SKIPPED "a worked number against a definition over …, whose values the notes give only in prose". A function's
applied name now reaches its body as a name does. Never green; a function whose body holds no guessed name
(``f(x) = x^2 + 1``, ``f(2) = 6``) still FAILS.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_DATA = """
# One cluster

The cost of a centre $\\mu$ is

$$J(\\mu) = \\sum_{{i=1}}^n (x_i - \\mu)^2 .$$

For the points $1, 2, 6$ the cost at the mean is

$$J(3) = (1-3)^2 + (2-3)^2 + (6-3)^2 = {total} .$$
"""


def test_a_worked_value_over_prose_data_is_not_failed() -> None:
    steps = doc_steps(_DATA.format(total="14"))
    worked = steps[-2]
    assert worked.verdict is Verdict.SKIPPED
    assert "worked number" in (worked.message or "")
    assert steps[-1].verdict in (Verdict.PROVED, Verdict.PASSED)


def test_a_wrong_sum_of_the_numbers_still_fails() -> None:
    steps = doc_steps(_DATA.format(total="15"))
    assert steps[-1].verdict is Verdict.FAILED
    assert steps[-2].verdict is not Verdict.PROVED


def test_a_function_of_its_parameter_alone_still_fails() -> None:
    notes = """
    Let $f(x) = x^2 + 1$. Then

    $$f(2) = 6 .$$
    """
    assert doc_steps(notes)[-1].verdict is Verdict.FAILED
