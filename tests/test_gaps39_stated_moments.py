r"""Moments the prose states as numbers ("$\mathbb{E}[X] = 2$ and $\mathbb{E}[X^2] = 5$") are hypotheses of the
chains after them that write 𝔼 and use X (gaps39; gaps37's item 7).

Before, ``\mathbb{E}[X^2] - \mathbb{E}[X]^2 = 5 - 4`` was SKIPPED "does not follow from linearity of expectation
alone: it also needs facts about 𝔼[X], 𝔼[X²]". Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.statedmoments import moments_of

NOTES = r"""
# Moments

Let $X$ be a random variable with $\mathbb{E}[X] = 2$ and $\mathbb{E}[X^2] = 5$.

$$
LEFT = RIGHT
$$
"""


def _verdicts(left: str, right: str, notes: str = NOTES) -> list[str]:
    return [s.verdict.value for s in doc_steps(notes.replace("LEFT", left).replace("RIGHT", right))]


def test_a_variance_from_the_stated_moments_is_checked() -> None:
    assert _verdicts(r"\mathbb{E}[X^2] - \mathbb{E}[X]^2", "5 - 4 = 1") == ["PROVED", "PROVED"]
    assert _verdicts(r"\mathbb{E}[3X + 1]", r"3\mathbb{E}[X] + 1 = 7") == ["PROVED", "PROVED"]
    assert _verdicts(r"\mathbb{E}[(X - 2)^2]", r"\mathbb{E}[X^2] - 4\mathbb{E}[X] + 4 = 1") == ["PROVED", "PROVED"]


def test_a_wrong_value_is_never_green() -> None:
    assert _verdicts(r"\mathbb{E}[X^2] - \mathbb{E}[X]^2", "5 - 2")[0] not in ("PROVED", "PASSED")
    assert _verdicts(r"\mathbb{E}[3X + 1]", r"3\mathbb{E}[X] + 1 = 6")[1] not in ("PROVED", "PASSED")
    # an identity that is wrong in general is not made green by the stated moments (5 against 4)
    assert _verdicts(r"\mathbb{E}[X^2]", r"\mathbb{E}[X]^2")[0] not in ("PROVED", "PASSED")


def test_the_moments_of_another_name_are_not_used() -> None:
    notes = NOTES.replace("$.", "$, and $Y$ another.")
    assert _verdicts(r"\mathbb{E}[Y^2] - \mathbb{E}[Y]^2", "5 - 4", notes)[0] not in ("PROVED", "PASSED")


def test_what_is_read() -> None:
    got = moments_of(r"with $\mathbb{E}[X] = 2$, $E[Z^{3}] = 0.5$ and $\mathbb{E}\left[\mathbf{x}^2\right] = 1$")
    assert [(m.name, m.value) for m in got] == [("X", "2"), ("Z", "0.5"), (r"\mathbf{x}", "1")]
    assert moments_of(r"$\operatorname{Var}(X) = 1$, $\mathbb{E}[XY] = 3$, $\mathbb{E}[X] = \mu$") == []
    assert moments_of(r"$\mathbb{E}[X] = 0.5 \cdot 1 + 0.5 \cdot 3 = 2$") == []  # computed, not stated
    assert moments_of(r"$\mathbb{E}[X] + 1 = 3$") == []  # not a whole member


def test_the_moments_of_a_declared_vector_are_not_read() -> None:
    r"""``\mathbb{E}[x^2] = 1`` of a vector x is no hypothesis of its chains (it was "equates a 2×1 value and a
    scalar", the chain SKIPPED for it): the chain keeps the reason it had."""
    notes = r"""
# A random vector

```verify
n in {2, 3}
x, b: vector[n]
A: matrix[n x n]
```

Let $x$ be a random vector with $\mathbb{E}[x^2] = 1$ and $\mathbb{E}[x] = 0$.

$$\mathbb{E}[A x + b] = A\mathbb{E}[x] + b$$
"""
    (*_, last) = doc_steps(notes)
    assert "hypothesis" not in last.message
