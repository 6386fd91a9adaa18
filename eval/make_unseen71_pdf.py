"""Write the two PDF files of the seventy-first fresh dev set with fpdf2:

eval/unseen71/JB_Manifesto2026_EN_Ch7_KazakhstanInTheWorld_web.pdf — the foreign-policy chapter of the election
manifesto of a (fictional) Kazakh party, Jarqyn Bolashaq, in its English edition, as the party's web team puts each
chapter on its site (named by them: the party's initials, the manifesto and year, the language, the chapter and its
title in CamelCase, "web"). A4 pages set in DejaVu Serif (eval/pdf_fonts.py): the cover (the party's name on a teal
band, "Manifesto 2026", the slogan, the election's date, "English edition · Chapter 7"); "Contents" with dot leaders;
the chapter (its number and title, two opening paragraphs, a pull quote of the leader's words repeated from them, the
box "Our record since 2021" with five figures, six numbered pledges each in a ruled box, "We will …", a second pull
quote (the closing's words) between the third and the fourth, and the closing paragraph); the back page with the imprint "Published and promoted by … on behalf of …". A
running footer with the party's name and the manifesto's page number on every page after the cover. The metadata
are the party's: the chapter's title, the party as author, its layout program as creator, a fixed date.

eval/unseen71/Резолюция_конференции_Термез_17.10.2025.pdf — the resolution of an international academic-and-practical
conference on Afghanistan and regional connectivity held in Termez («Резолюция международной научно-практической
конференции …»), as the organising committee sends it to the participants (named by its secretary: the kind, the
city, the date, with underscores). Three A4 pages in DejaVu Serif: the organisers' header block (three lines centred
over a rule), «РЕЗОЛЮЦИЯ» and the conference's name centred in bold, «г. Термез» at the left and the dates at the
right on one line, «Принята участниками конференции …» in italics, the preamble in justified paragraphs, numbered
points under «Участники конференции отмечают:», «… считают:» and «… рекомендуют:», «Оргкомитет конференции» at the
end; the page number centred at the foot of every page. The metadata: no title, the secretary's account as author,
Word as creator, a fixed date.

The texts are written for this set. Kazakhstan, its Mazhilis, its Central Election Commission, its Ministry of
Foreign Affairs, Astana, Aktau, Kuryk, Dostyk, the Trans-Caspian route, Azerbaijan, Georgia, Türkiye, China, Russia,
South Korea, the Collective Security Treaty Organization, the United Nations, the Ili and the Irtysh are real; the
party, its leader, its pledges, its record and all figures are fictional. Uzbekistan, Termez, Termez State
University, the Institute for Strategic and Regional Studies under the President of the Republic of Uzbekistan, the
Termez International Trade Centre, Hairatan, Mazar-i-Sharif, Kabul, Peshawar, the Trans-Afghan railway, Pakistan,
Kazakhstan, Turkmenistan, Tashkent State Transport University and the Surkhan–Puli Khumri power line are real; the
conference, its resolution, its organising committee's secretary and all figures are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen71_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from pdf_fonts import add_serif  # eval/pdf_fonts.py, beside this script

HERE = Path(__file__).resolve().parent / "unseen71"
MANIFESTO = HERE / "JB_Manifesto2026_EN_Ch7_KazakhstanInTheWorld_web.pdf"
RESOLUTION = HERE / "Резолюция_конференции_Термез_17.10.2025.pdf"
NBSP = "\u00a0"
TEAL = (0, 112, 120)


# --------------------------------------------------------------------------- the manifesto's chapter

PARTY = "JARQYN BOLASHAQ"
PARTY_LINE = "Democratic Party of Kazakhstan"
KIND = "Manifesto 2026"
SLOGAN = "Confident at home. Trusted abroad."
ELECTION = "Elections to the Mazhilis · 22 March 2026"
EDITION = "English edition · Chapter 7"
FOOTER = "Jarqyn Bolashaq · Manifesto 2026"

CONTENTS = [
    ("1. A word from our chairman", "3"),
    ("2. Work and a fair economy", "6"),
    ("3. Land, water and the village", "12"),
    ("4. Schools and universities", "17"),
    ("5. Health and care", "22"),
    ("6. Honest government and the courts", "27"),
    ("7. Kazakhstan in the World", "33"),
    ("Our costings", "39"),
]

CHAPTER = "Chapter 7"
TITLE = "Kazakhstan in the World"
OPENING = [
    ("Kazakhstan's place in the world has never been more valuable or more exposed. Our country lies between two great "
    "powers, on the shortest land route between China and Europe, and above resources that every industrial economy "
    "now wants. Jarqyn Bolashaq believes that a balanced foreign policy is not a compromise but a strength. We trade "
    "with everyone, we take orders from no one, and we keep our word."),
    ("For thirty years the multi-vector policy has kept the peace on our borders. It now needs new tools. Too much of "
    "our trade still depends on one pipeline and one railway border, too few of our diplomats work on trade, and too "
    "many decisions about our region are taken in capitals far away. This chapter sets out six pledges for the next "
    "Mazhilis and what they will cost."),
]
QUOTES = [
    "“We trade with everyone, we take orders from no one, and we keep our word.”",
    "“Kazakhstan will not choose between east and west. It will choose Kazakhstan.”",
]
QUOTED = "Dauren Saparov, Party Chairman"
RECORD_HEAD = "Our record since 2021"
RECORD_LEAD = ("Jarqyn Bolashaq deputies have sat in the Mazhilis since 2021 and have chaired its Committee on "
               "International Affairs, Defence and Security since 2023. In that time:")
RECORD = [
    "our deputies voted to ratify 58 international treaties and voted against three of them;",
    "the committee held 17 open hearings on trade routes, sanctions and water, the first ever shown live;",
    ("our amendment obliged the Government to report to the Mazhilis twice a year on the Trans-Caspian route, and the "
     "first report, in May 2024, showed cargo across the Caspian up by 63 per cent on 2022;"),
    ("our deputies led nine delegations to the neighbouring capitals of Central Asia, among them the first to Ashgabat "
     "in twelve years;"),
    "our deputies sent 187 written questions to the Ministry of Foreign Affairs, most of them on help for Kazakh workers abroad.",
]
PLEDGES = [
    ("We will write a balanced foreign policy into law",
     ("A Foreign Policy Concept changes with each government. We will pass a Law on the Principles of Foreign Policy that "
     "binds every government to stay out of other states' wars, to join no military alliance beyond the Collective "
     "Security Treaty Organization, and to seek a vote of the Mazhilis before Kazakh soldiers serve abroad, in United "
     "Nations peacekeeping missions too.")),
    ("We will make the Middle Corridor pay",
     ("We will raise the capacity of the ports of Aktau and Kuryk to 14 million tonnes of dry cargo a year by 2030, "
     "build four new ferries together with Azerbaijan and agree a single through tariff from Dostyk to the Black Sea "
     "with Azerbaijan, Georgia and Türkiye. Our target is 9 million tonnes on the Trans-Caspian route in 2030, against "
     "4.1 million tonnes in 2024.")),
    ("We will put trade at the heart of our embassies",
     ("Every Kazakh embassy will have a trade and investment counsellor by 2027, and 35 of our missions abroad will be "
     "given yearly targets for exports other than oil and metals. We will open trade offices in Lagos, Nairobi and Ho "
     "Chi Minh City, where no Kazakh office works today.")),
    ("We will stand by our citizens abroad",
     ("A consular fund of 2.5 billion tenge a year will pay for lawyers, interpreters and the journey home of Kazakh "
     "workers in trouble abroad. We will sign labour migration agreements with four more countries by 2028, and every "
     "agency that recruits workers for employers abroad will need a licence.")),
    ("We will settle the rivers we share by treaty",
     ("Kazakhstan depends on rivers that rise in China, Kyrgyzstan and Uzbekistan. We will seek a binding agreement with "
     "China on the Ili and the Irtysh that fixes each side's share in dry years, and we will propose a permanent "
     "secretariat of the five Central Asian water ministers in Kyzylorda.")),
    ("We will keep Kazakh business clear of sanctions",
     ("We will create one export control office that checks every re-export of goods with military uses, so that no "
     "honest Kazakh company is caught by foreign sanctions because of weak checks at home. Eleven Kazakh companies were "
     "put on the sanctions lists of the United States or the European Union in 2023 and 2024.")),
]
CLOSING = [
    ("Our six pledges will cost 38 billion tenge over the five years of the next Mazhilis, most of it for the ports "
    "and the ferries; how we will pay for them is set out in \"Our costings\". Kazakhstan will not choose between east "
    "and west. It will choose Kazakhstan."),
]
IMPRINT = [
    ("Published and promoted by Aizhan Kemelbekova on behalf of the Jarqyn Bolashaq Democratic Party of Kazakhstan, "
     "14 Kabanbay Batyr Avenue, Astana 010000."),
    "Printed by Dala Print LLP, Astana. Paid for from the party's election fund.",
    "This English edition is a translation. If it differs from the Kazakh or Russian text, the Kazakh and Russian texts prevail.",
    "www.jarqyn.kz",
]


class Manifesto(FPDF):
    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("Serif", "", 8.5)
        self.set_text_color(*TEAL)
        self.cell(self.epw, 5, f"{FOOTER}   |   {self.folio()}", align="R")
        self.set_text_color(0, 0, 0)

    def folio(self) -> int:
        """The full manifesto's page number: the contents is its page 2, the chapter opens on page 33."""
        return 2 if self.page_no() == 2 else 33 + self.page_no() - 3


def pledge(pdf: Manifesto, number: int, head: str, text: str) -> None:
    """A pledge in a ruled box: its number and "We will …" in bold, its paragraph under it."""
    inner = pdf.epw - 10
    pdf.set_font("Serif", "", 10)
    lines = len(pdf.multi_cell(inner, 5.2, text, dry_run=True, output="LINES"))
    height = 6 + 6.5 + lines * 5.2 + 4
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()
    top = pdf.get_y()
    pdf.set_draw_color(*TEAL)
    pdf.set_line_width(0.5)
    pdf.rect(pdf.l_margin, top, pdf.epw, height)
    pdf.set_xy(pdf.l_margin + 5, top + 4)
    pdf.set_font("Serif", "B", 10.5)
    pdf.set_text_color(*TEAL)
    pdf.cell(inner, 6, f"{number}. {head}", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 10)
    pdf.set_x(pdf.l_margin + 5)
    pdf.multi_cell(inner, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(top + height + 3)


def pull_quote(pdf: Manifesto, text: str) -> None:
    pdf.ln(2)
    pdf.set_font("Serif", "I", 13)
    pdf.set_text_color(*TEAL)
    pdf.set_x(pdf.l_margin + 12)
    pdf.multi_cell(pdf.epw - 24, 6.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9)
    pdf.cell(pdf.epw, 6, QUOTED, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)


def write_manifesto() -> None:
    pdf = Manifesto(format="A4")
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, margin=20)
    add_serif(pdf)
    pdf.set_title(TITLE)
    pdf.set_author("Jarqyn Bolashaq Democratic Party of Kazakhstan")
    pdf.set_creator("Adobe InDesign 19.5 (Macintosh)")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_creation_date(dt.datetime(2026, 2, 9, 8, 30, tzinfo=dt.UTC))

    # the cover
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 60, pdf.w, 70, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(pdf.l_margin, 72)
    pdf.set_font("Serif", "B", 30)
    pdf.cell(pdf.epw, 14, PARTY, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 13)
    pdf.cell(pdf.epw, 8, PARTY_LINE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Serif", "B", 20)
    pdf.cell(pdf.epw, 11, KIND, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*TEAL)
    pdf.set_xy(pdf.l_margin, 150)
    pdf.set_font("Serif", "I", 17)
    pdf.cell(pdf.epw, 10, SLOGAN, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, 240)
    pdf.set_font("Serif", "B", 12)
    pdf.cell(pdf.epw, 7, ELECTION, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.cell(pdf.epw, 6, EDITION, align="C", new_x="LMARGIN", new_y="NEXT")

    # the contents, as the full manifesto's
    pdf.add_page()
    pdf.set_font("Serif", "B", 20)
    pdf.set_text_color(*TEAL)
    pdf.cell(pdf.epw, 12, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("Serif", "", 11)
    for entry, page in CONTENTS:
        room = pdf.epw - pdf.get_string_width(entry) - pdf.get_string_width(page) - 4
        dots = "." * int(room / pdf.get_string_width("."))
        pdf.cell(pdf.epw, 9, f"{entry} {dots} {page}", new_x="LMARGIN", new_y="NEXT")

    # the chapter
    pdf.add_page()
    pdf.set_font("Serif", "", 12)
    pdf.set_text_color(*TEAL)
    pdf.cell(pdf.epw, 7, CHAPTER, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "B", 22)
    pdf.cell(pdf.epw, 12, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Serif", "", 10.5)
    for text in OPENING:
        pdf.multi_cell(pdf.epw, 5.6, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pull_quote(pdf, QUOTES[0])

    # the record box, tinted
    pdf.set_font("Serif", "", 10)
    inner = pdf.epw - 10
    rows = len(pdf.multi_cell(inner, 5.2, RECORD_LEAD, dry_run=True, output="LINES"))
    rows += sum(len(pdf.multi_cell(inner - 5, 5.2, t, dry_run=True, output="LINES")) for t in RECORD)
    height = 5 + 8 + rows * 5.2 + 2 * len(RECORD) + 6
    top = pdf.get_y()
    pdf.set_fill_color(224, 241, 242)
    pdf.rect(pdf.l_margin, top, pdf.epw, height, style="F")
    pdf.set_xy(pdf.l_margin + 5, top + 4)
    pdf.set_font("Serif", "B", 12)
    pdf.cell(inner, 7, RECORD_HEAD, new_x="LEFT", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(inner, 5.2, RECORD_LEAD, align="L", new_x="LEFT", new_y="NEXT")
    pdf.ln(1)
    for text in RECORD:
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 5)
        pdf.cell(5, 5.2, "•")
        pdf.set_xy(pdf.l_margin + 10, y)
        pdf.multi_cell(inner - 5, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_y(top + height + 6)

    for number, (head, text) in enumerate(PLEDGES, 1):
        if number == 4:
            pull_quote(pdf, QUOTES[1])
        pledge(pdf, number, head, text)
    pdf.set_font("Serif", "", 10.5)
    for text in CLOSING:
        pdf.multi_cell(pdf.epw, 5.6, text, align="J", new_x="LMARGIN", new_y="NEXT")

    # the back page with the imprint
    pdf.add_page()
    pdf.set_xy(pdf.l_margin, 110)
    pdf.set_font("Serif", "I", 17)
    pdf.set_text_color(*TEAL)
    pdf.cell(pdf.epw, 10, SLOGAN, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(236)
    pdf.set_font("Serif", "", 8)
    for text in IMPRINT:
        pdf.multi_cell(pdf.epw, 4.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(MANIFESTO))


# --------------------------------------------------------------------------- the conference's resolution

ORGANISERS = [
    "МИНИСТЕРСТВО ВЫСШЕГО ОБРАЗОВАНИЯ, НАУКИ И ИННОВАЦИЙ РЕСПУБЛИКИ УЗБЕКИСТАН",
    "ТЕРМЕЗСКИЙ ГОСУДАРСТВЕННЫЙ УНИВЕРСИТЕТ",
    "ИНСТИТУТ СТРАТЕГИЧЕСКИХ И МЕЖРЕГИОНАЛЬНЫХ ИССЛЕДОВАНИЙ ПРИ ПРЕЗИДЕНТЕ РЕСПУБЛИКИ УЗБЕКИСТАН",
]
KIND_RU = "РЕЗОЛЮЦИЯ"
CONFERENCE = ("международной научно-практической конференции «Афганистан и региональная связанность: "
              "Трансафганский коридор и роль Термеза»")
PLACE = "г. Термез"
DATES = "16–17 октября 2025 г."
ADOPTED = "Принята участниками конференции на заключительном пленарном заседании 17 октября 2025 г."
PREAMBLE = [
    ("Международная научно-практическая конференция «Афганистан и региональная связанность: Трансафганский коридор и "
    "роль Термеза» состоялась 16–17 октября 2025 года в Термезском государственном университете. В её работе приняли "
    "участие 236 учёных, экспертов, представителей государственных органов, транспортных и логистических компаний из "
    "14 стран, в том числе из Афганистана, Пакистана, Казахстана, Туркменистана, России, Китая, Турции и государств "
    "Персидского залива."),
    ("На пленарном заседании и в четырёх секциях («Транспорт и логистика», «Энергетика», «Торговля и приграничное "
    "сотрудничество», «Гуманитарное измерение») было заслушано 74 доклада. Участники обсудили ход подготовки "
    "Трансафганской железной дороги, работу Термезского международного торгового центра, перспективы "
    "энергетических проектов и подготовку кадров для Афганистана. Работу секций сопровождали выставка транспортных "
    "проектов Сурхандарьинской области и круглый стол молодых исследователей, в котором приняли участие 38 "
    "магистрантов и докторантов."),
    ("Пленарное заседание открыл ректор Термезского государственного университета. Впервые в работе конференции "
    "участвовали представители железнодорожных администраций Афганистана и Пакистана, а также делегация "
    "торгово-промышленной палаты провинции Балх. Секция «Гуманитарное измерение» прошла на базе Учебного центра "
    "по подготовке граждан Афганистана в Термезе."),
    ("По итогам обсуждения участники конференции приняли настоящую резолюцию."),
]
NOTE_HEAD = "Участники конференции отмечают:"
NOTE = [
    ("Термез стал главными воротами торговли Центральной Азии с Афганистаном: в 2024 году через пограничный переход "
    "«Айритом – Хайратон» прошло 4,6 млн тонн грузов, что на 17 % больше, чем в 2023 году."),
    ("Термезский международный торговый центр, открытый на границе с Афганистаном, за первые девять месяцев 2025 года "
    "принял около 310 тысяч посетителей из Афганистана, а объём заключённых в нём сделок составил 129 млн долларов."),
    ("Товарооборот Узбекистана с Афганистаном в 2024 году составил 1,08 млрд долларов, при этом на экспорт "
    "узбекских товаров пришлось более 90 %; основу поставок составляют электроэнергия, мука, топливо и строительные "
    "материалы."),
    ("По железнодорожной линии Хайратан – Мазари-Шариф в 2024 году перевезено 2,3 млн тонн грузов, однако её "
    "пропускная способность почти исчерпана и ограничивает рост транзита."),
    ("В Учебном центре по подготовке граждан Афганистана в Термезе в 2025/2026 учебном году обучаются 428 "
    "афганских юношей и девушек, из них 61 – по железнодорожным специальностям; с момента открытия центр окончили "
    "более 1 100 выпускников."),
    ("Подготовка Трансафганской железной дороги по маршруту Термез – Мазари-Шариф – Кабул – Пешавар продвинулась: "
    "завершены полевые изыскания на участке до Мазари-Шарифа, тогда как изыскания на горном участке через перевалы "
    "Гиндукуша ещё не начаты."),
]
THINK_HEAD = "Участники конференции считают:"
THINK = [
    ("Трансафганский коридор способен сократить путь грузов из Центральной Азии к портам Карачи и Гвадара примерно "
    "втрое по сравнению с нынешними маршрутами, но его окупаемость зависит от долгосрочных гарантий безопасности и "
    "единых тарифов на всём протяжении."),
    ("Финансирование строительства должно опираться на участие нескольких международных финансовых институтов; "
    "источники финансирования горного участка на сегодняшний день не определены, а общая стоимость проекта будет "
    "уточнена после завершения изысканий."),
    ("Коридор не должен ограничиваться грузами: восстановление пассажирского сообщения между Термезом и "
    "Мазари-Шарифом, прерванного в 2021 году, облегчит поездки афганских студентов, больных и предпринимателей и "
    "укрепит доверие между народами."),
    ("Вопросы использования вод Амударьи, в том числе в связи со строительством канала Кош-Тепа на севере "
    "Афганистана, должны обсуждаться в рамках регионального диалога с участием афганских специалистов; исключать их "
    "из повестки форумов по транспорту и торговле неоправданно."),
    ("Развитие энергетических связей, в том числе завершение линии электропередачи Сурхан – Пули-Хумри, укрепит "
    "экономическую основу коридора: в 2024 году Узбекистан поставил в Афганистан около 2,9 млрд кВт·ч электроэнергии."),
]
RECOMMEND_HEAD = "Участники конференции рекомендуют:"
RECOMMEND = [
    ("Создать при Термезском государственном университете Центр изучения Афганистана и региональной связанности и "
    "выпускать ежегодный доклад о состоянии транзита через Афганистан."),
    ("Расширить подготовку афганских специалистов: принимать ежегодно не менее 150 афганских студентов по "
    "железнодорожным и энергетическим специальностям в вузы Узбекистана, в том числе в Ташкентский государственный "
    "транспортный университет."),
    ("Рассмотреть создание единого «цифрового окна» для грузов, следующих через Термез и Хайратан, с тем чтобы "
    "сократить время оформления грузовика на переходе с нынешних 11 часов до трёх."),
    ("Образовать рабочую группу экспертов Узбекистана, Афганистана и Пакистана по согласованию железнодорожных "
    "тарифов и технических стандартов, в первую очередь по вопросу стыковки колеи 1520 и 1676 мм."),
    ("Предложить Термезскому международному торговому центру открыть представительство в Мазари-Шарифе и ежегодно "
    "проводить на своей площадке ярмарку афганских товаров с участием производителей из северных провинций."),
    ("Проводить конференцию ежегодно; следующую конференцию провести в Термезе осенью 2026 года, место проведения "
    "выездной секции в Мазари-Шарифе определить дополнительно."),
    ("Направить настоящую резолюцию в заинтересованные министерства и ведомства, а также опубликовать её на сайте "
    "Термезского государственного университета."),
]
COMMITTEE = "Оргкомитет конференции"


def tie_ru(text: str) -> str:
    """Non-breaking spaces where a typist keeps a figure with its unit and «г.» with its year."""
    text = re.sub(r"(?<=\d) (?=(?:г\.|млн|млрд|тонн|%)(?=\W|$))", NBSP, text)
    return text


class Resolution(FPDF):
    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Serif", "", 9)
        self.cell(self.epw, 5, str(self.page_no()), align="C")


def points(pdf: Resolution, head: str, items: list[str], first: int) -> int:
    pdf.ln(2)
    pdf.set_font("Serif", "B", 11)
    pdf.set_x(pdf.l_margin + 12)
    pdf.cell(pdf.epw - 12, 6, head, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Serif", "", 11)
    for n, text in enumerate(items, first):
        pdf.multi_cell(pdf.epw, 5.8, f"            {n}. {tie_ru(text)}", align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    return first + len(items)


def write_resolution() -> None:
    pdf = Resolution(format="A4")
    pdf.set_margins(25, 18, 15)
    pdf.set_auto_page_break(True, margin=20)
    add_serif(pdf)
    pdf.set_author("orgkomitet.tdu")
    pdf.set_creator("Microsoft® Word 2019")
    pdf.set_producer("Microsoft® Word 2019")
    pdf.set_creation_date(dt.datetime(2025, 10, 20, 10, 5, tzinfo=dt.UTC))

    pdf.add_page()
    pdf.set_font("Serif", "B", 9)
    for line in ORGANISERS:
        pdf.multi_cell(pdf.epw, 4.8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.4)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.ln(9)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(pdf.epw, 7, KIND_RU, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 11.5)
    pdf.multi_cell(pdf.epw, 6, CONFERENCE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Serif", "", 11)
    y = pdf.get_y()
    pdf.cell(60, 6, PLACE)
    pdf.set_xy(pdf.w - pdf.r_margin - 60, y)
    pdf.cell(60, 6, DATES, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "I", 10.5)
    pdf.multi_cell(pdf.epw, 5.6, ADOPTED, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "", 11)
    for text in PREAMBLE:
        pdf.multi_cell(pdf.epw, 5.8, "            " + tie_ru(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    n = points(pdf, NOTE_HEAD, NOTE, 1)
    n = points(pdf, THINK_HEAD, THINK, n)
    points(pdf, RECOMMEND_HEAD, RECOMMEND, n)
    pdf.ln(8)
    pdf.set_font("Serif", "B", 11)
    pdf.cell(pdf.epw, 6, COMMITTEE, align="R", new_x="LMARGIN", new_y="NEXT")

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(RESOLUTION))


def main() -> None:
    write_manifesto()
    write_resolution()


if __name__ == "__main__":
    main()
