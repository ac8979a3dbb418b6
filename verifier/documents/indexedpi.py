r"""π with a letter index as a family of the notes: mixture weights ``\pi_k``, a policy's ``\pi_a`` (gaps38; fresh26
left it).

The number π is never written with an index, but a letter's subscript alone does not make ``\pi_k`` a name of the
notes: inference read π as the constant and its subscript as an index of nothing (``\sum_k \pi_k = 1`` "pi_k is not
declared", ``\partial/\partial \pi_k`` refused), while ``w_k`` in the same line was entry k of a vector. Numbered
``\pi_1`` was already a name of its own (documents.inferevidence), and ``\pi_k = N_k / N`` a definition
(documents.definitions._indexed_pi).

This module owns the test that frees the letter: notes that write π with a letter subscript (``\pi_k``,
``\pi_{k}``, ``\pi_{ik}``) and never π alone (no ``2\pi``, no ``\sqrt{2\pi\sigma^2}``, no ``\pi(a \mid s)``, no
``\pi^*``) use π only as their family, and shape inference reads ``\pi_k`` as it reads ``w_k``. Where the notes
also write the bare π (the number in a Gaussian's normaliser, or a policy called as a function), π keeps its
reading and ``\pi_k`` stays unread.

π with a Greek subscript, ``\pi_\theta`` (``\pi_{\theta_{old}}``), is a policy named by its parameters, a name of its
own as ``\pi_{\mathrm{ref}}`` already is: :func:`policy_pi` says whether the notes use it only so — written,
never differentiated by its parameter (redmid60), and never called (``\pi_\theta(a)``, ``\pi_\theta(y \mid x)``:
a function there, which a name would multiply: fresh19's
``\log\pi_\theta(a) = \theta_a - \log\sum_b e^{\theta_b}`` FAILED so); :func:`is_policy` which π it is (fresh63).

π written only as a function, ``\pi(a)``, ``\pi^*(a)``, ``\pi(a \mid s)``, or as what a maximum runs over
(``\max_\pi``), and never in arithmetic, is the notes' policy too (:func:`called_pi`, fresh71): read as the number,
advantage-weighted regression's constraint ``\sum_a \pi(a) = 1`` was ``6\pi = 1`` and FAILED.
"""

from __future__ import annotations

import re

from verifier.latex.vocabulary import GREEK

__all__ = ["called_pi", "indexed_pi", "is_policy", "policy_pi"]

# \pi with a subscript of one or two Latin letters: \pi_k, \pi_{k}, \pi_{ik}
_LETTER_INDEXED = re.compile(r"\\pi(?![A-Za-z])\s*_\s*(?:\{\s*[A-Za-z]{1,2}\s*\}|[A-Za-z])")
# every π: its subscript (if any) as written, and the bracket after it (a policy's or a density's condition)
_ANY = re.compile(r"\\(?:var)?pi(?![A-Za-z])\s*(?P<sub>_\s*(?:\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z0-9]))?"
                  r"(?:\s*(?:\\left)?\s*\((?P<inside>[^()]*)\))?")


# \pi with a Greek subscript (\pi_\theta, \pi_{\theta}, \pi_{\theta_{\text{old}}}), and what follows it
_GREEK_INDEXED = re.compile(r"\\pi(?![A-Za-z])\s*_\s*(?P<brace>\{\s*)?\\(?P<letter>[A-Za-z]+)")
_CALLED = re.compile(r"\s*(?:\\left\s*|\\big\s*|\\Big\s*)?\(")
# a bold π (``\boldsymbol{\pi}``, ``\bm\pi``, ``\mathbf{\pi}``): the vector, never the number
_BOLD = re.compile(r"\\(?:boldsymbol|bm|mathbf|pmb|vec)\s*\{?\s*$")
# what sets a call's arguments apart: a comma, a condition bar, a semicolon
_SEPARATOR = re.compile(r",|\\mid|\||;")
# one name as an argument: \pi, \lambda, s, \theta_k, \mathbf{x} (no number)
_NAME = re.compile(r"(?:\\(?:boldsymbol|bm|mathbf)\s*\{?\s*)?\\?[A-Za-z]+\}?(?:\s*_\s*(?:\{[A-Za-z]+\}|[A-Za-z]))?")


def indexed_pi(text: str) -> bool:
    r"""Do the notes (``text``) write π with a letter subscript and never without a subscript, nor with a Greek
    one or as a function of a condition (``\pi_k(a \mid s)``, a policy: π_k there is no entry of a family)?"""
    if not _LETTER_INDEXED.search(text) or "π" in text:  # a π written as the character: read as the number
        return False
    return all((m.group("sub") and "\\" not in m.group("sub") and not _conditioned(m.group("inside")))
               or (not m.group("sub") and not m.group("inside") and _family_whole(text, m.start(), m.end()))
               for m in _ANY.finditer(text))  # fmt: skip


def _family_whole(text: str, start: int, end: int) -> bool:
    r"""Is the bare π at ``text[start:end]`` the family written whole (gaps54): bold (``\boldsymbol{\pi}``,
    ``\bm\pi``), or one argument of a call whose arguments are all names, set apart by commas or a condition bar
    (``\mathcal{L}(\pi, \lambda)``, ``P(\pi \mid s)``)? The constant is never bold nor a function's variable beside
    other names; ``f(\pi, 0)`` (a point) and ``\sqrt{2\pi}`` are the number."""
    if _BOLD.search(text[max(0, start - 16) : start]):
        return True
    opened = text.rfind("(", max(0, start - 80), start)
    closed = text.find(")", end, end + 80)
    if opened < 0 or closed < 0 or ")" in text[opened + 1 : start] or "(" in text[end:closed]:
        return False
    parts = [p.strip() for p in _SEPARATOR.split(text[opened + 1 : closed])]
    return len(parts) > 1 and all(_NAME.fullmatch(p) for p in parts)


def _conditioned(inside: str | None) -> bool:
    r"""A bracket after π that holds a condition (``\pi_k(a \mid s)``, ``\pi_k(a | s)``, ``\pi_k(x; \theta)``): π
    is called there, a policy or a density, no entry of a family times a bracket (``\pi_k (x - \mu_k)``)."""
    return inside is not None and any(c in inside for c in ("|", "\\mid", ";"))


# a bare π (no subscript) and what follows it: an optional star, prime or superscript
_BARE = re.compile(r"\\(?:var)?pi(?![A-Za-z])(?!\s*_)(?P<mark>\s*\^\s*(?:\{\s*\\?[*a-z]+\s*\}|\\?[*a-z]+)|\s*')?")
# a call's bracket whose argument starts with a letter (π(a), π(a | s)); one raised to a power (π(r + 1)^2) is
# arithmetic
_CALL = re.compile(r"\s*(?:\\left\s*|\\big\s*|\\Big\s*)?\(\s*(?:\\(?:mathbf|boldsymbol)\s*\{\s*)?"
                   r"\\?[A-Za-z][^()]*\)(?!\s*\^)")
# a starred or primed π (π^*, π^\star, π'): a name of its own, never the number
_STARRED = re.compile(r"\*|\\star|'")
# a number before π (``2\pi(x)``): the constant's coefficient
_COEFFICIENT = re.compile(r"[0-9.]\s*$")
# π as what a maximum or a minimum runs over: \max_\pi, \max_{\pi}, \arg\max_{\pi \in \Pi}
_OPTIMISED = re.compile(r"(?:\\(?:max|min|sup|inf|argmax|argmin)|\\operatorname\*?\s*\{\s*arg\s*\\?(?:max|min)\s*\})"
                        r"\s*_\s*\{?\s*$")


def called_pi(text: str) -> bool:
    r"""Do the notes (``text``) write the bare π, and only as a function — called with a letter's argument
    (``\pi(a)``, ``\pi(a \mid s)``), as what a maximum runs over (``\max_\pi``) or starred (``\pi^*``, the optimum) —
    never as the number (``2\pi``, ``\sqrt{2\pi}``, ``\pi r^2``)? Then π is a name of theirs: documents.inferevidence
    reads it as any letter."""
    if "π" in text:  # a π written as the character: read as the number
        return False
    bare = list(_BARE.finditer(text))
    return bool(bare) and all(_policy_use(text, m) for m in bare)


def _policy_use(text: str, m: re.Match[str]) -> bool:
    """Is the bare π matched by ``m`` a policy's: starred, called (with no number before it), or maximised over?"""
    if _STARRED.search(m.group("mark") or ""):
        return True
    if _CALL.match(text, m.end()) and not _COEFFICIENT.search(text[max(0, m.start() - 8) : m.start()]):
        return True
    return _OPTIMISED.search(text[max(0, m.start() - 40) : m.start()]) is not None


def policy_pi(text: str) -> bool:
    r"""Do the notes (``text``) write π with a Greek subscript (``\pi_\theta``) and never call such a π
    (``\pi_\theta(a)``)? Then each is a name of its own (:func:`is_policy`)."""
    found = [m for m in _GREEK_INDEXED.finditer(text) if m.group("letter") in GREEK - {"pi"}]
    return (bool(found) and not any(_CALLED.match(text, _subscript_end(text, m)) for m in found)
            and not any(_differentiated(text, m.group("letter")) for m in found))


def _differentiated(text: str, letter: str) -> bool:
    r"""Do the notes differentiate by the parameter ``letter`` (``\frac{d}{d\theta}``, ``\partial\theta``,
    ``\nabla_\theta``)? π_θ depends on θ there, and read as a name of its own it made ``\frac{d}{d\theta}\log
    \pi_\theta = 0`` PROVED (redmid60 R2): such notes keep π_θ unread, as before."""
    return re.search(r"(?:\\partial|(?<![A-Za-z\\])d|\\mathrm\s*\{\s*d\s*\}|\\nabla\s*_)\s*\{?\s*\\" + re.escape(letter)
                     + r"(?![A-Za-z])", text) is not None


def _subscript_end(text: str, m: re.Match[str]) -> int:
    """Where the subscript ``m`` matched the start of ends: after its closing brace, or after the letter."""
    if not m.group("brace"):
        return m.end()
    depth, k = 1, m.end()
    while k < len(text) and depth:
        depth += {"{": 1, "}": -1}.get(text[k], 0)
        k += 1
    return k


def is_policy(base: str, raw: tuple[str, ...]) -> bool:
    r"""Is ``\pi`` with the subscript ``raw`` a policy named by its parameters (``\pi_\theta``, ``\pi_{\theta_{old}}``,
    ``\pi_\phi``)? The number π takes no subscript, and a Greek letter (other than π) names parameters, not an entry
    of a family π (``\pi_k``, ``\pi_1``); ``\pi_{\mathrm{ref}}`` is one name already."""
    return base == "pi" and len(raw) == 1 and raw[0].split("_")[0] in GREEK - {"pi"}
