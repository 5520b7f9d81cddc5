"""Places: recognise place names in text, resolve each to a place, find facilities named
by kind, and join places to their first-level regions."""

#: A town this populous is known by its name: it stands as a place where smaller ones need a
#: cue, says what a region's other name means alone ("Dnipro"), and is written without its
#: accents in English ("Kandahar").
LARGE_CITY = 100_000
