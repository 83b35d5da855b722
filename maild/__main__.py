"""`python -m maild` runs the command line."""

from maild.cli import main

raise SystemExit(main())
