"""Whose reminders a session works on: the signed-in person's in team mode, every one on one PC.

A team database holds the reminders of every officer.  Each PC derives, fires
and lists only those of the person signed in there — for their own posts and
their department's directions — so that a reminder fires on its owner's PC and
nowhere else, and one officer's "shown" does not swallow another's.  Reading
is limited in one place (`db.scoping` adds ``user_id = me`` to every ORM
SELECT of a signed-in session); what is written names the owner here: the
row's `user_id`, a key prefixed with the owner (two officers' reminders of the
same post must not collide on the unique key) and the owner's own "last
check" time.  Without a signed-in person (one PC, the headless commands)
nothing changes: no owner, unprefixed keys.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, true
from sqlalchemy.orm import Session

from sosmed_desktop.db.models import Post
from sosmed_desktop.db.uow import ACTOR_KEY


def owner_of(session: Session) -> int | None:
    """The signed-in person's user id, or None on one PC."""
    actor = session.info.get(ACTOR_KEY)
    return actor.user_id if actor is not None else None


def stored_key(owner: int | None, key: str) -> str:
    """The key a reminder is stored under (`key` as the rules name it, per owner)."""
    return key if owner is None else f"u{owner}:{key}"


def own_posts(owner: int | None) -> ColumnElement[bool]:
    """Posts whose reminders are the owner's: those they wrote (every post on one PC)."""
    return true() if owner is None else Post.author_id == owner


def meta_key(owner: int | None, key: str) -> str:
    """An `app_meta` key kept per owner (a time of this person's last check)."""
    return stored_key(owner, key)
