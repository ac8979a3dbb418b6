r"""Fenced blocks of Markdown notes that hold math: MyST directives and GitHub's ``math`` fence.

markdown-it reads every fenced block as code, which is right for ```` ```python ```` and wrong for
what Jupyter Book / MyST and GitHub notes write: ```` ```{math} ```` (options such as ``:label:``
first, equations separated by blank lines, as docutils' math directive reads them), ```` ```math ````
(GitHub, GitLab), and directives whose body is Markdown again (```` ```{note} ````,
```` ```{prf:proof} ````, ```` ```{admonition} ````), where the derivations of such notes often stand.
Left unread, those displays were silently missing from the steps, a wrong one included.

MyST also writes a directive with colons (``:::{math}``, ``:::{note}``), and pandoc and Quarto write their
divs so (``::: {.callout-note}``): mdit-py-plugins' colon fences read them, and such a fence's body is
Markdown unless it is math or a code directive (``:::{math}`` was a paragraph, its equation never a step).

This module only classifies a fence and cuts its body; :mod:`verifier.documents.sources` reads
what it returns (math as display blocks, Markdown by parsing it again at its own lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it.token import Token

__all__ = ["Fenced", "fenced"]

#: fences whose body is math (the info word, lowercased)
MATH_FENCES = frozenset({"{math}", "math"})
#: MyST directives whose body is code, data or another markup: never read as Markdown
NOT_MARKDOWN = frozenset({
    "code", "code-block", "code-cell", "sourcecode", "literalinclude", "raw", "eval-rst", "csv-table",
    "mermaid", "graphviz", "bibliography", "toctree", "include", "jupyter-execute", "ipython", "glue",
    "glue:any", "glue:figure", "glue:math", "glue:text", "tableofcontents", "image", "embed",
})  # fmt: skip
#: Quarto / knitr (R Markdown) executable chunks, ```` ```{python} ````, ```` ```{r} ````: the braces
#: name the engine that runs the code, not a MyST directive (``{r setup, include=FALSE}`` has no
#: closing brace after its first word and is code already)
CODE_ENGINES = frozenset({
    "python", "r", "julia", "ojs", "bash", "sh", "zsh", "sql", "stan", "rcpp", "cpp", "c", "js", "javascript",
    "node", "ruby", "perl", "octave", "matlab", "sas", "scala", "dot", "tikz", "asy", "awk", "fortran", "go",
    "haskell", "powershell", "cmd", "css", "exec", "cat", "verbatim", "lua", "rust", "java", "d3", "observable",
})  # fmt: skip
_DIRECTIVE = re.compile(r"^\{([A-Za-z][\w:.-]*)\}")
_OPTION = re.compile(r"^\s*:[\w-]+:")


@dataclass(frozen=True)
class Fenced:
    """What a fence holds: ``kind`` "math" (``parts``: each equation with its 0-based line in the
    document text) or "markdown" (``parts``: one body, from its first line)."""

    kind: str
    parts: tuple[tuple[int, str], ...]


def fenced(tok: Token) -> Fenced | None:
    """The math or Markdown a ``fence`` or ``colon_fence`` token holds, or None for code."""
    if tok.type not in ("fence", "colon_fence") or tok.map is None:
        return None
    info = tok.info.strip().split(maxsplit=1)
    word = info[0].lower() if info else ""
    directive = _DIRECTIVE.match(word)
    code = directive is not None and (directive.group(1) in NOT_MARKDOWN or directive.group(1) in CODE_ENGINES)
    # a colon fence is a MyST directive (:::{note}) or a pandoc/Quarto div (::: {.callout-note}): Markdown unless
    # a code directive; a backtick fence is code unless a math fence or a MyST directive
    if word not in MATH_FENCES and (code or (directive is None and tok.type == "fence")):
        return None
    first = tok.map[0] + 1  # the body starts on the line after the opening fence
    lines = tok.content.split("\n")
    if directive is not None or word in MATH_FENCES:  # a pandoc/Quarto div has no options: its --- is a rule
        lines = _without_options(lines)  # (review35b: a div opening with one lost what stood before the next)
    if word in MATH_FENCES:
        return Fenced("math", tuple(_equations(lines, first)))
    return Fenced("markdown", ((first, "\n".join(lines)),))


def _without_options(lines: list[str]) -> list[str]:
    """The body with its leading directive options (``:label: x`` lines, or a ``---`` YAML block)
    blanked, so every line keeps its number."""
    out = list(lines)
    if out and out[0].strip() == "---":
        end = next((k for k in range(1, len(out)) if out[k].strip() == "---"), None)
        if end is not None:
            return [""] * (end + 1) + out[end + 1 :]
    k = 0
    while k < len(out) and _OPTION.match(out[k]):
        out[k] = ""
        k += 1
    return out


def _equations(lines: list[str], first: int) -> list[tuple[int, str]]:
    """Equations separated by blank lines, each with the document line of its first line."""
    out: list[tuple[int, str]] = []
    start: int | None = None
    for k, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = k
        elif not line.strip() and start is not None:
            out.append((first + start, "\n".join(lines[start:k])))
            start = None
    return out
