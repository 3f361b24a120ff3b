"""The two-way sync's pure decisions: record kinds, three-way merge, conflict policy."""
