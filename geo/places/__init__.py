"""Places: recognise place names in text, resolve each to a place, find facilities named
by kind, and join places to their first-level regions."""
