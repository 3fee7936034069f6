"""Blind batch 3: see benchmarks/blind/README.md."""
