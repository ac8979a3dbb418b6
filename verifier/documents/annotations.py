r"""What the document's text says about names before any chain is read: annotations.

Notes say what a name is outside the formulas that use it: ``W \in \mathbb{R}^{m \times n}`` in prose
or math, ``$x, b \in \mathbb{R}^2$``, bold ``\mathbf{x}`` / ``\boldsymbol{\theta}`` (a vector; a capital:
a matrix), ``\mathbf{v_c}`` (a bold name with its label inside the bold: the vector of word c, not an
entry of v), a name set equal to a written-out matrix (:mod:`verifier.documents.literals`), and
samples the prose calls the rows of a matrix ("Let the $i$-th row of $X$ be $x^{(i)}$", "$X$, whose
rows are the $x^{(i)}$"): each ``x^{(i)}`` is then a vector, as a bold ``\mathbf{x}^{(i)}`` is, and the
data-matrix reading (:mod:`verifier.documents.samples`) reads X as their matrix.
This module reads that evidence from the whole text once per document; shape inference
(:mod:`verifier.documents.infer`) weighs it against what each chain writes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from verifier.documents.acronyms import ACRONYM_ROLE, acronym_counts
from verifier.documents.boldprimes import bold_primed_keys
from verifier.documents.constantscalars import CONSTANT, constant_sites
from verifier.documents.context import Key, key_of
from verifier.documents.familyshapes import with_family_letters
from verifier.documents.indexedpi import called_pi, indexed_pi, policy_pi
from verifier.documents.iterates import annotated_iterates
from verifier.documents.layerletters import as_layers, labelled_letters
from verifier.documents.literals import literal_bases, literal_shapes
from verifier.documents.namedconstants import prose_named_letters, vector_letters
from verifier.documents.oneslength import declared_ones_length
from verifier.documents.plaine import plain_capital_e
from verifier.documents.rownames import stated_row_names
from verifier.documents.scalarroles import scalar_role_sites
from verifier.documents.sentences import SENTENCE
from verifier.documents.statedoptima import OPTIMUM_ROLE, optimum_names
from verifier.documents.tablevalues import TABLE_ROLE, table_names
from verifier.latex import LatexError, parse_latex
from verifier.latex.decorations import normalize_fonts

__all__ = ["ANNOTATED_NAME", "RESERVED", "Annotations", "annotated_shapes", "annotations_of", "bold_keys",
           "inner_samples", "key_of_text", "stated_rows", "written_shape"]

#: names the resolver gives a meaning without any declaration
RESERVED = frozenset({"e", "pi", "ones", "zeros", "delta", "E", "I"})


@dataclass(frozen=True)
class Annotations:
    """Document-wide evidence: bold names and ``\\in \\mathbb{R}^{…}`` annotations."""

    bold: frozenset[Key] = frozenset()
    shapes: dict[Key, tuple[object, ...]] = field(default_factory=dict)  # () scalar, (n,) vector, (m, n)
    #: names written with one or two letter subscripts somewhere in the notes (x_j, W_{ij}): their kind
    subscripted: dict[Key, str] = field(default_factory=dict)
    #: ``\mathbf{v_c}``: a bold name whose letter subscript is inside the bold, a label (the vector of
    #: word c), not an entry; keys such as ("v", ("c",))
    labelled: frozenset[Key] = frozenset()
    #: names whose shape comes from a literal the notes set them equal to (documents/literals.py)
    literals: frozenset[Key] = frozenset()
    #: the literal vectors that list their own numbered entries, with the first number (``[g_1, g_2]``: 1)
    literal_bases: dict[Key, int] = field(default_factory=dict)
    #: letters of sample families ``x^{(i)}`` the prose calls the rows of the capital X (:func:`stated_rows`)
    sample_rows: frozenset[str] = frozenset()
    #: letters of sample families ``x^{(i)}`` the notes transpose or write in an inner product
    #: (:func:`inner_samples`): each sample a vector, X not declared with them
    vector_samples: frozenset[str] = frozenset()
    #: letters of sample families ``x^{(i)}`` the prose calls row vectors (:func:`stated_row_vectors`)
    row_samples: frozenset[str] = frozenset()
    #: letters the notes write with a parenthesised superscript label (``x^{(i)}``, ``x_j^{(i)}``, ``x^{(t)}_k``):
    #: the label names the row of the family, written so; a family made of subscripted samples
    #: (``a_j``, ``\mathbf{x}_i``) is not among them (:func:`superscript_labels`, read by inferevidence.slices)
    superscript_labels: frozenset[str] = frozenset()
    #: names the prose gives a role only a number plays ("temperature $T$"), with the role
    #: (:mod:`verifier.documents.scalarroles`); each is in ``shapes`` as a scalar unless annotated otherwise
    roles: dict[Key, str] = field(default_factory=dict)
    #: the line each role is first given on (it holds until the name is introduced anew: ``reader``)
    role_lines: dict[Key, int] = field(default_factory=dict)
    #: the size letter the prose gives the vector of ones (:mod:`verifier.documents.oneslength`)
    ones_length: str | None = None
    #: the length of each sample of the families the prose annotates one by one (x_i ∈ ℝ^d: {"x": d},
    #: :mod:`verifier.documents.annotatedsamples`)
    sample_lengths: dict[str, object] = field(default_factory=dict)
    #: names a display of the notes writes transposed (x^T, W_2^T), with the lines that do (the reader
    #: keeps, per chain, the first it takes: :mod:`verifier.documents.doctransposes`)
    transposed: dict[Key, list[int]] = field(default_factory=dict)
    #: each indexed family's one orientation in the document, by letter (documents.familyorientation)
    orientations: dict[str, object] = field(default_factory=dict)
    #: the constant letters ("e", "pi") the prose names as a quantity, with the first line that does
    #: (:mod:`verifier.documents.namedconstants`; the reader keeps, per chain, those named before it)
    named_letters: dict[str, int] = field(default_factory=dict)
    #: the notes write π only with a letter subscript, never alone: π_k is their family (documents.indexedpi)
    indexed_pi: bool = False
    #: the notes write the bare π only called (π(a)), starred or maximised over: their policy (documents.indexedpi)
    called_pi: bool = False
    #: the notes write π with a Greek subscript and never call it: π_θ is a name of its own (documents.indexedpi)
    policy_pi: bool = False
    #: the notes never write an expectation: a bare E is a quantity of theirs (documents.plaine)
    plain_e: bool = False
    #: names the prose calls row vectors one by one ("with $v$ a row vector": documents.rownames), each a 1×n row
    rows: frozenset[Key] = frozenset()


_BOLD = re.compile(r"\\(?:mathbf|boldsymbol|bm|bold|vec|mathbb|textbf|bf)\s*\{\s*(\\?[A-Za-z]+)\s*\}")
_BOLD_LABEL = re.compile(
    r"\\(?:mathbf|boldsymbol|bm|bold|vec|textbf|bf)\s*\{\s*(\\?[A-Za-z]+)\s*_\s*\{?\s*([A-Za-z])\s*\}?\s*\}"
)
# A bold name may carry a subscript outside the bold (``\mathbf{x}_n``, Bishop's samples); a letter
# right after ``_`` or ``^`` is a subscript, never the annotated name (``\mathbf{x}_n \in …`` did not
# annotate n as a vector)
ANNOTATED_NAME = (
    # an accented name, "$\hat y \in \mathbb{R}^n$": ŷ, not the y under the hat (fresh48); tried first
    r"(?:(?<![_^])\\(?:hat|bar|tilde|widehat|widetilde|overline|check)\s*(?:\{\s*\\?[A-Za-z]+\s*\}|\\[A-Za-z]+|[A-Za-z])"
    r"(?![A-Za-z])(?:_\{?[A-Za-z0-9]+\}?)?"
    # a name starts where its run of letters starts (redteam36: tried at every letter of a long run, each try ran
    # to the run's end, and a display of 20,000 letters made the document's reading a TIMEOUT)
    r"|(?:(?<![_^A-Za-z\\])[A-Za-z]+|(?<![_^])\\[A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?"
    r"|\\(?:mathbf|boldsymbol|bm|bold)\{\\?[A-Za-z]+\}(?:_\{?[A-Za-z0-9]+\}?)?)"
)
# "$x, b \in \mathbb{R}^2$" annotates both names: the list before \in is group 1, the last name group 2.
# A list counts only where it opens the formula ("$x, b \in …"): in "f(x) = x^T A x, A \in …" the x
# before the comma belongs to the formula, not to the annotation
_IN_R = re.compile(
    rf"(?:(?<=\$)\s*((?:{ANNOTATED_NAME}\s*,\s*)+))?({ANNOTATED_NAME})\s*\\in\s*"
    r"\\mathbb\s*\{?R\}?\s*(?:\^\s*(\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z0-9]))?"
)

# "$K$, $Q$, and $V$, all elements of $\mathbb{R}^{n \times h}$", "$a$ and $b$ are in $\mathbb{R}^n$": names
# listed in the prose, each in its own formula, then the space they all belong to
_PROSE_IN_R = re.compile(
    rf"((?:\$\s*{ANNOTATED_NAME}\s*\$\s*(?:,\s*(?:and\s+)?|and\s+))+\$\s*{ANNOTATED_NAME}\s*\$)\s*,?\s*"
    r"(?:are\s+)?(?:all\s+)?(?:elements\s+of|in|belong\s+to)\s+\$\s*"
    r"\\mathbb\s*\{?R\}?\s*(?:\^\s*(\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z0-9]))?\s*\$"
)


# "$W_1$ is $d \times m$", "$W$ is an $m \times n$ matrix", "Let $W$ be a $k \times m$ matrix", "$x$ is a row
# vector ($1 \times d$)": a shape stated in words, two sizes joined by \times (variants16)
_PROSE_TIMES = re.compile(
    rf"\$\s*({ANNOTATED_NAME})\s*\$\s*,?\s*(?:is|be)\s+(?:an?\s+)?(?:(?:row|column)\s+vector\s+\(\s*)?"
    r"\$\s*([A-Za-z0-9]+\s*\\times\s*[A-Za-z0-9]+)\s*\$"
)

# the shape in words: "$X$ is $d$ by $n$", "$W$ is $d$-by-$k$", "a square $W$ ($d$ by $d$)", "$W$ ($m \times n$)"
_PROSE_BY = re.compile(
    rf"\$\s*({ANNOTATED_NAME})\s*\$\s*(?:,?\s*(?:is|be)\s+(?:an?\s+)?|\(\s*)"
    r"\$\s*([A-Za-z0-9]+)\s*\$\s*(?:-\s*by\s*-|\s+by\s+)\s*\$\s*([A-Za-z0-9]+)\s*\$"
    rf"|\$\s*({ANNOTATED_NAME})\s*\$\s*\(\s*\$\s*([A-Za-z0-9]+\s*\\times\s*[A-Za-z0-9]+)\s*\$\s*\)"
)

# the name before "is" is no subject: "of $C$ and $D$", "with respect to $x$", "by $W$" (review23b)
_NOT_SUBJECT = re.compile(r"(?:\b(?:of|to|by|from|with|than|between|on|at|in|into|over)\s*"
                          r"|\b(?:of|between)\s+\$[^$]{1,40}\$\s*,?\s*(?:and|or)\s*)\Z", re.IGNORECASE)  # fmt: skip


def key_of_text(text: str) -> Key | None:
    r"""The key of a name written in LaTeX (``W``, ``\mathbf{x}_n``), or None where it does not parse."""
    try:
        return key_of(parse_latex(text, functions=frozenset()))
    except LatexError:
        return None


def _dim_of_text(text: str) -> object | None:
    text = text.strip()
    if re.fullmatch(r"\d+", text):
        return int(text)
    if power := re.fullmatch(r"10\s*\^\s*\{?\s*(\d{1,2})\s*\}?", text):  # \mathbb{R}^{10^4}: the number it writes
        return 10 ** int(power.group(1))
    key = key_of_text(text)
    return key


def written_shape(sup: str | None) -> tuple[object, ...] | None:
    r"""The shape the power of ``\mathbb{R}^{…}`` writes (``{m \times n}``, ``n``, none: a scalar), or
    None where it has more than two sizes or a size that is not a number or a name."""
    sup = (sup or "").strip()
    if sup.startswith("{"):
        sup = sup[1:-1]
    parts = re.split(r"\\times|×|\\cdot|(?<=\w)\s*x\s*(?=\w)|,", sup) if sup else []
    dims = tuple(_dim_of_text(p) for p in parts)
    return None if any(d is None for d in dims) or len(dims) > 2 else dims


def annotated_shapes(text: str) -> Iterator[tuple[int, Key, tuple[object, ...]]]:
    r"""Every ``… \in \mathbb{R}^{…}`` annotation of ``text`` (in math, or names listed in the prose):
    (position of the name, its key, its shape). One reading of the annotations for
    :func:`annotations_of` (the whole document) and :mod:`verifier.documents.anew` (per line)."""
    for m in _IN_R.finditer(text):
        dims = written_shape(m.group(3))
        if dims is None:
            continue
        for name in [*re.findall(ANNOTATED_NAME, m.group(1) or ""), m.group(2)]:
            if (key := key_of_text(name)) is not None:
                yield m.start(2), key, dims
    for m in _PROSE_IN_R.finditer(text):
        dims = written_shape(m.group(2))
        if dims is None:
            continue
        for name in re.findall(rf"\$\s*({ANNOTATED_NAME})\s*\$", m.group(1)):
            if (key := key_of_text(name)) is not None:
                yield m.start(), key, dims
    for m in _PROSE_TIMES.finditer(text):
        if _NOT_SUBJECT.search(text, max(0, m.start() - 80), m.start()):
            continue  # "the product of $C$ and $D$ is $m \times p$": the product's shape, not D's (review23b)
        dims = written_shape("{" + m.group(2) + "}")
        if dims is not None and (key := key_of_text(m.group(1))) is not None:
            yield m.start(1), key, dims
    for m in _PROSE_BY.finditer(text):  # the shape in words (fresh15)
        name, sup = (m.group(1), f"{m.group(2)} \\times {m.group(3)}") if m.group(1) else (m.group(4), m.group(5))
        if _NOT_SUBJECT.search(text, max(0, m.start() - 80), m.start()):
            continue
        if (dims := written_shape("{" + sup + "}")) is not None and (key := key_of_text(name)) is not None:
            yield m.start(), key, dims


# \hat{\mathbf{y}}, \widetilde{\boldsymbol{\theta}}: a decorated bold name is bold too (key yhat, thetatilde)
_BOLD_DECORATED = re.compile(
    r"\\(hat|tilde|bar|widehat|widetilde|overline)\s*\{\s*\\(?:mathbf|boldsymbol|bm|bold)\s*\{\s*(\\?[A-Za-z]+)\s*\}\s*\}"
)
# \mathbf{b}^{(2)}, \boldsymbol{\delta}^{(1)}: a bold name with a layer number is bold too (key b^(2))
_BOLD_LAYER = re.compile(r"\\(?:mathbf|boldsymbol|bm|bold)\s*\{\s*(\\?[A-Za-z]+)\s*\}\s*\^\s*\{\s*\(\s*(\d+)\s*\)\s*\}")


def _decorated_bold(text: str) -> set[Key]:
    r"""Keys of bold names under a hat (``\hat{\mathbf{y}}``) or with a layer number (``\mathbf{b}^{(2)}``):
    names of their own (yhat, b^(2)), as bold as the letter they decorate."""
    out: set[Key] = set()
    for m in _BOLD_DECORATED.finditer(text):
        key = key_of_text(f"\\{m.group(1)}{{{m.group(2)}}}")
        if key is not None:
            out.add(key)
    for m in _BOLD_LAYER.finditer(text):
        key = key_of_text(f"{m.group(1)}^{{({m.group(2)})}}")
        if key is not None:
            out.add(key)
    return {k for k in out if k[0].lstrip("\\") not in RESERVED}


def bold_keys(text: str) -> set[Key]:
    """The keys of the names ``text`` writes bold (``\\mathbf{x}``, ``\\hat{\\mathbf{y}}``, ``\\mathbf{x}'``): the
    ``bold`` of :func:`annotations_of`, alone. The reader asks it of each chain's own text, where the rest of
    the annotations (shapes, roles, samples: some twenty scans of the text) would be computed for nothing."""
    bold: set[Key] = set()
    for m in _BOLD.finditer(text):
        if m.group(1) in ("1", "0", "R", "E"):
            continue
        key = key_of_text(m.group(1))
        if key is not None and key[0] not in RESERVED:
            bold.add(key)
    bold |= _decorated_bold(text)
    bold |= bold_primed_keys(text)  # \mathbf{x}' beside \mathbf{x} (documents.boldprimes)
    return bold


def annotations_of(text: str) -> Annotations:
    """Bold names and ``x \\in \\mathbb{R}^{…}`` anywhere in the document's text."""
    bold = bold_keys(text)
    shapes: dict[Key, tuple[object, ...]] = {}
    for _, key, dims in annotated_shapes(text):
        shapes.setdefault(key, dims)
    shapes = with_family_letters(shapes, text)  # x_1, \dots, x_n \in R^d: x_j too (documents.familyshapes)
    for key, sup in annotated_iterates(text):  # x^{(t)} \\in \\mathbb{R}^n, read x^[t] (documents.iterates)
        if (dims := written_shape(sup)) is not None:
            shapes.setdefault(key, dims)
    literals: set[Key] = set()
    # \mathbf{z}^1 = [z_0^1, z_1^1, z_2^1] where z's superscripts are layer labels: the literal of layer 1
    # (its names read as every member reads them: documents.layerletters)
    layered = normalize_fonts(text)  # {\bf z}^1 = [...]: \mathbf{z}^1, as the member is read
    layered = as_layers(layered, labelled_letters(layered))
    for key, dims in literal_shapes(layered, key_of_text).items():  # w = \begin{bmatrix}…\end{bmatrix} (literals.py)
        if key[0] not in RESERVED and key not in shapes:
            shapes[key] = dims
            literals.add(key)
    bases = literal_bases(layered, key_of_text)  # [g_1, g_2, g_3]: entries numbered from 1 (literals.py)
    roles: dict[Key, str] = {}
    role_lines: dict[Key, int] = {}
    for key, (role, line) in scalar_role_sites(text, key_of_text).items():  # "temperature $T$" (scalarroles)
        if key[0] not in RESERVED and key not in shapes and key not in bold:
            shapes[key] = ()
            roles[key], role_lines[key] = role, line
    for key, lines in constant_sites(text, key_of_text).items():  # "$C > 0$ a constant" (constantscalars)
        if key[0] not in RESERVED and key not in shapes and key not in bold:
            shapes[key] = ()
            roles[key], role_lines[key] = CONSTANT, lines[0]
    numbers = [(acronym_counts(text), ACRONYM_ROLE), (table_names(text), TABLE_ROLE),  # TP; V(s_1) = 0.5 (tablevalues)
               (optimum_names(text), OPTIMUM_ROLE)]  # \max_{a'} Q(s', a') = 5 (statedoptima)
    for found, role in numbers:  # TP, FP: a confusion matrix's counts (documents.acronyms)
        for name, line in found.items():
            if (name, ()) not in shapes and (name, ()) not in bold:
                shapes[(name, ())] = ()
                roles[(name, ())], role_lines[(name, ())] = role, line
    labelled = {(m.group(1).lstrip("\\"), (m.group(2),)) for m in _BOLD_LABEL.finditer(text)}
    return Annotations(frozenset(bold), shapes, labelled=frozenset(k for k in labelled if k[0] not in RESERVED),
                       literals=frozenset(literals), literal_bases={k: b for k, b in bases.items() if k in literals},
                       sample_rows=stated_rows(text),
                       vector_samples=inner_samples(text),
                       row_samples=stated_row_vectors(text),
                       superscript_labels=superscript_labels(text),
                       roles=roles,
                       role_lines=role_lines,
                       ones_length=declared_ones_length(text),
                       named_letters=_named_letters(text),  # "Let $e$ be the error", \pi = (a, b) (namedconstants)
                       indexed_pi=indexed_pi(text),
                       called_pi=called_pi(text),
                       policy_pi=policy_pi(text),
                       # (an E the notes annotate with a shape is a matrix, an embedding: no scalar constant)
                       plain_e=plain_capital_e(text) and not shapes.get(("E", ())),
                       rows=stated_row_names(text, key_of_text) - shapes.keys())


def _named_letters(text: str) -> dict[str, int]:
    """The letters e and π the notes name as their own quantities, each from the first line that does."""
    prose, math = prose_named_letters(text), vector_letters(text)
    return {k: min(v for v in (prose.get(k), math.get(k)) if v is not None) for k in prose.keys() | math.keys()}


_ROWS = re.compile(r"\brows?\b", re.I)
_CAPITAL = re.compile(r"\$\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?([A-Z])\s*\}?\s*\$")
_FAMILY = re.compile(r"\$\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?([a-z])\s*\}?\s*\^\s*\{\s*\(\s*[a-z]\s*\)")


def stated_rows(text: str) -> frozenset[str]:
    r"""Letters x whose samples ``x^{(i)}`` a sentence of the prose calls the rows of the matrix X (the
    same letter, capital): the sentence says "row" (not "column"), writes ``$X$`` alone in a formula and
    ``$x^{(i)}$``."""
    out: set[str] = set()
    for m in SENTENCE.finditer(text):
        sentence = m.group(0)
        if not _ROWS.search(sentence) or "column" in sentence.lower():
            continue
        capitals = {c.group(1) for c in _CAPITAL.finditer(sentence)}
        out |= {f.group(1) for f in _FAMILY.finditer(sentence) if f.group(1).upper() in capitals}
    return frozenset(out)


# a transpose: ^T, ^\top, ^{\intercal}, ^{\mathsf{T}}
_T = r"\^\s*(?:\{\s*)?(?:\\top|\\intercal|\\mathsf\s*\{\s*T\s*\}|T)(?![A-Za-z])\s*\}?"
# a sample written with a superscript, x^{(i)} (perhaps bold); group 1 its letter
_SUP = r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?([a-z])\s*\}?\s*\^\s*\{\s*\(\s*[a-z]\s*\)"
_INNER = re.compile(
    # \theta^T x^{(i)}: a transposed name (perhaps with a subscript or braces) right before the sample
    r"(?:[A-Za-z]|\\[A-Za-z]+|\})\s*" + _T + r"\s*" + _SUP
    # x^{(i)T}, x^{(i)\top}: the sample transposed in its own superscript
    + r"|" + _SUP + r"\s*(?:\\top|\\intercal|T)(?![A-Za-z])"
    # (x^{(i)})^T
    + r"|\(\s*" + _SUP + r"\s*\}\s*\)\s*" + _T
)


@functools.lru_cache(maxsize=16)  # a pure function of the notes' text, asked once per document
def inner_samples(text: str) -> frozenset[str]:
    r"""Letters x whose samples ``x^{(i)}`` the notes transpose or multiply by a transposed name
    (``\theta^T x^{(i)}``, ``x^{(i)T}\theta``, ``(x^{(i)})^\top``): nobody transposes a number, so each
    sample is a vector, the column of sample i, as a bold sample or one the prose calls a row of X is
    (``Annotations.sample_rows``). Without it a plain ``x^{(i)}`` was an entry of a vector
    of numbers, ``\theta^T x^{(i)}`` a row, and ``\sum_i (y^{(i)} - \sigma(\theta^T x^{(i)}))x^{(i)} =
    X^T(y - \sigma(X\theta))`` SKIPPED: the shapes did not fit."""
    return frozenset(next(g for g in m.groups() if g) for m in _INNER.finditer(text))


# x^{(i)}, \mathbf{x}^{(i)}, x_j^{(i)}, x_{jk}^{(i)}: a letter (perhaps bold, perhaps with a subscript first) labelled
# by one letter in parentheses as a superscript; group 1 the letter
_LABELLED = re.compile(
    r"(?<![\\A-Za-z])(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?([a-z])\s*\}?\s*(?:_\s*(?:\{[^{}$]*\}|[A-Za-z0-9])\s*)?"
    r"\^\s*\{\s*\(\s*[a-z]\s*\)"
)


def superscript_labels(text: str) -> frozenset[str]:
    r"""Letters the notes write with a label in parentheses as a superscript (``x^{(i)}``, ``x_j^{(i)}``): there
    the label names the sample, the row of the family whatever letters the two-index uses write (CS229's
    ``x_i^{(j)}`` is feature i of sample j). A family of samples the reader makes from subscripts (``a_j`` beside
    ``a_{ij}``: documents.annotatedsamples, documents.samples) shares the parsed base ``a^()`` but states no
    orientation: only the letters written with the label here fix it (inferevidence.slices)."""
    return frozenset(m.group(1) for m in _LABELLED.finditer(text))


# "$x^{(i)}$ is a row vector", "$x^{(i)} \in \mathbb{R}^{1 \times d}$": the sample itself, not its transpose
_ROW_VECTOR = re.compile(r"\brow\s+vectors?\b|\\in\s*\\mathbb\s*\{?R\}?\s*\^\s*\{\s*1\s*\\times", re.I)
_COLUMN_VECTOR = re.compile(r"\bcolumn\s+vectors?\b", re.I)
_PLAIN_FAMILY = re.compile(
    r"\$\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?([a-z])\s*\}?\s*\^\s*\{\s*\(\s*[a-z]\s*\)\s*\}(?!\s*\^)"
)


def stated_row_vectors(text: str) -> frozenset[str]:
    r"""Letters x whose samples ``x^{(i)}`` a sentence calls row vectors ("each sample $x^{(i)}$ is a row
    vector", ``$x^{(i)} \in \mathbb{R}^{1 \times d}$``), written untransposed (``x^{(i)T}``, a column's
    transpose, says nothing), in a sentence that calls nothing a column vector: such a sample is row i of
    the data, not the column vector a superscript sample is read as otherwise (``\theta^T x^{(i)}``: infer,
    shapes, resolve.entry)."""
    out: set[str] = set()
    for m in SENTENCE.finditer(text):
        sentence = m.group(0)
        if _ROW_VECTOR.search(sentence) and not _COLUMN_VECTOR.search(sentence):
            out |= {f.group(1) for f in _PLAIN_FAMILY.finditer(sentence)}
    return frozenset(out)
