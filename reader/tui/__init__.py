"""The Textual reading app: the only package that imports Textual."""
