"""Errors that carry a message meant for the user (never a traceback)."""


class RegreaderError(Exception):
    """Base class: the message is shown to the user as is."""


class DatabaseError(RegreaderError):
    """The library database cannot be opened or is not one of ours."""


class InvalidQueryError(RegreaderError):
    """The search text cannot be understood."""


class IngestionError(RegreaderError):
    """A file cannot be indexed; the message says which and why."""
