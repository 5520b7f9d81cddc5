"""Text: sentences, dates and numbers, and the word-start index that pre-filters patterns."""
