"""A stand-in PostgreSQL server on 127.0.0.1 for the failures a real test server cannot show.

The shared test server trusts every local connection, so a wrong password
cannot be had from it.  `FakePostgres` speaks just enough of the protocol: it
declines SSL/GSS encryption, asks for a clear-text password and answers it with
PostgreSQL's own error ("password authentication failed", SQLSTATE 28P01).
With ``silent=True`` it accepts connections and never answers (a timeout).
"""

from __future__ import annotations

import socket
import struct
import threading

SSL_REQUEST, GSS_REQUEST = 80877103, 80877104


class FakePostgres:
    """Listens on a free port of 127.0.0.1 until `close()`."""

    def __init__(self, *, silent: bool = False) -> None:
        self.silent = silent
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self._open: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def url(self, database: str = "sosmed", user: str = "petugas") -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def _serve(self) -> None:
        while True:
            try:
                conn, _addr = self.sock.accept()
            except OSError:
                return
            self._open.append(conn)
            if not self.silent:
                threading.Thread(target=self._refuse, args=(conn,), daemon=True).start()

    def _refuse(self, conn: socket.socket) -> None:
        try:
            while True:
                length, code = struct.unpack("!ii", _read(conn, 8))
                _read(conn, length - 8)
                if code in (SSL_REQUEST, GSS_REQUEST):
                    conn.sendall(b"N")
                    continue
                break
            conn.sendall(b"R" + struct.pack("!ii", 8, 3))  # clear-text password, please
            kind = _read(conn, 1)
            (length,) = struct.unpack("!i", _read(conn, 4))
            _read(conn, length - 4)
            if kind == b"p":
                fields = b"".join(
                    tag + value + b"\0"
                    for tag, value in (
                        (b"S", b"FATAL"),
                        (b"V", b"FATAL"),
                        (b"C", b"28P01"),
                        (b"M", b'password authentication failed for user "petugas"'),
                    )
                )
                body = fields + b"\0"
                conn.sendall(b"E" + struct.pack("!i", len(body) + 4) + body)
        except (OSError, struct.error):
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self.sock.close()
        for conn in self._open:
            conn.close()


def _read(conn: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = conn.recv(size - len(data))
        if not chunk:
            raise OSError("closed")
        data += chunk
    return data
