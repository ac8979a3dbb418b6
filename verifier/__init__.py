"""derivation-verifier: checks the calculus in machine-learning course material."""

from __future__ import annotations

# The version comes from git tags (setuptools-scm, see pyproject.toml) through the package metadata;
# verifier.provenance finds the distribution that holds this code. Looked up on first use, not at
# import: most imports of the package never need it. Each release is described in CHANGELOG.md.


def __getattr__(name: str) -> str:
    if name == "__version__":
        from verifier.provenance import version

        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
