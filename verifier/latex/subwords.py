r"""Words written as a subscript without ``\text``: ``c_{prev}``, ``h_{out}``, ``x_{max}``.

Students and TAs often write a label below a name in plain math letters. Read letter by letter,
``c_{prev}`` is the entry (p, r, e, v) of a four-index array, an impossible step for a scalar
cell state. A reader sees the word, as with ``c_{\text{prev}}``. Only the words listed here
count, and only with three letters or more: ``W_{in}`` or ``A_{ij}`` may be entries (index
notation writes runs of index letters), while no index list spells ``prev`` or ``hidden``. The
capital names of losses and divergences (``D_{KL}``, ``L_{MSE}``) count too, in capitals only.

Words joined by hyphens (``J_{neg-sample}``, ``L_{cross-entropy}``, ``J_{skip-gram}``) are labels
whatever the words, when each has three letters or more: an index expression joins single letters
(``w_{t-m}``, ``x_{i-1}``). Read as a difference of letter products they made a one-line loss an
expression in a dozen indices, and its check ran for minutes.

A subscript conditioned by a bar (``P_{t|t-1}``, ``\mu_{1|2}``, ``x_{k \mid k-1}``: Kalman filters, Gaussian
conditionals) names the estimate of one thing given another: a label too, the bar no conditional bar of a
probability (which stands between a function's brackets, never below a letter).
"""

from __future__ import annotations

import re

__all__ = ["ACRONYMS", "LABEL_WORDS", "conditioned_label", "is_hyphenated_label", "is_label_word"]

_HYPHENATED = re.compile(r"[A-Za-z]{3,}(?:-[A-Za-z]{3,})+")

LABEL_WORDS = frozenset({
    "prev", "next", "old", "new", "curr", "cur", "out", "hid", "hidden", "max", "min", "avg", "mean",
    "std", "true", "pred", "train", "test", "val", "init", "final", "tot", "total", "enc", "dec", "emb",
    "obs", "data", "model", "opt", "best", "ref", "tgt", "src", "target", "input", "output", "gate",
    "cell", "start", "end", "left", "right", "real", "fake", "gen", "mid", "mle", "map", "ols",
    "reg", "loss", "batch", "eff", "lin", "sgd", "adam", "query", "key", "value", "attn",
    "mse", "mae", "rmse", "bce", "nll", "elbo", "kld", "hinge", "huber",
})  # fmt: skip
#: the names of losses and divergences written in capitals below a letter (``D_{KL}``, ``L_{CE}``):
#: two capitals are an index pair elsewhere (``A_{IJ}``), so only these count, and only in capitals
ACRONYMS = frozenset({"KL", "CE", "JS", "TV", "MSE", "MAE", "RMSE", "BCE", "NLL", "ELBO", "KLD", "MLE", "MAP",
                      "OLS", "SGD", "GAN", "VAE", "NCE"})  # fmt: skip


def is_label_word(letters: str) -> bool:
    """Is ``letters`` (the subscript's letters, in order) one of the label words?"""
    return (len(letters) >= 3 and letters.lower() in LABEL_WORDS) or letters in ACRONYMS


def is_hyphenated_label(text: str) -> bool:
    """Is ``text`` (a subscript's letters and hyphens, in order) words of three letters or more joined
    by hyphens (``neg-sample``)?"""
    return _HYPHENATED.fullmatch(text) is not None


_BARS = frozenset({"|", "\\mid", "\\vert"})
_PART = re.compile(r"[A-Za-z0-9]+(?:[-+][A-Za-z0-9]+)*")


def conditioned_label(words: list[tuple[bool, str]]) -> str | None:
    """The label a subscript spells when it is two index expressions around one bar (``t|t-1``), else None.

    ``words``: the subscript's tokens in order, each (is a bar, its text: a letter, a digit run, a sign)."""
    bars = [k for k, (bar, _) in enumerate(words) if bar]
    if len(bars) != 1:
        return None
    head = "".join(v for _, v in words[: bars[0]])
    tail = "".join(v for _, v in words[bars[0] + 1 :])
    return f"{head}|{tail}" if _PART.fullmatch(head) and _PART.fullmatch(tail) else None
