"""Benchmarks for newsfacts: a synthetic corpus generator and the throughput/RSS harness."""
