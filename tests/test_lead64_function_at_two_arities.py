"""One letter the notes define at two arities names two functions: H(p) and H(p, q).

Information-theory notes define the entropy ``H(p) = -p \\log p - (1-p)\\log(1-p)`` and, further on, the cross-entropy
``H(p, q) = -p\\log q - (1-p)\\log(1-q)``, then write ``H(p, q) = H(p) + D(p \\| q)``. The second definition was taken
as H "defined anew" (SKIPPED), and the identity SKIPPED "H takes 2 argument(s), got 1". A definition at another
number of arguments is another function of the same letter: a call reads the one with its number of arguments.
"""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""Let $p, q \in (0, 1)$. The entropy is
$$H(p) = -p \log p - (1-p) \log (1-p).$$
The KL divergence is
$$D(p \| q) = p \log \frac{p}{q} + (1-p) \log \frac{1-p}{1-q}.$$
The cross-entropy is
$$H(p, q) = -p\log q - (1-p)\log(1-q),$$
and it decomposes:
$$H(p, q) = H(p) + {RIGHT}.$$
"""


def test_the_decomposition_reads_each_arity() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("{RIGHT}", r"D(p \| q)"))
    assert verdicts[8] == ["PROVED"] or verdicts[8] == ["PASSED"], verdicts
    assert verdicts[6] == ["SKIPPED"], verdicts  # the cross-entropy's own definition


def test_a_wrong_decomposition_is_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("{RIGHT}", r"2 D(p \| q)"))
    assert verdicts[8] == ["FAILED"], verdicts


def test_a_restatement_at_the_same_arity_is_still_checked() -> None:
    note = _NOTE.replace("H(p, q) = -p\\log q - (1-p)\\log(1-q)", "H(p) = -p\\log p - (1-p)\\log(1-p) + 1")
    verdicts = verdicts_by_line(note.split("and it decomposes")[0])
    assert verdicts[6] == ["SKIPPED"], verdicts  # H anew at the same arity: not an overload
