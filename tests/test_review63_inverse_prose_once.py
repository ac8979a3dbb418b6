r"""The prose up to the end of a step's part is read only for a step the entry-wise inverse reading may concern.

ctx63 made documents.entrywiseinverse read the notes up to the end of the part holding the chain (a structure a
later part gives a matrix is that part's). It joined those lines for every chain of the notes, before looking
whether any step had failed with an inverse: work per chain that only a FAILED step with ``A^{-1}`` needs
(review63). The text is now built where such a step is.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents import entrywiseinverse

_GREEN = "# Sums\n\n$$(a + b)^2 = a^2 + 2ab + b^2$$\n\n$$x + x = 2x$$\n"
_INVERSE = (
    "# Mixing\n\n"
    "A matrix $W \\in \\mathbb{R}^{c\\times c}$ mixes the channels. Take\n\n"
    "$$W = \\begin{pmatrix} 2 & 1 \\\\ -1 & 3 \\end{pmatrix}.$$\n\n"
    "Its inverse is\n\n"
    "$$W^{-1} = \\frac{1}{7}\\begin{pmatrix} 3 & 1 \\\\ 1 & 2 \\end{pmatrix}.$$\n"
)


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = entrywiseinverse._up_to_part_end
    monkeypatch.setattr(
        entrywiseinverse, "_up_to_part_end", lambda doc, line: calls.append(line) or original(doc, line)
    )
    return calls


def test_chains_with_no_failed_inverse_do_not_read_the_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch)
    got = verdicts_by_line(_GREEN)
    assert got and all(v in ("PROVED", "PASSED") for vs in got.values() for v in vs), got
    assert calls == []


def test_a_failed_inverse_still_reads_the_prose_and_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch)
    assert verdicts_by_line(_INVERSE)[9] == ["FAILED"]
    assert calls
