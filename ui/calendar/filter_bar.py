"""The calendar's filters (platform, status, program, tag) and its legend of program colours.

Each filter is a drop-down of checkable choices; nothing checked means "all".
Kinds combine with AND, choices within a kind with OR (as the core's
`CalendarFilter` does).  Clicking a program in the legend filters by it; its
"Programs…" button and the program filter's last entry ask for the programs
dialog (`manage_programs`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QWidget

from sosmed_desktop.domain.statuses import PostStatus
from ui.labels import status_colour, status_label
from ui.plain_text import set_plain_tooltip

if TYPE_CHECKING:
    from sosmed_desktop.services.calendar.calendar import CalendarFilter, LegendEntry

LEGEND_MAX = 6
NO_PROGRAM = -1  # menu data for "posts without a program" (None in the filter)


def swatch(colour: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour or "#9aa5b1"))
    return QIcon(pixmap)


class ChoiceButton(QToolButton):
    """A drop-down of checkable choices that shows what is chosen."""

    changed = Signal()

    def __init__(self, label: str, all_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label, self.all_text = label, all_text
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self._refresh()

    def set_choices(self, choices: list[tuple[object, str, QIcon | None]]) -> None:
        """(value, text, icon) per choice; what was checked stays checked."""
        kept = set(self.values())
        self.menu_.clear()
        for value, text, icon in choices:
            action = QAction(text.replace("&", "&&"), self.menu_)
            if icon is not None:
                action.setIcon(icon)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value in kept)
            action.toggled.connect(self._toggled)
            self.menu_.addAction(action)
        self._refresh()

    def values(self) -> list:
        return [a.data() for a in self.menu_.actions() if a.isChecked()]

    def set_checked(self, value: object, checked: bool) -> None:
        for action in self.menu_.actions():
            if action.data() == value:
                action.setChecked(checked)

    def clear_choices(self) -> None:
        for action in self.menu_.actions():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._refresh()

    def _toggled(self) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        chosen = [a.text().replace("&&", "&") for a in self.menu_.actions() if a.isChecked()]
        if not chosen:
            text = self.label  # "all": the short label keeps the bar narrow
        elif len(chosen) == 1:
            text = f"{self.label}: {chosen[0]}"
        else:
            text = f"{self.label}: {chosen[0]} +{len(chosen) - 1}"
        self.setText(text.replace("&", "&&"))
        set_plain_tooltip(self, "\n".join(chosen) if chosen else f"{self.label}: {self.all_text}")


class FilterBar(QWidget):
    """Filters on the left, program legend on the right."""

    changed = Signal(object)  # CalendarFilter
    manage_programs = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.platforms = ChoiceButton(self.tr("Platform"), self.tr("all"))
        self.statuses = ChoiceButton(self.tr("Status"), self.tr("all"))
        self.programs = ChoiceButton(self.tr("Program"), self.tr("all"))
        self.tags = ChoiceButton(self.tr("Tag"), self.tr("all"))
        # Team mode: the coordinator's (and administrator's) view of every department.
        self.departments = ChoiceButton(self.tr("Department"), self.tr("all"))
        self.departments.hide()
        for button in (self.platforms, self.statuses, self.programs, self.tags, self.departments):
            button.changed.connect(self._emit)
            layout.addWidget(button)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()
        layout.addWidget(self.clear_button)
        # The legend takes the room left over and never widens the page (it would
        # squeeze the sidebar at 1366 px); entries that do not fit are cut off.
        legend = QWidget()
        legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.legend = QHBoxLayout(legend)
        self.legend.setContentsMargins(0, 0, 0, 0)
        self.legend.setSpacing(2)
        self.legend.addStretch(1)
        layout.addWidget(legend, 1)
        self.programs_button = QToolButton()
        self.programs_button.setObjectName("managePrograms")
        self.programs_button.setAutoRaise(True)
        self.programs_button.setText(self.tr("Programs…"))
        self.programs_button.setToolTip(self.tr("Add, rename, recolour or merge programs"))
        self.programs_button.clicked.connect(self.manage_programs)
        layout.addWidget(self.programs_button)
        self.statuses.set_choices(
            [(s.value, status_label(s.value), swatch(status_colour(s.value).name()))
             for s in PostStatus]
        )  # fmt: skip

    def set_choices(
        self,
        platforms: list[tuple[str, str]],
        programs: list[LegendEntry],
        tags: list[str],
        departments: list[tuple[int, str]] | None = None,
    ) -> None:
        """Platforms as (code, name), programs with colours, tags in use; in team mode
        the departments as (id, name) for whoever sees them all (else None: no filter)."""
        self.departments.setVisible(bool(departments))
        self.departments.set_choices([(i, name, None) for i, name in departments or ()])
        self.platforms.set_choices([(code, name, None) for code, name in platforms])
        self.programs.set_choices(
            [(p.id, p.name, swatch(p.colour)) for p in programs]
            + [(NO_PROGRAM, self.tr("No program"), swatch("#9aa5b1"))]
        )
        self.programs.menu_.addSeparator()
        manage = self.programs.menu_.addAction(self.tr("Manage programs…"))
        manage.triggered.connect(self.manage_programs)
        self.tags.set_choices([(name, f"#{name}", None) for name in tags])
        self._build_legend(programs)

    def legend_entries(self) -> list[QToolButton]:
        return [
            item.widget()
            for item in (self.legend.itemAt(i) for i in range(self.legend.count()))
            if isinstance(item.widget(), QToolButton)
        ]

    def _build_legend(self, programs: list[LegendEntry]) -> None:
        while self.legend.count() > 1:  # keep the leading stretch
            item = self.legend.takeAt(1)
            if item.widget() is not None:
                item.widget().deleteLater()
        for entry in programs[:LEGEND_MAX]:
            button = QToolButton()
            button.setObjectName("legendEntry")
            button.setAutoRaise(True)
            button.setIcon(swatch(entry.colour, 12))
            button.setIconSize(QSize(12, 12))
            button.setText(entry.name.replace("&", "&&"))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            set_plain_tooltip(button, self.tr("Show only {program}").format(program=entry.name))
            button.clicked.connect(lambda _=False, pid=entry.id: self.only_program(pid))
            self.legend.addWidget(button)
        hidden = programs[LEGEND_MAX:]
        if hidden:
            more = QLabel(f"+{len(hidden)}")
            set_plain_tooltip(more, "\n".join(p.name for p in hidden))
            self.legend.addWidget(more)

    def only_program(self, program_id: int) -> None:
        """Filter by one program (the legend's click)."""
        self.programs.blockSignals(True)
        self.programs.clear_choices()
        self.programs.set_checked(program_id, True)
        self.programs.blockSignals(False)
        self._emit()

    def value(self) -> CalendarFilter:
        from sosmed_desktop.services.calendar.calendar import CalendarFilter

        programs = {None if v == NO_PROGRAM else v for v in self.programs.values()}
        return CalendarFilter(
            platforms=frozenset(self.platforms.values()),
            statuses=frozenset(self.statuses.values()),
            program_ids=frozenset(programs),
            tags=frozenset(self.tags.values()),
            departments=frozenset(self.departments.values()),
        )

    def clear(self) -> None:
        for button in (self.platforms, self.statuses, self.programs, self.tags, self.departments):
            button.clear_choices()
        self._emit()

    def _emit(self) -> None:
        value = self.value()
        self.clear_button.setVisible(value.active)
        self.changed.emit(value)
