"""Write the mail file of the forty-first fresh dev set by hand (quopri for the body, base64 for the encoded words):

eval/unseen41/Сальдо №87 — два года преференций с Турцией.eml — issue 87 of «Сальдо», the weekly Russian-language
newsletter of a (fictional) Tashkent outlet, «Пайтахт Медиа», on trade and money in Central Asia, as a reader's mail
client saves it under its subject: a single-part HTML message (no multipart/alternative, no text part): the headers
of a delivered newsletter (Return-Path, Received, From with its name as a UTF-8 encoded word, To, Subject as encoded
words, Date, Message-ID, List-Id, List-Unsubscribe with an https and a mailto address, List-Unsubscribe-Post,
X-Mailer, MIME-Version, Content-Type text/html; charset=utf-8, Content-Transfer-Encoding quoted-printable) over the
body, CRLF line ends. The HTML is a table-based layout with inline styles, every piece of text the reader sees on one
source line: a hidden preheader, «Открыть в браузере», the logo text «САЛЬДО» with its strapline, the issue's number
and date, the label «Главная тема», the headline (`<h1>`), a standfirst, the byline, the issue's lead analysis in
paragraphs under five `<h2>` subheadings, «Читать на сайте», «Коротко» with four short items, the sponsor's block
(«Партнёр выпуска», the sponsor's name, a sentence, a link), «Переслать коллеге», the social links, «Вы получили это
письмо, потому что …», «Отписаться · Настроить рассылку», the postal address, a © line and a 1x1 tracking image.

The text is written for this set; the outlet, its newsletter, the author, the exporter quoted, the sponsor, the
quotes and all figures are fictional (the preferential trade agreement between Uzbekistan and Turkey, Turkey's
customs union with the EU, the Chamber of Commerce and Industry of Uzbekistan, the Centre for Economic Research and
Reforms and the ministries named are real, but what is said of them here, dates included, is written for this set).
Run with the project's venv: .venv/bin/python eval/make_unseen41_eml.py
"""

from __future__ import annotations

import base64
import html
import quopri
from pathlib import Path

HERE = Path(__file__).resolve().parent / "unseen41"
SUBJECT = "Сальдо №87 — два года преференций с Турцией"
OUT = HERE / f"{SUBJECT}.eml"

SITE = "https://paytakht.media"
TRACK = "https://t.paytakht.media/c/87"
PREHEADER = "Что дали Узбекистану два года преференциальной торговли с Анкарой и о чём стороны договорятся в феврале"
VIEW = "Открыть в браузере"
LOGO = "САЛЬДО"
STRAPLINE = "Торговля и деньги Центральной Азии · еженедельная рассылка «Пайтахт Медиа»"
ISSUE = "Выпуск №87 · 4 декабря 2025"
LABEL = "Главная тема"
HEADLINE = "Два года преференций: что Узбекистан получил от торгового соглашения с Турцией"
STANDFIRST = (
    "Соглашение о преференциальной торговле с Анкарой помогло узбекской пряже и сухофруктам, но до цели в 5 млрд "
    "долларов товарооборота ещё далеко, а за уступки платят бюджет и местные производители."
)
BYLINE = "Текст: Нодира Исмаилова, обозреватель «Сальдо»"

BODY = [
    (None, [
        "Соглашение о преференциальной торговле между Узбекистаном и Турцией вступило в силу 1 августа 2023 года. Это "
        "первый документ такого рода, который Ташкент заключил со страной за пределами СНГ, и через два с лишним года "
        "его действия можно подвести первые итоги.",
    ]),
    ("Что снижено и для кого", [
        "Соглашение охватывает 1 031 товарную позицию. По 557 из них Турция снизила или обнулила пошлины для "
        "узбекских товаров, по 474 Узбекистан сделал то же для турецких. Для узбекской стороны главное — хлопковая "
        "пряжа, сухофрукты, бобовые и продукция химии; для турецкой — машины и оборудование, пластмассы, бытовая "
        "техника и мебель.",
        "Самая заметная уступка касается пряжи: турецкая пошлина на хлопковую пряжу из Узбекистана снижена с 8 до 4 "
        "процентов, тогда как для большинства других поставщиков вне ЕС она осталась прежней. Для сухофруктов Турция "
        "открыла беспошлинную квоту — 10 тысяч тонн в год. Какая часть квоты выбрана в 2025 году, Министерство "
        "торговли Турции не сообщает, а узбекские экспортёры называют разные цифры.",
        "Чтобы получить льготу, товар должен быть действительно узбекским: по правилам происхождения не менее 40 "
        "процентов его стоимости должно быть создано в Узбекистане. Для пряжи это условие выполнить легко, для "
        "бытовой техники, которую в стране в основном собирают из импортных деталей, — почти невозможно.",
    ]),
    ("Цифры товарооборота", [
        "По данным узбекской статистики, товарооборот двух стран в 2024 году составил 3,6 млрд долларов, а за десять "
        "месяцев 2025 года — 3,1 млрд, на 7 процентов больше, чем годом ранее. Экспорт Узбекистана в Турцию за десять "
        "месяцев достиг 1,42 млрд долларов, и 38 процентов этой суммы пришлось на хлопковую пряжу.",
        "Быстрее всего растут поставки сухофруктов: за десять месяцев они увеличились в полтора раза, до 31 тысячи "
        "тонн, причём кроме изюма Турция всё больше покупает курагу и сушёную дыню. Импорт из Турции за тот же период "
        "составил 1,68 млрд долларов, так что дефицит Узбекистана в торговле с Анкарой заметно сократился.",
        "Президенты двух стран поставили цель довести товарооборот до 5 млрд долларов в год. При нынешних темпах её "
        "удастся достичь не раньше 2029 года, подсчитали в ташкентском Центре экономических исследований и реформ. "
        "«Соглашение сняло самые очевидные барьеры, но дальше рост упирается в логистику и в то, что Узбекистану пока "
        "нечего предложить Турции, кроме сырья и полуфабрикатов», — говорит экономист центра Шерзод Алимов.",
    ]),
    ("Сертификаты и бумаги", [
        "С марта 2025 года сертификаты происхождения для турецкого направления выдаются в электронном виде через "
        "портал Торгово-промышленной палаты. За десять месяцев палата оформила около 6 400 таких сертификатов, и, по "
        "её данным, время оформления сократилось с трёх рабочих дней до нескольких часов.",
        "Турецкая таможня, однако, по-прежнему запрашивает бумажные оригиналы примерно для каждой десятой партии, "
        "говорит Бахтиёр Юсупов, директор экспортной компании из Ферганы. По его словам, мелкие экспортёры часто "
        "вообще не пользуются льготами, потому что не знают о них или не хотят связываться с документами. По "
        "оценке палаты, по льготным ставкам сейчас идёт около 60 процентов узбекского экспорта в Турцию по "
        "стоимости, остальное ввозится на общих условиях.",
    ]),
    ("Турецкий капитал и цена уступок", [
        "Соглашение подстегнуло и инвестиции. В Узбекистане работает около 2 200 компаний с турецким капиталом — "
        "каждая седьмая иностранная компания в стране. За два года турецкие инвесторы открыли 37 текстильных фабрик, "
        "главным образом в Ферганской долине и Кашкадарьинской области, чтобы перерабатывать местный хлопок и "
        "поставлять готовую одежду в Турцию и Европу. Общий объём турецких инвестиций за 2025 год Министерство "
        "инвестиций, промышленности и торговли пока не опубликовало.",
        "У соглашения есть и цена. Снижение пошлин на турецкие товары уменьшило таможенные поступления, но сколько "
        "бюджет недополучил, Министерство экономики и финансов не раскрывает. Узбекские мебельщики жалуются на "
        "конкуренцию: по данным их ассоциации, доля турецкой мебели на внутреннем рынке выросла с 12 до 19 процентов.",
    ]),
    ("Что дальше", [
        "Стороны договорились расширить соглашение. Следующий раунд переговоров намечен на февраль 2026 года в "
        "Анкаре: Ташкент хочет добавить в список готовый текстиль и плодоовощную продукцию, Анкара — услуги и "
        "строительные материалы. Какие именно товары войдут в расширенный список, стороны не раскрывают.",
        "Полноценная зона свободной торговли пока остаётся разговором на будущее. Мешает членство Турции в таможенном "
        "союзе с ЕС: по промышленным товарам Анкара не может дать третьим странам больше, чем позволяет общий "
        "внешний тариф союза. «Следующие два года будут годами мелких шагов», — говорит собеседник «Сальдо» в "
        "турецком посольстве в Ташкенте.",
    ]),
]

READ_ON_SITE = "Читать на сайте"
SHORT = "Коротко"
SHORT_ITEMS = [
    ("Казахстан.", "Правительство продлило запрет на вывоз сахара автотранспортом до конца марта."),
    ("Кыргызстан.", "Нацбанк выпустил памятную монету к Играм кочевников, продажи начнутся в январе."),
    ("Таджикистан.", "В Худжанде открылся оптовый рынок сухофруктов с холодильным складом."),
    ("Туркменистан.", "Ашхабад и Баку обсудили паромное расписание на зиму."),
]
SPONSOR_LABEL = "Партнёр выпуска"
SPONSOR = "Oqtosh Logistics"
SPONSOR_TEXT = "Сборные грузы из Ташкента в Мерсин и Стамбул с таможенным оформлением под ключ."
SPONSOR_LINK = "Узнать условия"
FORWARD = "Переслать коллеге"
RECEIVING = (
    "Вы получили это письмо, потому что подписались на рассылку «Сальдо» на сайте paytakht.media или на нашем "
    "стенде на выставке."
)
ADDRESS = "ООО «Пайтахт Медиа» · ул. Шота Руставели, 41 · Ташкент, 100070 · Узбекистан"
COPYRIGHT = "© 2025 Пайтахт Медиа. Перепечатка — с указанием источника."


def html_part() -> str:
    e = html.escape
    td = 'style="padding:0 28px;font-family:Georgia,\'Times New Roman\',serif;font-size:17px;line-height:27px;color:#1f1f1f"'
    out = [
        "<!DOCTYPE html>",
        '<html lang="ru">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(SUBJECT)}</title>",
        "<style>a{color:#0b6e4f} .muted{font-family:Arial,sans-serif;font-size:12px;color:#8a8a8a}</style>",
        "</head>",
        '<body style="margin:0;padding:0;background:#eef1ee">',
        f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{e(PREHEADER)}</div>',
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef1ee"><tr><td align="center">',
        '<table role="presentation" width="620" cellpadding="0" cellspacing="0" border="0">',
        '<tr><td class="muted" align="right" style="padding:10px 8px">',
        f'<a href="{TRACK}/view" style="color:#8a8a8a">{e(VIEW)}</a>',
        "</td></tr>",
        "</table>",
        '<table role="presentation" width="620" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">',
        '<tr><td style="padding:26px 28px 12px 28px;border-top:6px solid #0b6e4f">',
        f'<div style="font-family:Arial,sans-serif;font-size:34px;font-weight:900;letter-spacing:6px;color:#0b6e4f">{e(LOGO)}</div>',
        f'<div style="font-family:Arial,sans-serif;font-size:13px;color:#555555;padding-top:4px">{e(STRAPLINE)}</div>',
        f'<div class="muted" style="padding-top:6px">{e(ISSUE)}</div>',
        "</td></tr>",
        f"<tr><td {td}>",
        f'<p style="font-family:Arial,sans-serif;font-size:12px;font-weight:bold;text-transform:uppercase;color:#c0392b;margin:18px 0 6px 0">{e(LABEL)}</p>',
        f'<h1 style="font-size:28px;line-height:34px;margin:0 0 12px 0">{e(HEADLINE)}</h1>',
        f'<p style="font-size:19px;line-height:28px;color:#4a4a4a;margin:0 0 12px 0"><em>{e(STANDFIRST)}</em></p>',
        f'<p class="muted" style="margin:0 0 18px 0">{e(BYLINE)}</p>',
    ]
    for heading, paras in BODY:
        if heading:
            out.append(f'<h2 style="font-family:Arial,sans-serif;font-size:20px;margin:26px 0 8px 0">{e(heading)}</h2>')
        out += [f'<p style="margin:0 0 16px 0">{e(p)}</p>' for p in paras]
    out += [
        (f'<p style="margin:8px 0 24px 0"><a href="{TRACK}/lead" style="font-family:Arial,sans-serif;font-weight:bold;'
         f'background:#0b6e4f;color:#ffffff;padding:10px 18px;text-decoration:none;display:inline-block">{e(READ_ON_SITE)}</a></p>'),
        "</td></tr>",
        '<tr><td style="padding:8px 28px 8px 28px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;border-top:1px solid #e3e3e3">',
        f'<h3 style="font-size:16px;text-transform:uppercase;letter-spacing:2px;color:#0b6e4f;margin:16px 0 8px 0">{e(SHORT)}</h3>',
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">',
    ]
    out += [
        f'<tr><td style="padding:0 0 10px 0"><a href="{TRACK}/s{i}" style="color:#1f1f1f;text-decoration:none"><b>{e(lead)}</b> {e(text)}</a></td></tr>'
        for i, (lead, text) in enumerate(SHORT_ITEMS, start=1)
    ]
    out += [
        "</table>",
        "</td></tr>",
        '<tr><td style="padding:12px 28px 20px 28px">',
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f6f3ea;border-left:4px solid #d4a017">',
        '<tr><td style="padding:14px 16px;font-family:Arial,sans-serif">',
        f'<div style="font-size:11px;text-transform:uppercase;letter-spacing:1px;color:#8a8a8a">{e(SPONSOR_LABEL)}</div>',
        f'<div style="font-size:18px;font-weight:bold;padding-top:4px">{e(SPONSOR)}</div>',
        f'<div style="font-size:14px;padding-top:4px">{e(SPONSOR_TEXT)}</div>',
        f'<div style="padding-top:8px"><a href="{TRACK}/partner">{e(SPONSOR_LINK)}</a></div>',
        "</td></tr>",
        "</table>",
        "</td></tr>",
        "</table>",
        '<table role="presentation" width="620" cellpadding="0" cellspacing="0" border="0">',
        '<tr><td class="muted" align="center" style="padding:20px 28px 30px 28px;line-height:19px">',
        f'<p style="margin:0 0 10px 0"><a href="{TRACK}/forward">{e(FORWARD)}</a></p>',
        ('<p style="margin:0 0 10px 0"><a href="https://t.me/saldo_paytakht">Telegram</a> · '
         '<a href="https://www.instagram.com/paytakht.media">Instagram</a> · '
         '<a href="https://www.youtube.com/@paytakhtmedia">YouTube</a></p>'),
        f'<p style="margin:0 0 10px 0">{e(RECEIVING)}</p>',
        (f'<p style="margin:0 0 10px 0"><a href="{SITE}/unsubscribe?list=saldo&amp;u=5b7e21d4">Отписаться</a> · '
         f'<a href="{SITE}/subscriptions?u=5b7e21d4">Настроить рассылку</a></p>'),
        f'<p style="margin:0 0 10px 0">{e(ADDRESS)}</p>',
        f'<p style="margin:0">{e(COPYRIGHT)}</p>',
        "</td></tr>",
        "</table>",
        "</td></tr></table>",
        '<img src="https://t.paytakht.media/o/87/5b7e21d4.gif" width="1" height="1" alt="" style="display:block;border:0">',
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


def encoded_words(text: str, limit: int = 36) -> str:
    """RFC 2047 base64 encoded words of at most `limit` characters of text each, folded onto continuation lines."""
    chunks, chunk = [], ""
    for word in text.split(" "):
        candidate = f"{chunk} {word}" if chunk else word
        if len(candidate) > limit and chunk:
            chunks.append(chunk + " ")
            chunk = word
        else:
            chunk = candidate
    chunks.append(chunk)
    words = [f"=?UTF-8?B?{base64.b64encode(c.encode('utf-8')).decode('ascii')}?=" for c in chunks]
    return "\r\n ".join(words)


def main() -> None:
    headers = [
        ("Return-Path", "<bounce+87.5b7e21d4@news.paytakht.media>"),
        ("Received", "from mx3.news.paytakht.media (mx3.news.paytakht.media [198.51.100.23])\r\n"
                     "\tby mxs.kapitalmail.uz with ESMTPS id 7QxK2mW0bN4r\r\n"
                     "\tfor <b.rakhimov@kapitalmail.uz>; Thu, 04 Dec 2025 07:30:14 +0500"),
        ("From", f"{encoded_words('Сальдо · Пайтахт Медиа')} <saldo@news.paytakht.media>"),
        ("To", "b.rakhimov@kapitalmail.uz"),
        ("Subject", encoded_words(SUBJECT)),
        ("Date", "Thu, 04 Dec 2025 07:30:12 +0500"),
        ("Message-ID", "<87.5b7e21d4.20251204023012@news.paytakht.media>"),
        ("List-Id", "Saldo <saldo.news.paytakht.media>"),
        ("List-Unsubscribe", f"<{SITE}/unsubscribe?list=saldo&u=5b7e21d4>,\r\n"
                             " <mailto:unsubscribe@news.paytakht.media?subject=saldo-5b7e21d4>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("X-Mailer", "Pochtovik 4.2"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/html; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    body = quopri.encodestring(html_part().encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    OUT.write_bytes((head + "\r\n" + body).encode("ascii"))


if __name__ == "__main__":
    main()
