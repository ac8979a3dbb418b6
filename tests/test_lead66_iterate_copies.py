r"""An iterate the notes computed exactly, copied more than once into a later worked member, is no rounding.

``\theta_2 = 0.9 - 0.05 \cdot 2 \cdot 0.9 = 0.81`` after ``\theta_1 = 1 - 0.05 \cdot 2 = 0.9`` (heavy-ball momentum with
β = 0.5: θ₂ = 0.76, the velocity dropped) was PASSED "within the rounding of the numbers written" once cover66 read
the coupled rules: θ₁ = 0.9 written twice counted as "more copies than stated", so one 0.9 was taken for a rounding
(±0.05) that covered the slip (stop 66, lead66). A prose value written twice may still be a rounding the second time
(redlead64's ``a + \sqrt{x}/5 = 0.3 + 0.3``). The merge of lead66 and cover66 reads it so (θ₁'s display states its
value, documents.stated.computed_result); this guards it."""

from support import verdicts_by_line

NOTE = r"""# Momentum

Heavy-ball momentum keeps a velocity:

$$v_{t+1} = \beta v_t + \nabla f(\theta_t), \qquad \theta_{t+1} = \theta_t - \eta v_{t+1}.$$

Take $f(\theta) = \theta^2$, so $\nabla f(\theta) = 2\theta$.
With $\theta_0 = 1$, $v_0 = 0$, $\beta = 0.5$ and $\eta = 0.05$:

$$v_1 = 0.5 \cdot 0 + 2 \cdot 1 = 2$$

$$\theta_1 = 1 - 0.05 \cdot 2 = 0.9$$

$$\theta_2 = 0.9 - 0.05 \cdot 2 \cdot 0.9 = 0.81$$
"""


def test_an_iterate_copied_twice_is_no_rounding_that_covers_a_dropped_velocity() -> None:
    assert verdicts_by_line(NOTE)[14][0] not in ("PROVED", "PASSED")


def test_the_right_second_iterate_is_proved() -> None:
    right = NOTE.replace(r"0.9 - 0.05 \cdot 2 \cdot 0.9 = 0.81", r"0.9 - 0.05 \cdot (0.5 \cdot 2 + 2 \cdot 0.9) = 0.76")
    assert verdicts_by_line(right)[14][0] == "PROVED"
