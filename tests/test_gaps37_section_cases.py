r"""A case stated once for a section is seen by the steps below it (gaps37; lecture23 and gaps36 left it).

"We take $j \neq y$ throughout this section." under a heading, then three paragraphs on a claim that writes an
indicator, ``p_j(1 - [j = y])``: it holds where j ≠ y and fails at j = y, and with the case not named around its
display it was FAILED there — the case the section excludes. The section's opening paragraph and its sentences
"throughout", "in this section", "from now on" count as prose before each of its displays; a mixed outcome is then
a case split the notes state (SKIPPED), never green. The hook is one line in ``steps._Checker._prose_around``
(steps.py is sound37's this stop): the end-to-end tests apply it as the lead will. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.sectioncases import section_prose

NOTES = r"""
# Gradients

Let $p = \operatorname{softmax}(z)$ and $L = -\log p_y$. SETTING

The outputs sum to one.

So each gradient entry is a probability minus a target.

The target is zero for every class but the label.

We now write the gradient.

$$
\frac{\partial L}{\partial z_j} = CLAIM
$$
"""


def _verdicts(setting: str, claim: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(NOTES.replace("SETTING", setting).replace("CLAIM", claim))]


def test_a_case_stated_for_the_section_keeps_the_split() -> None:
    assert _verdicts("We take $j \\neq y$ throughout this section.", "p_j (1 - [j = y])") == ["SKIPPED"]


def test_the_section_case_excuses_nothing_it_does_not_cover() -> None:
    assert _verdicts("We take $j \\neq y$ throughout this section.", "p_j^2 (1 - [j = y])") == ["FAILED"]


def test_a_right_claim_stays_green() -> None:
    assert _verdicts("We take $j \\neq y$ throughout this section.", "p_j - [j = y]") in (["PROVED"], ["PASSED"])


def test_a_section_that_states_no_case_keeps_the_failure() -> None:
    assert _verdicts("The label is $y$.", "p_j (1 - [j = y])") == ["FAILED"]


def test_the_section_prose_is_its_lead_and_its_throughout_sentences() -> None:
    lines = ["# Part", "", "For a wrong class $j \\neq y$ the gradient is simpler.", "", "Words. From now on $a = b$.",
             "", "More words, $c = d$ here.", "", "$$", "x = y", "$$"]
    prose = section_prose(lines, 10)
    assert "j \\neq y" in prose and "From now on $a = b$." in prose and "c = d" not in prose


def test_a_case_in_another_section_is_not_read() -> None:
    lines = ["# One", "", "We take $j \\neq y$ throughout.", "", "# Two", "", "Words.", "", "$$", "x = y", "$$"]
    assert "j \\neq y" not in section_prose(lines, 10)
