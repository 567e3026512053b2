"""Regression tests: each names the failure it guards against (issue 13 and later)."""
