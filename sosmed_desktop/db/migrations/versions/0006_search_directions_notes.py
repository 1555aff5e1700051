"""search: full-text indexes of directions and data notes (SQLite FTS5)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

Like ``post_search`` (revision 0002), one FTS5 table per kind of record, with
the same tokenizer (case and accents folded, combining marks kept, emoji and
punctuation as separators), rowid = the record's id, kept current by triggers
on every table that feeds it, and filled here from the existing rows:

* ``direction_search``: who gave it ("name, position", exactly as the search
  dialog shows it), the direction's text and its program's name;
* ``data_note_search``: the title, the figure as a citation prints it
  ("1.245.300 dosis (Januari–Mei 2022)", "92,4%"; a figure typed without
  grouping, "1245300", finds it too: see services/search/query.py), the
  source and the tag names.

PostgreSQL gets no index table: the search service uses its portable query
there (see services/search/search.py).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOKENIZE = "tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\", prefix = '2 3'"

LEADER = (
    "d.given_by_name || CASE WHEN d.given_by_position <> '' "
    "THEN ', ' || d.given_by_position ELSE '' END"
)
PROGRAM = "coalesce((SELECT p.name FROM programs p WHERE p.id = d.program_id), '')"
NUMBER = "n.value <> '' AND n.value NOT GLOB '*[^0-9.-]*'"
FIGURE = (  # as a citation prints it: "1.245.300 dosis (Januari–Mei 2022)", "92,4%"
    f"CASE WHEN {NUMBER} THEN replace(printf('%,d', CAST(n.value AS INTEGER)), ',', '.') || "
    "CASE WHEN instr(n.value, '.') > 0 THEN ',' || substr(n.value, instr(n.value, '.') + 1) "
    "ELSE '' END ELSE n.value END || "
    "CASE WHEN n.unit IN ('', '%', '‰', '°C', '°') THEN '' ELSE ' ' END || n.unit || "
    "CASE WHEN n.period <> '' THEN ' (' || n.period || ')' ELSE '' END"
)
NOTE_TAGS = (
    "coalesce((SELECT group_concat(t.name, ' ') FROM data_note_tags nt "
    "JOIN tags t ON t.id = nt.tag_id WHERE nt.data_note_id = n.id), '')"
)


def _index_directions(where: str) -> str:
    """SQL that adds the index rows of the directions matched by `where` (on d)."""
    return (
        "INSERT INTO direction_search(rowid, leader, content, program) "
        f"SELECT d.id, {LEADER}, d.content, {PROGRAM} FROM directions d WHERE {where};"
    )


def _refresh_directions(where: str) -> str:
    return (
        "DELETE FROM direction_search WHERE rowid IN "
        f"(SELECT d.id FROM directions d WHERE {where}); " + _index_directions(where)
    )


def _index_notes(where: str) -> str:
    """SQL that adds the index rows of the data notes matched by `where` (on n)."""
    return (
        "INSERT INTO data_note_search(rowid, title, figure, source, tags) "
        f"SELECT n.id, n.title, {FIGURE}, n.source, {NOTE_TAGS} FROM data_notes n WHERE {where};"
    )


def _refresh_notes(where: str) -> str:
    return (
        "DELETE FROM data_note_search WHERE rowid IN "
        f"(SELECT n.id FROM data_notes n WHERE {where}); " + _index_notes(where)
    )


TRIGGERS = {
    "direction_search_insert": "AFTER INSERT ON directions BEGIN "
    + _refresh_directions("d.id = NEW.id")
    + " END",
    "direction_search_update": "AFTER UPDATE OF given_by_name, given_by_position, content, "
    "program_id ON directions BEGIN " + _refresh_directions("d.id = NEW.id") + " END",
    "direction_search_delete": "AFTER DELETE ON directions BEGIN "
    "DELETE FROM direction_search WHERE rowid = OLD.id; END",
    "direction_search_program_rename": "AFTER UPDATE OF name ON programs BEGIN "
    + _refresh_directions("d.program_id = NEW.id")
    + " END",
    "data_note_search_insert": "AFTER INSERT ON data_notes BEGIN "
    + _refresh_notes("n.id = NEW.id")
    + " END",
    "data_note_search_update": "AFTER UPDATE OF title, value, unit, period, source "
    "ON data_notes BEGIN " + _refresh_notes("n.id = NEW.id") + " END",
    "data_note_search_delete": "AFTER DELETE ON data_notes BEGIN "
    "DELETE FROM data_note_search WHERE rowid = OLD.id; END",
    "data_note_search_tag_link": "AFTER INSERT ON data_note_tags BEGIN "
    + _refresh_notes("n.id = NEW.data_note_id")
    + " END",
    "data_note_search_tag_unlink": "AFTER DELETE ON data_note_tags BEGIN "
    + _refresh_notes("n.id = OLD.data_note_id")
    + " END",
    "data_note_search_tag_rename": "AFTER UPDATE OF name ON tags BEGIN "
    + _refresh_notes("n.id IN (SELECT data_note_id FROM data_note_tags WHERE tag_id = NEW.id)")
    + " END",
}


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        f"CREATE VIRTUAL TABLE direction_search USING fts5(leader, content, program, {TOKENIZE})"
    )
    op.execute(
        f"CREATE VIRTUAL TABLE data_note_search USING fts5(title, figure, source, tags, {TOKENIZE})"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(_index_directions("1"))
    op.execute(_index_notes("1"))


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS data_note_search")
    op.execute("DROP TABLE IF EXISTS direction_search")
