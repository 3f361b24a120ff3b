"""Encrypts OAuth tokens at rest with MultiFernet keys from QBOT_TOKEN_KEYS (newest first)."""

from __future__ import annotations

from collections.abc import Callable

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from core.errors import ConfigurationError

SETTING = "QBOT_TOKEN_KEYS"


class TokenCipher:
    """Encrypts with the newest key, decrypts with any listed key, re-encrypts on rotation."""

    def __init__(self, keys: list[Fernet]) -> None:
        if not keys:
            raise ConfigurationError(f"setting {SETTING} is missing: run `qbot keys generate`")
        self._fernet = MultiFernet(keys)
        self.key_count = len(keys)

    @classmethod
    def from_setting(cls, keys: str | None) -> TokenCipher:
        """Parse comma-separated Fernet keys; a malformed one raises ConfigurationError.

        The message names the setting and the key's position, never the key itself.
        """
        parts = [k.strip() for k in (keys or "").split(",") if k.strip()]
        fernets: list[Fernet] = []
        for position, key in enumerate(parts, start=1):
            try:
                fernets.append(Fernet(key.encode("ascii")))
            except (ValueError, UnicodeEncodeError):
                raise ConfigurationError(
                    f"setting {SETTING} is invalid: key #{position} is not a Fernet key "
                    "(32 url-safe base64-encoded bytes; `qbot keys generate` makes one)"
                ) from None
        return cls(fernets)  # no keys at all: __init__ says how to make one

    @staticmethod
    def generate_key() -> str:
        """A new random Fernet key, to put first in QBOT_TOKEN_KEYS."""
        return Fernet.generate_key().decode("ascii")

    def encrypt(self, plaintext: str) -> str:
        """Ciphertext (url-safe text) of `plaintext` under the newest key."""
        return self._fernet.encrypt(plaintext.encode("utf-8")).decode("ascii")

    def decrypt(self, ciphertext: str) -> str:
        """The plaintext; raises ConfigurationError when no listed key opens it."""
        hint = "was a key removed before `qbot keys rotate` ran?"
        return self._open(self._fernet.decrypt, ciphertext, hint).decode("utf-8")

    def rotate(self, ciphertext: str) -> str:
        """The same plaintext re-encrypted under the newest key."""
        hint = "keep the old key listed (after the new one) until rotation finishes"
        return self._open(self._fernet.rotate, ciphertext, hint).decode("ascii")

    @staticmethod
    def _open(op: Callable[[bytes], bytes], ciphertext: str, hint: str) -> bytes:
        """`op` on the ciphertext; a blob no key opens raises ConfigurationError, never echoed."""
        try:
            return op(ciphertext.encode("ascii"))
        except (InvalidToken, UnicodeEncodeError):
            raise ConfigurationError(
                f"a stored token cannot be decrypted with {SETTING}: {hint}"
            ) from None
