"""Batch audits of issued documents (``gwlint audit``).

``runner`` walks folders and lints changed files in worker processes,
``store`` keeps the results in SQLite (schema in its docstring), ``report``
turns the database into tables and ``html``/``svg`` into a self-contained page.
Nothing here is imported by ``gwlint --help`` or ``gwlint check``; the CLI
module ``cli`` is the only one loaded at start-up, and it imports the rest lazily.
"""
