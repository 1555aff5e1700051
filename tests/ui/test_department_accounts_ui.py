"""The department's account names: typed in Settings → Profil, shown above the post in
the editor's preview of each platform (the department's short name where none is set)."""

from __future__ import annotations

import os

from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services import profile
from tests.ui.editing import wait_loaded
from tests.unit.posting import set_profile
from ui.main_window import MainWindow
from ui.settings.dialog import SettingsDialog


def test_account_names_from_the_settings_appear_in_the_preview(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    set_profile(ctx)
    dialog = SettingsDialog(workbench.config, ctx, workbench.ops, workbench)
    dialog.tabs.setCurrentWidget(dialog.profile_form)
    dialog.show()
    qtbot.waitUntil(dialog.profile_form.isEnabled, timeout=10000)
    form = dialog.profile_form
    assert form.accounts_box.isVisible()
    assert {"instagram", "facebook", "x"} <= set(form.account_edits)
    form.account_edits["instagram"].setText("@dinkes.kabbekasi")
    form.account_edits["x"].setText("  @dinkesbekasi ")
    if shots := os.environ.get("SOSMED_SCREENSHOTS"):
        dialog.grab().save(f"{shots}/settings-accounts.png")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.save_button.click()
    with ctx.uow() as uow:
        assert profile.get_profile(uow).accounts == (
            ("instagram", "@dinkes.kabbekasi"),
            ("x", "@dinkesbekasi"),
        )

    assert workbench.editors is not None
    editor = wait_loaded(qtbot, workbench.editors.new_post(platforms=("instagram", "facebook")))
    editor.captions.master.caption.setPlainText("Ayo ke posyandu!")
    preview = editor.preview
    names = {}
    for index in range(preview.platform.count()):
        preview.platform.setCurrentIndex(index)
        names[preview.platform.currentData()] = preview.name.text()
    assert names == {
        "instagram": "<b>@dinkes.kabbekasi</b>",
        "facebook": "<b>Dinas Kesehatan</b>",  # no account name: the department
    }
    preview.platform.setCurrentIndex(preview.platform.findData("instagram"))
    assert preview.caption.text().startswith("<b>@dinkes.kabbekasi</b> Ayo")
    if shots:
        preview.grab().save(f"{shots}/preview-account.png")
