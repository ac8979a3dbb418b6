"""The subcommands of ``verify``: one module each, with ``add_arguments(parser)`` and ``run(args, options)``.

``verifier.cli`` builds one argparse parser from them; options shared by several subcommands
(``--seed``, ``--format``, ``--derivations`` …) are declared once there, so they are spelled,
documented and resolved (:mod:`verifier.settings`) the same way everywhere.
"""

#: name -> (module, one-line help), in the order ``verify --help`` lists them
COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("verifier.commands.run", "verify the catalog: 'verify all', 'verify ID…' (the default command)"),
    "list": ("verifier.commands.listing", "list the catalog's identities with their source lines"),
    "explain": ("verifier.commands.explain", "show one catalog entry in full"),
    "doc": ("verifier.commands.doc", "check the derivations in Markdown, LaTeX and notebook documents"),
    "check": ("verifier.commands.check", "check a one-off claim typed on the command line"),
    "mutate": ("verifier.commands.mutate", "mutation score of the catalog and a seed sweep"),
    "init": ("verifier.commands.init", "set up a course repository (pyproject, examples, CI, pre-commit)"),
    "watch": ("verifier.commands.watch", "re-verify the catalog entries and notes that change on save"),
}
