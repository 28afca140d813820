"""`python -m coach` does what the `bedtime-coach` command does."""

from coach.cli import main

raise SystemExit(main())
