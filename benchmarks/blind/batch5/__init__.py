"""Blind batch 5: see benchmarks/blind/README.md."""
