r"""gaps60: the family reading of i.i.d. samples (documents.iidfamilies).

"Let $x_1, \dots, x_n$ be i.i.d. with mean $\mu$ and variance $\sigma^2$" states every moment a Bessel-correction
derivation uses; the steps were SKIPPED "it also needs facts about 𝔼[x_1^2], 𝔼[x_1·x_2], …" and a wrong one with
them (fresh48's Bessel wrong2 and wrong3). Under the family reading a right step is PROVED and a wrong one FAILED;
a sentence that denies or supposes independence, a law whose moments are not all stated, a normal law whose second
argument may be a standard deviation, or a product with another random name keep the refusal. Notes of our own."""

from __future__ import annotations

from support import verdicts_by_line

STATED = (
    r"Let $x_1, \dots, x_n$ be i.i.d. with mean $\mu$ and variance $\sigma^2$, and $\bar x = "
    r"\frac1n\sum_{i=1}^n x_i$."
)


def _notes(statement: str, *displays: str) -> str:
    return statement + "\n\n" + "\n\n".join(f"$$\n{d}\n$$" for d in displays) + "\n"


def test_the_mean_of_the_squared_sample_mean_is_read_from_the_stated_moments() -> None:
    got = verdicts_by_line(
        _notes(
            STATED,
            r"\mathbb{E}[\bar x^2] = \frac{\sigma^2}{n} + \mu^2",
            r"\mathbb{E}[\bar x^2] = \frac{\sigma^2}{n^2} + \mu^2",
        )
    )
    assert got[4] == ["PROVED"]
    assert got[8] == ["FAILED"]


def test_the_bessel_correction_is_checked_and_a_lost_factor_fails() -> None:
    got = verdicts_by_line(
        _notes(
            STATED,
            r"\mathbb{E}\Big[\sum_{i=1}^n (x_i - \bar x)^2\Big] = (n - 1)\sigma^2",
            r"\mathbb{E}\Big[\sum_{i=1}^n (x_i - \bar x)^2\Big] = n\sigma^2",
        )
    )
    assert got[4][0] in ("PROVED", "PASSED")
    assert got[8] == ["FAILED"]


def test_the_variance_of_the_sample_mean() -> None:
    got = verdicts_by_line(
        _notes(
            STATED,
            r"\operatorname{Var}(\bar x) = \frac{\sigma^2}{n}",
            r"\operatorname{Var}(\bar x) = \frac{1}{n}\sum_{i=1}^n \operatorname{Var}(x_i)",
        )
    )
    assert got[4] == ["PROVED"]
    assert got[8] == ["FAILED"]


def test_a_normal_family_gives_its_higher_moments() -> None:
    statement = r"We observe $x_1, \dots, x_n \stackrel{iid}{\sim} \mathcal{N}(\mu, \sigma^2)$."
    got = verdicts_by_line(
        _notes(
            statement,
            r"\mathbb{E}[x_1^2 x_2^2] = (\sigma^2 + \mu^2)^2",
            r"\mathbb{E}[x_1^4] = \mu^4 + 6\mu^2\sigma^2 + 3\sigma^4",
            r"\mathbb{E}[x_1^4] = \mu^4 + 6\mu^2\sigma^2 + 2\sigma^4",
        )
    )
    assert got[4] == ["PROVED"]
    assert got[8] == ["PROVED"]
    assert got[12] == ["FAILED"]


def test_a_higher_moment_of_a_law_given_by_two_moments_is_not_known() -> None:
    """Only the mean and variance are stated: 𝔼[x³] is a normal law's here, not every law's — never FAILED, never
    green."""
    got = verdicts_by_line(_notes(STATED, r"\mathbb{E}[x_1^3] = \mu^3 + 3\mu\sigma^2", r"\mathbb{E}[x_1^3] = \mu^3"))
    assert got[4] == ["SKIPPED"]
    assert got[8] == ["SKIPPED"]


def test_independence_denied_or_supposed_is_no_family() -> None:
    for statement in (
        r"The $x_1, \dots, x_n$ are not i.i.d.: each has mean $\mu$ and variance $\sigma^2$, and $\bar x = "
        r"\frac1n\sum_{i=1}^n x_i$.",
        r"If $x_1, \dots, x_n$ were i.i.d. with mean $\mu$ and variance $\sigma^2$, the estimate would be "
        r"unbiased. Let $\bar x = \frac1n\sum_{i=1}^n x_i$.",
    ):
        got = verdicts_by_line(_notes(statement, r"\mathbb{E}[\bar x^2] = \frac{\sigma^2}{n^2} + \mu^2"))
        assert got[4] == ["SKIPPED"], statement


def test_a_normal_law_whose_second_argument_may_be_a_deviation_is_not_read() -> None:
    statement = r"We observe $x_1, \dots, x_n$ drawn i.i.d. from $\mathcal{N}(\mu, s)$."
    got = verdicts_by_line(_notes(statement, r"\mathbb{E}[x_1 x_2] = \mu^2 + s"))
    assert got[4] == ["SKIPPED"]


def test_a_product_with_another_random_name_keeps_its_atom() -> None:
    got = verdicts_by_line(_notes(STATED, r"\mathbb{E}[x_1 y] = 2\mu\,\mathbb{E}[y]"))
    assert got[4] == ["SKIPPED"]


def test_a_count_read_apart_from_the_samples_is_no_family() -> None:
    """``\\sum_i`` without bounds leaves n a number apart from the entries' count (fresh53's note): reading the
    family there would compare 𝔼[x̄²] over three samples with σ²/n at n = 1 — a false FAILED."""
    statement = (
        r"Let $x_1, \dots, x_n \stackrel{iid}{\sim} \mathcal N(\mu, \sigma^2)$ and $\bar x = "
        r"\frac1n\sum_i x_i$."
    )
    got = verdicts_by_line(_notes(statement, r"\mathbb{E}[\bar x^2] = \frac{\sigma^2}{n} + \mu^2"))
    assert got[4] != ["FAILED"]


def test_independent_but_not_identically_distributed_samples_are_no_family() -> None:
    """``X_i \\sim \\mathrm{Bernoulli}(p_i)``: each sample its own law. Read as one family, 𝔼[X_1] and 𝔼[X_2] were one
    unknown and the right ``\\mathbb{E}[X_1] - \\mathbb{E}[X_2] = p_1 - p_2`` FAILED (found on fresh51's note)."""
    statement = r"Let $S = \sum_{i=1}^n X_i$ with independent $X_i \sim \mathrm{Bernoulli}(p_i)$."
    got = verdicts_by_line(_notes(statement, r"\mathbb{E}[X_1] - \mathbb{E}[X_2] = p_1 - p_2"))
    assert got[4] != ["FAILED"]
