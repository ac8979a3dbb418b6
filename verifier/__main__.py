"""``python -m verifier``: the ``verify`` command without its script on PATH (as ``python -m pytest``)."""

import sys

from verifier.cli import main

if __name__ == "__main__":
    sys.exit(main())
