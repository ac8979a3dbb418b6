r"""A bare capital E in notes that write no expectation is their own quantity (fresh70).

A scaling law's fit ``L(N) = E + A/N^\alpha`` names the irreducible loss E. E was reserved for the expectation,
so it was never inferred as a name, and the resolver gives a bare E no meaning: every step reaching it was
SKIPPED "E is not declared" — the slope ``\partial L/\partial N`` and the worked ``E + 400/10^5 = E + 0.004``
alike, right or wrong. Where the notes write no expectation anywhere (documents.plaine), E is read as a
scalar as any other letter is; where they do (``\mathrm{E}(c) = c``), it stays reserved and nothing is FAILED
for a reading as a number."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Scaling

The final loss of a model with $N$ parameters is fitted as

$$L(N) = E + \frac{A}{N^{\alpha}},$$

where $E$ is the irreducible loss. Its slope is

$$\frac{\partial L}{\partial N} = -\frac{\alpha A}{N^{\alpha + 1}}.$$

With $A = 400$ and $\alpha = 0.5$, at $N = 10^{10}$,

$$E + \frac{400}{10^{5}} = E + 0.004.$$
"""


def test_the_irreducible_loss_is_a_name_of_the_notes() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert verdicts[9] == ["PROVED"], verdicts[9]
    assert verdicts[13][0] in {"PROVED", "PASSED"}, verdicts[13]


def test_a_wrong_power_beside_e_fails() -> None:
    verdicts = verdicts_by_line(_NOTE.replace(r"N^{\alpha + 1}}.$$", r"N^{\alpha - 1}}.$$"))
    assert verdicts[9] == ["FAILED"], verdicts[9]


def test_a_wrong_number_beside_e_is_not_green() -> None:
    # (E cancels: an equation of numbers beside a name, SKIPPED "between undeclared quantities", left for now)
    verdicts = verdicts_by_line(_NOTE.replace("= E + 0.004.", "= E + 0.04."))
    assert verdicts[13][0] not in {"PROVED", "PASSED"}, verdicts[13]


def test_an_expectation_without_brackets_is_never_read_as_a_number() -> None:
    note = _NOTE + "\nFor a constant $c$, $$\\mathrm{E}(c) = c.$$\n"
    verdicts = verdicts_by_line(note)
    assert "FAILED" not in [v for vs in verdicts.values() for v in vs], verdicts


_TYING = r"""# Tied embeddings

A language model with vocabulary size $V$ and width $d$ looks up the input token in an embedding matrix
$E \in \mathbb{R}^{V \times d}$, $x = E^\top e_t$, and, untied, computes the logits with a separate matrix, $z = U h$.
Tying sets $U = E$, so $z = E h$, and the softmax cross-entropy for the target $y$ is

$$\ell = -z_y + \log \sum_{k=1}^{V} e^{z_k}, \qquad \frac{\partial \ell}{\partial z} = p - e_y .$$

Through the logits,

$$\frac{\partial \ell}{\partial E} = (p - e_y)\, h^\top .$$

For $V = 32000$ and $d = 512$ the untied pair holds $2Vd = 2 \cdot 32000 \cdot 512 = 32{,}768{,}000$ weights, and tying
saves $Vd = 16{,}384{,}000$ of them.
"""


def test_an_embedding_matrix_named_e_keeps_the_old_reading() -> None:
    # E annotated as a matrix is no scalar constant: read as before. Read through the annotation, V and d become
    # sizes, and the worked count Vd = 16,384,000 FAILS at V = 3, d = 2 (the same note with W for E does on the base:
    # stated values of size letters, left)
    verdicts = verdicts_by_line(_TYING)
    assert "FAILED" not in [v for vs in verdicts.values() for v in vs], verdicts
