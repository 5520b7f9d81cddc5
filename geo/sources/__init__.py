"""Sources: where the reader's data comes from: article files, the offline gazetteer, the
boundaries and their outlines, the curated tables and the opt-in online geocoders."""
