"""Bundled sample company JSON (a package so the files ship in wheels)."""
