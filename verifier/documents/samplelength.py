r"""The length of bold samples the notes annotate one at a time: ``\mathbf{k}_j \in \mathbb{R}^d``.

Bold names written with a subscript (``\mathbf{k}_j`` in ``s_j = \mathbf{q}^\top\mathbf{k}_j``) are read
as a family of sample vectors (:mod:`verifier.documents.samples`); the length of each sample was a size of
its own, not the one the notes annotate: after "$\mathbf{q} \in \mathbb{R}^d$ … $\mathbf{k}_1, \dots,
\mathbf{k}_n \in \mathbb{R}^d$", ``\mathbf{q}^\top\mathbf{k}_j`` multiplied vectors of two lengths and every
attention step after it was SKIPPED (fresh16). An annotation of the letter at one subscript letter
(``\mathbf{k}_j``, or the last of a list, ``\mathbf{k}_n``) with one dimension is each sample's length. A
numbered sample (``\mathbf{w}_0 \in \mathbb{R}^d``) is a vector of its own (documents.infer), not counted;
two different annotated lengths give none."""

from __future__ import annotations

from collections.abc import Mapping

from verifier.documents.context import Key

__all__ = ["annotated_sample_length"]


def annotated_sample_length(shapes: Mapping[Key, tuple[object, ...]], stem: str) -> object | None:
    """The one dimension ``shapes`` (the notes' annotations) give the samples of the letter ``stem`` at a
    subscript letter, or None."""
    found = {shape[0] for (name, raw), shape in shapes.items()
             if name == stem and len(raw) == 1 and raw[0].isalpha() and len(shape) == 1}  # fmt: skip
    return found.pop() if len(found) == 1 else None
