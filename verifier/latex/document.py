r"""The records a document's math is read into: display blocks, members, steps and chains.

A *chain* is ``m0 = m1 = … = mn``: each link between two members is one *step*. Most links are
``=`` (a claim to check); ``:=``, ``\triangleq``, ``\coloneqq`` and ``\stackrel{\text{def}}{=}``
*define* (``Step.relation == ":="``); ``\approx``, ``\le``, ``<``, ``\to``, ``\propto``, ``\sim`` …
are links too, kept as steps so that nothing written is dropped silently, but they are not
equalities (``Step.relation`` is the written relation) and are never checked as one.

Finding blocks lives in :mod:`verifier.documents.sources`; cutting them into chains in
:mod:`verifier.latex.chains`. This module only holds the immutable results both produce.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["DEFINITION", "EQUALITY", "Chain", "MathBlock", "Member", "Place", "Step"]

EQUALITY = "="
DEFINITION = ":="


@dataclass(frozen=True)
class Place:
    """Where a formula is written in the document's text: the column (0-based character offset) of its opening
    delimiter in its first line, and the document line and column just past its closing delimiter. The reader
    cuts the prose of a line at it (:mod:`verifier.documents.claimplace`): two formulas of one line may be
    written alike, their places never are."""

    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class MathBlock:
    """One display-math block as found in a document."""

    line: int  # 1-based line of the block's opening delimiter
    text: str  # LaTeX between the delimiters (for environments: the whole \begin…\end), macros expanded
    path: str = ""
    struck: bool = False  # wrapped in Markdown strike-through ~~…~~: withdrawn by the author
    cell: int | None = None  # notebooks: 1-based cell index
    cell_line: int | None = None  # notebooks: 1-based line inside that cell
    inline: bool = False  # ``$…$`` in a sentence: checked only when it states a derivative (a claim)
    place: Place | None = None  # inline formulas: where in their line (None: a source that gives no positions)

    @property
    def where(self) -> str:
        if self.cell is not None:
            return f"{self.path}: cell {self.cell}, line {self.cell_line}"
        return f"{self.path}:{self.line}"

    def line_at(self, offset: int) -> int:
        """The document line of character ``offset`` of ``text``."""
        return self.line + self.text.count("\n", 0, offset)

    @property
    def last_line(self) -> int:
        return self.line_at(len(self.text))


@dataclass(frozen=True)
class Member:
    """One side of a step: cleaned LaTeX ready for ``parse_latex``."""

    latex: str
    line: int


@dataclass(frozen=True)
class Step:
    """``left relation right``; ``condition`` is the text of ``\\stackrel{condition}{=}``, if any.

    ``relation`` is ``"="`` for an equality to check, ``":="`` for a definition, and the written
    relation (``"\\approx"``, ``"\\le"``, ``"<"``, …) for a link that is not an equality.
    """

    left: Member
    right: Member
    condition: str | None = None
    relation: str = EQUALITY

    @property
    def is_equality(self) -> bool:
        return self.relation == EQUALITY

    @property
    def is_definition(self) -> bool:
        return self.relation == DEFINITION


@dataclass
class Chain:
    """Members linked by relations; ``steps`` pairs each member with the next."""

    path: str
    line: int
    members: list[Member] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # side conditions, shapes, …
    label: str | None = None  # "c)", "\\star", … stripped from the front
    struck: bool = False
    dangling: bool = False  # starts with "=": its left-hand side is not in display math
    lead_relation: str = EQUALITY  # the relation a dangling chain starts with ("= c", "\\approx c")
    noted_equals: int = 0  # "=" signs not made steps but reported in notes (side conditions, …)
    connected: bool = False  # an equation joined to others by ⇔/⇒/∴: a condition solved, not an identity
    #: from the opening delimiter of its first block to the closing one of its last (both known), or None
    place: Place | None = None

    @property
    def derivative_variable(self) -> str | None:
        r"""LaTeX of the variable of the chain's ``\frac{d}{dx}``-style derivatives, if there is
        exactly one: what a prime ``(…)'`` in the chain most likely differentiates by."""
        found: set[str] = set()
        for m in self.members:
            found.update(v.strip() for v in _DIFF_VAR.findall(m.latex))
            found.update(v.strip().removeprefix("{").removesuffix("}").strip() for v in _GRAD_VAR.findall(m.latex))
        if not found and any(_BRACKET_PRIME.search(m.latex) for m in self.members):
            # (x^2)' = 2x, |x|' = …, (\sigma(x))' = …: the chain's only variable
            letters = set().union(*(one_letter_names(m.latex) for m in self.members))
            found = letters if len(letters) == 1 else set()
        return found.pop() if len(found) == 1 else None


# a prime on a bracket: (…)', |…|', \right)'
_BRACKET_PRIME = re.compile(r"[)\]|]\s*(?:'|\^\s*\{?\s*\\prime\b)")
_WORDS = re.compile(r"\\(?:operatorname|text|mathrm|textrm|mathit|mathbf|boldsymbol)\s*\{[^{}]*\}|\\[A-Za-z]+")


def one_letter_names(latex: str) -> set[str]:
    """The one-letter names a member writes (commands and words dropped, e^ Euler's number)."""
    bare = _WORDS.sub(" ", latex)
    bare = re.sub(r"(?<![A-Za-z])e\s*\^", " ", bare)
    return set(re.findall(r"(?<![A-Za-z])[A-Za-z](?![A-Za-z])", bare))


_DIFF_VAR = re.compile(
    r"\\[dt]?frac\s*\{\s*(?:d|\\partial|\\mathrm\{d\})[^{}]*\}\s*\{\s*(?:d|\\partial|\\mathrm\{d\})\s*"
    r"((?:\\[A-Za-z]+|[A-Za-z])(?:_\{?[A-Za-z0-9]+\}?)?)\s*\}"
)
# \nabla_\theta, \nabla_{w}, \partial_x: an operator with its variable below it
_GRAD_VAR = re.compile(
    r"\\(?:nabla|partial)\s*_\s*(\{\s*(?:\\[A-Za-z]+|[A-Za-z])(?:_\{?[A-Za-z0-9]+\}?)?\s*\}|\\[A-Za-z]+|[A-Za-z])"
)
