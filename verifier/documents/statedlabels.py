r"""A subscripted name the notes give a number beside its bare name given another: a label, not an index.

Schedules and budgets name a part of a quantity by a letter subscript: warmup steps ``T_w`` beside the total
``T``, an initial count ``N_s`` beside ``N``. The parser reads ``T_w`` as entry w of a family T, and shape
inference then made T a vector ("written with a subscript (T_w)"): ``\eta(600)`` of a schedule over
``T - T_w`` was a 3×1 vector, the right worked value FAILED for shapes and a lost factor in its slope was
PROVED with the vectors read as scalars (fresh61's warmup note). When the notes state ``T = 1100`` and
``T_w = 100``, T is a number, which has no entries: ``T_w`` is one name, labelled by w.

:func:`stated_labels` owns that test, on the notes' text: (name, letter) where the notes write
``name_letter = <number>`` and ``name = <number>`` (a one-letter or Greek name, a one-letter subscript), the
letter is no index of the notes (summed, given a range: :func:`verifier.documents.ownsubscripts.an_index`)
and is not itself given a number (``x_k`` with ``k = 2`` is an entry). A name's one-letter subscripts are labels
together or not at all (lead59: ``u_z`` a label beside ``u_r`` an entry read u two ways). The reader relabels such
names as it does the labels of :mod:`verifier.documents.labelled`.
"""

from __future__ import annotations

import re

from verifier.documents.ownsubscripts import an_index
from verifier.latex.vocabulary import GREEK_ALTERNATION

__all__ = ["stated_labels"]

_NUMBER = r"\s*=\s*-?\s*\d"
_NAME = r"(?P<name>(?<![\\A-Za-z_{])[A-Za-z]|\\(?:" + GREEK_ALTERNATION + r"))(?![A-Za-z])"
_SUBSCRIPTED = re.compile(_NAME + r"\s*_\s*(?:\{\s*(?P<a>[a-z])\s*\}|(?P<b>[a-z])(?![A-Za-z]))" + _NUMBER)


def _stated(name: str, text: str) -> bool:
    """Do the notes give the bare ``name`` a number (``T = 1100``)?"""
    return re.search(r"(?<![\\A-Za-z_{])" + re.escape(name) + r"(?![A-Za-z_^'])" + _NUMBER, text) is not None


def _shifted(name: str, letter: str, text: str) -> bool:
    """Do the notes write ``name`` with a subscript that holds ``letter`` in more (``T_{w+1}``, ``x_{k-1}``):
    then the letter runs over entries of ``name``."""
    return re.search(re.escape(name) + r"\s*_\s*\{(?!\s*" + letter + r"\s*\})[^{}]*(?<![A-Za-z\\])" + letter
                     + r"(?![A-Za-z])", text) is not None


def stated_labels(text: str) -> set[tuple[str, str]]:
    r"""(name, letter) of each ``name_letter`` the notes give a number beside a number for the bare name
    (``("T", "w")`` for ``$T_w = 100$`` and ``$T = 1100$``); see the module's docstring."""
    out: set[tuple[str, str]] = set()
    for m in _SUBSCRIPTED.finditer(text):
        name, letter = m.group("name"), m.group("a") or m.group("b")
        if name.lstrip("\\") == letter or (name.lstrip("\\"), letter) in out:
            continue
        if _stated(name, text) and not _stated(letter, text) and not an_index(text, letter) \
                and not _shifted(name, letter, text):
            out.add((name.lstrip("\\"), letter))
    # a family is labelled whole or not at all (lead59): u_z a label beside u_r an entry r of a vector u read the
    # same name two ways, and a right derivative through both FAILED
    return {(name, letter) for name, letter in out if _siblings(name, text) <= {b for a, b in out if a == name}}


def _siblings(name: str, text: str) -> set[str]:
    """The one-letter subscripts the notes write ``name`` with (``u_z``, ``u_{r}``)."""
    pattern = r"(?<![\\A-Za-z_{])\\?" + re.escape(name) + r"\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z])(?![A-Za-z]))"
    return {a or b for a, b in re.findall(pattern, text)}
