r"""``\mathcal{N}(\mu, \sigma^2)`` at the point the notes give it; ``\log 2\pi\sigma^2`` is ``\log(2\pi\sigma^2)``."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.densitypoints import gaussian_text, points_of
from verifier.results import Verdict

NOTES = r"""
    Each observation is normal around its mean:

    $$p\left(y_i \mid \mu_i\right) = \mathcal{N}\left(\mu_i, \sigma^2\right)$$

    The observations are independent, so

    $$\log \prod_{i=1}^n \mathcal{N}\left(\mu_i, \sigma^2\right)
    = \sum_{i=1}^n \log \mathcal{N}\left(\mu_i, \sigma^2\right)
    = -\frac{n}{2}\log 2\pi\sigma^2 -\frac{1}{2\sigma^2} \sum_{i=1}^n \left(y_i - \mu_i\right)^2$$
    """


def test_the_density_is_read_at_the_point_of_its_definition() -> None:
    steps = doc_steps(NOTES)[-2:]
    assert all(s.verdict in (Verdict.PROVED, Verdict.PASSED) for s in steps)
    assert r"read as the density of y_i (line 3)" in steps[0].message
    assert r"\log 2\pi\sigma^2 read as \log(2\pi\sigma^2)" in steps[1].message


def test_a_wrong_constant_or_sign_is_not_green() -> None:
    for old, new in ((r"-\frac{n}{2}\log", r"-n\log"), (r"-\frac{1}{2\sigma^2}", r"+\frac{1}{2\sigma^2}")):
        wrong = NOTES.replace(old, new)
        assert wrong != NOTES
        assert doc_steps(wrong)[-1].verdict is Verdict.FAILED, old


def test_without_a_point_the_density_is_not_read() -> None:
    notes = NOTES.replace(r"p\left(y_i \mid \mu_i\right) = ", "")
    assert points_of(notes) == {}
    assert doc_steps(notes)[-1].verdict is Verdict.SKIPPED


def test_two_points_for_the_same_parameters_give_none() -> None:
    text = r"$\epsilon \sim \mathcal{N}(0, \sigma^2)$ and $\eta \sim \mathcal{N}(0, \sigma^2)$"
    assert points_of(text) == {}
    assert set(points_of(text.replace(r"\eta", r"\epsilon"))) == {r"0,\sigma^2"}


def test_the_normaliser_takes_only_what_its_term_holds() -> None:
    written = gaussian_text(r"-\frac{n}{2}\log 2\pi\sigma^2 - 1", {})[0]
    assert written == r"-\frac{n}{2}\log\left(2\pi\sigma^2\right) - 1"
    assert gaussian_text(r"\log 2\pi\sigma^2 x", {})[0] == r"\log 2\pi\sigma^2 x"  # what x means is unclear
    assert gaussian_text(r"\log 2\pi", {}) == (r"\log 2\pi", [])
