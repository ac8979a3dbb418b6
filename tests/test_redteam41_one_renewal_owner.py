r"""One owner for "the name is given new meaning here" and one for "the section a statement reaches" (redteam41).

documents.symmetricsection had its own renewal words and its own heading loop beside documents.renewednames and
sizeorder.section_of. Each word of the union is decided here with a right and a wrong step, for a stated symmetry
and for a stated value. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")

# a stated symmetry, three displays before the swap (out of meanings' window: documents.symmetricsection)
HEAD = "# Kernels\n\nThe kernel is symmetric, $g_{st} = g_{ts}$, and $u, v$ are vectors.\n\n"
FILLER = ("$$\\sum_{s,t} g_{st} u_s u_t \\ge 0$$\n\nThe form is\n\n$$F = \\sum_{s,t} g_{st} u_s v_t$$\n\n"
          "Expanding,\n\n$$\\sum_{s,t} g_{st} (u_s + v_s) = \\sum_{s,t} g_{st} u_s + \\sum_{s,t} g_{st} v_s$$\n\n")
SWAP = "Swapping,\n\n$$\\sum_{s,t} g_{st} u_s v_t = \\sum_{s,t} g_{st} u_t v_s$$\n"
WRONG = "Swapping,\n\n$$\\sum_{s,t} g_{st} u_s v_t = \\sum_{s,t} g_{st} u_s v_s$$\n"


def _last(text: str) -> str:
    steps = doc_steps(text)
    assert steps
    return steps[-1].verdict.value


@pytest.mark.parametrize("between", [
    "From now on $g$ holds the raw scores.\n\n",
    "Replace $g_{st}$ by the directed weights.\n\n",
    "For any $g_{st}$ the swap needs care.\n\n",
    "## Part (b): an asymmetric kernel\n\n",
    "## Part (b): let $g_{st}$ be the directed weights\n\n",
])
def test_a_symmetry_given_up_in_words_proves_no_swap(between: str) -> None:
    assert _last(HEAD + FILLER + between + SWAP) not in GREEN
    assert _last(HEAD + between + SWAP) not in GREEN  # in meanings' window of a few lines too


@pytest.mark.parametrize("between", [
    "In general this halves the storage.\n\n",
    "Let $h$ be an arbitrary matrix.\n\n",
    "Consider any vector $w$.\n\n",
    "## Part (b)\n\n",
    "Recall that $g_{st} = g_{ts}$.\n\n",  # the symmetry written again is no new meaning
])
def test_words_about_something_else_keep_the_symmetry(between: str) -> None:
    assert _last(HEAD + FILLER + between + SWAP) in GREEN
    assert _last(HEAD + FILLER + between + WRONG) == "FAILED"
    assert _last(HEAD + between + SWAP) in GREEN


def test_a_symmetry_stated_before_any_heading_reaches_its_subsections() -> None:
    text = HEAD.replace("# Kernels\n\n", "") + FILLER + "## Part (a)\n\n"
    assert _last(text + SWAP) in GREEN
    assert _last(text + WRONG) == "FAILED"


STEP = "\n\n$$\na^2 + 1 = 3^2 + 1 = 10\n$$\n"
VALUE = "# Numbers\n\nLet $a = 3$. Then" + STEP + "\nSENTENCE" + STEP


@pytest.mark.parametrize("sentence", [
    "For any $a$ we get",
    "For a general $a$ we get",
    "Now take an arbitrary $a$:",
])
def test_a_value_given_up_in_words_proves_nothing(sentence: str) -> None:
    got = [s.verdict.value for s in doc_steps(VALUE.replace("SENTENCE", sentence))]
    assert got[:2] == ["PROVED", "PROVED"]
    assert got[2] not in GREEN


@pytest.mark.parametrize("sentence", [
    "In general $a$ is larger than the noise. Then",
    "Let $b$ be an arbitrary number. Then",
    "For any $b$ the next line holds:",
])
def test_words_about_something_else_keep_the_value(sentence: str) -> None:
    assert [s.verdict.value for s in doc_steps(VALUE.replace("SENTENCE", sentence))] == ["PROVED"] * 4
