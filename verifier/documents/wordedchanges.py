r"""A stated value the prose changes in words: after that sentence the old number is not the name's.

documents.stated reads "Take $w = 2$" as a value of the chains after it in its section; documents.renewednames ends
it where a sentence gives the name a new meaning ("Now let $w = 3$ instead", ``w \leftarrow w + 1``). Notes also say
a change in plain words: "After one update, $w$ becomes $3$", "Now double $w$", "the weight becomes 2.2", "Now set
the learning rate to 0.5". Read at the old value, a step right for the new one was FAILED, and one that holds at
the old one only was PROVED (sound48's leftover; sound49). This module owns that reading (:func:`changed`): a
sentence of the prose after the statement and before the chain that

* has a word of change (:data:`CHANGE`: becomes, update, set … to, change, flip, negate, double, halve, increase,
  decrease, reset, replace, shift, perturb, nudge, rescale, scale; sound50: multiply/divide … by, add … to, subtract
  … from, triple, square, increment, assign, move/converge/go/grow/fall … to, "after one (gradient) step", "after
  training", "is now"), and
* names the stated quantity: the name alone in inline math (``$w$``; sound48's reading), or — for a name without
  subscript — the words the statement calls it by ("Let the learning rate be $\eta = 0.1$": *learning rate*; the
  content words right before its formula) or the words conventional for its letter (*weight* for w, *bias* for b,
  *learning rate*/*step size* for η and α, *temperature* for T and τ, *momentum* for β, …) or its Greek name
  spelled out; an iterate ``w_0`` is not "the weight" of a later sentence,

ends the value for the chains after it (check._held): SKIPPED, never green at the old value, never FAILED at it.
A sentence that only varies the name in general ("As $w$ increases, the loss falls", "when $w$ grows") changes
nothing, nor does one that changes another quantity ("the loss decreases to 0.5"), nor a sentence after the chain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from verifier.documents.mathspans import DISPLAY
from verifier.documents.sentences import SPACE_AFTER

__all__ = ["CHANGE", "changed", "changed_in_words", "conventional_nouns"]

#: A word of change (sound48's list, and "set/change … to").
CHANGE = re.compile(r"\b(?:becomes?|became|updat\w*|flip\w*|negat\w*|doubl\w*|halv\w*|increas\w*|decreas\w*|"
                    r"reset\w*|replac\w*|chang\w*|shift\w*|perturb\w*|nudg\w*|rescal\w*|scal(?:e|es|ed|ing)\b|"
                    r"set(?:s|ting)?\s+\$[^$]*\$\s+to\b|(?:set|change)\s+(?:the\s+|our\s+|its\s+)?(?:[a-z]+\s+){1,3}to\b|"
                    # the quantity as the object of an operation on it (sound50): "multiply $w$ by 3", "add 1 to $w$",
                    # "triple $w$", "square $w$" (not "multiplying both sides by $w$": the name is the verb's object)
                    r"(?:multipl\w*|divid\w*)\s+(?:\$[^$]*\$|(?:the|our|its)\s+[a-z]+(?:\s+[a-z]+)?)\s+by\b|"
                    r"\badd(?:s|ed|ing)?\s+(?:[^.;$]|\.\d){1,20}\s+to\s+(?:the\s+)?(?:\$[^$]*\$|[a-z]+)|"
                    r"subtract\w*\s+(?:[^.;$]|\.\d){1,20}\s+from\b|"
                    r"tripl\w*|quadrupl\w*|increment\w*|decrement\w*|(?:re)?assign\w*|square[sd]?\s+(?:the\s+)?\$|"
                    r"\bsquare\s+(?:the\s+)?[a-z]+\s*[.;]|"
                    # a move to a value: "moves $w$ to 1.6", "converges to 3", "has grown to 5", "goes to 3"
                    r"\bmov(?:e|es|ed|ing)\b[^.;]*?\bto\b|converg\w*\s+to\b|\b(?:go|goes|went|gone|grow|grows|grew|grown|"
                    r"rise|rises|rose|risen|fall|falls|fell|fallen|drop|drops|dropped|jump|jumps|jumped)\s+to\b|"
                    # after an optimisation step: "After one gradient step, $w$ equals 1.6", "After training, …"
                    r"\bafter\s+(?:(?:one|a|an|the|\d+|two|three|a\s+few|several|many|another|each)\s+)?(?:more\s+)?"
                    r"(?:(?:gradient|SGD|descent|optimi[sz]ation|optimi[sz]er|training|Newton|Adam)\s+)?"
                    r"(?:steps?|iterations?|epochs?|updates?|rounds?|passes?|training)\b|"
                    r"\bis\s+now\b|\bnow\s+(?:is|equals)\b)",
                    re.I)  # fmt: skip
# the name varied in general, no new value: "as $w$ increases", "when $w$ grows" (no "to" or "by" after it)
_VARIATION = re.compile(r"\b(?:as|when|whenever|while|if)\s+\$[^$]+\$\s+"
                        r"(?:increas|decreas|grow|shrink|chang|vari|mov)\w*(?!\s+(?:to|by)\b)", re.I)  # fmt: skip
_INLINE = re.compile(r"(?<!\$)\$([^$]+)\$(?!\$)")
_WORD = re.compile(r"[A-Za-z]+")
# words that do not name a quantity: before a formula ("Let the … be $\eta = 0.1$"), or too general to name one
_FUNCTION = frozenset("""
    a an and are as at be by choose consider denote equal equals fix for from gives given has have here in is it its
    let now of on our pick say set so start suppose assume take that the then this to use value values we where with
    which initial initially start starting new current
""".split())  # fmt: skip
_CONVENTIONAL: dict[str, tuple[str, ...]] = {
    "w": ("weight", "slope", "coefficient"), "W": ("weight", "weight matrix"), "b": ("bias", "intercept", "offset"),
    "m": ("slope",), "eta": ("learning rate", "step size"), "alpha": ("learning rate", "step size"),
    "T": ("temperature",), "tau": ("temperature",), "beta": ("momentum",),
    "lambda": ("regularization strength", "regularisation strength", "regularization", "regularisation", "penalty",
               "weight decay"),
    "theta": ("parameter", "angle"), "gamma": ("discount",), "epsilon": ("perturbation",), "mu": ("mean",),
    "sigma": ("standard deviation", "noise level", "spread"), "h": ("step size",), "rho": ("decay rate",),
}  # fmt: skip
#: the nouns a model's input goes by, which documents.noisemodel reads beside the conventional ones (``as_input``); a
#: change in words reads the conventional ones only (as before the lists were kept together, tidy66)
_INPUT_NOUNS: dict[str, tuple[str, ...]] = {"x": ("input", "feature", "covariate", "regressor")}
_GREEK = frozenset("""alpha beta gamma delta epsilon varepsilon zeta eta theta iota kappa lambda mu nu xi rho sigma
    tau phi varphi chi psi omega""".split())  # fmt: skip


@dataclass(frozen=True)
class _Sentence:
    first: int  # its first and last lines (1-based)
    last: int
    start: int  # its offsets in the text
    text: str


def _plain(latex: str) -> str:
    return re.sub(r"[\s{}]", "", latex)


@lru_cache(maxsize=8)
def _changes(text: str) -> tuple[_Sentence, ...]:
    """Every sentence of the prose of ``text`` (displays out) with a word of change and no general variation."""
    prose = DISPLAY.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0))[:-1] + ".", text)
    out = []
    at = 0
    for end in [*(m.start() for m in SPACE_AFTER.finditer(prose)), len(prose)]:
        sentence = prose[at:end]
        if CHANGE.search(sentence) and not _VARIATION.search(sentence):
            lead = len(sentence) - len(sentence.lstrip())
            out.append(_Sentence(text.count("\n", 0, at + lead) + 1, text.count("\n", 0, end) + 1, at + lead,
                                 sentence.strip()))  # fmt: skip
        at = end
        while at < len(prose) and prose[at].isspace():
            at += 1
    return tuple(out)


@lru_cache(maxsize=8)
def _starts(text: str) -> tuple[int, ...]:
    """The offset of each line of ``text`` (1-based lines at ``[line - 1]``), and the text's length + 1 last."""
    out = [0]
    for row in text.split("\n"):
        out.append(out[-1] + len(row) + 1)
    return tuple(out)


def conventional_nouns(letter: str, as_input: bool = False) -> tuple[str, ...]:
    """The words conventional for ``letter`` (the parser's name: "w", "eta"): *weight* for w, *bias* for b, …; with
    ``as_input``, also those a model's input goes by (*input*, *feature* for x)."""
    return (*_CONVENTIONAL.get(letter, ()), *(_INPUT_NOUNS.get(letter, ()) if as_input else ()))


def _nouns(name: str, line: str) -> set[str]:
    """The words naming ``name`` (a name without subscript): those its statement on ``line`` puts right before its
    formula ("the learning rate $\\eta = 0.1$"), the conventional ones of its letter and its Greek name spelled."""
    letter = _plain(re.sub(r"\\(?:mathbf|boldsymbol|bm|vec)\s*", "", name)).lstrip("\\")
    out = set(_CONVENTIONAL.get(letter, ()))
    if letter in _GREEK:
        out.add(letter)
    m = re.search(r"\$[^$]*?" + re.escape(name.strip()) + r"\s*=", line)
    if m is not None:
        words = _WORD.findall(re.split(r"[.;:!?$]", line[: m.start()])[-1])
        while words and words[-1].lower() in _FUNCTION:
            words.pop()
        phrase: list[str] = []
        while words and words[-1].lower() not in _FUNCTION and len(phrase) < 3:
            phrase.insert(0, words.pop().lower())
        if phrase:
            out.add(" ".join(phrase))
    return out


def _names_it(sentence: str, name: str, nouns: set[str]) -> bool:
    """Does ``sentence`` write ``name`` alone in inline math, or (``nouns``) call it by a word naming it?"""
    plain = _plain(name)
    if any(_plain(m.group(1)) == plain for m in _INLINE.finditer(sentence)):
        return True
    words = " ".join(w.lower() for w in _WORD.findall(_INLINE.sub(" $ ", sentence)))
    return any(re.search(rf"\b{re.escape(n)}s?\b", words) for n in nouns)


def changed(name: str, stated: int, step: int, text: str) -> bool:
    """Does a sentence of ``text`` (the prose) after the statement of ``name`` on line ``stated``, starting before a
    chain on line ``step`` or on its line, change its value in words (module docstring)?"""
    if not 0 < stated < step:
        return False
    found = [s for s in _changes(text) if stated <= s.first <= step]  # on the step's line too: "…, so $2w = 4$"
    if not found:
        return False
    starts = _starts(text)
    if stated >= len(starts):
        return False
    own = text[starts[stated - 1] : starts[stated] - 1]
    nouns = _nouns(name, own) if "_" not in name and "^" not in name else set()
    statement = re.search(r"\$[^$]*?" + re.escape(name.strip()) + r"\s*=[^$]*\$", own)
    begin = starts[stated - 1] + (statement.end() if statement else len(own))
    return any(s.start >= begin and _names_it(s.text, name, nouns) for s in found)


def changed_in_words(name: str, stated: int, step: int, text: str) -> bool:
    """Does a sentence of ``text`` after the line ``stated`` and before the step on line ``step`` (its display) write
    ``name`` alone in inline math beside a word of change (sound48: a FAILED at the stated value kept SKIPPED)?"""
    lines = text.split("\n")
    if not 0 < stated < step <= len(lines):
        return False
    region = "\n".join([*lines[stated:step - 1], lines[step - 1].split("$$")[0]])
    plain = _plain(name)
    for sentence in SPACE_AFTER.split(region):
        if CHANGE.search(sentence) is None:
            continue
        if any(_plain(m.group(1)) == plain for m in re.finditer(r"(?<!\$)\$([^$]+)\$", sentence)):
            return True
    return False
