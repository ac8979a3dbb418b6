r"""redteam25: under the pytest plugin a SKIPPED catalog identity fails, as ``verify all`` exits 1 on it.

The plugin turned a catalog entry's SKIPPED into ``pytest.skip`` -- green -- while ``verify all`` counts
it as not verified (exit 1). The engine says SKIPPED where the numbers cannot decide a green step: a
wrong branch no sample reaches (redteam24), ``\sin(2^{300}\pi x) = 0`` (binary sample points,
redteam25); a course's ``pytest`` gate passed them. Such an item now fails, showing why, as a
document chain's SKIPPED step already did. (The wrong far branch is FAILED since redteam28 evaluates
each side at its breakpoints; the binary-points claim is the SKIPPED example here.)
"""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

# Run in this process (``runpytest_inprocess``), as tests/test_pytest_plugin.py runs all but its end-to-end and
# xdist tests: the outcome of a SKIPPED item is the plugin's, not the interpreter's; a fresh interpreter cost
# ~1.4 s of CPU (speed45). The warning filter is that file's: this process imported ``verifier`` before the run
# marks it for rewriting, a course's fresh process does not.
FAST = ("--verify-points", "50", "-p", "no:cacheprovider", "-W", "ignore::pytest.PytestAssertRewriteWarning")
PYPROJECT = (
    '[tool.verify]\nderivations = "derivations"\nseed = 7\n\n[tool.pytest.ini_options]\nfilterwarnings = ["error"]\n'
)
UNREACHED = """
import sympy as sp
from verifier.catalog import identity

@identity("binary-points", title="a claim binary sample points cannot test", statement="0", source="test")
def _(b):
    x = b.real("x")
    return b.claim(sp.sin(2**300 * sp.pi * x), 0)
"""


def test_a_skipped_identity_fails_the_pytest_run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    monkeypatch.delenv("PYTEST_PLUGINS", raising=False)
    pytester.makepyprojecttoml(PYPROJECT)
    (pytester.mkdir("derivations") / "calculus.py").write_text(UNREACHED, encoding="utf-8")
    result = pytester.runpytest_inprocess(*FAST, "derivations")
    result.assert_outcomes(failed=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*SKIPPED binary-points*"])
