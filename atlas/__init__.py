"""Logic package of the Belarus–Russia regions atlas."""
