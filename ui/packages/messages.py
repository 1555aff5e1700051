"""Messages for the refusals of post packages and the export, calendar and report codes.

Each refusal of a package zip has its own code (see `services/packages/safe_zip.py`)
so that the officer learns what is wrong with the file, not only that it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from sosmed_desktop.errors import DomainError

translate = QCoreApplication.translate


def package_messages(exc: DomainError) -> dict[str, Callable[[], str]]:
    """Translated messages by code; `{name}` is the zip's file name."""
    p = exc.params
    name = str(p.get("name", ""))
    entry = str(p.get("entry", ""))

    def refused(reason: str) -> str:
        return translate(
            "Errors", "The package {name} was refused and nothing was imported. {reason}"
        ).format(name=name, reason=reason)

    return {
        "package_unreadable": lambda: refused(
            translate("Errors", "The file cannot be read (moved, deleted or no permission).")
        ),
        "package_not_zip": lambda: refused(
            translate("Errors", "It is not a zip file, or the copy is incomplete.")
        ),
        "package_damaged": lambda: refused(
            translate("Errors", "The zip is damaged or encrypted ({entry}).").format(entry=entry)
        ),
        "package_unsafe_path": lambda: refused(
            translate(
                "Errors",
                "It holds a file name that points outside its folder ({entry}); such a zip "
                "could overwrite files on this PC.",
            ).format(entry=entry)
        ),
        "package_symlink": lambda: refused(
            translate("Errors", "It holds a link to another place ({entry}).").format(entry=entry)
        ),
        "package_duplicate_name": lambda: refused(
            translate("Errors", "It holds the file {entry} twice.").format(entry=entry)
        ),
        "package_too_many_entries": lambda: refused(
            translate("Errors", "It holds too many files ({count}, at most {limit}).").format(
                count=p.get("count", ""), limit=p.get("limit", "")
            )
        ),
        "package_too_large": lambda: refused(
            translate("Errors", "Unpacked it would be far larger than a post package can be.")
        ),
        "package_ratio": lambda: refused(
            translate(
                "Errors",
                "A file in it is compressed suspiciously far ({entry}); it would fill the disk.",
            ).format(entry=entry)
        ),
        "package_file_type": lambda: refused(
            translate(
                "Errors",
                "The file {entry} does not belong in a post package or is not what its name says.",
            ).format(entry=entry)
        ),
        "package_manifest_missing": lambda: refused(
            translate("Errors", "It has no manifest.json: it is not a Sosmed Desktop package.")
        ),
        "package_manifest_invalid": lambda: refused(
            translate(
                "Errors", "Its manifest.json does not follow the package format ({problem})."
            ).format(problem=str(p.get("detail", "")))
        ),
        "package_caption_too_long": lambda: refused(
            translate(
                "Errors",
                "A caption is longer than its platform accepts ({entry}: {count} characters, "
                "at most {limit}); such a post could never be uploaded.",
            ).format(entry=entry, count=p.get("count", ""), limit=p.get("limit", ""))
        ),
        "package_version_unknown": lambda: refused(
            translate(
                "Errors",
                "It was made in a package format this version does not know (version "
                "{version}). Update Sosmed Desktop.",
            ).format(version=p.get("version", ""))
        ),
        "package_unlisted_file": lambda: refused(
            translate(
                "Errors", "The file {entry} is not listed in its manifest (added afterwards?)."
            ).format(entry=entry)
        ),
        "package_file_missing": lambda: refused(
            translate("Errors", "The file {entry} listed in its manifest is missing.").format(
                entry=entry
            )
        ),
        "package_checksum_mismatch": lambda: refused(
            translate(
                "Errors",
                "The file {entry} was changed after the package was made (its checksum does "
                "not match).",
            ).format(entry=entry)
        ),
        "package_unknown_platform": lambda: refused(
            translate(
                "Errors", "It is meant for a platform this PC does not know ({platform})."
            ).format(platform=p.get("platform", ""))
        ),
        "package_needs_schedule": lambda: translate(
            "Errors", "Give the post a date and time before exporting it as a package."
        ),
        "export_cancelled": lambda: translate(
            "Errors", "The export was cancelled; no package was written."
        ),
        "sheet_undrawable": lambda: translate(
            "Errors",
            "The approval sheet cannot print {chars}, so no package was written (the sheet "
            "must show everything the head approves). Where: {where}. Replace or remove "
            "these characters and have the post approved again.",
        ).format(chars=p.get("chars", ""), where=p.get("where", "")),
        "export_failed": lambda: translate(
            "Errors", "The package could not be made ({detail}); nothing was written."
        ).format(detail=p.get("detail", "")),
        "date_range_reversed": lambda: translate("Errors", "The end date is before the start."),
        "bad_date": lambda: translate("Errors", "The date is not valid."),
        "bad_month": lambda: translate("Errors", "The month is not valid."),
        "report_format": lambda: translate(
            "Errors", "A report is saved as a PDF (.pdf) or CSV (.csv) file."
        ),
    }
