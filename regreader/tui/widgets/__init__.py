"""Widgets of the reading workspace."""
