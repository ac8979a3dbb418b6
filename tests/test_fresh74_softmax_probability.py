r"""A vector the prose calls a softmax probability sums to one (fresh74).

Symmetric cross-entropy notes write the reverse term with the log of a one-hot label clipped to a constant A,
``-A \sum_{k \ne y} p_k = -A\,(1 - p_y)``, after saying that p is the softmax: "an example whose softmax
probability $p_y$ is small". The step uses that the softmax's entries sum to one; read with p any vector, it was
FAILED at p = (0, 0, 0) — a false alarm. "softmax probability/output/prediction $p$" (or an entry of it,
``$p_y$``) now says p is a probability vector, as "the probability vector $p$" does (documents.simplexprose); a
wrong twin is still FAILED, and a vector the prose does not call so keeps the literal reading."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# The reverse term

Cross-entropy is unbounded: an example whose softmax probability $p_y$ is small pulls without limit. The reverse
cross-entropy clips $\log 0$ to a constant $A < 0$, so

$$
-A \sum_{k \ne y} p_k = -A\,(1 - p_y) .
$$
"""
_LINE = 7


def test_a_sum_of_softmax_probabilities_is_read_summing_to_one() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert verdicts[_LINE] in (["PROVED"], ["PASSED"]), verdicts[_LINE]


def test_a_sign_flip_is_still_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace(r"-A\,(1 - p_y)", r"-A\,(1 + p_y)"))
    assert verdicts[_LINE] == ["FAILED"], verdicts[_LINE]


def test_a_lost_term_is_still_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace(r"-A\,(1 - p_y)", r"-A\,(1 - 2 p_y)"))
    assert verdicts[_LINE] == ["FAILED"], verdicts[_LINE]


def test_a_vector_not_called_a_softmax_is_not_read_so() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("softmax probability $p_y$", "score $p_y$"))
    assert verdicts[_LINE] != ["PROVED"] and verdicts[_LINE] != ["PASSED"], verdicts[_LINE]
