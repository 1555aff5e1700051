"""Data notes (data pendukung): figures with their sources, and the posts that cite them.

A note's age counts from its "as of" date, or from when it was recorded when it
has only a period.  A note older than the configured age (setting
``data_note_stale_days``, default 90, `Config.stale_days`) is stale: the list
marks it, and `stale_citations` lets the content checks warn about a post that
cites it.  Callers pass the age and today's date in the officer's zone, since
the core holds no global configuration; the defaults suit the command line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import selectinload

from sosmed_desktop import clock
from sosmed_desktop.config import DEFAULT_TIMEZONE, SETTINGS, STALE_DAYS_KEY
from sosmed_desktop.db.models import (
    DataNote,
    MediaAsset,
    Post,
    Tag,
    data_note_tags,
    post_data_notes,
)
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.figures import (
    canonical,
    format_figure,
    parse_number,
    to_decimal,
)
from sosmed_desktop.domain.notes import NoteInput, age_in_days, clean_note, is_stale
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.directions.attachments import AttachmentRef, ref
from sosmed_desktop.services.directions.directions import LinkedPost

DEFAULT_STALE_DAYS: int = next(s.default for s in SETTINGS if s.key == STALE_DAYS_KEY)
OFFICE_TZ = ZoneInfo(DEFAULT_TIMEZONE)


@dataclass(frozen=True)
class Freshness:
    """Today in the officer's zone and the configured age: what "stale" is measured by."""

    today: date
    max_age_days: int = DEFAULT_STALE_DAYS
    tz: ZoneInfo = OFFICE_TZ

    @classmethod
    def now(cls, max_age_days: int = DEFAULT_STALE_DAYS, tz: ZoneInfo = OFFICE_TZ) -> Freshness:
        return cls(clock.today(tz), max_age_days, tz)


@dataclass(frozen=True)
class DataNoteRow:
    """A data note as lists, the detail view and citations use it."""

    id: int
    title: str
    value: str
    unit: str
    period: str
    as_of: date | None
    source: str
    link: str
    tags: tuple[str, ...]
    attachment: AttachmentRef | None
    created_at: datetime
    cited_count: int
    age_days: int
    stale: bool

    @property
    def figure(self) -> str:
        """Value and unit in Indonesian style ("1.245.300 dosis", "92,4%")."""
        return format_figure(self.value, self.unit)

    def as_input(self) -> NoteInput:
        """The editable fields, e.g. to undo an edit."""
        value = to_decimal(self.value)
        if value is None:
            raise ValidationError(
                code="note_invalid",
                field="value",
                problem="number",
                value=self.value,
                limit=0,
                detail="the stored value is not a number",
            )
        return NoteInput(
            title=self.title,
            value=value,
            source=self.source,
            unit=self.unit,
            period=self.period,
            as_of=self.as_of,
            link=self.link,
            tags=self.tags,
        )


@dataclass(frozen=True)
class NoteFilter:
    """Free text (title, source, period, value, tags), one tag, and stale ones only."""

    text: str = ""
    tag: str = ""
    stale_only: bool = False


# Reading -----------------------------------------------------------------------------


def _reference_date(note: DataNote, tz: ZoneInfo) -> date:
    return note.as_of or note.created_at.astimezone(tz).date()


def _cited_counts(uow: UnitOfWork, note_ids: list[int]) -> dict[int, int]:
    """How many posts (outside the trash) cite each note, in one grouped query.

    (post_data_notes is keyed by post first, so a per-note subquery would scan it
    once per note.)
    """
    if not note_ids:
        return {}
    stmt = (
        select(post_data_notes.c.data_note_id, func.count())
        .join(Post, Post.id == post_data_notes.c.post_id)
        .where(Post.deleted_at.is_(None))
        .group_by(post_data_notes.c.data_note_id)
    )
    if len(note_ids) < 500:
        stmt = stmt.where(post_data_notes.c.data_note_id.in_(note_ids))
    return {note_id: cited for note_id, cited in uow.session.execute(stmt)}


def _rows(uow: UnitOfWork, stmt: Select, fresh: Freshness) -> list[DataNoteRow]:
    result = list(uow.session.scalars(stmt.options(selectinload(DataNote.tags))))
    cited_by = _cited_counts(uow, [n.id for n in result])
    files = {n.attachment_id for n in result if n.attachment_id}
    assets = {
        a.id: ref(a)
        for a in uow.session.scalars(select(MediaAsset).where(MediaAsset.id.in_(files)))
    }
    rows = []
    for note in result:
        reference = _reference_date(note, fresh.tz)
        rows.append(
            DataNoteRow(
                id=note.id,
                title=note.title,
                value=note.value,
                unit=note.unit,
                period=note.period,
                as_of=note.as_of,
                source=note.source,
                link=note.link,
                tags=tuple(sorted((t.name for t in note.tags), key=str.casefold)),
                attachment=assets.get(note.attachment_id) if note.attachment_id else None,
                created_at=note.created_at,
                cited_count=cited_by.get(note.id, 0),
                age_days=age_in_days(reference, fresh.today),
                stale=is_stale(reference, fresh.today, fresh.max_age_days),
            )
        )
    return rows


def list_notes(
    uow: UnitOfWork, flt: NoteFilter | None = None, fresh: Freshness | None = None
) -> list[DataNoteRow]:
    """Notes matching `flt`, newest figure first."""
    flt = flt or NoteFilter()
    fresh = fresh or Freshness.now()
    stmt = select(DataNote)
    for word in flt.text.split():
        # autoescape: % _ and \ are the officer's characters, not LIKE syntax (PostgreSQL
        # would read a trailing backslash as a broken escape and fail).
        tagged = (
            select(data_note_tags.c.data_note_id)
            .join(Tag)
            .where(Tag.name.icontains(word, autoescape=True))
        )
        stmt = stmt.where(
            or_(
                DataNote.title.icontains(word, autoescape=True),
                DataNote.source.icontains(word, autoescape=True),
                DataNote.period.icontains(word, autoescape=True),
                DataNote.value == _as_stored(word),
                DataNote.id.in_(tagged),
            )
        )
    if flt.tag:
        tagged = select(data_note_tags.c.data_note_id).join(Tag).where(Tag.name == flt.tag)
        stmt = stmt.where(DataNote.id.in_(tagged))
    stmt = stmt.order_by(
        func.coalesce(DataNote.as_of, func.date(DataNote.created_at)).desc(), DataNote.id.desc()
    )
    rows = _rows(uow, stmt, fresh)
    return [r for r in rows if r.stale] if flt.stale_only else rows


def _as_stored(word: str) -> str:
    """A figure typed in the search box ("92,4") in the stored form ("92.4")."""
    try:
        return canonical(parse_number(word))
    except ValidationError:
        return word


def get_note(uow: UnitOfWork, note_id: int, fresh: Freshness | None = None) -> DataNoteRow:
    """One note (raises if it was deleted)."""
    rows = _rows(uow, select(DataNote).where(DataNote.id == note_id), fresh or Freshness.now())
    if not rows:
        raise NotFoundError(what="data note", ident=note_id)
    return rows[0]


def note_tags(uow: UnitOfWork) -> list[str]:
    """The tags used by data notes, for the filter and the tag completer."""
    stmt = select(Tag.name).join(data_note_tags).distinct()
    return sorted(uow.session.scalars(stmt), key=str.casefold)


# Writing -----------------------------------------------------------------------------


def tags_named(uow: UnitOfWork, names: tuple[str, ...]) -> list[Tag]:
    """Existing tags by name (ignoring case), new ones created for the rest."""
    if not names:
        return []
    wanted = {n.casefold(): n for n in names}
    stmt = select(Tag).where(func.lower(Tag.name).in_([n.lower() for n in names]))
    found = {t.name.casefold(): t for t in uow.session.scalars(stmt)}
    tags = []
    for key, name in wanted.items():
        tag = found.get(key)
        if tag is None:
            tag = Tag(name=name)
            uow.session.add(tag)
            found[key] = tag
        tags.append(tag)
    return tags


def new_note_row(data: NoteInput, tags: dict[str, Tag], department_id: int | None) -> DataNote:
    """An unsaved row for `data` (already cleaned); `tags` maps casefolded names to tags.

    Used by the form and by the import, which resolves the tags of all its rows
    in one query instead of one per row.
    """
    return DataNote(
        title=data.title,
        value=canonical(data.value),
        unit=data.unit,
        period=data.period,
        as_of=data.as_of,
        source=data.source,
        link=data.link,
        department_id=department_id,
        tags=[tags[name.casefold()] for name in data.tags],
    )


def officer_department(uow: UnitOfWork) -> int | None:
    """The department of the officer working on this PC (None before the welcome)."""
    from sosmed_desktop.services.profile import current_user

    user = current_user(uow)
    return user.department_id if user else None


def create_note(uow: UnitOfWork, data: NoteInput) -> int:
    """Record a data note; commits and returns its id."""
    clean = clean_note(data)
    tags = {t.name.casefold(): t for t in tags_named(uow, clean.tags)}
    row = new_note_row(clean, tags, officer_department(uow))
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, "data_note", row.id, "created", title=row.title, value=row.value)
    uow.commit()
    return row.id


def _get(uow: UnitOfWork, note_id: int) -> DataNote:
    row = uow.session.get(DataNote, note_id)
    if row is None:
        raise NotFoundError(what="data note", ident=note_id)
    return row


def update_note(uow: UnitOfWork, note_id: int, data: NoteInput) -> None:
    """Change a data note; commits; the audit keeps the old values."""
    clean = clean_note(data)
    row = _get(uow, note_id)
    changes: dict[str, list[object]] = {}
    plain = {
        "title": clean.title,
        "value": canonical(clean.value),
        "unit": clean.unit,
        "period": clean.period,
        "as_of": clean.as_of,
        "source": clean.source,
        "link": clean.link,
    }
    for name, new in plain.items():
        old = getattr(row, name)
        if old != new:
            changes[name] = [_jsonable(old), _jsonable(new)]
            setattr(row, name, new)
    old_tags = sorted(t.name for t in row.tags)
    tags = tags_named(uow, clean.tags)
    if sorted(t.name for t in tags) != old_tags:
        changes["tags"] = [old_tags, sorted(t.name for t in tags)]
        row.tags = tags
    if changes:
        audit.record(uow, "data_note", row.id, "updated", changes=changes)
        uow.commit()


def _jsonable(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def delete_note(uow: UnitOfWork, note_id: int) -> None:
    """Remove a data note that no post cites (a cited figure must stay traceable); commits."""
    row = _get(uow, note_id)
    cited = uow.session.scalar(
        select(func.count()).where(post_data_notes.c.data_note_id == note_id)
    )
    if cited:
        raise ConflictError(
            code="note_cited", detail=f"{cited} post(s) cite this data note", posts=cited
        )
    audit.record(
        uow, "data_note", row.id, "deleted", title=row.title, value=row.value, source=row.source
    )
    uow.session.delete(row)
    uow.commit()


# Citations -----------------------------------------------------------------------------


def _post(uow: UnitOfWork, post_id: int) -> Post:
    post = uow.session.get(Post, post_id)
    if post is None or post.deleted_at is not None:
        raise NotFoundError(what="post", ident=post_id)
    return post


def cite_note(uow: UnitOfWork, post_id: int, note_id: int) -> bool:
    """Record that a post cites a note (the editor inserted its citation); commits.

    Returns False when the post cited it already.
    """
    post, note = _post(uow, post_id), _get(uow, note_id)
    if note in post.data_notes:
        return False
    post.data_notes.append(note)
    audit.record(uow, "post", post.id, "data_note_cited", data_note=note.id)
    audit.record(uow, "data_note", note.id, "cited", post=post.id)
    uow.commit()
    return True


def uncite_note(uow: UnitOfWork, post_id: int, note_id: int) -> bool:
    """Forget that a post cites a note; commits; False when it did not."""
    post, note = _post(uow, post_id), _get(uow, note_id)
    if note not in post.data_notes:
        return False
    post.data_notes.remove(note)
    audit.record(uow, "post", post.id, "data_note_uncited", data_note=note.id)
    audit.record(uow, "data_note", note.id, "uncited", post=post.id)
    uow.commit()
    return True


def notes_cited_by(
    uow: UnitOfWork, post_id: int, fresh: Freshness | None = None
) -> list[DataNoteRow]:
    """The notes a post cites (for the editor and the package manifest)."""
    stmt = (
        select(DataNote)
        .join(post_data_notes, post_data_notes.c.data_note_id == DataNote.id)
        .where(post_data_notes.c.post_id == post_id)
        .order_by(DataNote.title, DataNote.id)
    )
    return _rows(uow, stmt, fresh or Freshness.now())


def notes_by_ids(
    uow: UnitOfWork, note_ids: Iterable[int], fresh: Freshness | None = None
) -> list[DataNoteRow]:
    """The notes with these ids in the given order, deleted ones left out.

    For what an editor cites before it is saved (`PostInput.data_note_ids`).
    """
    wanted = list(dict.fromkeys(note_ids))
    if not wanted:
        return []
    found = {
        r.id: r
        for r in _rows(
            uow, select(DataNote).where(DataNote.id.in_(wanted)), fresh or Freshness.now()
        )
    }
    return [found[i] for i in wanted if i in found]


def stale_citations(
    uow: UnitOfWork, post_id: int, fresh: Freshness | None = None
) -> list[DataNoteRow]:
    """The stale notes a post cites: what the content checks warn about.

    Pass ``Freshness.now(config.stale_days, config.tz)`` to honour the setting.
    """
    return [n for n in notes_cited_by(uow, post_id, fresh) if n.stale]


def posts_citing(uow: UnitOfWork, note_id: int) -> list[LinkedPost]:
    """The posts (outside the trash) that cite a note."""
    stmt = (
        select(Post)
        .join(post_data_notes, post_data_notes.c.post_id == Post.id)
        .where(post_data_notes.c.data_note_id == note_id, Post.deleted_at.is_(None))
        .order_by(Post.scheduled_at.is_(None), Post.scheduled_at, Post.id)
    )
    return [LinkedPost(p.id, p.title, p.status, p.scheduled_at) for p in uow.session.scalars(stmt)]


@dataclass(frozen=True)
class StaleCitation:
    """A post that cites a stale note."""

    post: LinkedPost
    note_id: int
    note_title: str
    age_days: int


def posts_citing_stale_notes(
    uow: UnitOfWork, fresh: Freshness | None = None, *, include_published: bool = False
) -> list[StaleCitation]:
    """Every post citing a stale note; by default only posts not yet published or archived."""
    from sosmed_desktop.domain.statuses import PostStatus

    fresh = fresh or Freshness.now()
    cutoff = fresh.today - timedelta(days=fresh.max_age_days)
    recorded_cutoff = datetime.combine(cutoff, time(), fresh.tz)
    stmt = (
        select(Post, DataNote)
        .join(post_data_notes, post_data_notes.c.post_id == Post.id)
        .join(DataNote, DataNote.id == post_data_notes.c.data_note_id)
        .where(
            Post.deleted_at.is_(None),
            or_(
                DataNote.as_of < cutoff,
                DataNote.as_of.is_(None) & (DataNote.created_at < recorded_cutoff),
            ),
        )
        .order_by(Post.scheduled_at.is_(None), Post.scheduled_at, Post.id, DataNote.id)
    )
    if not include_published:
        done = (PostStatus.PUBLISHED.value, PostStatus.ARCHIVED.value)
        stmt = stmt.where(Post.status.not_in(done))
    return [
        StaleCitation(
            LinkedPost(post.id, post.title, post.status, post.scheduled_at),
            note.id,
            note.title,
            age_in_days(_reference_date(note, fresh.tz), fresh.today),
        )
        for post, note in uow.session.execute(stmt)
    ]
