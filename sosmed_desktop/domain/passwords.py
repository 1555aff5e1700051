"""Password hashes with the standard library's scrypt and a salt per password.

Stored as ``scrypt$<n>$<r>$<p>$<salt>$<hash>`` (base64), so that the cost can be
raised without invalidating the hashes already stored: a hash made at a lower
cost still verifies and is made again at the current cost at the person's next
successful sign-in (`needs_rehash`).  Verification compares in constant time.
The cost is OWASP's recommendation for scrypt (N = 2^17, r = 8, p = 1): 128 MiB
of memory and about half a second to a second per sign-in on an office PC.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

SCHEME = "scrypt"
N, R, P = 2**17, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
MAX_MEMORY = 256 * 1024 * 1024
"""scrypt needs 128·N·r bytes (128 MiB); a stored hash asking for more is refused."""
MIN_LENGTH = 8
MAX_LENGTH = 200


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES, maxmem=MAX_MEMORY
    )


def hash_password(password: str) -> str:
    """A new salted hash of `password` for storing."""
    salt = secrets.token_bytes(SALT_BYTES)
    return "$".join(
        (SCHEME, str(N), str(R), str(P), _b64(salt), _b64(_derive(password, salt, N, R, P)))
    )


def verify_password(password: str, stored: str | None) -> bool:
    """Whether `password` matches the `stored` hash (False for a missing or foreign one)."""
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != SCHEME:
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = _derive(password, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str | None) -> bool:
    """Whether a (verified) hash was made at another cost than today's."""
    parts = (stored or "").split("$")
    return len(parts) != 6 or parts[:4] != [SCHEME, str(N), str(R), str(P)]


def dummy_hash() -> str:
    """Compared against when the username is unknown, so that the answer takes as long."""
    return "$".join(
        (SCHEME, str(N), str(R), str(P), _b64(b"\0" * SALT_BYTES), _b64(b"\0" * KEY_BYTES))
    )
