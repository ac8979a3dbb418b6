r"""A family of functions the notes define by its index, written at its own parameters: ``J_k(\mu_k)``.

Notes define one function per cluster, sample or step and name it by the family's index: k-means' per-cluster
objective ``J_k(\mu_k) = \sum_{i \in C_k} \|x_i - \mu_k\|^2``, a sample's loss ``f_i(w) = (w x_i - y_i)^2``, an
online loss ``g_t(w) = \tfrac12 (w - a_t)^2``. The body writes the index (``C_k``, ``x_i``, ``a_t``), so the
subscript is no label (documents.labelled leaves such families alone), and parsed as written ``J_k(\mu_k)`` is the
product ``J_k \cdot \mu_k`` and ``f_i(w)`` entry i of a scalar ``f(w)``: no definition was learned, and the
derivative the notes take next (``\partial J_k / \partial \mu_k``) was SKIPPED "J is not defined".

A reader takes ``J_k(\mu_k)`` as the k-th member of the family *at its own parameters*, which is the value the
body gives: ``J_k`` defined by the body, with ``\mu_k`` a free name of it, as notes that write ``J_k = \sum …``
are read already. This module owns that one rewriting (:func:`family_calls`, applied to the whole text before it
is read, as documents.rendered's other passes): the argument list of every call of such a family at exactly its
parameters (the index renamed with the call's: ``J_j(\mu_j)``) is blanked, the columns kept. It is done only where

* the definition is ``N_s(params) = body`` with a letter index s (no digit), plain parameter names, not under a
  big operator (``\sum_k p_k(T) = 1`` is no definition), N no built-in (``\sigma_k(z)``: an entry), and not what
  documents.entrydefined reads already (``p_k(T)``: entry k of p(T), a letter no default function at one-letter
  parameters; ``f_i(w)`` and ``J_k(\mu_k)`` are not);
* the body writes s as a subscript (a family; a subscript the body does not write is documents.labelled's label);
* the notes never apply N with a subscript to anything else (``J_k(m)``, ``p_k(2)``): such a call needs the
  function, which the rewriting would take away — the notes are then left as they are;
* N is not annotated a matrix or a vector (``W_k \in \mathbb{R}^{m \times n}``: ``W_k(x)`` multiplies).

The rewriting is an identity where it applies (a call at the parameters is the body), so it can make no step
green that the body does not make green.
"""

from __future__ import annotations

import re

from verifier.documents.labelled import LABELLED_DEFINITION, SUMMED, bare_label, names_only
from verifier.documents.labelledheads import BUILTIN
from verifier.latex.vocabulary import DEFAULT_FUNCTIONS

__all__ = ["family_calls", "family_definitions"]

_MATH = re.compile(r"\$\$.*?\$\$|\$[^$]*\$|\\\[.*?\\\]|\\\(.*?\\\)|\\begin\{(\w+\*?)\}.*?\\end\{\1\}", re.S)


# a parameter documents.entrydefined reads (one letter, maybe bold)
_ENTRY_PARAM = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*[A-Za-z]\s*\}|\\vec\s+[A-Za-z]|[A-Za-z])\s*")


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _head(name: str) -> str:
    """The regex of a function name as written (``J``, ``\\ell``)."""
    if name.startswith("\\"):
        return re.escape(name) + r"(?![A-Za-z])"
    return r"(?<![\\A-Za-z])" + re.escape(name)


def _index_pattern(sub: str) -> str:
    return r"(?:\{\s*" + sub + r"\s*\}|" + sub + r"(?![A-Za-z]))"


def _writes_index(body: str, sub: str) -> bool:
    token = re.escape(sub) if len(sub) == 1 else r"\\" + re.escape(sub)
    return re.search(r"_\s*(?:\{[^{}]*(?<![A-Za-z\\])" + token + r"(?![A-Za-z])|" + token + r"(?![A-Za-z]))",
                     body) is not None  # fmt: skip


def _annotated(text: str, name: str) -> bool:
    r"""Does ``text`` annotate ``name`` (with or without a subscript) as a vector or a matrix?"""
    pattern = _head(name) + r"(?:\s*_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))?\s*\\in\s*\\mathbb\s*\{?\s*R\s*\}?\s*\^"
    return re.search(pattern, text) is not None


def family_definitions(text: str) -> dict[tuple[str, str], str]:
    r"""(name, index) → the parameters as written, of each family of functions ``text`` defines by its index and
    applies nowhere else than at those parameters (``{("J", "k"): "\\mu_k"}``)."""
    found: dict[tuple[str, str], str] = {}
    refused: set[tuple[str, str]] = set()
    for m in LABELLED_DEFINITION.finditer(text):
        name, sub, params = m.group("name"), bare_label(m.group("sub")), m.group("params")
        if not (len(sub) == 1 and sub.isalpha()) or name.lstrip("\\") in BUILTIN or name.startswith("\\mathcal"):
            continue
        if not params.strip() or not names_only(params) or SUMMED.search(text, max(0, m.start() - 40), m.start()):
            continue
        if sub in {p.strip().lstrip("\\") for p in re.split(r"[,;]", params)}:
            continue  # f_x(x): the subscript is the variable
        if not _writes_index(m.group("body"), sub):
            continue  # J_\lambda(\theta): a label (documents.labelled)
        if name.lstrip("\\") not in DEFAULT_FUNCTIONS and sub.islower() and all(
                _ENTRY_PARAM.fullmatch(p) for p in params.split(",")):  # fmt: skip
            continue  # p_k(T) = …: entry k of p(T), read by documents.entrydefined (fresh37)
        key = (name, sub)
        if key in found and _squeeze(found[key]) != _squeeze(params):
            refused.add(key)  # defined at other parameters elsewhere: not one family at its parameters
        found.setdefault(key, params)
    out = {}
    for key, params in found.items():
        if key in refused or _annotated(text, key[0]) or not all(_at_parameters(c, key[1], params)
                                                                  for c in _calls(text, key[0])):
            continue
        out[key] = params
    return out


def _calls(text: str, name: str) -> list[tuple[str, str]]:
    """(index, arguments) of every call of ``name`` with a subscript in ``text``'s math (``h_{t-1}(x)`` too)."""
    pattern = re.compile(_head(name) + r"\s*_\s*(?P<sub>\{[^{}]*\}|[A-Za-z0-9](?![A-Za-z]))\s*"
                         r"(?:\\left\s*)?\((?P<args>[^()$]*)(?:\\right\s*)?\)")  # fmt: skip
    out = []
    for math in _MATH.finditer(text):
        out += [(bare_label(c.group("sub")), c.group("args")) for c in pattern.finditer(math.group(0))]
    return out


def _renamed(params: str, sub: str, index: str) -> str:
    """``params`` with the family's index ``sub`` written ``index`` (``\\mu_k`` at j: ``\\mu_j``)."""
    if index == sub:
        return params
    return re.sub(r"(?<![A-Za-z\\])" + re.escape(sub) + r"(?![A-Za-z])", index, params)


def _at_parameters(call: tuple[str, str], sub: str, params: str) -> bool:
    index, args = call
    if not (len(index) == 1 and index.isalpha()):
        return False  # h_{t-1}(x), f_1(0): a member at an index the rewriting does not name
    return _squeeze(args) in (_squeeze(_renamed(params, sub, index)), _squeeze(params))


def family_calls(text: str) -> str:
    r"""``text`` with each call of a family :func:`family_definitions` finds at its own parameters written as
    the member alone (``J_k(\mu_k)`` → ``J_k`` and blanks: the columns stay)."""
    families = family_definitions(text)
    if not families:
        return text
    for (name, sub), params in families.items():
        pattern = re.compile(_head(name) + r"(?P<sub>\s*_\s*(?:\{\s*[A-Za-z]\s*\}|[A-Za-z](?![A-Za-z])))(?P<call>\s*"
                             r"(?:\\left\s*)?\((?P<args>[^()$]*)(?:\\right\s*)?\))")  # fmt: skip

        def blank(m: re.Match[str], sub: str = sub, params: str = params) -> str:
            if not _at_parameters((bare_label(re.sub(r"^\s*_\s*", "", m.group("sub"))), m.group("args")), sub, params):
                return m.group(0)
            return m.group(0)[: m.start("call") - m.start()] + " " * len(m.group("call"))

        text = _MATH.sub(lambda math, p=pattern, b=blank: p.sub(b, math.group(0)), text)
    return text
