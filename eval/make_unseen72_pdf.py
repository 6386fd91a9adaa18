"""Write the two PDF files of the seventy-second fresh dev set with fpdf2:

eval/unseen72/KS_ATUI_Initiation_26Nov2025.pdf — a (fictional) Almaty broker's equity research note initiating
coverage of a (fictional) Kazakh camel-milk dairy listed on the Astana International Exchange, as the broker's sales
desk e-mails it to clients (named by the desk: the broker's initials, the ticker, the kind of note, the date). Three A4
pages set in DejaVu Sans: on every page a band at the top ("KOKTEM SECURITIES" at the left, "Equity Research ·
Kazakhstan · Food & Agriculture" at the right) over a rule, and at the foot the note's short name with the date and
"Page N of 3"; on page 1 "Initiation of coverage · 26 November 2025", the headline, the company's line with its
ticker, a grey key-data box of seven lines (rating, target price, price, upside, market capitalisation, free float,
52-week range), the two analysts with telephone and e-mail, and "Investment summary"; on page 2 four more headed
sections of justified paragraphs and the line sending to the disclosures; page 3 "Important
disclosures" (the analysts' certification, the ratings' definitions, the broker's licence, the note's distribution).
The metadata are the broker's: the headline as title, the desk as author, its layout program as creator, a fixed date.

eval/unseen72/Бизнес-план ОЛЦ Акина-Транзит (ред. 3).pdf — the business plan of a (fictional) Turkmen trucking
company for a wholesale and logistics centre at the Imamnazar–Aqina crossing on the border with Afghanistan, as its
consultant sends the third version to the company and the bank (named by hand: the kind, the project's abbreviation
and name, the version in brackets). Five A4 pages in DejaVu Serif: the cover (the company's name, «БИЗНЕС-ПЛАН» in
large capitals, the project's name in bold, its place, «Инвестиционный проект», «Конфиденциально. Экземпляр для
банка», «Ашхабад – 2025»); «Содержание» with six entries and their pages after dot leaders; six numbered sections in
bold over justified paragraphs with first-line indents; the director's signature line at the end; from page 2 a
running head «Бизнес-план ОЛЦ «Акина-Транзит» · редакция 3» over a rule and the page number «– N –» centred at the
foot. The metadata: the project's name as title, the consultant's account as author, Word as creator, a fixed date.

The texts are written for this set. Kazakhstan, the Astana International Exchange, China, its customs administration,
Russia, the Eurasian Economic Union, Kyzylorda, Zhalagash, the Turkistan region, Khorgos, Urumqi, Shanghai and
Xinjiang are real; the broker, its analysts, the dairy, its plant, herders, buyers and all figures are fictional.
Turkmenistan, Ashgabat, the Lebap region, Kerki, Imamnazar, Aqina, Andkhoy, Mazar-i-Sharif, Afghanistan, the
Kerki–Imamnazar–Aqina railway, Hairatan, Termez, Serhetabat and Turgundi are real; the company, its director, the
consultant, the project, its partner, the bank's terms and all figures are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen72_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align
from pdf_fonts import DEJAVU, add_serif  # eval/pdf_fonts.py, beside this script

HERE = Path(__file__).resolve().parent / "unseen72"
NOTE = HERE / "KS_ATUI_Initiation_26Nov2025.pdf"
PLAN = HERE / "Бизнес-план ОЛЦ Акина-Транзит (ред. 3).pdf"
NAVY = (20, 45, 90)
GREY = (236, 238, 242)

# --------------------------------------------------------------------------- the research note

BROKER = "KOKTEM SECURITIES"
DESK = "Equity Research · Kazakhstan · Food & Agriculture"
KIND = "Initiation of coverage · 26 November 2025"
HEADLINE = "Altyn Tuie Dairy: camel milk's long road to China"
COMPANY = "Altyn Tuie Dairy plc (AIX: ATUI)"
KEY_DATA = [
    "Rating: BUY",
    "Target price: USD 14.80",
    "Share price (25 Nov 2025): USD 11.20",
    "Upside: 32%",
    "Market capitalisation: USD 186m",
    "Free float: 24%",
    "52-week range: USD 8.40 – 12.60",
]
ANALYSTS = [
    "Madina Seitkali, CFA · +7 727 356 41 18 · m.seitkali@koktemsec.kz",
    "Oliver Grant · +7 727 356 41 22 · o.grant@koktemsec.kz",
]
NOTE_FOOTER = "Koktem Securities · ATUI: initiation · 26 November 2025"
TO_DISCLOSURES = "Please see the important disclosures on page 3 of this report."

NOTE_SECTIONS: list[tuple[str, list[str]]] = [
    ("Investment summary", [
        ("We initiate coverage of Altyn Tuie Dairy with a BUY rating and a target price of USD 14.80 a share. The "
         "company is the largest processor of camel milk in Kazakhstan and, since January 2025, the first to sell "
         "camel milk powder to China. We think the market still values it as the small supplier to Russia that it "
         "was two years ago, and that the opening of the Chinese market is not yet in the price."),
        ("China already matters more than the market assumes. In the first nine months of 2025 the company shipped "
         "212 tonnes of powder to China, which brought in 38 per cent of its revenue, against nothing a year "
         "earlier. Chinese buyers pay about USD 41 a kilogram, against USD 29 a kilogram in Russia."),
    ]),
    ("The company", [
        ("Altyn Tuie was founded in Kyzylorda in 2014 and listed on the Astana International Exchange in April "
         "2023. It buys raw milk from some 3,400 herders in the Kyzylorda and Turkistan regions, who keep about "
         "9,200 camels under contract with the company. The company does not publish the price it pays herders "
         "for a litre of milk, and we have not modelled a change in it."),
        ("Its spray-drying plant at Zhalagash can produce 1,800 tonnes of powder a year and worked at 61 per cent "
         "of that capacity in 2024. Supply is seasonal: camels give most of their milk from April to September, "
         "and the plant runs at less than half its capacity through the winter. A second drying line would raise "
         "capacity to 3,000 tonnes a year, but the board will decide on it only in 2026 and its cost has not been "
         "set."),
    ]),
    ("The China opening", [
        ("Exports to China became possible after Kazakhstan's agriculture ministry and China's customs "
         "administration signed a protocol on veterinary and sanitary requirements for camel milk products in May "
         "2024. Chinese customs registered the Zhalagash plant in September 2024, and it is one of only three "
         "Kazakh dairies registered to sell camel milk products in China."),
        ("The powder goes by truck to Khorgos and on by rail through Urumqi to Shanghai, a journey of about 19 days "
         "from the plant. All Chinese sales go through a single importer in Shanghai, which repacks the powder "
         "for online shops; the company does not disclose its name or the length of the contract. Management told "
         "us that it expects China to take more than half of its sales in 2026."),
        ("The main competition comes from camel dairies in Xinjiang, which are closer to the buyers and whose "
         "output has grown quickly. We think Kazakh powder keeps an edge for now because Chinese buyers see "
         "milk from the steppe as cleaner, but that edge rests on marketing rather than on price."),
    ]),
    ("Russia and the home market", [
        ("Until 2024 Russia was the company's largest market: it took 44 per cent of revenue that year, helped by "
         "the absence of customs inside the Eurasian Economic Union. In the first nine months of 2025 sales to "
         "Russia fell by 27 per cent, as Russian buyers cut orders and the rouble weakened. We expect Russia to "
         "remain a second market rather than to disappear, and the company keeps its Moscow warehouse."),
        ("Sales at home, mostly of fresh and fermented milk in Kyzylorda, Shymkent and Almaty, are steady and made "
         "up about a fifth of revenue in 2024. They matter less for profits than for keeping herders supplied "
         "with orders in the winter months."),
    ]),
    ("Risks and valuation", [
        ("The largest risk is political: if China suspended the protocol or removed the plant from its register, "
         "the company would lose its best market overnight. Other risks are a poor grazing season, a stronger "
         "tenge and the dependence on one importer. Management has not set a dividend policy, and we assume no "
         "dividend until the second drying line is decided."),
        ("We forecast revenue of KZT 21.6 billion in 2026, up from KZT 14.2 billion in 2024, with an EBITDA margin "
         "of 24 per cent. Our target price comes from a discounted cash flow model with a cost of capital of 16.5 "
         "per cent, and implies 11 times our 2026 earnings."),
    ]),
]
DISCLOSURES_HEAD = "Important disclosures"
DISCLOSURES = [
    ("Analyst certification. The analysts named on the first page certify that the views expressed in this report "
     "accurately reflect their personal views about the company and its securities, and that no part of their pay "
     "was, is or will be related to the specific recommendations in it."),
    "Ratings. BUY: expected total return above 15% over 12 months. HOLD: between 0% and 15%. SELL: below 0%.",
    ("Koktem Securities JSC is licensed by the Agency of the Republic of Kazakhstan for Regulation and Development "
     "of the Financial Market. This report is for professional clients only and may not be passed on without the "
     "written consent of Koktem Securities JSC."),
]


class Note(FPDF):
    def header(self) -> None:
        self.set_font("Sans", "B", 9)
        self.set_text_color(*NAVY)
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw / 2, 5, BROKER, align="L")
        self.set_font("Sans", "", 8)
        self.cell(self.epw / 2, 5, DESK, align="R")
        self.set_draw_color(*NAVY)
        self.set_line_width(0.4)
        self.line(self.l_margin, 16.5, self.w - self.r_margin, 16.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw * 0.7, 4, NOTE_FOOTER, align="L")
        self.cell(self.epw * 0.3, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def write_note() -> None:
    pdf = Note(format="A4")
    pdf.set_margins(20, 24, 20)
    pdf.set_auto_page_break(True, margin=20)
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("Sans", style, str(DEJAVU / name))
    pdf.set_title(HEADLINE)
    pdf.set_author("Koktem Research Desk")
    pdf.set_creator("Adobe InDesign 20.5 (Windows)")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_creation_date(dt.datetime(2025, 11, 26, 6, 40, tzinfo=dt.UTC))

    pdf.add_page()
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(*NAVY)
    pdf.cell(pdf.epw, 5, KIND, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 17)
    pdf.multi_cell(pdf.epw, 8, HEADLINE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 10)
    pdf.cell(pdf.epw, 6, COMPANY, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    top = pdf.get_y()
    pdf.set_fill_color(*GREY)
    pdf.rect(pdf.l_margin, top, pdf.epw, 5 * len(KEY_DATA) + 4, style="F")
    pdf.set_xy(pdf.l_margin + 4, top + 2)
    pdf.set_font("Sans", "", 9)
    for line in KEY_DATA:
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(pdf.epw - 8, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(top + 5 * len(KEY_DATA) + 7)
    pdf.set_font("Sans", "", 8.5)
    for line in ANALYSTS:
        pdf.cell(pdf.epw, 4.6, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for i, (head, texts) in enumerate(NOTE_SECTIONS):
        if i == 1:
            pdf.add_page()
        if pdf.get_y() + 26 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*NAVY)
        pdf.cell(pdf.epw, 7, head, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)
        pdf.set_font("Sans", "", 9.5)
        for text in texts:
            pdf.multi_cell(pdf.epw, 5.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    pdf.ln(3)
    pdf.set_font("Sans", "I", 8.5)
    pdf.cell(pdf.epw, 5, TO_DISCLOSURES, align="L", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*NAVY)
    pdf.cell(pdf.epw, 7, DISCLOSURES_HEAD, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.set_font("Sans", "", 8)
    for text in DISCLOSURES:
        pdf.multi_cell(pdf.epw, 4.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(NOTE))


# --------------------------------------------------------------------------- the business plan

PLAN_COMPANY = "Хозяйственное общество «Гарагум Логистик»"
PLAN_KIND = "БИЗНЕС-ПЛАН"
PLAN_TITLE = "Оптово-логистический центр «Акина-Транзит»"
PLAN_WHERE = "у пограничного перехода Имамназар – Акина, Лебапский велаят"
PLAN_FORM = "Инвестиционный проект"
PLAN_CONFIDENTIAL = "Конфиденциально. Экземпляр для банка"
PLAN_CITY = "Ашхабад – 2025"
PLAN_RUNNING = "Бизнес-план ОЛЦ «Акина-Транзит» · редакция 3"
CONTENTS_HEAD = "Содержание"

PLAN_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Резюме проекта", [
        ("Хозяйственное общество «Гарагум Логистик» предлагает построить оптово-логистический центр «Акина-Транзит» "
         "в 4 км от пограничного перехода Имамназар – Акина на туркмено-афганской границе. Центр будет принимать, "
         "хранить и перегружать грузы, которые идут в Афганистан и из Афганистана по автомобильной и железной "
         "дороге."),
        ("Общая стоимость проекта составляет 52,4 млн манатов, или около 15 млн долларов США по официальному курсу "
         "3,5 маната за доллар. 30 процентов вносит общество, 70 процентов предполагается получить в виде "
         "банковского кредита на семь лет. Срок окупаемости проекта – 6,5 года, внутренняя норма доходности – 17,4 "
         "процента."),
    ]),
    ("2. Инициатор проекта", [
        ("«Гарагум Логистик» основано в Ашхабаде в 2019 году и занимается автомобильными перевозками между "
         "Туркменистаном и Афганистаном. В парке общества 64 грузовых автомобиля, в 2024 году оно перевезло через "
         "границу около 210 тыс. тонн грузов, в основном сжиженный газ, строительные материалы и муку."),
        ("Собственного склада у границы у общества нет, и его машины, как и машины других перевозчиков, подолгу "
         "ждут оформления на открытой площадке. Опыт этой работы и стал основой проекта."),
    ]),
    ("3. Анализ рынка", [
        ("Железная дорога Керки – Имамназар – Акина открыта в 2016 году, а в 2021 году продлена до Андхоя. Через "
         "переход Имамназар – Акина в 2024 году прошло 1,46 млн тонн грузов, на 22 процента больше, чем годом "
         "ранее. Около 60 процентов этого объёма составляют сжиженный газ и нефтепродукты, которые Туркменистан "
         "поставляет в северные провинции Афганистана."),
        ("В обратном направлении идут сухофрукты, изюм, гранаты и хлопок. Для фруктов у границы нет холодильных "
         "складов, и часть урожая афганские поставщики теряют, пока машины стоят в очереди от двух до четырёх "
         "суток."),
        ("Основные конкуренты проекта – переход Хайратан – Термез на узбекской границе и переход Серхетабат – "
         "Тургунди на западе Туркменистана. Для грузов из провинций Балх, Джаузджан и Фарьяб путь через Акину "
         "короче, и именно на них рассчитан центр."),
        ("Спрос на складские услуги растёт вместе с торговлей. По оценке общества, в 2024 году у перехода ежедневно "
         "ожидали оформления в среднем 90 грузовых машин, а в сезон сбора фруктов, в сентябре и октябре, – до "
         "170. Склады временного хранения в Керки находятся в 60 км от границы и не решают эту проблему."),
    ]),
    ("4. Производственный план", [
        ("Центр займёт участок площадью 9,6 гектара. На нём будут построены два склада по 6 000 кв. м, холодильный "
         "склад на 1 500 тонн для афганских фруктов, открытая площадка для 150 грузовых машин и железнодорожный "
         "подъездной путь длиной 1,2 км от станции Имамназар."),
        ("При полной загрузке центр сможет обрабатывать 350 тыс. тонн грузов в год; выйти на неё планируется в 2029 "
         "году. На центре будут работать 110 человек. Тарифы на хранение и перегрузку будут утверждены после "
         "согласования с министерством, и до этого в расчётах использованы средние тарифы перевозчиков."),
        ("В сентябре 2025 года общество подписало меморандум с торговой компанией из Мазари-Шарифа о строительстве "
         "холодильного склада на афганской стороне перехода. Объём вложений афганского партнёра в меморандуме не "
         "указан и будет определён после выбора участка."),
    ]),
    ("5. Финансовый план", [
        ("Выручка центра при полной загрузке оценивается в 21,8 млн манатов в год. Основная её часть приходится на "
         "хранение и перегрузку грузов, идущих в Афганистан, остальное – на холодильный склад и услуги стоянки."),
        ("Кредит планируется погашать равными долями начиная с третьего года, после выхода центра на половину "
         "мощности. Переговоры о кредите ведутся с одним из государственных банков Туркменистана; условия кредита "
         "будут уточнены после рассмотрения этой редакции бизнес-плана."),
        ("Из общей стоимости проекта 31,6 млн манатов приходится на строительство складов и площадки, 12,2 млн "
         "манатов – на холодильное и погрузочное оборудование, остальное – на подъездной путь, подключение к сетям "
         "и оборотные средства первого года. Строительство займёт 18 месяцев после получения разрешения на "
         "участок."),
    ]),
    ("6. Риски проекта", [
        ("Главный риск проекта – обстановка в северном Афганистане и возможное закрытие границы. Кроме того, "
         "расчёты с афганскими контрагентами ведутся в основном в долларах США с предоплатой, так как прямые "
         "банковские переводы из Афганистана затруднены. Снизить эти риски должны работа только по предоплате и "
         "страхование грузов на складах."),
        ("Ещё один риск – конкуренция со стороны Хайратана, где в последние годы построены новые склады и "
         "таможенный терминал. Если узбекская сторона снизит тарифы на перевалку, часть грузов из провинции Балх "
         "может уйти туда. Проект учитывает этот риск: расчёты сделаны для загрузки в 80 процентов, а не полной."),
    ]),
]
SIGNATURE = "Директор ХО «Гарагум Логистик» ____________ Б. Овезов"


class Plan(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "I", 8.5)
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw, 4, PLAN_RUNNING, align="R")
        self.set_line_width(0.2)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("Serif", "", 10)
        self.cell(self.epw, 5, f"– {self.page_no()} –", align="C")


def write_plan() -> None:
    pdf = Plan(format="A4")
    pdf.set_margins(25, 22, 15)
    pdf.set_auto_page_break(True, margin=20)
    add_serif(pdf)
    pdf.set_title(PLAN_TITLE)
    pdf.set_author("consult_ashgabat")
    pdf.set_creator("Microsoft Word 2019")
    pdf.set_producer("Microsoft Word 2019")
    pdf.set_creation_date(dt.datetime(2025, 11, 21, 12, 18, tzinfo=dt.UTC))

    # the cover
    pdf.add_page()
    pdf.set_font("Serif", "", 12)
    pdf.cell(pdf.epw, 6, PLAN_COMPANY, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(95)
    pdf.set_font("Serif", "B", 24)
    pdf.cell(pdf.epw, 12, PLAN_KIND, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "B", 15)
    pdf.multi_cell(pdf.epw, 8, PLAN_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.multi_cell(pdf.epw, 6.5, PLAN_WHERE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(pdf.epw, 6, PLAN_FORM, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(235)
    pdf.set_font("Serif", "I", 10.5)
    pdf.cell(pdf.epw, 6, PLAN_CONFIDENTIAL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(262)
    pdf.set_font("Serif", "", 12)
    pdf.cell(pdf.epw, 6, PLAN_CITY, align="C", new_x="LMARGIN", new_y="NEXT")

    # the contents: the sections' pages as they fall below (the plan's text starts on page 3)
    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.cell(pdf.epw, 8, CONTENTS_HEAD, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "", 11.5)
    for (head, _), page in zip(PLAN_SECTIONS, (3, 3, 3, 4, 4, 4), strict=True):
        width = pdf.epw - pdf.get_string_width(head) - pdf.get_string_width(f" {page}") - 2
        dots = "." * int(width / pdf.get_string_width("."))
        pdf.cell(pdf.epw, 7, f"{head} {dots} {page}", align="L", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    for head, texts in PLAN_SECTIONS:
        if pdf.get_y() + 30 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_font("Serif", "B", 12)
        pdf.cell(pdf.epw, 8, head, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Serif", "", 11.5)
        with pdf.text_columns(text_align=Align.J, line_height=1.4) as cols:
            for text in texts:
                with cols.paragraph(first_line_indent=12.5, bottom_margin=1.5) as par:
                    par.write(text)
        pdf.ln(3)
    pdf.ln(10)
    pdf.set_font("Serif", "", 11.5)
    pdf.cell(pdf.epw, 6, SIGNATURE, align="L", new_x="LMARGIN", new_y="NEXT")

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(PLAN))


def main() -> None:
    write_note()
    write_plan()


if __name__ == "__main__":
    main()
