r"""``If $z = x \cdot w$, …`` is the supposition of its sentence, not the notes' definition of z
(documents.suppositions): the lines after it that write z_i for the inputs of n samples read y_i as
the notes' y = σ(z) at sample i; ``If we define $…$`` still defines."""

from __future__ import annotations

import textwrap
from pathlib import Path

from verifier.documents.check import check_document
from verifier.documents.suppositions import supposes
from verifier.engine import Settings
from verifier.results import Verdict

LOGISTIC = r"""
    The output is $y = \sigma(z)$ with $$\sigma(z) = \frac{1}{1+e^{-z}}$$

    We note $P(t=1| z) = \sigma(z) = y$. If $z = x \cdot w$, as in a linear layer, the log-odds are
    linear in w. Each sample $i$ gives an input $z_{i}$:

    $$\prod_{i=1}^{n} P(t_i=1|z_i)^{t_i} (1 - P(t_i=1|z_i))^{1-t_i} = \prod_{i=1}^{n} y_i^{t_i} (1 - y_i)^{1-t_i}$$
    """


def _steps(tmp_path: Path, notes: str) -> list:
    doc = tmp_path / "notes.md"
    doc.write_text(textwrap.dedent(notes).strip() + "\n", encoding="utf-8")
    return [s for c in check_document(doc, Settings()).chains for s in c.result.steps]


def test_the_word_if_right_before_the_formula() -> None:
    assert supposes("the log-odds change linearly. If ")
    assert supposes("holds (if ")
    assert not supposes("If we define ")
    assert not supposes("where ")
    assert not supposes("the gradient of f ")


def test_a_supposed_equation_does_not_define_the_name(tmp_path: Path) -> None:
    step = _steps(tmp_path, LOGISTIC)[-1]
    assert step.verdict is Verdict.PROVED
    assert "at sample i" in step.message


def test_a_wrong_step_is_not_green(tmp_path: Path) -> None:
    wrong = LOGISTIC.replace(
        r"\prod_{i=1}^{n} y_i^{t_i} (1 - y_i)^{1-t_i}", r"\prod_{i=1}^{n} y_i^{t_i} (1 + y_i)^{1-t_i}"
    )
    step = _steps(tmp_path, wrong)[-1]
    assert step.verdict in (Verdict.FAILED, Verdict.SKIPPED)
