"""``python -m misdirect``: the same as the ``misdirect`` command."""

from misdirect.cli import main

if __name__ == "__main__":
    main()
