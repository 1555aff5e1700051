"""Tables of the media library and image studio beyond the foundation mapping.

`SavedRecipe` holds named recipes ("logo bottom-right + 4:5") that the batch
tool applies to many photos; the renditions of a post live in
`VariantMedia.recipe`, next to the post they belong to.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from sosmed_desktop.db.models import Base
from sosmed_desktop.db.types import UTCDateTime, utcnow


class SavedRecipe(Base):
    """A named studio recipe the officer can apply again, to one photo or many."""

    __tablename__ = "saved_recipes"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    recipe: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
