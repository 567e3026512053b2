"""The one layer that owns factdb's reads, writes and transactions."""
