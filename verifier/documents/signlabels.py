r"""Labels the notes say are ±1: ``$y_i \in \{-1, +1\}$``, ``$t \in \{\pm 1\}^n$``, "since $y_i^2 = 1$".

Perceptron, SVM and ±1-label logistic notes use ``y_i^2 = 1`` without a word: ``y_i(w + \eta y_i x_i)^\top
x_i = y_i w^\top x_i + \eta\|x_i\|^2``. Read with the label a real number such a step fails, though it holds
for every label the notes allow. This module owns that reading: :func:`signed_names` finds the names the
notes state to be ±1, and :func:`as_signs` rewrites a member with each of them (a name or an entry of it)
as its sign ``y/|y|``, so a step is checked for labels that are exactly -1 or +1. It is one of the readings
a FAILED step is checked again under (``doubts._alternatives``): it may only make a step hold, never FAILED,
and a step wrong for ±1 labels too stays FAILED.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import sympy as sp

from verifier.documents.context import Scope
from verifier.documents.partscope import OTHER, SAME, SETUP, part_start, relation
from verifier.documents.rebuild import replaced
from verifier.documents.sentences import COUNTERFACTUAL, DOLLAR_SPAN, MATH_SPAN, STOP_MARK

__all__ = [
    "ELSEWHERE_NOTE",
    "MARGIN_NOTE",
    "NOTE",
    "as_signs",
    "label_atoms",
    "margin_labels",
    "scoped_signs",
    "sign_reading",
    "signed_in",
    "signed_names",
    "signed_scope",
    "signs_elsewhere",
    "signs_for",
    "signs_kept",
]

#: conventions key (``Scope.conventions``): the ±1 names of a reading, taken as signs in the definitions too
SIGNED_CONVENTION = "signs"

NOTE = "{names} ±1, as the notes say"
#: the reading with the ±1 labels of another part: it may keep a step from FAILED, never make it green
ELSEWHERE_NOTE = "{names} ±1, as line {line} says in another part of the notes, which this part does not restate"
#: the reading with labels the notes never give values but write in the margin form of ±1 labels (``\log(1 +
#: e^{-y w^\top x})``, the hinge ``\max(0, 1 - y f(x))``): it may keep a step from FAILED, never make it green
MARGIN_NOTE = ("{names} ±1, the labels the margin form of the loss on line {line} is written for, which the notes "
               "do not state")

_NAME = r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?([A-Za-z])\s*\}?\s*(?:_\s*(?:\{[^{}$]*\}|[A-Za-z0-9]))?"
_SET = (r"\\(?:in|to)\s*\\\{\s*(?:-\s*1\s*,\s*\+?\s*1|\+?\s*1\s*,\s*-\s*1|\\pm\s*1)\s*\\\}"
        r"|\\in\s*\\\{\s*\\pm\s*1\s*\\\}")
# y_i \in \{-1, +1\}, t \in \{\pm 1\}^n, s_i \in \{+1, -1\}: a declaration of the label's values
_MEMBER = re.compile(rf"(?<![\\A-Za-z]){_NAME}\s*(?:{_SET})")
# "since $y_i^2 = 1$": the fact used, said as a justification (a bare "$z_0^2 = 1$" may be a layer's label, or
# an equation to solve: "the roots of $x^2 = 1$")
_SQUARE = re.compile(rf"^\s*(?<![\\A-Za-z]){_NAME}\s*\^\s*\{{?\s*2\s*\}}?\s*=\s*1\s*$")
# "$y \in \mathbb{R}$" after the ±1 labels (a regression part after the perceptron): y a number again
_ANY_MEMBER = re.compile(rf"(?<![\\A-Za-z]){_NAME}\s*\\in(?![A-Za-z])")
_BECAUSE = re.compile(r"\b(?:since|because|as|using|recall(?:ing)?|(?:note|noting)\s+that)\s*$", re.IGNORECASE)


def signed_names(text: str) -> set[str]:
    r"""The names (one letter) ``text`` states to be ±1, or of which an entry is: ``y_i \in \{-1, 1\}``, or
    "since $y_i^2 = 1$"; a later statement of another set for the name (``y \in \mathbb{R}``) ends it."""
    return set(sign_statements(text))


def sign_statements(text: str) -> dict[str, int]:
    """:func:`signed_names` with the offset in ``text`` of each name's latest ±1 statement (a dict of the caller's
    own)."""
    return dict(_statements(text))


@functools.lru_cache(maxsize=32)
def _statements(text: str) -> tuple[tuple[str, int], ...]:
    """:func:`sign_statements`, in order, scanned once per text: the readings ask it for each chain's line, and
    again for the same line at every re-check of the chain (docspeed20)."""
    out: dict[str, int] = {}
    for m in MATH_SPAN.finditer(text):
        signs = {n.start(): n.group(1) for n in _MEMBER.finditer(m.group(1))}
        for n in _ANY_MEMBER.finditer(m.group(1)):  # in order: the latest statement of a name holds
            if n.start() in signs:
                out[n.group(1)] = m.start()
            else:
                out.pop(n.group(1), None)  # "$y \in \mathbb{R}$": a real number from here (review31c)
        if (sq := _SQUARE.match(m.group(1))) and _BECAUSE.search(text[max(0, m.start() - 40) : m.start()]):
            out[sq.group(1)] = m.start()
    return tuple(out.items())


# "Now the target is a real number", "real-valued labels": a part of the notes whose labels are not signs (not
# "regression" alone, nor "a real number" alone: ±1 logistic regression's scores are real numbers)
_REAL_WORDS = re.compile(r"\b(?:targets?|labels?|responses?)\s+(?:is|are)\s+(?:an?\s+)?real\b|"
                         r"\breal(?:[- ]valued)?\s+(?:targets?|labels?|responses?)\b", re.IGNORECASE)


# a label (y, y_i, t^{(i)}) times a score in the margin form of a ±1-label loss: e^{-y w^T x}, \exp(-y_i f(x_i)),
# the hinge \max(0, 1 - y w^T x), \sigma(y θ^T x); the label must multiply something (σ(y) alone says nothing)
_LABEL = r"([yt])(?:_\s*(?:\{[^{}$]*\}|[A-Za-z0-9])|\^\s*\{\s*\(\s*[a-z]\s*\)\s*\})?"
_MARGIN = re.compile(r"(?:(?<![A-Za-z\\])e\s*\^\s*\{\s*-\s*|\\exp\s*(?:\\left\s*)?[(\[]\s*-\s*"
                     r"|\\max\s*(?:\\left\s*)?\(\s*0\s*,\s*1\s*-\s*|\\sigma\s*(?:\\left\s*)?\(\s*-?\s*)"
                     + _LABEL + r"\s*(?:\\[,;!]\s*|\\cdot\s*)?(?:\\mathbf|\\boldsymbol|\\bm|\\theta|\\beta|\\langle"
                     r"|\\hat|w|f|\()")


def margin_labels(lines: list[str], line: int) -> dict[str, int]:
    r"""The label letters the notes up to ``line`` (1-based) write in the margin form of a ±1-label loss, each
    with the first line that does, where the notes state no set for the name at all (``y \in \{0, 1\}``,
    ``y \in \mathbb{R}``: then the notes said what the label is) nor in words that the labels are real."""
    text = "\n".join(lines[:line])
    stated = {n.group(1) for m in MATH_SPAN.finditer(text) for n in _ANY_MEMBER.finditer(m.group(1))}
    if _REAL_WORDS.search(re.sub(r"\$+[^$]*\$+", " ", text)):
        return {}
    out: dict[str, int] = {}
    for m in _MARGIN.finditer(text):
        if m.group(1) not in stated:
            out.setdefault(m.group(1), text.count("\n", 0, m.start()) + 1)
    return out


def signs_for(lines: list[str], line: int) -> set[str]:
    """The ±1 names (:func:`signed_names`) that hold at the notes' ``lines`` up to ``line`` (1-based): stated in
    the chain's part or in the setup of a part enclosing it (documents.partscope), and not ended by a part that
    says in words its targets (labels) are real (review31c)."""
    return {n for n, (_, how) in scoped_signs(lines, line).items() if how != OTHER}


def signs_elsewhere(lines: list[str], line: int) -> dict[str, int]:
    """The ±1 names stated only in another part of the notes than ``line``'s (a sibling part, an earlier
    section), or in its setup where ``line``'s part introduces the name again ("let $y$ be the target"): each
    with the line that states it. A step that holds only with them is not green there, nor FAILED."""
    return {n: at for n, (at, how) in scoped_signs(lines, line).items() if how == OTHER}


def scoped_signs(lines: list[str], line: int,
                 statements: Callable[[str], dict[str, int]] = sign_statements) -> dict[str, tuple[int, str]]:
    """Each ±1 name stated up to ``line`` (and its next line, past the display's closing lines: "…, since $y_i^2 =
    1$") with the line of its latest statement and how it reaches ``line`` (documents.partscope: SAME, SETUP or
    OTHER). ``statements``:
    the names a text states, each with its offset (another finite set of values: documents.finitedomains)."""
    end = _read_through(lines, line)
    text = "\n".join(lines[:end])
    start, _ = part_start(lines, line)
    own = "\n".join(lines[start - 1 : end])
    words = re.sub(r"\$+[^$]*\$+", " ", own)
    out: dict[str, tuple[int, str]] = {}
    for name, pos in statements(text).items():
        at = text.count("\n", 0, pos) + 1
        how = relation(lines, at, line) if at < start else SAME
        if how != SAME and _REAL_WORDS.search(words):
            continue  # "Now the target is a real number" in a later part (review31c)
        if how == SETUP and _introduced(own, name):
            how = OTHER  # (b) "Let $y$ be the target": the setup's labels, or another y
        out[name] = (at, how)
    return out


# a line that only closes a display: ``$$``, ``\]``, ``\end{align}`` (a comma or full stop after it)
_CLOSER = re.compile(r"^\s*(?:\$\$|\\\]|\\end\s*\{[A-Za-z]+\*?\})\s*[.,;]?\s*$")


def _read_through(lines: list[str], line: int) -> int:
    """The number of ``lines`` a chain whose last line is ``line`` (1-based) is read with: through the lines that
    close its display and the line after them, the sentence that justifies it ("$$ … $$" then "since $y_i^2 = 1$"
    under a ``$$`` alone: the most common Markdown layout). Not that line where its first sentence leads into the
    next formula ("The next model is simpler since $y^2 = 1$ there:", its labels the next display's) or says what
    would be ("…, which would hold since $y^2 = 1$ if the labels were ±1"): redmid64 M2."""
    end = line
    while end < len(lines) and _CLOSER.match(lines[end]):
        end += 1
    if end >= len(lines):
        return end
    words = DOLLAR_SPAN.sub(" ", lines[end])
    stop = STOP_MARK.search(words)
    first = words[: stop.start() if stop else len(words)]
    return end if first.rstrip().endswith(":") or COUNTERFACTUAL.search(first) else end + 1


# "let $y$ be", "$y$ denotes", "the target $y$", "where $y$ is": the part introduces the name for itself
_INTRO_BEFORE = re.compile(r"(?:\blet|\bwhere|\btargets?|\bresponses?|\boutputs?|\bscalars?|\breal\s+numbers?)"
                           r"\s*(?:the\s+)?$", re.IGNORECASE)
_INTRO_AFTER = re.compile(r"^\s*(?:be|denotes?|is\s+(?:the|a|an)|are\s+(?:the|real))\b", re.IGNORECASE)
_LINEAR = re.compile(r"(?<!logistic\s)\bregression\b", re.IGNORECASE)


def _introduced(prose: str, name: str) -> bool:
    """Does ``prose`` (a part) introduce ``name`` anew, or turn to a regression (not a logistic one)?"""
    if _LINEAR.search(re.sub(r"\$+[^$]*\$+", " ", prose)):
        return True
    for m in MATH_SPAN.finditer(prose):
        if not any(n.group(1) == name for n in re.finditer(_NAME, m.group(1))):
            continue
        if _INTRO_BEFORE.search(prose[max(0, m.start() - 30) : m.start()]) or _INTRO_AFTER.match(prose[m.end() :]):
            return True
    return False


def _named(atom: sp.Basic, names: set[str]) -> bool:
    if isinstance(atom, sp.Indexed):
        return str(atom.base.label) in names
    return isinstance(atom, sp.Symbol) and (atom.name in names or atom.name.split("_")[0] in names)


def label_atoms(tree: sp.Basic, names: set[str]) -> list[sp.Basic]:
    """The scalar names in ``names`` (or entries of them) ``tree`` writes, to be read as labels; none where a
    derivative is by one of them (its variable must stay a name)."""
    if any(_named(v, names) for d in tree.atoms(sp.Derivative) for v, _ in d.variable_count):
        return []
    atoms = [a for a in tree.atoms(sp.Symbol, sp.Indexed) if _named(a, names)]
    return [a for a in atoms if not (isinstance(a, sp.Symbol) and (a.is_commutative is False))]


def as_signs(tree: sp.Basic, names: set[str]) -> sp.Basic:
    """``tree`` with each scalar name in ``names`` (or entry of one) replaced by its sign ``y/|y|``: a label
    that is -1 or +1. A derivative by one of them is left as written (its variable must stay a name)."""
    mapping = {a: a / sp.Abs(a) for a in label_atoms(tree, names)}
    return replaced(tree, mapping) if mapping else tree


def signs_kept(scope: Scope, other: Scope, names: set[str]) -> bool:
    """Does ``other`` (a scope of another reading, crossed with the sign reading) leave the labels ``names``
    as ``scope`` reads them, up to their shape? A label read positive, in (0, 1) or one-hot is no sign:
    ``y/|y|`` is then 1 (a lost ``y^2`` for ``y`` would hold) or undefined."""
    for key, entry in other.names.items():
        if key[0] not in names or entry is scope.names.get(key):
            continue
        before = scope.names.get(key)
        if getattr(entry, "domain", None) != getattr(before, "domain", None):
            return False
        if getattr(entry, "kind", None) in ("onehot", "simplex"):
            return False
    return True


def sign_reading(lines: list[str], last: int, line: int, writes: Callable[[str], bool]) -> tuple[set[str], str]:
    r"""The ±1 labels a chain is read with (its members' last line ``last``, its first ``line``) and the note
    saying why, or (set(), ""): those the notes state for its part (``y_i \in \{-1, +1\}``: the reading may make
    a step green), else those another part states, else those written in a margin-form loss (both only keep a
    step from FAILED). ``writes``: does the chain (or a definition in its scope) write the name?"""
    if signs := {n for n in signs_for(lines, last) if writes(n)}:
        return signs, NOTE.format(names=", ".join(sorted(signs)))
    if far := {n: ln for n, ln in signs_elsewhere(lines, last).items() if writes(n)}:
        return set(far), ELSEWHERE_NOTE.format(names=", ".join(sorted(far)), line=min(far.values()))
    if margin := {n: ln for n, ln in margin_labels(lines, line).items() if writes(n)}:
        return set(margin), MARGIN_NOTE.format(names=", ".join(sorted(margin)), line=min(margin.values()))
    return set(), ""


def signed_scope(scope: Scope, names: set[str]) -> Scope:
    r"""``scope`` with ``names`` taken as ±1 signs in the definitions it holds too: a step that reaches the labels
    only through the notes' definitions (``\nabla^2 f = \sigma(m)(1 - \sigma(m)) x x^\top`` after ``m = y w^\top
    x``) writes no label the chain's rewriting could change."""
    out = scope.copy()
    out.conventions[SIGNED_CONVENTION] = ",".join(sorted(names))
    return out


def signed_in(scope: Scope, tree: sp.Basic) -> sp.Basic:
    """A definition's parsed body ``tree`` under the ±1 names of ``scope`` (:func:`signed_scope`)."""
    said = scope.conventions.get(SIGNED_CONVENTION)
    return as_signs(tree, set(said.split(","))) if said else tree
