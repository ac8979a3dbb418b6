r"""Plain subscripted samples in an inner product: ``y_k\, v^\top a_k`` reads a_k as sample k, a vector (gaps57).

A plain ``a_k`` was an entry of a vector a, so ``v^\top a_k`` multiplied a column by a number and every
gradient of a per-sample loss written so was SKIPPED "the shapes inferred … do not fit" — the right step
and its sign slip alike (fresh17's hinge SVM, fresh39's log barrier, fresh48's SVR). Nobody transposes a
vector to multiply it by a number: where the chain writes the letter only with one letter subscript, next to
a transposed name (``v^\top a_k``) or transposed itself (``a_k^\top v``), the failing step is tried with a_k
read as sample k of a family of vectors of v's length (as a bold or superscripted sample already is). The
right step is PROVED under it; a wrong one FAILED where the sides' shapes agree under it; a chain that also
writes the letter alone (a_k then may be an entry of a) is not read so.
"""

from __future__ import annotations

from support import doc_steps

PROSE = r"For a training pair with label $y_k \in \{-1, +1\}$ inside the margin, the gradient of the loss is"


def _step(latex: str, prose: str = PROSE) -> object:
    steps = doc_steps(f"{prose}\n\n$$\n{latex}\n$$\n")
    assert len(steps) == 1, [s.message for s in steps]
    return steps[0]


def test_the_right_gradient_of_a_sample_loss_is_proved() -> None:
    step = _step(r"\nabla_v \left( \frac{\mu}{2}\|v\|^2 + 1 - y_k v^\top a_k \right) = \mu v - y_k a_k")
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
    assert "sample k" in step.message, step.message


def test_a_sign_slip_is_failed() -> None:
    step = _step(r"\nabla_v \left( \frac{\mu}{2}\|v\|^2 + 1 - y_k v^\top a_k \right) = \mu v + y_k a_k")
    assert step.verdict.value == "FAILED", step.message
    assert "sample k" in step.message, step.message


STACKED = r"Stack the equations: $A$ has rows $a_k^\top$ and $b$ has entries $b_k$. The gradient of the residuals is"


def test_samples_stacked_as_the_prose_states_prove_the_matrix_form() -> None:
    # a_k as samples and A as the matrix whose rows they are, as the sentence says (stackedsamples)
    step = _step(r"\sum_{k=1}^m (a_k^\top v - b_k) a_k = A^\top (A v - b)", STACKED)
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
    assert "sample k" in step.message, step.message


def test_a_sign_slip_in_the_stacked_form_is_failed() -> None:
    step = _step(r"\sum_{k=1}^m (a_k^\top v - b_k) a_k = A^\top (A v + b)", STACKED)
    assert step.verdict.value == "FAILED", step.message
    assert "the stacking the notes state" in step.message, step.message


def test_without_the_stacking_said_a_is_no_relation_seen() -> None:
    prose = r"The gradient of the residuals is"
    step = _step(r"\sum_{k=1}^m (a_k^\top v - b_k) a_k = A^\top (A v + b)", prose)
    assert step.verdict.value != "FAILED", step.message


def test_a_letter_also_written_alone_is_not_read_as_samples() -> None:
    # a written alone beside a_k: a_k may be an entry of the vector a, so no family is guessed
    step = _step(r"\nabla_v \left( a^\top v + y_k v^\top a_k \right) = a - y_k a_k")
    assert "sample k" not in step.message, step.message


def test_a_lone_label_subscript_is_no_sample_index() -> None:
    # v_c, u_o of word2vec's negative sampling: c and o label one vector each (the centre word, the outside word);
    # no sum runs over them and no other quantity shares them. Read as samples of families, the step lost the
    # doubt whether o is among the negatives u_k, which the notes do not say, and became PROVED (the merge's CI
    # run: test_index10_subscripted_params)
    from verifier.documents.plainsamples import plain_sample_letters

    assert plain_sample_letters([r"-\log \sigma(u_o^T v_c) - \sum_{k=1}^K \log\sigma(-u_k^T v_c)"]) == {}
    assert plain_sample_letters([r"1 - y_k v^\top a_k"]) == {"a": "k"}  # k shared with y_k: a running index
    assert plain_sample_letters([r"\sum_{k=1}^m (a_k^\top v - 1) a_k"]) == {"a": "k"}  # k summed
