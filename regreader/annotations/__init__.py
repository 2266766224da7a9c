"""Tags, notes and initiatives on quotes and articles, with anchors that survive re-indexing.

The domain API the CLI and the app call; no SQL outside this package and no Textual.
"""
