"""Widgets: one class per file; they post messages and let screens decide."""
