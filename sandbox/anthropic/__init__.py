"""Anthropic Messages API simulator (loopback HTTP) for the demo, the tests and the benchmarks."""
