"""Screens: each one lays out widgets and handles their messages."""
