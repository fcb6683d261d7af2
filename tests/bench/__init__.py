"""Benchmarks: run by hand (`python -m tests.bench.bench_store`), never collected by pytest."""
