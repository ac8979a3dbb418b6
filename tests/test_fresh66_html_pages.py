"""Web exports of course notes (fresh66): the math MathJax typesets in an HTML page that the Markdown reader
missed or misread.

* MathJax 2 typesets ``<script type="math/tex; mode=display">…</script>`` as a display (its tex2jax preprocessor
  writes every ``\\[…\\]`` so); the reader took it for a script, code: the display was never read.
* ``jupyter nbconvert --to html`` writes a markdown cell's display closing ``$$`` straight before the next
  paragraph's tag (``$$<p>and then …</p>``): the ``$$`` was no closing delimiter, the display ran on into the
  next one and the code cells' markup, and its last link was "cannot be read"."""

from __future__ import annotations

from support import line_of, verdicts_by_line

NBCONVERT = r"""<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown" data-mime-type="text/markdown">
<h2 id="Derivatives">Derivatives</h2><p>The cube:</p>
$$
\frac{d}{dx} x^3 = 3 x^2
$$<p>and the square:</p>
$$
\frac{d}{dx} x^2 = 2 x
$$<p>and the line:</p>
$$
\frac{d}{dx} 5 x = 5
$$
</div>
<div class=" highlight hl-ipython3"><pre><span></span><span class="n">g</span> <span class="o">=</span> 2
</pre></div>
"""

SCRIPT = """<p>The derivative of the cube:</p>
<script type="math/tex; mode=display">
\\frac{d}{dx} x^3 = 3 x^2
</script>
<p>and of the square, \\(\\frac{d}{dx} x^2 = 2 x\\).</p>
"""


def test_nbconvert_display_closed_before_a_tag_is_read() -> None:
    verdicts = verdicts_by_line(NBCONVERT, "lab.html")
    assert verdicts[line_of(NBCONVERT, "x^3 = 3 x^2")] == ["PROVED"]
    assert verdicts[line_of(NBCONVERT, "x^2 = 2 x")] == ["PROVED"]
    assert verdicts[line_of(NBCONVERT, "5 x = 5")] == ["PROVED"]
    assert len(verdicts) == 3  # nothing of the markup


def test_nbconvert_display_wrong_is_failed() -> None:
    wrong = NBCONVERT.replace("x^3 = 3 x^2", "x^3 = 3 x^3")
    assert verdicts_by_line(wrong, "lab.html")[line_of(wrong, "x^3 = 3 x^3")] == ["FAILED"]


def test_mathjax_display_script_is_read() -> None:
    assert verdicts_by_line(SCRIPT, "page.html")[line_of(SCRIPT, "x^3 = 3 x^2")] == ["PROVED"]
    wrong = SCRIPT.replace("x^3 = 3 x^2", "x^3 = 3 x")
    assert verdicts_by_line(wrong, "page.html")[line_of(wrong, "x^3 = 3 x")] == ["FAILED"]


def test_mathjax_display_script_opening_a_block_is_read() -> None:
    text = "Intro.\n\n" + SCRIPT.split("\n", 1)[1]
    assert verdicts_by_line(text, "page.html")[line_of(text, "x^3 = 3 x^2")] == ["PROVED"]


def test_mathjax_display_script_after_a_heading_is_read() -> None:
    # the block opens with the heading and has no $ or \( of its own: the script is its only math
    text = "Intro.\n\n<h2>Step 4</h2>\n" + SCRIPT.split("\n", 1)[1].split("<p>and")[0]
    assert verdicts_by_line(text, "page.html")[line_of(text, "x^3 = 3 x^2")] == ["PROVED"]


def test_a_script_of_code_stays_code() -> None:
    text = 'Intro.\n\n<script>\nvar s = "$$\\\\frac{d}{dx} x^3 = 3 x$$";\n</script>\n'
    assert verdicts_by_line(text, "page.html") == {}
