"""`regreader tag`, `note`, `initiative` and `suggest`: annotations from the command line.

Quotes are addressed by their id (`regreader quotes --all --json` shows it), articles with
`--article ID`, and annotations whose quote vanished (orphaned) with `--anchor ID`.
Every command takes --json and then prints one JSON object per line.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from typing import Any

from regreader.cli.common import add_db_option, emit_json, open_from_args, say

Handler = Callable[[sqlite3.Connection, argparse.Namespace], None]


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an id: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"not an id: {value!r}")
    return number


def _command(
    subparsers: Any, name: str, handler: Handler, help_text: str
) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.set_defaults(func=_runner(handler))
    return parser


def _runner(handler: Handler) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        conn = open_from_args(args)
        try:
            handler(conn, args)
        finally:
            conn.close()
        return 0

    return run


def _add_target(parser: argparse.ArgumentParser, *, quote_positional: bool = True) -> None:
    """QUOTE_ID as the first argument, or --article ID, or --anchor ID."""
    if quote_positional:
        parser.add_argument("quote", nargs="?", type=_positive_int, metavar="QUOTE_ID")
    else:
        parser.add_argument("--quote", type=_positive_int, metavar="ID", help="a quote id")
    parser.add_argument("--article", type=_positive_int, metavar="ID", help="a whole article")
    parser.add_argument(
        "--anchor", type=_positive_int, metavar="ID", help="an annotated item (e.g. orphaned)"
    )


def _anchor_of(conn: sqlite3.Connection, args: argparse.Namespace, *, create: bool) -> int | None:
    from regreader.annotations import anchors
    from regreader.annotations.model import AnnotationError

    given = [v for v in (args.quote, args.article, args.anchor) if v is not None]
    if len(given) != 1:
        raise AnnotationError("Name exactly one of: a QUOTE_ID, --article ID or --anchor ID.")
    if args.anchor is not None:
        return anchors.get_anchor(conn, args.anchor).id
    if args.quote is not None:
        if create:
            return anchors.quote_anchor(conn, args.quote)
        return anchors.find_quote_anchor(conn, args.quote)
    if create:
        return anchors.article_anchor(conn, args.article)
    return anchors.find_article_anchor(conn, args.article)


def _target_record(conn: sqlite3.Connection, anchor_id: int | None) -> dict[str, Any]:
    from regreader.annotations.anchors import get_anchor

    if anchor_id is None:
        return {"anchor_id": None}
    anchor = get_anchor(conn, anchor_id)
    return {
        "anchor_id": anchor.id,
        "target": anchor.target,
        "article_id": anchor.article_id,
        "quote_id": anchor.quote_id,
        "orphaned": anchor.orphaned,
    }


def _describe(record: dict[str, Any]) -> str:
    if record.get("anchor_id") is None:
        return "(not annotated)"
    where = (
        f"quote {record['quote_id']}"
        if record["target"] == "quote" and record["quote_id"] is not None
        else f"article {record['article_id']}"
        if record["target"] == "article"
        else f"anchor {record['anchor_id']}"
    )
    return where + (" [orphaned]" if record.get("orphaned") else "")


# ------------------------------------------------------------------ tag


def _tag_add(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.tags import add_tag, tags_for_anchor
    from regreader.storage import transaction

    with transaction(conn):
        anchor = _anchor_of(conn, args, create=True)
        assert anchor is not None
        for name in args.tags:
            add_tag(conn, anchor, name)
    _print_target_tags(conn, args, anchor, tags_for_anchor(conn, anchor))


def _tag_remove(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.tags import remove_tag, tags_for_anchor

    anchor = _anchor_of(conn, args, create=False)
    if anchor is not None:
        for name in args.tags:
            remove_tag(conn, anchor, name)
    _print_target_tags(conn, args, anchor, [] if anchor is None else tags_for_anchor(conn, anchor))


def _print_target_tags(
    conn: sqlite3.Connection, args: argparse.Namespace, anchor: int | None, tags: list[str]
) -> None:
    record = _target_record(conn, anchor) | {"tags": tags}
    if args.json:
        emit_json(record)
    else:
        say(f"{_describe(record)}: {', '.join(tags) if tags else '(no tags)'}")


def _tag_list(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.tags import all_tags_with_counts, tags_for_anchor

    if any(v is not None for v in (args.quote, args.article, args.anchor)):
        anchor = _anchor_of(conn, args, create=False)
        _print_target_tags(
            conn, args, anchor, [] if anchor is None else tags_for_anchor(conn, anchor)
        )
        return
    for tag in all_tags_with_counts(conn):
        if args.json:
            emit_json({"id": tag.id, "name": tag.name, "count": tag.count})
        else:
            say(f"{tag.count:6d}  {tag.name}")


def _tag_rename(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.tags import normalise_tag, rename_tag

    count = rename_tag(conn, args.old, args.new)
    _report(
        args,
        {"renamed": count, "old": normalise_tag(args.old), "new": normalise_tag(args.new)},
        f"Renamed {count} tag(s) to {normalise_tag(args.new)!r}.",
    )


def _tag_merge(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.tags import merge_tags, normalise_tag

    count = merge_tags(conn, args.source, args.target)
    _report(
        args,
        {
            "merged": count,
            "source": normalise_tag(args.source),
            "target": normalise_tag(args.target),
        },
        f"Merged {count} tag(s) into {normalise_tag(args.target)!r}.",
    )


def _report(args: argparse.Namespace, record: dict[str, Any], text: str) -> None:
    if args.json:
        emit_json(record)
    else:
        say(text)


def _register_tag(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "tag",
        help="tag quotes and articles; list, rename and merge tags",
        description="Tags are case-insensitive and hierarchical with '/': funding/subsidy.",
    )
    commands = parser.add_subparsers(dest="tag_command", metavar="ACTION", required=True)
    add = _command(
        commands, "add", _tag_add, "tag a quote (QUOTE_ID TAG...) or --article ID TAG..."
    )
    remove = _command(commands, "remove", _tag_remove, "remove tags from a quote or article")
    for sub in (add, remove):
        _add_target(sub, quote_positional=False)
        sub.add_argument(
            "items", nargs="+", metavar="ARG", help="QUOTE_ID then tags (or --article ID tags)"
        )
        sub.set_defaults(func=_with_leading_quote(sub.get_default("func"), "tags"))
    listing = _command(commands, "list", _tag_list, "all tags with counts, or one item's tags")
    _add_target(listing)
    rename = _command(commands, "rename", _tag_rename, "rename a tag and its children")
    rename.add_argument("old")
    rename.add_argument("new")
    merge = _command(commands, "merge", _tag_merge, "merge tag SOURCE into tag TARGET")
    merge.add_argument("source")
    merge.add_argument("target")


def _with_leading_quote(
    run: Callable[[argparse.Namespace], int], rest: str
) -> Callable[[argparse.Namespace], int]:
    """`QUOTE_ID VALUE...` or `--article ID VALUE...`: the first item is the quote id
    unless another target was named; the other items go to `args.<rest>`."""

    def wrapped(args: argparse.Namespace) -> int:
        from regreader.annotations.model import AnnotationError

        items = list(args.items)
        if args.quote is None and args.article is None and args.anchor is None:
            if not items or not items[0].isdigit():
                raise AnnotationError("Start with a QUOTE_ID, or name --article ID or --anchor ID.")
            args.quote = _positive_int(items.pop(0))
        if not items:
            raise AnnotationError(f"Name at least one value for {rest}.")
        setattr(args, rest, items)
        return run(args)

    return wrapped


# ------------------------------------------------------------------ note


def _note_record(conn: sqlite3.Connection, note: Any) -> dict[str, Any]:
    return _target_record(conn, note.anchor_id) | {
        "note": note.body,
        "created_at": note.created_at,
        "modified_at": note.modified_at,
    }


def _note_set(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.model import AnnotationError
    from regreader.annotations.notes import set_note
    from regreader.storage import transaction

    if len(args.texts) != 1:
        raise AnnotationError("Give the note as one argument (quote it), or '-' for stdin.")
    # From stdin the final newline is the shell's, not the user's.
    text = sys.stdin.read().rstrip("\n") if args.texts[0] == "-" else args.texts[0]
    with transaction(conn):
        anchor = _anchor_of(conn, args, create=True)
        assert anchor is not None
        note = set_note(conn, anchor, text)
    record = _note_record(conn, note)
    _report(args, record, f"Note saved on {_describe(record)} ({len(note.body)} characters).")


def _note_show(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.notes import get_note, list_notes

    if any(v is not None for v in (args.quote, args.article, args.anchor)):
        anchor = _anchor_of(conn, args, create=False)
        note = None if anchor is None else get_note(conn, anchor)
        notes = [] if note is None else [note]
    else:
        notes = list_notes(conn)
    for note in notes:
        record = _note_record(conn, note)
        if args.json:
            emit_json(record)
        else:
            say(f"--- {_describe(record)}, modified {note.modified_at}")
            say(note.body)


def _note_delete(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.notes import delete_note

    anchor = _anchor_of(conn, args, create=False)
    deleted = anchor is not None and delete_note(conn, anchor)
    _report(
        args,
        _target_record(conn, anchor) | {"deleted": deleted},
        "Note deleted." if deleted else "There was no note.",
    )


def _register_note(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "note",
        help="notes on quotes and articles",
        description="One plain-text note per quote or article, of any length.",
    )
    commands = parser.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    set_ = _command(
        commands,
        "set",
        _note_set,
        "write the note of a quote (QUOTE_ID TEXT) or --article ID TEXT; TEXT '-' reads stdin",
    )
    _add_target(set_, quote_positional=False)
    set_.add_argument(
        "items", nargs="+", metavar="ARG", help="QUOTE_ID then the text (or --article ID text)"
    )
    set_.set_defaults(func=_with_leading_quote(set_.get_default("func"), "texts"))
    show = _command(commands, "show", _note_show, "show one note, or all notes")
    _add_target(show)
    delete = _command(commands, "delete", _note_delete, "delete the note of a quote or article")
    _add_target(delete)


# ------------------------------------------------------------------ initiative


def _initiative_record(conn: sqlite3.Connection, initiative_id: int) -> dict[str, Any]:
    from regreader.annotations.initiatives import get_initiative

    info = get_initiative(conn, initiative_id)
    return {
        "id": info.id,
        "name": info.name,
        "aliases": list(info.aliases),
        "description": info.description,
        "regions": list(info.regions),
        "links": info.link_count,
        "created_at": info.created_at,
        "modified_at": info.modified_at,
    }


def _print_initiative(record: dict[str, Any]) -> None:
    say(f"[{record['id']}] {record['name']}  ({record['links']} links)")
    if record["aliases"]:
        say(f"    aliases: {'; '.join(record['aliases'])}")
    if record["regions"]:
        say(f"    regions: {', '.join(record['regions'])}")
    if record["description"]:
        say(f"    {record['description']}")


def _initiative_add(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.initiatives import create_initiative

    initiative = create_initiative(
        conn,
        args.name,
        aliases=args.alias,
        description=args.description or "",
        regions=args.region,
    )
    record = _initiative_record(conn, initiative)
    if args.json:
        emit_json(record)
    else:
        _print_initiative(record)


def _initiative_edit(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations import initiatives
    from regreader.storage import transaction

    with transaction(conn):
        initiative = initiatives.require_initiative(conn, args.name)
        if args.description is not None:
            initiatives.set_description(conn, initiative, args.description)
        for region in args.region:
            initiatives.add_region(conn, initiative, region)
        for region in args.remove_region:
            initiatives.remove_region(conn, initiative, region)
    record = _initiative_record(conn, initiative)
    if args.json:
        emit_json(record)
    else:
        _print_initiative(record)


def _initiative_alias(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations import initiatives
    from regreader.storage import transaction

    with transaction(conn):
        initiative = initiatives.require_initiative(conn, args.name)
        for alias in args.aliases:
            if args.remove:
                initiatives.remove_alias(conn, initiative, alias)
            else:
                initiatives.add_alias(conn, initiative, alias)
    record = _initiative_record(conn, initiative)
    if args.json:
        emit_json(record)
    else:
        _print_initiative(record)


def _initiative_link(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.initiatives import link_anchor, require_initiative
    from regreader.storage import transaction

    with transaction(conn):
        initiative = require_initiative(conn, args.name)
        anchor = _anchor_of(conn, args, create=True)
        assert anchor is not None
        added = link_anchor(conn, initiative, anchor)
    record = _target_record(conn, anchor) | {"initiative_id": initiative, "linked": added}
    _report(args, record, f"Linked {_describe(record)}." if added else "Already linked.")


def _initiative_unlink(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.initiatives import require_initiative, unlink_anchor

    initiative = require_initiative(conn, args.name)
    anchor = _anchor_of(conn, args, create=False)
    removed = unlink_anchor(conn, initiative, anchor)
    record = _target_record(conn, anchor) | {"initiative_id": initiative, "unlinked": removed}
    _report(args, record, "Unlinked." if removed else "It was not linked.")


def _initiative_list(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.initiatives import list_initiatives_with_counts

    for info in list_initiatives_with_counts(conn):
        record = _initiative_record(conn, info.id)
        if args.json:
            emit_json(record)
        else:
            _print_initiative(record)


def _initiative_show(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.initiatives import initiative_timeline, require_initiative

    initiative = require_initiative(conn, args.name)
    record = _initiative_record(conn, initiative)
    timeline = [
        {
            "anchor_id": entry.anchor_id,
            "target": entry.target,
            "article_id": entry.article_id,
            "quote_id": entry.quote_id,
            "quote": entry.quote_text,
            "speaker": entry.speaker,
            "role": entry.role,
            "published": entry.published,
            "title": entry.title,
            "source_path": entry.source_path,
            "regions": list(entry.regions),
            "linked_at": entry.linked_at,
            "orphaned": entry.orphaned,
        }
        for entry in initiative_timeline(conn, initiative)
    ]
    if args.json:
        emit_json(record | {"timeline": timeline})
        return
    _print_initiative(record)
    for entry in timeline:
        when = entry["published"] or "undated"
        who = entry["speaker"] or "-"
        what = entry["quote"] if entry["quote"] is not None else f"(article) {entry['title']}"
        flag = " [orphaned]" if entry["orphaned"] else ""
        say(f"  {when}  {who}: {what}{flag}")
        say(f"      {entry['source_path'] or ''}")


def _initiative_merge(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.initiatives import merge_initiatives, require_initiative

    source = require_initiative(conn, args.source)
    target = require_initiative(conn, args.target)
    moved = merge_initiatives(conn, source, target)
    record = _initiative_record(conn, target) | {"links_moved": moved}
    if args.json:
        emit_json(record)
    else:
        _print_initiative(record)


def _register_initiative(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "initiative",
        help="government programmes: names, aliases, regions, links",
        description="Initiatives are found by name or alias (any case) or by id.",
    )
    commands = parser.add_subparsers(dest="initiative_command", metavar="ACTION", required=True)
    add = _command(commands, "add", _initiative_add, "create an initiative")
    add.add_argument("name")
    add.add_argument("--alias", action="append", default=[], help="another name (repeatable)")
    add.add_argument("--description")
    add.add_argument("--region", action="append", default=[], help="region key (repeatable)")
    edit = _command(commands, "edit", _initiative_edit, "change description or regions")
    edit.add_argument("name")
    edit.add_argument("--description")
    edit.add_argument("--region", action="append", default=[], help="add a region")
    edit.add_argument("--remove-region", action="append", default=[], metavar="REGION")
    alias = _command(commands, "alias", _initiative_alias, "add (or --remove) aliases")
    alias.add_argument("name")
    alias.add_argument("aliases", nargs="+", metavar="ALIAS")
    alias.add_argument("--remove", action="store_true", help="remove the aliases instead")
    link = _command(commands, "link", _initiative_link, "link to --quote ID or --article ID")
    link.add_argument("name")
    _add_target(link, quote_positional=False)
    unlink = _command(commands, "unlink", _initiative_unlink, "remove a link")
    unlink.add_argument("name")
    _add_target(unlink, quote_positional=False)
    _command(commands, "list", _initiative_list, "every initiative with its link count")
    show = _command(commands, "show", _initiative_show, "an initiative and its linked quotes")
    show.add_argument("name")
    merge = _command(commands, "merge", _initiative_merge, "merge SOURCE into TARGET")
    merge.add_argument("source")
    merge.add_argument("target")


# ------------------------------------------------------------------ suggest


def _suggestion_record(suggestion: Any) -> dict[str, Any]:
    return {
        "id": suggestion.id,
        "initiative_id": suggestion.initiative_id,
        "initiative": suggestion.initiative_name,
        "target": suggestion.target,
        "article_id": suggestion.article_id,
        "quote_id": suggestion.quote_id,
        "matched_text": suggestion.matched_text,
        "matched_term": suggestion.matched_term,
        "origin": suggestion.origin,
        "score": suggestion.score,
        "status": suggestion.status,
    }


def _print_suggestion(record: dict[str, Any]) -> None:
    target = (
        f"quote {record['quote_id']}"
        if record["target"] == "quote"
        else f"article {record['article_id']}"
    )
    say(
        f"[{record['id']}] {record['initiative']} -> {target} (article {record['article_id']}):"
        f" {record['matched_text']!r} ~ {record['matched_term']!r}"
        f" score {record['score']:.0f} [{record['status']}]"
    )


def _suggest(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations import suggestions

    decided = [suggestions.accept_suggestion(conn, i) for i in args.accept]
    decided += [suggestions.reject_suggestion(conn, i) for i in args.reject]
    if args.keep_apart:
        _keep_apart(conn, args.keep_apart)
    if decided or args.keep_apart:
        for suggestion in decided:
            _emit_suggestion(args, _suggestion_record(suggestion))
        return
    if args.merges:
        _print_merge_proposals(conn, args)
        return
    if not args.no_refresh:
        suggestions.refresh_suggestions(conn, None if args.article is None else [args.article])
    for suggestion in suggestions.pending_suggestions(conn, args.article):
        _emit_suggestion(args, _suggestion_record(suggestion))


def _emit_suggestion(args: argparse.Namespace, record: dict[str, Any]) -> None:
    if args.json:
        emit_json(record)
    else:
        _print_suggestion(record)


def _print_merge_proposals(conn: sqlite3.Connection, args: argparse.Namespace) -> None:
    from regreader.annotations.initiatives import initiative_merge_proposals
    from regreader.annotations.tags import tag_merge_proposals

    for proposal in [*initiative_merge_proposals(conn), *tag_merge_proposals(conn)]:
        record = {
            "kind": proposal.kind,
            "first": proposal.first,
            "second": proposal.second,
            "score": proposal.score,
        }
        if args.json:
            emit_json(record)
        else:
            say(
                f"{proposal.kind}: {proposal.first!r} ~ {proposal.second!r} "
                f"(score {proposal.score:.0f}); merge with `regreader {proposal.kind} merge`"
            )


def _keep_apart(conn: sqlite3.Connection, values: list[str]) -> None:
    from regreader.annotations.initiatives import get_initiative, require_initiative
    from regreader.annotations.merges import dismiss_merge
    from regreader.annotations.model import AnnotationError
    from regreader.annotations.names import name_key
    from regreader.annotations.tags import tag_key

    kind, first, second = values
    if kind == "tag":
        dismiss_merge(conn, "tag", tag_key(first), tag_key(second))
    elif kind == "initiative":
        keys = [
            name_key(get_initiative(conn, require_initiative(conn, v)).name)
            for v in (first, second)
        ]
        dismiss_merge(conn, "initiative", keys[0], keys[1])
    else:
        raise AnnotationError("--keep-apart takes 'tag' or 'initiative' and two names.")


def _register_suggest(subparsers: Any) -> None:
    parser = _command(
        subparsers,
        "suggest",
        _suggest,
        "pending initiative link suggestions (refreshed first); accept or reject them",
    )
    parser.add_argument("--article", type=_positive_int, metavar="ID", help="only this article")
    parser.add_argument("--no-refresh", action="store_true", help="do not look for new ones")
    parser.add_argument(
        "--accept",
        type=_positive_int,
        action="append",
        default=[],
        metavar="ID",
        help="link as suggested (repeatable)",
    )
    parser.add_argument(
        "--reject",
        type=_positive_int,
        action="append",
        default=[],
        metavar="ID",
        help="never suggest this again (repeatable)",
    )
    parser.add_argument(
        "--merges", action="store_true", help="list near-duplicate tags and initiatives to merge"
    )
    parser.add_argument(
        "--keep-apart",
        nargs=3,
        metavar=("KIND", "A", "B"),
        help="tag|initiative A B: not duplicates, stop proposing them",
    )


def register(subparsers: Any) -> None:
    _register_tag(subparsers)
    _register_note(subparsers)
    _register_initiative(subparsers)
    _register_suggest(subparsers)
