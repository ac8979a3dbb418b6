r"""Prose that states a matrix symmetric, and the symmetric reading of a step.

∇ of a quadratic form is 2Cx only for a symmetric C, and notes say so in words: "symmetric matrix $C$" (or its
entries: "symmetric weights $w_{ij}$", "$w_{ij} = w_{ji}$"),
"$A$ is symmetric", "with $Q$ symmetric positive definite", "$S = S^T$", a covariance, Gram, kernel or
Hessian matrix, a diagonal one ("$W = \operatorname{diag}(w_1, \dots, w_n)$"). This module owns which words
state it — not a negation earlier in the clause ("We do not assume $A$ symmetric"), not a question, not a
condition the prose leaves for the general case ("When $A$ is symmetric …. In general:"), not "block diagonal"
or "diagonal plus a rank-one term" — and the rewriting of a step with those matrices replaced by their symmetric parts.
The checker (documents.doubts) asks it for the prose just before a chain.
"""

from __future__ import annotations

import re

import sympy as sp

from verifier.documents.claimplace import Written, claim_span
from verifier.documents.context import Scope
from verifier.documents.headings import heading_level
from verifier.documents.rebuild import replaced
from verifier.documents.sentences import SINGLE_DOLLARS
from verifier.documents.sentences import WORD_STOP as _SENTENCE_END
from verifier.latex.vocabulary import TRANSPOSE

__all__ = [
    "NEGATION",
    "convolution_kernel",
    "declined_after",
    "of_its_own_formula",
    "prose_clauses",
    "section_ended",
    "sentence_before",
    "split_at_inline",
    "standing_after",
    "symmetric_in",
    "symmetric_scope",
    "symmetrised",
    "symmetrised_in",
    "trailing_clause",
    "worked_diag_in",
    "writes_names",
]

# \mathbf A, \mathbf{A}, \boldsymbol{\Sigma}: a bold matrix is named as its letter (fresh15)
_BOLD = r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{?\s*)?"
_DEFINITE = r"(?:positive[- ](?:semi-?)?definite\s+)?"
# a word between the property and the name, not one that starts another phrase ("a covariance and $B$", review32a)
_MODIFIER = (r"(?:(?!(?:of|between|in|with|for|and|or|but|so|then|while|whereas|where|when|if|let|is|are|be|to|as|on"
             r"|at|by|from|any|all|each|every|another|other|some|a|an|the|this|that|its|their|whose|which|who)\b)[A-Za-z-]+\s+)")
_SYMMETRIC = re.compile(
    # "symmetric matrix $C$", "symmetric covariance $S$", "covariance matrix $\Sigma \in …$": a covariance,
    # precision, Gram, kernel or Hessian matrix is symmetric by what it is (the word between a noun, not
    # "a covariance and $B$", which names another matrix: review32a)
    # (a diagonal matrix is symmetric too; a block diagonal one need not be)
    # (two words may stand after the adjective, "symmetric edge weights $w_{ij}$" (fresh71), one after a noun used as
    # a modifier: "kernel feature weights $W$" names no kernel matrix, review65)
    r"(?<![A-Za-z-])(?<!block\s)(?:(?:symmetric|diagonal)\s+" + _DEFINITE + rf"{_MODIFIER}{{0,2}}"
    r"|(?:covariance|precision|gram|kernel|hessian)\s+" + _DEFINITE + rf"{_MODIFIER}?)"
    r"(?:matrix|matrices)?\s*"
    r"\$\s*" + _BOLD + r"\\?([A-Za-z]|Sigma|Lambda|Omega|Theta)\s*\}?\s*"
    # "symmetric weights $w_{ij} \ge 0$": the matrix named by its entry, two index letters (fresh28)
    r"(?:_\s*\{\s*[a-z]\s*,?\s*[a-z]\s*\}\s*(?:\\geq?\s*0\s*)?)?"
    r"(?:\\in(?![A-Za-z])[^$]*)?[,.;]?\s*\$"
    # "$A$ is symmetric", and without a verb: "with $Q$ symmetric positive definite", "for $S$ symmetric"
    # … but not "$A$ is diagonal plus a rank-one term", "diagonal-plus-low-rank", "diagonal dominant" (review18c)
    # "$A \in \mathbb{R}^{n \times n}$ be a constant symmetric matrix": annotated, with adjectives first
    # … a capital Greek matrix too ("with $\Sigma$ symmetric positive definite"; fresh17); "if $A$ were …" (trust17)
    r"|\$\s*" + _BOLD + r"\\?([A-Za-z]|Sigma|Lambda|Omega|Theta|Phi|Psi)\s*\}?\s*(?:\\in(?![A-Za-z])[^$]*)?\$\s*"
    r"(?:(?:is|be|being|to\s+be|were)\s+)?(?:an?\s+)?"
    r"(?:(?:constant|real|square|fixed|given|known|invertible|non-?singular|full[- ]rank|"
    r"positive[- ](?:semi-?)?definite),?\s+)*(?:symmetric|diagonal)(?![A-Za-z])"
    r"(?!\s*-\s*plus\b|\s*\+|\s+(?:plus|dominant)\b)"
    # "The weights $w_{ij}$ are symmetric": the matrix named by its entries, two index letters (red70)
    r"|\$\s*([a-z])\s*_\s*\{\s*[a-z]\s*,?\s*[a-z]\s*\}\s*\$\s*are\s+(?:all\s+)?symmetric(?![A-Za-z])"
    r"|\$\s*([A-Za-z])\s*=\s*\4\^\{?(?:T|\\top|\\intercal)\}?\s*\$"  # $S = S^T$ (not $B = A^T$)
    # "let $\Lambda \in …$ be the precision (inverse covariance) matrix": the name first (sound55)
    r"|\$\s*" + _BOLD + r"\\?([A-Za-z]|Sigma|Lambda|Omega|Theta|Phi|Psi)\s*\}?\s*(?:\\in(?![A-Za-z])[^$]*)?\$\s*"
    r"(?:is|be|being|to\s+be|denotes?)\s+(?:the|an?|its|our)\s+(?:[A-Za-z-]+\s+)?"
    r"(?:covariance|precision|gram|kernel|hessian)(?:\s*\([^()$]*\))?\s+matri(?:x|ces)\b",
    re.I,
)
# symmetry in notation (fresh21): "$A \succ 0$", "$A = A^\top \succeq 0$" (the Loewner order is one of symmetric
# matrices; a capital only: "$x \succ 0$" is a vector's entries), "$\boldsymbol{\Sigma} = \boldsymbol{\Sigma}^\top$"
# (a bold or Greek name: _SYMMETRIC's "$S = S^T$" is a plain letter's)
_GREEK = r"Sigma|Lambda|Omega|Theta|Phi|Psi"
_DIAG = (r"\\(?:operatorname|mathrm|text|textrm|mathsf)\s*\{\s*diag\s*\}\s*(?:\\left\s*)?\("
         r"[^()$]*(?:\\right\s*)?\)")
_DIAG_WORD = re.compile(r"\{\s*diag\s*\}")
_TOP = r"\^\s*\{?\s*(?:T|\\top|\\intercal|\\mathsf\s*\{?\s*T\s*\}?|\\mathrm\s*\{?\s*T\s*\}?)\s*\}?"
_NOTATION = re.compile(
    r"\$\s*" + _BOLD + r"\\?([A-Z]|" + _GREEK + r")\s*\}?\s*(?:=\s*" + _BOLD + r"\\?\1\s*\}?\s*" + _TOP + r"\s*)?"
    r"\\succ(?:eq)?\s*0\s*[,.;]?\s*\$"
    r"|\$\s*" + _BOLD + r"\\?([A-Za-z]|" + _GREEK + r")\s*\}?\s*=\s*" + _BOLD + r"\\?\2\s*\}?\s*" + _TOP
    + r"\s*[,.;]?\s*\$"
    # "with $W = \operatorname{diag}(w_1, \dots, w_n)$" (fresh24): diagonal, so symmetric — the whole right side
    # one diag(…) (no nested parenthesis), not "diag(v) + A"
    r"|\$\s*" + _BOLD + r"\\?([A-Z]|" + _GREEK + r")\s*\}?\s*=\s*" + _DIAG + r"\s*[,.;]?\s*\$"
    # "$w_{ij} = w_{ji}$": symmetric by its entries (fresh28's graph Laplacian)
    r"|\$\s*([A-Za-z])\s*_\s*\{\s*([a-z])\s*,?\s*([a-z])\s*\}\s*=\s*\4\s*_\s*\{\s*\6\s*,?\s*\5\s*\}\s*[,.;]?\s*\$"
)
# what takes a match of _SYMMETRIC back: a negation earlier in its clause ("We do not assume $A$ symmetric",
# "Without taking $A$ symmetric"), or a sentence that asks ("Is $A$ symmetric?")
# (a notebook's cell marker line starts its cell's first clause: review31a)
_CLAUSE_START = re.compile(r"[.;:!?,]|\n\s*\n|^<!-- cell \d+ -->$", re.M)
#: words that take a statement of the prose back in its clause (also documents.statedentries, statedprimes,
#: iidjoint)
NEGATION = re.compile(r"\b(?:not|never|no|without|nor|neither|nothing|cannot)\b|n't\b", re.I)
# where a sentence ends: . ! ? before a space, or a blank line
# "When $A$ is symmetric the gradient simplifies. In general:": a case the notes set aside for the display
_CONDITIONAL = re.compile(r"^\s*(?:if|when|whenever|in\s+case|for)\b", re.I)
# ("for our general $A$", "for an arbitrary $A$": redteam37)
_GENERAL = re.compile(r"\b(?:in\s+general|otherwise|for\s+(?:a|an|any|our|the|this)\s+(?:general|arbitrary)|"
                      r"in\s+the\s+general\s+case)\b", re.I)
# "If $A$ were symmetric we would have": a counterfactual, for the display its sentence leads to (trust17) — A
# is not symmetric in the notes, so not for a display after that one (the general case they go on with)
_COUNTERFACTUAL = re.compile(r"\bwere\b", re.I)
# a convolution's kernel (a filter's weights), not a kernel matrix: "convolution with kernel $W$" (fresh68)
_CONVOLUTION = re.compile(r"\b(?:conv(?:olution(?:al)?|net)?s?|filters?)\b", re.I)
_DISPLAY = re.compile(r"\$\$|\\\[|\\begin\s*\{(?:equation|align|gather|multline)")
_NO_LOSS = re.compile(r"\b(?:without|with\s+no)\s+loss\s+of\s+generality\b", re.I)  # not a negation
# "If the weights were independent we would have $W = \operatorname{diag}(…)$", "Had they been independent,
# $W = \operatorname{diag}(…)$ would hold": a counterfactual supposes the form, it does not state it (redteam36);
# a conditional in the present ("If $A$ is symmetric, the gradient would be $$2Ax$$") is read as before
_SUPPOSED = re.compile(r"\b(?:if|were)\b.*\bwere\b|^\W*were\b|\bhad\b(?:\s+\w+){0,4}\s+been\b", re.I | re.S)
# "… $A$ is symmetric. It is not, so": the next sentence takes the statement back (redteam37)
_TAKEN_BACK = re.compile(r"\s*(?:(?:but|however|in\s+fact|actually|in\s+reality),?\s+)?(?:it|this|that|the\s+matrix|"
                         r"\$([^$]{1,20})\$)\s+(?:is\s+not|isn't|is\s+never)(?:\s*[,.;:]|\s+(symmetric|diagonal)\b)",
                         re.I)  # (not "This is not a restriction": after the negation the property or nothing)
# "…, but here $W$ is a full, non-symmetric matrix": the same name denied the property later in the sentence
_DENIED = re.compile(r"\b(?:non-?\s*symmetric|asymmetric|unsymmetric|not\s+(?:\w+\s+)?(?:symmetric|diagonal)|"
                     r"(?:a|any)\s+(?:full|general|arbitrary)\b[^.;]*\bmatrix|arbitrary)\b", re.I)


def symmetric_in(prose: str, above: int | None = None) -> tuple[set[str], int] | None:
    """The names ``prose`` states symmetric, and where the first statement starts; None if it states none.
    Not a statement whose section ends in ``prose``: a heading after it of its own section's level or higher
    starts another problem (2Ax for an arbitrary A of "# Part 2" was PROVED from "# Part 1"'s "Let A be
    symmetric"; review24e); a subsection's heading keeps it, and so does a section whose heading ``prose``
    does not show. ``above``: the level of the notes' last heading before ``prose`` (the statement's section where
    ``prose`` shows none: review32a)."""
    found = sorted((m for rx in (_SYMMETRIC, _NOTATION) for m in rx.finditer(prose)), key=lambda m: m.start())
    said = [m for m in found if _affirmed(prose, m) and not section_ended(prose, m.start(), above)
            and not _worked_diag(m.group(0)) and not convolution_kernel(prose, m.start(), m.group(0))]
    names = {next((g for g in m.groups() if g), "") for m in said}
    names.discard("")
    return (names, said[0].start()) if names else None


_CONDITION = re.compile(r"\b(?:for|if|when|whenever)\s+(?:(?:a|an|the|any)\s+)?$", re.IGNORECASE)
_RESULT = re.compile(
    r"\b(?:(?:this|it|which|that)\s+(?:is|becomes|equals)|becomes|reduces\s+to|simplifies\s+to|gives|yields)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;!?](?=\s|$)")
_AFFIRMED_AFTER = re.compile(
    r"\bas\s+(?:it\s+is|they\s+are|here|we\s+(?:assume|have\s+assumed|do)|assumed|in\s+our\s+case)\b|\bwhich\s+(?:it|they)\s+"
    r"(?:is|are)\b", re.IGNORECASE)


def of_its_own_formula(prose: str, at: int) -> bool:
    """Is the statement at ``at`` of ``prose`` the condition of a formula its own sentence goes on to ("for symmetric
    $A$ this is $2A\\mathbf{x}$.") or closes ("which is $2Ax$ when $A$ is symmetric."), in a sentence that ends before
    ``prose`` does (the step is in a later one)? Such a condition governs that formula; a step after it may hold under
    it, but the notes do not state it there (fresh64's Mathpix quadratic form and lead70's: the wrong Hessian 2A was
    PROVED from it)."""
    if not _CONDITION.search(prose[max(0, at - 24) : at]):
        return False
    masked = SINGLE_DOLLARS.sub(lambda m: "$" + "x" * (len(m.group(0)) - 2) + "$", prose)  # "$0.5$" ends no sentence
    end = _CLAUSE_END.search(masked, at)
    if end is None or not prose[end.end() :].strip():
        return False
    # "when $A$ is symmetric, as it is here.", "(as we assume throughout)": the sentence affirms the condition too, a
    # hypothesis of the notes' own for what follows (redlead70)
    if _AFFIRMED_AFTER.search(masked, at, end.start()):
        return False
    formulas = list(SINGLE_DOLLARS.finditer(prose, at, end.start()))
    if len(formulas) >= 2:  # the condition's own $A$, then its formula
        # "this is $2Ax$", "it reduces to $…$": the condition's sentence states a result; "For $S$ symmetric and $w
        # \in \mathbb{R}^n$, let $f(w) = …$" sets the notes up instead (fresh5: a hypothesis for what follows)
        return _RESULT.search(prose[formulas[0].end() : formulas[-1].start()]) is not None
    # "which is $2Ax$ when $A$ is symmetric.", "This equals $2Ax$ if $A$ is symmetric.": the condition closes the
    # sentence of a result stated before it (lead70: the wrong Hessian 2A of the next sentence was PROVED from it);
    # the sentence starts after the last stop mark or display before the condition
    start = max((m.end() for m in _CLAUSE_END.finditer(masked, 0, at)), default=0)
    if (display := masked.rfind("$$", 0, at)) >= 0:
        start = max(start, display + 2)
    before = list(SINGLE_DOLLARS.finditer(prose, start, at))
    return bool(before) and _RESULT.search(prose[start : before[-1].start()]) is not None


def standing_after(prose: str, at: int, names: set[str], above: int | None = None) -> int | None:
    """Where ``prose`` states the symmetry of all ``names`` again after the sentence of the formula's condition at
    ``at`` (an :func:`of_its_own_formula` statement), as a hypothesis of its own and not another formula's condition;
    None if it does not. "which is $2Ax$ when $A$ is symmetric. From now on $A$ is symmetric. The Hessian is …": the
    second statement is the notes' standing hypothesis for the step after it (redlead70: lead70 read only the first
    and took the right Hessian 2A from PROVED to SKIPPED)."""
    masked = SINGLE_DOLLARS.sub(lambda m: "$" + "x" * (len(m.group(0)) - 2) + "$", prose)
    end = _CLAUSE_END.search(masked, at)
    while end is not None:
        rest = prose[end.end() :]
        again = symmetric_in(rest, above)
        if again is None:
            return None
        if names <= again[0] and not of_its_own_formula(rest, again[1]):
            return end.end() + again[1]
        end = _CLAUSE_END.search(masked, end.end() + again[1])
    return None


def worked_diag_in(sentence: str) -> tuple[set[str], int] | None:
    r"""The names ``sentence`` (an inline claim's sentence up to the claim) gives as a ``diag(…)`` of numbers, and
    where the first starts: "with $H = \operatorname{diag}(4, 1)$, so $\nabla L(w) = Hw$" claims it of that
    diagonal, so symmetric, H (fresh28); a worked diag elsewhere says nothing of H (:func:`_worked_diag`)."""
    said = [m for m in _NOTATION.finditer(sentence) if _worked_diag(m.group(0)) and _affirmed(sentence, m)]
    names = {next((g for g in m.groups() if g), "") for m in said} - {""}
    return (names, said[0].start()) if names else None


def _worked_diag(statement: str) -> bool:
    r"""Is ``statement`` a ``diag(…)`` of numbers only (``$W = \operatorname{diag}(3, 1)$``)? That is an instance
    a worked example takes, not what the matrix is in the general steps around it (fresh20's spectral norm: the
    gradient ∇_W uᵀWv = v uᵀ after "for $W = \operatorname{diag}(3, 1)$" was PROVED); ``diag(w_1, \dots, w_n)``
    with letters is the matrix's form."""
    if _DIAG_WORD.search(statement) is None:
        return False
    inside = statement[statement.index("(") + 1 : statement.rindex(")")]
    return re.search(r"[A-Za-z]", re.sub(r"\\[A-Za-z]+", "", inside)) is None


def convolution_kernel(prose: str, at: int, said: str) -> bool:
    r"""Is ``said``, the words of ``prose`` from ``at`` up to a name ("kernel $W$"), the kernel of a convolution or
    filter its sentence speaks of ("A $1\times 1$ convolution with kernel $W \in \mathbb{R}^{c\times c}$")? That
    is a filter's weights, any matrix: Glow's ∂ log|det W|/∂W = W⁻¹ was PASSED with W read as a kernel (Gram)
    matrix, symmetric (fresh68). "Kernel matrix $K$" names a Gram matrix whatever the sentence says besides. The
    convolution word must govern the kernel — among the three words before it ("convolution with kernel", "each
    filter has a kernel") or in the words up to the name ("kernel of the convolution") — not merely stand in its
    sentence: "Unlike convolutional networks, kernel ridge regression compares the inputs through a kernel $K$" and
    "a linear filter of the targets with kernel $K$" name Gram kernels (redmid63 M4, mend63)."""
    said = said.lower()
    if not said.startswith("kernel") or "matri" in said:
        return False
    governing = " ".join(sentence_before(prose, at, 200).split()[-3:])
    return _CONVOLUTION.search(governing) is not None or _CONVOLUTION.search(said) is not None


def section_ended(prose: str, at: int, above: int | None = None) -> bool:
    """Does a heading after ``at`` in ``prose`` close the section ``at`` is in (a level at most its own; its own
    that of the heading ``above`` the prose where ``prose`` shows none before ``at``)?"""
    levels, offset = [], 0
    for row in prose.split("\n"):
        if (level := heading_level(row)) is not None:
            levels.append((offset, level))
        offset += len(row) + 1
    own = [level for start, level in levels if start <= at] or ([above] if above is not None else [])
    return bool(own) and any(level <= own[-1] for start, level in levels if start > at)


def _affirmed(prose: str, m: re.Match[str]) -> bool:
    """Does the match of ``_SYMMETRIC`` state the symmetry: no negation earlier in its clause ("We do not
    assume $A$ symmetric", "Without taking $A$ symmetric"), not in a question ("Is $A$ symmetric?"), and
    not a condition the prose then leaves for the general case ("When $A$ is symmetric …. In general:")?"""
    before = prose[: m.start()]
    clause = before[max((c.end() for c in _CLAUSE_START.finditer(before)), default=0):]
    # any stop mark, even before no white space: "symmetric." at the prose's end, cut at the claim
    end = re.search(r"[.!?]|\n\s*\n", prose[m.end():])
    # "in general" in a later clause, not "(as in general)"; ", but in general $…$" too (review30e)
    later = re.search(r"[.;!?]|,\s*(?:but|while|whereas)\b", prose[m.end():])
    if _CONDITIONAL.match(clause) and later and _GENERAL.search(prose[m.end() + later.end():]):
        return False  # "If $A$ is symmetric …; otherwise" / "In general:": the display is the other case
    if _COUNTERFACTUAL.search(m.group(0)) and (_DISPLAY.search(prose, m.end()) or _SENTENCE_END.search(prose, m.end())):
        # "If $A$ were symmetric we would have $$…$$ It is not, so": the display it leads to only; a sentence
        # that ends before the display leads to none ("…would be simpler. Here $A$ is arbitrary": redteam37)
        return False
    if _supposed_or_denied(prose, m):
        return False
    return (not NEGATION.search(_NO_LOSS.sub("", clause)) and not (end and end.group(0) == "?")
            and not declined_after(prose, m.end()))


def _supposed_or_denied(prose: str, m: re.Match[str]) -> bool:
    """Is the statement ``m`` made in a sentence that only supposes it (:data:`_SUPPOSED`), or taken back for the
    same name by a later clause of its sentence ("…, but here $W$ is not symmetric": :data:`_DENIED`)?"""
    start = max((e.end() for e in _SENTENCE_END.finditer(prose, 0, m.start())), default=0)
    stop = _SENTENCE_END.search(prose, m.end())
    end = stop.start() if stop is not None else len(prose)
    clause_end = re.search(r"[;:]", prose[m.end() : end])  # "…; if the columns were orthogonal": another clause
    after = prose[m.end() : m.end() + clause_end.start() if clause_end is not None else end]
    if _SUPPOSED.search(prose[start : m.start()] + " " + after):
        return True
    back = _TAKEN_BACK.match(prose, stop.end()) if stop is not None else None
    # the same property ("It is not diagonal" leaves a symmetric or covariance matrix symmetric)
    same_property = back is not None and (back.group(2) is None or back.group(2).lower() in m.group(0).lower())
    if same_property and (back.group(1) is None or back.group(1).strip().lstrip("\\") in m.groups()):
        return True  # "Suppose that $A$ is symmetric. It is not, so" ($B$ is not symmetric: another matrix; redteam37)
    name = next((g for g in m.groups() if g), "")
    turn = _DECLINING.search(prose, m.end(), end)
    if not name or turn is None:
        return False
    same = re.search(r"\$\s*(?:\\[a-z]+\s*\{)?\\?" + re.escape(name) + r"\s*\}?\s*\$", prose[turn.end() : end])
    return same is not None and _DENIED.search(prose, turn.end() + same.end(), end) is not None


# "…, but we will not", "; however, we do not": a later clause of the sentence that declines what it says
_DECLINING = re.compile(r"\b(?:but|however|yet|though|although)\b", re.I)
# who declines it: the writer ("but we will not") or the statement itself ("but this is not assumed");
# "…, but not necessarily positive definite", "however, it need not be invertible" deny another property
# of the name and keep the statement (review21b: a symmetric A was not stated and 2Ax was FAILED)
_DECLINER = re.compile(r"\W*(?:we|I|you|one|let\s+us|this|that|such)\b", re.I)
# the words a clause that declines the statement itself is made of ("but we will not (make this
# assumption here)", "but that is not true in general"); any other word names what else is declined
_DECLINING_WORDS = frozenset(
    "we i you one let us this that such it so here there is are be will shall do does did can could would "
    "should must need not never won don doesn didn can t cannot assume assumed assuming make made making use "
    "using rely on need needed required require an a the assumption hypothesis case true hold holds in "
    "general always necessarily".split()
)


# and a relative clause of the writer's: "…only when $w_{ij} = w_{ji}$, which we do not require" (redteam40)
_DECLINING_AFTER = re.compile(r"\b(?:but|however|yet|though|although|which)\b", re.I)


def declined_after(text: str, end: int) -> bool:
    r"""Does a clause opened by "but"/"however"/"yet"/"though"/"which" later in the sentence that goes on at ``end``,
    whose subject is the writer or the statement (:data:`_DECLINER`) and whose words only decline
    (:data:`_DECLINING_WORDS`: no other property), hold a negation? "If we assume that
    $A = A^T$ things simplify, but we will not." states nothing: read as a hypothesis and as a symmetric
    A, it made ``\nabla_x(x^T A x) = 2Ax`` PROVED (redteam10)."""
    stop = _SENTENCE_END.search(text, end)
    rest = text[end : stop.start() if stop is not None else len(text)]
    turn = _DECLINING_AFTER.search(rest)
    if turn is None or "$" in rest[turn.end() :]:  # "…, but $B$ is not symmetric": about another name
        return False
    clause = rest[turn.end() :]
    if not _DECLINER.match(clause):  # "…, but not necessarily positive definite": another property
        return False
    if set(re.findall(r"[a-z]+", clause.lower())) - _DECLINING_WORDS:
        return False  # "…, but we do not assume it is positive definite": declines another property
    return NEGATION.search(_NO_LOSS.sub("", clause)) is not None


def prose_clauses(sentence: str, separators: re.Pattern[str], join: re.Pattern[str] | None = None) -> list[str]:
    """``sentence`` cut at each of ``separators`` in its prose, never in its math (``$a, b$`` is one piece);
    with ``join``, prose between two formulas that matches it whole ("$p$ and $q$") keeps them together."""
    out = [""]
    parts = re.split(r"(\$[^$]*\$)", sentence)
    for k, part in enumerate(parts):
        if k % 2 or (join is not None and 0 < k < len(parts) - 1 and join.fullmatch(part)):
            out[-1] += part
            continue
        pieces = separators.split(part)
        out[-1] += pieces[0]
        out.extend(pieces[1:])
    return out


# "$$\nabla_x x^T A x = 2Ax,$$ where $A$ is symmetric.": the display's sentence goes on with what it assumes
# (in lower case: "If $A$ is symmetric, its eigenvalues are real." after the display starts a sentence of its own)
_GOES_ON = re.compile(
    r"^\s*(?:where|with|for|since|because|as|provided|assuming|given\s+that|if|when|whenever|valid|true"
    # "$$…$$ which holds (only) when $A$ is symmetric": the hypothesis the display is stated under (trust15)
    r"|which\s+(?:only\s+)?(?:holds?|is\s+(?:only\s+)?(?:true|valid|the\s+case)|applies))\b"
)
# the display's last line ends its sentence: "… = 2Ax.$$", "… = 2Ax. \]", "$$."
_CLOSED = re.compile(r"\.\s*(?:\$\$|\\\]|\\end\s*\{[a-z*]+\})?\s*\.?$|\$\$\s*\.\s*$")


def trailing_clause(after: str, display_end: str = "") -> str:
    """The sentence the prose ``after`` a display opens when it goes on with the display's sentence ("where
    $A$ is symmetric", "for symmetric $A$", "since $A = A^T$"), up to its end; "" when ``after`` starts a
    sentence of its own ("The gradient of …", "If $A$ is symmetric, …") or the display's last line
    ``display_end`` ends its sentence with a full stop: a new sentence after a display speaks of what comes
    next."""
    if not _GOES_ON.match(after) or _CLOSED.search(display_end.rstrip()):
        return ""
    stop = _SENTENCE_END.search(after)
    return after[: stop.start() if stop is not None else len(after)]


def split_at_inline(prose: str, chain: Written) -> tuple[str, str]:
    r"""``prose`` (ending with the line of the inline claim ``chain``) cut at the claim: the text up to the
    ``$`` that closes it, and the clause its sentence goes on with after it ("…$, where $A$ is symmetric", "…$
    for symmetric $A$"; "" for "…$, and for symmetric $A$ this is …": a later clause speaks of something
    else). The claim is the one at the chain's place in its line (documents.claimplace), not another written
    alike; where it is not found or does not close in that line, ``prose`` is returned whole (as before)."""
    cut = prose.rfind("\n") + 1
    line = prose[cut:]
    span = claim_span(line, chain)
    if span is None or span[1] is None:
        return prose, ""
    after = line[span[1] :].lstrip("$")
    # "…$ (for symmetric $A$).", "…$ — true only for symmetric $A$.": the same clause, bracketed or set off (review30e)
    return prose[: cut + span[1]], trailing_clause(after.lstrip(" ,(-\u2013\u2014"))


def sentence_before(text: str, start: int, window: int) -> str:
    """The part of the sentence of ``start`` in ``text`` that comes before it, at most ``window`` characters:
    where a negation ("We do not define …", "Nowhere is $x'$ …") takes back what the prose says at ``start``."""
    before = text[max(0, start - window) : start]
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def symmetrised(tree: sp.Basic, names: set[str]) -> sp.Basic:
    """``tree`` with each matrix in ``names`` replaced by its symmetric part (C + Cᵀ)/2, and each entry
    ``C_{ab}`` by (C_{ab} + C_{ba})/2: an arbitrary symmetric matrix. A derivative with respect to one
    of them or one of their entries is left as written (its variable must stay a name)."""
    if any(str(v) in names or (isinstance(v, sp.Indexed) and str(v.base.label) in names)
           for d in tree.atoms(sp.Derivative) for v, _ in d.variable_count):  # by A or by its entry A_{kl}
        return tree
    mapping = {s: (s + TRANSPOSE(s)) / 2 for s in tree.atoms(sp.Symbol) if s.name in names}
    # its entries too (index notation): A_{kj} → (A_{kj} + A_{jk})/2
    mapping.update({e: (e + e.base[e.indices[1], e.indices[0]]) / 2 for e in tree.atoms(sp.Indexed)
                    if str(e.base.label) in names and len(e.indices) == 2})
    return replaced(tree, mapping) if mapping else tree  # the written grouping kept (documents.rebuild)


def writes_names(names: set[str], latexes: list[str]) -> bool:
    r"""Do ``latexes`` write every one of ``names`` (a letter or Greek name without its backslash) as a name?"""
    return all(any(re.search(rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])", x) for x in latexes) for n in names)


#: the scope convention naming the matrices a reading takes symmetric (comma-separated): read by the resolver
#: for the definitions a step reaches (resolve.Resolver._def_tree)
SYMMETRIC_CONVENTION = "symmetric-names"


def symmetric_scope(scope: Scope, names: set[str]) -> Scope:
    """``scope`` with ``names`` taken symmetric in the definitions it holds too: the symmetric reading of a
    chain replaced A by its symmetric part in the chain only, so a step through ``g = Ax - b`` read a general
    A there and a correct step failed under every reading (fresh21)."""
    out = scope.copy()
    out.conventions[SYMMETRIC_CONVENTION] = ",".join(sorted(names))
    return out


def symmetrised_in(scope: Scope, tree: sp.Basic) -> sp.Basic:
    """A definition's parsed body ``tree`` under the symmetric names of ``scope`` (:func:`symmetric_scope`)."""
    said = scope.conventions.get(SYMMETRIC_CONVENTION)
    return symmetrised(tree, set(said.split(","))) if said else tree
