"""A defined quantity the prose gives a value that its definition, at the notes' other values, contradicts (redlead65).

"Let $z = w^\\top x$, $p = \\sigma(z)$ … Take $z = 0$. For $y = 1$ and $p = 0.8$ the loss is $\\ell = -\\log 0.8$":
with z = 0 stated, p = σ(0) = 1/2 by the notes' own definition, so the loss is -log 0.5; read at the stated p = 0.8
alone (documents.statedintermediates) the step went PROVED — green for a value the notes' definitions contradict.
Likewise "Dropout keeps a unit with probability $p = 0.8$. For a prediction $\\sigma(z) = 0.6$ the loss is
$\\ell = -\\log 0.8$": the p stated is another quantity's (the prediction σ(z) is 0.6), yet the loss read at it PROVED.
"""

from __future__ import annotations

from support import verdicts_by_line

CONTRADICTED = """# Binary cross-entropy

Let $x, w \\in \\mathbb{R}^d$, $z = w^\\top x$, $p = \\sigma(z)$ and

$$
\\ell = -y \\log p - (1 - y) \\log(1 - p).
$$

Take $z = 0$.
For $y = 1$ and $p = 0.8$ the loss is $\\ell = -\\log 0.8$.
"""

TWO_USES = """# Two uses of p

Let $z = w^\\top x$ and $p = \\sigma(z)$, with loss $\\ell = -\\log p$.

Dropout keeps a unit with probability $p = 0.8$. For a prediction $\\sigma(z) = 0.6$ the loss is

$$
\\ell = -\\log LOSS .
$$
"""

AT_Z = """# Logistic loss

Let $z = w^\\top x$, $p = \\sigma(z)$ and

$$
\\ell = -\\log p .
$$

Take $z = 0$, so $p = 0.5$ and

$$
\\ell = -\\log 0.5 .
$$
"""


def test_a_loss_at_a_stated_p_that_the_stated_z_contradicts_is_not_green() -> None:
    verdicts = verdicts_by_line(CONTRADICTED)
    assert verdicts.get(10, [""])[0] not in ("PROVED", "PASSED"), verdicts


def test_a_loss_at_another_quantitys_p_is_not_green() -> None:
    verdicts = verdicts_by_line(TWO_USES.replace("LOSS", "0.8"))
    assert verdicts.get(8, [""])[0] not in ("PROVED", "PASSED"), verdicts


def test_a_loss_at_a_stated_p_that_agrees_with_the_stated_z_stays_proved() -> None:
    assert verdicts_by_line(AT_Z).get(12) == ["PROVED"]
