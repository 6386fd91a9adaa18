"""`python -m assistant` runs the CLI."""

from .app.cli import main

main()
