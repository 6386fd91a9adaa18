"""Write the old-style state-committee page of the forty-first fresh dev set, encoded in windows-1251:

eval/unseen41/Государственный комитет по инвестициям и управлению государственным имуществом Республики Таджикистан -
Новости.html — a news item of the State Committee on Investments and State Property Management of the Republic of
Tajikistan on a site built in the early 2000s and saved whole by the browser under its `<title>` (the same for every
news item: the committee's name and the section). The page declares windows-1251 in `<meta http-equiv="Content-Type">`
and is really so encoded (with CRLF line ends and the browser's "saved from url" comment over the doctype): a table
layout (`<table width=100%>`, `<td valign=top>`, `<font face=Verdana size=2>`, spacer gifs, `<br><br>` instead of
paragraphs, upper-case tags here and there); a banner with the committee's name in capitals and a language line whose
Tajik link is spelled without the letters cp1251 lacks («Точики»); a top menu; a left column with the menu of the site
(«О комитете» … «Карта сайта»), a search box, a block of useful links and a visitor counter («Счётчик посещений»,
«Сегодня», «Вчера», «Всего», «Сейчас на сайте»); in the main column «Главная > Пресс-центр > Новости», the headline in
bold (no heading tag), «Дата публикации: …», «Просмотров: …», «Версия для печати», the item in paragraphs separated
by `<br><br>`, the press service's signature, «Другие новости:» with three dated links and «« Назад к списку
новостей»; a footer with «Copyright © 2003–2025 …», the address and telephone, «При использовании материалов …» and
«Разработка сайта — …».

The text is written for this set; the officials, the executive agency's name, the project's figures, the terms of
the loan and the co-financing are fictional (the Kuwait Fund for Arab Economic Development, the Saudi Fund for
Development, the State Committee, the Ministry of Finance, the Majlisi Oli, Kulob and the Dangara district are real,
but what is said of them here is written for this set).
Run with the project's venv: .venv/bin/python eval/make_unseen41_cp1251.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent / "unseen41"
TITLE = "Государственный комитет по инвестициям и управлению государственным имуществом Республики Таджикистан - Новости"
OUT = HERE / f"{TITLE}.html"
URL = "http://www.gkiugi.tj/index.php?option=news&task=view&id=2417"
FILES = f"./{TITLE}_files"

HEADLINE = "Кувейтский фонд выделит Таджикистану 13,5 млн динаров на водоснабжение Куляба"
DATE = "03.12.2025"
VIEWS = "1 234"

PARAGRAPHS = [
    "2 декабря 2025 года в Государственном комитете по инвестициям и управлению государственным имуществом Республики "
    "Таджикистан состоялось подписание кредитного соглашения между Правительством Республики Таджикистан и Кувейтским "
    "фондом арабского экономического развития о финансировании проекта «Реконструкция и расширение системы "
    "водоснабжения города Куляб».",
    "С таджикской стороны документ подписал председатель Государственного комитета Ф. Р. Саидзода, с кувейтской — "
    "заместитель генерального директора фонда по операциям Х. А. аль-Мутейри.",
    "Проект реализуется в рамках государственной программы улучшения обеспечения населения питьевой водой и "
    "является одним из крупнейших в коммунальном секторе Хатлонской области. Действующая система водоснабжения "
    "Куляба построена в 1960–1970-х годах, общая протяжённость её сетей составляет около 240 км, и большая часть труб "
    "давно выработала свой срок службы. Жители многих махаллей города получают воду по графику, а в летние месяцы "
    "часть из них вынуждена пользоваться привозной водой.",
    "Сумма займа составляет 13,5 млн кувейтских динаров, что эквивалентно примерно 44 млн долларов США. Кредит "
    "предоставлен сроком на 25 лет, включая льготный период 5 лет, по ставке 2 процента годовых; плата за "
    "обслуживание займа составит 0,5 процента.",
    "Общая стоимость проекта оценивается в 70,2 млн долларов США. Помимо средств Кувейтского фонда, в финансировании "
    "проекта примут участие Саудовский фонд развития (20 млн долларов) и Правительство Республики Таджикистан (6,2 млн "
    "долларов). Соглашение с Саудовским фондом планируется подписать в первом квартале 2026 года.",
    "Средства Кувейтского фонда будут направлены на строительство водозаборных сооружений, станции очистки и "
    "магистральных водоводов, а заём Саудовского фонда предполагается использовать для реконструкции "
    "внутриквартальных сетей и насосных станций. Около 1,2 млн долларов из средств займа пойдёт на обучение "
    "специалистов водоканала и внедрение автоматизированной системы учёта и выставления счетов.",
    "В рамках проекта будут построены водозаборные сооружения и станция очистки воды мощностью 32 тыс. кубометров в "
    "сутки, проложено 86 км магистральных и распределительных водопроводов, возведены два резервуара объёмом по 5 тыс. "
    "кубометров. Реконструкция охватит город Куляб и четыре прилегающих джамоата, где проживают около 210 тыс. человек.",
    "В настоящее время круглосуточным водоснабжением обеспечены лишь около 35 процентов жителей Куляба, а потери воды "
    "в изношенных сетях достигают 48 процентов. После завершения проекта потери планируется снизить до 20 процентов.",
    "Проектом также предусмотрено подключение к новой сети около 18 500 домохозяйств и установка 22 тыс. приборов "
    "учёта воды. Для разработки рабочей документации и надзора за строительством будет привлечена консультационная "
    "компания, отбор которой планируется провести в 2026 году по правилам Кувейтского фонда.",
    "Выступая на церемонии подписания, председатель Государственного комитета поблагодарил руководство Кувейтского "
    "фонда за поддержку и подчеркнул, что обеспечение населения качественной питьевой водой является одним из "
    "приоритетов социально-экономической политики Правительства Республики Таджикистан. Представитель фонда, в свою "
    "очередь, отметил, что проекты в сфере водоснабжения и орошения остаются для фонда приоритетными в странах "
    "Центральной Азии и что фонд готов и далее расширять сотрудничество с таджикской стороной.",
    "До начала строительных работ будет подготовлена оценка воздействия проекта на окружающую среду, а её "
    "результаты представят жителям на общественных слушаниях в Кулябе, которые намечены на весну 2026 года. "
    "Временные перебои в подаче воды на период строительства, как отметили в комитете, будут согласовываться с "
    "местными органами власти заранее.",
    "Реализация проекта рассчитана на 2026–2030 годы. Исполнительным агентством определено ГУП «Кулобобтаъминот», а "
    "подрядчик будет выбран по итогам международного тендера, объявить который планируется во второй половине 2026 "
    "года.",
    "Председатель Государственного комитета отметил, что Кувейтский фонд является одним из давних партнёров "
    "Таджикистана в сфере развития. С 1999 года при поддержке фонда в республике реализовано 14 проектов на общую "
    "сумму около 260 млн долларов США, в том числе строительство и реконструкция автомобильных дорог, школ и объектов "
    "здравоохранения. Последним из завершённых проектов стала реконструкция областной больницы в Бохтаре, "
    "введённой в эксплуатацию в 2023 году.",
    "По информации Государственного комитета, на 1 октября 2025 года в портфеле государственных инвестиционных "
    "проектов республики находилось 82 проекта на общую сумму около 4,9 млрд долларов США. Из них 11 проектов "
    "финансируются арабскими фондами развития и Исламским банком развития, причём больше половины этих проектов "
    "относится к водоснабжению, орошению и дорожному строительству.",
    "В ходе встречи стороны также обсудили возможность финансирования фондом проекта восстановления оросительной "
    "системы в Дангаринском районе. Объём финансирования будет определён после подготовки технико-экономического "
    "обоснования, сроки которой пока не согласованы.",
    "Кредитное соглашение вступит в силу после его ратификации Маджлиси Оли Республики Таджикистан. Сроки "
    "рассмотрения документа в парламенте пока не определены. Как изменятся тарифы на воду для жителей Куляба после "
    "завершения реконструкции, в Государственном комитете не уточнили.",
    "Делегация Кувейтского фонда находилась в Душанбе с 1 по 3 декабря. В ходе визита гости также провели встречу в "
    "Министерстве финансов и посетили Куляб, где ознакомились с состоянием существующих водопроводных сетей.",
]
SIGNATURE = "Пресс-служба Государственного комитета по инвестициям и управлению государственным имуществом РТ"

MENU = [
    ("О комитете", "about"), ("Руководство", "leaders"), ("Структура", "structure"), ("Законодательство", "laws"),
    ("Инвестиционные проекты", "projects"), ("Приватизация", "privatization"),
    ("Свободные экономические зоны", "sez"), ("Пресс-центр", "press"), ("Новости", "news"),
    ("Фотогалерея", "gallery"), ("Вакансии", "jobs"), ("Контакты", "contacts"), ("Карта сайта", "sitemap"),
]
LINKS = [
    ("Официальный сайт Президента РТ", "http://www.president.tj/"),
    ("Правительство Республики Таджикистан", "http://www.gov.tj/"),
    ("Национальный банк Таджикистана", "http://www.nbt.tj/"),
]
OTHER_NEWS = [
    ("28.11.2025", "Состоялось заседание рабочей группы по улучшению инвестиционного климата"),
    ("24.11.2025", "Объявлен аукцион по продаже объектов государственной собственности в Хатлонской области"),
    ("19.11.2025", "Делегация комитета приняла участие в инвестиционном форуме в Стамбуле"),
]


def page() -> str:
    s = f'<img src="{FILES}/spacer.gif" width=1 height=%d border=0>'
    out = [
        f"<!-- saved from url=({len(URL):04d}){URL} -->",
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
        "<HTML><HEAD>",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        f"<TITLE>{TITLE}</TITLE>",
        '<meta name="keywords" content="инвестиции, Таджикистан, приватизация, государственное имущество, СЭЗ">',
        '<meta name="description" content="Официальный сайт Государственного комитета по инвестициям и управлению государственным имуществом Республики Таджикистан">',
        f'<link rel="stylesheet" type="text/css" href="{FILES}/style.css">',
        f'<script language="JavaScript" src="{FILES}/menu.js"></script>',
        "</HEAD>",
        '<BODY bgcolor="#FFFFFF" leftmargin=0 topmargin=0 marginwidth=0 marginheight=0 onload="preloadImages();">',
        '<table width=100% border=0 cellpadding=0 cellspacing=0 bgcolor="#1F4E8C">',
        "<tr>",
        f'<td width=110 valign=top><img src="{FILES}/gerb.gif" width=96 height=96 alt="Герб Республики Таджикистан" border=0></td>',
        '<td valign=middle><font face=Verdana size=3 color="#FFFFFF"><b>ГОСУДАРСТВЕННЫЙ КОМИТЕТ ПО ИНВЕСТИЦИЯМ И УПРАВЛЕНИЮ ГОСУДАРСТВЕННЫМ ИМУЩЕСТВОМ РЕСПУБЛИКИ ТАДЖИКИСТАН</b></font></td>',
        '<td width=200 valign=top align=right><font face=Verdana size=1 color="#FFFFFF">',
        '<a href="http://www.gkiugi.tj/tj/"><font color="#FFFFFF">Точики</font></a> | <b>Русский</b> | <a href="http://www.gkiugi.tj/en/"><font color="#FFFFFF">English</font></a>',
        "</font></td>",
        "</tr>",
        "</table>",
        '<table width=100% border=0 cellpadding=3 cellspacing=0 bgcolor="#D9E4F2">',
        '<tr><td align=center><font face=Verdana size=1>',
        ('<a href="http://www.gkiugi.tj/">Главная</a> | <a href="http://www.gkiugi.tj/index.php?option=about">О комитете</a> | '
         '<a href="http://www.gkiugi.tj/index.php?option=news">Новости</a> | '
         '<a href="http://www.gkiugi.tj/index.php?option=contacts">Контакты</a> | '
         '<a href="http://www.gkiugi.tj/index.php?option=sitemap">Карта сайта</a>'),
        "</font></td></tr>",
        "</table>",
        s % 8,
        "<table width=100% border=0 cellpadding=0 cellspacing=0>",
        "<tr>",
        '<td width=200 valign=top bgcolor="#F2F5FA">',
        '<table width=100% border=0 cellpadding=4 cellspacing=0>',
        '<tr><td bgcolor="#1F4E8C"><font face=Verdana size=2 color="#FFFFFF"><b>Меню</b></font></td></tr>',
    ]
    for label, slug in MENU:
        out.append(
            f'<tr><td><img src="{FILES}/arrow.gif" width=7 height=7 border=0>&nbsp;<font face=Verdana size=2>'
            f'<a href="http://www.gkiugi.tj/index.php?option={slug}">{label}</a></font></td></tr>'
        )
    out += [
        "</table>",
        s % 10,
        '<table width=100% border=0 cellpadding=4 cellspacing=0>',
        '<tr><td bgcolor="#1F4E8C"><font face=Verdana size=2 color="#FFFFFF"><b>Поиск по сайту</b></font></td></tr>',
        '<tr><td><form action="http://www.gkiugi.tj/index.php" method=get><input type=hidden name=option value=search>'
        '<input type=text name=q size=15> <input type=submit value="Найти"></form></td></tr>',
        "</table>",
        s % 10,
        '<table width=100% border=0 cellpadding=4 cellspacing=0>',
        '<tr><td bgcolor="#1F4E8C"><font face=Verdana size=2 color="#FFFFFF"><b>Полезные ссылки</b></font></td></tr>',
    ]
    for label, href in LINKS:
        out.append(f'<tr><td><font face=Verdana size=1><a href="{href}" target=_blank>{label}</a></font></td></tr>')
    out += [
        "</table>",
        s % 10,
        '<table width=100% border=0 cellpadding=4 cellspacing=0>',
        '<tr><td bgcolor="#1F4E8C"><font face=Verdana size=2 color="#FFFFFF"><b>Счётчик посещений</b></font></td></tr>',
        "<tr><td><font face=Verdana size=1>",
        "Сегодня: <b>412</b><br>",
        "Вчера: <b>1 038</b><br>",
        "Всего: <b>1 904 337</b><br>",
        "Сейчас на сайте: <b>7</b>",
        "</font></td></tr>",
        f'<tr><td align=center><a href="http://www.liveinternet.ru/click" target=_blank><img src="{FILES}/counter.gif" width=88 height=31 border=0 alt=""></a></td></tr>',
        "</table>",
        "</td>",
        f'<td width=10>{s % 1}</td>',
        "<td valign=top>",
        s % 10,
        '<font face=Verdana size=1><a href="http://www.gkiugi.tj/">Главная</a> &gt; <a href="http://www.gkiugi.tj/index.php?option=press">Пресс-центр</a> &gt; <a href="http://www.gkiugi.tj/index.php?option=news">Новости</a></font><br>',
        s % 12,
        '<table width=100% border=0 cellpadding=0 cellspacing=0>',
        "<tr>",
        f'<td valign=top><font face=Verdana size=3 color="#1F4E8C"><b>{HEADLINE}</b></font></td>',
        f'<td width=150 valign=top align=right><a href="http://www.gkiugi.tj/index.php?option=news&amp;task=view&amp;id=2417&amp;pop=1" target=_blank><img src="{FILES}/printer.gif" width=16 height=16 border=0 alt=""></a>&nbsp;<font face=Verdana size=1><a href="http://www.gkiugi.tj/index.php?option=news&amp;task=view&amp;id=2417&amp;pop=1" target=_blank>Версия для печати</a></font></td>',
        "</tr>",
        "</table>",
        s % 6,
        f'<font face=Verdana size=1 color="#808080">Дата публикации: {DATE}</font><br>',
        f'<font face=Verdana size=1 color="#808080">Просмотров: {VIEWS}</font><br>',
        s % 10,
        '<table width=100% border=0 cellpadding=0 cellspacing=0><tr><td valign=top>',
        "<font face=Verdana size=2>",
    ]
    out += [f"{p}<br><br>" for p in PARAGRAPHS]
    out += [
        f"<i>{SIGNATURE}</i>",
        "</font>",
        "</td></tr></table>",
        s % 16,
        '<table width=100% border=0 cellpadding=0 cellspacing=0><tr><td bgcolor="#D9E4F2">' + s % 1 + "</td></tr></table>",
        s % 8,
        "<font face=Verdana size=2><b>Другие новости:</b></font><br>",
    ]
    for date, title in OTHER_NEWS:
        out.append(
            f'<font face=Verdana size=1>{date} — <a href="http://www.gkiugi.tj/index.php?option=news&amp;task=view&amp;id='
            f'{2417 - OTHER_NEWS.index((date, title)) - 1}">{title}</a></font><br>'
        )
    out += [
        s % 10,
        '<font face=Verdana size=1><a href="http://www.gkiugi.tj/index.php?option=news">&laquo; Назад к списку новостей</a></font>',
        s % 20,
        "</td>",
        f'<td width=10>{s % 1}</td>',
        "</tr>",
        "</table>",
        s % 10,
        '<table width=100% border=0 cellpadding=6 cellspacing=0 bgcolor="#1F4E8C">',
        '<tr><td align=center><font face=Verdana size=1 color="#FFFFFF">',
        "Copyright &copy; 2003–2025 Государственный комитет по инвестициям и управлению государственным имуществом Республики Таджикистан<br>",
        "Адрес: 734025, г. Душанбе, пр. Рудаки, 27. Тел.: (+992 37) 221-46-08, факс: (+992 37) 221-46-19<br>",
        "При использовании материалов ссылка на сайт обязательна<br>",
        '<a href="http://www.payvand-web.tj/" target=_blank><font color="#FFFFFF">Разработка сайта — ООО «Пайванд-Веб»</font></a>',
        "</font></td></tr>",
        "</table>",
        "</BODY></HTML>",
    ]
    return "\r\n".join(out) + "\r\n"


def main() -> None:
    OUT.write_bytes(page().encode("cp1251"))


if __name__ == "__main__":
    main()
