r"""The sample mean named in words: "For data $x_1, \dots, x_n$ with the sample mean $\bar x$, …".

``\bar x`` was a name of its own, an arbitrary number: ``\sum_i (x_i - \bar x)^2 = \sum_i x_i^2 - n\bar x^2`` and a
wrong version alike were SKIPPED. Where a sentence calls it the sample mean of data the notes count, it is
``\frac1n\sum_i x_i`` (documents.samplemean); a formula the notes write for it wins; "not the sample mean" names
nothing."""

from __future__ import annotations

from support import doc_steps

_NOTE = r"""
For data $x_1, \dots, x_n$ with the sample mean $\bar x$,

$$\sum_{i=1}^n (x_i - \bar x)^2 = RIGHT$$
"""


def _verdict(note: str, right: str) -> str:
    return doc_steps(note.replace("RIGHT", right))[-1].verdict.value


def test_the_sample_mean_said_in_words_is_read() -> None:
    assert _verdict(_NOTE, r"\sum_{i=1}^n x_i^2 - n\bar x^2") in ("PROVED", "PASSED")


def test_a_wrong_identity_of_the_sample_mean_fails() -> None:
    assert _verdict(_NOTE, r"\sum_{i=1}^n x_i^2 - \bar x^2") == "FAILED"


def test_a_sum_gives_the_count_and_its_index() -> None:
    note = r"""
    Let $\bar y$ be the empirical mean of the observations, and consider $\sum_{k=1}^{N} y_k$.

    $$\sum_{k=1}^{N} (y_k - \bar y) = RIGHT$$
    """
    assert _verdict(note, "0") in ("PROVED", "PASSED")
    assert _verdict(note, r"N\bar y") == "FAILED"


def test_the_notes_own_formula_wins() -> None:
    # a weighted mean they define: the words do not replace it
    weighted = r"with the sample mean $\bar x = \frac{1}{2n}\sum_{i=1}^n x_i$,"
    note = _NOTE.replace("with the sample mean $\\bar x$,", weighted)
    assert _verdict(note, r"\sum_{i=1}^n x_i^2 - n\bar x^2") == "FAILED"


def test_without_the_words_it_stays_a_name() -> None:
    # "a number": no mean, so the identity of the mean is not green
    note = _NOTE.replace("with the sample mean $\\bar x$", "and a number $\\bar x$")
    assert _verdict(note, r"\sum_{i=1}^n x_i^2 - n\bar x^2") not in ("PROVED", "PASSED")
    denied = _NOTE.replace("with the sample mean $\\bar x$", "and $\\bar x$, not the sample mean")
    assert _verdict(denied, r"\sum_{i=1}^n x_i^2 - n\bar x^2") not in ("PROVED", "PASSED")
