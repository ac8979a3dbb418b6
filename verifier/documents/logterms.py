r"""``\frac{1}{p}\log\frac{1}{n}\sum_i x_i^p``: a bare ``\log`` after another factor, read over the rest of its term.

:func:`verifier.documents.readings.log_of_product` reads ``\log \theta^3 (1-\theta)^2`` as the log of the whole
product after it, but only where the log leads its term: on the tree of a product the order of the factors is
lost, so ``y \log x`` must not become ``\log(xy)``. Notes also write the log of a product after a factor —
``\frac{1}{p}\log\frac{1}{n}\sum_{i=1}^{n} x_i^{p}`` (the log of a power mean), ``c\log\frac{1}{n}\sum_i e^{x_i}``
— and there the LaTeX still says which factors follow the log. :func:`log_over_its_term` brackets them, up to
the end of the log's term (a ``+``/``-``/relation at its depth, the bracket that closes its group, a ``\cdot``
or ``\times``, another ``\log``); ``verifier.documents.meanings`` tries the bracketed members as one more
reading (it may make a step hold, never FAILED)."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["bracket_after", "log_over_its_term", "stops_at_a_product", "term_end"]

_LOG = re.compile(r"\\(?:log|ln)(?![A-Za-z])")
_SPACE = re.compile(r"(?:\s|\\[,;:!](?![A-Za-z]))*")
# a bracket, a base or a power right after the log: the notes said what it is of (or it is no bare log)
_BRACKETED = ("(", "[", "{", "\\left", "\\big", "\\Big", "\\bigg", "\\Bigg", "\\{", "\\lbrace", "_", "^")
# commands that end the log's term at its depth: relations, explicit products, another log, prose, spacing
_STOP = re.compile(
    r"\\(?:log|ln|cdot|times|quad|qquad|text|textrm|mbox|tag|le|leq|ge|geq|lt|gt|approx|neq|ne|equiv|sim|"
    r"simeq|propto|to|mid|middle|right|in|iff|implies|Rightarrow|\\)(?![A-Za-z])"
)
_COMMAND = re.compile(r"\\(?:[A-Za-z]+|.|$)", re.DOTALL)  # a backslash before a line break too
# one factor: a name or number with sub- and superscripts, or one \frac{…}{…}: bracketing it changes nothing
_GROUP = r"\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}"
_SCRIPT = rf"\s*[_^]\s*(?:{_GROUP}|\\?[A-Za-z0-9])"
_SINGLE = re.compile(
    rf"(?:\\[A-Za-z]+|[A-Za-z]|[0-9.]+)(?:{_SCRIPT})*(?:\s*\([^()]*\))?|\\[dt]?frac\s*{_GROUP}\s*{_GROUP}"
)


# the bodies this reading brackets: a mean, a sum or a fraction after the log (``\frac{1}{n}\sum_i x_i^p``). A
# plain product (``n\log 2\pi\sigma^2``) is left to the readings that own it (documents.densitypoints, the
# parser's "product" arguments): bracketing it re-read whole chains for no new meaning — 10 s of CPU on a Gaussian
# log-likelihood, where the readings' time limit then left a wrong constant SKIPPED (test_mlcourse3_densitypoints)
_OPERATOR_BODY = re.compile(r"\\(?:sum|prod|d?t?frac)(?![A-Za-z])")


def term_end(latex: str, k: int, stop: re.Pattern[str] = _STOP, ends: str = "+-=&,;<>|") -> int:
    """Where the term that starts at ``k`` ends: the first ``stop`` command or ``ends`` character at depth 0, or the
    end of the text (documents.trigarguments asks with its own stops)."""
    depth, start = 0, k
    while k < len(latex):
        c = latex[k]
        if c == "\\":
            if depth == 0 and k > start and stop.match(latex, k):
                return k
            word = _COMMAND.match(latex, k).group()  # type: ignore[union-attr]
            if word in ("\\left", "\\right"):
                if word == "\\right" and depth == 0:
                    return k
                depth += 1 if word == "\\left" else -1
                k += len(word)
                delim = _COMMAND.match(latex, k) if latex.startswith("\\", k) else None
                k = delim.end() if delim else k + 1
                continue
            if latex.startswith("\\{", k):
                depth += 1
            elif latex.startswith("\\}", k):
                if depth == 0:
                    return k
                depth -= 1
            k = _COMMAND.match(latex, k).end()  # type: ignore[union-attr]
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return k
            depth -= 1
        elif depth == 0 and k > start and c in ends:
            return k
        k += 1
    return k


def stops_at_a_product(latex: str, log_end: int) -> bool:
    r"""Does the term after the log that ends at ``log_end`` go on with an explicit product (``\log x \cdot y``,
    ``\log x \times y``)? The dot says where the log's argument ends, so the log is not of the whole product
    (sound59: readings.log_of_product read it so, and ``\frac{d}{dy}\log x \cdot y = \frac{1}{y}`` was PROVED)."""
    k = _SPACE.match(latex, log_end).end()  # type: ignore[union-attr]
    return re.match(r"\\(?:cdot|times)(?![A-Za-z])", latex[term_end(latex, k) :]) is not None


def bracket_after(
    latex: str, heads: re.Pattern[str], body_at: Callable[[str, int], tuple[int, str] | None]
) -> str | None:
    r"""``latex`` with the body ``body_at(latex, end)`` finds after each match of ``heads`` (where it starts, its text;
    None: that head is left alone) bracketed ``\left(…\right)``; None where it brackets none (documents.trigarguments
    reads bare sines so)."""
    out: list[str] = []
    pos = 0
    for m in heads.finditer(latex):
        if m.start() < pos or (found := body_at(latex, m.end())) is None:
            continue
        k, body = found
        out += [latex[pos:k], f"\\left({body}\\right)"]
        pos = k + len(body)
    if not out:
        return None
    return "".join(out) + latex[pos:]


def log_over_its_term(latex: str) -> str | None:
    r"""``latex`` with the factors after each bare ``\log`` (``\ln``) bracketed up to the end of its term:
    ``\frac{1}{p}\log\frac{1}{n}\sum_i x_i + 1`` → ``\frac{1}{p}\log\left(\frac{1}{n}\sum_i x_i\right) + 1``.
    None where no log is followed by more than one factor (a bracket, a base or a power after it, or a single
    name or fraction: nothing to read differently), or by no sum, product or fraction (lead58: see
    ``_OPERATOR_BODY``)."""
    return bracket_after(latex, _LOG, _log_body)


def _log_body(latex: str, end: int) -> tuple[int, str] | None:
    k = _SPACE.match(latex, end).end()  # type: ignore[union-attr]
    if latex.startswith(_BRACKETED, k):
        return None
    body = latex[k : term_end(latex, k)].rstrip()
    return None if not body or _SINGLE.fullmatch(body) or not _OPERATOR_BODY.search(body) else (k, body)
