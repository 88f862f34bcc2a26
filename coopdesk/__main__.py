"""`python -m coopdesk` entry point."""

from coopdesk.cli import main

raise SystemExit(main())
