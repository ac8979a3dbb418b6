r"""A link of numbers only stays FAILED after a worked example's stated values (lead58, after fresh59's partlyworked).

fresh59's second look at a link "with numbers already substituted" (``\frac45 \cdot \frac12\, y x``) checks it at
the values the notes state and SKIPs it where nothing is decided there. A link with no letter at all
(``\frac{8/3}{10/3} = \frac34``) is the same at every value: the second look cannot change what it says, and a wrong
fraction was SKIPPED (fresh53's tanh network, wrong1, in the merge's probe run).
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.partlyworked import partly_substituted

NOTE = r"""
Take the input $x = 1$ and the weight $w = \ln 3$.

$$h = \tanh(w x) = \frac{3 - \frac13}{3 + \frac13} = \frac{8/3}{10/3} = {value}$$
"""


def test_a_wrong_fraction_of_numbers_only_is_failed() -> None:
    step = doc_steps(NOTE.replace("{value}", r"\frac34"))[-1]
    assert step.verdict.value == "FAILED", step.message


def test_the_right_fraction_is_green() -> None:
    step = doc_steps(NOTE.replace("{value}", r"\frac45"))[-1]
    assert step.verdict.value in ("PROVED", "PASSED"), step.message


def test_only_a_link_that_still_writes_a_letter_is_partly_substituted() -> None:
    assert not partly_substituted((r"\frac{8/3}{10/3}", r"\frac34"))
    assert not partly_substituted((r"\frac45 \begin{pmatrix} 1 \cdot \frac{9}{25} \\ -1 \end{pmatrix}", r"\frac45"))
    assert not partly_substituted((r"1 - \mathrm{i} - 3\mathrm{i} + 3\mathrm{i}^2", r"4 - 4\mathrm{i}"))
    assert partly_substituted((r"w_1", r"\frac45 \cdot \frac12\, y x"))
