r"""Functions the prose names: ``where $g(z)$ is the logistic function``.

Notes often say in words which known function a letter stands for instead of writing its formula:
``where $g(z)$ is the logistic function``, ``$\phi$ denotes the sigmoid function``, ``the softmax
function $s$``. A reader then reads ``g'(z) = g(z)(1 - g(z))`` as a claim about the logistic
function, checkable, where the tool would otherwise see an undefined g (SKIPPED). This module
finds such sentences and gives, for each, the definition ``g := logistic`` the sentence states, at
its line: like a definition the notes write, it holds from there until the notes define the letter
anew (a later problem's ``g(z) = f(Az)``), and a context's declaration wins over it.

Only the functions of the one registry (:mod:`verifier.documents.functions`) the words name
unambiguously are read: logistic/sigmoid and softmax."""

from __future__ import annotations

import re

from verifier.documents.context import Definition, key_of
from verifier.latex import LatexError, parse_latex

__all__ = ["prose_functions"]

_KNOWN = {"logistic": "logistic", "sigmoid": "logistic", "softmax": "softmax"}
_NAME = r"(\\[A-Za-z]+|[A-Za-z])"
_ARGS = r"(?:\s*(?:\\left)?\(\s*[^()$]*\s*(?:\\right)?\))?"
# "$g(z)$ is the logistic function", "$\phi$ denotes the sigmoid", "$s$ be the softmax function"
_NAME_FIRST = re.compile(
    rf"\$\s*{_NAME}{_ARGS}\s*\$\s*,?\s*(?:is|denotes|be|means|stands\s+for)\s+(?:the|a)\s+"
    r"(logistic|sigmoid|softmax)(?:\s+(?:function|activation|map)\b|(?=\s*(?:[.,;:)]|$)))",
    re.I,
)
# "the logistic function $g$", "the sigmoid function $\sigma(z)$," (nothing after the name in its formula)
_WORDS_FIRST = re.compile(
    rf"\bthe\s+(logistic|sigmoid|softmax)\s+(?:function|activation)\s*,?\s*\$\s*{_NAME}{_ARGS}\s*\$",
    re.I,
)


def _key(name: str) -> tuple[str, tuple[str, ...]] | None:
    try:
        return key_of(parse_latex(name, functions=frozenset()))
    except LatexError:
        return None


def prose_functions(text: str) -> list[Definition]:
    """``name := logistic`` (or softmax) for each sentence of ``text`` that says so, at its line."""
    out: list[Definition] = []
    for pattern, name_group, word_group in ((_NAME_FIRST, 1, 2), (_WORDS_FIRST, 2, 1)):
        for m in pattern.finditer(text):
            key = _key(m.group(name_group))
            if key is None or key[1]:
                continue
            line = text.count("\n", 0, m.start()) + 1
            out.append(Definition(key, "", (), (), _KNOWN[m.group(word_group).lower()], True, line))
    return out
