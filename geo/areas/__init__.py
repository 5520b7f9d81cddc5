"""Areas: sizes stated in the text ("1,400 square kilometres of Kursk") drawn as polygons
of that size."""
