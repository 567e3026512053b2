"""The registry of factdb's commands, each imported only when it runs or shows its own help.

`factdb --help` lists the commands from the one-line summaries kept here without importing any
command module, and `factdb NAME ...` imports only the module of NAME, so start-up does not pay
for SQLAlchemy, Alembic, trafilatura or NumPy unless the command uses them. Command modules keep
their own heavy imports inside the function that needs them.

Adding a command is one line in COMMANDS:

    "name": ("module:attribute", "The first sentence of its docstring."),

where `module` is relative to this package (`factdb.cli.commands`) and `attribute` is the click
command in it. A test checks that every summary is the command's own first sentence.
"""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str]] = {
    "ingest": ("ingest:ingest", "Store articles and the quotes and claims extracted from them."),
    "extract": (
        "extract:extract",
        "Print the quotes and numeric claims found in PATHs, one JSON object per line.",
    ),
    "link": (
        "link:link",
        "Find and store candidate links between quotes and between claims of different articles.",
    ),
    "compare": ("compare:compare", "Score pairs of statements and print one JSON object per pair."),
    "review": (
        "review:review",
        "Review pending links one by one: y confirm, n reject, s skip, u undo, ? help.",
    ),
    "decide": (
        "decide:decide",
        "Confirm, reject or undo links, exactly as the review application does.",
    ),
    "verdict": (
        "verdict:verdict",
        "Give cluster CLUSTER_ID a fact-check verdict, or change the one it has.",
    ),
    "match": (
        "match:match",
        "Print the stored statements closest to each TEXT, with their clusters and verdicts.",
    ),
    "import": ("importer:import_group", "Read fact-checks published by others into the database."),
    "export": (
        "export:export",
        "Write every stored ENTITY as JSONL, CSV or Parquet, one record per line, in id order.",
    ),
    "sql": ("sql:sql", 'Run a read-only SQL QUERY ("-" reads it from stdin) and print its rows.'),
    "grant-analyst": (
        "roles:grant_analyst",
        "Let the PostgreSQL ROLE read every table and view, present and future, and write nothing.",
    ),
    "upgrade": ("admin:upgrade", "Run the schema migrations up to the newest revision."),
    "stats": (
        "admin:stats",
        "Print how many outlets, articles, speakers, quotes, claims and links are stored.",
    ),
    "speakers": (
        "speakers:speakers",
        "List speakers and correct them; corrections hold for every later ingest.",
    ),
    "eval": ("evaluate:evaluate", "Print accuracy and speed of the extractors and the linker."),
}
"""Command name -> ("module:attribute" in this package, one-line summary for `factdb --help`)."""
