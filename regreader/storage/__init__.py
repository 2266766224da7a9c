"""The SQLite library file: connection, transactions, schema migrations."""

from regreader.storage.db import open_library, transaction

__all__ = ["open_library", "transaction"]
