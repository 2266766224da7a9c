"""The `regreader` command line: one module per command group."""
