"""derivation-verifier: checks the calculus in machine-learning course material."""

__version__ = "0.1.0"
