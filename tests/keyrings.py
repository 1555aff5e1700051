"""Password stores for the tests: never the PC's real keyring.

`MemoryKeyring` keeps passwords in a dict (set with ``keyring.set_keyring``);
the session fixture in conftest installs a fresh one for every test, and
``PYTHON_KEYRING_BACKEND`` points the processes the tests start (e2e) at
keyring's "fail" backend.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
