"""docspeed62: the name of an indexed expression (``(Wx)_i``, ``w_{:,j}``) is printed only for an error message.

The resolver printed the indexed tree (SymPy's ``str``) for every entry it took, though the text is read only when
the index is outside or the value has no such entry. Now the name is handed over unprinted and printed when a
message (or the bold-sample test on its text) needs it; the messages are the same words as before.
"""

from __future__ import annotations

import pytest
import sympy as sp

from verifier.documents import resolve
from verifier.documents.values import IndexOutside, ResolveError, entry_of, entry_position


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    printed: list[object] = []
    real = resolve._short

    def short(node: object, limit: int = 60) -> str:
        printed.append(node)
        return real(node, limit)

    monkeypatch.setattr(resolve, "_short", short)
    return printed


def test_an_entry_in_range_prints_no_name() -> None:
    calls: list[int] = []

    def name() -> str:
        calls.append(1)
        return "v"

    v = sp.ImmutableMatrix([[1], [2], [3]])
    assert entry_of(v, [2], name) == 2
    assert entry_position(3, 1, 3, name) == 2
    assert calls == []


@pytest.mark.parametrize(
    ("value", "indices", "message"),
    [
        (sp.ImmutableMatrix([[1], [2], [3]]), [4], "index 4 is outside 1..3 for v"),
        (sp.Integer(5), [1], "v is a scalar here; it has no entry 1"),
        (sp.ImmutableMatrix([[1, 2], [3, 4]]), [1], "v is a 2x2 matrix; one index is not enough"),
        (sp.ImmutableMatrix([[1, 2], [3, 4]]), [3, 1], "entry (3, 1) is outside the 2x2 matrix v"),
    ],
)
def test_a_lazy_name_gives_the_message_the_printed_name_gives(value: object, indices: list[int], message: str) -> None:
    for name in ("v", lambda: "v"):
        with pytest.raises(ResolveError) as caught:
            entry_of(value, indices, name)  # type: ignore[arg-type]
        assert str(caught.value).replace("×", "x") == message
    with pytest.raises(IndexOutside, match=r"index 0 is outside 1\.\.3 for v"):
        entry_position(0, 1, 3, lambda: "v")


def test_a_bold_sample_is_still_told_by_its_name() -> None:
    """One index on a matrix whose name ends in ``^()``: row i, as a column (values.entry_of) — lazy or not."""
    x = sp.ImmutableMatrix([[1, 2], [3, 4]])
    assert entry_of(x, [2], lambda: "x^()") == sp.ImmutableMatrix([[3], [4]])
    assert entry_of(x, [2], "x^()") == sp.ImmutableMatrix([[3], [4]])


def test_the_resolver_prints_an_indexed_product_only_when_its_index_is_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    from verifier.documents.check import check_text
    from verifier.engine import Settings

    printed = _counting(monkeypatch)
    context = ["```verify", "W: matrix[3 x 2]", "x: vector[2]", "```", ""]
    inside = check_text("\n".join([*context, "$$ (W x)_{2} = W_{21} x_1 + W_{22} x_2 $$", ""]), "n.md", Settings())
    assert [s.verdict.value for c in inside.chains for s in c.result.steps] == ["PROVED"]
    assert printed == []
    outside = check_text("\n".join([*context, "$$ (W x)_{2} = (W x)_{4} $$", ""]), "n.md", Settings())
    (step,) = [s for c in outside.chains for s in c.result.steps]
    assert step.verdict.value == "SKIPPED"
    assert step.message.startswith("right member: index 4 is outside 1..3 for W*x")
    assert printed  # the name, printed for the message
