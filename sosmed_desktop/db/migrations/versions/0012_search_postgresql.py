"""search on PostgreSQL: a weighted tsvector per post, direction and data note

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08

The PostgreSQL counterpart of SQLite's FTS5 tables (revisions 0002 and 0006),
under the same names: ``post_search``, ``direction_search`` and
``data_note_search`` hold one ``tsvector`` per record the search shows (id =
the record's id, deleted with it; a post in the trash has none) and the time
that orders equal ranks (``newest``: a post's schedule, when a direction was
given, a note's date), so a search reads nothing but its table: a GIN index
finds the matches, ``ts_rank_cd`` ranks them (services/search/tsvector.py).
The fields and their weights are FTS5's; as a tsvector has four weight
classes, each field gets the class of its rank:

* post: title A, tags B, notes C, captions D (FTS5 weights 8, 4, 2, 1);
* direction: "name, position" of who gave it A, its text B, its program C (3, 2, 1);
* data note: title A, tags B, source C, the figure as a citation prints it D (8, 4, 3, 2).

Words are split like FTS5's tokenizer does, not by PostgreSQL's default parser
(which keeps "1.245.300", "ke-62", e-mail addresses and paths in one piece):
``sosmed_search_text`` folds case and accents (``unaccent``) and turns
punctuation, symbols and emoji into spaces; only then does the ``simple``
configuration (no stemming, no stop words) make the lexemes.  The search side
reads the officer's words through the same function (``sosmed_search_phrase``),
so a word is split the same way in a record and in a query on any server locale.

``unaccent`` is created when missing (PostgreSQL 13+ trusts it: the database's
CREATE right is enough).  Where it cannot be created, the functions are made
without it, the log says so, and search works without folding accents.

Captions live in ``post_variants`` and tags in join tables, so, as for FTS5,
row triggers on every table that feeds a document rebuild it; the existing rows
are indexed here.  ``sosmed_search_reindex()`` rebuilds all three tables (after
a bulk copy made with triggers disabled).  Nothing happens on SQLite.
"""

import logging
from collections.abc import Sequence

from alembic import op
from sqlalchemy.exc import DBAPIError

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("sosmed_desktop.search")

# Characters that separate words, as FTS5's categories 'L* N* Co M*' have it: ASCII and
# Latin-1 punctuation and symbols, general and supplemental punctuation, currency, arrows,
# mathematical and technical symbols, box drawing, shapes, dingbats, CJK and full-width
# punctuation, variation selectors, specials, emoji and tag characters.
SEPARATORS = (
    r"[\u0001-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00a9\u00ab-\u00b1\u00b4"
    r"\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf\u2190-\u245f"
    r"\u2500-\u2775\u2794-\u2bff\u2e00-\u2e7f\u3000-\u3004\u3008-\u3020\ufe00-\ufe1f"
    r"\ufe30-\ufe6f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\ufff0-\uffff"
    r"\U0001f000-\U0001faff\U000e0000-\U000e007f]+"
)
LONGEST = 100_000  # characters of one field indexed: a tsvector holds at most 1 MB

LEADER = (
    "d.given_by_name || CASE WHEN d.given_by_position <> '' "
    "THEN ', ' || d.given_by_position ELSE '' END"
)
FIGURE = (  # as a citation prints it: "1.245.300 dosis (Januari–Mei 2022)", "92,4%"
    r"CASE WHEN n.value ~ '^-?[0-9]+(\.[0-9]+)?$' THEN "
    r"regexp_replace(split_part(n.value, '.', 1), '(\d)(?=(\d{3})+$)', '\1.', 'g') || "
    "CASE WHEN strpos(n.value, '.') > 0 THEN ',' || split_part(n.value, '.', 2) ELSE '' END "
    "ELSE n.value END || "
    "CASE WHEN n.unit IN ('', '%', '‰', '°C', '°') THEN '' ELSE ' ' END || n.unit || "
    "CASE WHEN n.period <> '' THEN ' (' || n.period || ')' ELSE '' END"
)


TABLES = {  # table: (record table, shown when, newest first, the SQL of its document for `$1`)
    "post_search": (
        "posts",
        "r.deleted_at IS NULL",
        "r.scheduled_at",
        "SELECT sosmed_search_vector(p.title, 'A') "
        "|| sosmed_search_vector(p.master_caption || ' ' || coalesce(("
        "  SELECT string_agg(v.caption, ' ' ORDER BY v.id) FROM post_variants v"
        "  WHERE v.post_id = p.id AND v.caption <> p.master_caption), ''), 'D') "
        "|| sosmed_search_vector((SELECT string_agg(t.name, ' ' ORDER BY t.id) "
        "  FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id), 'B') "
        "|| sosmed_search_vector(p.notes, 'C') FROM posts p WHERE p.id = $1",
    ),
    "direction_search": (
        "directions",
        "true",
        "r.given_at",
        f"SELECT sosmed_search_vector({LEADER}, 'A') "
        "|| sosmed_search_vector(d.content, 'B') "
        "|| sosmed_search_vector((SELECT g.name FROM programs g WHERE g.id = d.program_id), 'C') "
        "FROM directions d WHERE d.id = $1",
    ),
    "data_note_search": (
        "data_notes",
        "true",
        "coalesce(r.as_of, (r.created_at AT TIME ZONE 'UTC')::date)::timestamp AT TIME ZONE 'UTC'",
        "SELECT sosmed_search_vector(n.title, 'A') "
        "|| sosmed_search_vector((SELECT string_agg(t.name, ' ' ORDER BY t.id) "
        "  FROM data_note_tags nt JOIN tags t ON t.id = nt.tag_id "
        "  WHERE nt.data_note_id = n.id), 'B') "
        f"|| sosmed_search_vector(n.source, 'C') || sosmed_search_vector({FIGURE}, 'D') "
        "FROM data_notes n WHERE n.id = $1",
    ),
}


def _follow(name: str, refresh: str) -> str:
    """A trigger function that re-indexes the records named by `refresh` (SQL using OLD/NEW)."""
    return (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN {refresh} RETURN NULL; END $$"
    )


def _both(function: str, column: str) -> str:
    """Re-index the record `column` names in the old row and, when it differs, the new."""
    return (
        f"IF TG_OP <> 'INSERT' THEN PERFORM {function}(OLD.{column}); END IF; "
        f"IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.{column} IS DISTINCT FROM "
        f"OLD.{column}) THEN PERFORM {function}(NEW.{column}); END IF;"
    )


TRIGGER_FUNCTIONS = {
    "sosmed_search_posts": "PERFORM sosmed_post_search_refresh(NEW.id);",
    "sosmed_search_variants": _both("sosmed_post_search_refresh", "post_id"),
    "sosmed_search_post_tags": _both("sosmed_post_search_refresh", "post_id"),
    "sosmed_search_directions": "PERFORM sosmed_direction_search_refresh(NEW.id);",
    "sosmed_search_programs": "PERFORM sosmed_direction_search_refresh(d.id) "
    "FROM directions d WHERE d.program_id = NEW.id;",
    "sosmed_search_data_notes": "PERFORM sosmed_data_note_search_refresh(NEW.id);",
    "sosmed_search_note_tags": _both("sosmed_data_note_search_refresh", "data_note_id"),
    "sosmed_search_tags": "PERFORM sosmed_post_search_refresh(pt.post_id) "
    "FROM post_tags pt WHERE pt.tag_id = NEW.id; "
    "PERFORM sosmed_data_note_search_refresh(nt.data_note_id) "
    "FROM data_note_tags nt WHERE nt.tag_id = NEW.id;",
}
TRIGGERS = {  # name: (table, event, trigger function)
    "post_search_post": ("posts", "INSERT OR UPDATE OF title, master_caption, notes, "
                         "scheduled_at, deleted_at", "posts"),
    "post_search_variant": ("post_variants", "INSERT OR DELETE OR UPDATE OF caption, post_id",
                            "variants"),
    "post_search_tag": ("post_tags", "INSERT OR DELETE OR UPDATE", "post_tags"),
    "direction_search_direction": (
        "directions",
        "INSERT OR UPDATE OF given_by_name, given_by_position, content, program_id, given_at",
        "directions",
    ),
    "direction_search_program_rename": ("programs", "UPDATE OF name", "programs"),
    "data_note_search_note": (
        "data_notes", "INSERT OR UPDATE OF title, value, unit, period, source, as_of",
        "data_notes",
    ),
    "data_note_search_tag": ("data_note_tags", "INSERT OR DELETE OR UPDATE", "note_tags"),
    "search_tag_rename": ("tags", "UPDATE OF name", "tags"),
}  # fmt: skip


def _unaccent_schema() -> str | None:
    """The schema holding ``unaccent``, creating the extension when it is missing and
    allowed; None (and a warning in the log) when this server cannot have it."""
    bind = op.get_bind()
    find = "SELECT quote_ident(extnamespace::regnamespace::text) FROM pg_extension " + (
        "WHERE extname = 'unaccent'"
    )
    schema = bind.exec_driver_sql(find).scalar()
    if schema is None:
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION unaccent")
        except DBAPIError as exc:
            log.warning(
                "PostgreSQL extension unaccent cannot be created here (%s): search will "
                "not fold accents (café is not found as cafe); a database owner can run "
                "CREATE EXTENSION unaccent and then SELECT sosmed_search_reindex()",
                str(exc.orig).strip().splitlines()[0],
            )
            return None
        schema = bind.exec_driver_sql(find).scalar()
    return schema


def _functions(unaccent: str | None) -> list[str]:
    clipped = f"left(coalesce(body, ''), {LONGEST})"
    folded = f"lower({unaccent}.unaccent({clipped}))" if unaccent else f"lower({clipped})"
    statements = [
        "CREATE FUNCTION sosmed_search_text(body text) RETURNS text "
        "LANGUAGE sql STABLE PARALLEL SAFE AS $$ "
        f"SELECT regexp_replace({folded}, '{SEPARATORS}', ' ', 'g') $$",
        'CREATE FUNCTION sosmed_search_vector(body text, weight "char") RETURNS tsvector '
        "LANGUAGE sql STABLE PARALLEL SAFE AS $$ "
        "SELECT setweight(to_tsvector('simple', sosmed_search_text(body)), weight) $$",
        # The officer's words as a phrase query: each lexeme quoted (quotes doubled), the
        # last one a prefix when asked; NULL when the words hold no lexeme.
        "CREATE FUNCTION sosmed_search_phrase(words text, prefix boolean) RETURNS text "
        "LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT to_tsquery('simple', string_agg("
        "'''' || replace(replace(t.lexeme, '\\', '\\\\'), '''', '''''') || '''', ' <-> ' "
        "ORDER BY p.position) || CASE WHEN prefix THEN ':*' ELSE '' END)::text "
        "FROM unnest(to_tsvector('simple', sosmed_search_text(words))) AS t, "
        "unnest(t.positions) AS p(position) $$",
    ]
    for table, (records, shown, newest, document) in TABLES.items():
        kind = table.removesuffix("_search")
        statements += [
            f"CREATE TABLE {table} (id integer PRIMARY KEY "
            f"REFERENCES {records}(id) ON DELETE CASCADE, newest timestamptz, "
            "document tsvector NOT NULL)",
            f"CREATE INDEX ix_{table}_document ON {table} USING gin (document)",
            f"CREATE FUNCTION sosmed_{kind}_document(ident integer) RETURNS tsvector "
            f"LANGUAGE sql STABLE AS $$ {document} $$",
            f"CREATE FUNCTION sosmed_{table}_refresh(ident integer) RETURNS void "
            f"LANGUAGE sql AS $$ DELETE FROM {table} WHERE id = ident; "
            f"INSERT INTO {table}(id, newest, document) "
            f"SELECT r.id, {newest}, sosmed_{kind}_document(r.id) FROM {records} r "
            f"WHERE r.id = ident AND {shown} $$",
        ]
    reindex = " ".join(
        f"DELETE FROM {table}; INSERT INTO {table}(id, newest, document) "
        f"SELECT r.id, {newest}, sosmed_{table.removesuffix('_search')}_document(r.id) "
        f"FROM {records} r WHERE {shown};"
        for table, (records, shown, newest, _document) in TABLES.items()
    )
    statements.append(
        f"CREATE FUNCTION sosmed_search_reindex() RETURNS void LANGUAGE sql AS $$ {reindex} $$"
    )
    statements += [_follow(name, body) for name, body in TRIGGER_FUNCTIONS.items()]
    statements += [
        f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW "
        f"EXECUTE FUNCTION sosmed_search_{function}()"
        for name, (table, event, function) in TRIGGERS.items()
    ]
    return statements


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _functions(_unaccent_schema()):
        op.execute(statement)
    op.execute("SELECT sosmed_search_reindex()")


def downgrade() -> None:
    """Revert this revision (``unaccent`` stays: other databases' objects may use it)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    run = op.execute
    for name, (table, _event, _function) in TRIGGERS.items():
        run(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for name in TRIGGER_FUNCTIONS:
        run(f"DROP FUNCTION IF EXISTS {name}()")
    run("DROP FUNCTION IF EXISTS sosmed_search_reindex()")
    for table in TABLES:
        kind = table.removesuffix("_search")
        run(f"DROP FUNCTION IF EXISTS sosmed_{table}_refresh(integer)")
        run(f"DROP FUNCTION IF EXISTS sosmed_{kind}_document(integer)")
        run(f"DROP TABLE IF EXISTS {table}")
    run("DROP FUNCTION IF EXISTS sosmed_search_phrase(text, boolean)")
    run('DROP FUNCTION IF EXISTS sosmed_search_vector(text, "char")')
    run("DROP FUNCTION IF EXISTS sosmed_search_text(text)")
