"""The Gradio web chat: layout and formatting only; all logic lives in the `assistant` package."""

from __future__ import annotations

import argparse
import os


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the cited-passage chat on http://127.0.0.1:7860.")
    parser.add_argument("--host", default=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"), help="Address to bind (default 127.0.0.1).")
    parser.add_argument("--port", type=int, default=int(os.environ.get("GRADIO_SERVER_PORT", "7860")), help="Port (default 7860).")
    parser.add_argument("--no-rebuild", action="store_true", help="Refuse a missing or stale index instead of rebuilding it.")
    args = parser.parse_args(argv)
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from assistant.web import serve

    serve(host=args.host, port=args.port, rebuild=not args.no_rebuild)


if __name__ == "__main__":
    main()
