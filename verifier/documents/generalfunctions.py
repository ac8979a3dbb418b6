r"""A function the notes define, then make general: "Let $g(x) = x^2$ …  Now let $g$ be any differentiable function".

Notes work an example with a concrete function and then redo the derivation for a general one. The
definition ``g(x) = x^2`` was the latest of g for every line after it, so in the general section a step that
holds only for g(x) = x² (``\frac{d}{dx} g(x)^2 = 4x\,g(x)``) was PROVED.

This module owns that reading: :func:`generalised` finds where the prose makes a name an arbitrary function
("let $g$ be any/an arbitrary/a general (differentiable) function", "let $g$ be arbitrary", "for a general
$g$", "for any function $g$", "$g$ is now arbitrary"); :func:`set_aside_generalised` drops the notes' earlier
definition of that name from the scope of every line after it, so g is an unknown function there (a step that
says what it is is SKIPPED, documents.generic); a function the checker knows by its name (σ the sigmoid, tanh) is
an arbitrary function there too. A definition written after the sentence holds again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verifier.documents.context import Definition, Scope, VarDecl, display_key
from verifier.documents.functions import FUNCTIONS
from verifier.documents.sentences import MATH_SPAN

__all__ = ["general_just_before", "generalised", "set_aside_generalised"]

# the name as the prose writes it: $g$, $g(x)$, $g(\cdot)$, $\phi$
_NAME = r"\$\s*(\\?[A-Za-z]+)\s*(?:\([^$()]*\))?\s*\$"
_GENERAL = r"(?:any|arbitrary|general|generic)"
_FORMS = [
    # "let $g$ be any differentiable function", "let $g$ now be arbitrary", "let $g$ be a smooth function"
    # (not "let $f$ be the function defined above": that one)
    re.compile(rf"\blet\s+{_NAME}\s+(?:now\s+)?be\s+(?:(?:an?\s+)?{_GENERAL}\b|an?\s+(?:[\w-]+\s+){{0,2}}"
               rf"(?:functions?|activations?)\b)", re.IGNORECASE),
    # "for a general $g$", "with an arbitrary (smooth) $g$" (not "for any $x$": a variable's quantifier)
    re.compile(rf"\b(?:for|with|take|consider)\s+(?:an?\s+)?(?:arbitrary|general|generic)\s+(?:[\w-]+\s+){{0,2}}"
               rf"{_NAME}", re.IGNORECASE),
    # "for any (differentiable) function $g$"
    re.compile(rf"\b(?:for|with|take|consider)\s+any\s+(?:[\w-]+\s+){{0,2}}functions?\s+{_NAME}", re.IGNORECASE),
    # "$g$ is (now) arbitrary", "$g$ is any function"
    re.compile(rf"{_NAME}\s+is\s+(?:now\s+)?(?:an?\s+)?{_GENERAL}\b", re.IGNORECASE),
]


_FUNCTION_WORD = re.compile(r"\b(?:functions?|activations?|non-?linearity|non-?linearities)\b", re.IGNORECASE)
# "let $\sigma$ be a logistic sigmoid function": the words name the known function, they do not make it arbitrary
_NAMED_KIND = re.compile(r"\b(?:logistic|sigmoid(?:al)?|tanh|hyperbolic|softmax|soft-?plus|relu|rectifier|rectified)\b",
                         re.IGNORECASE)


def generalised(text: str) -> dict[str, list[int]]:
    """Each name the prose of ``text`` makes an arbitrary function, with the 1-based lines that say so."""
    out: dict[str, set[int]] = {}
    for form in _FORMS:
        for m in form.finditer(text):
            name = m.group(1).lstrip("\\")
            if name in FUNCTIONS and _NAMED_KIND.search(m.group(0)) and not re.search(rf"\b{_GENERAL}\b", m.group(0)):
                continue  # σ named as the sigmoid it is ("any sigmoid function", or a notes' g, still made arbitrary)
            if name in FUNCTIONS and not _FUNCTION_WORD.search(text[m.start() : m.end() + 40]):
                continue  # "for a general $\sigma$": a spread, maybe; σ is made a function only in words
            out.setdefault(name, set()).add(text.count("\n", 0, m.start()) + 1)
    return {name: sorted(lines) for name, lines in out.items()}


# what may follow the words up to the display: "For any differentiable function $f$," / "… function. Then" / "we have"
# (the display's opening delimiter may end the prose)
_LEAD_IN = re.compile(r"[\s,.:;]*(?:(?:then|so|we\s+have|we\s+get|one\s+has)[\s,.:;]*)?"
                      r"(?:\$\$|\\\[|\\begin\{\w+\*?\})?\s*", re.IGNORECASE)


def general_just_before(prose: str) -> set[str]:
    r"""The names the sentence that leads into a display (``prose``, the text just before it) makes arbitrary
    functions, saying nothing more of them: "For any differentiable function $f$," — not "… function $f$ with
    $f(0) = 0$," nor "… such that …". A step after it claims a rule for every such function (sound56): that it fails
    for a test function is no sign the notes mean a particular one (documents.generic)."""
    out: set[str] = set()
    for form in _FORMS:
        for m in form.finditer(prose):
            tail = prose[m.end():]
            if form is _FORMS[0]:  # "let $f$ be a differentiable function": the rest of the noun
                tail = re.sub(r"^\s*(?:[\w-]+\s+){0,2}?(?:functions?|activations?)\b|^\s*\w+", "", tail, count=1)
            words = set(re.findall(r"[A-Za-z-]+", MATH_SPAN.sub(" ", m.group(0)).lower()))
            if _LEAD_IN.fullmatch(tail) and words <= _PLAIN_WORDS:  # not "a linear function", "a sigmoid function"
                out.add(m.group(1).lstrip("\\"))
    return out


# the words of such a sentence that say nothing of the function but that it is one (a "linear", "convex", "odd",
# "sigmoid" function satisfies more than every function does: its rule may fail for a test function)
_PLAIN_WORDS = frozenset({"let", "be", "now", "a", "an", "any", "for", "with", "take", "consider", "is", "function",
                          "functions", "activation", "activations", "arbitrary", "general", "generic", "differentiable",
                          "smooth", "continuous", "continuously", "twice", "once", "real", "real-valued", "scalar",
                          "scalar-valued", "given"})


def set_aside_generalised(scope: Scope, note_definitions: Iterable[Definition], general: dict[str, list[int]],
                          line: int) -> dict[tuple[str, tuple[str, ...]], str]:
    """Drop from ``scope`` each notes' function definition written before a line (before ``line``) that makes its
    name arbitrary; return why, by key."""
    mine = {id(d) for d in note_definitions}
    why = {}
    for key, entry in list(scope.names.items()):
        if not isinstance(entry, Definition) or id(entry) not in mine or not (entry.params or entry.is_function):
            continue
        later = [ln for ln in general.get(key[0], ()) if entry.line < ln <= line]
        if later:
            del scope.names[key]
            why[key] = (f"the notes' definition of {display_key(key)} at line {entry.line} is set aside here: line "
                        f"{later[-1]} makes {display_key(key)} an arbitrary function")
    for name, lines in general.items():  # σ, tanh, softplus: a known function the notes make arbitrary
        said = [ln for ln in lines if ln <= line]
        if said and name in FUNCTIONS and (name, ()) not in scope.names:
            scope.names[(name, ())] = VarDecl((name, ()), "function", line=said[-1])
            scope.inferred[(name, ())] = f"{name}: an arbitrary function, as line {said[-1]} says"
    return why
