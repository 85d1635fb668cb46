"""Every data folder beside the code is shipped with its package: an editable install finds the tables anyway, a
wheel only those pyproject's package-data names."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_data_folder_of_a_package_is_in_its_package_data() -> None:
    shipped = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    folders = [p for p in (ROOT / "retrieval").rglob("data") if p.is_dir() and any(p.iterdir())]
    packages = {".".join(p.parent.relative_to(ROOT).parts) for p in folders}
    assert packages and {name for name in packages if "data/*" not in shipped.get(name, [])} == set()
