r"""A capital letter written only as a subscript is a label, not an index: ``R_A``, ``E_B`` (gaps37; fresh25 left it).

Notes name the players, the parties, the models of a comparison by capital letters and write their quantities
with them as subscripts: Elo's ratings ``R_A``, ``R_B`` and expected scores ``E_A``, ``E_B``, the scores ``S_A``.
Read as written, ``R_A`` is entry A of a vector R, A an index drawn from 1 … n; "With $R_A = 1600$ and $R_B = 1400$"
then states two entries, and ``R_A - R_B = 200`` was SKIPPED "the index A, B is free on one side only" (A and B
may be the same entry). A reader takes A for the name of a player, so ``R_A`` for one number.

This module owns that test (:func:`capital_labels`, on the notes' text): a capital letter is a label when, in all
the notes' math, it is written only as the whole subscript of a name (``R_A``, ``R_{A}``, ``R_A'``) or as a whole
formula of its own (the mention "$A$ against $B$") — never in an expression, a bound, a range or a size
(``x_N`` beside ``\sum_{n=1}^{N}``, ``h_{T-1}``: N and T are sizes, indices) — and every name it subscripts is
subscripted by such letters only (``x_1, \dots, x_N``: x is a family, N its last index). The reader writes each
labelled name as one name (:func:`verifier.documents.labelled.relabel`, as for ``J_\lambda``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from verifier.documents.mathspans import formulas

__all__ = ["capital_labels"]

# a name is a letter or a Greek letter's command: ``\rangle_W``, ``\nabla_W``, ``\sum_K``, ``\max_A`` subscript an
# operator or a delimiter, whose capital is a weight, a variable or a set — never a label of a quantity
_GREEK = (
    "alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|pi|varpi|rho|"
    "varrho|sigma|varsigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Upsilon|Phi|"
    "Psi|Omega|ell"
)
_NAME = r"(?:\\(?:" + _GREEK + r")(?![A-Za-z])|(?<![\\A-Za-z])[A-Za-z])"
# a name with a subscript: the name, then the subscript as written (a brace group, a command, one character)
_SUBSCRIPTED = re.compile(r"(?P<name>" + _NAME + r")\s*\}?\s*_\s*(?P<sub>\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z0-9])")
_CAPITAL = re.compile(r"\{?\s*([A-Z])\s*\}?")
# letters that are no label however written: the transpose and the common constants and sets
_NEVER = frozenset("TIEPNKMDL")


def _formulas(text: str) -> list[str]:
    return [formula.body for formula in formulas(text)]


def capital_labels(text: str) -> set[tuple[str, str]]:
    """(name, letter) of each name the notes subscript with a capital letter that labels it (module docstring):
    ``{("R", "A"), ("R", "B"), ("E", "A"), …}`` for Elo's notes."""
    formulas = _formulas(text)
    subs_of: dict[str, set[str]] = defaultdict(set)
    names_of: dict[str, set[str]] = defaultdict(set)
    for formula in formulas:
        for m in _SUBSCRIPTED.finditer(formula):
            name = m.group("name").lstrip("\\")
            capital = _CAPITAL.fullmatch(m.group("sub"))
            sub = capital.group(1) if capital else m.group("sub")
            subs_of[name].add(sub)
            if capital:
                names_of[sub].add(name)
    out: set[tuple[str, str]] = set()
    for letter, names in names_of.items():
        if letter in _NEVER or not _only_subscripts(letter, formulas):
            continue
        if all(all(s in names_of and s not in _NEVER and _CAPITAL.fullmatch(s) for s in subs_of[n]) for n in names):
            out |= {(n, letter) for n in names}
    return out


def _only_subscripts(letter: str, formulas: list[str]) -> bool:
    """Is ``letter`` written, in every formula, only as a whole subscript or as the whole formula?"""
    alone = re.compile(r"(?<![\\A-Za-z])" + letter + r"(?![A-Za-z])")
    sub = re.compile(r"_\s*(?:\{\s*" + letter + r"\s*\}|" + letter + r"(?![A-Za-z]))")
    for formula in formulas:
        if formula.strip() == letter:
            continue
        rest = sub.sub(" ", formula)
        rest = re.sub(r"\\(?:text|mathrm|operatorname|textrm|mathit)\s*\{[^{}]*\}", " ", rest)
        if alone.search(rest):
            return False
    return True
