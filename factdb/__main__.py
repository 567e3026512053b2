"""Run the factdb command line as `python -m factdb`."""

from factdb.cli.main import main

main()
