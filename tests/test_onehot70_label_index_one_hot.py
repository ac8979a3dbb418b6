r"""A label written as an index and as a vector, ``L = -\log p_y`` then ``p - y``, is checked with y one-hot at every
class (documents.indexlabels, onehot70).

Cross-entropy notes write the loss of the true class as ``-\log p_y`` (y the class, an index of p) and its gradient
as ``p - y`` (y the one-hot label e_y of that class). Stop 69 kept such a step from a false FAILED by a SKIPPED
("a reading not checked here"); the reading is now checked: every place y stands as a vector (``p - y``,
``\hat y - y``, ``y_k``) is the one-hot vector of class y while y keeps indexing p, and y stays a free index, so the
step is checked for each class 1..K. A right step is green under that reading, reported with it; a wrong twin
(``y - p``, ``p + y``, ``2(p - y)``, a dropped factor) fails read either way and is FAILED. Every note is written here.
"""

from __future__ import annotations

import pytest
from support import line_of, verdicts_by_line

from verifier.documents import doubts
from verifier.documents.check import check_text
from verifier.engine import Settings

GREEN = ("PROVED", "PASSED")

GRADIENT = r"""Softmax regression with $K$ classes. Take logits $z$ and let $p = \mathrm{softmax}(z)$. The label is
class $y$, and the loss is

$$
L = -\log p_y .
$$

Its gradient is

$$
\frac{\partial L}{\partial z} = RHS .
$$
"""

HAT = r"""Let $\hat y = \mathrm{softmax}(z)$ be the predicted probabilities and $y$ the true class. The cross-entropy is
$L = -\log \hat y_y$, so

$$
\nabla_z L = RHS .
$$
"""

TEX = r"""\documentclass{article}
\begin{document}
\section{Cross-entropy}
Let $\hat{y} = \operatorname{softmax}(z)$ and let $y$ be the index of the true class. The loss is
\begin{equation}
\ell = -\log \hat{y}_y = SUM ,
\end{equation}
and its gradient with respect to the logits is
\begin{equation}
\frac{\partial \ell}{\partial z} = RHS .
\end{equation}
\end{document}
"""

WEIGHTS = r"""# Softmax regression

The scores are $z = W x$ and $p = \mathrm{softmax}(z)$. For an example of class $y$ the loss is $L = -\log p_y$.

$$
\frac{\partial L}{\partial W} = RHS
$$
"""

ENTRY = r"""Let $p = \mathrm{softmax}(z)$ and let $y$ be the correct class; the loss is $L = -\log p_y$. Entry by entry,

$$
\frac{\partial L}{\partial z_k} = RHS .
$$
"""

TARGET = r"""With targets $t$ the class of the example and $q = \mathrm{softmax}(a)$, the loss is $E = -\ln q_t$, and

$$
\nabla_a E = RHS .
$$
"""


@pytest.fixture(autouse=True)
def _every_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every other reading tried, whatever the machine's load (a busy machine cuts them off: SKIPPED)."""
    monkeypatch.setattr(doubts, "READINGS_SECONDS", float("inf"))


def _at(template: str, rhs: str, needle: str = "RHS", path: str = "notes.md") -> list[str]:
    text = template.replace("RHS", rhs)
    return verdicts_by_line(text, path)[line_of(template, needle)]


def _message(template: str, rhs: str) -> str:
    text = template.replace("RHS", rhs)
    check = check_text(text, "notes.md", Settings())
    line = line_of(template, "RHS")
    return next(s.message for c in check.chains for s, n in zip(c.result.steps, c.step_lines, strict=True)
                if n == line)  # fmt: skip


def test_the_gradient_with_the_label_one_hot_is_green() -> None:
    assert _at(GRADIENT, "p - y")[0] in GREEN  # SKIPPED on the base ("a reading not checked here")


def test_the_reading_is_named_with_the_step() -> None:
    assert "y one-hot (y = e_y)" in _message(GRADIENT, "p - y")


@pytest.mark.parametrize("wrong", ["y - p", "2(p - y)", "p + y", "p - 2y", "(1 - p) - y", "p"])
def test_a_wrong_gradient_fails_read_either_way(wrong: str) -> None:
    assert _at(GRADIENT, wrong) == ["FAILED"]  # y - p and 2(p - y) were SKIPPED on the base


def test_a_wrong_twin_says_the_one_hot_reading_fails_too() -> None:
    assert "fails with the label one-hot too" in _message(GRADIENT, "y - p")


def test_the_predicted_vector_written_with_a_hat() -> None:
    assert _at(HAT, r"\hat y - y")[0] in GREEN  # FAILED on the base "at y = 1"
    assert _at(HAT, r"y - \hat y") == ["FAILED"]


def test_the_loss_as_the_sum_over_classes_is_the_one_hot_sum() -> None:
    text = TEX.replace("SUM", r"-\sum_{k} y_k \log \hat{y}_k").replace("RHS", r"\hat{y} - y")
    verdicts = verdicts_by_line(text, "notes.tex")
    assert verdicts[line_of(TEX, "SUM")][-1] in GREEN  # -log ŷ_y = -Σ_k y_k log ŷ_k: FAILED on the base
    assert verdicts[line_of(TEX, "RHS")][0] in GREEN


def test_a_wrong_gradient_in_tex_is_failed() -> None:
    text = TEX.replace("SUM", r"-\sum_{k} y_k \log \hat{y}_k").replace("RHS", r"\hat{y} - 2y")
    assert verdicts_by_line(text, "notes.tex")[line_of(TEX, "RHS")] == ["FAILED"]


def test_the_weight_gradient_as_an_outer_product() -> None:
    assert _at(WEIGHTS, r"(p - y) x^\top")[0] in GREEN  # SKIPPED on the base
    assert _at(WEIGHTS, r"(y - p) x^\top") == ["FAILED"]  # SKIPPED on the base


def test_the_gradient_entry_by_entry() -> None:
    assert _at(ENTRY, "p_k - y_k")[0] in GREEN  # FAILED on the base
    assert _at(ENTRY, "p_k + y_k") == ["FAILED"]


def test_a_step_that_holds_for_one_class_only_is_failed() -> None:
    # with y one-hot, y_1 y_k = y_k only when the class is 1: every class is checked, not the first
    assert _at(ENTRY, "p_k - y_1 y_k") == ["FAILED"]


def test_the_target_letter_t() -> None:
    assert _at(TARGET, "q - t")[0] in GREEN  # SKIPPED on the base
    assert _at(TARGET, "t - q") == ["FAILED"]  # SKIPPED on the base


def test_a_label_the_notes_never_index_is_not_read_so() -> None:
    # y a probability vector, never a subscript: no one-hot class reading, and the wrong sign stays FAILED
    note = ("Let $p = \\mathrm{softmax}(z)$ and let $y$ be a probability vector of targets, with "
            "$L = -\\sum_k y_k \\log p_k$.\n\n$$\n\\frac{\\partial L}{\\partial z} = y - p\n$$\n")
    assert verdicts_by_line(note)[4] == ["FAILED"]


INDICATOR = r"""Let $p = \mathrm{softmax}(z)$ with $K$ classes and let $y$ be the true class. The loss is
$L = -\log p_y$ and

$$
\frac{\partial L}{\partial z_k} = RHS .
$$
"""


@pytest.mark.parametrize("right", [r"p_k - \mathbb{1}[k = y]", r"p_k - \mathbb{1}\{y = k\}", r"p_k - \delta_{ky}",
                                   r"p_k - [y = k]", r"p_k - \delta_{yk}"])
def test_the_indicator_of_the_class_is_read(right: str) -> None:
    assert _at(INDICATOR, right)[0] in GREEN


@pytest.mark.parametrize("wrong", [r"p_k + \mathbb{1}[k = y]", r"\mathbb{1}[k = y] - p_k",
                                   r"p_k - 2\mathbb{1}[k = y]", r"p_k - \delta_{ky} p_k", r"p_k - [y \ne k]"])
def test_a_wrong_indicator_gradient_is_failed(wrong: str) -> None:
    assert _at(INDICATOR, wrong) == ["FAILED"]


def test_the_unchecked_doubt_is_kept_only_where_the_reading_was_not_decided() -> None:
    from verifier.documents.indexlabels import ONE_HOT_FAILS, label_as_index

    read = "failed at y=1; read: inferred y: an index 1..n (a subscript of p)"
    assert label_as_index(["p - y"], read) is not None  # the reading not tried: SKIPPED, never FAILED
    assert label_as_index(["p - y"], f"{ONE_HOT_FAILS}: …; {read}") is None  # tried, and it fails too: FAILED


def test_a_dropped_label_factor_is_not_an_implied_sum_over_the_class() -> None:
    # -log ŷ_y = -Σ_k log ŷ_k dropped y_k: the lone y summed made it hold (PROVED on the base), but the prose says y is
    # the true class, one class, never an index an implied sum runs over
    text = TEX.replace("SUM", r"-\sum_{k} \log \hat{y}_k").replace("RHS", r"\hat{y} - y")
    assert verdicts_by_line(text, "notes.tex")[line_of(TEX, "SUM")][-1] == "FAILED"


def test_an_index_the_prose_calls_no_class_may_still_be_an_implied_sum() -> None:
    from verifier.documents.indexlabels import unsummed_classes

    said = "Let $y$ be the index of the true class, and $t$ the time step."
    assert unsummed_classes(said, lambda n: True) == frozenset({"y"})
    assert unsummed_classes("Let $y$ be the class.", lambda n: True) == frozenset()
    assert unsummed_classes(said, lambda n: False) == frozenset()  # not an index of the notes


LOGSUMEXP = r"""\section{Log-sum-exp form}
For logits $z \in \mathbb{R}^K$ and the true class $y$,
\begin{align}
\ell &= -z_y + \log \sum_{k=1}^{K} e^{z_k}, \\
\nabla_z \ell &= RHS .
\end{align}
"""


def test_the_log_sum_exp_loss_in_an_align() -> None:
    assert _at(LOGSUMEXP, r"\operatorname{softmax}(z) - y", path="notes.tex")[0] in GREEN
    assert _at(LOGSUMEXP, r"y - \operatorname{softmax}(z)", path="notes.tex") == ["FAILED"]
