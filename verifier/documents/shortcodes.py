r"""Hugo's math shortcodes: ``{{< katex >}} … {{< /katex >}}`` in the notes of Hugo sites.

Hugo themes for course sites (hugo-book and its kin) typeset math with a shortcode instead of dollars::

    {{< katex display=true >}}
    \frac{\partial L}{\partial w} = (w x - y) x
    {{< /katex >}}

and ``{{< katex >}}p = \sigma(z){{< /katex >}}`` inline (``{{% katex %}}`` too). Markdown reads a shortcode as
text, so such a derivation was silently missing from the steps, a wrong one included. :func:`katex_shortcode`
is an inline rule of markdown-it (:mod:`verifier.documents.sources` adds it): the body is display math when the
opening shortcode says ``display`` (``display``, ``display=true``), inline math otherwise — the tokens the
dollar rules make, so the reader treats a shortcode's formula as it treats a ``$$`` or ``$`` one. A shortcode in
a code span or block stays code (markdown-it never runs inline rules there).
"""

from __future__ import annotations

import re

from markdown_it.rules_inline import StateInline

__all__ = ["katex_shortcode"]

_OPEN = re.compile(r"\{\{([<%])\s*katex\b(?P<args>[^>%}]*)[>%]\}\}")
_CLOSE = re.compile(r"\{\{[<%]\s*/\s*katex\s*[>%]\}\}")
_DISPLAY = re.compile(r"\bdisplay\b(?!\s*=\s*\"?false)")


def katex_shortcode(state: StateInline, silent: bool) -> bool:
    """A ``{{< katex >}}`` shortcode at ``state.pos``: one math token (``math_inline_double`` for a display,
    ``math_inline`` otherwise) holding its body without the whitespace around it."""
    if not state.src.startswith("{{", state.pos):
        return False
    opening = _OPEN.match(state.src, state.pos)
    if opening is None:
        return False
    closing = _CLOSE.search(state.src, opening.end())
    if closing is None:
        return False
    body = state.src[opening.end() : closing.start()].strip()
    if not body:
        return False
    if not silent:
        token = state.push("math_inline_double" if _DISPLAY.search(opening["args"]) else "math_inline", "math", 0)
        token.content = body
        token.markup = opening.group(0)
    state.pos = closing.end()
    return True
