r"""One family under two parametrisations, ``p(y; \eta)`` then ``p(y; \mu)``: ``p(y)`` on a line that
writes η is the first (verifier.documents.semicolon.prefer_written). Every example is written here."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")
NOTES = r"""
An exponential family:

$$q(t;\eta) = \exp\big(\eta t - A(\eta)\big),$$

and the exponential density in its own parameter:

$$q(t;\mu) = \mu e^{-\mu t}.$$

With $A(\eta) = \log(1 + e^\eta)$:
"""


def _last(latex: str):
    steps = doc_steps(f"{NOTES}\n$$\n{latex}\n$$\n")
    return steps[-1]


def test_the_definition_whose_parameter_the_line_writes_is_used() -> None:
    r = _last(r"\log q(t) = \eta t - A(\eta)")
    assert r.verdict.value in GREEN, r.message
    assert "line 3" in r.message


def test_a_wrong_step_under_it_is_not_green() -> None:
    assert _last(r"\log q(t) = \eta t + A(\eta)").verdict.value not in GREEN


def test_the_latest_definition_stays_where_the_line_writes_its_parameter() -> None:
    r = _last(r"\log q(t) = \log\mu - \mu t")
    assert r.verdict.value in GREEN, r.message
    assert "line 7" in r.message
    assert _last(r"\log q(t) = \log\mu + \mu t").verdict.value not in GREEN


def test_a_line_writing_neither_parameter_is_not_checked_with_a_fresh_one() -> None:
    # neither η nor μ is written: filling either in would make it a constant the step never varies
    assert _last(r"\frac{d}{dt}\log q(t) = -1").verdict.value not in GREEN
