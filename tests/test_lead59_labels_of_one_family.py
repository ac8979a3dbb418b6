r"""A subscripted name is read as a label only where its whole family is (lead59, documents.statedlabels).

fresh61's statedlabels reads ``T_w`` as one name where the notes give both ``T_w`` and ``T`` a number. In a scalar
gated unit with numbers "$w_z = -2$, $u_z = 2$, $w_r = u_r = 0$, $w = 0$, $u = 2$" and a gate $r = 0.5$, ``u_z``
and ``w_z`` became labels while ``u_r`` and ``w_r`` stayed entries r of vectors u and w (r is given a number, and
``w_r = u_r`` is no number): the mixed reading FAILED the right total derivative (fresh41's GRU note, a false alarm
of the whole probe collection). A name's letter subscripts are now labels together or not at all.
"""

from __future__ import annotations

from support import line_of, verdicts_by_line

from verifier.documents.statedlabels import stated_labels

_NOTE = r"""# A gated unit

A scalar unit with input $x$ and state $h$:

\begin{align}
g &= \sigma(w_g x + u_g h), \\
r &= \sigma(w_r x + u_r h), \\
c &= \tanh(w x + u\, r h), \\
s &= (1 - g)\, h + g\, c .
\end{align}

With $\sigma' = \sigma(1 - \sigma)$ and $\tanh' = 1 - \tanh^2$,

$$
\frac{dg}{dh} = g(1-g)\,u_g, \qquad \frac{dr}{dh} = r(1-r)\,u_r, \qquad
\frac{dc}{dh} = (1 - c^2)\, u \left( r + h\frac{dr}{dh} \right),
$$

and therefore

$$
\frac{ds}{dh} = (1 - g) + (c - h)\frac{dg}{dh} + g\,\frac{dc}{dh}.
$$

## Numbers

Let $x = 1$, $h = 1$, $w_g = -2$, $u_g = 2$, $w_r = u_r = 0$, $w = 0$, $u = 2$.
Then $g = \sigma(0) = 0.5$ and $r = 0.5$.
"""


def test_a_family_with_a_subscript_left_an_entry_has_no_labels() -> None:
    assert not {name for name, _ in stated_labels(_NOTE)} & {"u", "w"}


def test_the_right_total_derivative_is_not_failed() -> None:
    assert "FAILED" not in verdicts_by_line(_NOTE, "notes.md")[line_of(_NOTE, r"\frac{ds}{dh}")]


def test_a_schedule_length_beside_its_total_is_still_a_label() -> None:
    text = "The run has $T = 1100$ steps, of which $T_w = 100$ warm up.\n"
    assert stated_labels(text) == {("T", "w")}
