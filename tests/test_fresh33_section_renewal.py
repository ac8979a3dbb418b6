r"""``g(x) = \sqrt{x}`` in a later section, after ``g(p) = \log\frac{p}{1-p}``: the letter's new meaning there.

The delta-method note works one g per numbered section: "## 1. Log-odds … For $g(p) = \log\frac{p}{1-p}$" and
"## 3. Variance stabilisation … $g(x) = \sqrt{x}$ has $g'(\lambda) = \frac{1}{2\sqrt{\lambda}}$". The second inline
formula was taken for a claim about the first g (documents.inlinerestated), so the derivative on its own line was
read with the log-odds g and FAILED (a false alarm of v0.29.0, fresh33). A heading between the two formulas opens
another part of the notes, as the words "section", "part" do: the formula gives the name a new meaning."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
# Delta method

## 1. Log-odds

For $g(p) = \\log\\frac{{p}}{{1 - p}}$ we get $$g'(p) = \\frac{{1}}{{p(1 - p)}}.$$

## 2. Roots

For counts, $g(x) = \\sqrt{{x}}$ has $g'(\\lambda) = {slope}$.
"""


def _slope(slope: str) -> Verdict:
    return next(s.verdict for s in doc_steps(_NOTES.format(slope=slope)) if "lambda" in (s.lhs_latex or ""))


def test_the_new_function_is_read_on_its_line() -> None:
    assert _slope("\\frac{1}{2\\sqrt{\\lambda}}") is Verdict.PROVED


def test_a_wrong_slope_of_the_new_function_fails() -> None:
    assert _slope("\\frac{1}{\\sqrt{\\lambda}}") is Verdict.FAILED


def test_within_a_section_a_rewriting_is_still_a_claim() -> None:
    steps = doc_steps("""
    # Residual

    Define the residual $r = y - Xw$. Expanding, $r = Xw - y$, and so $$J = r^\\top r.$$
    """)
    assert Verdict.PROVED not in [s.verdict for s in steps if s.lhs_latex.strip() == "r"]
