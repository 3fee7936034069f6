"""The peers' published test tables, written as data (one module per source), and our verdicts on them.

Each module holds ``SOURCE`` (where the cases come from and under which settings the peer's verdict is
read) and ``CASES``. The cases were read from the peers' own test files and written here by hand; see
`cases.Case` for what each field means. `verdicts` computes what misdirect says about each case, the
same way for the tests (tests/peers/test_peers.py) and the benchmark (benchmarks/peers_bench.py).
"""
