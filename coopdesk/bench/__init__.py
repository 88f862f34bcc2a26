"""The benchmark suite (``make bench``): speed at scale, never imported by the app."""
