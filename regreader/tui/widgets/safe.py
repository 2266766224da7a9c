"""Untrusted text on screen: always as Text objects, never as markup.

Textual parses plain strings handed to most widgets as content markup, so an article
containing `[/` would crash the widget and `[link=...]` would become a live link. Every
piece of data (titles, bodies, speakers, tags, notes, paths) goes through `plain`.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import App

from regreader.text import strip_controls


def plain(value: object, style: str = "") -> Text:
    """Data as literal text: no markup, no control characters (defence in depth)."""
    return Text(strip_controls(str(value if value is not None else "")), style=style)


def one_line(value: object, limit: int = 0) -> str:
    """Collapse whitespace so a cell stays on one line; shorten to `limit` characters."""
    text = " ".join(strip_controls(str(value or "")).split())
    if limit and len(text) > limit:
        return text[: limit - 1].rstrip() + "…"
    return text


def notify_plain(
    app: App[object], message: str, *, severity: str = "information", timeout: float = 5
) -> None:
    """A notification whose text is shown literally (it may quote a title or a path)."""
    app.notify(strip_controls(message), markup=False, severity=severity, timeout=timeout)  # type: ignore[arg-type]
