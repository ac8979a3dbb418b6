r"""A Markdown note's own syntax for math and blocks, rewritten into what the Markdown reader knows,
before it is read (line numbers never move).

* MyST's inline role ``{math}`\sigma(z) = …``` is inline math, as ``$…$`` is: definitions and claims
  written with it were silently not read (a later step then said "not defined in the notes").
* MkDocs / Python-Markdown blocks (``!!! note "Title"``, ``??? tip``, ``???+ example`` from
  admonition/details, ``=== "Tab"`` from pymdownx.tabbed) hold their body indented by four spaces;
  CommonMark reads that as an indented code block, so every display in it was missing. The body is
  shifted left by four spaces (nested blocks in further passes), so an indented code block inside
  the body stays code.

:func:`as_read` also applies GitHub's ``$`…`$`` (:func:`verifier.documents.sources.github_inline_math`),
reads Unicode math typed in code spans and plain fenced blocks (:mod:`verifier.documents.typedmath`),
blanks what the renderer hides (:mod:`verifier.documents.hidden`) and, in LaTeX, Beamer's overlay
commands (:mod:`verifier.documents.overlays`) and the ``physics`` package's shorthand
(:mod:`verifier.documents.physicspkg`), and writes a decimal comma before three digits (``1{,}750`` in notes
that write ``0{,}5``) as the point it is (:func:`verifier.latex.numberwriting.decimal_comma_groups`). A Unicode
prime ``′`` becomes ``'`` once the typed math is found (:func:`ascii_primes`): the tokenizer read both, but the
readings that look at a member's text for a derivative looked for ``'`` only (lead61).
"""

from __future__ import annotations

import re
from pathlib import Path

from verifier.documents.familycalls import family_calls
from verifier.documents.hidden import shown
from verifier.documents.overlays import earlier_slides_named, last_slide
from verifier.documents.physicspkg import physics_macros
from verifier.documents.sources import document_kind, github_inline_math
from verifier.documents.typedmath import typed_math
from verifier.latex.numberwriting import decimal_comma_groups

__all__ = ["as_read", "ascii_primes", "earlier_slides_read", "math_roles", "python_markdown_blocks"]

_ROLE = re.compile(r"\{math\}`([^`\n]+)`")
_BLOCK = re.compile(r"^( *)(?:!!!|\?\?\?\+?|===)[ \t]+\S")
_PASSES = 6


def as_read(text: str, path: str | Path) -> str:
    """``text`` as the document reader takes it (see the module's docstring)."""
    kind = document_kind(path)
    if kind == "rst":  # read by docutils as written (documents.restructured)
        return ascii_primes(text)
    text = github_inline_math(text, path)
    if kind != "tex":
        text = typed_math(python_markdown_blocks(math_roles(text)))
    else:
        text = physics_macros(last_slide(text))
    # J_k(\mu_k) = … a family at its own parameters: the member J_k (documents.familycalls)
    return family_calls(ascii_primes(decimal_comma_groups(shown(text, kind))))


def ascii_primes(text: str) -> str:
    """``text`` with each Unicode prime ``′`` (U+2032) written ``'``: one prime, however typed (``\\sigma′(x)``,
    typed ``σ′(x)``), so every reading that looks for a derivative in a member's text sees it. One character for
    one: the columns stay. Run after :func:`verifier.documents.typedmath.typed_math`, to which ``′`` is a sign of
    typed math."""
    return text.replace("\u2032", "'")


def earlier_slides_read(text: str, path: str | Path) -> list[tuple[str, str]]:
    """A LaTeX ``text`` as the reader takes it (:func:`as_read`) at each earlier slide of its frames, with
    the slide's name (:func:`verifier.documents.overlays.earlier_slides_named`); none for other documents
    or without overlays."""
    if document_kind(path) != "tex":
        return []
    return [
        (name, ascii_primes(decimal_comma_groups(shown(physics_macros(v), "tex"))))
        for name, v in earlier_slides_named(github_inline_math(text, path))
    ]


def math_roles(text: str) -> str:
    """``{math}`…``` written ``$…$``."""
    if "{math}`" not in text:
        return text
    return _ROLE.sub(lambda m: f"${m.group(1)}$", text)


def python_markdown_blocks(text: str) -> str:
    """The bodies of ``!!!``/``???``/``===`` blocks shifted left by four spaces."""
    if not re.search(r"^ *(?:!!!|\?\?\?|===)", text, re.M):
        return text
    lines = text.split("\n")
    for _ in range(_PASSES):
        if not _shift_once(lines):
            break
    return "\n".join(lines)


def _shift_once(lines: list[str]) -> bool:
    changed = False
    k = 0
    while k < len(lines):
        m = _BLOCK.match(lines[k])
        k += 1
        if m is None:
            continue
        indent = len(m.group(1))
        inner = " " * (indent + 4)
        j = k
        while j < len(lines) and (not lines[j].strip() or lines[j].startswith(inner)):
            j += 1
        while j > k and not lines[j - 1].strip():
            j -= 1  # trailing blank lines belong to what follows
        for i in range(k, j):
            if lines[i].strip():
                lines[i] = lines[i][:indent] + lines[i][indent + 4 :]
                changed = True
        k = j
    return changed
