r"""A function the notes define at an entry: ``p(w_i) = \frac{1}{\sqrt{2\pi}}\exp(-\frac{1}{2}w_i^2)``.

"We assume each weight comes from a standard Gaussian prior, $$p(w_i) = \mathcal{N}(w_i|0,1) = …$$" defines the
density p of each entry. Its head was read only with plain names for parameters (``p(w)``): with ``w_i`` the line
was a claim about an undefined p ("p appear(s) on one side only"), and the lines after it that use p were left
unchecked. The head now takes a name with one letter subscript (bound like ``v_c`` in
documents.subscriptparams). Every example is written here.
"""

from __future__ import annotations

from support import doc_steps

_PRIOR = r"""
We assume each weight comes from a standard Gaussian prior distribution,

$$p(w_i) = \mathcal{N}(w_i|0,1) = \frac{1}{\sqrt{2\pi}}\exp(-\frac{1}{2}w_i^2).$$

Its logarithm is

$$\log p(w_i) = -\frac{1}{2}\log(2\pi) - \frac{1}{2}w_i^2$$
"""


def test_a_density_written_at_an_entry_is_the_notes_definition() -> None:
    first, second, log = doc_steps(_PRIOR)
    assert first.verdict.value == "SKIPPED" and first.message.startswith("defines p"), first.message
    assert second.verdict.value == "PROVED", second.message
    assert log.verdict.value == "PROVED", log.message  # read with the notes' p


def test_a_wrong_line_after_it_is_failed() -> None:
    *_, log = doc_steps(_PRIOR.replace(r"- \frac{1}{2}w_i^2$$", r"- w_i^2$$"))
    assert log.verdict.value == "FAILED", log.message


def test_a_prior_with_a_variance_named_after_it() -> None:
    notes = r"""
    We assume each weight comes from a Gaussian prior distribution,

    $$p(w_i) = \mathcal{N}(w_i|0, v) = \frac{1}{\sqrt{2\pi v}}\exp(-\frac{1}{2v}w_i^2)$$

    where $v$ is the variance.
    """
    first, second = doc_steps(notes)
    assert first.message.startswith("defines p"), first.message
    assert second.verdict.value == "PROVED", second.message
    _, wrong = doc_steps(notes.replace(r"\sqrt{2\pi v}", r"\sqrt{2 v}"))
    assert wrong.verdict.value == "FAILED", wrong.message


def test_an_entry_after_the_notes_own_function_is_a_claim_about_it() -> None:
    # p was defined at a plain name: p(w_i) = … is p at an entry, checked against it (a wrong one never green)
    steps = doc_steps(r"""
    The density is $$p(w) = \frac{1}{\sqrt{2\pi}}\exp(-\frac{1}{2}w^2).$$

    At each weight, $$p(w_i) = \frac{1}{\sqrt{2\pi}}\exp(-w_i^2)$$
    """)
    assert steps[-1].verdict.value not in ("PROVED", "PASSED"), steps[-1].message
    assert not steps[-1].message.startswith("defines"), steps[-1].message
