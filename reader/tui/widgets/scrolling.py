"""What the scrolling views share about keys."""

# ScrollView's sideways keys: disabled (and so left out of help) in views whose lines always fit.
NO_SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})
