"""Write the flipbook page of the fiftieth fresh dev set:

eval/unseen50/Деловой Юг № 11 (214), ноябрь 2025 — Флипа.html — an issue of «Деловой Юг», a (fictional) business
magazine of Russia's south (Rostov-on-Don), open in «Флипа», a (fictional) online flipbook service, at the spread of
pages 14 and 15, saved by the browser as "Webpage, HTML only" under the page's <title>: the service's bar (its name,
«Каталог», «Войти»); the viewer's toolbar («Поделиться», «Скачать», «Во весь экран», «Увеличить») and «Страница 14–15
из 48»; the page strip; the publisher's card (the magazine's name, its city, «Подписаться на издателя», «37
публикаций»); then the viewer's text layer of the spread, one <span> a printed line as the viewer lays them over the
page images: on each page the running head «ДЕЛОВОЙ ЮГ | № 11 (214) | НОЯБРЬ 2025» and the page number, the rubric, the
feature's headline over two lines and its lead, the columns of text line by line with words hyphenated at a column's
edge, subheadings, a pull quote that repeats a sentence of the text, a photo's caption and «Фото: …»; at the foot of page
15 an advertisement's text with «Реклама» and «erid: …»; below the viewer «Похожие публикации» with three issues, the
service's footer and its cookie line.

Words joined by "~" in the source are never wrapped or hyphenated apart.

The prose is written for this set. Uzbekistan, Tashkent, Russia, Russian Railways, the Krasnodar region, Krasnodar,
Taman, Novorossiysk, Port Kavkaz, Samsun, Turkey, Egypt and the administration of the Azov–Black Sea ports are real; the
magazine, the service, the forwarder, the terminal's manager, the advertiser and all figures are fictional.
Run with the project's venv: .venv/bin/python eval/make_unseen50_flipbook.py
"""

from __future__ import annotations

import html
from pathlib import Path

HERE = Path(__file__).resolve().parent / "unseen50"
DOC = HERE / "Деловой Юг № 11 (214), ноябрь 2025 — Флипа.html"
COLUMN = 44

RUNNING = "ДЕЛОВОЙ ЮГ | № 11 (214) | НОЯБРЬ 2025"
RUBRIC = "ТРАНЗИТ"
HEADLINE = ["Из Ташкента к Чёрному морю:", "узбекские грузы осваивают порты Кубани"]
LEAD = ("За десять месяцев 2025 года через порты Краснодарского края прошло почти два миллиона тонн грузов из "
        "Узбекистана. Ташкент ищет дорогу к морю, а кубанские стивидоры — новых клиентов.")
QUOTE = "«Узбекский груз для нас уже не экзотика, а постоянная строка в плане»"
CAPTION = ["Вагоны с удобрениями из Узбекистана на подходах к терминалу в Тамани", "Фото: Игорь Лазарев / «Деловой Юг»"]
AD = ["Реклама", "ЛИЗИНГ ПОЛУВАГОНОВ И ФИТИНГОВЫХ ПЛАТФОРМ", "Срок от 12 месяцев, аванс от 10 %",
      "ООО «ЮгВагонЛизинг» · 8 800 555-01-42 · yugvagon.example", "erid: 2SDnjdLq7Vb"]

# page 14, then page 15: ("h", subheading) or ("p", paragraph); "Q" and "C" mark where the pull quote and the caption
# stand in the columns
PAGE14 = [
    ("p", "Ещё пять лет назад узбекский груз в порту Тамань был редкостью. Сегодня на путях терминала можно одновременно "
     "увидеть вагоны с узбекскими удобрениями, медными катодами и хлопковой пряжей. По данным администрации морских "
     "портов Азово-Черноморского бассейна, за январь – октябрь 2025 года через порты края прошло~1,94~млн~тонн грузов "
     "из Узбекистана против~1,21~млн~тонн за тот же период 2024 года. Для сравнения, в 2021 году этот показатель не "
     "превышал~400~тыс.~тонн за весь год."),
    ("h", "Почему юг России"),
    ("p", "Узбекистан — одна из двух стран мира, отделённых от моря территорией двух государств. Его традиционные "
     "маршруты ведут через Китай к портам Тихого океана, через Иран к Бендер-Аббасу и через Казахстан и Россию к "
     "Балтике. После 2022 года балтийское направление стало дороже и сложнее, и поток начал смещаться на юг. Для "
     "Ташкента это и политический выбор: он не хочет зависеть от одного коридора, каким бы удобным тот ни был. Путь от "
     "Ташкента до Тамани по железной дороге составляет около~3~900~километров, вагон проходит его за~11–13~суток."),
    ("p", "Решающую роль сыграл тариф. С~1~февраля~2025~года РЖД применяют к экспортным грузам из Узбекистана в "
     "направлении портов Азово-Черноморского бассейна понижающий~коэффициент~0,75. Скидка действует до конца 2026 "
     "года; будет ли она продлена, в компании не сообщают."),
    ("C", ""),
    ("h", "Кто везёт"),
    ("p", "Крупнейшая часть потока — минеральные удобрения: около~720~тыс.~тонн за десять месяцев. Дальше идут медные "
     "катоды и металлопрокат, около 410 тыс. тонн, хлопковая пряжа и текстиль, около 180 тыс. тонн, а также "
     "сухофрукты и бобовые. Основные получатели — Турция, Египет и страны Средиземноморья. Какая доля приходится на "
     "транзит в третьи страны, а какая остаётся в России, в администрации портов не уточнили. Сухофрукты и свежие "
     "фрукты — отдельная история: в июне 2025 года узбекские экспортёры впервые отправили через Новороссийск в Египет "
     "рефрижераторные контейнеры с черешней, партия составила~22~контейнера."),
    ("p", "В мае 2025 года узбекская экспедиторская компания «Узтранс Марин» арендовала~4~гектара~складов в порту Тамань "
     "сроком на 10 лет. Сумма аренды не раскрывается. Компания планирует переваливать там до~600~тыс.~тонн~в~год, в "
     "первую очередь сыпучих удобрений."),
]
PAGE15 = [
    ("p", "«Узбекский груз для нас уже не экзотика, а постоянная строка в плане», — говорит заместитель генерального "
     "директора терминала~Андрей~Коваленко. По его словам, в 2025 году на узбекских клиентов пришлось около 12 % "
     "перевалки терминала."),
    ("Q", ""),
    ("h", "Контейнеры и паром"),
    ("p", "Контейнерный поток пока невелик: в 2024 году через Новороссийск прошло около~14~тыс.~TEU узбекских грузов. "
     "Сколько контейнеров прошло за 2025 год, оператор не раскрывает. Обсуждается и паромная линия из порта Кавказ в "
     "турецкий Самсун для грузовиков из Узбекистана, однако сроки запуска линии не определены. Зато с сентября 2025 года "
     "из Новороссийска раз в неделю ходит контейнерный сервис на Стамбул, и фрахт 40-футового контейнера, по словам "
     "экспедиторов, подешевел за год примерно~на~20~%."),
    ("h", "Торговля с Кубанью"),
    ("p", "Растёт и прямая торговля. Товарооборот Краснодарского края с Узбекистаном в 2024 году составил~412~млн~долларов, "
     "увеличившись на 17 %. В марте 2025 года в Краснодаре открылся торговый~дом~Узбекистана, через который кубанские "
     "сети закупают овощи и фрукты. Край поставляет в Узбекистан подсолнечное масло, зерно и строительные материалы. "
     "Кубанские машиностроители, в свою очередь, ищут в Узбекистане сборочные площадки: в 2025 году краснодарский "
     "производитель сельхозтехники договорился о~сборке~сеялок~в~Самаркандской~области. Объём инвестиций стороны не "
     "называют."),
    ("h", "Узкие места"),
    ("p", "Главная проблема — пропускная способность железной дороги на подходах к портам. Осенью 2025 года в очереди "
     "на выгрузку у Тамани стояло до~1~800~вагонов. Узбекские экспортёры жалуются и на нехватку зерновозов и фитинговых "
     "платформ. По мнению участников рынка, без расширения подходов рост потока может остановиться уже в 2026 году. "
     "В РЖД сообщили, что в 2026 году пропускную способность подходов к Тамани планируется увеличить на~15~%, однако "
     "объём финансирования этих работ не раскрывается."),
    ("p", "Ташкент тем временем ищет другие маршруты: строится железная дорога в Китай через Кыргызстан, а "
     "транскаспийский путь через Азербайджан и Грузию получает господдержку. Но для грузов в Турцию и Средиземноморье "
     "южные порты России, по оценке экспедиторов, останутся самым коротким путём как минимум до конца десятилетия."),
]

VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
OBSTRUENTS = set("бвгдзкпстфхБВГДЗКПСТФХ")


def hyphen_point(word: str, room: int) -> int:
    best = 0
    for i in range(2, min(len(word) - 2, room - 1) + 1):
        if (word[i] not in VOWELS and word[i].isalpha() and i + 1 < len(word) and word[i + 1] in VOWELS
                and any(c in VOWELS for c in word[:i]) and word[i] not in "ьъй" and word[:i].isalpha()
                and word[i:].rstrip(",.;:»)").isalpha() and not (word[i - 1] in OBSTRUENTS and word[i] in "рлРЛ")):
            best = i
    return best


def wrap(text: str, width: int = COLUMN) -> list[str]:
    out, line = [], ""
    for token in text.split():
        word = token.replace("~", " ")
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= width:
            line = candidate
            continue
        room = width - len(line) - 2
        point = hyphen_point(word, room) if "~" not in token and len(word) >= 7 else 0
        if point:
            out.append(f"{line} {word[:point]}-")
            line = word[point:]
        else:
            out.append(line)
            line = word
    out.append(line)
    return out


def span(text: str, cls: str, top: int) -> str:
    return f'<span class="{cls}" style="top:{top}px">{html.escape(text, quote=False)}</span>'


def page(number: int, blocks: list[tuple[str, str]], first: bool) -> list[str]:
    out = [f'<div class="fp-page" data-page="{number}">', span(RUNNING, "rh", 18), span(str(number), "pn", 18)]
    top = 60
    if first:
        out.append(span(RUBRIC, "rb", top))
        out += [span(x, "hd", top + 30 + 40 * i) for i, x in enumerate(HEADLINE)]
        top += 130
        for x in wrap(LEAD, 60):
            out.append(span(x, "ld", top))
            top += 24
        top += 16
    for kind, text in blocks:
        if kind == "h":
            out.append(span(text, "sh", top))
            top += 26
        elif kind == "p":
            for x in wrap(text):
                out.append(span(x, "tx", top))
                top += 19
        elif kind == "Q":
            for x in wrap(QUOTE, 32):
                out.append(span(x, "pq", top))
                top += 28
        elif kind == "C":
            out += [span(CAPTION[0], "cp", top), span(CAPTION[1], "cr", top + 16)]
            top += 40
    if not first:
        out += [span(x, "ad", top + 30 + 22 * i) for i, x in enumerate(AD)]
    out.append("</div>")
    return out


HEAD = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Деловой Юг № 11 (214), ноябрь 2025 — Флипа</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Деловой Юг № 11 (214), ноябрь 2025">
<meta property="og:site_name" content="Флипа">
<link rel="stylesheet" href="https://static.flipa.example/viewer/v4/viewer.css">
<script>window.__FLIPA__={doc:"delovoy-yug-11-2025",pages:48,spread:[14,15],textLayer:true};</script>
<script src="https://static.flipa.example/viewer/v4/viewer.js" defer></script>
</head>
<body class="fp-viewer">"""

TOP = """<header class="fp-bar">
<a class="fp-logo" href="https://flipa.example/">Флипа</a>
<a href="https://flipa.example/catalog">Каталог</a>
<a class="fp-login" href="https://flipa.example/login">Войти</a>
</header>
<div class="fp-toolbar">
<button class="fp-share">Поделиться</button>
<button class="fp-download">Скачать</button>
<button class="fp-full">Во весь экран</button>
<button class="fp-zoom">Увеличить</button>
<span class="fp-counter">Страница 14–15 из 48</span>
</div>
<nav class="fp-strip">
<a>Обложка</a>
<a>2–3</a>
<a>12–13</a>
<a class="active">14–15</a>
<a>16–17</a>
<a>Все страницы</a>
</nav>
<aside class="fp-publisher">
<div class="fp-pub-name">Деловой Юг</div>
<div class="fp-pub-city">Ростов-на-Дону</div>
<button>Подписаться на издателя</button>
<div class="fp-pub-count">37 публикаций</div>
</aside>
<div class="fp-spread">
<img class="fp-img" src="https://cdn.flipa.example/delovoy-yug-11-2025/page-14.jpg" alt="">
<img class="fp-img" src="https://cdn.flipa.example/delovoy-yug-11-2025/page-15.jpg" alt="">
<div class="fp-textlayer">"""

BOTTOM = """</div>
</div>
<section class="fp-related">
<h3>Похожие публикации</h3>
<a href="https://flipa.example/delovoy-yug/10-2025">Деловой Юг № 10 (213), октябрь 2025</a>
<a href="https://flipa.example/kaspiy-biznes/4-2025">Каспий. Бизнес и порты, выпуск 4/2025</a>
<a href="https://flipa.example/agro-kuban/11-2025">Агробизнес Кубани, ноябрь 2025</a>
</section>
<footer class="fp-footer">
<a href="https://flipa.example/about">О сервисе</a>
<a href="https://flipa.example/help">Помощь</a>
<a href="https://flipa.example/terms">Правила</a>
<span>© 2025 Флипа</span>
</footer>
<div class="fp-cookie">Мы используем файлы cookie, чтобы сервис работал быстрее. <button>Понятно</button></div>
<script>document.querySelector(".fp-cookie button").onclick=function(){this.parentNode.remove()};</script>
</body>
</html>
"""


def main() -> None:
    layer = [*page(14, PAGE14, True), *page(15, PAGE15, False)]
    DOC.write_text("\n".join([HEAD, TOP, *layer, BOTTOM]), encoding="utf-8")


if __name__ == "__main__":
    main()
