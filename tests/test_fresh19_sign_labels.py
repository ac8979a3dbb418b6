r"""Labels the notes say are ±1 square to one (documents.signlabels, a reading of doubts._alternatives).

Perceptron and SVM solutions state ``$y_i \in \{-1, +1\}$`` (or "since $y_i^2 = 1$") and then drop
``y_i^2``: ``y_i w^\top x_i + \eta y_i^2 x_i^\top x_i = y_i w^\top x_i + \eta\|x_i\|^2``. Read with y a real
number the step was FAILED, though it holds for every label the notes allow. Where the notes say so,
the step is read again with each such label a sign; a step wrong for ±1 labels too stays FAILED."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.signlabels import signed_names
from verifier.results import Verdict

_PERCEPTRON = (
    "An example $(x_i, y_i)$ with $x_i \\in \\mathbb{R}^d$ and {LABELS} is misclassified when "
    "$y_i w^\\top x_i \\le 0$. Then\n\n"
    "$$y_i w^\\top x_i + \\eta y_i^2 x_i^\\top x_i = y_i w^\\top x_i + \\eta {RIGHT}$$\n"
)


def _last(labels: str, right: str = "\\|x_i\\|^2") -> object:
    return doc_steps(_PERCEPTRON.replace("{LABELS}", labels).replace("{RIGHT}", right))[-1]


def test_labels_in_plus_minus_one_square_to_one() -> None:
    step = _last("$y_i \\in \\{-1, +1\\}$")
    assert step.verdict in (Verdict.PROVED, Verdict.PASSED), step.message
    assert "±1" in (step.message or "")


def test_a_stated_square_is_read_the_same_way() -> None:
    text = ("Points $x_i \\in \\mathbb{R}^d$. For two of them,\n"
            "$\\|\\alpha_1 y_1 x_1 + \\alpha_2 y_2 x_2\\|^2 = \\alpha_1^2 x_1^\\top x_1 + 2\\alpha_1\\alpha_2 y_1 y_2 "
            "x_1^\\top x_2 + \\alpha_2^2 x_2^\\top x_2$ since $y_i^2 = 1$.\n")
    step = doc_steps(text)[-1]
    assert step.verdict in (Verdict.PROVED, Verdict.PASSED), step.message


def test_a_step_wrong_for_signs_too_stays_failed() -> None:
    step = _last("$y_i \\in \\{-1, +1\\}$", "2\\|x_i\\|^2")
    assert step.verdict is Verdict.FAILED, step.message


def test_labels_without_the_statement_stay_real() -> None:
    step = _last("$y_i \\in \\mathbb{R}$")
    assert step.verdict is Verdict.FAILED, step.message


def test_the_signed_names() -> None:
    text = ("$y_i \\in \\{-1, +1\\}$, $t \\in \\{\\pm 1\\}^n$, $s_i \\in \\{+1,-1\\}$, since $z_k^2 = 1$, "
            "$u_i \\in \\{0, 1\\}$, $v = \\pm 1$, the layer $a_{0}^2 = 1$, the roots of $b^2 = 1$")
    assert signed_names(text) == {"y", "t", "s", "z"}


def test_a_lost_square_of_a_sign_stays_failed() -> None:
    # y_i for y_i^2: right for y_i = +1 only; the sign reading is never crossed with "y positive"
    lost = "\\eta y_i x_i^\\top x_i = y_i w^\\top x_i + \\eta \\|x_i\\|^2"
    text = _PERCEPTRON.replace("{LABELS}", "$y_i \\in \\{-1, +1\\}$").replace(
        "\\eta y_i^2 x_i^\\top x_i = y_i w^\\top x_i + \\eta {RIGHT}", lost)
    step = doc_steps(text)[-1]
    assert step.verdict is Verdict.FAILED, step.message


def test_labels_said_to_be_signs_are_not_read_one_hot() -> None:
    # one-hot y makes y_i^2 = y_i; the notes said y_i is -1 or +1, so that reading is not theirs
    text = ("An example $(x_i, y_i)$ with $x_i, w \\in \\mathbb{R}^d$ and $y_i \\in \\{-1, +1\\}$ is "
            "misclassified when $y_i w^\\top x_i \\le 0$. Then\n\n"
            "$$y_i (w + \\eta y_i x_i)^\\top x_i = y_i w^\\top x_i + \\eta y_i x_i^\\top x_i$$\n")
    step = doc_steps(text)[-1]
    assert step.verdict is Verdict.FAILED, step.message
