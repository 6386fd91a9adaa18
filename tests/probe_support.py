"""The probe of articles from kinds of sites never seen (tests/fixtures/probe): chrome left in passages, prose lost."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

PROBE = Path(__file__).resolve().parent / "fixtures" / "probe"
_FOOTNOTE_MARK = re.compile(r"(?<=[a-zA-Z]{2}[.!?])\d{1,2}(?=\s|$)|(?<=\b20\d\d\.)\d(?=\s)")  # "China.1 Since": a note's mark, not text
_SENTENCE = re.compile(r"(?<=[.!?…»\"”])\s+(?=[A-ZА-ЯЁ«\"“]|\d{1,2} [A-ZА-ЯЁ])")


def expected() -> dict[str, dict]:
    data = json.loads((PROBE / "expected.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def squeeze(text: str) -> str:
    """Letters and figures only, lower case: line breaks, hyphenation and markup do not count."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _plain(line: str) -> str:
    from assistant.ingest.boilerplate import _plain as plain

    return plain(line)


@dataclass(frozen=True)
class Probe:
    documents: dict  # file name -> Document
    passages: dict[str, list[str]]  # file name -> passage texts

    def chrome_left(self) -> list[str]:
        out = []
        for name, spec in expected().items():
            blocks = {squeeze(b) for p in self.passages[name] for b in re.split(r"\n+", p)}
            flat = squeeze(" ".join(self.passages[name]))
            for line in spec["chrome"]:
                key = squeeze(_plain(line))
                if not key:  # nothing visible ("[](https://...)"): the markup itself must be gone
                    key = squeeze(line)
                    if key and key in flat:
                        out.append(f"{name}: {line}")
                    continue
                if key in blocks or (len(_plain(line).split()) >= 3 and key in flat):
                    out.append(f"{name}: {line}")
        return out

    def prose_sentences(self) -> dict[str, list[str]]:
        """Every sentence of the article text: the source's paragraphs with the chrome lines left out."""
        from assistant.ingest.cleaning import source_text
        from assistant.ingest.corpus import SUFFIXES, decode

        out: dict[str, list[str]] = {}
        for name, spec in expected().items():
            path = PROBE / name
            chrome = {squeeze(_plain(c)) for c in spec["chrome"]} | {squeeze(spec["title"])}
            text = source_text(decode(path.read_bytes()), SUFFIXES[path.suffix.lower()])
            sentences = []
            for paragraph in re.split(r"\n\s*\n", text):
                lines = [ln for ln in paragraph.split("\n") if squeeze(_plain(ln)) and squeeze(_plain(ln)) not in chrome]
                joined = _FOOTNOTE_MARK.sub("", " ".join(_plain(ln) for ln in lines))
                sentences += [s for s in _SENTENCE.split(joined) if sum(ch.isalpha() for ch in s) >= 3]
            out[name] = sentences
        return out

    def prose_lost(self) -> list[str]:
        lost = []
        for name, sentences in self.prose_sentences().items():
            flat = squeeze(" ".join(self.passages[name]))
            lost += [f"{name}: {s}" for s in sentences if squeeze(s) not in flat]
        return lost


def load_probe() -> Probe:
    from assistant.chunking import ChunkConfig, chunk_document
    from assistant.ingest.corpus import load_corpus, scan_corpus

    documents = {Path(d.source).name: d for d in load_corpus(scan_corpus(PROBE))}
    passages = {name: [c.text for c in chunk_document(d, ChunkConfig())] for name, d in documents.items()}
    return Probe(documents, passages)


if __name__ == "__main__":  # python -m tests.probe_support: the counts
    probe = load_probe()
    left, lost = probe.chrome_left(), probe.prose_lost()
    total_chrome = sum(len(s["chrome"]) for s in expected().values())
    total_prose = sum(len(s) for s in probe.prose_sentences().values())
    for name, spec in expected().items():
        d = probe.documents[name]
        got = {"title": d.title, "date": d.date, "publisher": d.publisher, "language": d.language}
        bad = {k: (v, spec[k]) for k, v in got.items() if v != spec[k]}
        print(name, "facets OK" if not bad else f"facets WRONG {bad}")
    print(f"chrome lines left in passages: {len(left)} of {total_chrome}")
    print(*left, sep="\n")
    print(f"prose sentences lost: {len(lost)} of {total_prose}")
    print(*lost, sep="\n")
