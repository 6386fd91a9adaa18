"""Chrome of letters, post threads and video pages by form (cleaning 22): a mail's headers read by the `email` package,
a newsletter's boxed advertisement, sign-off, "label: address" links and postal footer, a page's comments from their
heading to its end, a poster's name over its handle, an appeal to like and subscribe, a distribution list, and a social
post's page titled by the post its <title> quotes.

The texts are written for these tests; the forms follow eval/unseen15/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

import shutil
from email.message import EmailMessage
from pathlib import Path

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

from assistant.ingest.cleaning import clean
from assistant.ingest.corpus import load_corpus, scan_corpus
from assistant.ingest.front_matter import html_title
from assistant.ingest.mail import looks_like_mail, read_mail

LAST = ("The ministry said the first group of nurses would leave in the spring, once their papers were checked, and "
        "that the rest would follow in smaller groups over the year.")


def _letter() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "The Lorna Letter <letter@lorna.example>"
    message["To"] = "reader@example.org"
    message["Subject"] = "No. 7 | Lorna opens its clinics to Veldmark nurses"
    message["Date"] = "Wed, 10 Dec 2025 07:30:12 +0600"
    body = f"Lorna opens its clinics to Veldmark nurses\n\n{PROSE}\n\n{MORE}\n\n{LAST}\n"
    message.set_content(body, cte="quoted-printable")
    return message


def test_a_mail_is_read_under_its_headers_with_its_date_and_sender(tmp_path: Path) -> None:
    data = bytes(_letter())
    assert b"Content-Transfer-Encoding: quoted-printable" in data and looks_like_mail(data)
    mail = read_mail(data)
    assert mail is not None and mail.kind == "text" and "Subject:" not in mail.text
    assert mail.declared == {"date": "2025-12-10", "publisher": "The Lorna Letter",
                             "title": "No. 7 | Lorna opens its clinics to Veldmark nurses"}
    assert PROSE in " ".join(mail.text.split())  # the quoted-printable body decoded, its soft line breaks joined
    for name in ("letter.eml", "letter.txt"):  # saved by a mail client, or under a text name
        folder = tmp_path / name.split(".")[1]
        folder.mkdir()
        (folder / name).write_bytes(data)
        (doc,) = load_corpus(scan_corpus(folder))
        assert doc.title == "Lorna opens its clinics to Veldmark nurses" and doc.date == "2025-12-10"
        assert doc.publisher == "The Lorna Letter"
        assert "From:" not in doc.text and "quoted-printable" not in doc.text and LAST in doc.text


def test_a_text_opening_on_one_label_is_no_mail() -> None:
    assert not looks_like_mail(f"From: our correspondent in Lorna\n\n{PROSE}\n".encode())
    assert not looks_like_mail(f"Subject: ferries\nDate: today\nTo whom it may concern, {PROSE}\n".encode())
    assert not looks_like_mail(f"Title: Ferries\nAuthor: Nora Veldt\nDate: 2025-12-10\n\n{PROSE}\n".encode())  # no sender


def test_a_newsletters_box_sign_off_links_and_footer_go() -> None:
    rule = "-" * 60
    page = ["THE LORNA LETTER", "", "# Lorna opens its clinics to Veldmark nurses", "", PROSE, "", MORE, "", LAST, "",
            rule, "SPONSORED · Veld HR Partners", "Hiring in Lorna? Our free webinar on recruitment runs on 17 December.",
            "Letter readers register at veld-hr.example/webinar", rule, "", "See you next Wednesday,", "Nora", "",
            "Forward this letter to a colleague: https://lorna.example/letters/7/share", "",
            "The Lorna Letter · Lorna Media LLC · 12 Quay Street, Lorna 720040"]
    reasons = reasons_of(page, "markdown")
    for line in ("Hiring in Lorna? Our free webinar on recruitment runs on 17 December.",
                 "Letter readers register at veld-hr.example/webinar", "See you next Wednesday,", "Nora",
                 "Forward this letter to a colleague: https://lorna.example/letters/7/share",
                 "The Lorna Letter · Lorna Media LLC · 12 Quay Street, Lorna 720040"):
        assert reasons[line] is not None, line
    assert reasons[PROSE] is None and reasons[MORE] is None and reasons[LAST] is None


def test_a_box_opened_by_prose_and_a_closing_sentence_with_a_comma_stay() -> None:
    rule = "=" * 40
    boxed = "Key figures: 2,500 nurses a year, B2 German within eighteen months, and a review after two years."
    page = ["# Lorna opens its clinics", "", PROSE, "", rule, boxed, MORE, rule, "", LAST, "",
            "Thanks to everyone who wrote in,", "and to the nurses who spoke to us on the record in Lorna."]
    reasons = reasons_of(page, "markdown")
    assert reasons[boxed] is None and reasons[MORE] is None and reasons[LAST] is None
    assert reasons["Thanks to everyone who wrote in,"] is None  # the next line is no name: no sign-off
    table = ["# Lorna's partners", "", PROSE, "", LAST, "", "| Partner | Contribution | Year |", "|---|---|---|",
             "| Veld Fund | Loan for the line to Lorna | 2019 |", "| Lorna Bank | Grant | 2021 |"]
    cleaned = clean("\n".join(table), "markdown")
    assert "Veld Fund" in cleaned.text and "Lorna Bank" in cleaned.text  # a table's rows are no footer of dotted parts


def test_a_pages_comments_go_from_their_heading_to_the_end() -> None:
    page = ["# Посылки подорожают", "", RUSSIAN, "", RUSSIAN_MORE, "", RUSSIAN.replace("марте", "апреле"), "",
            "1 316 комментариев", "", "Упорядочить", "", "@lorna_user 4 дня назад", "",
            "Работаю в пункте выдачи в Лорне, у нас уже говорят о сокращениях, спасибо за спокойный разбор.", "",
            "Почему паромы в Лорне дешевле, чем в Вельдмарке", "", "212 тыс. просмотров · 1 месяц назад"]
    reasons = reasons_of(page, "markdown")
    comment = "Работаю в пункте выдачи в Лорне, у нас уже говорят о сокращениях, спасибо за спокойный разбор."
    for line in ("1 316 комментариев", comment, "Почему паромы в Лорне дешевле, чем в Вельдмарке"):
        assert reasons[line] is not None, line
    assert reasons[RUSSIAN] is None and reasons[RUSSIAN_MORE] is None
    thread = ["# Lorna's ferries", "", PROSE, "", MORE, "", LAST, "", "Replies", "", "Replying to @nveldt", "",
              "Great thread. From the port side: the berth fee is real, we paid it twice this year for the same ship.",
              "", "Show more replies"]
    reasons = reasons_of(thread, "markdown")
    assert reasons["Great thread. From the port side: the berth fee is real, we paid it twice this year for the same ship."]
    assert reasons[LAST] is None


def test_a_comments_heading_above_most_of_the_article_opens_nothing() -> None:
    # a counter of comments under the headline: most of the article is below it, and stays
    page = ["# Lorna's ferries", "", "Comments (23)", "", PROSE, "", MORE, "", LAST]
    reasons = reasons_of(page, "markdown")
    assert reasons[PROSE] is None and reasons[MORE] is None and reasons[LAST] is None


def test_a_posters_name_an_appeal_and_a_distribution_list_go() -> None:
    page = ["# Lorna's ferries", "", "Nora Veldt @nveldt Follow", "", PROSE, "", MORE, "",
            "If this was useful, like and subscribe, and tell us in the comments what you would like covered next.", "",
            "Рассылка: МИД — 2 экз.; в дело — 1 экз."]
    reasons = reasons_of(page, "markdown")
    assert reasons["Nora Veldt @nveldt Follow"] == "byline"
    assert reasons["If this was useful, like and subscribe, and tell us in the comments what you would like covered next."]
    assert reasons["Рассылка: МИД — 2 экз.; в дело — 1 экз."] is not None
    assert reasons[PROSE] is None and reasons[MORE] is None
    assert reasons_of(["# Lorna", "", "Nora Veldt @nveldt said the ferry would run in March, and the port agreed.", "",
                       PROSE], "markdown")["Nora Veldt @nveldt said the ferry would run in March, and the port agreed."] is None


def test_a_social_posts_page_is_titled_by_the_post_its_title_quotes() -> None:
    page = ('<title>Nora Veldt on X: "Lorna\'s ferries are back. The berth fee is their next test." / X</title>'
            '<meta property="og:title" content="Nora Veldt on X">')
    assert html_title(page) == "Lorna's ferries are back. The berth fee is their next test."
    quoted = ('<title>Minister: "We will not raise the berth fee this year" - Lorna News</title>'
              '<meta property="og:title" content="Minister: we will not raise the berth fee this year">')
    assert html_title(quoted) == "Minister: we will not raise the berth fee this year"  # og:title holds the quote: kept


def test_the_fresh_sets_video_page_keeps_its_transcript(tmp_path: Path) -> None:
    source = next((Path(__file__).parent.parent / "eval" / "unseen15").glob("YouTube*.html"))
    shutil.copy(source, tmp_path / source.name)
    (doc,) = load_corpus(scan_corpus(tmp_path))
    assert "комментариев" not in doc.text and "просмотров" not in doc.text and "поставьте лайк" not in doc.text
    assert "Евразийский межправительственный совет" in doc.text and "Работаю в пункте выдачи" not in doc.text  # a comment
    assert "318 тыс. подписчиков" not in doc.text and "Поделиться" not in doc.text  # the channel's box, its buttons
