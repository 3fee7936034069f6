"""Blind batch 4: see benchmarks/blind/README.md."""
