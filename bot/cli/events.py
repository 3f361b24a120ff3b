"""qbot events commands (filled in later)."""
