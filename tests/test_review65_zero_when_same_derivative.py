"""'so that $D = 0$ when' links the condition only where D is the display's own derivative (review65 on ctx65).

"$$\\frac{\\partial L}{\\partial w} = 2(w - 3) + b,$$ so that $\\frac{\\partial L}{\\partial b} = 0$ when
$$2w + b = 6$$" linked the condition to ∂L/∂w's last member set to 0 and PROVED it "follows from the equation before
it", while the words say ∂L/∂b vanishes there — false.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = """# Stationary point

The loss is $L = (w - 3)^2 + (b + 1)^2 + wb$. Its gradient in $w$ is

$$
\\frac{\\partial L}{\\partial w} = 2(w - 3) + b,
$$

so that $\\frac{\\partial L}{\\partial VAR} = 0$ when

$$
2w + b = 6
$$
"""


def test_another_derivative_set_to_zero_links_nothing() -> None:
    assert verdicts_by_line(NOTE.replace("VAR", "b")).get(12) != ["PROVED"]


def test_the_displays_own_derivative_still_links() -> None:
    assert verdicts_by_line(NOTE.replace("VAR", "w")).get(12) == ["PROVED"]
