"""A text browser's dump, a notebook's HTML export, a reader's leftovers and a stenogram's record lines (cleaning 37).

- A link's note alone, a number and a web address ("19. https://…", "20. mailto:…"), goes: a text browser lists the
  page's links so at its end. A numbered line that says something besides its address stays.
- By their HTML class, a notebook's prompts ("In [3]:") and code editors go, and so does a heading's anchor link ("¶");
  an article in a page's text editor box (Telegraph's "ql-editor") stays.
- A headline a text browser wraps over two lines, standing alone above its byline, is the headline: the tagline above
  it goes with the masthead, and the article is titled by it.
- "Get … in your inbox every Friday." and "Republish this story …" go; a stenogram's «Председательствует …», «Начало в
  … часов» and «Стенограмму вела: …» go, a sentence opening on «Начало в» stays.

The texts are written for these tests; the forms follow eval/unseen30/ and eval/unseen31/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of


def _clean(text: str, fmt: str):  # type: ignore[no-untyped-def]
    from assistant.ingest.cleaning import clean

    return clean(text, fmt)


DUMP = f"""   [1]Lorna Ports Review
   Shipping and trade on the northern shore since 1998

     * [2]News
     * [3]Analysis

The ferry operators of the northern shore will share their berths with the
new Lorna line

   By [4]Ola Harl | 9 December 2025, 07:30 | [5]4 comments

   {PROSE[:PROSE.index(" ", 60)]}
   {PROSE[PROSE.index(" ", 60) + 1:]}

   {MORE}

References

   1. https://lorna-ports.example/
   2. https://lorna-ports.example/news/
   3. mailto:?subject=Ferries%20share%20their%20berths
   4. https://lorna-ports.example/author/o-harl/
"""


def test_a_text_browsers_dump_loses_its_link_notes_and_is_titled_by_its_wrapped_headline() -> None:
    cleaned = _clean(DUMP, "text")
    assert cleaned.title == "The ferry operators of the northern shore will share their berths with the new Lorna line"
    for chrome in ("Shipping and trade", "1. https://", "4. https://", "mailto:"):
        assert chrome not in cleaned.text, chrome
    assert PROSE in cleaned.text and MORE in cleaned.text
    item = "1. The port authority's annual report, https://lorna-ports.example/report.pdf"
    reasons = reasons_of(["# Ferries share their berths", PROSE, "", item, "", MORE])
    assert reasons[item] is None  # a numbered line that says something besides its address


NOTEBOOK = f"""<html><head><title>ferries</title></head><body><main><div class="jp-Notebook">
<div class="jp-Cell jp-MarkdownCell"><div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput">
<h1 id="f">Ferries of the northern shore: what a year of berth data says<a class="anchor-link" href="#f">¶</a></h1>
<p>{PROSE}</p></div></div>
<div class="jp-Cell jp-CodeCell"><div class="jp-Cell-inputWrapper"><div class="jp-InputArea jp-Cell-inputArea">
<div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;[3]:</div>
<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor"><div class="highlight"><pre>berths = pd.read_csv("berths.csv")
berths.groupby("operator").calls.sum()</pre></div></div></div></div>
<div class="jp-OutputArea"><div class="jp-OutputPrompt jp-OutputArea-prompt">Out[3]:</div></div></div>
<div class="jp-Cell jp-MarkdownCell"><div class="jp-RenderedMarkdown"><h2 id="g">Calls<a class="anchor-link" href="#g">¶</a></h2>
<p>{MORE}</p></div></div></div></main></body></html>"""


def test_a_notebooks_prompts_code_and_anchor_marks_go() -> None:
    cleaned = _clean(NOTEBOOK, "html")
    assert cleaned.title == "Ferries of the northern shore: what a year of berth data says"
    for chrome in ("In [3]", "Out[3]", "read_csv", "groupby", "¶"):
        assert chrome not in cleaned.text, chrome
    assert PROSE in cleaned.text and MORE in cleaned.text and [s.heading for s in cleaned.sections] == ["Calls"]


def test_an_article_in_a_text_editors_box_stays() -> None:
    page = (f"<html><body><article class='tl_article'><h1>Ferries share their berths</h1><div class='ql-editor'>"
            f"<p>{PROSE}</p><p>{MORE}</p></div></article></body></html>")
    text = _clean(page, "html").text
    assert PROSE in text and MORE in text


def test_an_appeal_a_republishing_note_and_a_stenograms_record_lines_go() -> None:
    lines = ["# Ferries share their berths", PROSE, "", "Get the Lorna Ports briefing in your inbox every Friday.", "",
             MORE, "", "Republish this story for free under our Creative Commons licence."]
    reasons = reasons_of(lines)
    assert reasons["Get the Lorna Ports briefing in your inbox every Friday."]
    assert reasons["Republish this story for free under our Creative Commons licence."]
    assert reasons[PROSE] is None and reasons[MORE] is None
    opening = "Начало в 2026 году положит совместная комиссия, которая соберётся в Лорне после навигации."
    stenogram = ["# Стенограмма слушаний о паромах", "Начало в 10 часов 00 минут",
                 "Председательствует председатель комитета А.Б. Ведов", "", RUSSIAN, "", opening, "", RUSSIAN_MORE, "",
                 "Стенограмму вела: главный специалист отдела В.Г. Харл"]
    reasons = reasons_of(stenogram)
    for line in (stenogram[1], stenogram[2], stenogram[-1]):
        assert reasons[line], line
    assert reasons[opening] is None and reasons[RUSSIAN] is None
