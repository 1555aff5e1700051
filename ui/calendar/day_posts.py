"""What the calendar does with posts: open one, start one on a day or a time slot
(with photos dropped on a day, too), and move one elsewhere as an undoable step.

A part of the calendar page: it works through the page's workbench, in the
officer's time zone, and keeps the version of each post the page last loaded so
that a move never overwrites a change made elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject

from sosmed_desktop import clock
from ui.calendar.reschedule import RescheduleCommand
from ui.media.attach_import import import_photos, warn_refused

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.media.bulk_import import ImportedFiles
    from sosmed_desktop.services.posts.posts import RescheduleResult
    from ui.calendar.page import CalendarPage

NEW_POST_HOUR = time(9, 0)  # a post started on a day (not a time slot) is set at 09:00


class DayPosts(QObject):
    """The posts of `page`'s views: opened, started and moved."""

    def __init__(self, page: CalendarPage) -> None:
        super().__init__(page)
        self.page = page

    def open_post(self, post_id: int) -> None:
        bench = self.page.bench
        if bench is not None and bench.editors is not None:
            bench.editors.open_post(post_id)

    def open_row(self, index: QModelIndex) -> None:
        """A row of the agenda was double-clicked."""
        model = self.page.model
        post_id = model.data(model.index(index.row(), 0), model.ID_ROLE)
        if post_id is not None:
            self.open_post(int(post_id))

    def local_moment(self, when: date | datetime) -> datetime:
        """A day (at 09:00) or a wall-clock time from the views, in the officer's zone."""
        tz = self.page.time_zone
        if isinstance(when, datetime):
            return when.replace(tzinfo=tz) if when.tzinfo is None else when
        return datetime.combine(when, NEW_POST_HOUR, tz)

    def new_post(self) -> None:
        """A new post on the selected day: at 09:00, or at the next whole hour once 09:00
        has passed; unscheduled when the day is over."""
        bench = self.page.bench
        if bench is None or bench.editors is None:
            return
        day = self.page.month_view.selected_day
        now = clock.now().astimezone(self.page.time_zone)
        when: datetime | None = self.local_moment(day)
        if when is not None and when <= now:
            when = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
            when = when if when.date() == day else None
        bench.editors.new_post(when)

    def new_post_at(self, when: date | datetime) -> None:
        """Start a post on an empty day (09:00) or time slot."""
        bench = self.page.bench
        if bench is not None and bench.editors is not None:
            bench.editors.new_post(self.local_moment(when))

    def start_with_files(self, when: date | datetime, paths: list[str]) -> None:
        """Photos dropped on a day: import them, then start a post with them attached."""
        page, bench = self.page, self.page.bench
        if bench is None or bench.editors is None:
            return
        editors, moment = bench.editors, self.local_moment(when)
        bench.show_message(self.tr("Importing %n photo(s)…", "", len(paths)))

        def done(result: ImportedFiles) -> None:
            warn_refused(page, result.failures)
            if result.ids:
                editors.new_post(moment, tuple(result.ids))

        import_photos(bench.ops, page, paths, done)

    def move_post(self, post_id: int, when: date | datetime) -> None:
        """A post dropped on a day (keeping its time of day) or on a time slot."""
        row = self.page.rows.get(post_id)
        if row is None or row.scheduled_at is None:
            return
        tz = self.page.time_zone
        old = row.scheduled_at.astimezone(tz)
        if isinstance(when, datetime):
            new = self.local_moment(when)
        else:
            new = datetime.combine(when, old.time().replace(tzinfo=None), tz)
        if new == old:
            return

        def moved() -> None:
            command = RescheduleCommand(self._move, post_id, row.title, old, new)
            self.page.undo_stack.push(command)

        self._move(post_id, new, moved)

    def _move(
        self, post_id: int, when: datetime | None, then: Callable[[], None] | None = None
    ) -> None:
        """Reschedule in the background, passing the version the calendar last saw.

        A refusal (the post was changed or deleted elsewhere) is shown, and the
        calendar reloads to show where the post really is.
        """
        page = self.page
        if page.bench is None:
            return
        version = page.versions.get(post_id)

        def work(uow: UnitOfWork) -> RescheduleResult:
            from sosmed_desktop.services.posts.posts import reschedule

            return reschedule(uow, post_id, when, version)

        def done(result: RescheduleResult) -> None:
            page.versions[post_id] = result.version
            if then is not None:
                then()
            page.post_rescheduled.emit(post_id)

        def failed(_exc: BaseException) -> None:
            page.periods.clear()  # what was read ahead may be as stale as the move was
            page.reload()  # and the error is shown as usual

        page.bench.ops.write(page, work, done, on_error=failed)
