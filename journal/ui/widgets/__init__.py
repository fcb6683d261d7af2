"""Pieces that more than one page or dialog shows: the level card, charts, the attention list, the timeline and its filters."""
