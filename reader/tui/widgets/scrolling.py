"""What the line-API views share about scrolling."""

# ScrollView's sideways keys: disabled (and so left out of help) in views whose lines always fit.
NO_SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})
