"""Screens of the review application: the review screen and its modal dialogs."""
