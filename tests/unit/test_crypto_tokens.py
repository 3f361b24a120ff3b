"""TokenCipher: round trip, key rotation, malformed keys (never echoed)."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from core.adapters.crypto import TokenCipher
from core.errors import ConfigurationError


def test_round_trip_and_ciphertext_hides_the_token() -> None:
    cipher = TokenCipher.from_setting(TokenCipher.generate_key())
    blob = cipher.encrypt("secret-access-token")
    assert "secret-access-token" not in blob
    assert cipher.decrypt(blob) == "secret-access-token"
    assert cipher.encrypt("secret-access-token") != blob  # random IV each time


def test_rotation_reencrypts_under_the_newest_key() -> None:
    old, new = TokenCipher.generate_key(), TokenCipher.generate_key()
    blob = TokenCipher.from_setting(old).encrypt("refresh-me")
    both = TokenCipher.from_setting(f"{new}, {old}")
    assert both.key_count == 2
    assert both.decrypt(blob) == "refresh-me"  # an old-key blob still opens
    rotated = both.rotate(blob)
    assert TokenCipher.from_setting(new).decrypt(rotated) == "refresh-me"
    with pytest.raises(ConfigurationError, match="QBOT_TOKEN_KEYS"):
        TokenCipher.from_setting(new).decrypt(blob)
    with pytest.raises(ConfigurationError, match="keep the old key listed") as info:
        TokenCipher.from_setting(new).rotate(blob)  # the old key was dropped too soon
    assert blob not in str(info.value)


def test_malformed_key_names_the_setting_not_the_key() -> None:
    good = TokenCipher.generate_key()
    bad = "not-a-fernet-key-but-a-secret-value"
    with pytest.raises(ConfigurationError) as info:
        TokenCipher.from_setting(f"{good},{bad}")
    message = str(info.value)
    assert "QBOT_TOKEN_KEYS" in message and "#2" in message
    assert bad not in message and good not in message


@pytest.mark.parametrize("value", [None, "", " , "])
def test_missing_keys_say_how_to_make_one(value: str | None) -> None:
    with pytest.raises(ConfigurationError, match="qbot keys generate"):
        TokenCipher.from_setting(value)


def test_generated_key_is_a_fernet_key() -> None:
    Fernet(TokenCipher.generate_key().encode())


def test_decrypting_garbage_does_not_echo_it() -> None:
    cipher = TokenCipher.from_setting(TokenCipher.generate_key())
    with pytest.raises(ConfigurationError) as info:
        cipher.decrypt("gAAAAA-garbage-ciphertext")
    assert "garbage" not in str(info.value)
