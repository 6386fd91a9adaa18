"""Write the two PDF files of the twenty-fifth fresh dev set with fpdf2:

1. eval/unseen25/Where Central Asia's officers go to school _ Oxus Defence Monitor.pdf — a (fictional) think tank's web
   commentary as a reader saves it with the browser's "Save as PDF": three A4 pages with the browser's print header
   (date and time, the page's title) and print footer (the address, "N/3") on every page, and the site's chrome as it
   prints (masthead and tagline, the menu as one line, breadcrumbs, category, byline, date and reading time, share
   line; after the text the topics, the authors' notes, related analysis, a newsletter box, the cookie banner that
   prints at the foot of the page, and the footer). The file's metadata title is the page's <title>, as the browser
   sets it.
2. eval/unseen25/Стендовый доклад_Назарова_Шарипов_разминирование.pdf — a (fictional) conference poster in Russian,
   one A1 page as PowerPoint exports it (a band with the conference's name, place and dates; the poster's number; the
   title; the authors with superscript marks and their affiliations; seven blocks in two columns, each a heading in a
   coloured bar over its paragraphs; a "Литература" block; a foot line of the QR code's caption, contacts and the
   organisers). The metadata title is PowerPoint's default «Презентация PowerPoint».

The texts are written for this set; the sites, people, quotes and figures are fictional (real institutions, places
and events are named, but what they do or say here is invented). Lines are wrapped by fpdf2's multi_cell, left-aligned,
with no hyphenation, in DejaVu Sans and DejaVu Serif. Pages are written in reading order, which pypdf extracts.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen25_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen25"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# ----------------------------------------------------------------------------------------------- 1. the saved web page

WEB = HERE / "Where Central Asia's officers go to school _ Oxus Defence Monitor.pdf"
PAGE_TITLE = "Where Central Asia's officers go to school | Oxus Defence Monitor"
PRINTED = "12/12/25, 09:41"
URL = "https://www.oxusdefence.org/analysis/2025/12/central-asia-officers-military-education-abroad/"

TOP = [
    "Skip to content",
    "OXUS DEFENCE MONITOR",
    "Independent research on security and defence in Central Asia",
    "Analysis   Data   Podcast   Events   About us   Donate   Subscribe",
    "Home  ›  Analysis  ›  Military education",
    "ANALYSIS · MILITARY EDUCATION",
]
HEADLINE = "Where Central Asia's officers go to school: Russia still fills the classrooms, but the timetable is changing"
DEK = (
    "Moscow trains more of the region's officers than everyone else combined. Ankara, Beijing and a handful of "
    "Western colleges are competing for the rest, and the home academies are taking a larger share."
)
BYLINE = [
    "By Malika Usmonova and Graham Pettifer",
    "11 December 2025 · 9 min read",
    "Share:  X   Facebook   LinkedIn   Telegram   Email   Print",
]
BODY: list[tuple[str, str]] = [
    ("h", "Free places in Moscow"),
    ("p", "In the 2024/25 academic year about 2,900 servicemen from Kazakhstan, Uzbekistan, Kyrgyzstan and Tajikistan "
          "were studying at Russian military universities and academies, according to figures that a Russian deputy "
          "defence minister gave to a meeting of the CIS Council of Defence Ministers in Moscow on 22 October 2025. "
          "Kazakhstan had the largest group with 870, followed by Kyrgyzstan with 740, Tajikistan with 680 and "
          "Uzbekistan with 610."),
    ("p", "Turkmenistan is missing from that list. Its defence ministry has never said how many Turkmen officers study "
          "in Russia, and the Russian figures do not show them separately, although graduates of the Ryazan airborne "
          "school and the Krasnodar air force college serve in the Turkmen forces."),
    ("p", "Most of the places cost the sending state nothing. Under the agreement on training military personnel "
          "that members of the Collective Security Treaty Organization signed in 2000, tuition, board and a monthly "
          "stipend are paid by the Russian side. Kazakhstan is the exception among the members: since 2019 it has "
          "paid for roughly one place in four, mostly in engineering and air defence courses, although Astana does "
          "not publish what those places cost."),
    ("p", "At the top of the system, the General Staff Academy in Moscow graduated 46 officers from the four states "
          "in June 2025, eleven of them Uzbek. An Uzbek colonel who finished the two-year course told us that the "
          "lessons on the war in Ukraine took up a third of the final year."),
    ("h", "Ankara's war colleges"),
    ("p", "Turkey is the second destination, and the fastest-growing. The National Defence University in Istanbul and "
          "the gendarmerie and coast guard academy in Ankara had 412 students from Central Asia in 2025, up from 230 "
          "in 2020. Uzbekistan sent 128 of them and Kazakhstan 96; the Turkish ministry did not break down the rest "
          "by country."),
    ("p", "Students spend a preparatory year on Turkish, which most of them pick up quickly, before joining Turkish "
          "cadets in the same classes. Ankara also pays for a growing number of short courses for non-commissioned "
          "officers, which the Russian system has rarely offered to foreigners."),
    ("p", "\u201cThe Turkish offer is attractive because it puts our officers next to a NATO army without asking us "
          "to choose sides,\u201d said Azamat Zhumabekov, a retired Kazakh colonel who now lectures at a private "
          "university in Almaty."),
    ("h", "Beijing's short courses"),
    ("p", "China offers fewer degrees and many more short courses. Around 300 officers from the region attended "
          "courses of three to six months at the PLA's National Defence University and other Chinese colleges in "
          "2025, most of them taught through interpreters. How many places Beijing offers each year is not "
          "published, by China or by the receiving states."),
    ("p", "The exception is a new four-year programme: in September 2025 Uzbekistan sent its first group of 24 "
          "cadets to the Army Engineering University in Nanjing, where they will spend their first year learning "
          "Chinese before studying bridge-building and mine clearance."),
    ("p", "Western colleges take only small numbers. The United States set aside about 4.1 million dollars for "
          "its International Military Education and Training programme in the five states in fiscal year 2025, "
          "enough for a few dozen places, and two Kazakh cadets and one Uzbek cadet graduated from Sandhurst in "
          "August 2025."),
    ("h", "The home academies"),
    ("p", "The larger shift is at home. Kazakhstan now trains most of its lieutenants at its own institutions, and the "
          "Russian share of its officers studying abroad fell from about 70 percent in 2015 to 52 percent in 2025. "
          "Uzbekistan opened a command and staff faculty at its Armed Forces Academy in Tashkent in 2022, so majors no "
          "longer have to go abroad for a staff course."),
    ("p", "Even so, Russian graduates dominate the general staffs. In Kyrgyzstan all but one of the nine most senior "
          "officers studied at Russian academies, and Russian remains the working language of every joint exercise "
          "in the region."),
    ("p", "Whether that continues depends partly on Moscow. Its academies have lost instructors to the front, and "
          "the defence ministry has not said whether it will keep the same number of free places for foreign cadets "
          "in 2026. For now, a young officer from Bishkek or Dushanbe who wants a free degree still has one "
          "obvious place to apply."),
]
AFTER = [
    "Topics: Kazakhstan · Uzbekistan · Kyrgyzstan · Tajikistan · Russia · Turkey · China · Military education",
    "About the authors",
    "Malika Usmonova is a research fellow at the Oxus Defence Monitor. Graham Pettifer edits its data section.",
    "Related analysis",
    "Counting the drones: what Central Asian air forces bought in 2025",
    "The CSTO after Armenia: a club of five?",
    "Podcast: who trains the border guards?",
    "The Monitor's weekly briefing",
    "One e-mail every Friday with our latest research. No spam, unsubscribe at any time.",
    "Your e-mail address                                        Sign up",
    "We use cookies to see how our site is used and to improve it. You can accept all cookies or choose which ones "
    "we may set.",
    "Accept all   Manage cookies",
    "© 2025 Oxus Defence Monitor. Registered charity in England and Wales No. 1187243.",
    "Privacy   Terms of use   Accessibility   Contact",
]


class WebPrint(FPDF):
    def header(self) -> None:
        self.set_font("Sans", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(8, 5)
        self.cell(40, 4, PRINTED)
        self.set_xy(48, 5)
        self.cell(114, 4, PAGE_TITLE, align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(16)

    def footer(self) -> None:
        self.set_font("Sans", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(8, -10)
        self.cell(170, 4, URL)
        self.set_xy(185, -10)
        self.cell(17, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def write_web() -> None:
    pdf = WebPrint(format="A4")
    pdf.alias_nb_pages("{nb}")
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("Sans", style, str(FONTS / name))
    pdf.add_font("Serif", "", str(FONTS / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
    pdf.set_title(PAGE_TITLE)
    pdf.set_creator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0")
    pdf.set_producer("Skia/PDF m131")
    pdf.set_creation_date(dt.datetime(2025, 12, 12, 9, 41, tzinfo=dt.UTC))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    w = pdf.epw

    def line(text: str, font: str = "Sans", style: str = "", size: float = 9, h: float = 4.6, after: float = 1.5,
             color: tuple[int, int, int] = (0, 0, 0)) -> None:
        pdf.set_font(font, style, size)
        pdf.set_text_color(*color)
        pdf.multi_cell(w, h, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(after)

    line(TOP[0], size=7, color=(90, 90, 90))
    line(TOP[1], style="B", size=15, h=7, after=0)
    line(TOP[2], size=8, color=(90, 90, 90), after=2)
    line(TOP[3], style="B", size=8.5, after=1)
    pdf.set_draw_color(180, 180, 180)
    pdf.line(18, pdf.get_y(), 192, pdf.get_y())
    pdf.ln(3)
    line(TOP[4], size=7.5, color=(90, 90, 90), after=3)
    line(TOP[5], style="B", size=7.5, color=(150, 40, 40), after=2)
    line(HEADLINE, font="Serif", style="B", size=19, h=8.5, after=3)
    line(DEK, style="I", size=11, h=5.6, after=3)
    line(BYLINE[0], style="B", size=8.5, after=0.5)
    line(BYLINE[1], size=8, color=(90, 90, 90), after=1.5)
    line(BYLINE[2], size=8, color=(90, 90, 90), after=4)
    for kind, text in BODY:
        if kind == "h":
            pdf.ln(1.5)
            line(text, style="B", size=12.5, h=6, after=1.5)
        else:
            line(text, font="Serif", size=10, h=5.2, after=2.6)
    pdf.ln(2)
    line(AFTER[0], size=8, color=(90, 90, 90), after=4)
    line(AFTER[1], style="B", size=9.5, after=1)
    line(AFTER[2], size=8.5, after=4)
    line(AFTER[3], style="B", size=9.5, after=1)
    for t in AFTER[4:7]:
        line(t, size=8.5, color=(20, 60, 140), after=1)
    pdf.ln(3)
    line(AFTER[7], style="B", size=9.5, after=1)
    line(AFTER[8], size=8.5, after=1)
    line(AFTER[9], size=8.5, color=(90, 90, 90), after=5)
    pdf.set_fill_color(235, 235, 235)
    line(AFTER[10], size=8, after=1)
    line(AFTER[11], style="B", size=8, after=5)
    line(AFTER[12], size=7.5, color=(90, 90, 90), after=1)
    line(AFTER[13], size=7.5, color=(90, 90, 90), after=1)
    pdf.output(str(WEB))


# ------------------------------------------------------------------------------------------------------- 2. the poster

POSTER = HERE / "Стендовый доклад_Назарова_Шарипов_разминирование.pdf"
BAND = [
    "XII Международная научно-практическая конференция «Безопасность границ в Центральной Азии»",
    "Душанбе, 4–5 декабря 2025 года · Секция 3. Инженерная и гуманитарная безопасность",
]
NUMBER = "Стендовый доклад № 17"
P_TITLE = "Разминирование границ Таджикистана: что сделано за двадцать лет и что осталось"
AUTHORS = "Ф. Р. Назарова¹, Д. К. Шарипов²"
AFFIL = [
    "¹ Институт проблем безопасности (Душанбе), отдел пограничных исследований",
    "² Независимый эксперт, бывший сотрудник программ разминирования",
]
BLOCKS: list[tuple[str, list[str]]] = [
    ("Введение", [
        "Минные поля на границах Таджикистана появились в два приёма: в годы гражданской войны 1992–1997 годов "
        "вдоль границы с Афганистаном и в 2000–2001 годах, когда Узбекистан заминировал участки своей границы после "
        "вторжений вооружённых групп. За три десятилетия от мин и неразорвавшихся боеприпасов пострадали 902 человека, "
        "из них 377 погибли.",
        "Цель доклада — свести открытые данные о том, сколько территории очищено, сколько осталось и кто платит за "
        "работу, и оценить, успеет ли страна выполнить обязательства по Оттавской конвенции.",
    ]),
    ("Данные и методы", [
        "Мы использовали годовые отчёты Таджикистана по статье 7 конвенции за 2005–2024 годы, данные Национального "
        "центра по разминированию и 14 интервью с сапёрами, сотрудниками международных программ и жителями "
        "приграничных джамоатов, проведённые в июне — сентябре 2025 года.",
        "Площади мы приводим так, как их дают отчёты: в квадратных метрах, без пересчёта на гектары, и отдельно "
        "указываем, где данные центра и наших собеседников расходятся.",
    ]),
    ("Таджикско-афганская граница", [
        "Здесь сосредоточено большинство оставшихся минных полей: в Шурообадском и Дарвазском районах и в горной "
        "части Хатлона. С 2004 года на этой границе очищено около 11,8 миллиона квадратных метров и уничтожено "
        "более 31 тысячи мин.",
        "На 1 октября 2025 года подозрительными и подтверждёнными опасными считались 6,7 миллиона квадратных метров "
        "по всей стране, из них примерно четыре пятых — у афганской границы. Работы там возможны только с мая по "
        "октябрь, а на высоте более 3 000 метров — не больше четырёх месяцев в году.",
        "Что происходит на противоположном, афганском берегу Пянджа, неизвестно: после 2021 года данные о "
        "разминировании в северных провинциях Афганистана в открытом доступе не появлялись.",
    ]),
    ("Люди и земля", [
        "Мины по-прежнему калечат людей: в 2024 году у афганской границы подорвались семь человек, пятеро из них — "
        "пастухи, перегонявшие скот на летние пастбища.",
        "Из-за минных полей жители 38 приграничных кишлаков не могут пользоваться примерно 4 тысячами гектаров "
        "пастбищ и пашни. Очищенные участки передаются джамоатам по акту: с 2015 года так возвращено 1 150 гектаров, "
        "большая часть — под пастбища и сады.",
        "В интервью жители чаще всего говорили не о страхе, а о потерянном доходе: семья, которая не может выгнать "
        "скот на ближний склон, вынуждена арендовать пастбище за перевалом.",
    ]),
    ("Таджикско-узбекская граница", [
        "Узбекистан не присоединился к Оттавской конвенции и никогда официально не сообщал, сколько мин было "
        "установлено на границе с Таджикистаном. По словам опрошенных нами сапёров, речь идёт о нескольких тысячах "
        "противопехотных мин.",
        "После потепления отношений в 2018 году узбекские инженерные подразделения в 2019–2023 годах очистили 21 "
        "участок в Сурхандарьинской области. Таджикская сторона за те же годы обследовала прилегающие земли в "
        "Турсунзаде и Шахринау и новых минных полей не нашла.",
        "Последний подрыв на таджикско-узбекском участке зарегистрирован в 2016 году, но весенние паводки "
        "по-прежнему сносят мины из старых полей в русла саев, и каждый год пограничники находят несколько таких "
        "находок вдали от обозначенных участков.",
        "Совместной карты очищенных участков у двух стран до сих пор нет: обмен данными идёт через пограничные "
        "комиссии, и его результаты не публикуются.",
    ]),
    ("Кто платит", [
        "В 2024 году на разминирование в Таджикистане было израсходовано 4,3 миллиона долларов. Почти половину, "
        "2,1 миллиона, дали Соединённые Штаты; остальное — ОБСЕ, Япония, ЕС и государственный бюджет, доля которого "
        "не превышает десятой части.",
        "Россия финансовой помощи не оказывала, но инженеры её 201-й военной базы в 2023–2025 годах подготовили 40 "
        "таджикских сапёров. Китай передал пограничным войскам миноискатели, их число не раскрывается.",
        "Зависимость от доноров делает работу уязвимой: весной 2025 года американское финансирование было "
        "приостановлено на три месяца, и две из шести бригад сапёров всё это время простаивали.",
    ]),
    ("Выводы", [
        "Срок, который Таджикистан получил по конвенции, истекает 31 декабря 2025 года; правительство подало запрос "
        "о продлении до 31 декабря 2030 года. При нынешнем темпе — около 900 тысяч квадратных метров в год — "
        "оставшееся можно очистить за семь-восемь лет, то есть к новому сроку не успеть.",
        "Ускорить работу могли бы механические машины разминирования, но в стране их только три, и в горах они "
        "бесполезны: там по-прежнему всё решают ручные бригады и собаки-миноискатели, которых сейчас 16.",
        "Сколько будет стоить оставшаяся работа, никто публично не считал; мы рекомендуем начать с совместной с "
        "Узбекистаном карты и с многолетнего плана финансирования.",
    ]),
]
LIT_HEAD = "Литература"
LIT = [
    "1. Отчёты Республики Таджикистан по статье 7 Конвенции о запрещении противопехотных мин, 2005–2024.",
    "2. Назарова Ф. Р. Граница и память: минные поля в Хатлоне // Вестник пограничных исследований. 2024. № 2.",
]
FOOT = [
    "Полный текст доклада — по QR-коду",
    "Контакты: f.nazarova@ips-dushanbe.tj",
    "Организаторы: Институт проблем безопасности · при поддержке Программного офиса ОБСЕ в Душанбе",
]


def write_poster() -> None:
    pdf = FPDF(unit="mm", format=(594, 841))
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("Sans", style, str(FONTS / name))
    pdf.set_title("Презентация PowerPoint")
    pdf.set_author("Nazarova")
    pdf.set_creator("Microsoft® PowerPoint® для Microsoft 365")
    pdf.set_producer("Microsoft® PowerPoint® для Microsoft 365")
    pdf.set_creation_date(dt.datetime(2025, 12, 2, 16, 5, tzinfo=dt.UTC))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    # the band
    pdf.set_fill_color(18, 64, 110)
    pdf.rect(0, 0, 594, 70, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 24)
    pdf.set_xy(30, 16)
    pdf.multi_cell(534, 12, BAND[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 20)
    pdf.set_x(30)
    pdf.multi_cell(534, 11, BAND[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 18)
    pdf.set_xy(30, 78)
    pdf.cell(534, 10, NUMBER, align="R")
    pdf.set_font("Sans", "B", 46)
    pdf.set_xy(30, 92)
    pdf.multi_cell(534, 21, P_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 26)
    pdf.set_x(30)
    pdf.multi_cell(534, 13, AUTHORS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "I", 18)
    for a in AFFIL:
        pdf.set_x(30)
        pdf.multi_cell(534, 9, a, align="C", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 12
    col_w, xs = 257, (30, 307)
    y = top
    col = 0
    for i, (head, paras) in enumerate(BLOCKS):
        if i == 4:
            col, y = 1, top
        x = xs[col]
        pdf.set_fill_color(18, 64, 110)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Sans", "B", 24)
        pdf.set_xy(x, y)
        pdf.cell(col_w, 14, "  " + head, fill=True)
        pdf.set_text_color(0, 0, 0)
        y += 19
        pdf.set_font("Sans", "", 18.5)
        for p in paras:
            pdf.set_xy(x, y)
            pdf.multi_cell(col_w, 9.2, p, align="L", new_x="LEFT", new_y="NEXT")
            y = pdf.get_y() + 5
        y += 9
    x = xs[1]
    pdf.set_font("Sans", "B", 20)
    pdf.set_xy(x, y)
    pdf.cell(col_w, 10, LIT_HEAD)
    y += 13
    pdf.set_font("Sans", "", 14)
    for entry in LIT:
        pdf.set_xy(x, y)
        pdf.multi_cell(col_w, 7, entry, align="L", new_x="LEFT", new_y="NEXT")
        y = pdf.get_y() + 2
    # the foot
    pdf.set_draw_color(18, 64, 110)
    pdf.rect(30, 780, 40, 40)
    pdf.set_font("Sans", "", 15)
    pdf.set_xy(78, 786)
    pdf.cell(480, 8, FOOT[0])
    pdf.set_xy(78, 797)
    pdf.cell(480, 8, FOOT[1])
    pdf.set_xy(78, 808)
    pdf.cell(480, 8, FOOT[2])
    assert y < 770, y
    pdf.output(str(POSTER))


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    write_web()
    write_poster()
