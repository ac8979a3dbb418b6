r"""A claim after an inline renewal of a Greek-named function on the same line is not FAILED by the old one (fresh60).

"Squared loss, $\phi(x) = x^2$: … Generalised KL, $\phi(x) = x \log x$, with $\phi'(y) = \log y + 1$": the second
$\phi(x) = …$ restates the name with another formula, so it is a new definition for the lines after it
(documents.restatements), and a claim after it on its own line, read with the first one ($\phi' = 2y$), is no
failure of the line's own (documents.disagreeing, fresh19). That post-pass looked for the name as written with
``_writes("phi", …)``, which refused the backslash of ``\phi``: a Greek letter's renewal was never seen and the
claim FAILED, a false alarm on a right note (fresh60's Bregman divergences). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Bregman divergences

Squared loss, $\phi(x) = x^2$:

$$
x^2 - y^2 - 2y(x - y) = (x - y)^2
$$

Generalised KL, $\phi(x) = x \log x$, with $\phi'(y) = CLAIM$:

$$
x \log x - y \log y - (\log y + 1)(x - y) = x \log \frac{x}{y} - x + y
$$
"""


def test_a_claim_after_a_renewal_on_its_line_is_not_failed() -> None:
    verdicts = [s.verdict for s in doc_steps(_NOTES.replace("CLAIM", r"\log y + 1"))]
    assert Verdict.FAILED not in verdicts


def test_the_claim_is_skipped_naming_both_lines() -> None:
    steps = [s for s in doc_steps(_NOTES.replace("CLAIM", r"\log y + 1")) if s.lhs_latex.strip() == "\\phi'(y)"]
    assert steps and all(s.verdict is Verdict.SKIPPED and "line 3" in (s.message or "") for s in steps)


def test_a_wrong_claim_on_a_later_line_is_still_failed() -> None:
    notes = _NOTES.replace("CLAIM", r"\log y + 1") + "\nSo\n\n$$\n\\phi'(y) = \\log y - 1\n$$\n"
    assert Verdict.FAILED in [s.verdict for s in doc_steps(notes)]
