"""`python -m coach` does what the `bedtime-coach` command does."""

from coach.app import main

raise SystemExit(main())
