r"""Independence the prose states of named random variables: "$X$ and $Y$ are independent".

Under the linear-functional reading of 𝔼 (documents.expectation), ``\mathbb{E}[XY] = \mathbb{E}[X]\mathbb{E}[Y]``
is SKIPPED "does not follow from linearity of expectation alone: it also needs facts about 𝔼[X·Y]" — the fact the
notes stated in words — and since redteam39 (documents.premises, lemmas) a lemma nothing checked is no evidence, so
the steps that use it are SKIPPED too. This module owns the reading of those words: a pair of plain names the
prose of the chain's section calls independent before the chain gives the chain (one that writes an expectation and
reaches both names) the hypothesis ``\mathbb{E}[X Y] = \mathbb{E}[X] \mathbb{E}[Y]``, reported "stated at line N",
as a stated moment is (documents.statedmoments). What follows from it by linearity — the product of the centred
variables, so Cov(X, Y) = 0 and Var(X + Y) = Var X + Var Y where the chain writes them out with 𝔼 — is then checked;
a wrong ``\mathbb{E}[XY] = 2\mathbb{E}[X]\mathbb{E}[Y]`` FAILS under it.

Read: "$X$ and $Y$ are independent", "$X$, $Y$ and $Z$ are (mutually) independent" (each pair), "independent
$X$ and $Y$", "$X$ is independent of $Y$", "$X, Y$ are i.i.d.", "$X \perp Y$" (``\perp``, ``\perp\!\!\!\perp``,
``\indep``). Not read: a sentence that denies or only supposes it ("not independent", "if $X$ and $Y$ were
independent", "unless"), independence given a third variable ("conditionally independent given $W$",
redteam41: it says nothing of the unconditional 𝔼[XY]), families by an index ("$X_1, \dots, X_n$ i.i.d.":
𝔼[X_i X_j] holds for i ≠ j only), a statement in another section, and names the chain reads as vectors or
matrices (only scalars: ``scalar``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from verifier.documents.context import Key
from verifier.documents.distributions import STATED
from verifier.documents.sentences import DOLLAR_SPAN
from verifier.documents.sizeorder import section_of

__all__ = ["independence_hypotheses", "independent_pairs"]

_ONE = r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?(?:\\[A-Za-z]+|[A-Za-z])\s*\}?"
# "$X$ and $Y$", "$X$, $Y$ and $Z$", "$X, Y$", "$X$ and the signal $Y$" (two words at most before a later name)
_LIST = (r"\$\s*" + _ONE + r"(?:\s*,\s*" + _ONE + r")*\s*\$(?:\s*(?:,|,?\s*and)\s*(?:[A-Za-z-]+\s+){0,2}\$\s*"
         + _ONE + r"(?:\s*,\s*" + _ONE + r")*\s*\$)*")
_WORDS = r"(?:mutually\s+|pairwise\s+|statistically\s+)?(?:independent|i\.\s?i\.\s?d\.?|iid)"
_PATTERNS = (
    # "$X$ and $Y$ are independent", "$X, Y$ are i.i.d.", "$X$ is independent of $Y$"
    re.compile(r"(?P<list>" + _LIST + r")\s+(?:are|is|be|were)\s+" + _WORDS
               + r"(?:\s+(?:of|from)\s+(?P<other>" + _LIST + r"))?", re.IGNORECASE),
    # "independent $X$ and $Y$", "independent draws $X$ and $Y$"
    re.compile(r"(?<![A-Za-z])" + _WORDS + r"\s+(?:(?:random\s+)?(?:variables?|draws?|samples?|copies)\s+)?"
               r"(?P<list>" + _LIST + r")", re.IGNORECASE),
    # "$X \perp Y$"
    re.compile(r"\$\s*(?P<a>" + _ONE + r")\s*\\(?:perp(?:\s*\\!)*\s*(?:\\perp)?|indep)\s*(?P<b>" + _ONE + r")\s*\$"),
)
# "conditionally independent given $W$" says nothing of 𝔼[UV] (redteam41)
_DENIED = re.compile(r"\b(?:not|never|no|neither|nor|unless|if|suppose|were|dependent|correlated|need|"
                     r"conditional(?:ly)?)\b|n't\b"
                     # conditioned in other words (redteam42): "once we condition on $W$", "given the label",
                     # "within each class $c$", "per class"
                     r"|\bcondition(?:ed|ing|s)?\s+on\b|\bgiven\s+(?:the|a|an|each|its|their|that)\b"
                     r"|\b(?:within|in|for)\s+(?:each|every|a\s+given|any\s+given)\s+(?:class|group|cluster|"
                     r"component|state|label)\b|\bper[\s-](?:class|group|cluster|label)\b", re.IGNORECASE)
_GIVEN = re.compile(r"\bgiven\b[^$]*\$([^$]*)\$", re.IGNORECASE)


def _given_another(sentence: str, a: str, b: str) -> bool:
    """Is the pair independent given a third name ("Given the label $W$, $U$ and $V$ are independent", "… given
    $W$")? "Given $U$ and $V$ independent" (given as "assuming") names the pair itself."""
    return any(not ({a, b} & {n.strip() for n in m.group(1).split(",")}) for m in _GIVEN.finditer(sentence))
_SENTENCE = re.compile(r"[.!?;](?:\s|$)|\n\s*\n")


def _names(math: str) -> list[str]:
    """The plain names of a run of ``$…$`` lists (``$X$, $Y$ and $Z$``, ``$X, Y$``), as written."""
    out = []
    for inner in re.findall(r"\$([^$]*)\$", math):
        out += [n.strip() for n in inner.split(",")]
    return [n for n in out if n and re.fullmatch(_ONE, n) and not re.fullmatch(r"\\(?:dots|ldots|cdots)", n)]


def _sentence(text: str, at: int) -> str:
    starts = [m.end() for m in _SENTENCE.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    end = _SENTENCE.search(text, at)
    return text[start : end.start() if end else len(text)]


def independent_pairs(text: str) -> list[tuple[int, str, str]]:
    """Each pair of names ``text`` states independent, with the 1-based line of the statement."""
    out = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if _DENIED.search(DOLLAR_SPAN.sub(" ", _sentence(text, m.start()))):
                continue
            line = text.count("\n", 0, m.start()) + 1
            groups = m.groupdict()
            if groups.get("a"):
                names = [groups["a"].strip(), groups["b"].strip()]
                pairs = [(names[0], names[1])]
            elif groups.get("other"):
                pairs = [(a, b) for a in _names(groups["list"]) for b in _names(groups["other"])]
            else:
                pairs = list(itertools.combinations(_names(groups["list"]), 2))
            sentence = _sentence(text, m.start())
            out += [(line, a, b) for a, b in pairs if a != b and not _given_another(sentence, a, b)]
    return out


def independence_hypotheses(
    text: str, line: int, names: set[str], writes_expectation: bool,
    key_of: Callable[[str], Key | None], scalar: Callable[[Key], bool],
) -> list[tuple[str, str]]:
    r"""The hypotheses ``\mathbb{E}[X Y] = \mathbb{E}[X] \mathbb{E}[Y]`` for a chain at ``line`` that writes an
    expectation and reaches ``names``: each pair the notes ``text`` state independent before it, in a section
    holding it, both scalars there."""
    if not writes_expectation:
        return []
    lines = text.split("\n")
    out: dict[tuple[Key, Key], tuple[str, str]] = {}
    for at, a, b in independent_pairs(text):
        ka, kb = key_of(a), key_of(b)
        if at >= line or ka is None or kb is None or ka[1] or kb[1]:
            continue
        if not (s := section_of(lines, at))[0] <= line <= s[1]:
            continue  # another section's variables
        if ka[0] in names and kb[0] in names and scalar(ka) and scalar(kb):
            out[(ka, kb)] = (rf"\mathbb{{E}}[{a} \, {b}] = \mathbb{{E}}[{a}] \, \mathbb{{E}}[{b}]",
                             f"{STATED} {at}: {a} and {b} independent")
    return list(out.values())
