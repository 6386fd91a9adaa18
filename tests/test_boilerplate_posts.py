"""Chrome of newsletters, podcast pages, blogs and picture captions by form (cleaning 14): a masthead
with its tagline, "Forwarded this email?", a sponsor's quoted box, a bar of share links, a "reply to this
email" footer, a podcast's credits, chapters, transcript label and related episodes, a user's handle, a
blog's menu bar above its name, a caption ending on its photo credit.

The texts are written for these tests; the forms follow eval/unseen8/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from chrome_support import MORE, PROSE, reasons_of

from assistant.ingest.cleaning import clean

RUSSIAN = (
    "Паромщики северного берега договорились в марте делить причалы с новой линией, сообщили в управлении "
    "порта после встречи."
)
RUSSIAN_MORE = "Грузооборот линии за первое полугодие вырос на пятую часть, ещё два парома придут в июне."

_reasons = reasons_of


def test_a_newsletters_masthead_forward_note_sponsor_box_share_bar_and_reply_line_go() -> None:
    masthead = "**THE LORNA FERRY LETTER** · Weekly notes on the northern shore"
    sponsor = ["> **SPONSORED BY VELDMARK MARINE INSURANCE**",
               "> Cover for hulls and cargo on every shore. [Get a quote →](https://example.org/quote?ref=letter)"]
    share = ("**Liked this issue?** Pass it on: [X](https://x.com/intent/tweet?url=https://example.org/12) · "
             "[LinkedIn](https://www.linkedin.com/sharing/share-offsite/?url=https://example.org/12)")
    letter = ["[View this email in your browser](https://example.org/12)", "", masthead, "",
              "*Forwarded this email? [Subscribe here](https://example.org/subscribe) — it's free.*", "", "---", "",
              "# Ferries Share the Lorna Berths From May", "", PROSE, "", *sponsor, "", MORE, "", "---", "", share, "",
              "*The letter is written in Lorna. Reply to this email to reach the editor.*"]
    reasons = _reasons(letter, "markdown")
    assert reasons[masthead] == "masthead"
    assert reasons["*Forwarded this email? [Subscribe here](https://example.org/subscribe) — it's free.*"] == "widget"
    assert all(reasons[line] is not None for line in sponsor)
    assert reasons[share] == "share bar"
    assert reasons["*The letter is written in Lorna. Reply to this email to reach the editor.*"] is not None
    assert reasons[PROSE] is None and reasons[MORE] is None
    cleaned = clean("\n".join(letter), "markdown")
    assert cleaned.title == "Ferries Share the Lorna Berths From May"
    for gone in ("LORNA FERRY LETTER", "Forwarded", "SPONSORED", "quote", "Liked this issue", "Reply to this email"):
        assert gone not in cleaned.text
    assert PROSE in cleaned.text and MORE in cleaned.text


def test_a_quoted_statement_is_kept_and_only_a_chrome_label_takes_its_quote_along() -> None:
    quote = ["> We will keep the berths open through the winter, whatever the ice does.",
             "> The harbour master said so on Friday, [in a statement](https://example.org/statement)."]
    reasons = _reasons(["# Ferries Share the Lorna Berths", "", PROSE, "", *quote, "", MORE], "markdown")
    assert all(reasons[line] is None for line in quote)


def test_a_caps_headline_without_a_tagline_is_no_masthead() -> None:
    headline = "LORNA FERRIES SHARE BERTHS"
    reasons = _reasons(["Northern Shore Courier", "", headline, "", PROSE, "", MORE])
    assert reasons[headline] is None
    assert clean("\n".join(["Northern Shore Courier", "", headline, "", PROSE, "", MORE])).title is not None


def test_a_podcast_pages_credits_chapters_transcript_label_and_related_episodes_go_and_the_turns_stay() -> None:
    credits = "Host: Mara Olsen · Guest: Tomas Veld, Lorna Maritime Institute · Producer: Ida Brant"
    chapters = ["Chapters", "00:00 Introduction", "02:10 The berth agreement", "05:45 What the ice season means"]
    disclaimer = ("This transcript was produced by speech-recognition software and checked by our editors. "
                  "Please check against the audio before quoting.")
    related = ["Related episodes", "Ep. 11 · The Lorna Canal at Fifty", "Ep. 9 · Who Owns the Northern Shore?"]
    turns = ["MARA OLSEN  00:00:05", PROSE, "", "TOMAS VELD  00:00:31", MORE]
    page = ["SHORE TALK", "Podcast | Newsletter | About", "", "EPISODE 12 · 3 May 2025 · 38 min", "",
            "Ferries, Berths and the Ice: the Northern Shore's New Line", "", credits, "", *chapters, "",
            "Transcript", disclaimer, "", *turns, "", *related]
    reasons = _reasons(page)
    assert reasons[credits] == "byline"
    assert all(reasons[line] is not None for line in chapters + related)
    assert reasons["Transcript"] is not None and reasons[disclaimer] is not None
    assert all(reasons[" ".join(line.split())] is None for line in turns if line)
    cleaned = clean("\n".join(page))
    assert cleaned.title == "Ferries, Berths and the Ice: the Northern Shore's New Line"
    for gone in ("Producer", "Chapters", "02:10", "speech-recognition", "Related episodes", "Lorna Canal"):
        assert gone not in cleaned.text
    assert "TOMAS VELD" in cleaned.text  # who speaks stays with what is said
    assert PROSE in cleaned.text and MORE in cleaned.text


def test_a_blogs_handles_menu_bar_and_comments_go_and_its_post_title_is_the_title() -> None:
    headline = "Два парома и одна зима: что меняется на северном берегу"
    comment = "А про летнее расписание что-нибудь говорили? Мы каждый год ездим в июле."
    blog = ["Блоги", "Лента · Популярное · Сообщества · Поиск · Войти", "lorna_notes", "Лорнские заметки",
            "записки учительницы о городе, порте и всём остальном", "« Предыдущая запись | Следующая запись »", "",
            "lorna_notes", "3 мая 2025, 21:47", "", headline, "", RUSSIAN, "", f"{RUSSIAN_MORE} {RUSSIAN}", "",
            "Метки: паромы, порт, лорна", "Ссылка · 12 комментариев · Поделиться", "", "Комментарии (12)",
            "veld_ivan", "3 мая 2025, 22:10", comment, "Ответить · Ветвь дискуссии", "", "Показать ещё 11 комментариев"]
    reasons = _reasons(blog)
    assert reasons["lorna_notes"] == "handle" and reasons["veld_ivan"] == "handle"
    assert reasons[RUSSIAN] is None and reasons[f"{RUSSIAN_MORE} {RUSSIAN}"] is None
    cleaned = clean("\n".join(blog))
    assert cleaned.title == headline
    assert "lorna_notes" not in cleaned.text and comment not in cleaned.text and "записки учительницы" not in cleaned.text
    assert RUSSIAN in cleaned.text and RUSSIAN_MORE in cleaned.text


def test_a_word_with_an_underscore_inside_prose_is_no_handle() -> None:
    line = "The operator's file was named berth_plan_2025 and sent to the port on Monday, the minutes say."
    assert _reasons(["Ferries Share the Lorna Berths", "", line, "", PROSE])[line] is None


def test_a_caption_ending_on_its_credit_goes_and_a_sentence_about_a_photo_stays() -> None:
    caption = "Паромы у причала в Лорне. Фото: пресс-служба порта Лорны"
    english = "Ferries at the Lorna berth. Photo: Northern Shore Port Authority"
    prose = "The ministry released a photo: it shows both ferries at the new berth, moored side by side."
    reasons = _reasons(["Ferries Share the Lorna Berths", "", PROSE, "", caption, "", english, "", prose, "", MORE])
    assert reasons[caption] == "caption" and reasons[english] == "caption"
    assert reasons[prose] is None and reasons[PROSE] is None


def test_a_hearing_summarys_head_contents_witnesses_and_disclaimers_go_and_its_headline_is_the_title() -> None:
    """Cleaning 15: a committee's hearing summary written in numbered paragraphs."""
    paragraph = f"1. The Chair opened the hearing. {PROSE}"
    second = f"2. The rapporteur spoke next. {MORE} {PROSE}"
    head = ["LORNA ASSEMBLY", "Committee on Shipping (SHIP)", "HEARING SUMMARY",
            "Ref. SHIP/HS/2025/3 · Lorna, 4 May 2025 · Prepared by the secretariat", "",
            "Ferries at the Northern Berths: Capacity, Ice and the New Line", "",
            "Public hearing held on 2 May 2025, 10:00–12:30, harbour building, room 4", "Chair: Ida Brant (Veldmark)", "",
            "CONTENTS", "A. Purpose of the hearing ............ paragraphs 1–2", "B. The ice season ................ paragraphs 3–5", "",
            "Witnesses:", "- Dr Tomas Veld, harbour master, Port of Lorna", "- Ms Mara Olsen, ferry operator, by video link", ""]
    tail = ["", "Documents received: written submissions from two ferry operators (5 pages), on the committee's website.",
            "This summary was prepared by the secretariat for information only. It is not a verbatim record.",
            "The full recording of the hearing is available on the Assembly's video site."]
    page = [*head, "A. PURPOSE OF THE HEARING", "", paragraph, "", second, *tail]
    reasons = _reasons(page)
    for line in [h for h in head[3:] if h and not h.startswith("Ferries")] + [t for t in tail if t]:
        assert reasons[" ".join(line.split())] is not None, line
    assert reasons[paragraph] is None and reasons[second] is None
    cleaned = clean("\n".join(page))
    assert cleaned.title == "Ferries at the Northern Berths: Capacity, Ice and the New Line"
    for gone in ("Ref.", "10:00", "Ida Brant", "paragraphs 1", "Tomas Veld", "verbatim", "full recording", "Documents received"):
        assert gone not in cleaned.text
    assert PROSE in cleaned.text and MORE in cleaned.text


def test_an_interviews_byline_caption_and_paywall_go_and_a_quoted_subheading_stays() -> None:
    subheading = "## «Теперь паромы будут ходить чаще»"
    page = ["# Два парома и одна зима: интервью с капитаном порта Лорны", "", "Беседовала Мара Ольсен", "",
            "Томас Вельд. Фото из личного архива", "", RUSSIAN, "", "Чтобы дочитать, оформите подписку", "",
            "Полный текст интервью доступен подписчикам «Лорнских вестей».", "", subheading, "",
            f"{RUSSIAN_MORE} {RUSSIAN}", "", "Смотрите видео", "Сюжет: Ида Брант, оператор Томас Вельд", "",
            "Хотите сообщить новость?", "Пишите в WhatsApp: +7 701 000 00 00 — присылайте фото и видео, мы на связи круглосуточно"]
    reasons = _reasons(page, "markdown")
    for line in ("Беседовала Мара Ольсен", "Томас Вельд. Фото из личного архива", "Чтобы дочитать, оформите подписку",
                 "Полный текст интервью доступен подписчикам «Лорнских вестей».", "Смотрите видео",
                 "Сюжет: Ида Брант, оператор Томас Вельд", "Хотите сообщить новость?"):
        assert reasons[line] is not None, line
    assert reasons[RUSSIAN] is None and reasons[subheading] is None
    cleaned = clean("\n".join(page), "markdown")
    assert "«Теперь паромы будут ходить чаще»" in cleaned.text and "WhatsApp" not in cleaned.text
    assert any(s.heading == "«Теперь паромы будут ходить чаще»" for s in cleaned.sections)
    kept = "Фото из архива капитана показали на выставке в Лорне, и за неделю её посетили две тысячи человек."
    assert _reasons([RUSSIAN, "", kept, "", RUSSIAN_MORE])[kept] is None  # a sentence about a photo is prose


def test_a_run_in_note_on_the_authors_or_on_citing_goes_however_long() -> None:
    about = (f"**About the authors.** Mara Olsen is a senior fellow at the Lorna Policy Lab. {PROSE} {MORE}")
    cite = '*Cite this explainer:* Olsen, M. (2025), "Ferries and the Ice", Lorna Policy Lab, Explainer No. 4.'
    own = f"About the same time, the harbour master wrote to the ministry. {PROSE}"
    reasons = _reasons(["# Ferries and the Ice", "", PROSE, "", own, "", MORE, "", "---", "", about, "", cite], "markdown")
    assert reasons[about] == "author note" and reasons[cite] == "author note"
    assert reasons[own] is None and reasons[PROSE] is None


def test_a_forwarded_newsletters_browser_link_forward_note_subscription_footer_and_disclaimers_go() -> None:
    """The lines a mail client's print of a newsletter keeps in plain text (the forms of eval/unseen29/'s Gmail print)."""
    browser = "View this letter in your browser"
    forwarded = "Were you forwarded this letter? Subscribe free at lornaletter.org"
    footer = "You are receiving the Lorna Letter because you signed up at lornaletter.org or at one of our events."
    views = "The author is a fellow at the Lorna Institute and writes the Lorna Letter. Views are her own."
    ru = "Текст отражает мнение автора и не является юридической консультацией."
    letter = [browser, "", "Ferries Share the Lorna Berths From May", "", PROSE, "", MORE, "", views, "", forwarded, "",
              footer]
    reasons = _reasons(letter)
    assert reasons[browser] == "widget" and reasons[forwarded] == "widget" and reasons[footer] is not None
    assert reasons[views] is not None
    assert reasons[PROSE] is None and reasons[MORE] is None
    assert _reasons([RUSSIAN, "", ru, "", RUSSIAN_MORE])[ru] is not None
    # the words in prose are no widget: "you are receiving" opening a sentence of the article is kept
    said = "You are receiving more ferries than any port of the shore, the harbour master told the northern captains."
    assert _reasons([PROSE, "", said, "", MORE])[said] is None


def test_a_mailing_list_archives_thread_links_sort_bar_scrubbed_attachment_and_footer_go() -> None:
    """The lines a Mailman archive page (pipermail) puts around a message (the forms of eval/unseen28/)."""
    chrome = ["Previous message (by thread): [Lorna-L] Ferry berths this spring?",
              "Next message (by thread): [Lorna-L] Re: Ferries share the Lorna berths",
              "Messages sorted by:", "An HTML attachment was scrubbed...",
              "More information about the Lorna-L"]
    reasons = _reasons(["Ferries Share the Lorna Berths From May", "", PROSE, "", MORE, "", *chrome])
    assert all(reasons[line] == "widget" for line in chrome), reasons
    assert reasons[PROSE] is None and reasons[MORE] is None
    said = "More information about the ferries will come in May, the harbour master told the captains of the line."
    assert _reasons([PROSE, "", said, "", MORE])[said] is None  # a sentence of the article
