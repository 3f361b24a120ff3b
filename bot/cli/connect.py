"""qbot connect commands (filled in later)."""
