"""Write the MHTML file of the forty-seventh fresh dev set with Python's email package:

eval/unseen47/Из Барнаула в Ташкент за девять суток_ Алтайский край запустил регулярный контейнерный поезд в Узбекистан
— Сибирский тракт.mhtml — an article of «Сибирский тракт», a (fictional) Barnaul news site, as Chrome saves it with
«Веб-страница, один файл» (the file named from the page's <title>, its colon saved as "_"): a multipart/related MIME
message with type="text/html", the headers Blink writes ("From: <Saved by Blink>", "Snapshot-Content-Location:", a
"Subject:" of the title in RFC 2047 encoded words, "Date:"), the page's HTML as the first part in quoted-printable
UTF-8 with a Content-ID "<frame-…@mhtml.blink>" and its Content-Location, then the style sheet (quoted-printable) and
the logo and two photos (base64, a few bytes each), each with its Content-Location. As Blink does, the snapshot has no
<script> elements and a Content-Type <meta> first in the head.

The page, each piece of text the reader sees on a line of its own in the source: the top line (city, weather and two
exchange rates), the logo's name and tagline, a menu of seven sections and «Поиск», breadcrumbs, the date and time with
the view count, the rubric, the <h1>, a bold lead, «Автор: …», a photo with its caption and «Фото: …» credit, sixteen
paragraphs under two <h2>, a second photo with caption and credit, a quote set apart, the share bar (a label and four
networks), «Теги: …», «Читайте также» with three headlines, «Комментарии (3)» with three comments (name, date, text),
the sign-in line, and a footer (three links, the media registration line, the reuse line, «18+», ©).

The text is written for this set; the site, its author, the company, the minister, the economist, the comments and all
figures and dates are fictional (Barnaul, Novoaltaysk and its Altayskaya station, the Lokot border crossing, the
Turkestan–Siberia railway, Semey, Almaty, Keles, Tashkent's Chukursay station, the Altai Krai government and the Altai
State University are real, but what is said of them here is invented).
Run with the project's venv (Pillow for the images): .venv/bin/python eval/make_unseen47_mhtml.py
"""

from __future__ import annotations

import email.charset
import html
import io
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import encoders
from email.generator import BytesGenerator
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent / "unseen47"
HEADLINE = ("Из Барнаула в Ташкент за девять суток: Алтайский край запустил регулярный контейнерный поезд в "
            "Узбекистан")
TITLE = f"{HEADLINE} — Сибирский тракт"
OUT = HERE / (TITLE.replace(":", "_") + ".mhtml")

SITE = "https://sibtrakt22.ru"
URL = f"{SITE}/news/economy/2025/12/05/iz-barnaula-v-tashkent-konteynernyy-poezd/"
CSS_URL = f"{SITE}/static/css/app.91c3e0a7.css"
LOGO_URL = f"{SITE}/static/img/logo-sibtrakt.png"
PHOTO1_URL = f"{SITE}/upload/iblock/5d1/poezd-altayskaya-03-12-2025.jpg"
PHOTO2_URL = f"{SITE}/upload/iblock/a07/konteynery-muka-zagruzka.jpg"
BOUNDARY = "----MultipartBoundary--Hx4rT9wLq2Zb7Kd1Ns8Vc3Fm6Yp0Gj5Ue1Ai7Ro----"
FRAME_ID = "<frame-3F9A0C51B7D2E46881C0F2A9D5B7E103@mhtml.blink>"
DATE = "Fri, 5 Dec 2025 09:51:36 -0000"

TOPLINE = "Барнаул · −14 °C · USD 78,20 · EUR 91,05"
SITE_NAME = "Сибирский тракт"
TAGLINE = "новости Алтайского края"
MENU = ["Новости", "Экономика", "Политика", "Общество", "Происшествия", "Спорт", "Афиша"]
SEARCH = "Поиск"
CRUMBS = ["Главная", "Экономика", "Внешняя торговля"]
DATELINE = "5 декабря 2025, 10:24"
VIEWS = "Просмотров: 3 418"
RUBRIC = "Экономика"
LEAD = ("Первый состав с мукой, маслом и крупами ушёл со станции Алтайская 3 декабря. С февраля поезда будут "
        "отправляться каждую неделю, а в крае рассчитывают загрузить их на обратном пути узбекскими товарами.")
AUTHOR = "Автор: Марина Колесникова"
CAPTION1 = "Погрузка контейнеров на станции Алтайская перед отправкой первого поезда"
CREDIT1 = "Фото: пресс-служба ООО «АлтайТрансТерминал»"
CAPTION2 = "Мука алтайских мельниц — главный груз нового маршрута"
CREDIT2 = "Фото: Денис Рябов / «Сибирский тракт»"

# (heading or None, paragraphs); "PHOTO2" and "QUOTE" mark where the second photo and the quote stand
BODY = [
    (None, [
        "Первый регулярный контейнерный поезд из Алтайского края в Узбекистан отправился 3 декабря со станции "
        "Алтайская в Новоалтайске. В составе 62 сорокафутовых контейнера: мука, подсолнечное масло, гречневая крупа, "
        "макароны и комбикорм, всего около 1 650 тонн груза от 14 алтайских производителей. Конечная точка "
        "маршрута — станция Чукурсай в Ташкенте.",
        "Прибытие состава в Ташкент ожидается 12 декабря. На Чукурсае контейнеры пройдут таможенное оформление, "
        "после чего мука отправится на хлебозаводы Ташкентской и Сырдарьинской областей, а масло и крупы — в "
        "торговые сети. Какая часть груза уже продана по контрактам, в компании не уточнили.",
        "Поезд идёт через пограничный переход Локоть, дальше по Туркестано-Сибирской магистрали через Семей и Алматы, "
        "а на территорию Узбекистана войдёт через станцию Келес. Протяжённость маршрута — около 3 300 километров, "
        "в пути состав будет девять суток. Раньше алтайские грузы шли в Узбекистан в сборных поездах с перецепкой "
        "вагонов в Казахстане, и доставка занимала от 16 до 20 суток.",
        "Алтайский край не первый регион России с таким сообщением: регулярные контейнерные поезда в Ташкент уже "
        "ходят из Подмосковья и с Урала. Но из Сибири это первый подобный маршрут, уточнили в компании-операторе.",
        "Организатор перевозок — барнаульская логистическая компания «АлтайТрансТерминал». Её партнёр в "
        "Узбекистане — ташкентский экспедитор, название которого в компании пока не раскрывают.",
        "«Мы два года собирали эту схему. Главное — не цена, а предсказуемость: покупатель в Ташкенте должен знать, "
        "что мука придёт в четверг, а не когда-нибудь», — рассказал директор компании Сергей Воронцов.",
    ]),
    ("Расписание и деньги", [
        "До конца зимы запланированы ещё два поезда — 24 декабря и 21 января. С февраля 2026 года составы будут "
        "уходить еженедельно, а с июня, если удастся обеспечить обратную загрузку, — дважды в неделю.",
        "Стоимость перевозки одного контейнера перевозчик не раскрывает. По словам Воронцова, она на 15–20 "
        "процентов ниже, чем доставка тем же грузом на фурах. Казахстанская сторона дала регулярному поезду скидку "
        "на транзит по своему участку в 12 процентов; транзит через Казахстан занимает около пяти суток.",
        "Узким местом остаётся погранпереход Локоть: в ноябре вагоны в ожидании передачи на казахстанскую сторону "
        "простаивали до двух суток. Для регулярного поезда, по словам Воронцова, согласовано приоритетное окно на "
        "переходе, но гарантий на случай снегопадов никто не даёт.",
        "Часть расходов экспортёров на перевозку компенсирует краевой бюджет по программе поддержки экспорта. Размер "
        "субсидии на этот маршрут в правительстве края не называют.",
        "PHOTO2",
        "Мельничный комбинат из Рубцовска, отправивший в первом поезде 18 контейнеров, рассчитывает в 2026 году "
        "удвоить поставки в Узбекистан. Его коммерческий директор Павел Игнатьев объясняет, что узбекские "
        "хлебозаводы покупают алтайскую муку для смешивания с местной, в которой мало клейковины.",
        "На обратном пути состав должен привезти узбекский текстиль, сухофрукты и керамическую плитку. Пока для "
        "обратного рейса законтрактовано 27 контейнеров из 62, остальные вернутся порожними. "
        "Узбекские экспортёры текстиля сейчас везут товар в Сибирь в основном на фурах через Казахстан, и до "
        "Барнаула он идёт около недели: поезд медленнее, но, как рассчитывают в компании, обойдётся им дешевле.",
    ]),
    ("Узбекистан — второй покупатель края", [
        "По данным министерства экономического развития Алтайского края, за январь–сентябрь 2025 года экспорт региона "
        "в Узбекистан составил 148,6 млн долларов, на 23 процента больше, чем годом ранее. Узбекистан стал вторым "
        "покупателем алтайской продукции после Китая, его доля во всём экспорте края — около 14 процентов. Главная "
        "статья — мука: за девять месяцев в республику отгружено 312 тыс. тонн.",
        "Запуск поезда обсуждали в октябре в Ташкенте, куда ездила делегация края во главе с министром "
        "экономического развития Андреем Шелеповым. Тогда же подписали соглашение о торгово-экономическом "
        "сотрудничестве с Ташкентской областью и договорились открыть в Барнауле торговый дом Узбекистана — в "
        "марте 2026 года. Прямой авиарейс Барнаул — Ташкент тоже обсуждали, но когда он откроется, пока не решено.",
        "В краевом министерстве рассчитывают, что к концу 2026 года по новому маршруту уйдёт не менее 40 поездов, "
        "а экспорт края в Узбекистан превысит 200 млн долларов в год.",
        "Доцент кафедры экономики Алтайского государственного университета Ольга Синицына считает главным риском "
        "конкуренцию с казахстанскими мельниками.",
        "QUOTE",
    ]),
]
QUOTE = ("«Казахстанская мука занимает около 80 процентов узбекского рынка импортной муки, и её везут на 1 500 "
         "километров ближе. Алтаю придётся брать качеством и гречкой, которой у соседей нет», — говорит она.")

SHARE = "Поделиться:"
SHARE_LINKS = ["ВКонтакте", "Одноклассники", "Telegram", "WhatsApp"]
TAGS = "Теги: Узбекистан, экспорт, железная дорога, АПК"
READ_ALSO = "Читайте также"
RELATED = [
    "Алтайские мельники нарастили выпуск муки на 9 процентов",
    "Через пункт пропуска Веселоярск за год проехали 140 тысяч машин",
    "В Рубцовске откроют терминал для зерновых контейнеров",
]
COMMENTS_HEAD = "Комментарии (3)"
COMMENTS = [
    ("Виктор_Бийск", "5 декабря 2025, 11:02", "Хорошее дело, лишь бы мука в самом крае не подорожала."),
    ("Наталья К.", "5 декабря 2025, 11:40", "Рейс в Ташкент давно нужен, у нас полгорода туда летает через Новосибирск."),
    ("altai_logist", "5 декабря 2025, 12:15", "Обратную загрузку найти сложнее всего, посмотрим к лету."),
]
SIGN_IN = "Чтобы оставить комментарий, войдите через ВКонтакте или Telegram"
FOOTER_LINKS = ["О редакции", "Реклама", "Контакты"]
REGISTRATION = ("Сетевое издание «Сибирский тракт» зарегистрировано Роскомнадзором, Эл № ФС77-81234 от 15.06.2021. "
                "Учредитель ООО «Тракт-Медиа».")
REUSE = "При использовании материалов ссылка на sibtrakt22.ru обязательна."
AGE = "18+"
COPYRIGHT = "© 2008–2025 «Сибирский тракт». Все права защищены."


def e(text: str) -> str:
    return html.escape(text, quote=False)


def figure(src: str, caption: str, credit: str) -> list[str]:
    return [
        '<figure class="article-photo">',
        f'<img src="{src}" alt="" width="960" height="640" loading="lazy">',
        f'<figcaption class="article-photo__caption">{e(caption)}</figcaption>',
        f'<div class="article-photo__credit">{e(credit)}</div>',
        "</figure>",
    ]


def page() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(TITLE)}</title>",
        f'<meta name="description" content="{e(LEAD)}">',
        f'<meta property="og:title" content="{e(HEADLINE)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{URL}">',
        f'<meta property="og:image" content="{PHOTO1_URL}">',
        f'<link rel="canonical" href="{URL}">',
        f'<link rel="stylesheet" href="{CSS_URL}">',
        "</head>",
        '<body class="page-article">',
        f'<div class="topline">{e(TOPLINE)}</div>',
        '<header class="header">',
        f'<a class="header__logo" href="{SITE}/"><img src="{LOGO_URL}" alt="" width="48" height="48"></a>',
        f'<div class="header__name">{e(SITE_NAME)}</div>',
        f'<div class="header__tagline">{e(TAGLINE)}</div>',
        '<nav class="header__menu">',
    ]
    out += [f'<a href="{SITE}/{i}/">{e(m)}</a>' for i, m in enumerate(MENU)]
    out += [
        "</nav>",
        f'<button class="header__search" type="button">{e(SEARCH)}</button>',
        "</header>",
        '<main class="main">',
        '<div class="breadcrumbs">' + " / ".join(f'<a href="{SITE}/">{e(c)}</a>' for c in CRUMBS) + "</div>",
        '<article class="article">',
        '<div class="article__meta">',
        f'<time datetime="2025-12-05T10:24:00+07:00">{e(DATELINE)}</time>',
        f'<span class="article__views">{e(VIEWS)}</span>',
        "</div>",
        f'<a class="article__rubric" href="{SITE}/news/economy/">{e(RUBRIC)}</a>',
        f'<h1 class="article__title">{e(HEADLINE)}</h1>',
        f'<p class="article__lead"><b>{e(LEAD)}</b></p>',
        f'<div class="article__author">{e(AUTHOR)}</div>',
        *figure(PHOTO1_URL, CAPTION1, CREDIT1),
        '<div class="article__text">',
    ]
    for heading, paras in BODY:
        if heading:
            out.append(f"<h2>{e(heading)}</h2>")
        for p in paras:
            if p == "PHOTO2":
                out += figure(PHOTO2_URL, CAPTION2, CREDIT2)
            elif p == "QUOTE":
                out.append(f'<blockquote class="article__quote"><p>{e(QUOTE)}</p></blockquote>')
            else:
                out.append(f"<p>{e(p)}</p>")
    out += [
        "</div>",
        '<div class="share">',
        f'<span class="share__label">{e(SHARE)}</span>',
    ]
    out += [f'<a class="share__item" href="#" rel="nofollow">{e(s)}</a>' for s in SHARE_LINKS]
    out += [
        "</div>",
        f'<div class="article__tags">{e(TAGS)}</div>',
        "</article>",
        '<section class="read-also">',
        f'<h3 class="read-also__title">{e(READ_ALSO)}</h3>',
    ]
    out += [f'<a class="read-also__item" href="{SITE}/news/economy/">{e(r)}</a>' for r in RELATED]
    out += [
        "</section>",
        '<section class="comments">',
        f'<h3 class="comments__title">{e(COMMENTS_HEAD)}</h3>',
    ]
    for name, date, text in COMMENTS:
        out += [
            '<div class="comment">',
            f'<div class="comment__name">{e(name)}</div>',
            f'<div class="comment__date">{e(date)}</div>',
            f'<div class="comment__text">{e(text)}</div>',
            "</div>",
        ]
    out += [
        f'<p class="comments__login">{e(SIGN_IN)}</p>',
        "</section>",
        "</main>",
        '<footer class="footer">',
        '<nav class="footer__links">',
    ]
    out += [f'<a href="{SITE}/about/">{e(x)}</a>' for x in FOOTER_LINKS]
    out += [
        "</nav>",
        f'<p class="footer__reg">{e(REGISTRATION)}</p>',
        f'<p class="footer__reuse">{e(REUSE)}</p>',
        f'<span class="footer__age">{e(AGE)}</span>',
        f'<p class="footer__copy">{e(COPYRIGHT)}</p>',
        "</footer>",
        "</body></html>",
    ]
    return "\n".join(out)


CSS = """\
@charset "utf-8";
body { margin: 0px; font-family: "PT Sans", Arial, sans-serif; color: rgb(34, 34, 34); background: rgb(255, 255, 255); }
.topline { padding: 4px 16px; font-size: 12px; background: rgb(22, 60, 94); color: rgb(255, 255, 255); }
.header { display: flex; align-items: center; gap: 16px; padding: 12px 16px; border-bottom: 3px solid rgb(196, 40, 40); }
.header__name { font-size: 26px; font-weight: 700; }
.header__tagline { font-size: 12px; color: rgb(120, 120, 120); }
.header__menu { display: flex; gap: 18px; margin-left: auto; }
.breadcrumbs { margin: 16px auto 0px; max-width: 820px; font-size: 13px; color: rgb(120, 120, 120); }
.article { max-width: 820px; margin: 0px auto; }
.article__meta { font-size: 13px; color: rgb(120, 120, 120); display: flex; gap: 16px; }
.article__title { font-size: 34px; line-height: 1.2; }
.article__lead { font-size: 19px; }
.article__text p { font-size: 18px; line-height: 1.6; }
.article-photo__caption { font-size: 14px; color: rgb(90, 90, 90); }
.article-photo__credit { font-size: 12px; color: rgb(140, 140, 140); }
.article__quote { margin: 24px 0px; padding-left: 20px; border-left: 4px solid rgb(196, 40, 40); font-style: italic; }
.share { display: flex; gap: 10px; margin: 24px 0px; }
.read-also, .comments { max-width: 820px; margin: 32px auto; }
.comment { padding: 12px 0px; border-bottom: 1px solid rgb(230, 230, 230); }
.footer { padding: 32px 16px; background: rgb(22, 60, 94); color: rgb(220, 220, 220); font-size: 13px; }
"""


def image(size: tuple[int, int], fmt: str, draw_fn) -> bytes:  # type: ignore[no-untyped-def]
    img = Image.new("RGB", size, (255, 255, 255))
    draw_fn(ImageDraw.Draw(img), size)
    buf = io.BytesIO()
    img.save(buf, format=fmt, **({"quality": 60} if fmt == "JPEG" else {"optimize": True}))
    return buf.getvalue()


def _logo(d, size):  # type: ignore[no-untyped-def]
    d.ellipse((4, 4, 44, 44), fill=(196, 40, 40))
    d.text((14, 17), "СТ", fill=(255, 255, 255))


def _train(d, size):  # type: ignore[no-untyped-def]
    w, h = size
    for y in range(h):
        d.line((0, y, w, y), fill=(200 - y // 4, 212 - y // 5, 228 - y // 6))
    for i in range(9):
        x = 10 + i * 52
        d.rectangle((x, 150, x + 48, 190), fill=((30 + i * 20) % 200, 90, 140))
    d.line((0, 196, w, 196), fill=(60, 60, 60), width=3)


def _flour(d, size):  # type: ignore[no-untyped-def]
    w, h = size
    for r in range(5):
        for c in range(8):
            d.rectangle((20 + c * 56, 40 + r * 40, 70 + c * 56, 74 + r * 40), fill=(236, 228, 210), outline=(180, 170, 150))


def main() -> None:
    HERE.mkdir(exist_ok=True)
    qp = email.charset.Charset("utf-8")
    qp.body_encoding = email.charset.QP
    subject = email.charset.Charset("utf-8")
    subject.header_encoding = email.charset.QP  # Blink writes the title as "=?utf-8?Q?…?=" words
    msg = MIMEMultipart("related", boundary=BOUNDARY)
    del msg["MIME-Version"]
    del msg["Content-Type"]
    msg["From"] = "<Saved by Blink>"
    msg["Snapshot-Content-Location"] = URL
    msg["Subject"] = Header(TITLE, subject).encode()
    msg["Date"] = DATE
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = f'multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{BOUNDARY}"'

    main_part = MIMEText(page(), "html", qp)
    del main_part["MIME-Version"]
    main_part.add_header("Content-ID", FRAME_ID)
    main_part.add_header("Content-Location", URL)
    msg.attach(main_part)

    css = MIMEText(CSS, "css", qp)
    del css["MIME-Version"]
    css.add_header("Content-Location", CSS_URL)
    msg.attach(css)

    for url, (maintype, subtype), data in [
        (LOGO_URL, ("image", "png"), image((48, 48), "PNG", _logo)),
        (PHOTO1_URL, ("image", "jpeg"), image((480, 320), "JPEG", _train)),
        (PHOTO2_URL, ("image", "jpeg"), image((480, 320), "JPEG", _flour)),
    ]:
        part = MIMEBase(maintype, subtype)
        del part["MIME-Version"]
        part.set_payload(data)
        encoders.encode_base64(part)
        part.add_header("Content-Location", url)
        msg.attach(part)

    buf = io.BytesIO()
    # compat32, no refolding of the headers (Blink writes its long boundary and URLs on one line), CRLF line ends
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg, linesep="\r\n")
    OUT.write_bytes(buf.getvalue())


if __name__ == "__main__":
    main()
