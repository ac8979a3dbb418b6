r"""A sum written without bounds, ``\sum_k``, over an index nothing else sizes: the range it runs over.

Parseval for the DFT, ``\sum_k |X_k|^2 = N \sum_n |x_n|^2`` after ``X_k = \sum_{n=0}^{N-1} x_n \omega^{-kn}`` with
``\omega = e^{2\pi i/N}``, was FAILED on an idle machine: k was read over 1..n₃, a size of its own, and the identity
holds only where k runs over the N frequencies (fresh51's DFT note; on a loaded machine the other readings ran out of
time and it was SKIPPED, so the false alarm depended on the load). A bound-less sum runs over the whole range of its
index, and where the step's other sums run over one size, that range is a plausible reading: a FAILED must fail
under it too. Examples written here."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")

_DFT = r"""
For $x \in \mathbb{C}^N$ the DFT is $X_k = \sum_{n=0}^{N-1} x_n \omega^{-kn}$, with $\omega = e^{2\pi\mathrm{i}/N}$.

Parseval:
$$\sum_k |X_k|^2 = {rhs}$$
"""


def _parseval(rhs: str) -> tuple[str, str]:
    steps = doc_steps(_DFT.replace("{rhs}", rhs))
    assert len(steps) == 1, [s.message for s in steps]
    return steps[0].verdict.value, steps[0].message


def test_parseval_over_an_unbounded_frequency_sum_is_not_failed() -> None:
    verdict, message = _parseval(r"N \sum_n |x_n|^2")
    assert verdict in GREEN, message
    assert "runs over" in message  # the reading is reported with the step


def test_a_wrong_factor_fails_under_every_range_of_the_sum() -> None:
    verdict, message = _parseval(r"N^2 \sum_n |x_n|^2")
    assert verdict == "FAILED", message


def test_a_sum_whose_index_is_sized_by_the_notes_keeps_its_range() -> None:
    # y ∈ R^M sizes k: the sum runs over M, and no other range is tried (M and N are different sizes)
    steps = doc_steps(r"""
    Let $x \in \mathbb{R}^N$ and $y \in \mathbb{R}^M$.
    $$\sum_k y_k^2 = \sum_n x_n^2$$
    """)
    assert len(steps) == 1
    assert all(s.verdict.value not in GREEN for s in steps), [s.message for s in steps]


def test_a_value_worked_at_one_size_does_not_fail_the_general_identity_of_the_next_section() -> None:
    # ω = i is ω at N = 4, worked in its own section; the general identity after the next heading is read with
    # the first definition (earlierdefinitions) and over the N frequencies: not FAILED
    steps = doc_steps(r"""
    For $x \in \mathbb{C}^N$ the DFT is $X_k = \sum_{n=0}^{N-1} x_n \omega^{-kn}$, with $\omega = e^{2\pi\mathrm{i}/N}$.

    ## Four samples

    With $N = 4$ we have $\omega = e^{\pi\mathrm{i}/2} = \mathrm{i}$.

    ## Energy

    The energy is kept: $\sum_k |X_k|^2 = N \sum_n |x_n|^2$.
    """)
    claim = [s for s in steps if s.lhs_latex.startswith(r"\sum_k")]
    assert len(claim) == 1
    assert claim[0].verdict.value != "FAILED", claim[0].message


def test_a_mean_over_a_bound_less_sum_is_read_over_the_notes_one_size() -> None:
    # g is sized by nothing but its stated numbers; x ∈ R^N with N = 3 entries: 1/N Σ_i g_i = 1/3 holds over 1..N
    steps = doc_steps(r"""
    For $\mathbf{x} \in \mathbb{R}^N$ let $g_i = \partial L/\partial x_i$.

    Take $\mathbf{x} = (0, 3, 6)$ and $\mathbf{g} = (1, 0, 0)$: $\frac1N\sum_i g_i = \frac13$.
    """)
    claim = [s for s in steps if s.lhs_latex.startswith(r"\frac1N")]
    assert len(claim) == 1
    assert claim[0].verdict.value != "FAILED", claim[0].message
