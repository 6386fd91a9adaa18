"""Feedback from the page: a like or dislike becomes a JSONL record shaped like a question set."""

import json
import os
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from ...settings import Settings

__all__ = ["FEEDBACK_FILE", "FeedbackLog", "feedback_record"]

FEEDBACK_FILE = "feedback.jsonl"


# --------------------------------------------------------------------------- feedback


def feedback_record(turn: dict[str, Any], verdict: str, *, now: float | None = None) -> dict[str, Any]:
    """One feedback line, shaped like the question sets (eval/*.jsonl) so it can become a question."""
    answer = turn.get("answer") or {}
    return {
        "id": turn.get("id") or f"fb-{uuid.uuid4().hex[:12]}",
        "question": turn.get("question", ""),
        "answers": [],  # to be filled in by an evaluator who turns this into a test question
        "history": list(turn.get("history") or []),
        "kind": "feedback",
        "verdict": verdict,
        "abstained": bool(answer.get("abstained", False)),
        "resolved_question": answer.get("resolved_question"),
        "passages": [
            {k: p.get(k) for k in ("rank", "doc_id", "start", "end", "score", "text")}
            for p in answer.get("passages", [])
        ],
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(now)),
    }


class FeedbackLog:
    """Appends feedback records to a JSONL file, one whole line per write.

    Past `max_bytes` the file is renamed to a dated one (`feedback-YYYYMMDD-HHMMSS-micro.jsonl`)
    and a new one is begun; only the `keep` newest dated files are kept, so the log never
    holds more than about (keep + 1) * max_bytes.
    """

    def __init__(self, path: Path, max_bytes: int = 10_000_000, keep: int = 10) -> None:
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.keep = keep
        self._lock = threading.Lock()

    @classmethod
    def for_settings(cls, settings: Settings) -> "FeedbackLog":
        folder = Path(settings.feedback_dir) if settings.feedback_dir else Path(settings.index_dir)
        return cls(folder / FEEDBACK_FILE, settings.feedback_max_bytes, settings.feedback_keep)

    def rotated(self) -> list[Path]:
        """The dated files, oldest first."""
        return sorted(self.path.parent.glob(f"{self.path.stem}-*{self.path.suffix}"))

    def append(self, record: dict[str, Any]) -> None:
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        if len(line) > self.max_bytes // 2:  # a monster record keeps its verdict, not its bulk
            small = {key: record.get(key) for key in ("id", "kind", "verdict", "time")}
            small.update(question=str(record.get("question", ""))[:500], answers=[], history=[], truncated=True)
            line = (json.dumps(small, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                size = self.path.stat().st_size
            except FileNotFoundError:
                size = 0
            if size and size + len(line) > self.max_bytes:
                self._rotate()
            with self.path.open("ab") as fh:
                fh.write(line)

    def _rotate(self) -> None:
        now = time.time()
        micro = int(now * 1_000_000) % 1_000_000
        while True:
            stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now)) + f"-{micro:06d}"
            target = self.path.with_name(f"{self.path.stem}-{stamp}{self.path.suffix}")
            if not target.exists():
                break
            micro += 1
            if micro == 1_000_000:
                now, micro = now + 1, 0
        os.replace(self.path, target)
        for old in self.rotated()[: -self.keep]:
            old.unlink(missing_ok=True)


def _verdict(liked: Any) -> str:
    if liked is True:
        return "like"
    if liked is False:
        return "dislike"
    return str(liked) if liked else "cleared"
