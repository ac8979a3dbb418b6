r"""Text a rendered note never shows: blanked before the note is read, so no step is found there.

* Obsidian comments ``%% … %%`` (Markdown files, not notebooks; on one line or across lines). A ``%%``
  inside a fenced code block or a code span (Jupyter's ``%%timeit``) is code, and a ``%%`` without its
  closing one is left as it is. A ``%%`` inside a ``$$`` display is a LaTeX comment there, no Obsidian
  one (two such displays hid every step between them).
* LaTeX ``\iffalse … \fi`` (the usual way to switch a draft passage off); a conditional opened
  inside it (``\ifdraft … \fi``) is closed by its own ``\fi`` (``\iff`` and ``\ifthenelse{…}`` open
  none). An ``\iffalse`` without its ``\fi`` is left as it is.

Authors keep old, wrong drafts in exactly these places: read as steps they were reported FAILED in
correct notes. Blanking keeps the length and every newline, so line numbers do not move.
(``%`` comments and ``comment``/``verbatim`` environments are dropped by the LaTeX reader itself,
HTML comments and code by the Markdown parser.)
"""

from __future__ import annotations

import re

__all__ = ["commented_out", "latex_shown", "shown"]

_CODE_SPAN = re.compile(r"(`+)[^`\n]*?\1")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CONDITIONAL = re.compile(r"\\(iffalse|if[a-zA-Z@]*|fi)(?![a-zA-Z@])")


def shown(text: str, kind: str) -> str:
    """``text`` with what its renderer hides blanked (``kind``: "tex", "markdown" or "notebook")."""
    if kind == "tex":
        return _without_iffalse(text) if "\\iffalse" in text else text
    return _without_obsidian_comments(text) if kind == "markdown" and "%%" in text else text


def latex_shown(text: str) -> str:
    r"""LaTeX ``text`` read where Markdown is (a notebook's raw cell marked LaTeX, review23e) with what
    LaTeX never typesets blanked: ``%`` comments (not ``\%``) and ``\iffalse … \fi``."""
    text = "\n".join(re.sub(r"(?<!\\)%.*", lambda m: " " * len(m.group(0)), line) for line in text.split("\n"))
    return _without_iffalse(text) if "\\iffalse" in text else text


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def _without_obsidian_comments(text: str) -> str:
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    fence: str | None = None
    math = False  # inside a $$ display (outside comments)
    pos = 0
    for line in text.split("\n"):
        m = _FENCE.match(line)
        if m and opened is None:
            if fence is None:
                fence = m.group(1)
            elif m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line.strip()[len(m.group(1)) :]:
                fence = None
        elif fence is None:
            code = [(c.start(), c.end()) for c in _CODE_SPAN.finditer(line)]
            for hit in re.finditer(r"%%|\$\$", line):
                if any(a <= hit.start() < b for a, b in code):
                    continue  # `%%timeit` in a sentence
                if hit.group(0) == "$$":
                    math = math if opened is not None else not math  # a $$ in a comment opens no display
                    continue
                if math:
                    continue  # "f &= (x+1)^2 \\ %% expand": a LaTeX comment in a display (review23e)
                if opened is None:
                    opened = pos + hit.start()
                else:
                    spans.append((opened, pos + hit.end()))
                    opened = None
        pos += len(line) + 1
    for start, end in reversed(spans):
        text = _blank(text, start, end)
    return text


def _without_iffalse(text: str) -> str:
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for m in _CONDITIONAL.finditer(text):
        if commented_out(text, m.start()):
            continue
        word = m.group(1)
        if word == "iff" or (word not in ("iffalse", "fi") and text[m.end() :].lstrip(" \t").startswith("{")):
            continue  # the symbol \iff; \ifthenelse{…}{…}{…}, etoolbox's \ifdef{…}: no \fi of their own (review23e)
        if depth == 0:
            if word == "iffalse":
                depth, start = 1, m.start()
        elif word == "fi":
            depth -= 1
            if depth == 0:
                spans.append((start, m.end()))
        else:
            depth += 1
    for s, e in reversed(spans):
        text = _blank(text, s, e)
    return text


def commented_out(text: str, pos: int) -> bool:
    """Whether ``pos`` stands after an unescaped ``%`` on its line."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return re.search(r"(?<!\\)%", line) is not None
