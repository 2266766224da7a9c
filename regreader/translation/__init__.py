"""Offline translation of quotes with Argos Translate packages (CTranslate2 + SentencePiece).

Import from the submodules: `packages` (install, list, remove), `engine` (the model),
`service` (quotes -> stored, cached, searchable translations). Nothing heavy is imported
here, so the app can import this package at start-up.
"""
