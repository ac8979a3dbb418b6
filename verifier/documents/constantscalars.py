r"""Names the prose states are numbers by calling them constants: "$C > 0$ is a constant", "a positive constant $c$".

A capital the notes do not annotate is read as a real scalar, and a green step resting on that is doubted
(:mod:`verifier.documents.weights`: a capital times a name is how notes write a matrix times a vector). "Let $C
> 0$ be a constant" says what C is, yet ``\frac{d}{dt}(C t^2) = 2Ct`` was SKIPPED "nothing in the notes gives a
shape". "Constant" alone says only that a name does not vary ("$A$ is a constant" beside ``Ax``: a constant
matrix), so the evidence read here is "constant" together with what only a number has: an order against zero in
the name's own math (``$C > 0$``, ``$c \geq 0$``) or the words positive, negative, nonnegative, real or scalar
("a positive constant $C$", "$\alpha$ is a real constant").

Such a statement is the notes' for one part: it holds from its line in the same part and in the parts its setup
encloses (:func:`verifier.documents.partscope.relation`), not in a sibling section — gaps20 tried it
document-wide, and a constant said in one section changed another's verdicts. :func:`constant_sites` finds the
statements (annotations adds them as the scalar role "constant"); :func:`ended_constants` says where the role
does not reach (the reader drops it there).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence

from verifier.documents.context import Key
from verifier.documents.partscope import OTHER, relation

__all__ = ["CONSTANT", "constant_sites", "ended_constants"]

CONSTANT = "constant"

_NAME = r"\\?[A-Za-z]+(?:\s*_\s*(?:\{[A-Za-z0-9]{1,4}\}|[A-Za-z0-9]))?"
_ORDER = r"(?:>|<|\\gt|\\lt|\\geq?|\\leq?|\\geqslant|\\leqslant|\\ge|\\le)\s*0"
_NUMBERLIKE = r"(?:positive|negative|non-?negative|non-?positive|real|scalar)"
_NOT_ARRAY = r"(?!\s*(?:-\s*)?(?:vectors?|matri(?:x|ces)|tensors?|functions?|maps?)\b)"
# "$C > 0$ is a constant", "$C > 0$ be some fixed constant", "$c$ is a positive constant"
_AFTER = re.compile(
    rf"\$\s*(?P<name>{_NAME})\s*(?P<order>{_ORDER}\s*)?\$\s*(?:,\s*)?(?:is|be|denotes|being)\s+(?:a|an|some|any)\s+"
    rf"(?P<words>(?:(?:small|large|fixed|given|strictly|{_NUMBERLIKE})\s+){{0,3}})constant\b{_NOT_ARRAY}",
    re.IGNORECASE,
)
# "a positive constant $C$", "some constant $C > 0$", "a scalar constant $\lambda$"
_BEFORE = re.compile(
    rf"\b(?P<words>(?:(?:small|large|fixed|given|strictly|{_NUMBERLIKE})\s+){{0,3}})constants?\s+"
    rf"\$\s*(?P<name>{_NAME})\s*(?P<order>{_ORDER}\s*)?\$",
    re.IGNORECASE,
)
_NUMBER_WORD = re.compile(rf"\b{_NUMBERLIKE}\b", re.IGNORECASE)


def constant_sites(text: str, key_of_text: Callable[[str], Key | None]) -> dict[Key, tuple[int, ...]]:
    """The names ``text`` states are numeric constants, each with the lines (1-based) of the statements."""
    out: dict[Key, set[int]] = {}
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(text):
            if not (m.group("order") or _NUMBER_WORD.search(m.group("words") or "")):
                continue  # "$A$ is a constant": constant, not a number
            key = key_of_text(m.group("name"))
            if key is not None:
                out.setdefault(key, set()).add(text.count("\n", 0, m.start("name")) + 1)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@functools.lru_cache(maxsize=32)
def _cached_sites(text: str, key_of_text: Callable[[str], Key | None]) -> dict[Key, tuple[int, ...]]:
    return constant_sites(text, key_of_text)


def ended_constants(text: str, lines: Sequence[str], roles: Mapping[Key, str], line: int,
                    key_of_text: Callable[[str], Key | None]) -> set[Key]:
    """The names whose role is :data:`CONSTANT` that no statement reaches at ``line``: every statement is
    after it, or in another part (partscope's OTHER)."""
    sites = _cached_sites(text, key_of_text)
    return {k for k, role in roles.items() if role == CONSTANT
            and not any(at <= line and relation(lines, at, line) != OTHER for at in sites.get(k, ()))}
