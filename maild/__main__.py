"""`python -m maild` runs the command line."""

from maild.interfaces.cli import main

raise SystemExit(main())
