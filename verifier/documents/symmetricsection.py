r"""A symmetry the prose states of a name holds in its section, until the name is given new meaning.

documents.meanings takes a symmetric matrix from the prose just before a chain (a few lines, the display's own
sentence); "The weights are symmetric, $w_{ij} = w_{ji}$" then, three displays on, ``\sum_{i,j} w_{ij} x_i y_j =
\sum_{i,j} w_{ij} x_j y_i`` FAILED (review39, a false alarm): the statement was out of that window. A stated
property of a name is a hypothesis of the section it is stated in, as a stated value is (documents.valuescope).
This module owns that wider reach, asked by meanings only where the window finds nothing, and what ends a stated
symmetry (:func:`kept_after`, asked by the window too):

* the statement is one :func:`verifier.documents.symmetricprose.symmetric_in` reads, in the notes above the
  chain, in the section the chain is in (:func:`verifier.documents.sizeorder.section_of`, the one cut of every
  reading that holds in a section: a heading of its level or higher closes it; one before any heading holds for
  the whole notes);
* the chain writes every name it reads so, itself or through the notes' definitions it reaches
  (:func:`definition_bodies`: ``\nabla\rho(f) = \frac{2Lf}{f^\top f} - …`` with ``L = D - W`` and "symmetric weights
  $w_{ij}$" in the notes' opening paragraph, fresh75: the window sees only the last few lines);
* nothing after the statement gives the name new meaning (:func:`verifier.documents.renewednames.renewed_in`:
  "let/now let/consider … $W$", "instead", "from now on", "replace", "for any $W$", "a general $W$", a heading that
  says so, ``$W = …$`` or ``$w_{ij} = …$`` written again), and no later sentence about the name, or naming no
  formula, leaves the symmetric case in words ("not symmetric", "asymmetric", a general or arbitrary case: "For
  a general square matrix the same formula reads", trust15; "$B$ is not symmetric" is B's, and "In general" as
  an adverb leaves nothing);
* a display's own condition ("$$…$$ which holds when $A$ is symmetric") is that display's, not a statement
  (documents.hypothetical.without_display_conditions, as for the window).

A statement of the section's standing setting ("Throughout, $A$ is symmetric.", "In this section we assume $A$
symmetric": documents.sectioncases.WHOLE_SECTION) holds for the displays above it in its section too
(:func:`symmetric_later_in_section`, gaps64: written after ``\nabla f(x) = 2Ax`` it was not counted, a false
FAILED); one that looks forward only ("from now on", "henceforth", "for the rest of …") does not reach back, and
neither does one of another section, one after a heading of the chain's level or higher, or one the notes
contradict above it (the name renewed or left general in the section before the statement: the checks above).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from verifier.documents.capitalentries import entries_capitals
from verifier.documents.context import Definition, Scope
from verifier.documents.hypothetical import without_display_conditions
from verifier.documents.renewednames import renewed_in
from verifier.documents.sectioncases import WHOLE_SECTION
from verifier.documents.sentences import COUNTERFACTUAL, DOLLAR_SPAN, RUN_TO_STOP
from verifier.documents.sizeorder import section_of
from verifier.documents.symmetricprose import prose_clauses, symmetric_in, writes_names

__all__ = ["kept_after", "symmetric_in_section", "symmetric_later_in_section"]

_NOT_SYMMETRIC = re.compile(r"\b(?:asymmetric|non-?symmetric|not\s+(?:necessarily\s+)?symmetric)\b", re.IGNORECASE)
# "For a general square matrix", "for general couplings": a general case in words (not the adverb "in general")
_GENERAL_CASE = re.compile(r"\b(?:arbitrary|(?<!\bin\s)general)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[.!?;](?:\s|$)|\n\s*\n")
# the clauses of a sentence below a display, each read alone for a standing statement: "only holds if $A$ is
# symmetric; throughout, $A$ is general", "… symmetric, which we do not assume throughout" (redmid64 M3)
_CLAUSE = re.compile(r";|,\s*(?=(?:which|but|while|whereas|although|though|yet)\b)", re.IGNORECASE)
# "throughout the next section", "throughout the other parts": the words name another scope than the chain's
# (and "throughout this paragraph / case / example": the scope of the sentence's own paragraph, not the display's)
_OTHER_SCOPE = re.compile(r"\bthroughout\s+(?:(?:the|this|that|all)\s+)?(?:next|following|previous|preceding|"
                          r"other|last|later|earlier|another|subsequent|remaining|paragraph|case|example|exercise)\b",
                          re.IGNORECASE)  # fmt: skip
# a paragraph opened by a bold label ("**Symmetric case.** Throughout …"): a case of its own, as after a heading
_LABEL = re.compile(r"^\s*(?:\*\*|__)[^*_\n]+(?:\*\*|__)", re.MULTILINE)
# "only holds if $A$ is symmetric", "unless $A$ is symmetric": the symmetry a condition, not a statement
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|when|whenever|suppose|supposing|assuming|provided|in\s+case)\b",
                               re.IGNORECASE)


def kept_after(prose: str, at: int, names: set[str]) -> bool:
    """Does the symmetry of ``names`` stated at offset ``at`` of ``prose`` still hold at its end: nothing after the
    statement's sentence gives a name new meaning or leaves the symmetric case (the module's docstring)?"""
    end = _SENTENCE.search(prose, at)
    after = prose[end.end() :] if end else ""
    rest = []
    for sentence in _SENTENCE.split(after):
        words = DOLLAR_SPAN.sub(" ", sentence)
        if (_NOT_SYMMETRIC.search(words) or _GENERAL_CASE.search(words)) and _of_names(sentence, names):
            return False
        if not symmetric_in(sentence):  # "Recall that $A = A^\top$": the symmetry again, no new meaning
            rest.append(sentence)
    return not any(renewed_in(".\n\n".join(rest), n) for n in names)


def _of_names(sentence: str, names: set[str]) -> bool:
    """Is ``sentence`` about ``names``: it writes one of them in its formulas, or writes no formula ("For a general
    square matrix the same formula reads"; "$B$ is not symmetric" is about B)?"""
    math = " ".join(re.findall(r"\$([^$]*)\$", sentence))
    return not math or any(re.search(r"(?<![A-Za-z])\\?" + re.escape(n.lstrip("\\")) + r"(?![A-Za-z])", math)
                           for n in names)  # fmt: skip


def symmetric_in_section(lines: Sequence[str], upto: int, latexes: list[str]) -> tuple[set[str], int] | None:
    """The names the notes' ``lines`` before ``upto`` (0-based, the chain's first line) state symmetric in the
    section the chain is in, that ``latexes`` (its members) write and nothing after the statement renews; with
    the 0-based line of the statement. None if there are none."""
    said = _stated("\n".join(lines[:upto]))  # "$$…$$ which holds when $A$ is symmetric": not a statement
    # (those the chain writes: "symmetric weights $w_{ij}$", then "$D = \operatorname{diag}(d)$", for a step in w
    # alone: fresh71)
    names = {n for n in said[0] if writes_names({n}, latexes)} if said is not None else set()
    if said is not None:  # "symmetric weights $w_{ij}$", a chain in W (documents.capitalentries; red70)
        names |= entries_capitals(said[0], "\n".join(lines[:upto]), latexes)
    if said is None or not names:
        return None
    line = said[1]
    if section_of(list(lines), line + 1)[1] < upto + 1:
        return None  # the chain is past the statement's section
    return set(names), line


@functools.lru_cache(maxsize=8)
def _stated(text: str) -> tuple[frozenset[str], int] | None:
    """What the notes above a chain (without the displays' own conditions) state symmetric and still hold so at
    their end (:func:`kept_after`), with the 0-based line of the statement: a function of that text, asked again
    by each reading of the chain (meanings' window, implied sums, the alternatives; speed41), so read once per
    text. A few texts kept: the readings of one chain ask one after another, and each text is a prefix of the
    notes."""
    prose = without_display_conditions(text)
    said = symmetric_in(prose)
    if not said or not kept_after(prose, said[1], set(said[0])):
        return None
    return frozenset(said[0]), prose[: said[1]].count("\n")


def symmetric_later_in_section(
    lines: Sequence[str], first: int, last: int, latexes: list[str]
) -> tuple[set[str], int] | None:
    """The names a sentence of the section holding the chain (0-based lines ``first`` to ``last``), *below* the chain,
    states symmetric for the whole section ("Throughout, $A$ is symmetric.": a standing hypothesis), that
    ``latexes`` write; with the 0-based line of the statement. Not one that only looks forward ("from now on"), one
    whose own section does not hold the chain (a heading of the chain's level or higher before it), nor one the
    section's prose from its start up to the statement contradicts (the name renewed, or left in a general or
    non-symmetric case: :func:`kept_after`'s tests, read from the section's start). None if there is none."""
    start, end = section_of(list(lines), first + 1)
    below = lines[last + 1 : end]
    raw = "\n".join(below)
    text = without_display_conditions(raw)  # the same length: offsets are the raw text's
    for m in RUN_TO_STOP.finditer(text):
        if _LABEL.search(raw[: m.end()]):
            break  # a labelled paragraph below the display: its statements are its own (redmid64 M3)
        sentence = m.group(0)
        if not sentence.strip() or not WHOLE_SECTION.search(sentence):
            continue
        said = _standing(sentence)
        if said is None:
            continue
        names = {n for n in said[0] if writes_names({n}, latexes)}
        line = last + 1 + raw[: m.start() + said[1]].count("\n")
        own = section_of(list(lines), line + 1)
        if not names or not own[0] <= first + 1 <= own[1]:
            continue
        # the section from its start up to the statement's sentence (its own line's words before it too)
        before = without_display_conditions("\n".join([*lines[start - 1 : last + 1], raw[: m.start()]]))
        between = raw[: m.start()]  # "Now let $A$ be symmetric.": a change from there on, so the display's A was not
        if kept_after("Statement. " + before, 0, names) and not any(renewed_in(between, n) for n in names):
            return names, line
    return None


def _standing(sentence: str) -> tuple[set[str], int] | None:
    """The names one clause of ``sentence`` states symmetric for the whole section, with the statement's offset in
    ``sentence``: the clause says the section's words itself (:data:`WHOLE_SECTION`, not "throughout the next
    section"), and states the symmetry, not as a condition ("only holds if $A$ is symmetric") nor as what would be
    ("… would be convenient"); None if no clause does (redmid64 M3: a sentence that has "throughout" in one clause
    and "$A$ is symmetric" in another, or as a condition, was read as the section's hypothesis)."""
    at = 0
    for clause in prose_clauses(sentence, _CLAUSE):
        start = sentence.find(clause, at)
        at = start + len(clause)
        if not WHOLE_SECTION.search(clause) or _OTHER_SCOPE.search(clause) or COUNTERFACTUAL.search(clause):
            continue
        said = symmetric_in(clause)
        if said is not None and not _CONDITION_BEFORE.search(DOLLAR_SPAN.sub(" ", clause[: said[1]])):
            return said[0], start + said[1]
    return None


def definition_bodies(scope: Scope, latexes: list[str], limit: int = 40) -> list[str]:
    r"""The bodies of the notes' quantity definitions in ``scope`` that ``latexes`` reach through the names they write,
    and theirs in turn (``L`` → ``D - W`` → ``\operatorname{diag}(d)`` → ``\sum_j w_{ij}``): what a chain reads
    besides its own members (at most ``limit`` bodies)."""
    bodies = {k[0]: e.body for k, e in scope.names.items()
              if isinstance(e, Definition) and e.body and not e.is_function and not e.params}  # fmt: skip
    out: list[str] = []
    todo, seen = list(latexes), set()
    while todo and len(out) < limit:
        text = todo.pop()
        for name, body in bodies.items():
            if name not in seen and writes_names({name}, [text]):
                seen.add(name)
                out.append(body)
                todo.append(body)
    return out
