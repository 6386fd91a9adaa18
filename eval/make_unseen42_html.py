"""Write the saved news page of the forty-second fresh dev set:

eval/unseen42/Кыргызстан до весны закупит 1,2 млрд кВт·ч туркменской электроэнергии — Бишкек-Меридиан.html — an
article page of a (fictional) Bishkek news agency, «Бишкек-Меридиан», on a modern site built with Next.js, saved whole
by the browser ("Webpage, Complete": the file named by the page's <title>, its assets in a "…_files" folder that is not
kept here), in UTF-8: the browser's "saved from url" comment; a <head> with the <title>, the meta description, Open
Graph tags, the canonical link, the preloaded fonts and style sheets of `/_next/static/…` (saved under "…_files/"), a
<style data-emotion> block of hashed class rules (css-1x2y3z) and a JSON-LD NewsArticle <script>; a <body> whose text
sits in <div id="__next">: a sticky header (the logo, a menu of seven sections, «Поиск», the languages «KG» and «RU»),
the «Молния» ticker line, breadcrumbs, the headline (<h1>), the lead, the date «5 декабря 2025, 14:30», «Время
чтения: 4 мин», the views counter («2 418 просмотров»), an author card (name, post, «Все материалы автора»), the article's paragraphs with
an inline «Читайте также» card between them and a photo with «Фото: …», «Подписывайтесь на наш канал в MAX», the tags,
a «Новости СМИ2»-like partner block of four headlines, the comments block («Комментарии», «Войдите, чтобы
комментировать») and a footer (menu, the agency's registration, «18+», ©); then the __NEXT_DATA__ script holding the
headline and the date and the framework's chunk scripts. Every piece of text a reader sees is on a source line of its
own, as the saved DOM was re-indented.

The text is written for this set; the agency, its people, the deputy minister quoted, the partner network's name and
all figures, dates and contracts are fictional (the National Energy Holding Company of Kyrgyzstan, the Ministry of
Energy, Turkmenenergo, Uzbekistan's National Electric Grid, the Toktogul reservoir, Kazakhstan's KEGOC, Inter RAO and
Ashgabat are real, but what is said of them here is written for this set).
Run with the project's venv: .venv/bin/python eval/make_unseen42_html.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "unseen42"
HEADLINE = "Кыргызстан до весны закупит 1,2 млрд кВт·ч туркменской электроэнергии — ток пойдёт через Узбекистан"
OUT = HERE / "Кыргызстан до весны закупит 1,2 млрд кВт·ч туркменской электроэнергии — Бишкек-Меридиан.html"
URL = "https://bmeridian.kg/economy/energy/2025/12/05/kyrgyzstan-turkmen-electricity-import-uzbek-transit"
LEAD = ("Контракт с «Туркменэнерго» подписан в Ашхабаде, поставки начнутся 10 декабря. Цену закупки и плату за "
        "транзит стороны держат в секрете.")

PARAGRAPHS_1 = [
    "Национальная энергетическая холдинговая компания Кыргызстана и государственная электроэнергетическая корпорация "
    "«Туркменэнерго» 4 декабря подписали в Ашхабаде контракт на поставку 1,2 млрд киловатт-часов электроэнергии. "
    "Поставки начнутся 10 декабря и продлятся до 31 марта 2026 года, сообщили в Министерстве энергетики.",
    "Электроэнергия пойдёт транзитом по сетям Узбекистана: в тот же день в Ашхабаде подписано трёхстороннее "
    "соглашение с АО «Национальные электрические сети Узбекистана». Размер платы за транзит узбекская сторона не "
    "называет. Цену самой электроэнергии стороны также не раскрывают.",
    "«Это позволит пройти зиму без веерных отключений, если не будет сильных морозов. Туркменская сторона "
    "гарантирует переток до 350 мегаватт в часы пиковой нагрузки», — сказал заместитель министра энергетики Нурлан "
    "Асанбеков.",
    "По его словам, туркменская электроэнергия будет поступать круглосуточно, но основной объём, около 700 млн "
    "кВт·ч, придётся на декабрь и январь. В феврале и марте поставки могут сократиться, если приток воды в "
    "водохранилище окажется выше прогноза.",
    "Контракт стал итогом переговоров, начатых в октябре во время визита кыргызской делегации в Ашхабад. Министерство "
    "рассматривало и закупку дополнительных объёмов у Казахстана, но казахстанская сторона, по словам чиновников, не "
    "смогла гарантировать переток в вечерние часы.",
]
PARAGRAPHS_2 = [
    "Главная причина закупок — маловодье. На 1 декабря в Токтогульском водохранилище находилось 11,9 млрд кубометров "
    "воды против 14,2 млрд годом ранее. Дефицит электроэнергии в осенне-зимний период министерство оценивает в 3,4 "
    "млрд киловатт-часов. Гидрологи ожидают, что приток воды в первом квартале 2026 года составит лишь 78 процентов "
    "от нормы, а выработка Токтогульской ГЭС с начала года уже снизилась на 11 процентов.",
    "Помимо Туркменистана, Кыргызстан в этом сезоне покупает электроэнергию у Казахстана — 600 млн кВт·ч по "
    "договору с KEGOC, — а ещё 400 млн кВт·ч по контракту с российской «Интер РАО» поступят транзитом через "
    "казахстанские сети. Остальную часть дефицита планируют закрыть за счёт ограничения потребления майнинговыми "
    "фермами и экономии на предприятиях.",
    "Контракт с Ашхабадом — уже второй. Первый, на 600 млн кВт·ч, действовал зимой 2023–2024 годов, и тогда, по "
    "данным министерства, средняя цена импорта составила 5,2 цента за киловатт-час. В нынешнем контракте цена, как "
    "утверждают в холдинге, «сопоставима с прошлогодней».",
    "Импорт электроэнергии в прошлом отопительном сезоне обошёлся стране, по данным Министерства финансов, в 112 млн "
    "долларов. В этом сезоне расходы, по оценке холдинга, окажутся не ниже: объём закупок вырос почти вдвое, а "
    "потребление электроэнергии в 2025 году прибавило 7 процентов, прежде всего за счёт новостроек в Бишкеке и Оше, "
    "где квартиры отапливаются электричеством.",
]
PARAGRAPHS_3 = [
    "На закупку импортной электроэнергии в республиканском бюджете на 2026 год заложено 9,8 млрд сомов. Часть "
    "платежей за туркменские поставки Кыргызстан, по данным ведомства, рассчитывает погасить встречными поставками "
    "летом, когда у ГЭС каскада образуются излишки. Остальное будут оплачивать ежемесячно, в долларах, по факту "
    "поставленных объёмов.",
    "Срок действия контракта может быть продлён до конца апреля, если весенний паводок начнётся позже обычного, "
    "уточнили в холдинге. Решение о продлении стороны должны принять не позднее 1 марта.",
    "Будут ли этой зимой вводиться графики отключений для населения, в министерстве пока не сообщают. Энергетики "
    "просят жителей не пользоваться электрическими обогревателями в вечерние часы, с 18:00 до 22:00, когда нагрузка "
    "на сеть максимальна.",
    "Для Туркменистана контракт — часть курса на экспорт электроэнергии в соседние страны. Туркменская "
    "электроэнергия уже поступает в Узбекистан, Афганистан и Иран, а Ашхабад рассчитывает довести экспорт в 2026 "
    "году до 6 млрд кВт·ч. Установленная мощность туркменских электростанций, по данным «Туркменэнерго», превышает "
    "7,5 гигаватта, тогда как потребление страны в часы пик не выходит за 4 гигаватта.",
    "Эксперты предупреждают, что маршрут через Узбекистан делает Бишкек зависимым от соседа. «Каждый киловатт-час из "
    "Туркменистана проходит через узбекскую энергосистему, а Ташкент сам зимой испытывает дефицит. Если в январе "
    "ударят морозы, диспетчеры в Ташкенте в первую очередь будут думать о своих потребителях», — считает "
    "энергетический аналитик Тимур Осмоналиев.",
    "В министерстве напоминают, что в 2026 году в Иссык-Кульской области должны заработать первые крупные солнечные "
    "станции общей мощностью 300 мегаватт, однако сроки их подключения к сети пока не определены.",
    "Ранее, в ноябре, Кабинет министров поручил Министерству энергетики подготовить до 1 февраля 2026 года программу "
    "снижения потерь в распределительных сетях, которые в этом году достигают 17,8 процента отпущенной "
    "электроэнергии.",
]

CSS = ".css-1x2y3z{position:sticky;top:0;z-index:50;background:#fff;border-bottom:1px solid #e5e5e5}" \
      ".css-9k1qwe{display:flex;gap:24px;font:500 15px/1.4 Inter,sans-serif}" \
      ".css-4mz7rt{background:#c8102e;color:#fff;padding:6px 16px;font-size:14px}" \
      ".css-p0x8ja{max-width:740px;margin:0 auto;font:18px/1.65 Georgia,serif}" \
      ".css-7hd2lf{font:700 34px/1.2 Inter,sans-serif;margin:16px 0}" \
      ".css-2bq9vn{color:#6b6b6b;font-size:14px;display:flex;gap:16px}" \
      ".css-kk31ud{border-left:4px solid #c8102e;padding:12px 16px;background:#f7f7f7}" \
      ".css-x5s0fe{font-size:13px;color:#888}" \
      ".css-u8e2mc{border-top:1px solid #e5e5e5;padding:24px 0;font-size:14px}"


def p(text: str, indent: str = "        ") -> str:
    return f'{indent}<p class="css-0f3kqa">{text}</p>\n'


def main() -> None:
    HERE.mkdir(exist_ok=True)
    json_ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
        "datePublished": "2025-12-05T14:30:00+06:00", "dateModified": "2025-12-05T15:02:00+06:00",
        "author": {"@type": "Person", "name": "Айгуль Токтосунова"},
        "publisher": {"@type": "Organization", "name": "Бишкек-Меридиан",
                      "logo": {"@type": "ImageObject", "url": "https://bmeridian.kg/static/logo-512.png"}},
        "image": ["https://cdn.bmeridian.kg/images/2025/12/lep-vysokovoltnaya-1200x800.jpg"],
        "mainEntityOfPage": URL, "inLanguage": "ru",
    }
    next_data = {
        "props": {"pageProps": {"article": {
            "id": 118204, "slug": "kyrgyzstan-turkmen-electricity-import-uzbek-transit", "title": HEADLINE,
            "lead": LEAD, "publishedAt": "2025-12-05T14:30:00+06:00", "readingTime": 4,
            "rubric": {"slug": "energy", "title": "Энергетика"},
            "author": {"id": 37, "name": "Айгуль Токтосунова"}, "views": 2418,
        }}, "__N_SSG": True},
        "page": "/[rubric]/[...slug]", "query": {}, "buildId": "hK3v9QmZ2xR7tLw0pY4sN", "isFallback": False,
        "gsp": True, "locale": "ru", "scriptLoader": [],
    }
    body = "".join(p(x) for x in PARAGRAPHS_1)
    body += (
        '        <aside class="css-kk31ud">\n'
        '          <span class="css-x5s0fe">Читайте также</span>\n'
        '          <a href="/society/2025/12/03/tarify-na-elektroenergiyu-2026">\n'
        "            Тарифы на электроэнергию для населения вырастут с 1 января: что нужно знать\n"
        "          </a>\n"
        "        </aside>\n"
    )
    body += "".join(p(x) for x in PARAGRAPHS_2)
    body += (
        '        <figure class="css-3wq8pd">\n'
        '          <img src="./Кыргызстан до весны закупит 1,2 млрд кВт·ч туркменской электроэнергии — '
        'Бишкек-Меридиан_files/lep-vysokovoltnaya-740x493.jpg" alt="Высоковольтная линия электропередачи" '
        'width="740" height="493" loading="lazy" decoding="async">\n'
        '          <figcaption class="css-x5s0fe">Фото: пресс-служба НЭХК</figcaption>\n'
        "        </figure>\n"
    )
    body += "".join(p(x) for x in PARAGRAPHS_3)
    files = "./Кыргызстан до весны закупит 1,2 млрд кВт·ч туркменской электроэнергии — Бишкек-Меридиан_files"
    page = (
        "<!DOCTYPE html>\n"
        f"<!-- saved from url=({len(URL):04d}){URL} -->\n"
        '<html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{HEADLINE.split(' — ')[0]} — Бишкек-Меридиан</title>\n"
        f'<meta name="description" content="{LEAD}">\n'
        f'<meta property="og:title" content="{HEADLINE}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:url" content="{URL}">\n'
        '<meta property="og:image" content="https://cdn.bmeridian.kg/images/2025/12/lep-vysokovoltnaya-1200x800.jpg">\n'
        '<meta property="article:published_time" content="2025-12-05T14:30:00+06:00">\n'
        f'<link rel="canonical" href="{URL}">\n'
        f'<link rel="preload" href="{files}/inter-cyrillic-500.woff2" as="font" type="font/woff2" crossorigin="">\n'
        f'<link rel="stylesheet" href="{files}/a7c31e0f9b2d4c58.css" data-n-g="">\n'
        f'<style data-emotion="css 1x2y3z 9k1qwe 4mz7rt p0x8ja 7hd2lf 2bq9vn kk31ud x5s0fe u8e2mc">{CSS}</style>\n'
        f'<script type="application/ld+json">{json.dumps(json_ld, ensure_ascii=False)}</script>\n'
        f'<script src="{files}/webpack-3f1e2d0c9a8b7e6d.js" defer=""></script>\n'
        f'<script src="{files}/framework-5a4c3b2d1e0f9a8b.js" defer=""></script>\n'
        "</head>\n"
        "<body>\n"
        '<div id="__next">\n'
        '  <header class="css-1x2y3z">\n'
        '    <div class="css-9k1qwe">\n'
        '      <a href="/" class="css-6yh1bd" aria-label="На главную">\n'
        '        <img src="' + files + '/logo.svg" alt="" width="40" height="40">\n'
        '        <span class="css-1q2w3e">Бишкек-Меридиан</span>\n'
        "      </a>\n"
        '      <nav class="css-9k1qwe">\n'
        + "".join(f'        <a href="/{slug}" class="css-r4t5y6">{name}</a>\n' for slug, name in (
            ("news", "Новости"), ("politics", "Политика"), ("economy", "Экономика"), ("society", "Общество"),
            ("regions", "Регионы"), ("opinion", "Мнения"), ("video", "Видео")))
        + "      </nav>\n"
        '      <button type="button" class="css-z8x7c6" aria-label="Поиск">\n'
        "        Поиск\n"
        "      </button>\n"
        '      <div class="css-b5n6m7">\n'
        '        <a href="/kg" hreflang="ky">KG</a>\n'
        '        <a href="/" hreflang="ru" aria-current="true">RU</a>\n'
        "      </div>\n"
        "    </div>\n"
        '    <div class="css-4mz7rt" role="marquee">\n'
        '      <strong class="css-h1j2k3">Молния</strong>\n'
        '      <a href="/politics/2025/12/05/byudzhet-2026-pervoe-chtenie">\n'
        "        Жогорку Кенеш принял в первом чтении республиканский бюджет на 2026 год\n"
        "      </a>\n"
        "    </div>\n"
        "  </header>\n"
        '  <main class="css-p0x8ja">\n'
        '    <nav class="css-x5s0fe" aria-label="breadcrumb">\n'
        '      <a href="/">Главная</a>\n'
        '      <span aria-hidden="true">/</span>\n'
        '      <a href="/economy">Экономика</a>\n'
        '      <span aria-hidden="true">/</span>\n'
        '      <a href="/economy/energy">Энергетика</a>\n'
        "    </nav>\n"
        '    <article class="css-8g7f6d">\n'
        f'      <h1 class="css-7hd2lf">{HEADLINE}</h1>\n'
        '      <div class="css-2bq9vn">\n'
        '        <time datetime="2025-12-05T14:30:00+06:00">5 декабря 2025, 14:30</time>\n'
        "        <span>Время чтения: 4 мин</span>\n"
        '        <span class="css-v7c8x9">2 418 просмотров</span>\n'
        "      </div>\n"
        '      <p class="css-l3ad9z"><strong>' + LEAD + "</strong></p>\n"
        '      <div class="css-a9s8d7">\n'
        '        <img src="' + files + '/toktosunova-96.jpg" alt="" width="48" height="48">\n'
        '        <a href="/authors/37" class="css-f6g5h4">Айгуль Токтосунова</a>\n'
        '        <span class="css-x5s0fe">Обозреватель отдела экономики</span>\n'
        '        <a href="/authors/37" class="css-j4k3l2">Все материалы автора</a>\n'
        "      </div>\n"
        '      <div class="css-m1n2b3">\n'
        + body
        + "      </div>\n"
        '      <a href="https://max.ru/bmeridian" class="css-q9w8e7" rel="noopener" target="_blank">\n'
        "        Подписывайтесь на наш канал в MAX\n"
        "      </a>\n"
        '      <ul class="css-t6y5u4">\n'
        + "".join(f'        <li><a href="/tags/{slug}">{name}</a></li>\n' for slug, name in (
            ("energetika", "#энергетика"), ("turkmenistan", "#Туркменистан"), ("uzbekistan", "#Узбекистан"),
            ("nehk", "#НЭХК")))
        + "      </ul>\n"
        "    </article>\n"
        '    <section class="css-u8e2mc">\n'
        '      <h2 class="css-i7o8p9">Новости партнёров</h2>\n'
        '      <div class="css-o0p9i8" data-widget="smi-seti">\n'
        + "".join(f'        <a href="https://smi-seti.ru/click/{n}" rel="nofollow noopener" target="_blank">{t}</a>\n'
                  for n, t in (
                      (40517, "Врачи назвали продукт, который нельзя есть на ночь"),
                      (40522, "Пенсионерам напомнили о новой выплате в декабре"),
                      (40539, "Стало известно, сколько стоит однушка в Бишкеке после подорожания"),
                      (40541, "Синоптики рассказали, какой будет погода на Новый год")))
        + '        <span class="css-x5s0fe">СМИ-Сети</span>\n'
        "      </div>\n"
        "    </section>\n"
        '    <section class="css-u8e2mc" id="comments">\n'
        '      <h2 class="css-i7o8p9">Комментарии (0)</h2>\n'
        '      <button type="button" class="css-c3v4b5">\n'
        "        Войдите, чтобы комментировать\n"
        "      </button>\n"
        "    </section>\n"
        "  </main>\n"
        '  <footer class="css-w2e3r4">\n'
        '    <nav class="css-9k1qwe">\n'
        + "".join(f'      <a href="/{slug}">{name}</a>\n' for slug, name in (
            ("about", "О редакции"), ("ads", "Реклама"), ("contacts", "Контакты"), ("privacy", "Политика конфиденциальности")))
        + "    </nav>\n"
        '    <p class="css-x5s0fe">\n'
        "      Информационное агентство «Бишкек-Меридиан». Свидетельство о регистрации СМИ № 2147 от 12.03.2019, "
        "выдано Министерством юстиции Кыргызской Республики.\n"
        "    </p>\n"
        '    <p class="css-x5s0fe">\n'
        "      При полном или частичном использовании материалов гиперссылка на bmeridian.kg обязательна.\n"
        "    </p>\n"
        '    <span class="css-e5r6t7">18+</span>\n'
        '    <span class="css-x5s0fe">© 2019–2025 Бишкек-Меридиан</span>\n'
        "  </footer>\n"
        "</div>\n"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script>\n'
        f'<script src="{files}/main-9b8a7c6d5e4f3a2b.js" defer=""></script>\n'
        f'<script src="{files}/_app-1c2d3e4f5a6b7c8d.js" defer=""></script>\n'
        f'<script src="{files}/pages/[rubric]/[...slug]-0e9d8c7b6a5f4e3d.js" defer=""></script>\n'
        "</body></html>\n"
    )
    OUT.write_text(page, encoding="utf-8")
    print(OUT)


if __name__ == "__main__":
    main()
