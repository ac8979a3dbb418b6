r"""A step that rests on the orthonormal factors of a decomposition the prose names is not FAILED.

"Take the thin SVD $X = U S V^\top$ … $$C = \frac{1}{n - 1} X^\top X = V \frac{S^2}{n - 1} V^\top$$": with X
substituted the step needs U^\top U = I, which the word SVD gives and the checker does not assume, so a correct
step was FAILED (fresh27's PCA notebook). Where the prose names the decomposition (SVD, singular value or
eigen-decomposition) of a name written as a product of factors, a failure of a step that writes the name or a
factor is SKIPPED, saying so (documents.factorisations).
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# Gram matrix

Write the SVD $A = P D Q^\top$ of the data. Then

$$A^\top A = Q D^2 Q^\top$$

gives the right singular vectors.
"""


def test_a_step_resting_on_the_svd_is_not_failed() -> None:
    assert verdicts_by_line(NOTE).get(5) == ["SKIPPED"]


def test_without_the_word_the_factors_are_any_matrices() -> None:
    text = NOTE.replace("Write the SVD $A = P D Q^\\top$ of the data.", "Write $A = P D Q^\\top$ for the data.")
    assert "SVD" not in text
    assert verdicts_by_line(text).get(5) == ["FAILED"]
