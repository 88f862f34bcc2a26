"""Peak resident memory of the current process, in megabytes."""

from __future__ import annotations

import sys
from pathlib import Path

PROC_STATUS = Path("/proc/self/status")


def _vm_hwm_kb() -> int | None:
    """Linux's peak RSS of this process image (``VmHWM``), in kB."""
    try:
        text = PROC_STATUS.read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return None


def peak_rss_mb() -> float | None:
    """The peak resident set size so far; None where it cannot be read (Windows).

    On Linux this is ``VmHWM``, not ``ru_maxrss``: a child started by ``subprocess``
    inherits its parent's ``ru_maxrss`` across ``exec`` (the kernel carries the high-water
    mark of the parent's address space over), so ``ru_maxrss`` would report the parent.
    """
    hwm = _vm_hwm_kb()
    if hwm is not None:
        return hwm / 1024
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # macOS counts bytes, the other Unixes kilobytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
