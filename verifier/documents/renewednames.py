r"""A name the prose gives a new meaning in words: where a number stated for it stops holding (sound40).

A stated value holds for the chains after it in its section (documents.valuescope), a stated moment and a stated
optimum likewise (documents.statedmoments, documents.statedoptima). Notes reuse a name inside one section: "Let $X$
be a random variable with $\mathbb{E}[X] = 2$ … Next, let $X$ be uniform on $\{0, 1\}$ instead", "where
$\max_{a'} Q(s', a') = 5$ … Next we land in another state, with $Q(s', a_1) = 1$ …", "Let $a = 3$ … Now let $a$ be
the mean instead". After such a sentence the old number says nothing of the name: read at it, a step that is wrong
for the new meaning was PROVED.

This module owns that reading. A sentence of the prose renews the names it introduces:

* "let / suppose / assume / consider / take / define / redefine / set (that) (the new …) $N$ …": the names the
  first formula after the verb opens with (``X``; ``a, b``; ``a`` of ``a = 3``; not ``a`` of ``f(a) = …``, which
  introduces f). "Let $X$ be …" says what X is from there on, whatever it was before;
* a sentence that says its math is new ("instead", "another", "new", "different", "this time", "changes", "from
  now on", "henceforth", "replace"): the names its formulas open with (``Q`` of ``Q(s', a_1) = 1``);
* a sentence that goes to the general case ("for any $a$", "a general $A$", "arbitrary $a$"; not the adverb "in
  general"): the names its formulas open with, even beside "the same" (redteam41);
* a heading that says either ("## Part (b): a different $a$"), as a sentence of its own on its line (redteam41).

A sentence that keeps the meaning ("as before", "as above", "the same", "still", "again", "unchanged") renews
nothing, nor does one that says what would happen or gives an example ("If instead $c = 2$, the vertex would
move", red61). A number stated before a renewal of its name (its own letter, or the letter of a vector it is an entry
of, the X of ``\mathbb{E}[X]``, the Q of ``\max_{a'} Q(s', a')``) does not hold for a chain after the renewal in the
renewal's section; a number the renewing sentence itself states ("with $a = 5$ instead") is the new one and holds.
A property stated of a name (a symmetry, documents.symmetricsection) ends likewise, and also where the notes write
a definition of the name again (:func:`renewed_in`).

An example that *takes* a value is a renewal for what follows it (green71): "For instance, take $d = 7$ for a
different pair; then $$d + 1 = 8$$", "e.g. with $d = 7$", "say $d = 7$" (not a sentence that says what would happen:
"if for instance we had $d = 7$, it would …"). Such an example holds until the notes return: a later sentence with
"however", "back to", "return to", "the original", "in the first …", "in general" renews the example's names again
(:attr:`Renewal.ends`, which ends it for a display on that sentence's own line too), so the example's number no
longer holds ("In the first pair, however, $$2d = 38$$": d read by its definition again).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from verifier.documents.mathspans import DISPLAY
from verifier.documents.sentences import COUNTERFACTUAL, HYPOTHETICAL
from verifier.documents.sentences import DOLLAR_SPAN as _MATH
from verifier.documents.sizeorder import section_of

__all__ = ["Renewal", "head_of", "renewals", "renewed_in", "renewed_in_words", "still_stated", "updated", "updates"]

# a display, a code block or an environment: no prose; blanked (its lines kept) and ends a sentence
_NOT_PROSE = re.compile(DISPLAY.pattern + r"|```.*?```|^#+ [^\n]*$", re.S | re.M)
# not sentences.RUN_TO_STOP: `+`, no empty runs (each run is a sentence read for a renewal)
# (the point of "e.g." / "i.e." ends no sentence: "A different target, e.g. with $r = 1$, gives": green71)
_ABBREVIATION = r"(?<=\b[eE])\.(?=g\.)|(?<=\b[iI])\.(?=e\.)|(?<=\b[eE]\.g)\.|(?<=\b[iI]\.e)\."
_SENTENCE = re.compile(rf"(?:[^.!?]|{_ABBREVIATION})+(?:[.!?](?=\s|$)|$)")
# the same, a point before a digit a decimal point, not a stop ("Suppose instead $d = 1.5$." is one sentence:
# documents.renewedvalues, green69; the readings that use :func:`renewals` as it was keep their sentences)
_WHOLE_SENTENCE = re.compile(rf"(?:[^.!?]|\.(?=\d)|{_ABBREVIATION})+(?:[.!?](?=\s|$)|$)")
_INLINE = re.compile(r"(?<![\\$])\$([^$\n]+?)\$")
_OPERATORS = frozenset({
    "mathbb", "mathrm", "operatorname", "max", "min", "sum", "prod", "frac", "dfrac", "tfrac", "left", "right",
    "text", "log", "ln", "exp", "sqrt", "int", "lim", "sup", "inf", "arg", "argmax", "argmin", "det", "tr",
    "nabla", "partial", "mathcal", "mathsf", "Pr", "cdot", "quad", "qquad", "in", "sim", "infty",
})  # fmt: skip
_TOKEN = re.compile(
    r"\s*(?P<name>(?:\\(?:mathbf|boldsymbol|bm|hat|tilde|bar|vec)\s*\{\s*(?:\\[A-Za-z]+|[A-Za-z])\s*\}"
    r"|\\(?P<command>[A-Za-z]+)|[A-Za-z])(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?(?:\s*'|\\prime)*)"
)
# what may follow the name a formula opens with for the formula to be about that name
_AFTER_NAME = re.compile(r"\s*(?:$|=|,|\(|\\in\b|\\sim\b|:=|\\coloneqq|\\equiv|\\approx|<|>|\\le|\\ge)")
_INTRODUCE = re.compile(
    r"\b(?:let|suppose|assume|consider|take|define|redefine|set)\s+(?:now\s+|instead\s+)?(?:that\s+)?"
    r"(?:(?:the|a|an|our)\s+(?:new\s+|different\s+)?(?:[A-Za-z-]+\s+){0,2})?\$(?P<math>[^$]+)\$", re.I,
)
_NEW = re.compile(r"\b(?:instead|another|new|different|this\s+time|change[sd]?|redefined?|from\s+(?:now|here)\s+on|"
                  r"henceforth|replace[sd]?)\b", re.I)
_HEADING = re.compile(r"^#+ [^\n]*$", re.M)
# an update in place of a name (in the prose or a display): ``a \leftarrow a + 0.1``, ``a \gets 2a``, ``a
# \mathrel{+}= 0.1``, ``a += 1``, and ``a := a + 0.1`` whose right side (``own``) writes the name itself; so does an
# arrow's (``arrowed``: ``g \mapsto c g/\|g\|``, ``s \to -s``; not ``h \to 0``, nor ``x \mapsto x^2`` of another
# name: sound48)
_UPDATE = re.compile(
    r"(?:^|[$\s{(,;&])(?P<head>\\?[A-Za-z]+(?:\s*_\s*(?:\{[^{}$]*\}|[A-Za-z0-9]))?)\s*(?:\\leftarrow(?![A-Za-z])|"
    r"\\gets(?![A-Za-z])|\\mathrel\s*\{\s*[-+*/]\s*\}\s*=|[-+*/]=|(?::=|\\coloneqq(?![A-Za-z]))(?P<own>[^$=\n]*)|"
    r"(?:\\mapsto|\\to|\\rightarrow)(?![A-Za-z])(?P<arrowed>[^$=\n]*))"
)
_ARROW = re.compile(r"\\(?:mapsto|to|rightarrow)(?![A-Za-z])")
# a sentence that goes to the general case: "for any $a$", "a general $A$", "arbitrary couplings" (not the adverb "in
# general"); it renews the names its formulas open with even beside "the same" ("For a general $A$ the same formula
# reads": the formula is kept, not A's meaning)
_GENERAL = re.compile(r"\b(?:any|arbitrary|(?<!\bin\s)general)\b", re.I)
_KEPT = re.compile(r"\b(?:as\s+(?:before|above|earlier)|the\s+same|same|still|again|unchanged|previous(?:ly)?)\b",
                   re.I)  # fmt: skip
_MOMENT = re.compile(r"^\s*(?:\\mathbb\s*\{\s*E\s*\}|\\operatorname\s*\{\s*E\s*\}|\\mathrm\s*\{\s*E\s*\}|E)\s*(?:"
                     r"\\left\s*)?\[\s*(?P<name>[^\]^]+?)\s*(?:\^\s*(?:\{\s*\d\s*\}|\d))?\s*(?:\\right\s*)?\]\s*$")
_OPTIMUM = re.compile(r"^\s*\\(?:max|min)\s*_\s*(?:\{[^{}]*\}|[A-Za-z])\s*(?P<f>[A-Z])\s*\(")


@dataclass(frozen=True)
class Renewal:
    """A sentence on lines ``first``..``last`` (1-based) giving the names ``heads`` (as written, spaces out) a new
    meaning."""

    first: int
    last: int
    heads: frozenset[str]
    #: the notes return from an example here ("In the first pair, however, $$…$$"): it holds for a chain on its
    #: last line too, the display the sentence runs into (green71)
    ends: bool = False
    #: the sentence says in words that the value is new ("the new weights are", "instead": ``_NEW``), not only takes
    #: one ("We take $\eta = 0.5$"): an earlier value of the name is then no other reading (chainvalues)
    worded: bool = False


def _plain(latex: str) -> str:
    return re.sub(r"\s+", "", latex).replace("\\prime", "'")


def _opening(math: str) -> list[str]:
    """The names a formula opens with (``a, b``; ``a`` of ``a = 3``; ``Q`` of ``Q(s', a_1) = 1``): none where it
    opens with an operator or a number."""
    out: list[str] = []
    at = 0
    while (m := _TOKEN.match(math, at)) is not None:
        if m.group("command") in _OPERATORS or not _AFTER_NAME.match(math, m.end()):
            break
        out.append(_plain(m.group("name")))
        rest = math[m.end():]
        comma = re.match(r"\s*,", rest)
        if comma is None:
            break
        at = m.end() + comma.end()
    return out


def renewals(text: str, decimals: bool = False) -> list[Renewal]:
    """Every sentence of the prose of ``text`` (the notes) that gives names a new meaning, in document order. With
    ``decimals`` a sentence is not cut at a decimal point ("Suppose instead $d = 1.5$.")."""
    prose = _NOT_PROSE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0))[:-1] + ".", text)
    out: list[Renewal] = []
    example: frozenset[str] = frozenset()  # the names an example in force took (green71)
    for s in (_WHOLE_SENTENCE if decimals else _SENTENCE).finditer(prose):
        sentence = s.group(0)
        first = text.count("\n", 0, s.start() + len(sentence) - len(sentence.lstrip())) + 1
        # its last words, not the display it runs into ("For any $a$ we get $$…$$": that display is after it)
        last = text.count("\n", 0, s.start() + len(sentence.rstrip(" .\n\t"))) + 1
        if example and _RETURN.search(_MATH.sub(" ", sentence)):
            out.append(Renewal(first, last, example, ends=True))  # "In the first pair, however": back from it
            example = frozenset()
        if heads := renewed_heads(sentence) or (taken := _example_heads(sentence)):
            out.append(Renewal(first, last, heads, worded=bool(_NEW.search(sentence))))
            example = taken if not renewed_heads(sentence) else frozenset()
    for name, at in updates(text):  # a \leftarrow a + 0.1: the name's stated number is an old one (sound46)
        line = text.count("\n", 0, at) + 1
        out.append(Renewal(line, line, frozenset({name})))
    for h in _HEADING.finditer(text):  # "## Part (b): a different $a$" (a sentence of its own)
        if heads := renewed_heads(h.group(0)):
            line = text.count("\n", 0, h.start()) + 1
            out.append(Renewal(line, line, heads))
    return sorted(out, key=lambda r: r.first)


def updates(text: str) -> list[tuple[str, int]]:
    r"""Each update in place of a name in ``text`` (prose or display: ``a \leftarrow a + 0.1``, ``a \gets 2a``, ``a
    \mathrel{+}= 0.1``, ``a := a + 0.1``), as (the name, spaces out; its offset). A number stated for the name before
    it is an old one after it (sound46). ``a := 0.5`` and ``a := f(x)`` are a value or a definition: not updates."""
    out = []
    for m in _UPDATE.finditer(text):
        own = m.group("own") if m.group("arrowed") is None else m.group("arrowed")
        if own is not None and not re.search(r"(?<![A-Za-z\\])" + re.escape(m.group("head")) + r"(?![A-Za-z])", own):
            continue
        if m.group("arrowed") is not None and _ARROW.search(own):  # A \to B \to A: a cycle, no update
            continue
        out.append((_plain(m.group("head")), m.start("head")))
    return out


def updated(text: str, name: str, start: int, end: int) -> bool:
    """Does ``text`` update ``name`` in place (:func:`updates`) between the offsets ``start`` and ``end``?"""
    head = _bare(head_of(name))
    return any(start <= at < end and _bare(n) == head for n, at in updates(text))


def renewed_heads(sentence: str) -> frozenset[str]:
    """The names ``sentence`` (prose) gives a new meaning (the module's docstring)."""
    if "$" not in sentence:
        return frozenset()
    words = _MATH.sub(lambda m: " " * len(m.group()), sentence)
    if COUNTERFACTUAL.search(words):  # "If instead $c = 2$, the vertex would move": no meaning the notes go on with
        return frozenset()
    general = _GENERAL.search(words)
    heads: set[str] = set()
    if _KEPT.search(sentence):  # "as before", "the same": only the names a general case takes after its word
        for m in _INLINE.finditer(sentence, general.end()) if general else ():
            heads.update(_opening(m.group(1)))
        return frozenset(heads)
    for m in _INTRODUCE.finditer(sentence):
        heads.update(_opening(m.group("math")))
    if general or _NEW.search(sentence):
        for m in _INLINE.finditer(sentence):
            heads.update(_opening(m.group(1)) or _updating(m.group(1)))
    return frozenset(heads)


def _updating(math: str) -> list[str]:
    r"""The name a worked update opens with: w of ``w + y x = (2, 1)``, θ of ``\theta - 0.1 g = 0.3`` (the name,
    then ``+`` or ``-``, and a value written after ``=``), in a sentence that says its math is new ("the new
    weights are $w + y x = (2, 1)$": fresh79); none for a formula without ``=``."""
    m = _TOKEN.match(math)
    if m is None or m.group("command") in _OPERATORS or "=" not in math[m.end():]:
        return []
    return [_plain(m.group("name"))] if re.match(r"\s*[-+]", math[m.end():]) else []


# an example that takes a value ("For instance, take $d = 7$", "e.g. with $d = 7$", "say $d = 7$"; green71)
_EXAMPLE = re.compile(r"(?:\b(?:for\s+(?:example|instance)|say)|(?<![A-Za-z])e\.g\.)(?![A-Za-z])", re.I)
# the modal verbs beside sentences.HYPOTHETICAL: "we could take $d = 7$" says what might be, not what is taken
_MODAL = re.compile(r"\b(?:could|might)\b", re.I)
_TAKES = re.compile(r"\b(?:take|let|set|put|with|choose|pick|say)\b[^$.;]{0,24}?\$(?P<math>[^$]+)\$", re.I)
# the notes return from an example: "In the first pair, however", "Back to", "the original values", "in general"
_RETURN = re.compile(r"\b(?:however|back\s+to|return(?:s|ing)?\s+to|original(?:ly)?|in\s+(?:the\s+)?first|"
                     r"in\s+general)\b", re.I)


def _example_heads(sentence: str) -> frozenset[str]:
    """The names an example ``sentence`` takes a value for ("For instance, take $d = 7$ …": d), none for a sentence
    that says what would happen or takes nothing."""
    words = _MATH.sub(lambda m: " " * len(m.group()), sentence)
    if "$" not in sentence or not _EXAMPLE.search(words) or HYPOTHETICAL.search(words) or _MODAL.search(words):
        return frozenset()
    heads: set[str] = set()
    for m in _TAKES.finditer(sentence):
        if "=" in m.group("math"):
            heads.update(_opening(m.group("math")))
    return frozenset(heads)


def _bare(name: str) -> str:
    r"""``name`` as a letter: no bold wrapper, no backslash (``\mathbf{W}`` and ``W``, ``\Sigma`` and ``Sigma``)."""
    name = re.sub(r"^\\(?:mathbf|boldsymbol|bm)\{(.*)\}$", r"\1", _plain(name))
    return name.lstrip("\\")


def _base(name: str) -> str:
    return re.split(r"_|'", name, maxsplit=1)[0]


def renewed_in(text: str, name: str) -> bool:
    r"""Does ``text`` (the notes after a statement about ``name``: a stated property) give ``name`` a new meaning?
    A sentence or heading of :func:`renewals` that renews it (its entry ``g_{st}`` renews ``g``), or a definition
    of it written again (``$W = …$``, ``$w_{ij} := …$``): a property does not survive a new definition (for a
    stated value, documents.valuescope decides between two values instead)."""
    letter = r"\\?" + re.escape(_bare(name)) + r"(?![A-Za-z])"
    bold = r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?"
    if re.search(r"\$\s*" + bold + letter + r"\s*\}?\s*(?:_\s*(?:\{[^{}$]*\}|[A-Za-z0-9]))?\s*:?=", text):
        return True
    return renewed_in_words(text, name)


def renewed_in_words(text: str, name: str) -> bool:
    """Does a sentence or heading of ``text`` (:func:`renewals`) renew ``name`` in words ("Now let $\\sigma = 2$ be
    the noise level")? Unlike :func:`renewed_in`, a formula for the name alone is no renewal: the line that states
    a value may be asked about (documents.exactdata)."""
    return any(renews_name(r.heads, name) for r in renewals(text))


def head_of(name: str) -> str:
    r"""The name a stated number is of, as :class:`Renewal` heads are written: X of ``\mathbb{E}[X^2]``, Q of
    ``\max_{a'} Q(s', a')``, the name itself otherwise."""
    if (m := _MOMENT.match(name)) is not None:
        return _plain(m.group("name"))
    if (m := _OPTIMUM.match(name)) is not None:
        return m.group("f")
    return _plain(name)


def renews_name(heads: frozenset[str], head: str) -> bool:
    """Do ``heads`` renew the name ``head``: itself, the vector its entry ``p_1`` is of, or (redteam41) an entry
    of it (``g_{st}`` renews the matrix g)?"""
    bare = {_bare(h) for h in heads}
    head = _bare(head)
    return head in bare or _base(head) in bare or head in {h.split("_", 1)[0] for h in bare if "_" in h}


def still_stated(
    values: Iterable[tuple[str, str, int]], found: Sequence[Renewal], text: str, line: int,
    written: dict[str, str] | None = None,
) -> list[tuple[str, str, int]]:
    """The stated ``values`` (name, number, line) that still hold for a chain at ``line``: each one with no
    renewal of its name (``found``, :func:`renewals` of ``text``) after it and before the chain, in a section
    holding the chain. ``written``: how a name stands in the notes where it is a stand-in (an optimum's one name,
    documents.statedoptima)."""
    lines = text.split("\n")
    held = [r for r in found if (r.last < line or (r.ends and r.last == line))
            and (s := section_of(lines, r.first))[0] <= line <= s[1]]
    if not held:
        return list(values)
    out = []
    for v in values:
        head = head_of((written or {}).get(v[0], v[0]))
        if not any(r.first > v[2] and renews_name(r.heads, head) for r in held):
            out.append(v)
    return out
