r"""A lone equation between undeclared quantities that rewrites: both sides write the same names.

:mod:`verifier.documents.guesses` SKIPS a one-link chain whose names the notes never declare or define —
"nothing says it is an identity (it may hold only for particular values)" — because an equation the notes
*solve* (``a x + b = c x``, ``V = r + \gamma V``) is no identity, and a FAILED on it would be false. But
homework writes most of its algebra exactly so: "Up to constants, $$\theta^k(1-\theta)^{n-k}\theta^{a-1}
(1-\theta)^{b-1} = \theta^{a+k-1}(1-\theta)^{b+n-k-1}$$", "its mean is a weighted average $$\frac{a+k}{a+b+n}
= …$$", and a wrong exponent there went unflagged.

This module owns the evidence that such a link is a rewriting: both sides write the same names, at least two
(an equation in one unknown, ``x^2 + x = 3x - 1``, is as often solved as simplified), neither side is a
lone name or a number (``V = …`` says what V is; ``… = 1`` is a constraint), the sentence before it does
not call it a condition ("setting …", "solve", "such that", "the constraint", "if"; "we are told that the two
costs agree": a given, sound50) nor writes its names
("For $x > 0$ and even $n$,": a hypothesis that may not be read; a span defining a name the reader learned,
"Writing $s = \sqrt{\sigma^2 + \epsilon}$,", was read), and the display's sentence does not go on
after it ("… for even $n$", "where …"). An equation the notes
solve for one name relates it to others that the other side does not write; one whose sides write the same
set of names is a claim that the two expressions agree — the rewriting of a derivation.

What the sentence writes of the names without saying anything of them is no hypothesis (misses45): an inline step's
own span, a span defining a name the step does not write (``$f(x) = x^3$``), a span with no relation in a sentence
with no word restricting the names (``"keeps an $h^2$ term"``; "for even $n$", "positive $x$", "up to the $x^2$
term" still count), and a LaTeX environment's ``\begin{equation}`` (markup, not the word "equation"). Nor is a span
saying the names range over a whole real space ("For $a, b \in \mathbb{R}^2$", lead50): that quantifies the claim
over all of them, as the check does; a part of a space (``\mathbb{R}_+``, an interval, ``\{0, 1\}``) still counts.
Nor is a formula that holds for every value of its names (an expansion written just before the step, sound51:
documents.identityspans): as a hypothesis it restricts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from verifier.documents.mathspans import formulas
from verifier.documents.sentences import SPACE_AFTER

__all__ = ["rewrites_same_names"]

_CONDITION = re.compile(
    r"\b(?:solv\w*|sett?ing|set\s+(?:it|them|the|this)|condition\w*|constrain\w*|subject\s+to|such\s+that|"
    r"equation\w*|satisf\w*|requir\w*|stationar\w*|when(?:ever)?|if|iff|unless|suppose|assum\w*|equal\s+to|"
    r"equat\w*|root\w*|zero\w*|find|fixed[- ]point|optimal\w*|optimum|KKT|"
    # where it holds: "the curves meet where", "they intersect at", "at the equilibrium" (review33a)
    r"where|at\s+which|for\s+which|meet(?:s|ing)?|intersect\w*|coincid\w*|equilibri\w*|balanc\w*|"
    # the case's data, given: "We are told that the two costs agree," "Given that …" (sound50)
    r"told|given\s+that|agree(?:s|d|ing)?)\b|s\.t\.|"
    r"\\Rightarrow|\\iff",
    re.IGNORECASE,
)

# the display's sentence going on with a condition: "for even $n$", "where $x > 0$", "when …" ("so …" does not)
_GOING_ON = re.compile(r"(?:\$|(?:for|when|whenever|if|iff|where|provided|unless|assuming|only|with|as\s+long\s+as)\b)",
                       re.IGNORECASE)


# a LaTeX environment's opening or closing: ``\begin{equation*}``, ``\end{align}``
_ENVIRONMENT = re.compile(r"\\(?:begin|end)\s*\{[^{}]*\}")

# "$s = …$": the name a span defines (a letter or a command; misses45: with a subscript, "$\theta_k = …$", or the
# parameters of a function, "$f(x) = x^3$")
_DEFINED = re.compile(r"\s*\\?([A-Za-z]+)\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)?(?:\([^()]*\)\s*)?(?::=|=)(?!=)")

# a relation a span may state of the names it writes: what the sentence then says of them may be a hypothesis
_RELATION = re.compile(r"[=<>≤≥≠∈≈]|\\(?:le|ge|leq|geq|leqslant|geqslant|neq|ne|in|notin|subset|subseteq|to|approx|"
                       r"sim|equiv|propto|ll|gg|mid|perp|parallel)(?![A-Za-z])")

# names ranging over a whole real space: "$a, b \in \mathbb{R}^2$", "$W \in \mathbb{R}^{m \times n}$",
# "$x \in \mathbb{R}$"
# — the claim is for every value of them (what the check tests), no hypothesis; a part of one (\mathbb{R}_+, an
# interval, {0, 1}) still is
_NAME = (r"(?:\\(?:mathbf|boldsymbol|bm|vec|hat|tilde|bar)\s*\{[^{}]*\}|\\?[A-Za-z]+)"
         r"(?:\s*_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]))?")
_WHOLE_SPACE = re.compile(rf"\s*(?:{_NAME}\s*,\s*)*{_NAME}\s*\\in\s*\\mathbb\s*\{{?\s*R\s*\}}?\s*"
                          r"(?:\^\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]))?\s*[,.;]?\s*")

# words saying something of a name a span writes without a relation: "for even $n$", "positive $x$", "$h$ small"
_RESTRICTING = re.compile(r"\b(?:even|odd|integers?|integral|natural|whole|prime|positive|negative|non-?negative|"
                          r"non-?positive|non-?zero|small\w*|large\w*|tiny|huge|real|complex|distinct|different|"
                          r"bounded|finite|infinite|symmetric|orthogonal|invertible|singular|diagonal|unit|"
                          r"normali[sz]ed|greater|less|above|below|exceed\w*|between|within|close|near\w*|"
                          r"limit\w*|approx\w*|need\w*|want\w*|must|should|only|"
                          # what is left out or how far a series goes: "up to the $x^2$ term", "ignoring terms in $n$"
                          r"up\s+to|ignor\w*|neglect\w*|dropp\w*|constants?|proportional|leading|orders?|taylor|"
                          r"series|expan\w*|truncat\w*|grow\w*|tend\w*|asymptot\w*|roughly)\b", re.IGNORECASE)


def _lone(tree: sp.Basic) -> bool:
    return isinstance(tree, sp.Symbol | sp.Indexed | sp.Number | sp.NumberSymbol)


def rewrites_same_names(left: sp.Basic, right: sp.Basic, names_in: Callable[[sp.Basic], set[str]], prose: str,
                        after: str = "", learned: frozenset[str] = frozenset(),
                        own: tuple[str, ...] = (), identity: Callable[[str], bool] | None = None) -> bool:  # fmt: skip
    """Is ``left = right`` a rewriting by the evidence above (``names_in``: the reader's names of a tree;
    ``prose``: the text just before the link; ``after``: the lines after its display; ``learned``: the names
    whose definitions the reader holds here, so a sentence's ``$s = …$`` defining one was read; ``own``: the
    members' LaTeX of an inline step, whose own span in ``prose`` is no hypothesis on its names, misses45;
    ``identity``: whether a formula of the prose holds for every value of its names, so restricts none, sound51)?"""
    if _lone(left) or _lone(right):
        return False
    one, two = names_in(left), names_in(right)
    if one != two or len(one) < 2:
        return False
    sentence = _last_sentence(prose)
    if own:  # "it is Dice again: $\frac{a}{…} = …$": the step's own span is not what the sentence says of it
        for f in reversed(formulas(sentence)):
            if all(x.strip() in f.body for x in own):
                sentence = sentence[:f.start] + " " + sentence[f.start + len(f.body):]
    sentence = _without_named_value_verbs(sentence, one)  # "The step $\eta = …$ balances …:" (gaps53)
    # "\begin{equation}" opening the display: the environment's name is markup, not the notes' word (misses45)
    if _CONDITION.search(_ENVIRONMENT.sub(" ", sentence)) or _writes_names(sentence, one, learned, identity):
        return False  # "For $x > 0$ and even $n$,": what the sentence says of the names may not be read
    # "$$(-x)^n = x^n$$ for even $n$": the display's sentence goes on with a condition — one on its names: "For $x,
    # y$ positive …" after an expansion in a and b starts another sentence's claim (sound52)
    if _GOING_ON.match(after.lstrip()) is not None and not _of_other_names(after, one):
        return False
    # "$$a x + b = b x + a$$ which gives $x = 1$", "Solving for $x$ …": the lines after solve it for a name
    return not (re.search(r"\bsolv\w*", after, re.IGNORECASE) or _solved_for(after, one))


# a display's delimiters at the edge of a paragraph: the display opens it, or closes the one before
_OPENS_DISPLAY = re.compile(r"\s*(?:\$\$|\\\[|\\begin\s*\{)")
_CLOSES_DISPLAY = re.compile(r"(?:\$\$|\\\]|\\end\s*\{[^{}]*\})\s*$")


def _last_sentence(prose: str) -> str:
    """The sentence ``prose`` ends in. A blank line ends one, except where the sentence runs through a display set
    off by blank lines (Markdown's way): before a display, and after one where the prose goes on in lower case
    ("On the hyperbola\n\n$$uv = 1$$\n\nthis gives": one sentence, sound52)."""
    chunks = re.split(r"\n\s*\n", prose.rstrip())
    k = len(chunks) - 1
    while k > 0 and (_OPENS_DISPLAY.match(chunks[k]) is not None
                     or (_CLOSES_DISPLAY.search(chunks[k - 1]) is not None and chunks[k].lstrip()[:1].islower())):
        k -= 1
    # not sentences.SPACE_AFTER: one white space character cut, so the sentence keeps the rest's leading spaces
    return re.split(r"(?<=[.!?])\s", "\n".join(chunks[k:]))[-1]


# a verb saying what a value does, right after the inline formula that names the value: "The step $\eta = …$
# balances the two factors:", "the rate $r = …$ satisfies" (gaps53)
_VALUE_VERB = re.compile(r"(?:\$|\\\))\s*(balance[sd]?|satisfie[sd]|solve[sd]|equali[sz]e[sd]?)\b", re.IGNORECASE)


def _without_named_value_verbs(sentence: str, names: set[str]) -> str:
    r"""``sentence`` without the condition verbs whose subject is a value the prose names inline, of a name the
    display does not write ("The step $\eta = \frac{2}{a + b}$ balances the two factors:" before a display in a and
    b): the verb says what the named value does, and the display after it, which no longer writes that name, is
    what it comes to — a claim for every value of the others, not the equation the condition is (review33a's "the
    two factors balance where $$…$$" is one). The defined name is compared letter by letter (a command by its
    word), and one that is part of a display name (``\eta`` in ``beta``) keeps the verb: when unsure, it is a
    condition."""
    for f in reversed(formulas(sentence)):
        end = f.start + len(f.body)
        verb = _VALUE_VERB.match(sentence, end)
        if f.display or verb is None or (head := _DEFINED.match(f.body)) is None:
            continue
        written = {t.lstrip("\\") for t in re.findall(r"\\[A-Za-z]+|[A-Za-z]", f.body[:head.end()].split("=")[0])}
        if written and not any(t in n for t in written for n in names):
            sentence = sentence[:verb.start(1)] + " " * len(verb.group(1)) + sentence[verb.end(1):]
    return sentence


def _of_other_names(after: str, names: set[str]) -> bool:
    """Does the sentence ``after`` starts write math, none of it part of one of ``names`` ("For $x, y$ positive …"
    after a display in a and b: a condition of another claim, not of the display's)? Compared letter by letter (a
    command by its word), and a letter inside a name counts as that name (``\\hat z`` is the reader's ``zhat``):
    when unsure, the clause is the display's."""
    sentence = SPACE_AFTER.split(after.strip())[0]
    spans = _spans(sentence)
    written = {t.lstrip("\\") for span in spans for t in re.findall(r"\\[A-Za-z]+|[A-Za-z]", span)}
    return bool(spans) and not any(t in n for t in written for n in names)


def _spans(text: str) -> list[str]:
    """The bodies of the formulas of ``text``, in every dialect (``$…$``, ``$$…$$``, ``\\(…\\)``, ``\\[…\\]``, a math
    environment: documents.mathspans; a ``$``-only pattern missed a LaTeX display leading into the step, lead50)."""
    return [f.body for f in formulas(text)]


def _solved_for(text: str, names: set[str]) -> bool:
    """Does a math span of ``text`` start with one of ``names`` given a value (``$x = 1$``, ``$x^* = …$``)?"""
    for span in _spans(text):
        for n in names:
            if re.match(r"\s*\\?" + re.escape(n) + r"(?![A-Za-z])\s*(?:\^\s*\{?\s*(?:\*|\\star|\\ast)\s*\}?)?\s*=(?!=)",
                        span):
                return True
    return False


def _writes_names(text: str, names: set[str], learned: frozenset[str] = frozenset(),
                  identity: Callable[[str], bool] | None = None) -> bool:
    """Does a math span of ``text`` write one of ``names`` (as a letter or a command: ``n``, ``\\theta``)? Not a
    span defining a name of ``learned`` ("Writing $s = \\sqrt{\\sigma^2 + \\epsilon}$,": the reader learned s and
    reads the step with it, so the sentence holds nothing unread; fresh24) or a name the step does not write ("For
    $f(x) = x^3$", "so $\\theta_k = (1 - \\eta)^k \\phi$": misses45), nor one stating no relation in a sentence
    whose words restrict nothing ("exact up to the $h^2$ term", "multiplies by $1 - \\eta$": misses45; "for even $n$",
    "positive $x$" still count), nor one that holds for every value of its names (``identity``: "$$(u + v)^2 = u^2 +
    2uv + v^2$$" just before restricts nothing, sound51; documents.identityspans)."""
    restricting = _RESTRICTING.search(text) is not None
    for span in _spans(text):
        if _WHOLE_SPACE.fullmatch(span):
            continue  # "For $a, b \in \mathbb{R}^2$": for all of them, no hypothesis (lead50)
        if (head := _DEFINED.match(span)) is not None and (head.group(1) in learned or head.group(1) not in names):
            continue  # a definition of another name restricts none of these (misses45)
        if not restricting and _RELATION.search(span) is None:
            continue
        if identity is not None and identity(span):
            continue  # an identity written before the step: true for every value, it restricts none (sound51)
        if any(re.search(r"(?<![A-Za-z])\\?" + re.escape(n) + r"(?![A-Za-z])", span) for n in names):
            return True
    return False
