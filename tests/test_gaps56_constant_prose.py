r"""A name the prose calls a constant is deterministic inside 𝔼 and Var (gaps56).

"For a constant $c$, $\operatorname{Var}(U + c) = \operatorname{Var}(U)$" was SKIPPED "does not follow from linearity
of expectation alone": a symbol inside Var stays in it (nothing said it is not random), and only the word
"deterministic" took a name out. "a constant $c$", "any constant $a$", "constants $a$ and $b$" say the same; a
range after the name ("a constant $c > 0$", "a constant $0 < c \le 1$") does too. A name the prose does not call
so stays random, and a wrong step with a constant is FAILED.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.expectation import deterministic_names


def _last(prose: str, latex: str) -> object:
    return doc_steps(f"{prose}\n\n$$\n{latex}\n$$\n")[-1]


def test_a_constant_shift_leaves_the_variance() -> None:
    prose = r"Let $U$ be a random variable and $c$ a constant."
    step = _last(prose, r"\operatorname{Var}(U + c) = \operatorname{Var}(U)")
    assert step.verdict.value in ("PROVED", "PASSED"), step.message


def test_a_constant_factor_squares() -> None:
    prose = r"Let $U$ be a random variable. For a constant $0 < c \le 1$,"
    step = _last(prose, r"\operatorname{Var}(c U) = c^2 \operatorname{Var}(U)")
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
    wrong = _last(prose, r"\operatorname{Var}(c U) = c \operatorname{Var}(U)")
    assert wrong.verdict.value != "PROVED" and wrong.verdict.value != "PASSED", wrong.message


def test_the_names_read_from_the_prose() -> None:
    said = deterministic_names("For a constant $c > 0$ and any constant $a$, the constants $\\alpha$ and $\\beta$")
    assert {x.partition("@")[0] for x in said.split(",")} >= {"c", "a", "alpha"}
    assert deterministic_names("Let $U$ be random with $\\mathbb{E}[U] = 0$.") == ""


def test_the_variance_of_a_constant_is_zero() -> None:
    step = _last("For a constant $c$,", r"\operatorname{Var}(c) = 0")
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
    wrong = _last("For a constant $c$,", r"\operatorname{Var}(c) = c^2")
    assert wrong.verdict.value not in ("PROVED", "PASSED"), wrong.message
