r"""A Gaussian written with its precision as the second argument (lead59, documents.knowndivergences).

Bayesian notes write $\mathcal N(0, \alpha)$ "where $\alpha$ is the precision" (Bishop's convention, the
variance is 1/α). knowndivergences compared a KL closed form with the variance and the standard-deviation readings
only, so the right KL under the precision reading was FAILED: a false alarm on a correct note. The precision is
now a reading too: a FAILED needs it to differ as well; a PASS takes it only where the prose says "precision"
(a bare name with no word for it is not read as a precision for a green verdict, nor FAILED: SKIPPED).
"""

from __future__ import annotations

from support import line_of, verdicts_by_line

_NOTE = (
    "# Bayesian regression\n\n"
    "The prior on the weight is $p = \\mathcal{N}(0, \\alpha)$ where $\\alpha$ is the precision, and the posterior "
    "is $q = \\mathcal{N}(m, s)$ with $s$ its precision too.\n\n"
    "$$\\mathrm{KL}(q \\,\\|\\, p) = FORM$$\n"
)
_RIGHT = r"\frac{1}{2}\left(\log\frac{s}{\alpha} + \frac{\alpha}{s} + \alpha m^2 - 1\right)"
_WRONG = r"\frac{1}{2}\left(\log\frac{s}{\alpha} + \frac{\alpha}{s} + m^2 - 1\right)"  # α dropped before m²


def _kl(form: str, note: str = _NOTE) -> list[str]:
    text = note.replace("FORM", form)
    return verdicts_by_line(text, "notes.md")[line_of(text, "KL}(")]


def test_the_right_kl_under_the_precision_is_not_failed() -> None:
    assert _kl(_RIGHT) == ["PASSED"]


def test_a_wrong_kl_under_the_precision_is_still_failed() -> None:
    assert _kl(_WRONG) == ["FAILED"]


def test_a_bare_name_not_called_a_precision_is_neither_passed_nor_failed_as_one() -> None:
    bare = _NOTE.replace(" where $\\alpha$ is the precision", "").replace(" with $s$ its precision too", "")
    assert "precision" not in bare
    assert _kl(_RIGHT, bare) == ["SKIPPED"]
