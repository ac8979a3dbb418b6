r"""The Fisher information named in the prose before a display whose ``$$`` opens its own line (fresh55).

documents.fisher lets the notes define ``I(\lambda) = …`` as their function (not the identity matrix) where the
line of the definition or the line before names information. Quarto and Markdown notes open a display on a
line of its own, after a blank line: "The information of one observation is …" / (blank) / ``$$`` /
``I(\lambda) = …``: the word was three lines up, I stayed the identity, and ``1/\sqrt{n I(\hat\lambda)} =
\hat\lambda/n`` (a lost square root) was SKIPPED. The prose before a display is read past its opening
delimiter and the blank lines before it. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = """# Exponential rate

The information of one observation is minus the expected second derivative of $\\log \\lambda - \\lambda x$:

$$
I(\\lambda) = -\\frac{d^2}{d\\lambda^2}\\left(\\log \\lambda - \\lambda x\\right) = \\frac{1}{\\lambda^2}
$$

The standard error is

$$
\\frac{1}{\\sqrt{n I(\\lambda)}} = {rhs}
$$
"""


@pytest.mark.parametrize(("rhs", "verdict"), [("\\frac{\\lambda}{\\sqrt{n}}", Verdict.PROVED),
                                              ("\\frac{\\lambda}{n}", Verdict.FAILED)])  # fmt: skip
def test_the_information_is_the_notes_function(rhs: str, verdict: Verdict) -> None:
    step = doc_steps(_NOTES.replace("{rhs}", rhs))[-1]
    assert step.verdict is verdict, step.message


def test_without_the_word_i_stays_the_identity() -> None:
    text = _NOTES.replace("The information of one observation is minus the expected second derivative of", "Take")
    step = doc_steps(text.replace("{rhs}", "\\frac{\\lambda}{\\sqrt{n}}"))[-1]
    assert step.verdict is not Verdict.PROVED, step.message
