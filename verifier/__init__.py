"""derivation-verifier: checks the calculus in machine-learning course material."""

from __future__ import annotations

import os
import sys

#: SymPy's construction cache (``cacheit``, an LRU per cached function), sized before SymPy is first
#: imported: its default of 1,000 entries is far too small for a document, whose other readings and
#: index assignments build the same sums, products and function applications again; at 1,000 they
#: were evicted before they recurred, and SymPy rebuilt them with its assumption queries (the
#: layer-norm post: 33.4 -> 28.4 s of CPU, docs/speed.md). Set only when neither the user's
#: environment nor an earlier import of SymPy has decided it; the cache is transparent (the same
#: objects are built either way), it only trades memory for time.
SYMPY_CACHE_SIZE = "30000"
if "sympy" not in sys.modules:
    os.environ.setdefault("SYMPY_CACHE_SIZE", SYMPY_CACHE_SIZE)

# The version comes from git tags (setuptools-scm, see pyproject.toml) through the package metadata;
# verifier.provenance finds the distribution that holds this code. Looked up on first use, not at
# import: most imports of the package never need it. Each release is described in CHANGELOG.md.


def __getattr__(name: str) -> str:
    if name == "__version__":
        from verifier.provenance import version

        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
