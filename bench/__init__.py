"""Ajar's benchmarks: `make bench` runs them all (bench/run_all.py); see docs/performance.md."""
