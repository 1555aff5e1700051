"""editorial: post notes and checklist, platform image rules, hashtag groups, caption
snippets, commemorative days, editor autosave and full-text search (SQLite FTS5)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

The search index ``post_search`` (one row per post, rowid = post id) holds the
title, the captions, the tag names and the notes.  Its tokenizer folds case and
accents and keeps combining marks inside words (Devanagari, Javanese script).
Triggers on every table that feeds it rebuild the post's row, so no code path
can forget to update it; the existing posts are indexed here.  PostgreSQL gets
no index table: the search service falls back to a portable query there (see
services/search/search.py).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sosmed_desktop.domain.commemorative import DEFAULT_DAYS

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _refresh(where: str) -> str:
    """SQL that re-indexes the posts matched by `where` (an expression on p.id)."""
    return (
        f"DELETE FROM post_search WHERE rowid IN (SELECT p.id FROM posts p WHERE {where}); "
        "INSERT INTO post_search(rowid, title, captions, tags, notes) "
        "SELECT p.id, p.title, p.master_caption || ' ' || coalesce(("
        "  SELECT group_concat(v.caption, ' ') FROM post_variants v"
        "  WHERE v.post_id = p.id AND v.caption <> p.master_caption), ''), "
        "coalesce((SELECT group_concat(t.name, ' ') FROM post_tags pt"
        "  JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id), ''), "
        f"p.notes FROM posts p WHERE {where};"
    )


SEARCH_SQLITE = (
    "CREATE VIRTUAL TABLE post_search USING fts5("
    "title, captions, tags, notes, "
    "tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\", prefix = '2 3')",
    "CREATE TRIGGER post_search_post_insert AFTER INSERT ON posts BEGIN "
    + _refresh("p.id = NEW.id")
    + " END",
    "CREATE TRIGGER post_search_post_update AFTER UPDATE OF title, master_caption, notes "
    "ON posts BEGIN " + _refresh("p.id = NEW.id") + " END",
    "CREATE TRIGGER post_search_post_delete AFTER DELETE ON posts BEGIN "
    "DELETE FROM post_search WHERE rowid = OLD.id; END",
    "CREATE TRIGGER post_search_variant_insert AFTER INSERT ON post_variants BEGIN "
    + _refresh("p.id = NEW.post_id")
    + " END",
    "CREATE TRIGGER post_search_variant_update AFTER UPDATE OF caption, post_id "
    "ON post_variants BEGIN " + _refresh("p.id IN (OLD.post_id, NEW.post_id)") + " END",
    "CREATE TRIGGER post_search_variant_delete AFTER DELETE ON post_variants BEGIN "
    + _refresh("p.id = OLD.post_id")
    + " END",
    "CREATE TRIGGER post_search_tag_link AFTER INSERT ON post_tags BEGIN "
    + _refresh("p.id = NEW.post_id")
    + " END",
    "CREATE TRIGGER post_search_tag_unlink AFTER DELETE ON post_tags BEGIN "
    + _refresh("p.id = OLD.post_id")
    + " END",
    "CREATE TRIGGER post_search_tag_rename AFTER UPDATE OF name ON tags BEGIN "
    + _refresh("p.id IN (SELECT post_id FROM post_tags WHERE tag_id = NEW.id)")
    + " END",
    "INSERT INTO post_search(rowid, title, captions, tags, notes) "
    "SELECT p.id, p.title, p.master_caption || ' ' || coalesce(("
    "  SELECT group_concat(v.caption, ' ') FROM post_variants v"
    "  WHERE v.post_id = p.id AND v.caption <> p.master_caption), ''), "
    "coalesce((SELECT group_concat(t.name, ' ') FROM post_tags pt"
    "  JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id), ''), '' FROM posts p",
)
SEARCH_TRIGGERS = (
    "post_search_post_insert",
    "post_search_post_update",
    "post_search_post_delete",
    "post_search_variant_insert",
    "post_search_variant_update",
    "post_search_variant_delete",
    "post_search_tag_link",
    "post_search_tag_unlink",
    "post_search_tag_rename",
)


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "caption_snippets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caption_snippets")),
        sa.UniqueConstraint("name", name=op.f("uq_caption_snippets_name")),
    )
    op.create_table(
        "commemorative_days",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commemorative_days")),
        sa.UniqueConstraint("month", "day", "name", name=op.f("uq_commemorative_days_month")),
    )
    days = sa.table(
        "commemorative_days",
        sa.column("month", sa.Integer()),
        sa.column("day", sa.Integer()),
        sa.column("name", sa.String()),
        sa.column("note", sa.Text()),
        sa.column("active", sa.Boolean()),
    )
    op.bulk_insert(
        days,
        [
            {"month": d.month, "day": d.day, "name": d.name, "note": d.note, "active": True}
            for d in DEFAULT_DAYS
        ],
    )
    op.create_table(
        "hashtag_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("hashtags", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hashtag_groups")),
        sa.UniqueConstraint("name", name=op.f("uq_hashtag_groups_name")),
    )
    op.create_table(
        "editor_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["posts.id"],
            name=op.f("fk_editor_drafts_post_id_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_editor_drafts")),
        sa.UniqueConstraint("key", name=op.f("uq_editor_drafts_key")),
    )
    with op.batch_alter_table("platforms", schema=None) as batch_op:
        batch_op.add_column(sa.Column("min_ratio", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("max_ratio", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("min_image_width", sa.Integer(), nullable=True))

    with op.batch_alter_table("posts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notes", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("checklist", sa.JSON(), server_default="[]", nullable=False))

    if op.get_bind().dialect.name == "sqlite":
        for statement in SEARCH_SQLITE:
            op.execute(statement)


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name == "sqlite":
        for trigger in SEARCH_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS post_search")
    with op.batch_alter_table("posts", schema=None) as batch_op:
        batch_op.drop_column("checklist")
        batch_op.drop_column("notes")

    with op.batch_alter_table("platforms", schema=None) as batch_op:
        batch_op.drop_column("min_image_width")
        batch_op.drop_column("max_ratio")
        batch_op.drop_column("min_ratio")

    op.drop_table("editor_drafts")
    op.drop_table("hashtag_groups")
    op.drop_table("commemorative_days")
    op.drop_table("caption_snippets")
