"""Helpers for the web tests: Debian's Chromium, a hostile test article, the app served in a thread."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import socket
import subprocess
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
# As root in a container, with no network: no sandbox, no GPU, no calls home.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]

HOSTILE_FILE = "hostile-page.txt"
HOSTILE_DOC_ID = "hostile-page"
HOSTILE_TITLE = 'A hostile page <img src=x onerror="window.__pwned=3"> about ${Astana}'
HOSTILE_TEXT = """A hostile page about Kazakhstan

This test article about Kazakhstan and Astana hides a script, <script>window.__pwned = 1</script>, and an image, <img src=x onerror="window.__pwned=2">, inside its text.

It also carries ${window.__pwned=4}, {{constructor.constructor('window.__pwned=5')()}}, $$x^2$$, `code` and [a link](javascript:window.__pwned=6) to tempt any template, LaTeX or Markdown layer.
"""


def ensure_chromium() -> str:
    """Debian's Chromium, installed with apt-get when missing; skip (fail in CI) if that is impossible."""
    if Path(CHROMIUM).exists():
        return CHROMIUM
    reason = ""
    if shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        # a machine whose packages were left half upgraded refuses any install until they are mended ("Unmet dependencies")
        for cmd in (["apt-get", "update", "-q"], ["apt-get", "--fix-broken", "install", "-y", "-q"],
                    ["apt-get", "install", "-y", "-q", "chromium"]):
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900, check=False)
            if done.returncode:
                reason = f"`{' '.join(cmd)}` failed: {(done.stderr or done.stdout).strip().splitlines()[-1:]}"
                break
    else:
        reason = "apt-get is not available"
    if Path(CHROMIUM).exists():
        return CHROMIUM
    message = f"Debian's Chromium ({CHROMIUM}) is missing and could not be installed: {reason or 'unknown reason'}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)
    raise AssertionError("unreachable")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def add_hostile_article(corpus_dir: Path) -> None:
    """A corpus article (and metadata title) full of markup that must only ever be shown as text."""
    (corpus_dir / HOSTILE_FILE).write_text(HOSTILE_TEXT, encoding="utf-8")
    meta_path = corpus_dir / "metadata.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    meta[HOSTILE_FILE] = {"title": HOSTILE_TITLE, "publisher": "<b>Evil</b> & Co"}
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")


class ForcedAbstention:
    """A test double around a real Assistant: abstains on the given questions, otherwise unchanged."""

    def __init__(self, bot: Any, questions: Collection[str]) -> None:
        self._bot = bot
        self._questions = set(questions)

    def ask(self, question: str, *args: Any, **kwargs: Any) -> Any:
        answer = self._bot.ask(question, *args, **kwargs)
        if question in self._questions:
            return dataclasses.replace(answer, abstained=True)
        return answer

    def __getattr__(self, name: str) -> Any:
        return getattr(self._bot, name)


class ServedApp:
    """The chat page of `holder`, served by Gradio in this process on a free loopback port."""

    def __init__(self, holder: Any, settings: Any, auth: tuple[str, str] | None = None) -> None:
        from assistant.app.web import build_app, launch

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.demo = build_app(holder, settings)
        launch(self.demo, host="127.0.0.1", port=self.port, auth=auth, block=False, quiet=True)

    def close(self) -> None:
        self.demo.close()
