"""Local QuickBooks Online simulator and the bundled sample company."""
