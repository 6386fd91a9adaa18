"""Soak test: `app.py` answering 8 clients for N minutes while the corpus is edited and rebuilt.

A private copy of `corpus/` is served by `python app.py` (real model) on a loopback port.
Eight client threads ask questions in a loop through the named `/ask` endpoint. Meanwhile an
editor loop, once a minute, adds an article, edits the one added before, deletes an older
one, and runs `assistant build` in a child process (the server reloads on its own).

Every added or edited article carries a made-up code word that exists nowhere else. Once a
build has swapped its index in (the build process has exited), every question asked until
the next edit must

- find each live code word's article among its passages (a newly added or edited text), and
- never cite an article deleted before the swap.

A reply that breaks either rule counts as a stale answer. Replies to questions that overlap
an edit or a build are not judged (either index is right for them); after every swap the
editor leaves at least `--check-seconds` of judged traffic before its next edit. Any exception, HTTP failure or
error reply to a sensible question counts as an error. The server's RSS is sampled every
10 s and reported at start, middle and end. Results go to `bench/results/soak.json`.

    python -m bench.soak --minutes 30            # the run recorded in docs/reliability.md
    python -m bench.soak --minutes 3 --clients 2 # a quick check
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .common import CHAT_QUESTIONS as QUESTIONS
from .common import REPO, RESULTS, free_port

REQUEST_TIMEOUT = 180.0


SYLLABLES = ["ka", "lo", "mer", "vin", "dus", "tra", "pel", "quo", "zan", "rib", "sol", "gut"]


def code_word(n: int, salt: str) -> str:
    """A made-up word, unique per (n, salt), that no article contains."""
    rng = random.Random(f"{salt}-{n}")
    return "".join(rng.choice(SYLLABLES) for _ in range(4)).capitalize() + "ix"


def article(word: str, n: int) -> str:
    """A short invented article about the agreement named `word` (written for this test)."""
    return (
        f"The {word} agreement on water and transit, number {n}\n\n"
        f"Negotiators from Kazakhstan and Uzbekistan signed the {word} agreement in a border town "
        f"this week, setting shared quotas for river water and rail transit fees.\n\n"
        f"Officials described the {word} agreement as a modest step that leaves the harder questions "
        f"of electricity prices and customs posts for a later round of talks.\n"
    )


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return float("nan")


@dataclass
class Expectation:
    """What a question asked while this is in force (and not `changing`) must see."""

    since: float = 0.0
    generation: int = 0
    version: int = 0  # bumped on every change of the expectation
    changing: bool = True  # the corpus is being edited or rebuilt: replies are not judged
    live: dict[str, str] = field(default_factory=dict)  # code word -> doc_id that holds it
    deleted: set[str] = field(default_factory=set)  # doc ids removed by builds that finished


@dataclass
class Tally:
    answers: int = 0
    refusals: int = 0
    probes: int = 0
    judged: int = 0
    errors: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class Soak:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.root = Path(tempfile.mkdtemp(prefix="soak-"))
        self.corpus = self.root / "corpus"
        self.index = self.root / "index"
        shutil.copytree(REPO / "corpus", self.corpus)
        self.port = args.port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "ASSISTANT_CORPUS_DIR": str(self.corpus),
            "ASSISTANT_INDEX_DIR": str(self.index),
            "GRADIO_ANALYTICS_ENABLED": "False",
            "HF_HUB_OFFLINE": "1",
            "PYTHONPATH": str(REPO),
        }
        for name in ("GRADIO_SERVER_NAME", "ASSISTANT_USERNAME", "ASSISTANT_PASSWORD"):
            self.env.pop(name, None)
        self.expect = Expectation()
        self.expect_lock = threading.Lock()
        self.tally = Tally()
        self.builds: list[dict[str, Any]] = []
        self.rss: list[tuple[float, float]] = []
        self.stop = threading.Event()
        self.edit_words: set[str] = set()
        self.process: subprocess.Popen[bytes] | None = None

    # ------------------------------------------------------------------ server

    def build(self) -> tuple[int, float, str]:
        t0 = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "assistant", "build", "--json"],
            cwd=REPO, env=self.env, capture_output=True, text=True, timeout=900, check=False,
        )
        return done.returncode, time.monotonic() - t0, (done.stdout + done.stderr)[-400:]

    def start_server(self) -> None:
        self.log = open(self.root / "app.log", "wb")
        self.process = subprocess.Popen(
            [sys.executable, str(REPO / "app.py"), "--port", str(self.port), "--no-rebuild"],
            cwd=REPO, env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
        )

    def ask(self, http: Any, question: str, k: int = 5, session: str | None = None) -> tuple[str, Any]:
        """One call of the named `/ask` endpoint; `session` plays gradio_client's one session per client."""
        body: dict[str, Any] = {"data": [question, k, [], []]}
        if session:
            body["session_hash"] = session
        started = http.post("/gradio_api/call/ask", json=body)
        started.raise_for_status()
        event_id = started.json()["event_id"]
        event = None
        with http.stream("GET", f"/gradio_api/call/ask/{event_id}") as stream:
            stream.raise_for_status()
            for line in stream.iter_lines():
                if line.startswith("event: "):
                    event = line[len("event: "):].strip()
                elif line.startswith("data: ") and event in ("complete", "error"):
                    payload = json.loads(line[len("data: "):])
                    return ("complete", payload[0]) if event == "complete" else ("error", payload)
        raise RuntimeError(f"stream ended without a result (last event {event!r})")

    def wait_ready(self, timeout: float = 600.0) -> float:
        import httpx

        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout:
            assert self.process is not None
            if self.process.poll() is not None:
                raise SystemExit(f"app exited with {self.process.returncode}")
            try:
                with httpx.Client(base_url=self.base, timeout=REQUEST_TIMEOUT) as http:
                    if self.ask(http, QUESTIONS[0])[0] == "complete":
                        return time.monotonic() - t0
            except (httpx.HTTPError, OSError, RuntimeError, ValueError):
                pass
            time.sleep(2.0)
        raise SystemExit("app not answering")

    # ------------------------------------------------------------------ loops

    def client(self, number: int) -> None:
        import httpx

        rng = random.Random(number)
        session = f"soak-client-{number}-{os.getpid()}"  # as gradio_client: one session per client
        with httpx.Client(base_url=self.base, timeout=REQUEST_TIMEOUT) as http:
            i = 0
            while not self.stop.is_set():
                i += 1
                with self.expect_lock:
                    expect = Expectation(self.expect.since, self.expect.generation, self.expect.version,
                                         self.expect.changing, dict(self.expect.live), set(self.expect.deleted))
                probe = None
                if expect.live and rng.random() < 0.5:
                    probe = rng.choice(sorted(expect.live))
                    if probe in self.edit_words:
                        question = f"Which side letter, the {probe} agreement, adds rules for seasonal herders?"
                    else:
                        question = f"What did the {probe} agreement settle between Kazakhstan and Uzbekistan?"
                else:
                    question = QUESTIONS[(number + i) % len(QUESTIONS)]
                t0 = time.monotonic()
                try:
                    kind, payload = self.ask(http, question, session=session)
                except Exception as exc:  # counted, never raised in a thread
                    with self.tally.lock:
                        self.tally.errors.append(f"{question[:50]!r}: {exc!r}")
                    time.sleep(1.0)
                    continue
                elapsed = time.monotonic() - t0
                with self.tally.lock:
                    if kind != "complete":
                        self.tally.errors.append(f"{question[:50]!r}: {kind} {str(payload)[:200]}")
                        continue
                    self.tally.answers += 1
                    self.tally.latencies.append(elapsed)
                    docs = [p["doc_id"] for p in payload.get("passages") or []]
                    if not docs:
                        self.tally.errors.append(f"{question[:50]!r}: no passages")
                    with self.expect_lock:
                        moved = self.expect.version != expect.version
                    if expect.changing or moved:
                        continue  # overlapped an edit or a swap: either index is right
                    self.tally.judged += 1
                    gone = sorted(set(docs) & expect.deleted)
                    if gone:
                        self.tally.stale.append(f"gen {expect.generation}: {question[:50]!r} cited deleted {gone}")
                    if probe is not None:
                        self.tally.probes += 1
                        if expect.live[probe] not in docs:
                            self.tally.stale.append(
                                f"gen {expect.generation}: {probe} should find {expect.live[probe]}, got {docs}"
                            )

    def editor(self, deadline: float) -> None:
        """Once a minute: add an article, edit the previous one, delete an older one; rebuild."""
        live: dict[str, str] = {}  # code word -> doc_id
        words_of: dict[str, list[str]] = {}  # doc_id -> its code words
        added: list[str] = []
        deleted: set[str] = set()
        cycle = 0
        while time.monotonic() + 60 < deadline and not self.stop.is_set():
            next_at = time.monotonic() + 60
            cycle += 1
            self._publish(changing=True)
            doc = f"soak-{cycle:03d}"
            word = code_word(cycle, "add")
            (self.corpus / f"{doc}.txt").write_text(article(word, cycle), encoding="utf-8")
            added.append(doc)
            words_of[doc] = [word]
            if len(added) >= 2:  # edit the previous article: a new paragraph, a new code word
                prev = added[-2]
                extra = code_word(cycle, "edit")
                self.edit_words.add(extra)
                with open(self.corpus / f"{prev}.txt", "a", encoding="utf-8") as fh:
                    fh.write(f"\nA side letter, the {extra} agreement, adds rules for seasonal herders; "
                             f"the {extra} agreement takes effect in spring.\n")
                words_of[prev].append(extra)
            if len(added) >= 4:  # delete an older one
                old = added.pop(0)
                (self.corpus / f"{old}.txt").unlink()
                deleted.add(old)
                for w in words_of.pop(old):
                    live.pop(w, None)
            code, seconds, tail = self.build()
            self.builds.append({"cycle": cycle, "returncode": code, "seconds": round(seconds, 1)})
            if code != 0:
                with self.tally.lock:
                    self.tally.errors.append(f"build {cycle} failed: {tail}")
                self._publish(changing=True)  # files edited but not indexed: judge nothing until the next build
            else:
                for d in added:
                    for w in words_of[d]:
                        live[w] = d
                self._publish(changing=False, generation=cycle, live=live, deleted=deleted)
            next_at = max(next_at, time.monotonic() + self.args.check_seconds)
            print(f"[soak] cycle {cycle}: build rc={code} in {seconds:.1f} s; {len(live)} live code words, "
                  f"{len(deleted)} deleted; answers {self.tally.answers}, errors {len(self.tally.errors)}, "
                  f"stale {len(self.tally.stale)}; RSS {rss_mb(self.process.pid) if self.process else 0} MB",
                  flush=True)
            self.stop.wait(max(0.0, next_at - time.monotonic()))

    def _publish(self, *, changing: bool, generation: int | None = None,
                 live: dict[str, str] | None = None, deleted: set[str] | None = None) -> None:
        with self.expect_lock:
            old = self.expect
            self.expect = Expectation(
                time.monotonic(), old.generation if generation is None else generation, old.version + 1, changing,
                dict(old.live if live is None else live), set(old.deleted if deleted is None else deleted),
            )

    def sampler(self) -> None:
        assert self.process is not None
        t0 = time.monotonic()
        while not self.stop.is_set():
            self.rss.append((round(time.monotonic() - t0, 1), rss_mb(self.process.pid)))
            self.stop.wait(10.0)

    # ------------------------------------------------------------------ run

    def run(self) -> dict[str, Any]:
        code, seconds, tail = self.build()
        if code != 0:
            raise SystemExit(f"initial build failed: {tail}")
        print(f"[soak] initial build {seconds:.1f} s in {self.root}", flush=True)
        self.start_server()
        try:
            ready = self.wait_ready()
            self._publish(changing=False)
            print(f"[soak] app answering after {ready:.1f} s on {self.base}", flush=True)
            started = time.monotonic()
            deadline = started + self.args.minutes * 60
            threads = [threading.Thread(target=self.sampler, daemon=True)]
            threads += [threading.Thread(target=self.client, args=(n,), daemon=True) for n in range(self.args.clients)]
            for t in threads:
                t.start()
            self.editor(deadline)
            self.stop.wait(max(0.0, deadline - time.monotonic()))
            self.stop.set()
            for t in threads:
                t.join(REQUEST_TIMEOUT + 10)
            wall = time.monotonic() - started
            if self.process.poll() is not None:
                self.tally.errors.append(f"app exited with {self.process.returncode}")
        finally:
            self.stop.set()
            if self.process and self.process.poll() is None:
                self.process.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.process.wait(30)
                if self.process.poll() is None:
                    self.process.kill()
            self.log.close()
        rss = [r for _, r in self.rss]
        lat = sorted(self.tally.latencies)
        result = {
            "minutes": self.args.minutes,
            "clients": self.args.clients,
            "wall_seconds": round(wall, 1),
            "answers": self.tally.answers,
            "answers_judged": self.tally.judged,
            "probe_questions_judged": self.tally.probes,
            "errors": len(self.tally.errors),
            "stale_answers": len(self.tally.stale),
            "builds": len(self.builds),
            "builds_failed": sum(1 for b in self.builds if b["returncode"] != 0),
            "build_seconds": [b["seconds"] for b in self.builds],
            "rss_mb": {
                "start": rss[0] if rss else None,
                "middle": rss[len(rss) // 2] if rss else None,
                "end": rss[-1] if rss else None,
                "max": max(rss) if rss else None,
            },
            "rss_samples": self.rss,
            "latency_s": {
                "p50": round(lat[len(lat) // 2], 3) if lat else None,
                "p95": round(lat[int(len(lat) * 0.95)], 3) if lat else None,
                "max": round(lat[-1], 3) if lat else None,
            },
            "error_examples": self.tally.errors[:20],
            "stale_examples": self.tally.stale[:20],
        }
        shutil.rmtree(self.root, ignore_errors=True)
        return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Example: nice -n 10 python -m bench.soak --minutes 30")
    parser.add_argument("--minutes", type=float, default=30.0, help="How long the clients ask (default 30).")
    parser.add_argument("--clients", type=int, default=8, help="Concurrent clients (default 8).")
    parser.add_argument("--check-seconds", type=float, default=30.0,
                        help="Judged traffic after each swap before the next edit (default 30).")
    parser.add_argument("--port", type=int, default=0, help="Loopback port (default: a free one).")
    parser.add_argument("--out", type=Path, default=RESULTS / "soak.json", help="Where the JSON goes.")
    args = parser.parse_args(argv)
    result = Soak(args).run()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    short = {k: v for k, v in result.items() if k not in ("rss_samples",)}
    print(json.dumps(short, indent=1))
    return 0 if result["errors"] == 0 and result["stale_answers"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
