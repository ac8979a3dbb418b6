r"""review22e: a matrix the notes write out entry by entry is evidence of its name's shape however long
it is. iso14 took a literal longer than the parser reads (``MAX_SOURCE_CHARS``) as no evidence, since
its own display is never read: but the shape is the name's, for every other step, and without it a
bold ``\mathbf{w}`` set to a 3×300 matrix read as a vector, so ``\|\mathbf{w}\|^2 = \mathbf{w}^T
\mathbf{w}`` (wrong for that matrix) was PROVED. The literal is split in linear time instead."""

from __future__ import annotations

from support import doc_steps

from verifier.documents import literals
from verifier.latex.vocabulary import MAX_SOURCE_CHARS


def _bmatrix(rows: int, cols: int, space: str = "") -> str:
    body = " \\\\ ".join(" & ".join(f"w_{{{i},{j}}}{space}" for j in range(1, cols + 1)) for i in range(1, rows + 1))
    return f"\\begin{{bmatrix}} {body} \\end{{bmatrix}}"


def _key(text: str) -> tuple[str, tuple[()]] | None:
    return (text.strip(), ()) if text.strip().isalpha() else None


def test_a_literal_longer_than_the_parser_reads_still_gives_its_shape() -> None:
    big = _bmatrix(3, 300)
    assert len(big) > MAX_SOURCE_CHARS
    assert literals.literal_shapes(f"$$A = {big}$$", _key) == {("A", ()): (3, 300)}


def test_a_long_written_out_matrix_is_not_read_as_a_vector() -> None:
    tall = _bmatrix(60, 2, space="\\," * 40)  # 60×2, spaced out past what the parser reads
    assert len(tall) > MAX_SOURCE_CHARS
    steps = doc_steps(
        f"""
        The weights are $\\mathbf{{w}} = {tall}$ for the layer.

        $$\\|\\mathbf{{w}}\\|^2 = \\mathbf{{w}}^T \\mathbf{{w}}$$
        """
    )
    assert steps and all(s.verdict.name != "PROVED" for s in steps), steps


def test_the_split_at_top_level_is_unchanged() -> None:
    assert literals._split_top(r"a & {b & c} \\ [d & e) & f", "&") == ["a ", r" {b & c} \\ [d & e) ", " f"]
    assert literals._split_top(r"a \\ b \\\ c", "\\\\") == ["a ", " b ", "\\ c"]
    assert literals._split_top("a, (b, c), }, d", ",") == ["a", " (b, c)", " }, d"]
    assert literals._split_top("", ",") == [""]
