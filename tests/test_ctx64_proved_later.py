"""A claim the notes announce ("it remains to prove that $E[s] = c'(\\beta)$") and prove further down.

The announced formula is read where it is written, before the notes' proof, and was SKIPPED there; the same
formula, written again as the proof's conclusion, is PROVED. documents.provedlater gives the announcement the
verdict of its proof (said with the line), in the same section only, and never a FAILED."""

from __future__ import annotations

from support import verdicts_by_line

_PROOF = r"""
Let $q(s) = h(s)\exp(\beta s - c(\beta))$ be the density of $s$.
{announce} ${claim},$ which we do next.
{heading}
Notice that, for any $\beta,$

$$\int q(s)ds = 1.$$

Differentiating by $\beta$:

$$\begin{{array}}{{rcl}}
 0 & = & \frac{{\partial}}{{\partial\beta}}\int q(s)ds \\
   & = & \int \frac{{\partial}}{{\partial\beta}} h(s)\exp(\beta s - c(\beta))ds \\
   & = & \int h(s)(s - c'(\beta))\exp(\beta s - c(\beta)) ds \\
   & = & \int s q(s)ds - c'(\beta)\int q(s)ds \\
   & = & E[s] - c'(\beta).
\end{{array}}$$

So ${conclusion}$, as claimed.
"""

_CONCLUSION = 20  # the line of "So $E[s] = …$, as claimed."


def _notes(announce: str, claim: str = r"E[s] = c'(\beta)", conclusion: str = "", heading: str = "") -> str:
    return "# Moments\n" + _PROOF.format(
        announce=announce, claim=claim, conclusion=conclusion or claim, heading=heading
    )


def _announced(text: str) -> list[str]:
    return verdicts_by_line(text)[4]


def test_an_announced_claim_takes_the_verdict_of_its_proof() -> None:
    text = _notes("The piece still missing is to prove that")
    by_line = verdicts_by_line(text)
    assert by_line[_CONCLUSION] == ["PROVED"]  # the conclusion of the proof
    assert by_line[4] == ["PROVED"]


def test_the_reading_is_said_with_the_step() -> None:
    from verifier.documents.check import check_text
    from verifier.engine import Settings

    check = check_text(_notes("We want to show that"), "notes.md", Settings())
    (step,) = [s for c in check.chains for s, line in zip(c.result.steps, c.step_lines, strict=True) if line == 4]
    assert f"line {_CONCLUSION}" in step.message and "prove" in step.message


def test_a_formula_not_announced_as_a_claim_is_not_read_so() -> None:
    assert _announced(_notes("Recall the mean,")) == ["SKIPPED"]


def test_a_proof_in_another_section_does_not_count() -> None:
    by_line = verdicts_by_line(_notes("It remains to prove that", heading="\n## Another question\n"))
    assert by_line[_CONCLUSION + 2] == ["PROVED"]  # proved there, in its own section (two lines further)
    assert by_line[4] == ["SKIPPED"]


def test_a_conclusion_that_does_not_hold_leaves_the_announcement_skipped() -> None:
    text = _notes("It remains to prove that", claim=r"E[s] = 2c'(\beta)")
    assert verdicts_by_line(text)[_CONCLUSION] != ["PROVED"]
    assert _announced(text) == ["SKIPPED"]


_CHAIN = r"""# A small identity

{before}We now show that
$$u = v.$$

{let} $u = (x+1)^2 - x^2$ and $v = 2x + 1$. Then

$$u = x^2 + 2x + 1 - x^2 = 2x + 1 = v.$$
"""


def test_a_chain_from_one_member_to_the_other_proves_the_announcement() -> None:
    by_line = verdicts_by_line(_CHAIN.format(before="", let="Let"))
    assert by_line[4] == ["PROVED"]


def test_a_name_defined_anew_before_the_proof_leaves_the_announcement_skipped() -> None:
    by_line = verdicts_by_line(_CHAIN.format(before="Let $u = x + 1$.\n", let="Now let"))
    assert by_line[9] == ["PROVED", "PROVED", "PROVED"]  # the proof, of the new u
    assert by_line[5] == ["SKIPPED"]


def test_an_announcement_on_the_line_of_its_display_is_read() -> None:
    text = _CHAIN.format(before="", let="Let").replace(
        "We now show that\n$$u = v.$$", "That is, show that $$u = v.$$\n"
    )
    assert verdicts_by_line(text)[3] == ["PROVED"]
