r"""Dropped sample indices: "I won't write the $i$ index" reads ``x`` as ``x^{(i)}`` (documents/samplelabels.py).

Small notes written here: a per-sample sum, then the same sum with the index dropped."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.samplelabels import SampleLabels, relabel_in_sums
from verifier.latex import parse_latex

_NOTES = r"""
The log likelihood is

$$\ell(\theta) = \sum_i -\frac{(y^{(i)} - \theta^T x^{(i)})^2}{2(\sigma^{(i)})^2}.$$

From this point on I won't write the $i$ index on variables. Then

$$\nabla_\theta \ell = \sum_i \frac{2(y - \theta^T x)x}{2\sigma^2}.$$
"""


def _gradient_step(notes: str):
    return next(s for s in doc_steps(notes) if "nabla" in s.lhs_latex)


def test_the_dropped_index_is_read_back() -> None:
    step = _gradient_step(_NOTES)
    assert step.verdict.name in ("PROVED", "PASSED"), step.message
    assert "no longer write the index i" in step.message


def test_a_wrong_gradient_with_the_dropped_index_is_not_green() -> None:
    wrong = _NOTES.replace(r"\frac{2(y - \theta^T x)x}{2\sigma^2}", r"\frac{2(y - \theta^T x)x}{\sigma^2}")
    assert wrong != _NOTES
    step = _gradient_step(wrong)
    assert step.verdict.name not in ("PROVED", "PASSED"), step.message


def test_without_the_sentence_nothing_is_relabelled() -> None:
    plain = _NOTES.replace("From this point on I won't write the $i$ index on variables. ", "")
    step = _gradient_step(plain)
    assert "no longer write the index" not in step.message


def test_where_the_sentence_holds() -> None:
    lines = ["$$a^{(i)} + b$$", "", "I'll drop the superscript $(i)$ from here.", "$$a$$", "## Next", "$$a$$"]
    labels = SampleLabels(lines, [lines[0]])
    assert labels.at(4) == ("i", frozenset({"a"}))
    assert labels.at(6) is None  # a heading ends it
    assert labels.at(1) is None  # before the sentence


def test_only_names_inside_a_sum_over_the_index_are_relabelled() -> None:
    names = frozenset({"x", "y", r"\sigma"})
    tree = parse_latex(r"\sum_i \frac{(y - \theta^T x)x_j}{\sigma^2} + X^T(X\theta - y) + \vec y")
    out, done = relabel_in_sums(tree, "i", names, frozenset())
    want = parse_latex(r"\sum_i \frac{(y^{(i)} - \theta^T x^{(i)})x^{(i)}_j}{(\sigma^{(i)})^2}"
                       r" + X^T(X\theta - y) + \vec y")
    assert str(out) == str(want)
    assert done == ["y", "x", "sigma"] or sorted(done) == ["sigma", "x", "y"]


def test_a_vector_of_labels_outside_the_sum_keeps_its_meaning() -> None:
    notes = _NOTES + r"""
$$\sum_i \frac{(y - \theta^T x)x}{\sigma^2}
= \sum_i \frac{(y^{(i)} - \theta^T x^{(i)})x^{(i)}}{(\sigma^{(i)})^2} + 0 y$$
"""
    last = doc_steps(notes)[-1]
    assert last.verdict.name in ("PROVED", "PASSED"), last.message


def test_a_word_after_superscript_is_no_index_letter() -> None:
    # "drop the superscript on W" (layer labels, documents/labels.py) names no sample index
    lines = ["$$o^{(o)}$$", "I drop the superscript on W and b here.", "$$\\sum_o o$$"]
    assert SampleLabels(lines, [lines[0]]).spans == []
