"""Every sentence belegbot shows a user, per language, as TOML templates.

``prompts/<lang>/<area>.toml`` holds ``key = "template with {placeholders}"``; look a template up as
``text("area.key", lang, **values)``. English is the fallback for a key a language lacks.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "de")
_ROOT = Path(__file__).parent


@cache
def _templates(lang: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for path in sorted((_ROOT / lang).glob("*.toml")):
        with path.open("rb") as handle:
            for key, value in tomllib.load(handle).items():
                table[f"{path.stem}.{key}"] = value
    return table


def text(key: str, lang: str = "en", /, **values: object) -> str:
    """The template ``key`` ("area.name") in ``lang`` (else English), filled with ``values``."""
    lang = lang if lang in LANGUAGES else "en"
    template = _templates(lang).get(key) or _templates("en").get(key)
    if template is None:
        raise KeyError(f"no prompt {key!r} in prompts/{lang}/ or prompts/en/")
    return template.format(**values) if values else template
