"""CoopDesk: decentralised cooperation and town twinning, offline."""

__version__ = "0.1.0"
