from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# Real documents vendored into the repository (each folder's README.md says where they came from):
# the tests need nothing beside the checkout.
CORPUS = REPO / "tests" / "corpus"
POLICY = CORPUS / "policy" / "ganfufa-2019-3.txt"
DATA = Path(__file__).resolve().parent / "data"


def need(path: Path) -> Path:
    """``path``, which must exist: vendored material is part of the repository, so a missing file is a
    failure, never a skip."""
    assert path.exists(), f"test material missing from the repository: {path}"
    return path


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory):
    # jieba's prefix cache goes to a per-session folder, never the user's home
    os.environ["GWLINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("gwlint-cache"))


def run_cli(*args: str, cwd: Path | None = None, input: bytes | None = None,
            env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real console entry point in a new process (``env``: extra variables)."""
    return subprocess.run([sys.executable, "-m", "gwlint", *args], capture_output=True, cwd=cwd,
                          input=input, env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}, timeout=300)


def libreoffice_missing() -> str | None:
    """Why the LibreOffice tests cannot run here (None when they can): soffice, and a CJK font so
    that the PDFs it writes carry real Chinese text (.ci/run installs both)."""
    import shutil

    if shutil.which("soffice") is None:
        return "LibreOffice (soffice) not installed"
    fc = shutil.which("fc-list")
    if fc is None or not subprocess.run([fc, ":lang=zh"], capture_output=True).stdout.strip():
        return "no CJK font for LibreOffice (apt-get install fonts-wqy-microhei)"
    return None
