"""Scoring of extraction quality against the gold annotations and public benchmarks."""
