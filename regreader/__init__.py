"""regreader: a terminal reader for reports on Russian regional development."""

__version__ = "0.1.0"
