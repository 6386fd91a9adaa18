"""Cleaning 74, for fresh dev sets 64 and 65: a call's operator (his label, the call's headings and his lines of
procedure and courtesy: "Thank you. Our next question comes from … Please go ahead."), in English and in Russian, and
a letter's signer's title in its own box on a page, a signature under an address and over a heading, and a contents
list whose numbered entries name the headings below it. The texts are written for these tests."""

from __future__ import annotations

from chrome_support import reasons_of

from assistant.ingest.cleaning import clean

CALL = """# Vettin Ferries plc (VFP) Q3 2025 Earnings Call Transcript

## Call participants

## Prepared Remarks

Operator

Good afternoon, ladies and gentlemen, and welcome to the Vettin Ferries third quarter call. Today's call is being recorded.

Some of the statements made on this call are forward-looking statements that involve risks and uncertainties, and actual results may differ materially from those expressed or implied. I will now hand the call over to Anna Veld, Chief Executive Officer. Please go ahead.

Anna Veld

Thank you. Our ferries carried 412,000 lorries across the Inland Sea in the quarter, a fifth more than a year ago, and the new berth at Brannock opened in September.

## Question-and-Answer Session

Thank you. We will now begin the question-and-answer session. Our first question comes from Tom Hallam with Orrin Securities. Please go ahead.

Tom Hallam

Thanks. How much did the storms in October cost you, and will you keep all four ships on the northern route next winter?

About 3.1 million dollars of lost sailings, which insurance covers in part. We will move two ships to the southern route in
December, where the storms are rarer and the harbour at Brannock is sheltered, and keep two on the northern one.

Our next question comes from Lea Brasin with Lorna Capital.

This concludes today's conference call. Thank you for attending, and you may now disconnect.
"""

ЗВОНОК = """# Паромы Веттина: конференц-звонок по итогам третьего квартала 2025 года

Оператор

Дамы и господа, добрый день. Звонок записывается.

Анна Вельдова

Спасибо. Наши паромы перевезли через Внутреннее море 412 тысяч грузовиков за квартал, на пятую часть больше, чем год назад.

Спасибо. Следующий вопрос от Олега Брасина, «Лорна Капитал». Пожалуйста.

Олег Брасин

Во сколько обошлись компании октябрьские штормы и сколько рейсов пришлось отменить?

На этом конференц-звонок завершён. Спасибо за участие.
"""

LETTERS = """<html><body><article>
<h1>Letters to the Editor</h1>
<h2>Keep the ferry fee low</h2>
<p>Your report on the ferry fee between Lorna and Vettin (2 December) left out the lorry drivers, who now wait two days at Brannock because 25 dollars a crossing is more than many of them earn in a day.</p>
<p>When I served in Vettin the port handled 180 lorries a day, and the fee was a tenth of what it is now.</p>
<p class="letter__signature">Anna Veld, Brasia</p>
<p class="letter__signature-title">Former consul in Vettin</p>
<a class="letter__reply" href="mailto:letters@example.org">Reply to this letter</a>
</article></body></html>"""


def test_a_calls_operator_goes_and_its_speakers_stay() -> None:
    kept = clean(CALL, "markdown").text
    for prose in ("412,000 lorries", "How much did the storms in October", "3.1 million dollars"):
        assert prose in kept, prose
    for chrome in ("Operator", "Call participants", "Question-and-Answer Session", "being recorded",
                   "forward-looking", "comes from", "concludes today's", "begin the question"):
        assert chrome not in kept, chrome


def test_a_russian_calls_operator_goes() -> None:
    kept = clean(ЗВОНОК, "markdown").text
    assert "412 тысяч грузовиков" in kept and "октябрьские штормы" in kept
    for chrome in ("Оператор", "Звонок записывается", "Следующий вопрос от", "завершён"):
        assert chrome not in kept, chrome


def test_a_courtesy_before_a_speakers_point_keeps_the_line() -> None:
    text = CALL.replace("Thanks. How much did the storms in October cost you,",
                        "Thank you. Our next question comes from the port itself: how much did the storms in October cost you,")
    assert "the port itself: how much did the storms in October cost you" in clean(text, "markdown").text


def test_a_sentence_opening_on_a_label_word_stays() -> None:
    text = CALL.replace("Tom Hallam\n\nThanks.", "Operators of the other ferry lines cut their fares by 8 percent.\n\nThanks.")
    assert "Operators of the other ferry lines cut their fares by 8 percent." in clean(text, "markdown").text


def test_a_letters_signer_title_and_reply_link_go() -> None:
    kept = clean(LETTERS, "html").text
    assert "180 lorries a day" in kept
    for chrome in ("Former consul in Vettin", "Reply to this letter"):
        assert chrome not in kept, chrome


ПАСПОРТ = """# Инвестиционный паспорт Лорнийской области

Обращение акима области

Лорнийская область – ворота страны к портам Внутреннего моря: через неё проходят два международных коридора, а
внешнеторговый оборот области за девять месяцев 2025 года вырос на 7,8 процента, до 3,9 млрд долларов.

Аким Лорнийской области А. Вельдов

1. Общие сведения

Область занимает 300 тысяч квадратных километров и граничит с Веттином, с которым её связывают пять пунктов пропуска
и железнодорожная линия до порта Браннок, открытая в 2019 году.
"""


def test_a_signature_under_an_address_and_over_a_heading_goes() -> None:
    kept = clean(ПАСПОРТ, "markdown").text
    assert "7,8 процента" in kept and "пять пунктов пропуска" in kept and "Общие сведения" in kept
    assert "А. Вельдов" not in kept


def test_a_signature_like_line_over_prose_stays() -> None:
    text = ПАСПОРТ.replace("1. Общие сведения\n\n", "")
    assert "Аким Лорнийской области А. Вельдов" in clean(text, "markdown").text


ДАЙДЖЕСТ = """ОБЗОР ПЕЧАТИ
Паромная политика Лорны

Содержание:
1. Лорна и Веттин снизят паромный сбор (Лорнийские вести)
2. Порт Браннок примет второй паром (Портовый курьер)
3. Брасия откроет консульство в Лорне (Вечерняя Лорна)

Лорна и Веттин снизят паромный сбор
Правительства Лорны и Веттина договорились снизить сбор за провоз грузовика на пароме с 25 до 12 долларов с 1 марта 2026 года, сообщили в министерстве транспорта Лорны.

Порт Браннок примет второй паром
Второй паром на линии через Внутреннее море встанет к причалу Браннока в апреле 2026 года; его вместимость – 80 грузовиков, вдвое больше, чем у первого.

Брасия откроет консульство в Лорне
Консульство Брасии откроется в порту Браннок в первой половине 2026 года и будет выдавать визы водителям грузовиков за пять рабочих дней.
"""


def test_a_contents_list_naming_the_headings_below_goes() -> None:
    kept = clean(ДАЙДЖЕСТ, "text").text
    assert "с 25 до 12 долларов" in kept and "80 грузовиков" in kept and "пять рабочих дней" in kept
    for chrome in ("Содержание", "(Лорнийские вести)", "(Портовый курьер)", "(Вечерняя Лорна)"):
        assert chrome not in kept, chrome


def test_a_numbered_list_naming_a_line_not_below_is_no_contents() -> None:
    text = ДАЙДЖЕСТ.replace("Брасия откроет консульство в Лорне\nКонсульство", "Консульство")
    reasons = reasons_of(text.splitlines(), "text")
    assert reasons["Содержание:"] != "contents"
    assert reasons["1. Лорна и Веттин снизят паромный сбор (Лорнийские вести)"] != "contents"
    assert reasons_of(ДАЙДЖЕСТ.splitlines(), "text")["Содержание:"] == "contents"


def test_a_papers_kind_in_capitals_before_its_metadata_title_is_its_title() -> None:
    from assistant.ingest.formats.pdf_layout import printed_title

    lines = ["Кафедра международных отношений", "РАБОЧАЯ ПРОГРАММА ДИСЦИПЛИНЫ «Паромная дипломатия Лорны и Веттина»",
             "Направление подготовки 41.03.05 Международные отношения"]
    assert printed_title("Паромная дипломатия Лорны и Веттина", lines) == \
        "РАБОЧАЯ ПРОГРАММА ДИСЦИПЛИНЫ «Паромная дипломатия Лорны и Веттина»"
    assert printed_title("Паромная дипломатия Лорны", lines) is None  # the line says more than the title
    lines[1] = "Рабочая программа дисциплины «Паромная дипломатия Лорны и Веттина»"
    assert printed_title("Паромная дипломатия Лорны и Веттина", lines) is None  # no kind in capitals
