"""Where the chat server's memory goes: the real app in this process, asked through Gradio, with reloads.

Serves the chat (real model, `assistant.app.web`) on a loopback port inside this process, lets
`--clients` threads ask through the named `/ask` endpoint (one Gradio session each, as
gradio_client and the soak do) and, every `--reload-every` questions, edits an article and
rebuilds in a child process so that the server swaps in a new index. At each checkpoint it
records RSS (anonymous and file-backed), glibc's heap (`mallinfo2`: in use vs held), the RSS
that `malloc_trim(0)` gives back, the Python objects whose count grew most since the first
checkpoint, and (with `--tracemalloc`) the source lines whose allocations grew most.
Python-level growth shows in the object counts and tracemalloc; allocator fragmentation shows
as heap held but not in use, returned by `malloc_trim`.

    python -m bench.memory_probe --questions 3000 --reload-every 500   # results: bench/results/memory_probe.json
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from .common import CHAT_QUESTIONS as QUESTIONS
from .common import REPO, RESULTS, free_port


def proc_status() -> dict[str, float]:
    """VmRSS, RssAnon and RssFile of this process in MB."""
    out: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "RssAnon", "RssFile"):
            out[key] = round(int(value.split()[0]) / 1024, 1)
    return out


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


def heap() -> dict[str, float]:
    """glibc heap in MB: `held` (arenas + mmapped blocks) and `in_use` (allocated chunks)."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _Mallinfo2
        info = libc.mallinfo2()
    except (OSError, AttributeError):
        return {}
    mb = 1024 * 1024
    return {"held": round((info.arena + info.hblkhd) / mb, 1), "in_use": round((info.uordblks + info.hblkhd) / mb, 1),
            "free_in_arenas": round(info.fordblks / mb, 1)}


def malloc_trim() -> float:
    """RSS (MB) given back by glibc's malloc_trim(0)."""
    before = proc_status()["VmRSS"]
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        return 0.0
    return round(before - proc_status()["VmRSS"], 1)


def anon_regions() -> dict[str, list[float]]:
    """Resident anonymous memory (MB) by kind of mapping, as [count, RSS]: glibc's thread arenas
    (64 MiB-aligned reservations), thread stacks (8 MiB after a guard page), the main heap, and
    other blocks by size (large malloc blocks, libraries' own buffers)."""
    maps: list[tuple[int, int, str, str, int]] = []  # start, end, perms, name, rss kB
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
            lo, hi = (int(x, 16) for x in head[0].split("-"))
            maps.append((lo, hi, head[1], head[5] if len(head) > 5 else "", 0))
        elif head and head[0] == "Rss:" and maps:
            lo, hi, perms, name, _ = maps[-1]
            maps[-1] = (lo, hi, perms, name, int(head[1]))
    groups: dict[str, list[float]] = {}
    for i, (lo, hi, perms, name, kb) in enumerate(maps):
        if not kb or (name and name not in ("[heap]", "[stack]")):
            continue
        nxt = maps[i + 1] if i + 1 < len(maps) else None
        prev = maps[i - 1] if i else None
        if name:
            kind = name
        elif lo % (64 << 20) == 0 and (hi == lo + (64 << 20) or (nxt and nxt[0] == hi and nxt[2] == "---p"
                                                                  and nxt[1] - lo == (64 << 20))):
            kind = "thread arena"
        elif prev and prev[1] == lo and prev[2] == "---p" and prev[1] - prev[0] <= 65536 and hi - lo >= (1 << 20):
            kind = f"thread stack ({(hi - lo) >> 20} MiB)"
        else:
            kind = f"other {(hi - lo) >> 20} MiB" if hi - lo >= (1 << 20) else "other < 1 MiB"
        entry = groups.setdefault(kind, [0, 0.0])
        entry[0] += 1
        entry[1] = round(entry[1] + kb / 1024, 1)
    return dict(sorted(groups.items(), key=lambda kv: -kv[1][1]))


def type_counts() -> collections.Counter[str]:
    gc.collect()
    return collections.Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in gc.get_objects())


class Probe:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.root = Path(args.root) if args.root else Path(tempfile.mkdtemp(prefix="memprobe-"))
        self.corpus, self.index = self.root / "corpus", self.root / "index"
        if not self.corpus.exists():
            shutil.copytree(REPO / "corpus", self.corpus)
        os.environ.update({"ASSISTANT_CORPUS_DIR": str(self.corpus), "ASSISTANT_INDEX_DIR": str(self.index),
                           "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1"})
        self.asked = 0
        self.errors: list[str] = []
        self.lock = threading.Lock()
        self.checkpoints: list[dict[str, Any]] = []
        self.baseline: collections.Counter[str] | None = None
        self.traced: Any = None

    def build(self, n: int) -> float:
        if n:
            (self.corpus / "probe-note.txt").write_text(
                f"Probe note {n}\n\nA made-up note, version {n}, about river water quotas between Kazakhstan "
                f"and Uzbekistan, written for the memory probe.\n", encoding="utf-8")
        t0 = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "assistant", "build"], cwd=REPO, capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
        if done.returncode:
            raise SystemExit(f"build failed: {done.stderr[-400:]}")
        return time.monotonic() - t0

    def checkpoint(self, label: str) -> None:
        status = proc_status()
        entry: dict[str, Any] = {"label": label, "asked": self.asked, **status, "heap": heap(),
                                 "threads": threading.active_count(), "anon": anon_regions()}
        counts = type_counts()
        if self.baseline is None:
            self.baseline = counts
        grown = (counts - self.baseline).most_common(12)
        entry["objects"] = sum(counts.values())
        entry["objects_grown"] = grown
        entry["loaded_indexes_alive"] = counts.get("assistant.store.index.LoadedIndex", 0)
        entry["snapshots_alive"] = counts.get("assistant.service.Snapshot", 0)
        if self.args.tracemalloc:
            import tracemalloc

            snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
            if self.traced is None:
                self.traced = snap
            entry["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
            entry["tracemalloc_top"] = [
                f"{s.size_diff / 1024:+.0f} KiB {s.count_diff:+d} {s.traceback[0].filename.split('site-packages/')[-1]}:{s.traceback[0].lineno}"
                for s in snap.compare_to(self.traced, "lineno")[:10]
            ]
        entry["trimmed_mb"] = malloc_trim()
        entry["VmRSS_after_trim"] = proc_status()["VmRSS"]
        self.checkpoints.append(entry)
        print(f"[probe] {label}: asked {self.asked}, RSS {status['VmRSS']} (anon {status.get('RssAnon')}, "
              f"file {status.get('RssFile')}), heap {entry['heap']}, trim gave {entry['trimmed_mb']} MB, "
              f"objects {entry['objects']}, indexes alive {entry['loaded_indexes_alive']}; grown {grown[:6]}; "
              f"threads {entry['threads']}; anon {list(entry['anon'].items())[:8]}",
              flush=True)

    def client(self, number: int, base: str, stop: threading.Event) -> None:
        import httpx

        session = f"probe-{number}"
        with httpx.Client(base_url=base, timeout=300) as http:
            i = number
            while not stop.is_set():
                i += 1
                try:
                    started = http.post("/gradio_api/call/ask", json={
                        "data": [QUESTIONS[i % len(QUESTIONS)], 5, [], []], "session_hash": session})
                    started.raise_for_status()
                    event = None
                    with http.stream("GET", f"/gradio_api/call/ask/{started.json()['event_id']}") as stream:
                        for line in stream.iter_lines():
                            if line.startswith("event: "):
                                event = line[7:].strip()
                    if event != "complete":
                        raise RuntimeError(f"last event {event}")
                except Exception as exc:  # counted
                    with self.lock:
                        self.errors.append(repr(exc)[:200])
                    continue
                with self.lock:
                    self.asked += 1

    def run(self) -> dict[str, Any]:
        if not (self.index / "manifest.json").exists():
            print(f"[probe] initial build {self.build(0):.1f} s", flush=True)
        if self.args.tracemalloc:
            import tracemalloc

            tracemalloc.start(1)
        before_import = proc_status()["VmRSS"]
        from assistant.app.web import AssistantHolder, build_app, launch
        from assistant.settings import Settings

        settings = Settings.from_env()
        holder = AssistantHolder(settings, rebuild=False, start=False)
        demo = build_app(holder, settings)
        port = free_port()
        launch(demo, port=port, block=False, quiet=True, max_sessions=settings.max_sessions)
        holder.start()
        holder.get(600)
        base = f"http://127.0.0.1:{port}"
        modules = sorted(m for m in ("torch", "sentence_transformers", "transformers", "pandas", "matplotlib")
                         if m in sys.modules)
        print(f"[probe] RSS {before_import} MB before imports; heavy modules loaded: {modules}", flush=True)
        stop = threading.Event()
        threads = [threading.Thread(target=self.client, args=(n, base, stop), daemon=True)
                   for n in range(self.args.clients)]
        for t in threads:
            t.start()
        while self.asked < self.args.warmup:
            time.sleep(0.2)
        self.checkpoint("warm")
        next_reload, reloads, builds = self.args.reload_every, 0, []
        next_check = self.asked + self.args.check_every
        while self.asked < self.args.questions:
            time.sleep(0.2)
            if self.args.reload_every and self.asked >= next_reload:
                reloads += 1
                builds.append(round(self.build(reloads), 1))
                next_reload = self.asked + self.args.reload_every
            if self.asked >= next_check:
                self.checkpoint(f"after {self.asked}")
                next_check = self.asked + self.args.check_every
        stop.set()
        for t in threads:
            t.join(300)
        self.checkpoint("end")
        demo.close()
        return {"questions": self.asked, "clients": self.args.clients, "reloads": reloads, "build_seconds": builds,
                "errors": len(self.errors), "error_examples": self.errors[:5], "heavy_modules": modules,
                "rss_before_imports_mb": before_import, "malloc_arena_max": os.environ.get("MALLOC_ARENA_MAX"),
                "checkpoints": self.checkpoints}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Example: python -m bench.memory_probe --questions 3000 --reload-every 500")
    parser.add_argument("--questions", type=int, default=3000, help="Questions to ask in all (default 3000).")
    parser.add_argument("--clients", type=int, default=8, help="Client threads, one Gradio session each (default 8).")
    parser.add_argument("--reload-every", type=int, default=500, help="Rebuild after this many questions (0: never).")
    parser.add_argument("--check-every", type=int, default=500, help="Checkpoint after this many questions.")
    parser.add_argument("--warmup", type=int, default=100, help="Questions before the first checkpoint.")
    parser.add_argument("--tracemalloc", action="store_true", help="Trace Python allocations (slower).")
    parser.add_argument("--root", help="Reuse this folder (corpus/ and index/) instead of a fresh copy.")
    parser.add_argument("--out", type=Path, default=RESULTS / "memory_probe.json", help="Where the JSON goes.")
    args = parser.parse_args(argv)
    result = Probe(args).run()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
