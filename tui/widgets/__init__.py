"""Widgets of the review application, one a module."""
