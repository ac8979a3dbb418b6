r"""A labelled function whose label is a parameter of the family, called at a number: ``S_1(3)`` of ``S_\lambda(x)``.

"Define the soft-threshold $S_\lambda(x) = \operatorname{sign}(x)\max(|x| - \lambda, 0)$. Then $S_1(3) = 2$." The
definition is learned as the function ``S_lambda`` of x, λ a free name in its body (documents.labelled), and
``S_1(3)`` was read as ``3 S_1`` ("read as a product … the notes do not define the function"): the family at λ = 1
was never read, and a wrong value was no FAILED. A reader reads the subscript as the family's parameter: the label
the body writes as a plain name (``\lambda``, not an index ``w_k``) is an argument of the function, and a number
written in its place (``S_1``, ``S_{0.5}``) is that argument's value.

This module owns that reading: :func:`parameter_labels` finds such families among the notes' labelled functions —
only where the notes call the function with a number as its subscript (elsewhere the label reading is kept as it
was) and no numbered function of that letter is defined (``f_1(x) = x^3`` is a function of its own) — and
:func:`with_parameter` rewrites each call ``S_\lambda(x)``, ``S_1(3)`` as the labelled function of one more
argument, ``S_{\text{lambda}}(x, \lambda)``, ``S_{\text{lambda}}(3, 1)``: the definition and every call of it then
read alike, and the call at numbers is the body at them.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from verifier.latex.vocabulary import GREEK_ALTERNATION

__all__ = ["ParameterLabel", "parameter_labels", "with_parameter"]

_GREEK = re.compile(r"(?:" + GREEK_ALTERNATION + r")")
_NUMBER = r"[-+]?\d+(?:\.\d+)?"


class ParameterLabel(tuple):
    """A (name, label) pair of documents.labelled whose label is the family's parameter (equal to the plain pair)."""

    __slots__ = ()


def _head(name: str) -> str:
    return r"\\" + re.escape(name) if len(name) > 1 else r"(?<![\\A-Za-z])" + re.escape(name)


def _token(sub: str) -> str:
    return r"\\" + sub if len(sub) > 1 and _GREEK.fullmatch(sub) else re.escape(sub)


def parameter_labels(text: str, labels: Collection[tuple[str, str]]) -> set[ParameterLabel]:
    r"""The labels of ``labels`` (documents.labelled's (name, label) pairs) that are a family's parameter in ``text``:
    a letter or Greek label that the definition's body writes as a plain name, where the notes call the function
    with a number as its subscript and define no numbered function of the letter."""
    out: set[ParameterLabel] = set()
    for name, sub in labels:
        if sub.isdigit() or not ((len(sub) == 1 and sub.isalpha()) or _GREEK.fullmatch(sub)):
            continue
        if any(n == name and s.isdigit() for n, s in labels):
            continue  # f_1(x) = x^3 beside f_a(x): numbered functions of their own
        head, token = _head(name), _token(sub)
        written = head + r"\s*_\s*(?:\{\s*" + token + r"\s*\}|" + token + r"(?![A-Za-z]))\s*"
        definition = re.search(written + r"(?:\\left\s*)?\([^()$]*(?:\\right\s*)?\)\s*&?\s*(?::=|=)([^$]{1,400})", text)
        if definition is None:
            continue
        plain = r"(?<![_\\A-Za-z])(?<!_\{)" + token + r"(?![A-Za-z])"
        if re.search(plain, definition.group(1)) is None:
            continue  # J_S(h): S labels the sample, the body has no S of its own
        if re.search(head + r"\s*_\s*(?:\{\s*" + _NUMBER + r"\s*\}|\d)\s*(?:\\left\s*)?\(", text) is None:
            continue  # never called at a number: the label reading is kept
        out.add(ParameterLabel((name, sub)))
    return out


def with_parameter(latex: str, label: tuple[str, str], word: str) -> str:
    r"""``latex`` with each call of the labelled function ``label`` written as the function of one more argument,
    the subscript (``S_\lambda(x)`` → ``S_{\text{lambda}}(x, \lambda)``, ``S_1(3)`` → ``S_{\text{lambda}}(3, 1)``);
    ``word``: the label's word (documents.labelled)."""
    name, sub = label
    token = _token(sub)
    pattern = (r"(?P<head>" + _head(name) + r")\s*_\s*(?:\{\s*(?P<a>" + token + r"|" + _NUMBER + r")\s*\}|(?P<b>"
               + token + r"(?![A-Za-z])|\d(?![\d.])))\s*(?P<open>\\left\s*)?\((?P<args>[^()]*?)"
               r"(?P<close>\\right\s*)?\)")

    def call(m: re.Match[str]) -> str:
        at = (m.group("a") or m.group("b")).strip()
        args = m.group("args").strip()
        return (m.group("head") + r"_{\text{" + word + "}}" + (m.group("open") or "") + "(" + args
                + (", " if args else "") + at + (m.group("close") or "") + ")")

    return re.sub(pattern, call, latex)
