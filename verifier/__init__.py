"""derivation-verifier: checks the calculus in machine-learning course material."""

# The one place the version is written (pyproject.toml reads it); each release is tagged v<version>
# and described in CHANGELOG.md. The scaffold of `verify init` pins this version.
__version__ = "0.2.0"
