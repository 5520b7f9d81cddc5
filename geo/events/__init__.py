"""Events: ACLED-style events read from an article's sentences, their actors, and the
merging of reports of one event across articles."""
