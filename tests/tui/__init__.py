"""Tests of the review application."""
