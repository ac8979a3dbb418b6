r"""Words written as a subscript without ``\text``: ``c_{prev}``, ``h_{out}``, ``x_{max}``.

Students and TAs often write a label below a name in plain math letters. Read letter by letter,
``c_{prev}`` is the entry (p, r, e, v) of a four-index array, an impossible step for a scalar
cell state. A reader sees the word, as with ``c_{\text{prev}}``. Only the words listed here
count, and only with three letters or more: ``W_{in}`` or ``A_{ij}`` may be entries (index
notation writes runs of index letters), while no index list spells ``prev`` or ``hidden``.
"""

from __future__ import annotations

__all__ = ["LABEL_WORDS", "is_label_word"]

LABEL_WORDS = frozenset({
    "prev", "next", "old", "new", "curr", "cur", "out", "hid", "hidden", "max", "min", "avg", "mean",
    "std", "true", "pred", "train", "test", "val", "init", "final", "tot", "total", "enc", "dec", "emb",
    "obs", "data", "model", "opt", "best", "ref", "tgt", "src", "target", "input", "output", "gate",
    "cell", "start", "end", "left", "right", "real", "fake", "gen", "mid", "mle", "map", "ols",
    "reg", "loss", "batch", "eff", "lin", "sgd", "adam", "query", "key", "value", "attn",
})  # fmt: skip


def is_label_word(letters: str) -> bool:
    """Is ``letters`` (the subscript's letters, in order) one of the label words?"""
    return len(letters) >= 3 and letters.lower() in LABEL_WORDS
