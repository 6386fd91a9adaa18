"""Start the web chat: `python app.py [--host H] [--port P]` (layout and logic live in `assistant`)."""

from __future__ import annotations

import argparse
import os
import sys


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Serve the cited-passage chat (default http://127.0.0.1:7860).",
        epilog="Example: ASSISTANT_USERNAME=me ASSISTANT_PASSWORD=secret python app.py --port 8000",
    )
    parser.add_argument("--host", default=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"),
                        help="Address to bind (default 127.0.0.1; 0.0.0.0 exposes it to the network).")
    parser.add_argument("--port", type=int, default=int(os.environ.get("GRADIO_SERVER_PORT", "7860")),
                        help="Port (default 7860).")
    parser.add_argument("--no-rebuild", action="store_true",
                        help="Refuse a missing or stale index instead of rebuilding it.")
    parser.add_argument("--require-auth", action="store_true",
                        help="Refuse to start unless ASSISTANT_USERNAME and ASSISTANT_PASSWORD are set.")
    args = parser.parse_args(argv)
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is imported
    from assistant.app.web import serve
    from assistant.errors import AssistantError

    try:
        serve(host=args.host, port=args.port, rebuild=not args.no_rebuild, require_auth=args.require_auth)
    except AssistantError as exc:
        sys.exit(f"error: {exc}")


if __name__ == "__main__":
    main()
