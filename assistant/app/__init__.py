"""App: the thin layers on top of the pipeline (command line, web chat, corpus watcher)."""
