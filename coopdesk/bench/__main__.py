"""`python -m coopdesk.bench` entry point."""

from __future__ import annotations

from coopdesk.bench.cli import main

raise SystemExit(main())
