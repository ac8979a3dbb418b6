r"""A step that reaches a sum to ∞ through a definition, where too few sample points fall where it converges.

``\frac{d}{ds}\log G(s) = \frac{1}{s} + \frac{q}{1 - qs}`` after ``G(s) = \sum_{k=1}^{\infty} q^{k-1} p\,s^k`` and
``q = 1 - p`` (a geometric variable's generating function, fresh55) is right; G is a number only where the series
converges (|qs| < 1) and its log only where G > 0, so few of the sampled points give both sides a value. The engine's
"only 7 of 30 sample points had finite values … narrow the declared domain" was an ERROR, which fails the build of a
correct note, though the notes declare no domain and the series' own region is the reason. A sum to ∞ written in the
step itself was SKIPPED so already (documents.infiniteseries); reached through a definition it is the same case.
Examples written here."""

from __future__ import annotations

from support import doc_steps


def _steps(claim: str) -> list[tuple[str, str]]:
    steps = doc_steps(rf"""
    The generating function of the counts converges only near 0:

    $$
    G(s) = \sum_{{k=0}}^{{\infty}} (50 s)^k = \frac{{1}}{{1 - 50 s}}, \qquad |s| < 1/50
    $$

    Taking logs, $\frac{{d}}{{ds}}\log G(s) = {claim}$.
    """)
    return [(s.verdict.value, s.message) for s in steps if s.lhs_latex.startswith(r"\frac{d}{ds}")]


def test_a_right_step_through_a_series_definition_is_no_error() -> None:
    (verdict, message), = _steps(r"\frac{50}{1 - 50 s}")
    assert verdict != "ERROR", message
    assert verdict != "FAILED", message


def test_a_wrong_step_through_a_series_definition_is_never_green() -> None:
    (verdict, message), = _steps(r"\frac{50}{1 + 50 s}")
    assert verdict not in ("PROVED", "PASSED"), message
