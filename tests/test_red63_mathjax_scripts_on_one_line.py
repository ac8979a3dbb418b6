r"""MathJax 2's math elements written on one line: ``<script type="math/tex; mode=display">f''(x) = 3x</script>``
(a display) and ``<script type="math/tex">f(1) = 2</script>`` (inline), as a page saved after MathJax's tex2jax ran
writes them. fresh66 read the display element only with its tags on lines of their own; on one line the element
was a script, never read, so a wrong derivative in it was neither checked nor SKIPPED (red63). Every page is
written here."""

from __future__ import annotations

from support import verdicts_by_line

_PAGE = """<html><body>
<p>Let \\(f(x) = x^3\\). Then</p>
<script type="math/tex; mode=display">f'(x) = 3x^2</script>
<p>and</p>
<script type="math/tex; mode=display">f''(x) = 3x</script>
<p>Also <script type="math/tex">f(2) = 8</script> and <script type="math/tex">f(1) = 2</script>.</p>
</body></html>
"""


def test_a_display_element_on_one_line_is_read() -> None:
    got = verdicts_by_line(_PAGE, "page.html")
    assert got.get(3) == ["PROVED"] and got.get(5) == ["FAILED"], got


def test_an_inline_element_is_read_as_an_inline_formula() -> None:
    got = verdicts_by_line(_PAGE, "page.html")
    assert got.get(6) == ["PROVED", "FAILED"], got


def test_a_plain_script_is_still_code() -> None:
    page = '<p>Let \\(f(x) = x^3\\).</p>\n<script type="text/javascript">var a = "$$f(1) = 2$$";</script>\n'
    assert 2 not in verdicts_by_line(page, "page.html")
