<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>BatchDialog</name>
        <message numerus="yes">
            <source>Apply a recipe to %n photo(s)</source>
            <translation>
                <numerusform>Apply a recipe to %n photo</numerusform>
                <numerusform>Apply a recipe to %n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) written.</source>
            <translation>
                <numerusform>%n image written.</numerusform>
                <numerusform>%n images written.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message numerus="yes">
            <source>%n post(s) need attention</source>
            <translation>
                <numerusform>%n post needs attention</numerusform>
                <numerusform>%n posts need attention</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message numerus="yes">
            <source>%n post(s) this week</source>
            <translation>
                <numerusform>%n post this week</numerusform>
                <numerusform>%n posts this week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n post(s) this month</source>
            <translation>
                <numerusform>%n post this month</numerusform>
                <numerusform>%n posts this month</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarSpeech</name>
        <message numerus="yes">
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n posts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecksPanel</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n data note(s);</source>
            <translation>
                <numerusform>Imported %n data note;</numerusform>
                <numerusform>Imported %n data notes;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already present were skipped.</source>
            <translation>
                <numerusform>%n already present were skipped.</numerusform>
                <numerusform>%n already present were skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>note: %n video(s) catalogued without a poster frame: the optional video support (PyAV) is not installed</source>
            <translation>
                <numerusform>note: %n video catalogued without a poster frame: the optional video support (PyAV) is not installed</numerusform>
                <numerusform>note: %n videos catalogued without a poster frame: the optional video support (PyAV) is not installed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) refused</source>
            <translation>
                <numerusform>%n file refused</numerusform>
                <numerusform>%n files refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n package(s) written,</source>
            <translation>
                <numerusform>%n package written,</numerusform>
                <numerusform>%n packages written,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused.</source>
            <translation>
                <numerusform>%n refused.</numerusform>
                <numerusform>%n refused.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n post(s) could not be exported</source>
            <translation>
                <numerusform>%n post could not be exported</numerusform>
                <numerusform>%n posts could not be exported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new media file(s), {reused} already in the library.</source>
            <translation>
                <numerusform>%n new media file, {reused} already in the library.</numerusform>
                <numerusform>%n new media files, {reused} already in the library.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n original(s) ({megabytes} MB) stored on the server.</source>
            <translation>
                <numerusform>%n original ({megabytes} MB) stored on the server.</numerusform>
                <numerusform>%n originals ({megabytes} MB) stored on the server.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n media file(s) checked, {bad} with problems</source>
            <translation>
                <numerusform>%n media file checked, {bad} with problems</numerusform>
                <numerusform>%n media files checked, {bad} with problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n row(s):</source>
            <translation>
                <numerusform>Imported %n row:</numerusform>
                <numerusform>Imported %n rows:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: {source}, {platform}, %n row(s)</source>
            <translation>
                <numerusform>{file}: {source}, {platform}, %n row</numerusform>
                <numerusform>{file}: {source}, {platform}, %n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayPosts</name>
        <message numerus="yes">
            <source>Importing %n photo(s)…</source>
            <translation>
                <numerusform>Importing %n photo…</numerusform>
                <numerusform>Importing %n photos…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DictionaryDialog</name>
        <message numerus="yes">
            <source>%n word(s) in the list</source>
            <translation>
                <numerusform>%n word in the list</numerusform>
                <numerusform>%n words in the list</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n word(s) from the dictionary?</source>
            <translation>
                <numerusform>Remove %n word from the dictionary?</numerusform>
                <numerusform>Remove %n words from the dictionary?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message numerus="yes">
            <source>This data note is cited by %n post(s), so it is kept. Remove it from those posts first.</source>
            <translation>
                <numerusform>This data note is cited by %n post, so it is kept. Remove it from that post first.</numerusform>
                <numerusform>This data note is cited by %n posts, so it is kept. Remove it from those posts first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of the file have errors, so nothing was imported.</source>
            <translation>
                <numerusform>%n row of the file has errors, so nothing was imported.</numerusform>
                <numerusform>%n rows of the file have errors, so nothing was imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tick every point of the checklist before submitting; %n point(s) still open.</source>
            <translation>
                <numerusform>Tick every point of the checklist before submitting; %n point still open.</numerusform>
                <numerusform>Tick every point of the checklist before submitting; %n points still open.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server database is not empty (it has %n table(s)). The data can only be moved into a new, empty database; nothing was changed.</source>
            <translation>
                <numerusform>The server database is not empty (it has %n table). The data can only be moved into a new, empty database; nothing was changed.</numerusform>
                <numerusform>The server database is not empty (it has %n tables). The data can only be moved into a new, empty database; nothing was changed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of the file have problems, so nothing was imported.</source>
            <translation>
                <numerusform>%n row of the file have problems, so nothing was imported.</numerusform>
                <numerusform>%n rows of the file have problems, so nothing was imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPanel</name>
        <message numerus="yes">
            <source>Exporting %n package(s)…</source>
            <translation>
                <numerusform>Exporting %n package…</numerusform>
                <numerusform>Exporting %n packages…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n package(s) written to {folder}.</source>
            <translation>
                <numerusform>%n package written to {folder}.</numerusform>
                <numerusform>%n packages written to {folder}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message numerus="yes">
            <source>{file} · Excel workbook, first sheet · %n row(s)</source>
            <translation>
                <numerusform>{file} · Excel workbook, first sheet · %n row</numerusform>
                <numerusform>{file} · Excel workbook, first sheet · %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} · {encoding} · separator: {separator} · %n row(s)</source>
            <translation>
                <numerusform>{file} · {encoding} · separator: {separator} · %n row</numerusform>
                <numerusform>{file} · {encoding} · separator: {separator} · %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ready to import</source>
            <translation>
                <numerusform>%n ready to import</numerusform>
                <numerusform>%n ready to import</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already present (skipped)</source>
            <translation>
                <numerusform>%n already present (skipped)</numerusform>
                <numerusform>%n already present (skipped)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with errors</source>
            <translation>
                <numerusform>%n with errors</numerusform>
                <numerusform>%n with errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n data note(s)</source>
            <translation>
                <numerusform>Import %n data note</numerusform>
                <numerusform>Import %n data notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message numerus="yes">
            <source>Saved as %n hashtag(s): {tags}</source>
            <translation>
                <numerusform>Saved as %n hashtag: {tags}</numerusform>
                <numerusform>Saved as %n hashtags: {tags}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaImport</name>
        <message numerus="yes">
            <source>Import finished: %n new</source>
            <translation>
                <numerusform>Import finished: %n new</numerusform>
                <numerusform>Import finished: %n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n already in the library</source>
            <translation>
                <numerusform>, %n already in the library</numerusform>
                <numerusform>, %n already in the library</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n refused</source>
            <translation>
                <numerusform>, %n refused</numerusform>
                <numerusform>, %n refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (cancelled: %n not imported)</source>
            <translation>
                <numerusform> (cancelled: %n not imported)</numerusform>
                <numerusform> (cancelled: %n not imported)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n video(s) without a picture: the video support (PyAV) is not installed</source>
            <translation>
                <numerusform>; %n video without a picture: the video support (PyAV) is not installed</numerusform>
                <numerusform>; %n videos without a picture: the video support (PyAV) is not installed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported:</source>
            <translation>
                <numerusform>%n file could not be imported:</numerusform>
                <numerusform>%n files could not be imported:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaPage</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s) to the trash?</source>
            <translation>
                <numerusform>Move %n item to the trash?</numerusform>
                <numerusform>Move %n items to the trash?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them are used in posts or notes. They stay attached there and can be restored from the trash.</source>
            <translation>
                <numerusform>%n of them is used in posts or notes. It stays attached there and can be restored from the trash.</numerusform>
                <numerusform>%n of them are used in posts or notes. They stay attached there and can be restored from the trash.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) restored.</source>
            <translation>
                <numerusform>%n item restored.</numerusform>
                <numerusform>%n items restored.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) moved to the trash.</source>
            <translation>
                <numerusform>%n item moved to the trash.</numerusform>
                <numerusform>%n items moved to the trash.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) deleted for good</source>
            <translation>
                <numerusform>%n item deleted for good</numerusform>
                <numerusform>%n items deleted for good</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n kept because they are used</source>
            <translation>
                <numerusform>, %n kept because it is used</numerusform>
                <numerusform>, %n kept because they are used</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>restore %n item(s)</source>
            <translation>
                <numerusform>restore %n item</numerusform>
                <numerusform>restore %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>move %n item(s) to the trash</source>
            <translation>
                <numerusform>move %n item to the trash</numerusform>
                <numerusform>move %n items to the trash</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaSidePanel</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotePanel</name>
        <message numerus="yes">
            <source>Out of date: this figure is %n day(s) old (the limit is {limit} days). Look for newer data before citing it.</source>
            <translation>
                <numerusform>Out of date: this figure is %n day old (the limit is {limit} days). Look for newer data before citing it.</numerusform>
                <numerusform>Out of date: this figure is %n days old (the limit is {limit} days). Look for newer data before citing it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteTableModel</name>
        <message numerus="yes">
            <source>This figure is %n day(s) old, older than the limit of {limit} days. Look for newer data before citing it.</source>
            <translation>
                <numerusform>This figure is %n day old, older than the limit of {limit} days. Look for newer data before citing it.</numerusform>
                <numerusform>This figure is %n days old, older than the limit of {limit} days. Look for newer data before citing it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message numerus="yes">
            <source>%n data note(s)</source>
            <translation>
                <numerusform>%n data note</numerusform>
                <numerusform>%n data notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n out of date (older than {days} days)</source>
            <translation>
                <numerusform>%n out of date (older than {days} days)</numerusform>
                <numerusform>%n out of date (older than {days} days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n data note(s) imported</source>
            <translation>
                <numerusform>%n data note imported</numerusform>
                <numerusform>%n data notes imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already present, skipped</source>
            <translation>
                <numerusform>%n already present, skipped</numerusform>
                <numerusform>%n already present, skipped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotificationBell</name>
        <message numerus="yes">
            <source>%n unread reminder(s)</source>
            <translation>
                <numerusform>%n unread reminder</numerusform>
                <numerusform>%n unread reminders</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotificationCentre</name>
        <message numerus="yes">
            <source>%n reminder(s) fell due while Sosmed Desktop was not running.</source>
            <translation>
                <numerusform>%n reminder fell due while Sosmed Desktop was not running.</numerusform>
                <numerusform>%n reminders fell due while Sosmed Desktop was not running.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgramsDialog</name>
        <message numerus="yes">
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It is no longer offered for new posts and leaves the calendar's legend. Its %n post(s) keep it and its colour.</source>
            <translation>
                <numerusform>It is no longer offered for new posts and leaves the calendar's legend. Its %n post keeps it and its colour.</numerusform>
                <numerusform>It is no longer offered for new posts and leaves the calendar's legend. Its %n posts keep it and its colour.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n post(s) move to “{target}”.</source>
            <translation>
                <numerusform>%n post moves to “{target}”.</numerusform>
                <numerusform>%n posts move to “{target}”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n post(s) in the trash move too.</source>
            <translation>
                <numerusform>%n post in the trash moves too.</numerusform>
                <numerusform>%n posts in the trash move too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n direction(s) move too.</source>
            <translation>
                <numerusform>%n direction moves too.</numerusform>
                <numerusform>%n directions move too.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message numerus="yes">
            <source>Discard %n unsaved post(s) for good?</source>
            <translation>
                <numerusform>Discard %n unsaved post for good?</numerusform>
                <numerusform>Discard %n unsaved posts for good?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderHub</name>
        <message numerus="yes">
            <source>%n reminder(s) fell due while Sosmed Desktop was not running.</source>
            <translation>
                <numerusform>%n reminder fell due while Sosmed Desktop was not running.</numerusform>
                <numerusform>%n reminders fell due while Sosmed Desktop was not running.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Agenda for {day}: %n post(s)</source>
            <translation>
                <numerusform>Agenda for {day}: %n post</numerusform>
                <numerusform>Agenda for {day}: %n posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reminder(s)</source>
            <translation>
                <numerusform>%n reminder</numerusform>
                <numerusform>%n reminders</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message numerus="yes">
            <source>%n upcoming</source>
            <translation>
                <numerusform>%n upcoming</numerusform>
                <numerusform>%n upcoming</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missed</source>
            <translation>
                <numerusform>%n missed</numerusform>
                <numerusform>%n missed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RepeatDialog</name>
        <message numerus="yes">
            <source> week(s)</source>
            <translation>
                <numerusform> week</numerusform>
                <numerusform> weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> month(s)</source>
            <translation>
                <numerusform> month</numerusform>
                <numerusform> months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> post(s)</source>
            <translation>
                <numerusform> post</numerusform>
                <numerusform> posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Create %n post(s)</source>
            <translation>
                <numerusform>Create %n post</numerusform>
                <numerusform>Create %n posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n post(s) in the series</source>
            <translation>
                <numerusform>%n post in the series</numerusform>
                <numerusform>%n posts in the series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>this one and %n new draft(s).</source>
            <translation>
                <numerusform>this one and %n new draft.</numerusform>
                <numerusform>this one and %n new drafts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n date(s) fall on a public holiday. The posts are made anyway; move them in the calendar if needed.</source>
            <translation>
                <numerusform>%n date falls on a public holiday. The post is made anyway; move it in the calendar if needed.</numerusform>
                <numerusform>%n dates fall on a public holiday. The posts are made anyway; move them in the calendar if needed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultFilesDialog</name>
        <message numerus="yes">
            <source>Remove {file} (exported {day}) and its %n row(s) of figures? Other exports of the same posts stay. The file can be imported again.</source>
            <translation>
                <numerusform>Remove {file} (exported {day}) and its %n row of figures? Other exports of the same posts stay. The file can be imported again.</numerusform>
                <numerusform>Remove {file} (exported {day}) and its %n rows of figures? Other exports of the same posts stay. The file can be imported again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsImportDialog</name>
        <message numerus="yes">
            <source>Export of {source}, {platform} · %n row(s) · {figures}</source>
            <translation>
                <numerusform>Export of {source}, {platform} · %n row · {figures}</numerusform>
                <numerusform>Export of {source}, {platform} · %n rows · {figures}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tied by their link</source>
            <translation>
                <numerusform>%n tied by their link</numerusform>
                <numerusform>%n tied by their link</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n likely by publish time: choose the post</source>
            <translation>
                <numerusform>%n likely by publish time: choose the post</numerusform>
                <numerusform>%n likely by publish time: choose the post</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not planned in the app</source>
            <translation>
                <numerusform>%n not planned in the app</numerusform>
                <numerusform>%n not planned in the app</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing will be imported while %n row(s) have problems. Fix them in the file, save it and press “Read the file again”.</source>
            <translation>
                <numerusform>Nothing will be imported while %n row have problems. Fix them in the file, save it and press “Read the file again”.</numerusform>
                <numerusform>Nothing will be imported while %n rows have problems. Fix them in the file, save it and press “Read the file again”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n row(s)</source>
            <translation>
                <numerusform>Import %n row</numerusform>
                <numerusform>Import %n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsSection</name>
        <message numerus="yes">
            <source>%n post(s) on {platform}</source>
            <translation>
                <numerusform>%n post on {platform}</numerusform>
                <numerusform>%n posts on {platform}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Direction “{direction}” on {platform}: %n post(s), {measure} {total}</source>
            <translation>
                <numerusform>Direction “{direction}” on {platform}: %n post, {measure} {total}</numerusform>
                <numerusform>Direction “{direction}” on {platform}: %n posts, {measure} {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{platform}: %n post(s)</source>
            <translation>
                <numerusform>{platform}: %n post</numerusform>
                <numerusform>{platform}: %n posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n not planned in the app)</source>
            <translation>
                <numerusform>(%n not planned in the app)</numerusform>
                <numerusform>(%n not planned in the app)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result row(s) imported</source>
            <translation>
                <numerusform>%n result row imported</numerusform>
                <numerusform>%n result rows imported</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message numerus="yes">
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n direction(s)</source>
            <translation>
                <numerusform>%n direction</numerusform>
                <numerusform>%n directions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n data note(s)</source>
            <translation>
                <numerusform>%n data note</numerusform>
                <numerusform>%n data notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SeriesTools</name>
        <message numerus="yes">
            <source>%n new post(s) created in the series.</source>
            <translation>
                <numerusform>%n new post created in the series.</numerusform>
                <numerusform>%n new posts created in the series.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n post(s) of the series moved to the trash.</source>
            <translation>
                <numerusform>%n post of the series moved to the trash.</numerusform>
                <numerusform>%n posts of the series moved to the trash.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n post(s) of the series restored.</source>
            <translation>
                <numerusform>%n post of the series restored.</numerusform>
                <numerusform>%n posts of the series restored.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message numerus="yes">
            <source>Out of date: %n day(s) old (limit {limit})</source>
            <translation>
                <numerusform>Out of date: %n day old (limit {limit})</numerusform>
                <numerusform>Out of date: %n days old (limit {limit})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StudioDialog</name>
        <message numerus="yes">
            <source>%n image(s) exported to {folder}</source>
            <translation>
                <numerusform>%n image exported to {folder}</numerusform>
                <numerusform>%n images exported to {folder}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rendition(s) attached to the post.</source>
            <translation>
                <numerusform>%n rendition attached to the post.</numerusform>
                <numerusform>%n renditions attached to the post.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message numerus="yes">
            <source>Calendar written: {name} (%n post(s))</source>
            <translation>
                <numerusform>Calendar written: {name} (%n post)</numerusform>
                <numerusform>Calendar written: {name} (%n posts)</numerusform>
            </translation>
        </message>
    </context>
</TS>
