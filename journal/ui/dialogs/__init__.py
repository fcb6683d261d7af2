"""Modal and one-shot windows: the welcome choice, the check-in, export."""
