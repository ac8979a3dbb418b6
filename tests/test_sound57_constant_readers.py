r"""Two readers of "constant" in prose agree, and a name the notes also call random is not taken out of Var (sound57).

sound56's `saidconstants` reads "Let $c$ be a constant" (Var(c) may be 0: gaps55's positive-moment FAILED is withheld),
gaps56's `expectation` reading takes "a constant $c$" and "$c$ is a constant" out of 𝔼, Var and Cov — but not "Let $c$
be a constant", so the classic slip ``\operatorname{Var}(cX) = c\operatorname{Var}(X)`` after it was SKIPPED ("needs
facts about Var(X·c)") where after "For a constant $c$" it is FAILED. And gaps56's reading takes a name out of Var
wherever in the notes it is called constant: after "For a constant $a$, …" in one section and "Let $a$ be a random
variable" in the next, the wrong ``\operatorname{Var}(3a) = 3\operatorname{Var}(a)`` was PROVED (both sides read 0).
A name the prose also calls random is no longer deterministic (the step keeps sound56's doubt: SKIPPED, not green).
Every note here is written for this test."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.expectation import deterministic_names
from verifier.results import Verdict


def _last(prose: str, latex: str):
    return doc_steps(f"# Moments\n\n{prose}\n\n$$\n{latex}\n$$\n")[-1]


@pytest.mark.parametrize("prose", ["Let $c$ be a constant and $X$ a random variable.",
                                   "Let $X$ be a random variable and let $c$ be a constant."])  # fmt: skip
def test_let_c_be_a_constant_takes_c_out_of_the_variance(prose: str) -> None:
    assert _last(prose, r"\operatorname{Var}(cX) = c\operatorname{Var}(X)").verdict is Verdict.FAILED
    right = _last(prose, r"\operatorname{Var}(cX) = c^2\operatorname{Var}(X)")
    assert right.verdict in (Verdict.PROVED, Verdict.PASSED), right.message


def test_a_name_called_random_in_another_section_is_not_deterministic() -> None:
    notes = ("For a constant $a$, $\\mathbb{E}[a] = a$.\n\n## Part two\n\nLet $a$ be a random variable with finite "
             "variance.")  # fmt: skip
    step = _last(notes, r"\operatorname{Var}(3a) = 3\operatorname{Var}(a)")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


@pytest.mark.parametrize("random", ["Let $a$ be a random variable.", "Here $a \\sim \\mathcal{N}(0, 1)$.",
                                    "For a random variable $a$ with mean 0,", "The noise $a$ is random."])  # fmt: skip
def test_the_names_called_random_are_not_read_deterministic(random: str) -> None:
    said = deterministic_names(f"For a constant $a$ and a constant $b$, … {random}")
    assert [x.partition("@")[0] for x in said.split(",")] == ["b"], said


def test_a_random_variable_beside_a_constant_leaves_the_constant() -> None:
    said = deterministic_names("Let $X$ be a random variable and $c$ a constant.")
    assert [x.partition("@")[0] for x in said.split(",")] == ["c"], said
