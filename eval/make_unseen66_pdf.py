"""Write the PDF file of the sixty-sixth fresh dev set with fpdf2:

eval/unseen66/Программа_и_тезисы_ЦА-ЮВА_Ташкент_20-21.11.2025.pdf — the programme and abstracts («программа и тезисы
докладов») of an international scientific and practical conference on Central Asia and South-East Asia, as the
organisers put the booklet on their site before the conference (named by hand: what it is, the conference's short name,
the city, the dates). Seven A5 pages set in Liberation Serif: the cover (the ministry, the university and its centre,
one a line at the top; «ПРОГРАММА» in bold, «международной научно-практической конференции» and the conference's title
in «» over two lines in bold, centred; «Ташкент, 20–21 ноября 2025 г.» at the foot); page 2 «Организационный комитет»
(the chair, the deputy chair, the secretary and four members, each «Фамилия И.О. – post» on a line or two), «Регламент:
…», the working languages and the venue; pages 2 to 4 the programme by day («20 ноября 2025 г., четверг», «21 ноября
2025 г., пятница» in bold) and time («09:00–10:00 Регистрация участников», the opening, «Пленарное заседание»,
«Секция 1. …» to «Секция 3. …», «Кофе-брейк», «Обед», the closing), each time at the left with its item beside it, the
moderators («Модератор: …») and the talks («Фамилия И.О. (город). Title», indented); from page 5 «ТЕЗИСЫ ДОКЛАДОВ», the
note that the abstracts are printed as the authors sent them, and seven abstracts, each with its title in bold, the
author's name in bold italics, the author's post, institution and city in italics, one or two justified paragraphs with
first-line indents and «Ключевые слова: …» at the end; from page 2 a running head at the top of every page (the
conference's short title at the left, the page number at the right, over a thin rule: one line in the text layer). The
metadata are the layout program's: no title, its creator and producer, a fixed date.

The texts are written for this set. Tashkent, Uzbekistan's Ministry of Higher Education, Science and Innovation, the
five Central Asian states, ASEAN and its members, Hanoi, the port of Qinzhou on the Beibu Gulf, Ho Chi Minh City,
Kuala Lumpur, Bangkok, Phuket, Nha Trang, Kiyanly on the Caspian and its gas chemical plant, Bandar Abbas, Malaysia's JAKIM and Indonesia's BPJPH, the National Bank of the Kyrgyz Republic and its Islamic finance
rules, and the formats "Central Asia plus" are real; the university, its centre, the conference, its organising
committee, the speakers, their institutions, every abstract's claims, the survey and all figures are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen66_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align

HERE = Path(__file__).resolve().parent / "unseen66"
DOC = HERE / "Программа_и_тезисы_ЦА-ЮВА_Ташкент_20-21.11.2025.pdf"
LIBERATION = Path("/usr/share/fonts/truetype/liberation")
NBSP = "\u00a0"

RUNNING_HEAD = "ЦА – ЮВА 2025 · Ташкент, 20–21 ноября"

COVER_TOP = [
    "Министерство высшего образования, науки и инноваций Республики Узбекистан",
    "Ташкентский университет международных отношений и востоковедения",
    "Центр исследований Юго-Восточной Азии",
]
KIND = "ПРОГРАММА"
OF_WHAT = "международной научно-практической конференции"
TITLE = ["«Центральная Азия и Юго-Восточная Азия:", "новые связи в меняющемся мире»"]
PLACE_DATE = "Ташкент, 20–21 ноября 2025 г."

COMMITTEE_HEAD = "Организационный комитет"
COMMITTEE = [
    "Юсупов Б. Т. – ректор ТУМОВ, председатель",
    "Абдуллаева Н. Р. – руководитель Центра исследований Юго-Восточной Азии, заместитель председателя",
    "Каримова Д. Ш. – старший преподаватель кафедры международных отношений, ответственный секретарь",
    "Мирзаев А. А. – проректор по научной работе ТУМОВ",
    "Жумабеков Е. М. – ведущий научный сотрудник Института транспортной экономики (Алматы)",
    "Токтосунова Б. А. – доцент Бишкекского финансово-экономического института",
    "Рахматуллаев Ш. О. – начальник отдела международных связей ТУМОВ",
]
RULES = [
    "Регламент: доклад на пленарном заседании – до 15 мин., доклад на секции – до 10 мин., выступление в дискуссии "
    "– до 5 мин.",
    "Рабочие языки: узбекский, русский, английский.",
    "Место проведения: главный корпус ТУМОВ, ул. Шахрисабз, 16, конференц-зал (2-й этаж).",
]

# the programme: ("day", text) a day in bold; ("time", time, item) an item beside its time; ("mod", text) a moderator;
# ("talk", text) a talk, indented
PROGRAMME: list[tuple[str, ...]] = [
    ("day", "20 ноября 2025 г., четверг"),
    ("time", "09:00–10:00", "Регистрация участников (фойе главного корпуса)"),
    ("time", "10:00–10:30", "Открытие конференции. Приветственные слова ректора ТУМОВ Б. Т. Юсупова и представителей "
                            "посольств стран АСЕАН"),
    ("time", "10:30–12:30", "Пленарное заседание"),
    ("mod", "Модератор: Мирзаев А. А."),
    ("talk", "Абдуллаева Н. Р. (Ташкент). Центральная Азия и АСЕАН: от эпизодических контактов к регулярному "
             "диалогу"),
    ("talk", "Жумабеков Е. М. (Алматы). Сухопутно-морской коридор через Циньчжоу: возможности для Узбекистана и "
             "Кыргызстана"),
    ("talk", "Нгуен Тхи Лан (Ханой). Вьетнам и Центральная Азия: взгляд из Ханоя"),
    ("time", "12:30–13:30", "Обед"),
    ("time", "13:30–15:30", "Секция 1. Торговля и транспортные маршруты"),
    ("mod", "Модератор: Жумабеков Е. М."),
    ("talk", "Сарсенова А. Б. (Астана). Халяльная сертификация и экспорт казахстанской говядины в Малайзию и "
             "Индонезию"),
    ("talk", "Аманов М. Б. (Ашхабад). Туркменский полиэтилен на рынках Вьетнама и Индонезии"),
    ("talk", "Хасанов Ж. Р. (Ташкент). Плодоовощная продукция Узбекистана в супермаркетах Сингапура"),
    ("time", "15:30–15:50", "Кофе-брейк"),
    ("time", "15:50–17:30", "Секция 2. Инвестиции и финансы"),
    ("mod", "Модератор: Токтосунова Б. А."),
    ("talk", "Токтосунова Б. А. (Бишкек). Исламское финансирование по малайзийской модели: что применимо в "
             "Кыргызстане"),
    ("talk", "Исмоилов Ф. Н. (Душанбе). Инвесторы из Юго-Восточной Азии в свободных экономических зонах Таджикистана"),
    ("day", "21 ноября 2025 г., пятница"),
    ("time", "10:00–12:00", "Секция 3. Образование, туризм и гуманитарные связи"),
    ("mod", "Модератор: Каримова Д. Ш."),
    ("talk", "Каримова Д. Ш. (Ташкент). Студенты из Центральной Азии в университетах Малайзии"),
    ("talk", "Оспанова Д. Е. (Алматы). Прямые авиарейсы и туристический поток в Юго-Восточную Азию"),
    ("talk", "Сиригул П. (Бангкок). Тайские университеты и стипендии для студентов из Центральной Азии"),
    ("time", "12:00–12:20", "Кофе-брейк"),
    ("time", "12:20–13:00", "Подведение итогов. Принятие рекомендаций конференции"),
    ("time", "13:00", "Обед"),
]

ABSTRACTS_HEAD = "ТЕЗИСЫ ДОКЛАДОВ"
ABSTRACTS_NOTE = "Тезисы публикуются в авторской редакции."

# each abstract: title, author, affiliation, paragraphs, keywords
ABSTRACTS = [
    {
        "title": "ЦЕНТРАЛЬНАЯ АЗИЯ И АСЕАН: ОТ ЭПИЗОДИЧЕСКИХ КОНТАКТОВ К РЕГУЛЯРНОМУ ДИАЛОГУ",
        "author": "Абдуллаева Нилуфар Рустамовна",
        "affiliation": "д-р полит. наук, профессор, руководитель Центра исследований Юго-Восточной Азии ТУМОВ, "
                       "Ташкент",
        "text": [
            "По нашим подсчётам, товарооборот пяти государств Центральной Азии с десятью странами АСЕАН в 2024 г. "
            "составил 4,27 млрд долл., что в 2,1 раза больше, чем в 2019 г. На Вьетнам пришлось 38 % этого оборота, "
            "на Малайзию – 17 %, на Индонезию – 14 %. Для самой Юго-Восточной Азии наш регион остаётся периферией: на "
            "него приходится менее 0,2 % внешней торговли Ассоциации.",
            "Политические связи отстают от торговых. Государства Центральной Азии держат в странах АСЕАН 14 "
            "посольств, тогда как страны АСЕАН имеют в регионе лишь шесть. Ни одно государство региона не является "
            "партнёром АСЕАН по диалогу. Мы предлагаем формат «Центральная Азия – АСЕАН» на уровне министров "
            "иностранных дел по образцу диалогов «Центральная Азия плюс» с первой встречей на полях министерской "
            "недели АСЕАН в 2026 г. Решения о таком формате пока не приняла ни одна из сторон.",
        ],
        "keywords": "Центральная Азия, АСЕАН, многосторонняя дипломатия, внешняя торговля.",
    },
    {
        "title": "СУХОПУТНО-МОРСКОЙ КОРИДОР ЧЕРЕЗ ЦИНЬЧЖОУ: ВОЗМОЖНОСТИ ДЛЯ УЗБЕКИСТАНА И КЫРГЫЗСТАНА",
        "author": "Жумабеков Ерлан Маратович",
        "affiliation": "канд. экон. наук, ведущий научный сотрудник Института транспортной экономики, Алматы",
        "text": [
            "Большая часть грузов из Центральной Азии в страны АСЕАН идёт по железной дороге до портов восточного "
            "побережья Китая и далее морем, и из Ташкента такой путь занимает 38–45 суток. С 2024 г. часть "
            "отправителей перешла на маршрут через порт Циньчжоу в Бэйбуском заливе, откуда до Хошимина около 1 500 км "
            "морем. За январь–октябрь 2025 г. через Циньчжоу отправлено 1 860 контейнеров из Узбекистана и Кыргызстана "
            "против 420 за весь 2024 г. Контейнер идёт из Ташкента до Хошимина 24–27 суток, а его перевозка стоит "
            "около 4 100 долл.",
            "Главная слабость маршрута – дисбаланс потоков. В Центральную Азию везут электронику, одежду и кофе, а в "
            "обратную сторону 68 % контейнеров уходят порожними. На границе Китая с Казахстаном или Кыргызстаном "
            "меняется ширина колеи, что добавляет в среднем 1,5 суток. Мы считаем, что маршрут окупится лишь при "
            "загрузке узбекскими удобрениями и хлопковой пряжей.",
        ],
        "keywords": "Циньчжоу, Узбекистан, Кыргызстан, контейнерные перевозки, логистика.",
    },
    {
        "title": "ХАЛЯЛЬНАЯ СЕРТИФИКАЦИЯ И ЭКСПОРТ КАЗАХСТАНСКОЙ ГОВЯДИНЫ В МАЛАЙЗИЮ И ИНДОНЕЗИЮ",
        "author": "Сарсенова Айжан Болатовна",
        "affiliation": "PhD, доцент кафедры аграрной экономики, Евразийский аграрный университет, Астана",
        "text": [
            "Малайзия допускает ввоз мяса только с предприятий, признанных её исламским ведомством JAKIM, а "
            "Индонезия требует сертификата агентства BPJPH. К сентябрю 2025 г. признание JAKIM получили девять "
            "казахстанских мясокомбинатов против двух в 2022 г. В 2024 г. в Малайзию вывезено 3,4 тыс. т говядины на "
            "17,8 млн долл.; первая партия в Индонезию, 600 т, отправлена в мае 2025 г.",
            "Аудит одного предприятия иностранными инспекторами стоит около 42 тыс. долл. и занимает до 11 месяцев, "
            "что закрывает этот рынок для небольших хозяйств. Морская доставка в рефрижераторных контейнерах через "
            "китайские порты занимает 32–38 суток. Переговоры о создании в Казахстане органа сертификации, признанного "
            "обеими странами, идут, но срок их завершения не определён.",
        ],
        "keywords": "халяль, говядина, Казахстан, Малайзия, Индонезия, сертификация.",
    },
    {
        "title": "ТУРКМЕНСКИЙ ПОЛИЭТИЛЕН НА РЫНКАХ ВЬЕТНАМА И ИНДОНЕЗИИ",
        "author": "Аманов Мерген Бердыевич",
        "affiliation": "старший преподаватель, Ашхабадский институт внешнеэкономических связей, Ашхабад",
        "text": [
            "Газохимический комплекс в Киянлы на Каспийском побережье сделал Туркменистан экспортёром полимеров, и "
            "Юго-Восточная Азия стала для них одним из главных рынков. В 2024 г. в страны региона вывезено 57 тыс. т "
            "полиэтилена, в том числе во Вьетнам – 31 тыс. т, в Индонезию – 14 тыс. т. Груз идёт по железной дороге "
            "через Иран до порта Бендер-Аббас и далее морем, весь путь занимает 27–30 суток.",
            "Почти все сделки заключаются через турецких и эмиратских трейдеров, чья наценка, по оценке автора, "
            "достигает 6 %. Прямые контракты с вьетнамскими переработчиками и представительство в Хошимине "
            "позволили бы сохранить эту разницу в стране.",
        ],
        "keywords": "Туркменистан, полиэтилен, Вьетнам, Индонезия, газохимия.",
    },
    {
        "title": "ИСЛАМСКОЕ ФИНАНСИРОВАНИЕ ПО МАЛАЙЗИЙСКОЙ МОДЕЛИ: ЧТО ПРИМЕНИМО В КЫРГЫЗСТАНЕ",
        "author": "Токтосунова Бермет Асановна",
        "affiliation": "канд. экон. наук, доцент, Бишкекский финансово-экономический институт, Бишкек",
        "text": [
            "Кыргызстан раньше других государств региона создал правовую базу исламского банкинга, но его доля "
            "остаётся малой: на 1 июля 2025 г. на исламские банки и «исламские окна» приходилось 1,3 % активов "
            "банковской системы. В Малайзии этот сектор занимает больше трети рынка, и её опыт изучают в Бишкеке: в "
            "2023–2025 гг. стажировки в Куала-Лумпуре прошли 26 сотрудников Национального банка. Минфин обсуждает "
            "выпуск первых государственных сукук на 1 млрд сомов в 2026 г., но решение пока не принято.",
        ],
        "keywords": "исламские финансы, сукук, Кыргызстан, Малайзия.",
    },
    {
        "title": "СТУДЕНТЫ ИЗ ЦЕНТРАЛЬНОЙ АЗИИ В УНИВЕРСИТЕТАХ МАЛАЙЗИИ",
        "author": "Каримова Дильбар Шавкатовна",
        "affiliation": "старший преподаватель кафедры международных отношений ТУМОВ, Ташкент",
        "text": [
            "В 2024/25 учебном году в вузах Малайзии обучались около 3 180 граждан пяти государств Центральной Азии, "
            "из них 54 % – граждане Туркменистана и 29 % – Узбекистана. В опросе 212 студентов, проведённом нами в "
            "Куала-Лумпуре весной 2025 г., 71 % назвали главными причинами выбора обучение на английском языке и "
            "невысокую плату, от 4 до 7 тыс. долл. в год. Сразу вернуться домой после учёбы собираются лишь 18 % "
            "опрошенных.",
        ],
        "keywords": "академическая мобильность, Малайзия, Туркменистан, Узбекистан.",
    },
    {
        "title": "ПРЯМЫЕ АВИАРЕЙСЫ И ТУРИСТИЧЕСКИЙ ПОТОК В ЮГО-ВОСТОЧНУЮ АЗИЮ",
        "author": "Оспанова Динара Ержановна",
        "affiliation": "магистр туризма, преподаватель, Алматинская академия туризма и гостеприимства, Алматы",
        "text": [
            "В зимнем расписании 2025/26 г. города Центральной Азии связаны с Юго-Восточной Азией 46 прямыми рейсами "
            "в неделю против 11 зимой 2019/20 г.; из них 29 выполняются из Алматы, 12 – из Ташкента. Около 60 % "
            "рейсов – чартеры туроператоров на Пхукет, в Нячанг и Бангкок. В 2024 г. Таиланд посетили 164 тыс. "
            "граждан Казахстана против 41 тыс. в 2019 г., а Малайзию – 38 тыс. граждан Узбекистана. Обратный поток "
            "скромен: из Таиланда в Казахстан приехали лишь 7,2 тыс. туристов.",
        ],
        "keywords": "туризм, авиасообщение, Казахстан, Таиланд, Малайзия.",
    },
]

SIZE = 10


def tie(text: str) -> str:
    """Non-breaking spaces where a typesetter keeps a figure with its unit and inside a number."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(r"(?<=\d) (?=(?:%|т\b|тыс\.|млн|млрд|долл\.|г\.|гг\.|суток|сомов|мин\.)(?=\W|$))", NBSP, text)
    text = re.sub(r"(?<=\b[А-ЯЁ]\.) (?=[А-ЯЁ]\.)", NBSP, text)
    text = re.sub(r"(?<=\bтыс\.) (?=(?:т|долл\.)(?=\W|$))", NBSP, text)
    text = re.sub(r"(?:(?<=\bмлн)|(?<=\bмлрд)) (?=(?:долл\.|сомов)(?=\W|$))", NBSP, text)
    return text


class Booklet(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "I", 8.5)
        self.set_xy(self.l_margin, 8)
        self.cell(self.epw - 10, 4, RUNNING_HEAD, align="L")
        self.cell(10, 4, str(self.page_no()), align="R")
        self.set_draw_color(120, 120, 120)
        self.set_line_width(0.2)
        self.line(self.l_margin, 13, self.l_margin + self.epw, 13)
        self.set_xy(self.l_margin, self.t_margin)


def add_fonts(pdf: FPDF) -> None:
    for style, name in (("", "LiberationSerif-Regular.ttf"), ("B", "LiberationSerif-Bold.ttf"),
                        ("I", "LiberationSerif-Italic.ttf"), ("BI", "LiberationSerif-BoldItalic.ttf")):
        pdf.add_font("Serif", style, str(LIBERATION / name))


def main() -> None:
    pdf = Booklet(format="A5")
    pdf.set_margins(15, 17, 15)
    pdf.set_auto_page_break(True, margin=15)
    add_fonts(pdf)
    pdf.set_creator("Adobe InDesign 19.0 (Windows)")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_creation_date(dt.datetime(2025, 11, 14, 12, 26, tzinfo=dt.UTC))

    # the cover
    pdf.add_page()
    pdf.set_y(18)
    pdf.set_font("Serif", "", 10)
    for text in COVER_TOP:
        pdf.multi_cell(pdf.epw, 5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(78)
    pdf.set_font("Serif", "B", 20)
    pdf.cell(pdf.epw, 10, KIND, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "", 12)
    pdf.cell(pdf.epw, 6, OF_WHAT, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Serif", "B", 15)
    for text in TITLE:
        pdf.cell(pdf.epw, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-30)
    pdf.set_font("Serif", "", 11)
    pdf.cell(pdf.epw, 6, PLACE_DATE, align="C")

    # the organising committee and the rules
    pdf.add_page()
    pdf.set_font("Serif", "B", 11)
    pdf.cell(pdf.epw, 6, COMMITTEE_HEAD, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "", SIZE)
    for text in COMMITTEE:
        pdf.multi_cell(pdf.epw, 4.6, tie(text), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(3)
    for text in RULES:
        pdf.multi_cell(pdf.epw, 4.6, tie(text), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    # the programme
    pdf.ln(4)
    time_w = 22
    for row in PROGRAMME:
        kind = row[0]
        if kind == "day":
            if pdf.get_y() + 30 > pdf.page_break_trigger:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Serif", "B", 11)
            pdf.cell(pdf.epw, 6, row[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "time":
            if pdf.get_y() + 12 > pdf.page_break_trigger:
                pdf.add_page()
            pdf.ln(1)
            y = pdf.get_y()
            pdf.set_font("Serif", "B", SIZE)
            pdf.cell(time_w, 4.8, row[1], align="L")
            pdf.set_xy(pdf.l_margin + time_w, y)
            pdf.set_font("Serif", "B" if "Секция" in row[2] or "Пленарное" in row[2] else "", SIZE)
            pdf.multi_cell(pdf.epw - time_w, 4.8, tie(row[2]), align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "mod":
            pdf.set_x(pdf.l_margin + time_w)
            pdf.set_font("Serif", "I", SIZE)
            pdf.multi_cell(pdf.epw - time_w, 4.8, tie(row[1]), align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "talk":
            pdf.set_x(pdf.l_margin + time_w)
            pdf.set_font("Serif", "", SIZE)
            pdf.multi_cell(pdf.epw - time_w, 4.6, tie(row[1]), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.6)

    # the abstracts
    pdf.add_page()
    pdf.set_font("Serif", "B", 12)
    pdf.cell(pdf.epw, 7, ABSTRACTS_HEAD, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 9)
    pdf.cell(pdf.epw, 5, ABSTRACTS_NOTE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for abstract in ABSTRACTS:
        if pdf.get_y() + 45 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("Serif", "B", SIZE)
        pdf.multi_cell(pdf.epw, 4.8, abstract["title"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Serif", "BI", SIZE)
        pdf.cell(pdf.epw, 4.8, abstract["author"], align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "I", 9)
        pdf.multi_cell(pdf.epw, 4.3, tie(abstract["affiliation"]), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.set_font("Serif", "", SIZE)
        with pdf.text_columns(text_align=Align.J, line_height=1.15) as cols:
            for text in abstract["text"]:
                with cols.paragraph(first_line_indent=7, bottom_margin=0.5) as par:
                    par.write(tie(text))
        pdf.ln(0.5)
        pdf.set_font("Serif", "I", 9)
        pdf.multi_cell(pdf.epw, 4.3, "Ключевые слова: " + abstract["keywords"], align="L", new_x="LMARGIN",
                       new_y="NEXT")
        pdf.ln(2)
    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
