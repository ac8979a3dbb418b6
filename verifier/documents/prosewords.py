r"""The words the readings of the prose key on, as notes written in other languages than English write them.

Readings take evidence from the words right before a formula: "Let $\sigma(z) = …$" defines, "where $x_0 = 1$"
and "with $p = 0.5$" state a condition, "For $p = 0.5$ and $q = 0.25$" gives the display after it its values.
Course notes in German, French, Spanish, Portuguese or Chinese write "Sei", "Soit", "Sea", "Seja", "设" there,
"wobei", "où", "donde", "onde", "其中", "mit", "avec", "con", "com", "Für", "Pour", "Para" (fresh62: a German
definition of a sigmoid of the other sign was checked as a claim and FAILED; the worked value after "Für $p = 0.5$
und $q = 0.25$" was SKIPPED where an English "For" gave it its values). This module owns the one table of those
words; a reading that keys on an English word adds :func:`other_languages` of it to its pattern, so a word or a
language is added here once and every such reading has it.

Only words that mean the English word wherever they stand before a formula are listed (the Portuguese "se", "if",
is also the Spanish "se tiene", "one has", which introduces a claim: it is left out). The alternatives are written
for a pattern that is case-insensitive; a space inside a phrase matches any white space.
"""

from __future__ import annotations

__all__ = ["OTHER_LANGUAGES", "WORD_START", "other_languages"]

#: before one of these words: no letter and no apostrophe (the "mit" of "Damit", "so", is none; nor the "où", "where",
#: of the French "d'où", "hence", which introduces a consequence, never a condition)
WORD_START = r"(?<![A-Za-zÀ-ÿ'’])"

#: per English word a reading keys on, the words German, French, Spanish, Portuguese and Chinese notes write for it
OTHER_LANGUAGES: dict[str, tuple[str, ...]] = {
    "let": ("sei", "seien", "soit", "soient", "sea", "sean", "seja", "sejam", "设", "令", "记"),
    "where": ("wobei", "wo", "où", "donde", "onde", "其中"),
    "with": ("mit", "avec", "con", "com"),
    "if": ("falls", "si", "若", "如果"),
    "when": ("wenn", "quand", "lorsque", "cuando", "quando", "当"),
    "suppose": ("angenommen", "supposons", "supongamos", "suponha", "suponhamos", "假设", "假定"),
    "given": ("gegeben", "étant donné", "étant donnés", "dado", "dada", "dados", "dadas", "给定"),
    "such that": ("sodass", "so dass", "tel que", "telle que", "tels que", "tal que", "tales que", "使得"),
    "for": ("für", "pour", "para", "对于"),
    "at": ("bei", "en", "em", "在"),
    "taking": ("nehmen wir", "en prenant", "prenant", "tomando", "取"),
    "and": ("und", "et", "y", "e", "和", "且"),
    # a sentence saying what would happen or giving an example (sentences.COUNTERFACTUAL): the conditional's
    # auxiliaries only (the Spanish and Portuguese ending -ría is also teoría's, geometria's; "fuera de(l)" is
    # "outside (of)": review62)
    "would": ("würde", "würden", "wäre", "wären", "hätte", "hätten", "serait", "seraient", "aurait", "auraient",
              "sería", "serían", "habría", "habrían", r"fuera(?!\s+del?(?![A-Za-zÀ-ÿ]))", "fuese", "seria",
              "seriam", "teria", "teriam", "fosse", "假如"),
    "for example": ("zum beispiel", r"z\.\s*b\.", "beispielsweise", "par exemple", "por ejemplo", r"p\.\s*ej\.",
                    "por exemplo", r"p\.\s*ex\.", "例如", "比如", "譬如"),
}


def other_languages(*english: str) -> str:
    r"""A pattern alternation (no group, no anchors) of the other languages' words for the English ``english``
    words (keys of :data:`OTHER_LANGUAGES`), a space inside a phrase written ``\s+``."""
    words = [w for e in english for w in OTHER_LANGUAGES[e]]
    return "|".join(w.replace(" ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))
