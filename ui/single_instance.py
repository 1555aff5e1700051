"""One running instance per data folder.

A QLockFile inside the data folder guards the database; a QLocalServer named
after the folder lets a second start ask the first window to come forward.  The
window takes the lock before anything else and starts the server after its
first paint (QtNetwork is not needed to paint); a second start meanwhile keeps
asking (`wait_for_other`).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal

from sosmed_desktop.errors import DataDirError

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

ACTIVATE = b"activate"


def server_name(data_dir: Path) -> str:
    """A per-user, per-folder name for the local server.

    The SHA-1 of the folder's path, by Qt (Python's hashlib would load OpenSSL
    before the first paint): the same name as ``hashlib.sha1(...).hexdigest()``.
    """
    path = str(data_dir.resolve()).encode("utf-8")
    digest = QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha1).toHex()
    return f"sosmed-desktop-{bytes(digest.data()).decode('ascii')[:16]}"


class SingleInstance(QObject):
    """Holds the data folder's lock and listens for later starts."""

    activate_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = data_dir
        self._lock = QLockFile(str(data_dir / ".instance.lock"))
        self._lock.setStaleLockTime(0)
        self._name = server_name(data_dir)
        self._server: QLocalServer | None = None

    def acquire(self, timeout_ms: int = 200, *, listen: bool = True) -> bool:
        """Take the lock and (unless told not to yet) listen; False if another instance
        has it.

        A lock that cannot even be written (full disk, no permission) is not
        "another instance": that is reported as a data-folder problem.
        """
        if not self._lock.tryLock(timeout_ms):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                raise DataDirError(path=str(self._folder), detail="its lock file cannot be written")
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer later starts (once the lock is held)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        server.listen(self._name)
        self._server = server

    def wait_for_other(self, timeout_ms: int = 5000) -> str:
        """After a refused `acquire`: "notified" once the running instance took the
        request to come forward, "acquired" if it closed meanwhile and the lock is
        ours (not yet listening), "no answer" after `timeout_ms`.

        The other instance may be closing (it stops listening, then frees the
        lock) or still starting (it listens after its first paint).
        """
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            if self.notify_running():
                return "notified"
            if self.acquire(250, listen=False):
                return "acquired"
            if time.monotonic() >= deadline:
                return "no answer"

    def notify_running(self, timeout_ms: int = 1000) -> bool:
        """Ask the running instance to bring its window forward."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def stop_listening(self) -> None:
        """Stop answering later starts (while closing; they then wait for the lock)."""
        if self._server is not None:
            self._server.close()
            self._server = None

    def release(self) -> None:
        """Stop listening and free the lock (at exit)."""
        self.stop_listening()
        self._lock.unlock()

    def _on_connection(self) -> None:
        """Read the short message of a second start (it writes right after connecting)."""
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            if socket.bytesAvailable() or socket.waitForReadyRead(500):
                message = bytes(socket.readAll().data())
                if ACTIVATE in message:
                    self.activate_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()
