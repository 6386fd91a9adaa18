"""Markdown export: one answer, a whole conversation, the CLI's --format markdown; parsed back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.build import build_index
from assistant.export import answer_from_json, answer_markdown, conversation_markdown
from assistant.records import Answer, Highlight, Passage
from assistant.settings import Settings
from tests.docs_support import make_docs_corpus

KURYK = "How many vessels did the ferry terminal at Kuryk handle in the first quarter?"
OPEC = "Which partner gave a loan for the transmission line to Dushanbe?"
CITATION = re.compile(r"^(\d+)\. \*\*(?P<title>.+?)\*\*(?P<rest>.*) · `(?P<file>[^`]+)`$")


def parse(markdown: str) -> list[dict]:  # type: ignore[type-arg]
    """Turns of an exported conversation: question, quotes (with their bold part), citations."""
    turns: list[dict] = []  # type: ignore[type-arg]
    for line in markdown.splitlines():
        if line.startswith("## "):
            turns.append({"question": line[3:], "quotes": [], "citations": {}})
        elif line.startswith("> ") and turns:
            bold = re.findall(r"(?<!\\)\*\*(.+?)(?<!\\)\*\*", line)
            number = re.search(r"\[(\d+)\]$", line)
            assert number, line
            turns[-1]["quotes"].append({"n": int(number.group(1)), "bold": bold, "line": line})
        elif (match := CITATION.match(line)) and turns:
            turns[-1]["citations"][int(match.group(1))] = match.groupdict()
    return turns


@pytest.fixture(scope="module")
def docs_bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    from tests.conftest import FakeEmbedder

    root = tmp_path_factory.mktemp("export")
    settings = Settings().replace(corpus_dir=make_docs_corpus(root / "corpus", bad=False), index_dir=root / "index")
    embedder = FakeEmbedder()
    build_index(settings, embedder)
    return Assistant.load(settings, embedder=embedder, rebuild=False)


def test_two_turn_conversation_export_holds_every_citation(docs_bot: Assistant) -> None:
    first = docs_bot.ask(KURYK, k=3)
    second = docs_bot.ask(OPEC, k=3, history=[KURYK])
    markdown = conversation_markdown([first, second])
    assert markdown.startswith("# Conversation with the assistant\n")
    turns = parse(markdown)
    assert [t["question"] for t in turns] == [KURYK, OPEC]
    for turn, answer in zip(turns, (first, second)):
        assert len(turn["quotes"]) == len(answer.passages) == len(turn["citations"]) == 3
        for p in answer.passages:
            cite = turn["citations"][p.rank]
            assert cite["title"] == p.title and cite["file"] == p.source
            for facet in (p.publisher, p.date, p.page_label):
                if facet:
                    assert f" · {facet}" in cite["rest"]
            quote = next(q for q in turn["quotes"] if q["n"] == p.rank)
            assert p.highlight is not None and quote["bold"] == [p.highlight.text]
    assert " · 2024-03-14 · p. 3 · `corpus/report.pdf`" in markdown
    assert "**Partner: OPEC Fund; Contribution: Loan for the transmission line to Dushanbe; Year announced: 2019.**" in markdown


def test_markdown_in_document_text_is_made_inert() -> None:
    text = "A *starred* word, a [link](http://x) and <b>tags</b>. The answer is here."
    p = Passage(1, 0.5, text, "d", "T_itle", "corpus/d.txt", None, 0, len(text),
                highlight=Highlight("The answer is here.", text.index("The answer"), len(text)))
    out = answer_markdown(Answer("Why *not*?", (p,)))
    assert r"\*starred\*" in out and r"\[link\](http://x)" in out and r"\<b\>tags\</b\>" in out
    assert "**The answer is here.**" in out and r"**T\_itle**" in out and "## Why \\*not\\*?" in out


def test_answers_round_trip_through_json(docs_bot: Assistant) -> None:
    answer = docs_bot.ask(KURYK, k=2)
    assert answer_markdown(answer_from_json(answer.to_json())) == answer_markdown(answer)


def test_cli_format_markdown_prints_the_same(runner_env, tmp_path: Path, monkeypatch, docs_bot: Assistant) -> None:  # type: ignore[no-untyped-def]
    from assistant.app.cli import cli

    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(make_docs_corpus(tmp_path / "cli" / "corpus", bad=False)))
    result = runner_env.invoke(cli, ["ask", KURYK, "-k", "3", "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert result.stdout == answer_markdown(docs_bot.ask(KURYK, k=3))
    assert parse(result.stdout)[0]["citations"][1]["rest"].endswith("· p. 3")


@pytest.mark.parametrize(
    "text",
    [
        "2024. The fund paid $14 million in March and $2 million in May, ~~one~~ tranche less.",
        "- The «Велтмарк» plant costs ~$3 billion, 40% of it from the *state* fund_2.",
        "3) Ставка ₽ выросла на 5% — «Норланд-Газ» ждёт ~~решения~~ до $5.",
    ],
)
def test_a_pasted_memo_shows_the_passage_as_written(text: str) -> None:
    """Markdown would strike ~~text~~ through, read $...$ as maths and "2024. ..." as a list."""
    from markdown_it import MarkdownIt

    p = Passage(1, 0.5, text, "d", "Title", "corpus/d.txt", None, 0, len(text))
    out = answer_markdown(Answer("What was paid?", (p,)))
    quote = next(line for line in out.splitlines() if line.startswith("> "))
    html = MarkdownIt("commonmark").enable("strikethrough").render(quote)
    assert "<s>" not in html and "<ol" not in html and "<ul" not in html and "<em>" not in html
    shown = re.sub(r"<[^>]+>", "", html).replace("&quot;", '"').replace("&amp;", "&").strip()
    assert shown == f"{text} [1]"
    assert "\\$" in quote  # dollar signs kept from maths renderers (GitHub, Obsidian)


def test_headings_in_a_quoted_passage_are_set_apart() -> None:
    """A title or section heading glued to the next sentence read as one garbled sentence in a memo."""
    from markdown_it import MarkdownIt

    text = (
        "Veltmark Wind Farm Financing Agreed\n\nMinisters agreed in March how to pay for the wind farm.\n\n"
        "Who pays for the grid\n\nThe grid operator of Ostra pays for the lines. Work starts in spring."
    )
    answer_start = text.index("The grid operator")
    answer_end = text.index(" Work starts")
    p = Passage(1, 0.5, text, "d", "Veltmark Wind Farm Financing Agreed", "corpus/d.txt", None, 0, len(text),
                highlight=Highlight(text[answer_start:answer_end], answer_start, answer_end))
    quote = next(line for line in answer_markdown(Answer("Who pays?", (p,))).splitlines() if line.startswith("> "))
    assert quote == (
        "> _Veltmark Wind Farm Financing Agreed_ — Ministers agreed in March how to pay for the wind farm. "
        "_Who pays for the grid_ — **The grid operator of Ostra pays for the lines.** Work starts in spring. [1]"
    )
    html = MarkdownIt("commonmark").render(quote)
    assert "<em>Veltmark Wind Farm Financing Agreed</em>" in html and "<em>Who pays for the grid</em>" in html
    assert "<strong>The grid operator of Ostra pays for the lines.</strong>" in html


def test_plain_text_sets_headings_apart_too() -> None:
    from assistant.app.cli import format_answer
    from assistant.export import passage_plain

    text = "Уран и топливо\n\nВелтмарк добывает уран, но топливо покупает у соседей.\nПоставки идут морем."
    p = Passage(1, 0.5, text, "d", "Заголовок статьи", "corpus/d.txt", "Уран и топливо", 0, len(text))
    assert passage_plain(p) == "Уран и топливо — Велтмарк добывает уран, но топливо покупает у соседей. Поставки идут морем."
    assert "    Уран и топливо — Велтмарк добывает уран" in format_answer(Answer("Кто покупает топливо?", (p,)))


def test_a_follow_up_in_a_memo_says_what_was_searched() -> None:
    """'And Veltmark?' pasted alone into a memo says nothing; the question it stood for does."""
    from assistant.app.cli import format_answer

    text = "Growth in Veltmark is projected at 4 percent."
    p = Passage(1, 0.5, text, "d", "Title", "corpus/d.txt", None, 0, len(text))
    follow_up = Answer("And Veltmark?", (p,), resolved_question="What is Veltmark’s projected growth?")
    assert "_Searched as: “What is Veltmark’s projected growth?”_" in answer_markdown(follow_up).splitlines()
    assert "searched as: What is Veltmark’s projected growth?" in format_answer(follow_up).splitlines()
    plain = Answer("What is Veltmark’s projected growth?", (p,), resolved_question="What is Veltmark’s projected growth?")
    assert "Searched as" not in answer_markdown(plain) and "searched as" not in format_answer(plain)


@pytest.mark.parametrize("asked", ["What did the envoy\npromise the ferry line?", "What did the envoy  promise the ferry line? "])
def test_a_question_typed_on_two_lines_is_not_said_to_be_searched_as_another(asked: str) -> None:
    from assistant.app.cli import format_answer
    from assistant.app.web.render import render_answer

    hl = Highlight("The envoy promised two ferries.", 0, 31)
    p = Passage(1, 0.5, "The envoy promised two ferries.", "d", "Ferries", "corpus/d.txt", None, 0, 31, highlight=hl)
    plain = Answer(question=asked, passages=(p,), resolved_question="What did the envoy promise the ferry line?")
    for shown in (answer_markdown(plain), format_answer(plain), render_answer(plain)):
        assert "earched as" not in shown
    assert "resolved_question" not in plain.to_json()
    # a follow-up read in its conversation still says what was searched, in all four
    follow = Answer(question="And\nthe port?", passages=(p,), resolved_question="What did the envoy promise the port?")
    for shown in (answer_markdown(follow), format_answer(follow), render_answer(follow)):
        assert "earched as" in shown and "promise the port" in shown
    assert follow.to_json()["resolved_question"] == "What did the envoy promise the port?"
