"""Benchmarks of the atlas: `python -m bench.run` (latency, bytes, memory vs floors) and `python -m bench.load`."""
