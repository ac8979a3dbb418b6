r"""``f(x_1, \ldots, x_n)``: an argument list written by its ends names the function of the whole family x.

Notes write a function of many variables by the ends of its argument list: ``L(\theta_1, \ldots, \theta_n) =
\sum_{i=1}^{n} (\theta_i - y_i)^2``, then ``\frac{\partial L(\theta_1, \ldots, \theta_n)}{\partial \theta_k}``;
``p(x_1, \dots, x_N)``; ``\ell(w_0, \dots, w_d)``. The parser refuses the
ellipsis (its entries cannot be told one by one), so the definition and every step that writes the call were
SKIPPED. A reader takes the run ``x_a, \ldots, x_b`` for the family x itself: the function's variables are the
entries of x, and the body says which entries it uses. This module owns that rewriting (``f(x_1, \ldots, x_n)`` →
``f(x)``), tried by :func:`verifier.documents.readings.read_member` only after the member as written fails to parse,
and reported with the step.

Only a run inside a call's parentheses is read, and only the run of a whole family: its two written ends are
entries of one name that differ in their one subscript, the first at 0 or 1 and the last at a size letter
(``x_1, \ldots, x_n``, ``\theta_0, \dots, \theta_d``). Any other run is a particular point or a part of the
family (``f(x_2, \ldots, x_{n+1})``, ``f(x_1, \ldots, x_5)``, a context window ``w_{t-m}, \cdots, w_{t+m}``):
reading it as the whole family would make two different points one (the shifted call would take the definition's
value), so it stays unread. A run whose ends differ elsewhere than in one subscript stays unread too, and so does
a run given to a function of one number (``\sigma(z_1, \ldots, z_K)``, ``\log(…)``: entry-wise on a vector, which
the notes may not mean). Two whole-family runs of one function with different ends (``f(x_1, \ldots, x_n)`` and
``f(x_1, \ldots, x_m)``) are two points too; the rewriting sees one member only, so a definition whose run the
notes write otherwise elsewhere is not learned (:func:`one_run`, asked by documents.definitions):
``f(x_1, \ldots, x_m) = \sum_{i=1}^{n} x_i^2`` after ``f(x_1, \ldots, x_n) := …`` stays SKIPPED. Left: a function
the notes never define, written at two such runs in one step, is read as one value.
"""

from __future__ import annotations

import re

from verifier.latex.braces import bracket_end

__all__ = ["ellipsis_arguments", "one_run"]

_DOTS = r"\\(?:dots|cdots|ldots|dotsc|dotsb)(?![A-Za-z])|\.\.\."
#: a name an entry is written on: a letter, a Greek or other command, or a font command around one
_BASE = r"(?:\\(?:mathbf|boldsymbol|bm|mathrm|vec)\s*\{\s*\\?[A-Za-z]+\s*\}|\\[A-Za-z]+|[A-Za-z])"
_ENTRY = re.compile(rf"^\s*(?P<base>{_BASE})\s*_\s*(?:\{{(?P<braced>[^{{}}]+)\}}|(?P<bare>[A-Za-z0-9]))\s*$")
#: a function of one number (applied entry-wise to a vector): a run as its argument is not read (σ of a list may
#: mean the softmax)
_ENTRYWISE = re.compile(r"\\(?:log|ln|exp|sin|cos|tan|tanh|sinh|cosh|sigma|sqrt|phi|Phi|arctan)\s*$")
#: the character before a call's parenthesis: the end of a name (a letter, a subscript's brace, a prime)
_CALLER = re.compile(r"[A-Za-z}']\s*$")


def _entry(piece: str) -> tuple[str, str] | None:
    """``x_{t+m}`` → ("x", "t+m"): the name and the subscript of an entry written alone, or None."""
    m = _ENTRY.match(piece)
    if m is None:
        return None
    sub = (m.group("braced") or m.group("bare") or "").strip()
    return re.sub(r"\s+", "", m.group("base")), re.sub(r"\s+", "", sub)


def _split_args(inside: str) -> list[str] | None:
    """The top-level comma-separated pieces of an argument list, or None where its brackets do not balance."""
    pieces, depth, start = [], 0, 0
    for k, c in enumerate(inside):
        if c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
            if depth < 0:
                return None
        elif c == "," and depth == 0:
            pieces.append(inside[start:k])
            start = k + 1
    pieces.append(inside[start:])
    return pieces if depth == 0 else None


def _run(pieces: list[str]) -> tuple[int, str, str] | None:
    """The one run ``x_a, \\ldots, x_b`` of the pieces: (index of the ellipsis, the name x, "x_a, …, x_b")."""
    dots = [k for k, p in enumerate(pieces) if re.fullmatch(rf"\s*(?:{_DOTS})\s*", p)]
    if len(dots) != 1 or dots[0] in (0, len(pieces) - 1):
        return None
    k = dots[0]
    first, last = _entry(pieces[k - 1]), _entry(pieces[k + 1])
    if first is None or last is None or first[0] != last[0] or first[1] == last[1]:
        return None
    if first[1] not in ("0", "1") or re.fullmatch(r"[A-Za-z]", last[1]) is None:
        return None  # x_2, …, x_{n+1} or x_1, …, x_5: a particular point, not the function's own variables
    return k, first[0], f"{pieces[k - 1].strip()}, \\ldots, {pieces[k + 1].strip()}"


def ellipsis_arguments(text: str, placeholders: dict[str, str]) -> tuple[str, str] | None:
    """``text`` with every call's run ``x_a, \\ldots, x_b`` written as the family ``x``, and the note, or None."""
    del placeholders
    if not re.search(_DOTS, text):
        return None
    out, read, pos = text, [], 0
    while True:
        open_at = out.find("(", pos)
        if open_at < 0:
            break
        pos = open_at + 1
        left = out[:open_at]
        if left.endswith(("\\left", "\\bigl", "\\Bigl", "\\big", "\\Big")) or not _CALLER.search(left):
            continue
        if _ENTRYWISE.search(left):
            continue  # \sigma(z_1, …, z_K), \log(…): a function of one number, whose list is no vector it maps
        close = bracket_end(out, open_at)
        if close < 0:
            continue
        pieces = _split_args(out[open_at + 1 : close])
        found = None if pieces is None else _run(pieces)
        if found is None:
            continue
        k, name, run = found
        args = [*pieces[: k - 1], f" {name}", *pieces[k + 2 :]]
        out = out[: open_at + 1] + ",".join(a for a in args).strip() + out[close:]
        read.append(f"{run} read as the family {name}")
    if not read:
        return None
    return out, "the argument list " + "; ".join(dict.fromkeys(read)) + " (a function of all its entries)"


def _runs_of(text: str, head: str) -> set[str]:
    """The runs (as written, spaces dropped) of every call of ``head`` in ``text`` whose argument list has one."""
    out = set()
    for m in re.finditer(re.escape(head) + r"\s*(?:\\left\s*)?\(", text):
        open_at = m.end() - 1
        close = bracket_end(text, open_at)
        if close < 0:
            continue
        pieces = _split_args(text[open_at + 1 : close].replace("\\right", ""))
        found = None if pieces is None else _run(pieces)
        if found is not None:
            out.add(re.sub(r"\s+", "", found[2]))
    return out


def one_run(text: str, call: str) -> bool:
    r"""Does every call of ``call``'s function in the notes ``text`` that writes a run write the run ``call`` writes
    (``f(x_1, \ldots, x_n)`` everywhere, never ``f(x_1, \ldots, x_m)``)?"""
    head = call[: call.find("(")].strip() if "(" in call else ""
    if not head:
        return False
    return len(_runs_of(text, head) | _runs_of(call, head)) == 1
