"""The storage seam: the same tests on the FAISS + bm25s backend and on Milvus (milvus-lite in tmp_path)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from assistant.store.lexical import tokenize
from assistant.store import Payload, StoreError, StoreFilter, keys_for, open_backend, parse_store
from assistant.store.generations import sync
from tests.conftest import FakeEmbedder

REPO = Path(__file__).resolve().parent.parent

# Passages written for these tests (no article text): four documents with facets.
PASSAGES = [
    Payload("steppe-rail", "The new railway across the steppe carries grain from Kostanay to a port on the Caspian Sea.", "en", "2024-03-05", "Steppe Review", ("KZ",)),
    Payload("steppe-rail", "Freight volumes on the railway grew by 12.5% in the first year, the operator said.", "en", "2024-03-05", "Steppe Review", ("KZ",)),
    Payload("steppe-rail", "Critics argue the tariffs for grain wagons favour large exporters over small farms.", "en", "2024-03-05", "Steppe Review", ("KZ",)),
    Payload("valley-water", "Farmers in the valley share irrigation water under a quota agreed by three upstream villages.", "en", "2023-07-19", "Valley Post", ("KG", "UZ")),
    Payload("valley-water", "A dry summer cut the river's flow and the quota talks stalled for two months.", "en", "2023-07-19", "Valley Post", ("KG", "UZ")),
    Payload("valley-water", "Engineers proposed a reservoir upstream to store spring meltwater for the summer.", "en", "2023-07-19", "Valley Post", ("KG",)),
    Payload("summit-notes", "At the summit the foreign ministers signed a memorandum on transit corridors and customs.", "en", "2025-01-28", "Capital Wire", ("KZ", "UZ", "TJ")),
    Payload("summit-notes", "The memorandum promises a single customs window for freight trucks by next spring.", "en", "2025-01-28", "Capital Wire", ("UZ",)),
    Payload("undated-brief", "Officials described the grain corridor as a priority but gave no date for the tender.", "en", "", "", ()),
    Payload("undated-brief", "Министры обсудили новый транзитный коридор и таможенные правила для грузовиков.", "ru", "", "Capital Wire", ("TJ",)),
]
EMBEDDER = FakeEmbedder(dim=64)
VECTORS = EMBEDDER.encode([p.text for p in PASSAGES])
IDS = keys_for(PASSAGES)
REVISED = [replace(p, text=p.text + " The figures were revised later.") for p in PASSAGES[5:]]
REVISED_IDS = keys_for(REVISED)
_TEXTS = dict(zip(IDS + REVISED_IDS, PASSAGES + REVISED))


def _vectors_for(ids: list[str]) -> np.ndarray:
    return EMBEDDER.encode([_TEXTS[k].text for k in ids])


def _spec(kind: str, tmp_path: Path) -> str:
    return "faiss" if kind == "faiss" else f"milvus:///{tmp_path}/store/milvus.db"


@pytest.fixture(params=["faiss", pytest.param("milvus", marks=pytest.mark.milvus)])
def store_uri(request, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    return _spec(request.param, tmp_path)


@pytest.fixture
def backend(store_uri: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    store = open_backend(parse_store(store_uri), tmp_path / "faiss", EMBEDDER.dim, tokenize)
    yield store
    store.close()


@pytest.fixture(scope="module", params=["faiss", pytest.param("milvus", marks=pytest.mark.milvus)])
def published(request, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A generation holding PASSAGES, shared by the tests that only read (one milvus-lite start-up)."""
    folder = tmp_path_factory.mktemp("published")
    store = open_backend(parse_store(_spec(request.param, folder)), folder / "faiss", EMBEDDER.dim, tokenize)
    staged = store.stage()
    sync(staged, IDS, PASSAGES, _vectors_for)
    store.publish(staged)
    yield store.current()
    store.close()


@pytest.fixture
def generation(backend):  # type: ignore[no-untyped-def]
    """A published generation holding PASSAGES."""
    staged = backend.stage()
    sync(staged, IDS, PASSAGES, _vectors_for)
    backend.publish(staged)
    return backend.current()


# --------------------------------------------------------------------------- the store setting


@pytest.mark.parametrize(
    ("value", "backend_name", "uri"),
    [
        (None, "faiss", ""),
        ("faiss", "faiss", ""),
        ("milvus:///var/lib/assistant/milvus.db", "milvus", "/var/lib/assistant/milvus.db"),
        ("milvus://milvus.internal:19531", "milvus", "http://milvus.internal:19531"),
        ("milvus://milvus.internal", "milvus", "http://milvus.internal:19530"),
    ],
)
def test_store_setting_is_parsed(value: str | None, backend_name: str, uri: str) -> None:
    spec = parse_store(value)
    assert (spec.backend, spec.uri) == (backend_name, uri)


def test_store_setting_carries_credentials_and_options_but_never_records_the_token() -> None:
    spec = parse_store("milvus://reader:s3cret@db.local:19530?collection=news&index=hnsw&ef=96")
    assert (spec.token, spec.collection, spec.index, dict(spec.search_params)) == ("reader:s3cret", "news", "HNSW", {"ef": 96})
    assert "s3cret" not in repr(spec) and "s3cret" not in str(spec.describe())
    assert parse_store("milvus:///tmp/x/m.db").describe() == {"backend": "milvus-lite", "uri": "/tmp/x/m.db", "collection": "assistant"}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("qdrant://localhost", "unknown store 'qdrant://localhost': use faiss, milvus:///"),
        ("milvus:///data/milvus", "must name a file ending in .db"),
        ("milvus://db.local:99999", "is not a number from 1 to 65535"),
        ("milvus://db.local?shards=2", "unknown store option 'shards'"),
        ("milvus://db.local?ef=-3", "ef must be a positive whole number"),
        ("milvus://db.local/some/path", "names no Milvus host (or has a path after it)"),
    ],
)
def test_bad_store_setting_is_one_sentence(value: str, message: str) -> None:
    with pytest.raises(StoreError) as caught:
        parse_store(value)
    text = str(caught.value)
    assert message in text and "\n" not in text


def test_filter_matches_each_facet() -> None:
    rail, _, _, water, *_ = PASSAGES
    undated = PASSAGES[8]
    assert StoreFilter.of().empty and StoreFilter.of().matches(undated)
    assert StoreFilter.of(doc_ids=["steppe-rail"]).matches(rail) and not StoreFilter.of(doc_ids=["steppe-rail"]).matches(water)
    assert StoreFilter.of(date_from="2024-01-01").matches(rail) and not StoreFilter.of(date_from="2024-01-01").matches(water)
    assert StoreFilter.of(date_to="2023-12-31").matches(water) and not StoreFilter.of(date_to="2023-12-31").matches(rail)
    assert not StoreFilter.of(date_to="2030-01-01").matches(undated)  # no date never passes a date bound
    assert StoreFilter.of(countries=["UZ", "TJ"]).matches(water) and not StoreFilter.of(countries=["TJ"]).matches(rail)
    assert StoreFilter.of(publishers=["Valley Post"], languages=["en"]).matches(water)
    assert not StoreFilter.of(languages=["ru"]).matches(water)


# --------------------------------------------------------------------------- one store, both backends


def test_search_is_exact_and_fetch_returns_the_stored_vectors(published) -> None:  # type: ignore[no-untyped-def]
    store = published.vectors
    assert store.count() == len(PASSAGES) and store.dim == EMBEDDER.dim and sorted(store.ids()) == sorted(IDS)
    query = EMBEDDER.encode(["grain wagons on the steppe railway"])[0]
    hits = store.search(query, 4)
    expected = np.argsort(-(VECTORS @ query), kind="stable")[:4]
    assert [h.id for h in hits] == [IDS[i] for i in expected]
    assert np.allclose([h.score for h in hits], (VECTORS @ query)[expected], atol=1e-5)
    order = [IDS[7], IDS[0], IDS[7]]
    assert np.allclose(store.fetch(order), VECTORS[[7, 0, 7]], atol=1e-6)
    with pytest.raises(KeyError, match="not in the store"):
        store.fetch([IDS[0], "no-such-passage"])


def test_upsert_replaces_and_delete_removes(generation) -> None:  # type: ignore[no-untyped-def]
    store = generation.vectors
    moved = -VECTORS[3]  # passage 3 now points the other way
    generation.write([IDS[3]], moved[None, :], [replace(PASSAGES[3], publisher="Valley Post (corrected)")])
    assert store.count() == len(PASSAGES)
    assert np.allclose(store.fetch([IDS[3]])[0], moved, atol=1e-6)
    assert store.search(moved, 1)[0].id == IDS[3]
    hits = store.search(moved, 10, StoreFilter.of(publishers=["Valley Post (corrected)"]))
    assert [h.id for h in hits] == [IDS[3]]
    generation.delete([IDS[0], IDS[1], "never-stored"])
    assert store.count() == len(PASSAGES) - 2 and IDS[0] not in store.ids()
    assert all(h.id not in (IDS[0], IDS[1]) for h in store.search(VECTORS[0], 10))
    assert all(h.id not in (IDS[0], IDS[1]) for h in generation.lexical.search("railway freight", 10))


def test_a_bad_upsert_is_refused_with_one_sentence(generation) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError, match="dimension 64, an upsert brings 8"):
        generation.vectors.upsert(["x"], np.ones((1, 8), np.float32), [PASSAGES[0]])
    with pytest.raises(StoreError, match="the same passage id twice"):
        generation.vectors.upsert(["x", "x"], VECTORS[:2], PASSAGES[:2])
    assert generation.vectors.count() == len(PASSAGES)


@pytest.mark.parametrize(
    "facets",
    [
        {"doc_ids": ["valley-water", "summit-notes"]},
        {"languages": ["ru"]},
        {"date_from": "2024-01-01"},
        {"date_from": "2023-01-01", "date_to": "2024-12-31"},
        {"publishers": ["Capital Wire"]},
        {"countries": ["UZ"]},
        {"countries": ["KG"], "date_to": "2023-12-31", "languages": ["en"]},
        {"doc_ids": ["no-such-document"]},
    ],
)
def test_filters_run_inside_the_store(published, facets: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    f = StoreFilter.of(**facets)
    allowed = [i for i, p in enumerate(PASSAGES) if f.matches(p)]
    query = EMBEDDER.encode(["customs and freight across the corridor"])[0]
    hits = published.vectors.search(query, len(PASSAGES), f)
    expected = sorted(allowed, key=lambda i: -float(VECTORS[i] @ query))
    assert [h.id for h in hits] == [IDS[i] for i in expected]
    lexical = published.lexical.search("freight customs corridor grain", len(PASSAGES), f)
    assert {h.id for h in lexical} <= {IDS[i] for i in allowed}


def test_bm25_finds_stemmed_words_and_whole_figures(published) -> None:  # type: ignore[no-untyped-def]
    lexical = published.lexical
    assert lexical.count() == len(PASSAGES)
    assert [h.id for h in lexical.search("reservoirs", 3)] == [IDS[5]]  # stemmed: reservoir
    assert lexical.search("12.5%", 3)[0].id == IDS[1]  # the figure is one term
    assert lexical.search("the of and", 3) == []  # only stopwords: nothing
    hits = lexical.search("quota water", 10)
    assert hits[0].id in (IDS[3], IDS[4]) and all(h.score > 0 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_holding_lists_exactly_the_passages_with_a_term(published) -> None:  # type: ignore[no-untyped-def]
    """The term statistics abstention reads (`holding`), on both backends, against the analysed texts."""
    analysed = [set(tokenize(p.text)) for p in PASSAGES]
    vocabulary = sorted(set().union(*analysed))
    assert "12.5%" in vocabulary and "quota" in vocabulary  # figures whole, stems as indexed
    for term in vocabulary:
        want = {IDS[i] for i, terms in enumerate(analysed) if term in terms}
        assert set(published.lexical.holding(term, len(PASSAGES))) == want, term
    assert published.lexical.holding("zeppelin", len(PASSAGES)) == []  # a term no passage holds
    # `limit` caps the answer (Milvus: a search returns at most 16,384 hits): a lower bound then
    held = published.lexical.holding("grain", 1)
    assert len(held) == 1 and held[0] in {IDS[0], IDS[2], IDS[8]}


def _tied(hits) -> list[frozenset[str]]:  # type: ignore[no-untyped-def]
    """A ranking as groups of ids with equal scores (relative to the best: BM25 scales differ)."""
    top = max((abs(h.score) for h in hits), default=1.0) or 1.0
    groups: dict[float, set[str]] = {}
    for h in hits:
        groups.setdefault(round(h.score / top, 4), set()).add(h.id)
    return [frozenset(groups[s]) for s in sorted(groups, reverse=True)]


def test_both_backends_rank_alike(tmp_path: Path) -> None:
    """The same queries give the same dense and BM25 order on FAISS and on Milvus."""
    pytest.importorskip("pymilvus")
    ranked = {}
    for kind in ("faiss", "milvus"):
        store = open_backend(parse_store(_spec(kind, tmp_path)), tmp_path / "faiss", EMBEDDER.dim, tokenize)
        try:
            staged = store.stage()
            sync(staged, IDS, PASSAGES, _vectors_for)
            store.publish(staged)
            current = store.current()
            ranked[kind] = [
                (_tied(current.lexical.search(q, 10)), _tied(current.vectors.search(EMBEDDER.encode([q])[0], 10)))
                for q in ("grain railway tariffs", "water quota villages", "customs memorandum freight", "summer river")
            ]
        finally:
            store.close()
    assert ranked["faiss"] == ranked["milvus"]


test_both_backends_rank_alike = pytest.mark.milvus(test_both_backends_rank_alike)


# --------------------------------------------------------------------------- generations


def test_incremental_sync_writes_only_what_changed(backend) -> None:  # type: ignore[no-untyped-def]
    embedder = FakeEmbedder(dim=64)

    def embed(ids: list[str], table: dict[str, Payload]) -> np.ndarray:
        return embedder.encode([table[k].text for k in ids])

    def build(passages: list[Payload]):  # type: ignore[no-untyped-def]
        ids = keys_for(passages)
        table = dict(zip(ids, passages))
        current = backend.current()
        staged = backend.stage()
        report = sync(staged, ids, passages, lambda ks: embed(ks, table), reuse=current.vectors if current else None)
        backend.publish(staged)
        return report

    first = build(PASSAGES)
    assert (first.embedded, first.copied, first.deleted) == (len(PASSAGES), 0, 0)
    # one article changes: only its passages are new content
    edited = [replace(p, text=p.text + " The ministry confirmed it.") if p.doc_id == "valley-water" else p for p in PASSAGES]
    embedder.embedded.clear()
    second = build(edited)
    assert second.embedded == 3 and all("ministry confirmed" in t for t in embedder.embedded)
    # the next build changes another article; vectors already held are never embedded again
    final = [p for p in edited if p.doc_id != "summit-notes"]
    embedder.embedded.clear()
    third = build(final)
    assert third.embedded == 0 and embedder.embedded == []
    current = backend.current()
    assert sorted(current.vectors.ids()) == sorted(keys_for(final))
    assert current.lexical.search("memorandum", 5) == []
    if parse_store_kind(backend) == "milvus":
        # blue/green: the staged collection held the first generation, so this build rewrote
        # the two articles changed since then (3 new valley passages) and dropped the rest
        assert (second.copied, third.copied, third.deleted) == (len(PASSAGES) - 3, 3, 3 + 2)
    else:
        # FAISS stages a copy of the generation in force: only this build's change
        assert (second.copied, third.copied, third.deleted) == (0, 0, 2)


def parse_store_kind(backend) -> str:  # type: ignore[no-untyped-def]
    return "milvus" if type(backend).__name__ == "MilvusBackend" else "faiss"


def test_a_reader_keeps_its_generation_while_the_next_is_built_and_published(backend) -> None:  # type: ignore[no-untyped-def]
    staged = backend.stage()
    sync(staged, IDS, PASSAGES, _vectors_for)
    first = backend.publish(staged)
    reader = backend.current()
    staged = backend.stage()
    assert staged.name != first
    sync(staged, IDS[:4], PASSAGES[:4], _vectors_for, reuse=reader.vectors)
    assert reader.vectors.count() == len(PASSAGES)  # staging is invisible to readers
    assert backend.current().name == first
    second = backend.publish(staged)
    assert reader.name == first and reader.vectors.count() == len(PASSAGES)  # still pinned
    now = backend.current()
    assert now.name == second and sorted(now.vectors.ids()) == sorted(IDS[:4])


def test_published_generation_survives_a_reopen(store_uri: str, tmp_path: Path) -> None:
    store = open_backend(parse_store(store_uri), tmp_path / "faiss", EMBEDDER.dim, tokenize)
    staged = store.stage()
    sync(staged, IDS, PASSAGES, _vectors_for)
    name = store.publish(staged)
    store.close()
    again = open_backend(parse_store(store_uri), tmp_path / "faiss", EMBEDDER.dim, tokenize)
    try:
        current = again.current()
        assert current.name == name and sorted(current.vectors.ids()) == sorted(IDS)
        assert current.lexical.search("reservoir", 1)[0].id == IDS[5]
        assert np.allclose(current.vectors.fetch(IDS), VECTORS, atol=1e-6)
    finally:
        again.close()


# --------------------------------------------------------------------------- crashes

KILL_SCRIPT = r"""
import os, sys, time
sys.path.insert(0, os.getcwd())
from assistant.store.lexical import tokenize
from assistant.store import open_backend, parse_store
from assistant.store.generations import sync
import tests.test_store as t

uri, folder, stage = sys.argv[1:4]

def hang(*args, **kwargs):
    print("READY", flush=True)
    time.sleep(600)

backend = open_backend(parse_store(uri), folder, t.EMBEDDER.dim, tokenize)
staged = backend.stage()
vectors_for = t._vectors_for
if stage == "write":  # killed with half of the new passages written
    written = []
    def slow(ids):
        written.append(len(ids))
        if len(written) == 2:
            hang()
        return t._vectors_for(ids)
    vectors_for = slow
sync(staged, t.REVISED_IDS, t.REVISED, vectors_for, reuse=backend.current().vectors, batch=2)
if stage == "publish":  # killed with everything written, before the swap
    hang()
if stage == "swap":  # killed inside the publishing step, just before its atomic operation
    if type(backend).__name__ == "MilvusBackend":
        backend.client.alter_alias = hang
    else:
        os.replace = hang
backend.publish(staged)
print("DONE", flush=True)
"""


@pytest.mark.parametrize("stage", ["write", "publish", "swap"])
def test_a_build_killed_at_any_point_leaves_the_old_generation(store_uri: str, tmp_path: Path, stage: str) -> None:
    folder = tmp_path / "faiss"
    store = open_backend(parse_store(store_uri), folder, EMBEDDER.dim, tokenize)
    staged = store.stage()
    sync(staged, IDS, PASSAGES, _vectors_for)
    old = store.publish(staged)
    store.close()  # milvus-lite: one process at a time holds the .db folder

    proc = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, store_uri, str(folder), stage],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 120)
        line = proc.stdout.readline() if ready else ""  # type: ignore[union-attr]
        assert line.strip() == "READY", proc.stderr.read() if not ready or not line else line  # type: ignore[union-attr]
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)

    store = open_backend(parse_store(store_uri), folder, EMBEDDER.dim, tokenize)
    try:
        current = store.current()
        assert current.name == old and sorted(current.vectors.ids()) == sorted(IDS)
        assert current.lexical.count() == len(PASSAGES)
        assert current.vectors.search(VECTORS[2], 1)[0].id == IDS[2]
        # the next build repairs whatever the killed one left in its staging area
        staged = store.stage()
        report = sync(staged, REVISED_IDS, REVISED, _vectors_for, reuse=current.vectors)
        new = store.publish(staged)
        assert new != old and sorted(store.current().vectors.ids()) == sorted(REVISED_IDS)
        assert store.current().lexical.count() == len(REVISED) and report.upserted <= len(REVISED)
        assert store.current().lexical.search("revised", 10) and not current.lexical.search("revised", 10)
    finally:
        store.close()


@pytest.mark.milvus
def test_unreachable_milvus_server_is_one_sentence() -> None:
    from assistant.store.milvus_backend import MilvusBackend

    with pytest.raises(StoreError, match=r"^Milvus could not connect to http://127.0.0.1:1 \(") as caught:
        MilvusBackend("http://127.0.0.1:1", 64, tokenize, connect_timeout=1.0)
    assert "\n" not in str(caught.value)


@pytest.mark.milvus
def test_filter_values_with_quotes_are_escaped(tmp_path: Path) -> None:
    from assistant.store.milvus_store import filter_expression

    odd = [replace(p, doc_id='it\'s a "quoted" name\\', publisher="O'Brien & Co") for p in PASSAGES[:2]]
    assert filter_expression(StoreFilter.of(doc_ids=[odd[0].doc_id])) == r'doc_id in ["it\'s a \"quoted\" name\\"]'.replace("\\'", "'")
    store = open_backend(parse_store(_spec("milvus", tmp_path)), tmp_path, EMBEDDER.dim, tokenize)
    try:
        staged = store.stage()
        sync(staged, keys_for(odd + PASSAGES[2:]), odd + PASSAGES[2:], lambda ks: VECTORS[: len(ks)])
        hits = staged.vectors.search(VECTORS[0], 10, StoreFilter.of(doc_ids=[odd[0].doc_id], publishers=["O'Brien & Co"]))
        assert len(hits) == 2
    finally:
        store.close()


def test_bm25_scores_of_chosen_passages_match_the_search(published) -> None:  # type: ignore[no-untyped-def]
    lexical = published.lexical
    hits = lexical.search("grain freight railway", 10)
    chosen = [IDS[9], hits[0].id, IDS[6], hits[-1].id]
    scores = lexical.score("grain freight railway", chosen)
    by_id = {h.id: h.score for h in hits}
    assert np.allclose(scores, [by_id.get(k, 0.0) for k in chosen], rtol=1e-5)
    assert scores[0] == 0.0 and scores[1] == max(by_id.values())
    assert lexical.score("the of", chosen).tolist() == [0.0] * 4
