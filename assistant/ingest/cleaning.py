"""Turn one raw scraped document (text, markdown or html) into clean text, sections and a title.

The passes: characters (here), lines (`clean_lines`), tables (`clean_tables`), site chrome and the
head (`clean_chrome`), paragraphs and sections (here); HTML is first flattened by `clean_html`.
"""

from __future__ import annotations

import re
import unicodedata

import regex
from collections.abc import Collection
from dataclasses import dataclass, replace

from .clean_chrome import _drop_chrome, _join_caps_headline, _join_split_headline, _split_head
from .clean_html import _html_to_markdown
from .front_matter import stated_headline
from .inline_html import strip_inline_html
from .clean_lines import (
    TERMINAL as _TERMINAL, _NUMBERED_RE, _Line, _is_heading_like, _line, _to_lines, _SPACES_RE, collapse_spaces, runs_on,
    wrap_width,
)
from .clean_tables import _glued_tables, _pipe_tables
from .credits import head_credits
from .langdata import ends_open
from .text_columns import unfolded_columns
from .text_pages import without_page_furniture
from .text_layer import text_layer
from .turns import timed_turns, without_stage_directions
from .mojibake import repair_cyrillic
from ..records import Cleaned, Section

__all__ = ["CLEANING_VERSION", "clean", "clean_source", "fix_mojibake", "source_text"]

CLEANING_VERSION: str = "80"  # bump whenever the output of `clean` changes (2: idempotent tables; 3: boilerplate.py by form; 4: passes until stable; 5: Markdown front matter and underlined headings, an HTML page read from its <article>, a PDF's byline, HTML inside Markdown; 6: a Word file's text boxes and footnotes, versions of one article no longer strip each other's headline, Unicode line separators and form feeds are line breaks, a single <br> continues its paragraph, a line ending on a comma or function word goes on in the next, Markdown reference links, a page laid out in a table, table rows holding a date kept, a Word table that frames text read as text, ligatures as letters, an HTML term with its definition; 7: reaction and counter bars, hashtag lines, contact and imprint lines, agency credits, dot-leader contents, screen-reader link labels, author notes, the page footer after the article, a reader tool's header; a hard-wrapped text's sentence goes on in a line starting with a capital; 8: breadcrumbs joined by arrows, optionally after a label ("Вы находитесь: Главная → Экономика"), a "Name Surname, Place" byline under the headline or beside a dateline, "local time" / «по местному времени» and Russian weekdays in datelines; 9: a "Related on <site>" / «Похожие публикации» label heading a list at the end of the article, a site tagline under the masthead is not the title; 10: a menu laid out with wide gaps, "News   Analysis   Banks", is a menu; 11: "Tagged:" / «Тэги:» labels, citation lines ("Suggested citation:", «Для цитирования:») and typo-report widgets ("Found a typo? ... Ctrl+Enter"), a PDF footer recurring with its page number changing (and the running head beside it), a paragraph joined across a page break, a title-case headline asking a question is no paragraph, an author box of a name and a lower-case role; 12: a PDF footer whose bare page number changes side from page to page, a line in capitals beside a footer is a running head, authors marked with their affiliations, "Keywords:" / «Ключевые слова:», a journal's back matter ("Funding:", "Conflict of interest:" together), "Read also: <headline>" on one line, any "Ctrl+Enter" typo widget, a media registration line, a bare name standing apart under the headline, an author box in bold ("**Name** — role"), a note on the byline's authors after the text, a numbered line standing alone is a heading, "2. The treaty and the directorate"; 13: a print version's link notes ("[2] https://...") under a "Links:" / «Ссылки:» label, a forwarded post's "Forwarded from:" / «Переслано из:» line, a contact block's heading («Пресс-служба …» over "Tel.: …"), the wrapped rest of a disclaimer, a bold line alone is a headline however long; 14: a masthead of up to five words in capitals with its tagline, a newsletter's "Forwarded this email?" and "Reply to this email" lines, a quoted block opened by a chrome label ("> SPONSORED BY ..."), a bar of share links, a podcast's credits ("Host: ... · Guest: ..."), chapters, "Transcript" label and transcript disclaimer, "Related episodes", a user's handle on a line of its own, a caption ending on its credit ("... Фото: ..."), a menu bar over a lower-case line opens no paragraph; 15: above the article a line of facts parted by bars with a date, or a date with a clock time, contents entries ending on "paragraphs 1–3", "Witnesses:" / «Участники:» lists, "Chair:" / «Сюжет:» credits and a byline word before a bare name («Беседовала …»), a run-in "About the authors." / "Cite this …:" note however long, a caption ending on a short credit without a colon («… Фото из личного архива»), paywall and news-tip widgets, a hearing summary's disclaimers; a line in «…» alone is no longer chrome by itself (a quoted subheading), and a report written in numbered paragraphs has its headline as title; 16: a line already chrome by its own form (a cookie banner), a dateline of facts parted by dots and a '#' headline are no first paragraph, the lines above a '#' headline of up to 20 words are the masthead and a '#' headline of one or two words is the title, never a table's row; an ARIA navigation, banner, search or footer box is skipped like <nav>, an infobox (a <th> and a <td> per row) is one row of pairs; a legend ("How we rate claims: True · False · ..."), a related list of links however the page goes on, a note in italics after it at the end of the page, the label of a menu that ends the page, page notices («Текущая версия страницы ...») and a parliamentary answer's grouping notes, "Email this page", «Перейти к содержанию», «Подпись:» and «Реклама:»; a user's handle between the headline and the last paragraph is the author of a forum post, kept; a name with a one-letter ending ("tom.h") is no web address; 17: a clock time alone on its line ("17:30 ALMT", a live blog's post), "Live coverage by …", a live blog's first-update and end notices, a strapline under a masthead above the headline, a record's details (three labelled lines or more from the headline on: "Case No.: …", "Seat: …"), an event's place and language right under its date and time, a file offered with its format and size ("(PDF, 2,4 МБ)"), a gallery's count ("18 фотографий"), headings that end the page and head nothing, "Didn't find an answer?" / «Не нашли ответа?» lines and «не является публичной офертой» disclaimers; 18: a wire's story codes ("BC-LORNA-PORT/FERRIES (UPDATE 1)") and credits in brackets ("(Reporting by …; Editing by …)"), a credit before a colon («Текст и фото: …»), a thread's sort and alert bar, BibTeX lines and "Cite this post", an author note that is the last long paragraph (names also from a dateline), blog disclaimers ("represent the views of their authors"), "full screen" links; a marked headline of more than six words is kept at the page's end (a wire's flash); 19: the end matter under its heading at the page's end ("Forward-looking statements", "About <company>", "Media contact:", "Disclaimer", «Связанные документы:»), a line of counters ("48,7K подписчиков 1,3K фото"), a line ending on a contact after a colon, a legal text's record details and "Source:" line above its first paragraph, a long headline standing alone, link cards (a link preview, a reply's quote) and a bold opening before a <br> as a post's heading in HTML, a Word file's bold first line under a Title-style headline; 20: a short line in sentence case over a long numbered paragraph is a heading («Статья 4. Совместный мониторинг высокогорных озёр» over «1. Перечень …»; 21: a PDF's paragraphs judged by the same line verdicts as a text's, over the whole file (a cover's institute and series above the file's title, a bio at the end, a letterhead, a press office's contacts), a short line ending no sentence is a paragraph of its own in a PDF ("About the authors" after "… use it."), an address line with a labelled phone among its dotted parts, a pull quote a longer paragraph says word for word, a marked headline of two short sentences as the title; 22: a mail's headers read apart by the `email` package (.eml, or text opening with them), a boxed advertisement between rules, a letter's sign-off, "label: address" links and a postal footer after the last paragraph, a page's comments from their heading to its end, a poster's name over its handle, an appeal to like and subscribe, a channel's audience count, a distribution list («Рассылка:»), a page's buttons, a line of tag links, a social post's page headed by the post its <title> quotes; 23: an HTML page's comments box (id or class "comments", "comment-list", "replies", ...), an author's role between two lines of a byline, "More articles by <name>" at the page's end, a confidentiality notice ("Not investment advice", «Для служебного пользования»), a dotted dateline ending on an abbreviation («· 5 мин.»), a video card ending on its views and age, an HTML paragraph in a document's Title style as the headline, a reviewer's comments ("[a]…") and their markers in the text; 24: a bar of reactions ("♡ 214 💬 31 ↻ Restack", «Нравится 146»), a platform's appeal to subscribe ("Subscribe for free", «Подпишитесь на сообщество»), a community's "more articles" block, a note's related notes («Связанные заметки» over wikilinks), and a dated item of a kept list (a note's sources) kept as the list's; 25: a post a channel marks as an advertisement ("#реклама …"), a reply's quote of the post above, a channel page titled by its post's bold headline when its stated title names the poster of every post, a blog's <h1> name above the post's own heading (the page's og:title), a '#' headline of two sentences, "Top highlight", "Published in …", «Оригинал взят у …», «14 комментариев»; 26: a PDF cover's title on two lines as one headline, dot-leader lines kept apart, a contents page under its "Contents" heading, "About the <Name>" end matter, a line of credits parted by dots or bars; 27: a transcript's short turn after a speaker's label ("Host: Why March?") is prose, neither a byline nor a record's details; 28: a PDF title on up to four lines, a two-column body under a wide abstract kept in whole paragraphs, a numbered heading and each bullet of a slide opening a paragraph, a running head on one page made of the title's words, a forum's profile fields, "Re:" subjects, pagination bar, "Return to «forum»" link and "Who is online", a signature, author box and cite box by their class, back matter run together or parted by blank lines, "Notes on contributors", a closing slide's «Спасибо за внимание!», a speaker's initials, name and role, a sentence a PDF page leaves open going on overleaf; a dash that says "is" («Доля — 46%») makes no menu; 29: by their HTML class, an answer's signature ("post-signature"), a licence line, similar or related items, a sidebar's boxes, a heading that labels a block ("fulltext-label"), a sort bar's label, buttons ("btn", "ask-button") and links to comments; 30: a repository's record fields stacked label over value, a file offered for download with its size, a keyword list under its label's own line, a thread's counter ("2 answers"), a badge ("✓ Chosen by the asker"), "Sign in to post …", a byline with the surname in capitals and a place ("Anna VELD, Lorna"); in a PDF the type of each line: the headline in the largest size as the title when the metadata has none, a change of size or face opening a paragraph, a note's line opening on a superscript mark, a column of other items beside the headline dropped, a sentence carried overleaf joined above the page's notes; the publication's date in a record's history ("Published online …"); 31: a section listing files to download with its heading and notes, buttons ending on an arrow or a caret ("Read on the website →", «Самые актуальные ▾»), one lower-case word between chrome lines, counters after reaction symbols and with abbreviations opening the comments they count, a signature and the signer's title, headings numbered I., II. kept; in a PDF a metadata title that is a code or a placeholder ignored, the headline the largest type of three words or more, a page's foot in small type dropped; 32: a record's stacked fields read above the first section heading, labelled lines and chrome in a row under the lead ("From: …", "Delivered on: …", "Location: …"); 33: a heading of six words at most over nothing but chrome ("Event gallery"); 34: a PDF saved by a browser titled by its headline, not by its <title> with the site's name, a slide program's placeholder title ignored, a superscript note mark in a correct Russian text kept, authors with note marks and their affiliations, "– ENDS –", organisers' and sponsors' lines, a syndicated copy's notes ("Read the original at …", "This story is republished from …", "Report an issue …"), "Save for later", a read-later export's "Site: …" among its record, the reader's "My notes" and "Exported from …" line, links side by side with nothing between them one a line, a credit right under the last paragraph ("Source: press service of …"), by their class a bar of reactions, a login box and a newsletter's sign-up box, a bar «Класс! 214 Поделиться 52»; 35: Hugo's TOML front matter ('+++') read as YAML's is, and lines of template tags alone (Hugo's shortcodes, Liquid's tags) dropped from Markdown; a newsletter's "View this letter in your browser", "Were you forwarded this …?", "You are receiving … because …" lines, "Views are her own" and «не является юридической консультацией» disclaimers, a mailing-list archive's thread links, sort bar, scrubbed-attachment note and footer; 36: an HTML <pre> keeps its lines and paragraphs (a mail in a list's archive), a mail's parts around its letter (boilerplate_mail.py: a rule with a label, headers in a row, the forwarder's note, a quoted reply under its attribution, the signature under '--', a salutation, a sender's line with an address), a letter's close after a hard-wrapped last paragraph, a note's line opening on a superscript mark ends no page's footer, a title without a list's tag or 'Re:' / 'Fwd:', a PDF printed by a mail client titled by its headline, «Пожаловаться на …»; 37: a link's note alone ("19. https://…", a text browser's list of links), by their class a notebook's prompts and code editors and a heading's anchor link ('¶'), a headline wrapped over two lines standing alone (a text browser's dump), "… in your inbox" appeals and "Republish this story …", a stenogram's «Председательствует …», «Начало в …» and «Стенограмму вела: …»); 38: in a text parted by form feeds (pdftotext) a page's first line cutting a sentence the page before leaves open goes with the page number above it (ingest/text_pages.py), a numbered heading naming a place and a month («2.1. Лорна, февраль 2023 года») no dateline but, standing apart, a section's heading, a headline ending on a bracket that closes no sentence no paragraph, a Word table of bold labels and plain values read as "Label: value" lines, a labelled line already chrome keeps a record's details together, a wiki's "Created by …, last updated by …" line, "Labels:", "Child pages", "For internal use only", "do not necessarily reflect the views of", «принадлежат авторам и могут не …», "Comments are closed", an author card by its class, a deck's "Thank you" and "Questions?", share links spelt in Russian («Фейсбук Икс ЛинкедИн»), «Подробнее» alone; a '#' heading parted by a dash is no menu; in a PDF a line further below the one above than 1.4 times the document's usual step for its type size opens a paragraph; 39: in a text parted by form feeds the feet and recurring heads (a stamp, a cable's running head) that cut a sentence go at every page break and the sentence reads on, a numbered paragraph's hard-wrapped lines joined as a plain paragraph's, a comments heading over the article's numbered paragraphs going on is its section ("COMMENT" over "12."), three labelled lines or more after the last paragraph ("Drafted: …", "Cleared: …", "Approved: …"), a signer's title over the initials and surname, «Исп.:», a Word table of contents (its TOC styles and the heading above), a heading parted by a dash between two paragraphs («Пять стран — пять криптографий») no menu, "Hubs:" / «Хабы:», a script's "Show more" / «Показать ещё» button inside a post, a community's post page headlined by the line its page describes itself by, "END OF MESSAGE"; 40: a routing block of labelled lines in capitals no headline set over several lines, a "SUBJECT:" line a title without its label, a word in capitals right above the first paragraph under the headline a section's heading, no masthead ("SUMMARY"), a comments heading over numbered paragraphs kept in a hard-wrapped text too; 41: a transcript of timed turns ("00:02:15 Name Surname: …") read as its speakers' paragraphs without the clock times (ingest/turns.py), «Транскрипт создан автоматически …»; 42: a subtitler's credit ("Subtitles by …", «Субтитры подготовила …») and a talk's subtitles read as its paragraphs (ingest/subtitles.py); 43: a timed turn going on over a Markdown blank line joins its speaker's turn; 44: an HTML note's mark ("<sup>[3]</sup>", "[citation needed]") dropped, by their class a wiki's "[edit]" links, categories, hatnote and navigation box, what the site marks as not printed, a poster's picture, initials and name and a reply's link, "External links" / «Внешние ссылки», a published document's bar ("Published using …", "Report abuse", "Updated automatically every …"), a subtitler's credit after a label ("Captions: …", «Субтитры: …»), «… закрепил это сообщение»; 45: a line in parts set apart by middle dots no headline, and above the headline a strapline that goes; 46: in a talk's subtitles a parenthesis of what was said kept, only a sound label goes («(смех)», a line «(громкий смех)»); 47: a memo's "Re: …" under its To/From/Date lines is its headline, no forum reply's subject; 48: "1 Introduction" is a numbered heading, no author line with a mark; 49: a postal address line ("720017, г. …") is contact chrome; a Word note link's mark in long styled spans goes; 50: an <article>'s own <header> read, a word processor's page titled by the line its <title> repeats, a signature, a visitor counter, a caps name over a headline, one-column and one-row tables as lines, a pull quote by its class; 51: a text laid out in two columns (pdftotext -layout) read column by column, a title set centred on two lines one line, a line a hard-wrapped sentence runs through no dateline, "Email this article"; 52: a browser-printed PDF titled by its <title> less the site where it opens on the headline, a bold headline a little larger than the text, a copyright line after a footer's links, items between bars no prose, a "Related" label and the lines after it, a paywall's offer by its classes, a live blog's hosts, a comment thread with its replies; 53: a market ticker's line of signed changes, a wire's credits parted by semicolons, three different widget words (one named twice is one), a speaker named in brackets after a caption's chevrons, a subtitle file's title without its track's language or its channel after a bar, a paper's printed title without the number its metadata adds, an advertisement closed by its hashtag, a poll by its class; 54: a hearing's front matter above its first numbered question; 55: a transcript of turns each under a line of its speaker's label and a clock time ("Host  2:14") read as its speakers' paragraphs, its sounds in brackets alone on a line dropped, "Transcribed by …" and "Duration: …" lines; 56: a notes app's query blocks (```dataview```), tasks ("- [ ] …") and embedded files ("![[chart.png]]") dropped from Markdown; 57: by their HTML class a forum post's poster, thanks and number ("post-user", "user-info"), the thread's page bar ("pagenav") and line of facts ("thread-meta"); 58: a line opening on a bullet ("• …") is neither the authors' line nor a menu: a slide's bullet; 59: a margin's line numbers in a PDF (bare numbers counting up by one down a page), a transcript's stage directions ("(Recess.)") and its reporter's certificate, a video page's copied transcript panel (a clock time alone over each caption) read as paragraphs under its chapters, "Search in video", "Sent from my …", "Attachments:" among a mail's headers, an external-sender banner and a confidentiality notice, a viewer's counter of two pages ("Страница 14–15 из 48"), a comment count in thousands ("1 тыс. комментариев"), "For further information, please contact:" as end matter; 60: a document viewer's text layer (lines placed by "top:") read as a PDF page's lines, its largest type the headline; 61: a chronology's dated headings kept, a court's e-signature stamp and a judge's signature with two initials dropped, a PDF titled by a document symbol titled by its headline; 62: a page's tool buttons on one line, a link back and a notice's inside-information line dropped, a stenogram page's remarks in brackets dropped, a justified line of short words no menu; 63: a PDF whose metadata title is a web address's slug titled by its headline, a legal legend set in capitals of 20 words or more, a newspaper's imprint («Подписано в печать …», «Тираж …», «Учредители: …») a rating report's end matter ("Applicable Criteria", "Sources of Information", "DISCLAIMERS") and a journal's "Disclosure statement", a Word file under a letterhead in capitals titled by the headline below it, a digest item's source and date alone on a line ("Lorna Post, 03.12.2025, 09:15") and a media player by its class (its clock and download link); 64: an act's list item "(c) …" no copyright, a page's og:title set over several lines of its text its headline and a document's number alone ("Document 32025D…", "IF12847") dropped, a thesis abstract's cover and particulars («На правах рукописи», «Защита состоится …», a degree holder's line, the author's full name with the surname in capitals) dropped and in a PDF a one-word line in the headline's type no rival headline, a Word paper's kind in capitals going on in lower case its headline with it, a marked heading of up to 45 words a title, a headline with a colon no record's field, a debate's clock times ("2.30 pm"), chair in brackets and procedure lines, an e-book store's particulars, a back-to-top link by its class; 65: a debate's speaker line ending on two brackets ("… (Anna Veld) (Lorna West) (Lab)") heads the words under it however long the office it names; 66: the names of a head the cleaner drops (masthead, byline, authors, record details) are kept beside the text as the document's credits; 67: a thesis abstract's list of the author's publications at its end goes however long, its heading on two lines, and the leading organisation under its label; a section's heading in capitals is no name nor masthead; 68: a Word contents' entries with their pages in order go with their heading; a letter's signatories and a meeting's participants at the end go however long; a letter's salutation and closing, an obituary's caption credit, topics and reuse link, a donation banner; 69: a bare name beside a contact line goes with it; 70: a letter's addressees under "To:" alone and its signer under its closing; 71: a meeting record's procedural sentences, a members' list led by spaced dots, a commission's annex of its delegations and a consent to the processing of personal data; 72: a Word paper's kind in capitals heads its subject in lower case over four section headings or more, a PDF's kind alone above a headline going on in lower case heads it; 73: a heading or a list's item ends a letter's signer; 74: a call's operator, his label and headings, a letter's signer's title in its box, a signature over a heading, a contents list naming the headings below; 75: a syllabus's approval formulas; 76: a form's signing blocks (a blank to sign on, the signer's post, «Утверждаю» / "Approved by"), a full name with a patronymic and the affiliation under it, a programme's time slots and talks, a marked headline no byline, a list's item opening on a widget word; 77: a label's line before its colon stays a widget however it ends, and a full name with a patronymic makes no byline of the title's line over it; 78: a page's headline of one or two words gives way to its stated title when that opens on it and says more; 79: a title page's contents read as its masthead and names go, contents' entries and front pages numbered in Roman numerals, a PDF titled by a paper's kind in capitals over its subject in lower case, a marked headline of up to 45 words, a signer's name set as a heading; a PDF letter titled by its subject line over its salutation; 80: a book's verso running head word for word on a third of the pages, a Creative Commons licence line, a court's hand-down notice, a page's customer or viewers' reviews to its end)

# Layout of `Cleaned.text`:
#   blocks are separated by one blank line ("\n\n"); a block is the title line, a heading line,
#   a paragraph (one line), a list ("- item" lines) or a table ("Header: cell; Header: cell." lines).
# Sections: each heading starts one; the title line and the lead paragraphs before the first
# heading belong to no section.

# --------------------------------------------------------------------------- characters

_INVISIBLE_SPACE = "\u00a0\u2007\u202f\u3000"  # non-breaking and odd widths -> plain space
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\ufffd"
_STRAY_SYMBOLS_RE = re.compile("[\u2800-\u29ff]")  # braille / arrows left by a double decode
_MOJIBAKE_RE = re.compile("\u00e2([^\x00-\x7f])([^\x00-\x7f])?")  # UTF-8 E2 xx xx read as cp125x


def _decode_e2(chars: str, pad: bool) -> str | None:
    """Re-read `â` + `chars` as the UTF-8 bytes they came from; None if they are not mojibake."""
    for codec in ("cp1252", "cp1250"):
        try:
            tail = chars.encode(codec)
        except UnicodeEncodeError:
            continue
        # cp125x has no glyph for byte 0x81, so "E2 81 A4" (U+2064) arrives as "â¤"
        raw = b"\xe2\x81" + tail if pad else b"\xe2" + tail
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(decoded) == 1:
            return decoded
    return None


def _repair_mojibake(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2) or ""
    candidates = [(first + second, False, "")] if second else []
    candidates.append((first, True, second))
    for chars, pad, rest in candidates:
        decoded = _decode_e2(chars, pad)
        if decoded is not None:
            invisible = unicodedata.category(decoded) in {"Cf", "Zs", "Zl", "Zp", "Cc"}
            return (" " if invisible else decoded) + rest
    return match.group(0)


# line breaks other than "\n": old Mac "\r", Unicode's line and paragraph separators (text taken from
# JSON or Word), and the form feed and vertical tab of text converted from PDF or Word pages
_LINE_BREAKS = {ord("\u2028"): "\n", ord("\v"): "\n", ord("\u2029"): "\n\n", ord("\f"): "\n\n"}
# typographic ligatures of PDFs set in LaTeX or InDesign ("ﬁnancial"): the letters, so words match
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}
_CONTROL_RE = regex.compile(r"[[\p{Cc}\p{Cf}\p{Cs}\p{Co}]--[\n\t]]", regex.V1)  # control, format, surrogate, private-use


def fix_mojibake(text: str) -> str:
    """Remove mis-decoded invisible characters and normalise spaces and line breaks, keeping real punctuation."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS).translate(_LIGATURES)
    text = unicodedata.normalize("NFC", text)
    text = repair_cyrillic(text)  # Russian read in the wrong code page ("Ïðåçèäåíò")
    text = _MOJIBAKE_RE.sub(_repair_mojibake, text)
    text = _STRAY_SYMBOLS_RE.sub(" ", text)
    text = text.translate({ord(c): " " for c in _INVISIBLE_SPACE})
    text = text.translate({ord(c): None for c in _ZERO_WIDTH})
    text = _CONTROL_RE.sub("", text)
    return "\n".join(collapse_spaces(text.split("\n")))


# --------------------------------------------------------------------------- paragraphs


def _continues(previous: _Line, line: _Line, width: int = 0) -> bool:
    """Is `line` the hard-wrapped continuation of `previous` (`width`: the text's wrap width, 0 if none)?"""
    if line.kind != "text" or previous.kind not in {"text", "bullet"}:
        return False
    prose = previous.kind == "text" or bool(_NUMBERED_RE.match(previous.text))  # a numbered paragraph ("3. Truck …")
    if prose and (ends_open(previous.text) or runs_on(previous.text, line.text, width)):
        return True
    if previous.text[-1] in _TERMINAL:
        return False
    if prose and _HYPHEN_BREAK.search(previous.text) and line.text[0].isupper():
        return True  # "Central Asia-" / "China gas pipeline": a compound broken at its hyphen
    if line.text[0].isdigit() and prose and len(previous.text.split()) >= 8:
        return not _is_heading_like(previous.text)  # "... ties with its neighbours. Since" / "2021 the capital has ..."
    if not line.text[0].islower():
        return False
    return previous.kind == "bullet" or not _is_heading_like(previous.text) or (width and len(previous.text.split()) >= 8)


_HYPHEN_BREAK = re.compile(r"[^\W\d_]{2}-$")  # a word hyphenated at the line's end ("Ashga-")


def _join_wrapped(lines: list[_Line], markdown: bool) -> list[_Line]:
    """Join hard-wrapped lines of one paragraph (in markdown, every text line of a paragraph)."""
    out: list[_Line] = []
    width = 0 if markdown else wrap_width(lines)
    for line in lines:
        if out and out[-1].kind != "blank":
            previous = out[-1]
            joins = markdown and previous.kind == "text" and line.kind == "text"
            if joins or _continues(previous, line, width):
                hyphen = _HYPHEN_BREAK.search(previous.text)
                # "state-" / "ments" -> "statements"; "Asia-" / "China" -> "Asia-China"
                glue = previous.text if hyphen and line.text[:1].isupper() else previous.text[:-1] if hyphen else f"{previous.text} "
                out[-1] = _line(previous.kind, f"{glue}{line.text}")
                continue
        out.append(line)
    return out


_GLUED_STOP_RE = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z])")  # "juncture.This" (not U.S., 4.0%)
_GLUED_COMMA_RE = re.compile(r"(?<=[A-Za-z0-9]),(?=[A-Za-z])")  # "region,comprising" (not 1,000)


# a footnote mark glued to the end of a sentence ("... or China.1 Since", "... in 2021.2 Within"): dropped
_FOOTNOTE_MARK_RE = re.compile(r"(?:(?<=[^\W\d_]{2}[.!?;»”\"])|(?<=\b(?:19|20)\d\d\.))\d{1,2}(?=\s+[A-ZА-ЯЁ][a-zа-яё]|$)")


def _fix_spacing(text: str) -> str:
    text = _FOOTNOTE_MARK_RE.sub("", text)
    text = _GLUED_STOP_RE.sub(". ", text)
    text = _GLUED_COMMA_RE.sub(", ", text)
    return _SPACES_RE.sub(" ", text).strip()


def _echo_key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower().replace("’", "'").replace("'", ""))


@dataclass(frozen=True)
class _Block:
    kind: str  # title | heading | paragraph | list | table
    text: str


def _blocks(lines: list[_Line]) -> list[_Block]:
    """Group lines into blocks; recognise headings and drop echoes of earlier headings/title."""
    blocks: list[_Block] = []
    seen: set[str] = set()
    group_kind = {"bullet": "list", "row": "table"}
    previous_kind = "blank"
    for line in lines:
        text = _fix_spacing(line.text)
        kind = line.kind
        if kind == "blank" or not text:
            previous_kind = "blank"
            continue
        if kind in group_kind:
            if previous_kind == kind and blocks and blocks[-1].kind == group_kind[kind]:
                blocks[-1] = _Block(blocks[-1].kind, f"{blocks[-1].text}\n{text}")
            else:
                blocks.append(_Block(group_kind[kind], text))
        elif kind == "title" or kind == "heading" or _is_heading_like(text):
            key = _echo_key(text)
            if key in seen:
                previous_kind = kind
                continue  # a repeated heading or title
            seen.add(key)
            has_title = any(block.kind == "title" for block in blocks)
            blocks.append(_Block("title" if kind == "title" and not has_title else "heading", text))
        else:
            blocks.append(_Block("paragraph", text))
        previous_kind = kind
    return blocks


def _assemble(blocks: list[_Block], title: str | None) -> Cleaned:
    parts: list[str] = []
    starts: list[tuple[str, int]] = []
    offset = 0
    for block in blocks:
        if block.kind == "heading":
            starts.append((block.text, offset))
        parts.append(block.text)
        offset += len(block.text) + 2
    text = "\n\n".join(parts)
    sections = tuple(
        Section(heading, start, starts[i + 1][1] if i + 1 < len(starts) else len(text))
        for i, (heading, start) in enumerate(starts)
    )
    return Cleaned(text=text, sections=sections, title=_fix_spacing(title) if title else None)


# --------------------------------------------------------------------------- entry point


def source_text(raw: str, fmt: str = "text") -> str:
    """The text whose lines the cleaner reads: decoded, repaired, html flattened to markdown."""
    if fmt not in {"text", "markdown", "html"}:
        raise ValueError(f"unknown format {fmt!r}; expected text, markdown or html")
    text = fix_mojibake(timed_turns(without_page_furniture(unfolded_columns(raw.replace("\r\n", "\n"))))) if fmt == "text" else raw
    if fmt == "html":
        text = stated_headline(without_stage_directions([fix_mojibake(_html_to_markdown(text_layer(text)))])[0], raw)
    elif fmt == "markdown":
        text = _atx_headings(_reference_links(strip_inline_html(timed_turns(_note_furniture(text)))))
    return text


# a notes app's furniture in Markdown: a plugin's query block (```dataview … ```), a task ("- [ ] check …"), an
# embedded file alone on its line ("![[chart.png]]")
_QUERY_BLOCK_RE = re.compile(r"^ {0,3}(```|~~~)[ \t]*(?:dataview|dataviewjs|query|tasks)[ \t]*\n.*?^ {0,3}\1[ \t]*$\n?",
                             re.MULTILINE | re.DOTALL | re.IGNORECASE)
_NOTE_LINE_RE = re.compile(r"^ {0,3}(?:[-*+] \[[ xX]\] .*|!\[\[[^\]\n]+\]\][ \t]*)$\n?", re.MULTILINE)


def _note_furniture(text: str) -> str:
    """A note's query blocks, tasks and embedded files dropped: the note's own workings, none of its text."""
    return _NOTE_LINE_RE.sub("", _QUERY_BLOCK_RE.sub("", text))


_LINK_DEFINITION_RE = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*<?\S+>?(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*$", re.MULTILINE)
_REF_IMAGE_RE = re.compile(r"!\[[^\]]*\]\[[^\]]*\]")
_REF_LINK_RE = re.compile(r"\[([^\]^][^\]]*)\]\[[^\]]*\]")
_FOOTNOTE_REF_RE = re.compile(r"\[\^[^\]\s]+\](?!:)")
_FOOTNOTE_DEF_RE = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:[ \t]*", re.MULTILINE)


def _reference_links(text: str) -> str:
    """Markdown's reference-style links as their text: "[route][1]" -> "route", "![map][m]" -> "",
    the "[1]: https://..." definitions dropped; footnote marks "[^1]" dropped, their notes kept as text."""
    text = _LINK_DEFINITION_RE.sub("", text)
    text = _REF_IMAGE_RE.sub("", text)
    text = _REF_LINK_RE.sub(r"\1", text)
    text = _FOOTNOTE_DEF_RE.sub("", text)
    return _FOOTNOTE_REF_RE.sub("", text)


_UNDERLINE_RE = re.compile(r"^(?:={3,}|-{3,})$")
_NOT_A_HEADING = ("#", "- ", "* ", "+ ", "|", ">", "```", "~~~")


def _atx_headings(text: str) -> str:
    """Markdown's underlined (setext) headings as '#' headings: "Title\n=====" -> "# Title".

    Only a single line standing alone above the underline counts; any other underline is left.
    """
    lines = text.split("\n")
    for i in range(1, len(lines)):
        rule = lines[i].strip()
        above = lines[i - 1].strip()
        if not _UNDERLINE_RE.match(rule) or not above or above.startswith(_NOT_A_HEADING) or len(above.split()) > 20:
            continue
        if _UNDERLINE_RE.match(above) or (i >= 2 and lines[i - 2].strip()):
            continue
        lines[i - 1] = ("# " if rule[0] == "=" else "## ") + above
        lines[i] = ""
    return "\n".join(lines)


def clean(raw: str, fmt: str = "text", repeated: Collection[str] = ()) -> Cleaned:
    """Clean one raw document; `fmt` is "text", "markdown" or "html". Chrome is dropped by form first
    (`boilerplate.strip`; `repeated` holds the lines that recur across the document's folder), then by the
    site-specific rules below; the names of its head that go are kept beside the text (`credits.py`)."""
    return clean_source(source_text(raw, fmt), fmt, repeated)


MAX_PASSES = 4  # cleaning passes until the text stops changing (real pages settle after one)


def clean_source(text: str, fmt: str = "text", repeated: Collection[str] = ()) -> Cleaned:
    """`clean` for text already through `source_text` (the corpus loader prepares it once).

    Cleaning is idempotent: several rules read a line's context (the headline, the first paragraph, a URL line
    ending a paragraph), and dropping a line can change the context of another. So the cleaned text is cleaned
    again, as plain text, until it stops changing; the sections of Markdown and HTML (explicit in the source only)
    are carried over to the final text, those of plain text are the ones the settled text shows; the credits are
    the first pass's.
    """
    cleaned = _clean_pass(text, fmt, repeated, credits=True)
    for _ in range(MAX_PASSES - 1):
        again = _clean_pass(source_text(cleaned.text), "text", ())
        if fmt == "text":  # headings of plain text are read from the text: the settled pass's are the ones
            if (again.text, again.sections) == (cleaned.text, cleaned.sections):
                break
            cleaned = replace(cleaned, text=again.text, sections=again.sections, title=cleaned.title or again.title)
            continue
        if again.text == cleaned.text:
            break
        cleaned = replace(cleaned, text=again.text, sections=_relocated(cleaned.sections, again.text),
                          title=cleaned.title or again.title)
    return cleaned


def _relocated(sections: tuple[Section, ...], text: str) -> tuple[Section, ...]:
    """`sections` found again in `text`, in order, each heading as a block of its own."""
    starts: list[tuple[str, int]] = []
    at = 0
    for section in sections:
        found = _block_at(text, section.heading, at)
        if found is not None:
            starts.append((section.heading, found))
            at = found + len(section.heading)
    return tuple(
        Section(heading, start, starts[i + 1][1] if i + 1 < len(starts) else len(text))
        for i, (heading, start) in enumerate(starts)
    )


def _block_at(text: str, block: str, at: int) -> int | None:
    """Where `block` stands alone between blank lines in `text`, from `at` on; None if nowhere."""
    found = text.find(block, at)
    while found >= 0:
        end = found + len(block)
        if (found == 0 or text.startswith("\n\n", found - 2)) and (end == len(text) or text.startswith("\n\n", end)):
            return found
        found = text.find(block, found + 1)
    return None


_PAGE_BREAK = frozenset({"page number", "running head", "journal header"})  # the furniture of a page break (a web address alone is not)


def _unfinished(kept: list[str]) -> bool:
    """The last line kept is a line of prose (six words or more) that ends no sentence: a page break of a
    converted PDF falls inside its paragraph ("... The Afghan utility," / footer, running head / "has ...")."""
    last = next((line.strip() for line in reversed(kept) if line.strip()), "")
    return len(last.split()) >= 6 and last[-1] not in ".!?…:;\"”»’)"


def _clean_pass(text: str, fmt: str, repeated: Collection[str], credits: bool = False) -> Cleaned:
    """One pass of the cleaner over prepared text; with `credits`, the names of the head it drops (the first pass's)."""
    from .boilerplate import MIDLINE_REASONS, strip

    markdown = fmt != "text"
    kept: list[str] = []
    bridging = False  # across a page break: its blank lines are dropped with its furniture
    verdicts = strip(_join_split_headline(_join_caps_headline(text.split("\n"))), repeated)
    for verdict in verdicts:
        if verdict.reason is None:
            if not (bridging and not verdict.line.strip()):
                kept.append(verdict.line)
                bridging = False
        elif verdict.reason in MIDLINE_REASONS:
            bridging = bridging or (not markdown and verdict.reason in _PAGE_BREAK and _unfinished(kept))
            while bridging and kept and not kept[-1].strip():
                kept.pop()
        else:
            kept.append("")  # the chrome line ends the paragraph before it
            bridging = False
    text = "\n".join(kept)
    lines = _glued_tables(_pipe_tables(_to_lines(text, markdown)))
    lines = _drop_chrome(_join_wrapped(lines, markdown))
    lines, title = _split_head(lines)
    cleaned = _assemble(_sentence_case_headings(_blocks(lines)), title)
    return replace(cleaned, credits=head_credits(verdicts)) if credits else cleaned


HEADING_WORDS = 7  # words of a heading in sentence case at most
HEADED_WORDS = 20  # words of the paragraph it heads at least


def _sentence_case_headings(blocks: list[_Block]) -> list[_Block]:
    """A short paragraph in sentence case without closing punctuation, standing between two blocks and
    followed by a paragraph of prose (or a long numbered one: a treaty's «Статья 4. …» over «1. …»), is a heading
    («Прагматизм вместо бойкота», "Why the detour matters"): a plain text has no mark for it, and a Russian heading
    is never in title case."""
    out = list(blocks)
    for i in range(1, len(out) - 1):
        block, after = out[i], out[i + 1]
        words = block.text.split()
        if block.kind != "paragraph" or after.kind not in ("paragraph", "list") or "\n" in block.text or not words:
            continue
        if len(words) <= HEADING_WORDS and block.text[:1].isupper() and (block.text[-1].isalnum() or block.text[-1] in "»”)\"") \
                and len(after.text.split()) >= HEADED_WORDS and after.text.rstrip()[-1:] in ".!?…»”\")":
            out[i] = _Block("heading", block.text)
    return out
