r"""An iterate's superscript label: ``x^{(t)}`` a vector of its own where the label is never a running index.

The parser reads a letter in parentheses as a sample index: ``x^{(i)}`` is entry i of one family
``x^()``, so that ``\sum_i (y^{(i)} - \theta^T x^{(i)})^2`` sees the summand change with i. Notes also
write optimisation iterates, a step's point or one fixed sample that way — ``x^{(t)} \in \mathbb{R}^n``,
``(A x^{(t)} - b)^T x^{(t)}``, "assume that $x^{(i)} = A z^{(i)}$" — where ``x^{(t)}`` is one vector and
``t`` is never summed over: read as the family's entry, the vector became a scalar entry of a vector
family (the chain's shapes clash), or a family whose entries are vectors ("the entries of family x^()
are not scalars"). A reader takes such a label for part of the name.

This module owns *when* that reading applies and *how a member is rewritten*:

* a pair (name, letter) is kept as the family (the existing reading) where a formula of the heading
  section (:func:`kept_at`), or the member itself, writes ``name^{(letter)}`` inside a ``\sum`` or
  ``\prod`` over that letter (a sample summed or averaged over, :func:`summed_labels`), or a sentence
  of the section gives it a position ("the $i$-th row of $X$ is $x^{(i)}$", "coordinate $t^{(i)}$",
  :func:`positioned_labels`);
* a name is kept as a family whatever its label where the notes write it with a subscript after a
  letter label (``a^{(l)}_j``: a layer's units, a sample's features, :func:`entry_families`) or a
  context declares it with a label (``a^{(0)}_1 := x_1``);
* in a display (or a prose line) that shifts the letter (``x^{(i+1)}``, ``z^{(t-1)}``: the iterates
  are related through the index) no name of that letter is rewritten; nor is a name the display
  enumerates (``x^{(1)}``, ``x^{(2)}``, ``\ldots``) (:func:`blocked`);
* everywhere else ``name^{(letter)}`` is written ``name^{[letter]}``, which the parser reads as one
  name (``x^[t]``, a layer-style label): its shape is what the notes make it (an annotation
  ``x^{(t)} \in \mathbb{R}^n`` is carried to the name by :func:`annotated_iterates`, else the
  inference's evidence).

A name of its own is an arbitrary quantity, as the family's entry was: no identity holds for it that
did not hold for the entry, so the reading cannot turn a wrong step green; it only lets a chain whose
shapes clashed be read. The reading is reported with each member it changes (:func:`note`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from verifier.documents.context import Definition, Key
from verifier.documents.headings import heading_lines
from verifier.documents.sentences import DOLLAR_SPAN, SENTENCE
from verifier.documents.sources import MathBlock

__all__ = ["Iterates", "annotated_iterates", "as_iterates", "blocked", "display_at", "entry_families", "kept_at",
           "note", "positioned_labels", "relabelled", "running_labels", "summed_labels"]

_GREEK = (r"alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|pi|rho"
          r"|sigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|Omega")
_BOLD = r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(?:\\(?:" + _GREEK + r")|[A-Za-z])\s*\}"
_ONE = r"(?:" + _BOLD + r"|\\(?:" + _GREEK + r"|ell)(?![A-Za-z])|[A-Za-z])"
#: a name and its parenthesised superscript label: ``x^{(t)}``, ``\mathbf{z}^{(i+1)}``, ``\theta^{(k)}``,
#: ``\hat y^{(i)}`` (a plain letter inside a command's name, ``\yhat``, is no site: :func:`_sites`)
_SITE = re.compile(
    r"(?P<name>\\(?:hat|bar|tilde|widehat|widetilde|overline|dot)\s*(?:\{\s*" + _ONE + r"\s*\}|\s" + _ONE + r")"
    r"|" + _ONE + r")"
    r"\s*\^\s*\{\s*\(\s*(?P<label>[a-z]|\d+)\s*(?P<shift>[-+]\s*\d+)?\s*\)"
)
_ACCENTS = {"hat": "hat", "widehat": "hat", "bar": "bar", "overline": "bar", "tilde": "tilde", "widetilde": "tilde",
            "dot": "dot"}


#: ``\sum_i``, ``\sum_{i=1}^m``, ``\sum\limits_{i}``, ``\prod_{i \in S}``, ``\sum^m_{i=1}``,
#: ``\sum_{1 \le i \le m}``, ``\sum_{\substack{i=1}}``, ``∑_i``: a sum and its subscript (the letters it sums over)
_SUM = re.compile(r"(?:\\(?:sum|prod)(?![A-Za-z])|[∑∏])\s*\}?\s*(?:\\(?:no)?limits\s*)?"
                  r"(?:\^\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)?_\s*(?P<sub>\{(?:[^{}]|\{[^{}]*\})*\}|[a-z])")
#: a command's name in a sum's subscript (``\le``, ``\in``, ``\substack``): no letter summed over
_COMMAND = re.compile(r"\\[A-Za-z]+")
#: a derivative or an integral by a letter (``\frac{d}{dt}``, ``\frac{\partial}{\partial t}``, ``\partial_t``, ``\,dt``,
#: ``\mathrm{d}t``) or an optimum or limit over it (``\min_t``, ``\lim_{t \to \infty}``): the letter runs there
_RUNS = re.compile(
    r"(?:\\partial|\\(?:mathrm|operatorname)\s*\{\s*d\s*\}|(?<![\\A-Za-z])d)\s*(?:_\s*)?\{?\s*(?P<diff>[a-z])(?![A-Za-z])"
    r"|\\(?:min|max|lim|inf|sup|argmin|argmax|liminf|limsup)(?![A-Za-z])\s*(?:\\limits\s*)?_\s*"
    r"(?P<sub>\{(?:[^{}]|\{[^{}]*\})*\}|[a-z])"
)
#: a defined name's head at a formula's start: ``$E(t) =``, ``$$r_i =``, ``\ell_i(\theta) :=`` (its arguments and
#: subscript run over the body)
_HEAD = re.compile(
    r"(?:\$\$?|\\\[|\\\(|(?<!\\)&|\\\\|\\begin\s*\{[A-Za-z]*\*?\})\s*"
    r"(?:\\[A-Za-z]+\s*\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z]+)\s*(?:_\s*(?P<index>\{[^{}]*\}|[a-z]))?"
    r"\s*(?:\((?P<args>[^()]*)\))?\s*(?::=|=|\\coloneqq|\\triangleq|\\equiv|\\doteq)"
)
#: after a labelled name's ``(i)``: an equals sign (``x^{(i)} = B z^{(i)}``, the name is defined there)
_DEFINES = re.compile(r"\s*\}\s*(?::=|=(?!=)|\\coloneqq|\\triangleq|\\equiv)")
#: where a formula ends after a sum: the next ``$``, ``\]``, ``\end{`` (a display's rows share it)
_END = re.compile(r"\$|\\\]|\\end\s*\{|\n\s*\n")
_ELLIPSIS = re.compile(r"\\(?:ldots|cdots|dots)\b|\.\.\.")
#: ``x^{(t)} \in \mathbb{R}^{…}``: an annotation of the labelled name
_IN_R = re.compile(
    _SITE.pattern + r"\s*\}\s*\\in\s*\\mathbb\s*\{?R\}?\s*(?:\^\s*(?P<sup>\{[^{}]*\}|[A-Za-z0-9]))?"
)


def _letter(name: str) -> str:
    r"""The name as the parser keys it: ``\mathbf{x}`` → x, ``\theta`` → theta, ``\hat y`` → yhat."""
    accent = re.match(r"\\(hat|bar|tilde|widehat|widetilde|overline|dot)(?![A-Za-z])\s*\{?\s*(.*?)\s*\}?\s*$", name)
    if accent is not None:
        return _letter(accent.group(2)) + _ACCENTS[accent.group(1)]
    m = re.fullmatch(r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*\\?([A-Za-z]+)\s*\}", name)
    return m.group(1) if m else name.lstrip("\\")


def _sites(src: str) -> Iterator[re.Match[str]]:
    """The labelled names of ``src``, but no letter that ends a command's name (``\\yhat^{(i)}``)."""
    for m in _SITE.finditer(src):
        start = m.start("name")
        if src[start] != "\\":
            k = start
            while k > 0 and src[k - 1].isalpha():
                k -= 1
            if k > 0 and src[k - 1] == "\\":
                continue
        yield m


def summed_labels(text: str) -> frozenset[tuple[str, str]]:
    r"""The (name, letter) pairs some formula of ``text`` writes inside a sum or product over the
    letter: ``\sum_{i=1}^m (y^{(i)} - \theta^T x^{(i)})^2`` gives (y, i) and (x, i). The window of a
    sum runs to the end of its formula (a display's rows together), so a pair is kept generously."""
    out: set[tuple[str, str]] = set()
    for s in _SUM.finditer(text):
        end = _END.search(text, s.end())
        window = text[s.end() : end.start() if end else len(text)]
        letters = set(re.findall("[a-z]", _COMMAND.sub(" ", s.group("sub"))))  # \sum_{1 \le i \le n}: i (n: generous)
        for m in _sites(window):
            if m.group("label") in letters:
                out.add((_letter(m.group("name")), m.group("label")))
    return frozenset(out)


def running_labels(text: str) -> frozenset[tuple[str, str]]:
    r"""The (name, letter) pairs of ``text`` whose letter a derivative, an integral, an optimum or a limit
    of ``text`` runs over (``\frac{d}{dt}``, ``\partial_t``, ``dt``, ``\min_t``), or a defined name's argument
    or subscript runs over in its body (``E(t) = \|x^{(t)}\|^2``, ``r_i = y^{(i)} - \theta^T x^{(i)}``): the
    labelled name is a function of the letter there (``E(2)`` reads ``x^{(2)}``), not one quantity."""
    letters: set[str] = set()
    for m in _RUNS.finditer(text):
        letters |= {m.group("diff")} if m.group("diff") else set(re.findall("[a-z]", _COMMAND.sub(" ", m.group("sub"))))
    out = {(_letter(m.group("name")), m.group("label")) for m in _sites(text) if m.group("label") in letters}
    for h in _HEAD.finditer(text):
        written = _SITE.sub(" ", " ".join(filter(None, (h.group("index"), h.group("args")))))
        bound = set(re.findall("[a-z]", _COMMAND.sub(" ", written)))
        end = _END.search(text, h.end())
        body = text[h.end() : end.start() if end else len(text)]
        out |= {(_letter(m.group("name")), m.group("label")) for m in _sites(body) if m.group("label") in bound}
    return frozenset(out)




#: a sentence of the prose: up to a full stop followed by a space, or a blank line
#: words that make a label a position: "the $i$-th row of $X$ is $x^{(i)}$", "coordinate $t^{(i)}$"
_POSITION = re.compile(r"\b(?:rows?|columns?|coordinates?|entry|entries|elements?|components?|diagonal)\b", re.I)


def positioned_labels(text: str) -> frozenset[tuple[str, str]]:
    """The (name, letter) pairs a sentence of ``text`` gives a position (row, column, coordinate,
    element …): the label numbers the rows of a matrix or the entries of a vector there."""
    out: set[tuple[str, str]] = set()
    for sentence in SENTENCE.finditer(text):
        if _POSITION.search(DOLLAR_SPAN.sub(" ", sentence.group(0))):
            out |= {(_letter(m.group("name")), m.group("label")) for m in _sites(sentence.group(0))}
    return frozenset(out)


@functools.lru_cache(maxsize=8)
def entry_families(text: str) -> frozenset[str]:
    r"""The names ``text`` writes with a subscript after a letter label (``a^{(l)}_j``, ``w^{(l)}_{ij}``):
    the label is the first index of a family of entries (a layer's units, a sample's features)."""
    return frozenset(_letter(m.group("name")) for m in _sites(text)
                     if not m.group("label").isdigit() and re.match(r"\s*\}\s*_", text[m.end() :]))


@functools.lru_cache(maxsize=8)
def _sections(text: str) -> tuple[tuple[int, frozenset[tuple[str, str]]], ...]:
    """Each heading section of ``text``: its first line (1-based) and the pairs it keeps as families
    (summed over, or given a position by the prose)."""
    lines = text.split("\n")
    starts = [1, *(k + 1 for k in heading_lines(text)[:-1] if k)]
    ends = [*(s - 1 for s in starts[1:]), len(lines)]
    sections = ["\n".join(lines[a - 1 : b]) for a, b in zip(starts, ends, strict=True)]
    # a name summed or positioned under one label is the section's family under every label (a statement
    # "the $i$-th row of $A$ is $a^{(i)}$" is read with a fresh letter: documents.statedentries)
    kept = [{(n, "") for n, _ in summed_labels(t) | positioned_labels(t) | running_labels(t)} for t in sections]
    return tuple((a, frozenset(k)) for a, k in zip(starts, kept, strict=True))


@functools.lru_cache(maxsize=8)
def _everywhere(text: str) -> frozenset[tuple[str, str]]:
    r"""The (name, letter) pairs some section of ``text`` sums over, positions or runs: ``x^{(i)}`` summed
    in the loss's section is the same sample in the next section's one-sample step (a definition made in
    one is read by the other)."""
    return summed_labels(text) | positioned_labels(text) | running_labels(text)


def kept_at(text: str, line: int) -> frozenset[tuple[str, str]]:
    """The names the heading section of ``line`` keeps as families, as pairs (name, "") (a letter reused
    for iterates in another problem of the notes, under another label, is another quantity there), and
    the (name, letter) pairs any section keeps (the same labelled name is the same family)."""
    found: frozenset[tuple[str, str]] = frozenset()
    for start, kept in _sections(text):
        if start > max(line, 1):
            break
        found = kept
    return found | _everywhere(text)


#: what is no name in a display: commands, ``\text{…}``, and a labelled name itself
_NOT_BARE = re.compile(r"\\(?:text|mathrm|operatorname|label|tag)\s*\{[^{}]*\}|\\(?!mathbf|boldsymbol|bm|vec)[A-Za-z]+")


def _bare(display: str) -> set[str]:
    r"""The letters a display writes without a parenthesised label (``c`` beside ``c^{(k)}``: the label
    may be an entry of the vector c, the sample reading)."""
    text = _SITE.sub(" ", _NOT_BARE.sub(" ", display))
    text = re.sub(r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*([A-Za-z])\s*\}", r" \1 ", text)
    return set(re.findall(r"[A-Za-z]", text))


def blocked(display: str) -> tuple[frozenset[str], frozenset[str]]:
    r"""What a display (or prose line) keeps as families: the letters it shifts (``x^{(i+1)}``) and the
    names it enumerates (``x^{(1)}``, ``\ldots``) or also writes bare (``c`` beside ``c^{(k)}``)."""
    shifted = {m.group("label") for m in _sites(display) if m.group("shift")}
    numbered = {_letter(m.group("name")) for m in _sites(display) if m.group("label").isdigit()}
    numbered |= _bare(display) & {_letter(m.group("name")) for m in _sites(display)}
    if _ELLIPSIS.search(display):
        numbered |= {_letter(m.group("name")) for m in _sites(display)}
    return frozenset(shifted), frozenset(numbered)


def as_iterates(src: str, display: str, summed: frozenset[tuple[str, str]], families: frozenset[str] = frozenset()
                ) -> str:
    r"""``src`` (a member of ``display``) with each ``name^{(letter)}`` the reading applies to written
    ``name^{[letter]}``: a name of its own (``x^{(t)T}`` → ``x^{[t]T}``). ``summed``: the pairs kept
    as families (:func:`kept_at`); ``families``: the names kept whatever their label (:func:`entry_families`,
    and the families a context declares)."""
    if "^" not in src or "(" not in src:
        return src
    shifted, numbered = blocked(display)
    summed = summed | summed_labels(src) | running_labels(src)  # a definition's body read here sums over its label
    # x^{(i)} = B z^{(i)} where x^() stays a family: the body's label is the family's index (z^{(i)} its entry too)
    shifted |= {m.group("label") for m in _sites(display) if _DEFINES.match(display, m.end())
                and not _alone(_letter(m.group("name")), m.group("label"), shifted, numbered, summed, families)}
    out, at = [], 0
    for m in _sites(src):
        label, name = m.group("label"), _letter(m.group("name"))
        if m.group("shift") or not _alone(name, label, shifted, numbered, summed, families):
            continue
        out += [src[at : m.start("label")].rstrip().rstrip("(").rstrip(), "[", label, "]"]
        at = m.end()
    return "".join(out) + src[at:] if out else src


def _alone(name: str, label: str, shifted: frozenset[str], numbered: frozenset[str],
           kept: frozenset[tuple[str, str]], families: frozenset[str]) -> bool:
    """Is ``name^{(label)}`` read as a name of its own (see the module's rules)?"""
    return not (label.isdigit() or label in shifted or name in numbered or (name, label) in kept
                or (name, "") in kept or name in families)


def display_at(spans: Sequence[tuple[int, int]], blocks: Sequence[MathBlock], lines: Sequence[str], line: int) -> str:
    """The text of the display holding ``line`` (a prose line's formulas outside displays)."""
    for (start, end), block in zip(spans, blocks, strict=True):
        if start <= line <= end:
            return block.text
    prose = lines[line - 1] if 0 < line <= len(lines) else ""
    return " ".join(re.findall(r"\$([^$]*)\$", prose))  # the prose line's formulas, not its words


def relabelled(d: Definition, display: str, kept: frozenset[tuple[str, str]], families: frozenset[str]) -> Definition:
    r"""A notes' definition ``x^{(i)} = A z^{(i)}`` read as the names of its own its line reads
    (``x^[i] := A z^[i]``), so that the chains reach it by the name they read; else ``d`` itself."""
    if not d.key[0].endswith("^()") or d.key[1] or d.params or len(d.index_params) != 1:
        return d
    name, label = d.key[0][:-3], d.index_params[0]
    if not re.fullmatch(r"[a-z]", label) or not _alone(name, label, *blocked(display), kept, families):
        return d
    return replace(d, key=(f"{name}^[{label}]", ()), index_params=(), body=as_iterates(d.body, display, kept, families))


def note(src: str, rewritten: str) -> list[str]:
    """The reading, for a member whose text :func:`as_iterates` changes."""
    if src == rewritten:
        return []
    kept = {(_letter(m.group("name")), m.group("label")) for m in _sites(rewritten)}  # still written ^{(i)}
    names = sorted({f"{_letter(m.group('name'))}^({m.group('label')})" for m in _sites(src)
                    if (_letter(m.group("name")), m.group("label")) not in kept})
    return [f"{', '.join(names)} read as a name of its own (an iterate or one fixed sample: the notes never sum "
            "over its label, and this display neither shifts nor enumerates it)"]


def annotated_iterates(text: str) -> Iterator[tuple[Key, str | None]]:
    r"""``x^{(t)} \in \mathbb{R}^{…}``: the key the rewritten name has (``x^[t]``) and the written power."""
    for m in _IN_R.finditer(text):
        if m.group("label").isdigit() or m.group("shift"):
            continue
        yield (f"{_letter(m.group('name'))}^[{m.group('label')}]", ()), m.group("sup")


class Iterates:
    """The reading for one document: where a member or a definition is written decides how it reads."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]], blocks: Sequence[MathBlock]) -> None:
        self.text, self.spans, self.blocks, self.lines = text, spans, blocks, text.split("\n")
        self._displays: dict[int, str] | None = None  # line -> the text of the first display holding it
        self._members: dict[tuple[str, int, frozenset[str]], str] = {}  # member(src, line, declared), remembered

    def display(self, line: int) -> str:
        """:func:`display_at` of ``line``, from a table of the lines the displays hold, made once: asked
        for every member, the walk over every display made a note of n displays cost n² (10,000
        displays: ~30 s of CPU, the reading's budget gone before any step was checked)."""
        if self._displays is None:
            self._displays = {}
            for (start, end), block in zip(self.spans, self.blocks, strict=True):
                for held in range(start, end + 1):
                    self._displays.setdefault(held, block.text)
        found = self._displays.get(line)
        return found if found is not None else display_at((), (), self.lines, line)

    def at(self, line: int, declared: frozenset[str]) -> tuple[str, frozenset[tuple[str, str]], frozenset[str]]:
        """What is weighed at ``line``: its display, the section's families, the names kept whatever their
        label (``declared``: the names a context declares with a label)."""
        return (self.display(line), kept_at(self.text, line), entry_families(self.text) | declared)

    def member(self, src: str, line: int, declared: frozenset[str]) -> str:
        """``src`` read at the chain's ``line``, or where the notes first write it when the display of
        ``line`` does not hold it (a definition's body reads the same wherever it is used)."""
        if "(" not in src or "^" not in src:
            return src
        key = (src, line, declared)  # every parse asks (docspeed20): a function of these and the notes alone
        if (done := self._members.get(key)) is not None:
            return done
        if src.strip() not in self.display(line) and \
                (found := self.text.find(src.strip())) >= 0:  # fmt: skip
            line = self.text.count("\n", 0, found) + 1
        if len(self._members) >= 20_000:
            self._members.clear()
        self._members[key] = out = as_iterates(src, *self.at(line, declared))
        return out

    def definition(self, d: Definition, declared: frozenset[str]) -> Definition:
        """``d`` keyed by the name of its own its line reads (:func:`relabelled`)."""
        return d if not d.key[0].endswith("^()") else relabelled(d, *self.at(d.line, declared))
