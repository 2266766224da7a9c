"""The Textual app: `create_app` builds it (for the CLI and for tests alike)."""
