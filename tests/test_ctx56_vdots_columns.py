"""A ``\\vdots`` column whose entries differ outside a subscript: ``P(y=1|\\mathbf{z}) \\\\ \\vdots \\\\
P(y=K|\\mathbf{z})`` is the column of the entries P(y=k|z) for k = 1..K (documents.ellipsis)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

PROBABILITIES = r"""
    ```verify
    K in {3}
    k: index 1..K
    z: vector[K]
    P(y=k|\mathbf{z}) := \frac{e^{z_k}}{\sum_{d=1}^K e^{z_d}}
    ```

    The class probabilities, one per class:

    $$ \begin{bmatrix} P(y=1|\mathbf{z}) \\ \vdots \\ P(y=K|\mathbf{z}) \end{bmatrix}
    = \frac{1}{\sum_{d=1}^K e^{z_d}} \begin{bmatrix} e^{z_1} \\ \vdots \\ e^{z_K} \end{bmatrix} $$
    """


def test_a_column_of_probabilities_by_class_is_read() -> None:
    steps = doc_steps(PROBABILITIES)
    assert steps[0].verdict is Verdict.PROVED, steps[0].message
    assert "read as the vector of entries 1..K" in steps[0].message


def test_a_wrong_column_of_probabilities_fails() -> None:
    steps = doc_steps(PROBABILITIES.replace(r"e^{z_1} \\ \vdots \\ e^{z_K}", r"e^{-z_1} \\ \vdots \\ e^{-z_K}"))
    assert steps[0].verdict is Verdict.FAILED, steps[0].message


def test_entries_that_run_two_ways_are_not_read() -> None:
    # P(y=1|z_K) … P(y=K|z_1): the class goes up while the input goes down: no one pattern
    steps = doc_steps(PROBABILITIES.replace(r"P(y=1|\mathbf{z}) \\ \vdots \\ P(y=K|\mathbf{z})",
                                            r"P(y=1|\mathbf{z}) + 1 \\ \vdots \\ P(y=K|\mathbf{z}) + 2"))
    assert steps[0].verdict is Verdict.SKIPPED, steps[0].message


def _at_values(claim: str, index: str = "k: index 1..K") -> list:
    return doc_steps(PROBABILITIES.split("    ```\n")[0].replace("k: index 1..K", index) + "    ```\n\n"
                     + "    The probabilities add up:\n\n    $$ " + claim + " $$\n")


def test_the_probabilities_at_each_class_add_up_to_one() -> None:
    steps = _at_values(r"P(y=1|\mathbf{z}) + P(y=2|\mathbf{z}) + P(y=3|\mathbf{z}) = 1")
    assert steps[0].verdict is Verdict.PROVED, steps[0].message
    assert "P(y=1|z) read as the notes' P(y=k|z) at k = 1" in steps[0].message


def test_two_of_three_probabilities_do_not_add_up_to_one() -> None:
    steps = _at_values(r"P(y=1|\mathbf{z}) + P(y=2|\mathbf{z}) = 1")
    assert steps[0].verdict is Verdict.FAILED, steps[0].message


def test_a_value_outside_the_range_of_the_index_is_not_read() -> None:
    steps = _at_values(r"P(y=1|\mathbf{z}) + P(y=2|\mathbf{z}) + P(y=4|\mathbf{z}) = 1")
    assert steps[0].verdict is not Verdict.PROVED, steps[0].message
    assert "P(y=4|z) read as" not in steps[0].message


def test_a_letter_that_is_no_declared_index_is_not_read_as_the_event_value() -> None:
    steps = _at_values(r"P(y=1|\mathbf{z}) + P(y=2|\mathbf{z}) + P(y=3|\mathbf{z}) = 1", index="")
    assert "read as the notes' P(y=k|z)" not in steps[0].message


def test_a_column_of_conditionals_the_notes_never_define_is_skipped() -> None:
    # no P(y=k|z) := …: each entry is a probability nobody defined, not one arbitrary number for all
    steps = doc_steps(PROBABILITIES.replace("    k: index 1..K\n", "").replace(
        "    P(y=k|\\mathbf{z}) := \\frac{e^{z_k}}{\\sum_{d=1}^K e^{z_d}}\n", ""))
    assert steps[0].verdict is Verdict.SKIPPED, steps[0].message
    assert "P(y=k|z) (an entry of the column) is not defined" in steps[0].message
