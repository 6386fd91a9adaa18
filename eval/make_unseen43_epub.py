"""Write the EPUB of the forty-third fresh dev set by hand, with zipfile (no EPUB library):

eval/unseen43/ECTR_doklad_9_ZST-EAES-Iran_2025.epub — an analytical report of the (fictional) Eurasian Centre for
Trade Research in Almaty, published as an EPUB 2 e-book beside its PDF: `mimetype` stored and first, then
META-INF/container.xml, OEBPS/content.opf (OPF 2.0: dc:title, two dc:creator with opf:role="aut", dc:publisher,
dc:date, dc:language ru, dc:identifier (a urn:uuid) and dc:subject, the cover <meta>; a manifest of the nine
xhtml files, the style sheet, the cover image and the NCX; a spine in reading order; a guide with the cover, the
title page, the table of contents and the first chapter), OEBPS/toc.ncx (docTitle, docAuthor and a navMap of eight
navPoints), a style sheet, a cover page (the cover JPEG in an <img>), a title page (the centre's name, the series and
number, the headline, a subtitle, the authors, the place and year, the copyright and a disclaimer), a «Содержание»
page of links, three chapters with <h1>/<h2> and paragraphs on one source line each, four note references as
<sup><a href="notes.xhtml#n1" id="r1">1</a></sup>, the notes in notes.xhtml («Примечания», each note's number linking
back to its reference), and an «Об авторах» page.

The text is written for this set. The EAEU–Iran free trade agreement (signed in St Petersburg on 25 December 2023, in
force from 15 May 2025), Aktau, Kuryk, Amirabad, Bandar Anzali, the Kazakhstan–Turkmenistan–Iran railway, Serakhs and
the statistics bodies named in the notes are real; the centre, its authors, the quoted people and all figures are
fictional.
Run with the project's venv: .venv/bin/python eval/make_unseen43_epub.py
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent / "unseen43"
OUT = HERE / "ECTR_doklad_9_ZST-EAES-Iran_2025.epub"
TITLE = "Полгода без пошлин: что зона свободной торговли ЕАЭС — Иран дала Казахстану и Кыргызстану"
SUBTITLE = "Аналитический доклад"
CENTRE = "Евразийский центр торговых исследований"
SERIES = "Серия «Торговая политика» · Доклад № 9"
AUTHORS = ["Алия Жумабекова", "Тимур Асанов"]
UUID = "urn:uuid:5b8e2c61-0f4d-4a7e-93c2-d81f6a0e4b37"

# chapters: (file, h1, [(h2 or None, [paragraphs])]); "[[n]]" marks a note reference
CHAPTERS = [
    ("chapter1.xhtml", "1. Что изменило соглашение", [
        (None, [
            "Соглашение о свободной торговле между Евразийским экономическим союзом и Ираном, подписанное в "
            "Санкт-Петербурге 25 декабря 2023 года, вступило в силу 15 мая 2025 года. Оно заменило временное "
            "соглашение 2019 года, которое охватывало лишь несколько сотен товарных позиций, и обнулило пошлины "
            "примерно на 87 процентов товарной номенклатуры во взаимной торговле.",
            "Для Казахстана и Кыргызстана это первое полноценное соглашение о свободной торговле с крупной "
            "экономикой Ближнего Востока. По нашим расчётам, средневзвешенная иранская пошлина на товары из стран "
            "союза снизилась с 17,8 до 4,6 процента[[1]]. Изъятия остались: Иран сохранил пошлины на сахар, "
            "растительное масло и часть металлопроката, а союз — на иранские ковры, фисташки и томаты в зимние месяцы.",
            "До соглашения торговля Центральной Азии с Ираном держалась на нескольких товарах и зависела от "
            "разовых сделок. В 2024 году на Иран приходилось меньше одного процента внешней торговли Казахстана, а "
            "для Кыргызстана он не входил даже в двадцатку партнёров. Ожидания от нового режима в обеих столицах "
            "были скромными, и первые полгода показали, что рост возможен, но упирается не столько в пошлины, сколько "
            "в транспорт и платежи.",
        ]),
        ("Правила происхождения", [
            "Льготу получает товар, не менее 50 процентов стоимости которого создано в странах союза или в Иране. "
            "Сертификаты выдают торгово-промышленные палаты; в Кыргызстане за полгода выдано 1 140 таких "
            "сертификатов. Сколько иранских экспортёров получили сертификаты для поставок в Казахстан, иранская "
            "сторона не сообщает.",
        ]),
    ]),
    ("chapter2.xhtml", "2. Казахстан: зерно, металл и путь через Туркменистан", [
        ("Цифры первого полугодия", [
            "С июня по ноябрь 2025 года товарооборот Казахстана с Ираном составил 312,4 млн долларов, на 18 процентов "
            "больше, чем годом ранее. Экспорт достиг 214,7 млн долларов, импорт — 97,7 млн[[2]]. Главным товаром "
            "осталась пшеница: за полгода Иран купил 410 тыс. тонн казахстанского зерна, почти вдвое больше, чем за "
            "тот же период 2024 года.",
            "Вырос и вывоз плоского проката и ферросплавов, хотя часть металла по-прежнему облагается иранскими "
            "пошлинами. Из Ирана в Казахстан везут овощи, фрукты, керамическую плитку и пластмассы; в зимние месяцы "
            "на иранские томаты приходится около 34 процентов импорта томатов в республику.",
        ]),
        ("Маршруты", [
            "Около 62 процентов зерна ушло по железной дороге Казахстан — Туркменистан — Иран через пограничный "
            "переход Серахс, остальное — морем из Актау и Курыка в порты Амирабад и Энзели. Стоимость транзита через "
            "Туркменистан участники рынка не раскрывают, но экспортёры жалуются, что она съедает значительную часть "
            "выигрыша от отмены пошлин.",
            "«Пошлину мы больше не платим, но каждый вагон через Туркменистан — это отдельный разговор», — говорит "
            "Ерлан Сагинтаев, директор по логистике одного из зерновых трейдеров Костаная. Каспийский путь дешевле, "
            "но мелеющие порты ограничивают осадку судов до 4,2 метра, и в октябре очередь на погрузку в Актау "
            "доходила до девяти суток.",
        ]),
        ("Чего мы не знаем", [
            "Данных о реэкспорте иранских товаров в Россию через Казахстан нет: таможенная статистика союза не "
            "различает товары, ввезённые для внутреннего рынка и для перепродажи. Объём расчётов в национальных "
            "валютах стороны также не раскрывают, хотя, по словам банкиров, большая часть платежей проходит через "
            "банки третьих стран[[3]].",
        ]),
    ]),
    ("chapter3.xhtml", "3. Кыргызстан и общие риски", [
        ("Малый оборот, быстрый рост", [
            "Товарооборот Кыргызстана с Ираном за июнь — ноябрь вырос на 31 процент, до 46,3 млн долларов[[4]]. "
            "Кыргызстан продаёт Ирану говядину и хлопковое волокно, а покупает строительные материалы, лекарства и "
            "бытовую химию. Первая партия кыргызской говядины, 120 тонн, ушла в Тегеран в августе рефрижераторными "
            "вагонами через Казахстан и Туркменистан.",
            "В Бишкеке обсуждают открытие совместного торгового дома в Тегеране, однако сроки его создания не "
            "определены, а источник финансирования не назван.",
        ]),
        ("Санкции и платежи", [
            "Главный риск для обеих стран — вторичные санкции. Банки Казахстана и Кыргызстана, работающие с "
            "долларом и евро, избегают прямых платежей в Иран, и экспортёры вынуждены пользоваться посредниками, "
            "которые берут от 2 до 4 процентов суммы сделки.",
            "Второй риск связан с самим союзом. Россия наращивает поставки зерна в Иран и конкурирует с "
            "казахстанскими экспортёрами на тех же элеваторах в Амирабаде, а общие правила союза не позволяют "
            "Казахстану и Кыргызстану договариваться с Тегераном о собственных льготах. Любые изменения перечня "
            "изъятий требуют решения Евразийской экономической комиссии, и первое такое обсуждение намечено только "
            "на 2026 год.",
        ]),
        ("Рекомендации", [
            "Во-первых, добиться от Туркменистана публичного и стабильного транзитного тарифа на перевозку зерна. "
            "Во-вторых, договориться в рамках союза о раздельном учёте товаров, ввезённых для реэкспорта. "
            "В-третьих, создать в Алматы и Бишкеке консультационные центры для экспортёров, которые объяснят правила "
            "происхождения и порядок получения сертификатов.",
        ]),
    ]),
]

NOTES = [
    "Расчёт авторов по тарифам Ирана на 2024 и 2025 годы, взвешенным по структуре импорта из стран ЕАЭС за 2023 год.",
    "Бюро национальной статистики Агентства по стратегическому планированию и реформам Республики Казахстан; "
    "данные за июнь — ноябрь 2025 года предварительные.",
    "Интервью авторов с сотрудниками трёх коммерческих банков в Алматы, октябрь 2025 года.",
    "Национальный статистический комитет Кыргызской Республики; оценка авторов за ноябрь.",
]

ABOUT = [
    "Алия Жумабекова — ведущий научный сотрудник Евразийского центра торговых исследований, занимается "
    "торговыми соглашениями ЕАЭС.",
    "Тимур Асанов — приглашённый эксперт центра, ранее работал в Министерстве экономики и коммерции Кыргызской "
    "Республики.",
]

CSS = """body { font-family: serif; line-height: 1.5; margin: 0 5%; }
h1 { font-size: 1.6em; margin: 1.5em 0 0.8em; }
h2 { font-size: 1.2em; margin: 1.2em 0 0.5em; }
p { text-indent: 1.5em; margin: 0; text-align: justify; }
p.centre { text-align: center; text-indent: 0; }
p.note { text-indent: 0; margin-bottom: 0.4em; font-size: 0.9em; }
sup { font-size: 0.7em; line-height: 0; }
.cover { text-align: center; margin: 0; padding: 0; }
"""


def page(title: str, body: list[str]) -> str:
    return "\n".join([
        '<?xml version="1.0" encoding="utf-8"?>',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ru">',
        "<head>",
        f"<title>{escape(title)}</title>",
        '<link rel="stylesheet" type="text/css" href="style.css"/>',
        "</head>",
        "<body>",
        *body,
        "</body>",
        "</html>",
        "",
    ])


def marked(text: str) -> str:
    return re.sub(r"\[\[(\d+)\]\]", r'<sup><a href="notes.xhtml#n\1" id="r\1">\1</a></sup>', escape(text))


def cover_jpeg() -> bytes:
    img = Image.new("RGB", (600, 900), (28, 70, 60))
    draw = ImageDraw.Draw(img)
    draw.rectangle([40, 40, 560, 860], outline=(220, 200, 140), width=4)
    draw.rectangle([80, 600, 520, 610], fill=(220, 200, 140))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=75)
    return buf.getvalue()


def documents() -> dict[str, tuple[str, str]]:
    """file -> (title for the toc, xhtml)"""
    docs: dict[str, tuple[str, str]] = {}
    docs["cover.xhtml"] = ("Обложка", page("Обложка", [
        '<div class="cover"><img src="images/cover.jpg" alt="" style="height: 100%; max-width: 100%;"/></div>']))
    docs["title.xhtml"] = ("Титульная страница", page(TITLE, [
        f'<p class="centre">{escape(CENTRE)}</p>',
        f'<p class="centre">{escape(SERIES)}</p>',
        f"<h1>{escape(TITLE)}</h1>",
        f'<p class="centre">{escape(SUBTITLE)}</p>',
        f'<p class="centre">{escape(" · ".join(AUTHORS))}</p>',
        '<p class="centre">Алматы · 2025</p>',
        f'<p class="centre">© {escape(CENTRE)}, 2025</p>',
        '<p class="centre">Мнения, высказанные в докладе, принадлежат авторам и могут не совпадать с позицией центра.</p>',
    ]))
    toc = ['<h1 class="toc">Содержание</h1>']
    for name, h1, _ in CHAPTERS:
        toc.append(f'<p class="toc"><a href="{name}">Глава {escape(h1)}</a></p>')
    toc += ['<p class="toc"><a href="notes.xhtml">Примечания</a></p>', '<p class="toc"><a href="about.xhtml">Об авторах</a></p>']
    docs["toc.xhtml"] = ("Содержание", page("Содержание", toc))
    for name, h1, sections in CHAPTERS:
        body = [f"<h1>{escape(h1)}</h1>"]
        for h2, paragraphs in sections:
            if h2:
                body.append(f"<h2>{escape(h2)}</h2>")
            body += [f"<p>{marked(p)}</p>" for p in paragraphs]
        docs[name] = (h1, page(h1, body))
    chapter_of = {}
    for name, _, sections in CHAPTERS:
        for _, paragraphs in sections:
            for p in paragraphs:
                for n in re.findall(r"\[\[(\d+)\]\]", p):
                    chapter_of[int(n)] = name
    notes = ["<h1>Примечания</h1>"]
    for i, note in enumerate(NOTES, 1):
        notes.append(f'<p class="note" id="n{i}"><a href="{chapter_of[i]}#r{i}">{i}</a>. {escape(note)}</p>')
    docs["notes.xhtml"] = ("Примечания", page("Примечания", notes))
    docs["about.xhtml"] = ("Об авторах", page("Об авторах", ["<h1>Об авторах</h1>", *(f"<p>{escape(a)}</p>" for a in ABOUT)]))
    return docs


def main() -> None:
    HERE.mkdir(exist_ok=True)
    docs = documents()
    manifest = "\n".join(
        [f'    <item id="{n.split(".")[0]}" href="{n}" media-type="application/xhtml+xml"/>' for n in docs]
        + ['    <item id="css" href="style.css" media-type="text/css"/>',
           '    <item id="cover-image" href="images/cover.jpg" media-type="image/jpeg"/>',
           '    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'])
    spine = "\n".join(f'    <itemref idref="{n.split(".")[0]}"' + (' linear="no"' if n == "cover.xhtml" else "") + "/>"
                      for n in docs)
    creators = "\n".join(f'    <dc:creator opf:role="aut">{escape(a)}</dc:creator>' for a in AUTHORS)
    opf = f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" unique-identifier="BookId" version="2.0">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:title>{escape(TITLE)}</dc:title>
{creators}
    <dc:publisher>{escape(CENTRE)}</dc:publisher>
    <dc:date opf:event="publication">2025-12-05</dc:date>
    <dc:language>ru</dc:language>
    <dc:identifier id="BookId" opf:scheme="UUID">{UUID}</dc:identifier>
    <dc:subject>ЕАЭС; Иран; зона свободной торговли; Казахстан; Кыргызстан</dc:subject>
    <meta name="cover" content="cover-image"/>
  </metadata>
  <manifest>
{manifest}
  </manifest>
  <spine toc="ncx">
{spine}
  </spine>
  <guide>
    <reference type="cover" title="Обложка" href="cover.xhtml"/>
    <reference type="title-page" title="Титульная страница" href="title.xhtml"/>
    <reference type="toc" title="Содержание" href="toc.xhtml"/>
    <reference type="text" title="Начало" href="chapter1.xhtml"/>
  </guide>
</package>
"""
    points = [(n, t) for n, (t, _) in docs.items() if n != "cover.xhtml"]
    navmap = "\n".join(
        f'    <navPoint id="np{i}" playOrder="{i}"><navLabel><text>{escape(t)}</text></navLabel>'
        f'<content src="{n}"/></navPoint>' for i, (n, t) in enumerate(points, 1))
    ncx = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE ncx PUBLIC "-//NISO//DTD ncx 2005-1//EN" "http://www.daisy.org/z3986/2005/ncx-2005-1.dtd">
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="ru">
  <head>
    <meta name="dtb:uid" content="{UUID}"/>
    <meta name="dtb:depth" content="1"/>
    <meta name="dtb:totalPageCount" content="0"/>
    <meta name="dtb:maxPageNumber" content="0"/>
  </head>
  <docTitle><text>{escape(TITLE)}</text></docTitle>
  <docAuthor><text>{escape(", ".join(AUTHORS))}</text></docAuthor>
  <navMap>
{navmap}
  </navMap>
</ncx>
"""
    container = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""
    when = (2025, 12, 5, 16, 42, 10)

    def put(z: zipfile.ZipFile, name: str, data: str | bytes, kind: int = zipfile.ZIP_DEFLATED) -> None:
        z.writestr(zipfile.ZipInfo(name, when), data, compress_type=kind)

    with zipfile.ZipFile(OUT, "w") as z:
        put(z, "mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        put(z, "META-INF/container.xml", container)
        put(z, "OEBPS/content.opf", opf)
        put(z, "OEBPS/toc.ncx", ncx)
        put(z, "OEBPS/style.css", CSS)
        put(z, "OEBPS/images/cover.jpg", cover_jpeg(), zipfile.ZIP_STORED)
        for name, (_, text) in docs.items():
            put(z, f"OEBPS/{name}", text)
    print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
