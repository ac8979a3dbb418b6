"""A quantity the notes define for one sample (``y = \\sigma(z)``), written with a sample index
(``y_i``) where its inputs are written so too (``z_i``): the definition at sample i, ``\\sigma(z_i)``."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
    The output $y = \sigma(z)$ of the logistic function, and $P(t=1|z) = \sigma(z)$.

    $$ \sum_{i=1}^{n} t_i \log(y_i) = \sum_{i=1}^{n} t_i \log(\sigma(z_i)) $$

    $$ \prod_{i=1}^{n} P(t_i=1|z_i)^{t_i} = \prod_{i=1}^{n} y_i^{t_i} $$
    """


def test_a_conditional_probability_at_sample_i() -> None:
    steps = doc_steps(NOTES)
    assert steps[1].verdict is Verdict.PROVED
    assert "P(t=1|z)_i read as the notes' P(t=1|z) at sample i: its definition with z_i" in steps[1].message


def test_a_wrong_conditional_at_sample_i_is_not_proved() -> None:
    # (SKIPPED, not FAILED: the conditional written with sample indices is also a name the notes never
    # define, and a step that fails with such a name on one side only is not called a mistake)
    steps = doc_steps(NOTES.replace(r"\prod_{i=1}^{n} y_i^{t_i} $$", r"\prod_{i=1}^{n} (1 - y_i)^{t_i} $$"))
    assert steps[1].verdict is Verdict.SKIPPED


def test_a_wrong_step_at_sample_i_fails() -> None:
    steps = doc_steps(NOTES.replace(r"\log(\sigma(z_i)) $$", r"\log(\sigma(-z_i)) $$"))
    assert steps[0].verdict is Verdict.FAILED


def test_a_definition_of_numbers_only_has_no_sample_i() -> None:
    # y = 2 a with a never written a_i: y_i is not y at a sample
    steps = doc_steps(r"""
        The value $y = 2 a$.

        $$ \sum_{i=1}^{n} y_i = 2 n a $$
        """)
    assert steps[0].verdict is not Verdict.PROVED
