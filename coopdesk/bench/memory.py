"""Peak resident memory of the current process (``ru_maxrss``), in megabytes."""

from __future__ import annotations

import sys


def peak_rss_mb() -> float | None:
    """The peak resident set size so far; None where ``resource`` is missing (Windows)."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux counts kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
