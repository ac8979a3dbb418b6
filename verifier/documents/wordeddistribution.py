r"""A distribution given in words, and a moment stated of it: "Suppose $X$ takes the values 1 and 4 with equal
probability, and we have $\mathbb{E}[X] = 3$" (redteam41; the mean is 2.5).

The stated moment was a given (documents.statedmoments): its own step SKIPPED "does not follow from linearity", and
``2\mathbb{E}[X] + 1 = 7`` after it PROVED under the wrong mean. The words say what X is, so the moment is a
computation the notes make, not a given.

This module owns reading that: :func:`worded_distributions` reads "$X$ takes (the) values $a$, $b$ (and $c$) with
equal probability" (or "with probability $p$ each", "with probabilities $p$ and $q$") — numbers only, the
probabilities summing to 1 — and :func:`on_worded_moments` judges a statement ``\mathbb{E}[X] = c`` (also
``\mathbb{E}[X^2]``, ``\operatorname{Var}(X)``) the notes write from that sentence to a few lines on (not past a
heading; the latest such sentence naming X):
PROVED where c is the moment (or, written with decimals, it rounded or cut to them), FAILED otherwise — and a
green step that rests on a FAILED one is SKIPPED by documents.premises, as for any statement whose own step does
not hold. Not judged (redteam43): a statement after words that condition X or change it — the distribution said
"under the prior" or "when $Z = 1$", then "Under the posterior $P(X = 4) = 0.8$, so …", "Conditioned on $X > 2$,
…", "After the flip, $X$ takes the values 2 and 5; …" — or after a formula writing X that is no moment of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import sympy as sp

from verifier.documents.members import _Chain
from verifier.documents.precision import agrees, written_decimals
from verifier.documents.records import CheckedChain
from verifier.documents.sentences import SENTENCE_END as _SENTENCE_END
from verifier.latex import LatexError
from verifier.results import Verdict

__all__ = ["on_worded_moments", "worded_distributions"]

_NUMBER = r"\$?\s*-?\d+(?:\.\d+)?\s*\$?"
_LIST = rf"{_NUMBER}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+){_NUMBER})+"
_WORDED = re.compile(
    rf"\$\s*(?P<name>[A-Za-z])\s*\$\s+takes\s+(?:the\s+|on\s+the\s+)?values?\s+(?P<values>{_LIST})\s*,?\s+"
    rf"(?:with\s+(?:equal\s+probability|equal\s+probabilities|probability\s+(?P<each>{_NUMBER})\s+each|"
    rf"probabilities\s+(?P<probs>{_LIST})(?!\s*(?:,|and\b|or\b)\s*\$?\s*-?\d))|"
    rf"each\s+with\s+probability\s+(?P<each2>{_NUMBER})|equally\s+likely)",
    re.IGNORECASE,
)
_MOMENT = re.compile(
    r"^\s*(?:(?P<e>\\mathbb\s*\{\s*E\s*\}|\\mathrm\s*\{\s*E\s*\}|\\operatorname\s*\{\s*E\s*\}|E)|"
    r"(?P<var>\\operatorname\s*\{\s*Var\s*\}|\\mathrm\s*\{\s*Var\s*\}|\\text\s*\{\s*Var\s*\}|\\mathbb\s*\{\s*V\s*\}|"
    r"\\mathrm\s*\{\s*var\s*\}|\\operatorname\s*\{\s*var\s*\}))"
    r"\s*(?:\\left\s*)?[\[(]\s*(?P<name>[A-Za-z])\s*(?P<square>\^\s*\{?\s*2\s*\}?)?\s*(?:\\right\s*)?[\])]\s*$"
)
#: words before the distribution in its sentence that say it holds in a case only ("Under the prior, $X$ takes …")
_CASE_BEFORE = re.compile(r"\b(?:under|given|when|whenever|conditional\w*|condition\w*|prior|posterior)\b",
                          re.IGNORECASE)
#: words between the distribution and the statement that condition X or change it (redteam43)
_CHANGED = re.compile(r"\b(?:under|given|when|whenever|if|unless|except|otherwise|conditional\w*|condition\w*|"
                      r"prior|posterior|after|now|instead|suppose|let|new|another|takes?|taking|becomes?)\b",
                      re.IGNORECASE)
_INLINE_MATH = re.compile(r"\$\$?([^$]+)\$\$?")
_HEADING = re.compile(r"\n\s*#|\\(?:sub)*section\*?\{")
_REACH = 4  # lines after the sentence a statement of the moment may stand on (its paragraph, a display after it)
_METHOD = "exact: the moment of the distribution the prose gives in words"


def _numbers(text: str) -> list[sp.Rational]:
    return [sp.Rational(n) for n in re.findall(r"-?\d+(?:\.\d+)?", text)]


def worded_distributions(text: str) -> list[tuple[str, tuple[sp.Rational, ...], tuple[sp.Rational, ...], int, int]]:
    """(name, values, probabilities, the sentence's line, the last line a statement of its moments may stand on: a
    few lines on, not past a heading) of every distribution the prose gives in words."""
    return [d[:5] for d in _distributions(text)]


def _distributions(text: str) -> list[tuple[str, tuple[sp.Rational, ...], tuple[sp.Rational, ...], int, int, int]]:
    """:func:`worded_distributions`, each with the offset in ``text`` where its words end."""
    out = []
    for m in _WORDED.finditer(text):
        values = _numbers(m.group("values"))
        if len(set(values)) != len(values):
            continue
        each = m.group("each") or m.group("each2")
        if m.group("probs"):
            probs = _numbers(m.group("probs"))
        elif each:
            probs = [sp.Rational(each.strip("$ "))] * len(values)
        else:
            probs = [sp.Rational(1, len(values))] * len(values)
        if len(probs) != len(values) or sum(probs) != 1 or any(p < 0 for p in probs):
            continue
        line = text.count("\n", 0, m.start()) + 1
        end = _HEADING.search(text, m.end())
        last = min(text.count("\n", 0, end.start()) + 1 if end else line + _REACH, line + _REACH)
        if _CASE_BEFORE.search(_SENTENCE_END.split(text[: m.start()])[-1]):
            continue  # "Under the prior, $X$ takes …": a case of X, not X
        out.append((m.group("name"), tuple(values), tuple(probs), line, last, m.end()))
    return out


def _unchanged(text: str, after: int, line: int, name: str) -> bool:
    """Does the text from offset ``after`` to the end of (1-based) ``line`` leave ``name`` as the words gave it: no
    word conditioning or changing it, no formula writing it that is no moment of it (module docstring)?"""
    starts = [0] + [k + 1 for k, ch in enumerate(text) if ch == "\n"]
    end = starts[line] - 1 if line < len(starts) else len(text)
    between = text[after:end]
    for m in _INLINE_MATH.finditer(between):
        left = m.group(1).split("=")[0]
        if re.search(rf"(?<![A-Za-z\\]){name}(?![A-Za-z])", m.group(1)) and not _MOMENT.match(left):
            return False  # "$P(X = 4) = 0.8$", "$X > 2$"
    return _CHANGED.search(_INLINE_MATH.sub(" ", between)) is None


def _moment(latex: str, name: str, values: Sequence[sp.Rational], probs: Sequence[sp.Rational]) -> sp.Rational | None:
    m = _MOMENT.match(latex)
    if m is None or m.group("name") != name:
        return None
    mean = sum(p * v for v, p in zip(values, probs, strict=True))
    second = sum(p * v**2 for v, p in zip(values, probs, strict=True))
    if m.group("var"):
        return None if m.group("square") else second - mean**2
    return second if m.group("square") else mean


def on_worded_moments(chains: Sequence[_Chain], checked: list[CheckedChain], text: str,
                      parse: Callable[[str], sp.Basic]) -> list[CheckedChain]:  # fmt: skip
    """``checked`` with each statement of a moment of a distribution given in words (module docstring) judged."""
    worded = _distributions(text)
    if not worded or len(chains) != len(checked):
        return checked
    out = list(checked)
    for k, (chain, c) in enumerate(zip(chains, checked, strict=True)):
        if not isinstance(c, CheckedChain) or len(chain.members) != 2 or len(c.result.steps) != 1:
            continue
        for name, values, probs, line, last, after in reversed(worded):  # the latest one before the statement
            if not line <= chain.line <= last:
                continue
            if not _unchanged(text, after, chain.line, name):
                break
            moment = _moment(chain.members[0].latex, name, values, probs)
            if moment is None:
                continue
            try:
                said = parse(chain.members[1].latex)
            except LatexError:
                continue
            if not isinstance(said, sp.Expr) or not said.is_number:
                continue
            places = written_decimals(chain.members[1].latex)
            right = sp.simplify(said - moment) == 0 or (
                len(places) == 1 and agrees(float(moment), float(said), places[0]))
            words = (f"${name}$ takes {', '.join(map(str, values))} with probabilities {', '.join(map(str, probs))} "
                     f"(line {line}), so this moment is {moment} ({float(moment):.6g})")  # fmt: skip
            step = c.result.steps[0]
            verdict = Verdict.PROVED if right else Verdict.FAILED
            message = words if right else f"{words}, not {chain.members[1].latex.strip()}"
            out[k] = c.with_steps([replace(step, verdict=verdict, counterexample=None, method=_METHOD,
                                           message=message)])  # fmt: skip
            break
    return out
