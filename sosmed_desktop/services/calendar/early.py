"""The month shown at start-up, read with Python's own `sqlite3` before SQLAlchemy loads.

Opening the database through SQLAlchemy costs about a quarter of a second at
every start (importing it, the ORM and the models), which the officer would
spend looking at an empty month.  The SQLite file is already open read-only
for its check at start (`migrate.FileCheck`), so the visible range's posts are
read there, on that thread, with the same columns and rows as
`services.calendar.posts_between` (a test holds the two equal).  The calendar
shows them, then loads the range again through the services once the database
is open, and only then takes edits.

The whole range comes back as ONE row, a JSON document built by SQLite: the
thread that imports SQLAlchemy meanwhile holds Python's interpreter lock (GIL)
and gives it up only every few milliseconds, and `sqlite3` takes it back after
every row it steps through — a month of 500 posts read row by row took 200 ms
that way instead of 8.

Only for a database at the app's own schema revision: an older one is about
to be migrated, a newer one refused.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from sosmed_desktop import clock
from sosmed_desktop.services.calendar.rows import POST_COLUMNS, PostRow, post_row

# SQLAlchemy's storage format of a date and time in SQLite (naive UTC): the
# bounds must compare as the stored text does.
STORED_FORMAT = "%Y-%m-%d %H:%M:%S.%f"

RANGE_SQL = (
    "SELECT json_group_array(json_array("
    + ", ".join(f"p.{name}" for name in POST_COLUMNS)
    + ", g.name, g.colour,"
    " json((SELECT json_group_array(json_array(f.position, f.code))"
    "  FROM post_variants AS v JOIN platforms AS f ON f.id = v.platform_id"
    "  WHERE v.post_id = p.id)),"
    " json((SELECT json_group_array(t.name)"
    "  FROM post_tags AS pt JOIN tags AS t ON t.id = pt.tag_id WHERE pt.post_id = p.id))))"
    " FROM posts AS p LEFT OUTER JOIN programs AS g ON g.id = p.program_id"
    " WHERE p.deleted_at IS NULL AND p.scheduled_at >= ? AND p.scheduled_at < ?"
)


def read_rows(
    conn: sqlite3.Connection, start: datetime, end: datetime, now: datetime | None = None
) -> list[PostRow]:
    """Posts (not in the trash) scheduled in [start, end), in time order."""
    now = now or clock.now()
    bounds = tuple(moment.astimezone(UTC).strftime(STORED_FORMAT) for moment in (start, end))
    (document,) = conn.execute(RANGE_SQL, bounds).fetchone()
    rows = []
    for *record, platforms, tags in json.loads(document):
        record[3] = datetime.fromisoformat(record[3]).replace(tzinfo=UTC)
        # Aggregates keep no order in SQLite 3.40: sorted as the services' queries sort.
        codes = [code for _position, code in sorted(platforms, key=lambda p: p[0])]
        rows.append(post_row(tuple(record), codes, sorted(tags), now))
    rows.sort(key=lambda row: (row.scheduled_at, row.id))
    return rows
