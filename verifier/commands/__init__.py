"""Sub-commands of ``verify`` that take options of their own (``verify doc``, ``verify check``, ...)."""
