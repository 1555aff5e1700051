"""Noticing changes made by others, and whether the database server answers.

Every committed change leaves a row in ``change_log`` (`db/change_log.py`).  A
`ChangeWatcher` runs on a background thread of its own and hands the rows of
*other* writers (another PC, a headless command) to a callback:

* PostgreSQL: a dedicated connection ``LISTEN``\\ s on the channel the commits
  notify, so a change arrives within a few hundredths of a second.  If that
  connection drops, the watcher polls ``max(id)`` of the change log through the
  ordinary pool every `interval` seconds and tries to listen again with a
  growing wait (`BACKOFF`).
* SQLite: ``PRAGMA data_version`` on a connection of its own changes whenever
  any other connection committed; checked every `interval` seconds (a few
  microseconds each), the log is read only when it moved.

When the server does not answer, the watcher reports it unreachable, retries
with the same backoff, and reports it reachable again (then catches up on
everything it missed).  The callbacks run on the watcher's thread.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from sosmed_desktop.db.change_kinds import Changes
from sosmed_desktop.db.change_log import CHANNEL
from sosmed_desktop.db.models_live import ChangeRecord
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.errors import DatabaseLockedError, DatabaseUnreachableError

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext

log = logging.getLogger(__name__)

BACKOFF = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)
"""Seconds between attempts to reach a server that went away (then every 30 s)."""
SAFETY_POLL_S = 30.0
"""Even while listening, read the log this often (a notification lost in transit)."""


@dataclass(frozen=True)
class RemoteChange:
    """What another writer committed: who, when, and the records it touched."""

    id: int
    at: datetime
    user_name: str
    changes: dict[str, list[int]]
    """As stored (``{"post": [3]}``; an empty list: any of that kind)."""

    @property
    def record(self) -> Changes:
        """The changes in the vocabulary the local commits use."""
        return Changes.from_json(self.changes)


def last_change_id(uow: UnitOfWork) -> int:
    """The newest change record's id (0 for none): the change counter that is polled."""
    return int(uow.session.scalar(select(func.max(ChangeRecord.id))) or 0)


def changes_since(uow: UnitOfWork, after_id: int, origin: str) -> tuple[int, list[RemoteChange]]:
    """The newest change id, and the records up to it after `after_id` not written by `origin`.

    The newest id is read first and bounds the records: a commit landing between
    the two reads is then left for the next look, rather than skipped by moving
    past an id that was never read.
    """
    newest = last_change_id(uow)
    stmt = (
        select(ChangeRecord)
        .where(
            ChangeRecord.id > after_id,
            ChangeRecord.id <= newest,
            ChangeRecord.origin != origin,
        )
        .order_by(ChangeRecord.id)
    )
    found = [
        RemoteChange(r.id, r.at, r.user_name, {k: list(v) for k, v in (r.changes or {}).items()})
        for r in uow.session.scalars(stmt)
    ]
    return newest, found


class ChangeWatcher:
    """A background thread that reports others' changes and the server's reachability."""

    def __init__(
        self,
        ctx: AppContext,
        on_changes: Callable[[list[RemoteChange]], None],
        on_reachable: Callable[[bool], None] = lambda _ok: None,
        *,
        interval: float = 2.0,
    ) -> None:
        self.ctx = ctx
        self.on_changes = on_changes
        self.on_reachable = on_reachable
        self.interval = interval
        self.reachable = True
        self.listening = False
        self.last_id = 0
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._listened = False

    # Control ----------------------------------------------------------------------
    def start(self) -> None:
        """Begin watching from the newest change there is when the thread starts."""
        self._thread = threading.Thread(target=self._run, name="change-watcher", daemon=True)
        self._thread.start()

    def wait_started(self, timeout: float = 15.0) -> bool:
        """Block until the watcher knows where to start (tests, benches; not the GUI)."""
        return self._started.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """End the thread (it notices within one interval)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def check_now(self) -> None:
        """Look at once (a save just failed: is the server gone? a retry wanted)."""
        self._wake.set()

    # The thread ----------------------------------------------------------------------
    def _run(self) -> None:
        try:
            self.last_id = self._read(last_change_id)
        except DatabaseUnreachableError:
            self._set_reachable(False)
        finally:
            self._started.set()
        try:
            if self.ctx.is_sqlite:
                self._watch_sqlite()
            else:
                self._watch_postgres()
        except Exception:
            log.exception("The change watcher stopped")

    def _read(self, fn: Callable[..., Any], *args: Any) -> Any:
        with self.ctx.uow(read_only=True) as uow:  # waits for no writer
            return fn(uow, *args)

    def _catch_up(self) -> None:
        """Read the records after the last one seen and hand over the others'."""
        newest, found = self._read(changes_since, self.last_id, self.ctx.origin)
        self.last_id = max(self.last_id, newest)
        if found:
            self.on_changes(found)

    def _set_reachable(self, ok: bool) -> None:
        if ok != self.reachable:
            self.reachable = ok
            log.warning("Database server %s", "reachable again" if ok else "unreachable")
            self.on_reachable(ok)

    def _pause(self, seconds: float) -> bool:
        """Wait, waking early for `check_now` or `stop`; False once stopping."""
        self._wake.wait(seconds)
        self._wake.clear()
        return not self._stop.is_set()

    def _poll_once(self) -> None:
        """Catch up through the pool; a lost server becomes "unreachable" (backoff outside)."""
        try:
            self._catch_up()
        except DatabaseUnreachableError:
            self._set_reachable(False)
            return
        except DatabaseLockedError as exc:  # (a checkpoint, a restore): look again next time
            log.warning("Changes not read this time: %s", exc)
            return
        self._set_reachable(True)

    # SQLite: PRAGMA data_version ------------------------------------------------------
    def _watch_sqlite(self) -> None:
        raw = self.ctx.engine.raw_connection()
        try:
            cursor = raw.cursor()
            seen = cursor.execute("PRAGMA data_version").fetchone()[0]
            # A change committed after the start's `last_id` and before this first
            # `data_version` would not move it: look once now.
            self._poll_once()
            while self._pause(self.interval):
                version = cursor.execute("PRAGMA data_version").fetchone()[0]
                if version != seen or not self.reachable:  # (an operation failed: look again)
                    seen = version
                    self._poll_once()
        finally:
            raw.close()

    # PostgreSQL: LISTEN, or poll while that is impossible --------------------------------
    def _watch_postgres(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            if self.reachable:
                try:
                    self._listen()
                except Exception as exc:  # the listening connection failed or dropped
                    log.warning("Not listening for changes: %s", exc)
                if self._listened:
                    attempt = 0
            if self._stop.is_set():
                return
            # Until the next attempt to listen (each waits longer): poll the change
            # counter every interval while the server answers, else only retry it.
            wait = BACKOFF[min(attempt, len(BACKOFF) - 1)]
            attempt += 1
            while wait > 0:
                step = min(self.interval, wait)
                if not self._pause(step):
                    return
                wait -= step
                if self.reachable:
                    self._poll_once()
            if not self.reachable:
                self._poll_once()

    def _listen(self) -> None:
        """Hold a connection that LISTENs until it fails or the watcher stops."""
        self._listened = False
        pooled = self.ctx.engine.raw_connection()
        conn = pooled.driver_connection
        try:
            pooled.rollback()
            conn.autocommit = True
            conn.execute(f"LISTEN {CHANNEL}")
            self.listening = self._listened = True
            self._poll_once()  # anything committed before LISTEN took effect
            quiet = 0.0
            while not self._stop.is_set():
                woke = self._wait_notify(conn)
                if self._wake.is_set():
                    self._wake.clear()
                    woke = True
                quiet = 0.0 if woke else quiet + self.interval
                if woke or quiet >= SAFETY_POLL_S:
                    quiet = 0.0
                    self._poll_once()
        finally:
            self.listening = False
            pooled.invalidate()  # never back into the pool: it is in autocommit, listening

    def _wait_notify(self, conn: Any) -> bool:
        """True when a notification of another writer arrived within one interval."""
        others = False
        for note in conn.notifies(timeout=self.interval):
            try:
                origin = json.loads(note.payload).get("origin")
            except ValueError:
                origin = None
            others = others or origin != self.ctx.origin
            if others:
                break
        return others
