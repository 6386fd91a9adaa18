"""A wiki's page, a chat app's export and a published document's bar (cleaning 44).

- An HTML note's mark ("<sup>[3]</sup>", "<sup>[citation needed]</sup>") goes from the sentence it follows; a
  superscript that is no bracketed mark ("km<sup>2</sup>") stays.
- By their class: a wiki's "[edit]" links, its categories, hatnote and navigation box, what the site marks as not
  printed (its tagline "From …, the free …"), a poster's picture, initials and name over each post and a reply's link.
- "External links" / «Внешние ссылки» head a list of links at the page's end, which goes.
- A chat app's export whose <title> is a placeholder ("Exported Data", «Экспортированные данные») is titled by its
  first post's bold headline; a page's own title stays.
- A published document's bar ("Published using …", "Report abuse", "Updated automatically every 5 minutes"), a
  subtitler's credit after a label ("Captions: …", «Субтитры: …») and «… закрепил это сообщение» go.

The texts are written for these tests; the forms follow eval/unseen38/ and eval/unseen39/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

from assistant.ingest.cleaning import clean
from assistant.ingest.corpus import load_corpus, scan_corpus

WIKI = f"""<!DOCTYPE html><html><head><title>Lorna Ferry Line - Veldpedia</title></head><body>
<div id="p-logo">Veldpedia</div><form id="search"><input name="q"></form>
<h1 id="firstHeading" class="firstHeading">Lorna Ferry Line</h1>
<div id="bodyContent">
<div id="siteSub" class="noprint">From Veldpedia, the free reference work</div>
<div role="note" class="hatnote navigation-not-searchable">For the older line to the islands, see Veldmark Ferries.</div>
<p>{PROSE}<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> The basin covers 40 km<sup>2</sup>
of sheltered water.<sup class="noprint Inline-Template"><i>[<a href="/wiki/Help:Citation">citation needed</a>]</i></sup></p>
<h2><span class="mw-headline" id="History">History</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Lorna_Ferry_Line&amp;action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
<p>{MORE}<sup class="reference"><a href="#cite_note-2"><span class="cite-bracket">[</span>2<span class="cite-bracket">]</span></a></sup></p>
<h2><span class="mw-headline">References</span></h2>
<ol class="references"><li id="cite_note-1">Port authority of Lorna (2025). Annual report.</li></ol>
<h2><span class="mw-headline">External links</span></h2>
<ul><li><a href="https://lorna-ferries.example">Official website</a></li><li><a href="https://ports.example/lorna">Lorna on the ports register</a></li></ul>
<div class="navbox"><div class="navbox-title">Ferries of the Lorna Sea</div><ul><li><a href="/a">Veldmark Ferries</a></li><li><a href="/b">North Shore Line</a></li></ul></div>
<div id="catlinks" class="catlinks">Categories: <a href="/c1">Ferry lines</a> | <a href="/c2">Transport in Lorna</a></div>
</div></body></html>"""

EXPORT = f"""<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Экспортированные данные</title></head><body>
<div class="page_header"><div class="content"><div class="text bold">Паромы Лорны</div></div></div>
<div class="history">
<div class="message service"><div class="body details">9 декабря 2025</div></div>
<div class="message default clearfix"><div class="pull_left userpic_wrap"><div class="userpic userpic5"><div class="initials">ПЛ</div></div></div>
<div class="body"><div class="pull_right date details" title="09.12.2025 10:15:00">10:15</div><div class="from_name">Паромы Лорны</div>
<div class="text"><strong>Паромщики делят причалы</strong><br><br>{RUSSIAN}</div></div></div>
<div class="message default clearfix"><div class="pull_left userpic_wrap"><div class="userpic userpic5"><div class="initials">ПЛ</div></div></div>
<div class="body"><div class="from_name">Паромы Лорны</div><div class="reply_to details">В ответ на <a href="#go_to_message1">это сообщение</a></div>
<div class="text">{RUSSIAN_MORE}</div></div></div>
<div class="message default clearfix"><div class="body"><div class="from_name">Паромы Лорны</div><div class="text">Грузовая линия до острова откроется в апреле, когда порт закончит новый причал для фур.</div></div></div>
<div class="message service"><div class="body details">Паромы Лорны закрепил это сообщение</div></div>
</div></body></html>"""


def test_a_wiki_page_keeps_its_sections_and_loses_its_marks_edit_links_and_furniture() -> None:
    cleaned = clean(WIKI, "html")
    for chrome in ("[1]", "[2]", "citation needed", "[edit]", "edit]", "From Veldpedia", "older line to the islands",
                   "External links", "Official website", "Ferries of the Lorna Sea", "North Shore Line", "Categories"):
        assert chrome not in cleaned.text, chrome
    assert PROSE + " The basin covers 40 km2 of sheltered water." in cleaned.text  # the marks go, the km² stays
    assert MORE in cleaned.text and "Port authority of Lorna (2025). Annual report." in cleaned.text
    assert "History" in [s.heading for s in cleaned.sections]
    assert cleaned.title == "Lorna Ferry Line"


def test_a_chat_exports_posts_lose_their_posters_pictures_and_names_and_it_is_titled_by_its_headline(tmp_path: Path) -> None:
    (tmp_path / "messages.html").write_text(EXPORT, encoding="utf-8")
    (doc,) = load_corpus(scan_corpus(tmp_path))
    assert doc.title == "Паромщики делят причалы"  # not the export's «Экспортированные данные»
    for chrome in ("ПЛ", "В ответ на", "закрепил это сообщение"):
        assert chrome not in doc.text, chrome
    assert doc.text.count("Паромы Лорны") <= 1  # the channel's name over every post goes (the page's header may stay)
    assert RUSSIAN in doc.text and RUSSIAN_MORE in doc.text and "когда порт закончит новый причал для фур." in doc.text
    from assistant.ingest.front_matter import page_title

    source = f"Паромы Лорны\n\n**Паромщики делят причалы**\n\n{RUSSIAN}\n"
    assert page_title("Экспортированные данные", source) == page_title("Exported Data", source) == "Паромщики делят причалы"
    assert page_title("Паромы Лорны: архив канала", source) == "Паромы Лорны: архив канала"  # a title of its own stays


def test_a_published_documents_bar_credits_and_a_pinned_note_go() -> None:
    page = ["Ferry memo 09.12.2025", "", "Published using Quillpage Docs Learn more Report abuse", "",
            "Updated automatically every 5 minutes", "", "# The ferry operators share their berths", "", PROSE, "",
            MORE, "", "Captions: Lorna Captioning Service", "", "Субтитры: Анна Вельд", "",
            "Паромы Лорны закрепила это сообщение"]
    reasons = reasons_of(page)
    for line in page[2:5:2] + page[12::2]:
        assert reasons[line] is not None, line
    assert reasons[PROSE] is None and reasons[MORE] is None
    for prose in ("The captions: what the new signs at the quay say in three languages, and who wrote them.",
                  "The ministry said it had not published using the new rules, and would report abuse to the police."):
        assert reasons_of(["# Ferries", PROSE, "", prose * 3, "", MORE])[prose * 3] is None, prose


def test_a_strapline_in_parts_under_a_masthead_is_no_headline() -> None:
    """A newsletter's strapline, its parts set apart by middle dots, and its issue line stand between the masthead and
    the headline: neither is the title, and the strapline goes with the masthead (cleaning 45)."""
    letter = ["THE LORNA LETTER", "Ferries and ports of the Lorna Sea, every Tuesday · from the Veld Institute",
              "No. 12 · 9 December 2025", "", "The ferry operators will share their berths with the new line", "",
              PROSE, "", MORE]
    cleaned = clean("\n".join(letter))
    assert cleaned.title == "The ferry operators will share their berths with the new line"
    assert "every Tuesday" not in cleaned.text and PROSE in cleaned.text and MORE in cleaned.text
    plain = ["The Ferry Operators Will Share Their Berths", "", PROSE, "", MORE]
    assert clean("\n".join(plain)).title == "The Ferry Operators Will Share Their Berths"


def test_a_memos_subject_under_its_header_lines_is_its_headline_a_forum_replys_is_not() -> None:
    """A memo's "Re: …" under its To/From/Date lines titles it, without its "Re:" (cleaning 47); a forum reply's
    "Re: <topic>" over a post stays chrome."""
    memo = ["Ferry memo 09.12.2025", "", "MEMORANDUM", "", "To: Board of the Lorna Ferry Line", "",
            "From: Nora Veldt, ports desk", "", "Date: 9 December 2025", "",
            "Re: Sharing the northern berths with the new line, and what it costs us", "", "## 1. Summary", "", PROSE,
            "", MORE]
    cleaned = clean("\n".join(memo))
    assert cleaned.title == "Sharing the northern berths with the new line, and what it costs us"
    assert PROSE in cleaned.text and "To: Board" not in cleaned.text
    forum = ["# Ferries of the Lorna Sea", "", "nora_veldt", "", "Re: Sharing the northern berths with the new line", "",
             PROSE, "", MORE]
    reasons = reasons_of(forum)
    assert reasons["Re: Sharing the northern berths with the new line"] is not None
