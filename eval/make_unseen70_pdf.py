"""Write the two PDF files of the seventieth fresh dev set with fpdf2:

eval/unseen70/Caspian Link v Steppe Harvest [2025] EWHC 3187 (Comm).pdf — an approved judgment of the Commercial Court
of England and Wales in a (fictional) claim for freight under a contract to carry Kazakh wheat, as a solicitor saves
it from the judgments' site (named by hand: the short names, the neutral citation). A4 pages set in DejaVu Serif
(eval/pdf_fonts.py), as the courts' template lays a judgment out: on every page a running head of two lines over a
rule ("Approved Judgment" and the short names, the judge and the neutral citation with the case number) and "Page N of
M" centred at the foot; on page 1 the neutral citation and the case number at the right, the court's block in
capitals (the High Court, the Business and Property Courts, the Commercial Court), the building and its address at the
right, the date, "Before :" and the judge, the parties ("Between :", the claimant, "- and -", the defendant with their
roles at the right) between dashed rules, counsel and solicitors, the hearing dates, "Approved Judgment" and the
hand-down notice; from page 2 "Mrs Justice Harrow:" and the judgment's numbered paragraphs (hanging numbers) under
the headings "Introduction", "The facts", "The issues", "Discussion" and "Conclusion", the contract's clause quoted
in an indented block. The metadata are the court's word processor's: the case's name and citation as the title, the
judge's clerk's account as author, a fixed date.

eval/unseen70/Программа пребывания делегации Оренбургской области в РТ (10-13 ноября 2025) ДСП.pdf — the programme of
the official visit of a delegation of the Orenburg region to Tajikistan with its background note, as the region's
external relations department sends it round (named by its clerk: what it is, the country's abbreviation, the dates,
«ДСП»). A4 pages in DejaVu Serif: «Для служебного пользования» and «Экз. № 4» at the right; «ПРОГРАММА» and
«пребывания делегации Оренбургской области в Республике Таджикистан» centred in bold, the towns and dates under
them; for each day a bold line (the date, the weekday, the town) over a ruled table of times, events and places, and
«Ответственный: …» under it; «Состав делегации» with nine numbered members; «СПРАВОЧНЫЕ МАТЕРИАЛЫ» and «Справка о
торгово-экономическом сотрудничестве Оренбургской области с Республикой Таджикистан» over justified paragraphs with
first-line indents; the page number centred at the top from page 2. No title in the metadata, the department's
account as author, a fixed date.

The texts are written for this set. In the judgment, Kazakhstan, Kostanay, Aktau, Baku and the port of Alat, Poti,
Batumi, Novorossiysk, Russia, Ukraine, Azerbaijan, Georgia, the Caspian Sea, the Business and Property Courts and the
Rolls Building are real; the case, the parties, the judge, counsel, solicitors, the contract and all figures are
fictional. In the programme, the Orenburg region, Tajikistan, Dushanbe, Khujand, the Sughd region and its free
economic zone, the Embassy of the Russian Federation in Dushanbe, the Russian-Tajik (Slavonic) University and the
ministries named are real; the visit, the delegation, its members, the agreements and all figures are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen70_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align
from pdf_fonts import add_serif  # eval/pdf_fonts.py, beside this script

HERE = Path(__file__).resolve().parent / "unseen70"
JUDGMENT = HERE / "Caspian Link v Steppe Harvest [2025] EWHC 3187 (Comm).pdf"
PROGRAMME = HERE / "Программа пребывания делегации Оренбургской области в РТ (10-13 ноября 2025) ДСП.pdf"

# --------------------------------------------------------------------------- the judgment

CITATION = "[2025] EWHC 3187 (Comm)"
CASE_NO = "CL-2024-000412"
SHORT = "Caspian Link v Steppe Harvest"
JUDGE = "THE HONOURABLE MRS JUSTICE HARROW DBE"
COURT = [
    "IN THE HIGH COURT OF JUSTICE",
    "BUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES",
    "COMMERCIAL COURT (KBD)",
]
PLACE = ["Royal Courts of Justice", "Rolls Building, Fetter Lane, London, EC4A 1NL"]
DATE = "Date: 28/11/2025"
PARTIES = [("CASPIAN LINK FORWARDING LIMITED", "Claimant"), ("STEPPE HARVEST TRADING LLP", "Defendant")]
COUNSEL = [
    "Hugo Vance KC and Amelia Stroud (instructed by Marsh Lindqvist LLP) for the Claimant",
    "Daniel Okafor KC (instructed by Whitlock Ferris LLP) for the Defendant",
]
HEARING = "Hearing dates: 7, 8 and 9 October 2025"
NOTICE = (
    "This judgment was handed down remotely at 10.30am on Friday 28 November 2025 by circulation to the parties or "
    "their representatives by e-mail and by release to the National Archives."
)
OPENER = "Mrs Justice Harrow:"

CLAUSE = (
    "\u201c9.2 If carriage by the Usual Route becomes unlawful, impossible or commercially impracticable by reason of "
    "any law, regulation, sanction or embargo, the Carrier shall carry the Goods by such alternative route as the "
    "Merchant may reasonably approve, and the Freight shall be adjusted by agreement or, failing agreement, to a "
    "reasonable sum reflecting the additional cost properly incurred by the Carrier.\u201d"
)

# (heading, [paragraph, …]); a paragraph "CLAUSE" is the quoted clause, not numbered
SECTIONS: list[tuple[str, list[str]]] = [
    ("Introduction", [
        ("This is a claim for freight under a contract to carry Kazakh milling wheat to the sea. When the sanctions "
         "imposed on Russia in 2022, and the response of banks and buyers to them, closed the usual route through "
         "the Russian port of Novorossiysk, the wheat was sent instead across the Caspian Sea, from Aktau to Baku, "
         "and on by rail to the Georgian ports of Poti and Batumi. The claimant forwarder says that the contract "
         "entitles it to be paid the higher cost of that route. The defendant grain trader says that it does not."),
        ("The claimant, Caspian Link Forwarding Limited (\u201cCaspian Link\u201d), is a company registered in "
         "England with an operating office in Almaty. The defendant, Steppe Harvest Trading LLP (\u201cSteppe "
         "Harvest\u201d), is a partnership registered in Kazakhstan and based in Kostanay, which buys wheat from "
         "farms in the north of the country and sells it to mills in Turkey, Italy and North Africa."),
    ]),
    ("The facts", [
        ("By a contract dated 14 February 2022 (\u201cthe Contract\u201d), Caspian Link agreed to carry up to "
         "240,000 tonnes of wheat over two seasons from elevators in the Kostanay region to a port of loading, at a "
         "freight of USD 61 per tonne. The Contract names Novorossiysk as the \u201cUsual Route\u201d, is governed "
         "by English law and gives this court exclusive jurisdiction."),
        ("Ten days later Russia invaded Ukraine. Wheat was not itself the subject of any sanction, but by July 2022 "
         "Steppe Harvest\u2019s bank in Almaty had told it that it would no longer finance cargoes loaded in Russian "
         "ports, and two of its buyers had asked that their grain should not cross Russian territory at all. On 3 "
         "August 2022 Steppe Harvest wrote to Caspian Link asking it to find \u201cany workable route that avoids "
         "Russia\u201d."),
        ("Caspian Link proposed the Caspian route in a letter of 12 August 2022. The wheat was to go by rail to "
         "Aktau, cross the sea on general cargo ships to the port of Alat near Baku, and travel on by the "
         "Azerbaijani and Georgian railways to Poti or Batumi. The first train left Kostanay on 19 September 2022. "
         "Until the Contract expired on 30 June 2024, 163,800 tonnes were carried this way; the rest of the "
         "240,000 tonnes was never called for."),
        ("The new route was slower and dearer. A consignment took on average 31 days from the elevator to a ship in "
         "Georgia, against 9 days to Novorossiysk, and had to be transhipped twice. Caspian Link\u2019s evidence, "
         "which on this point I accept, was that its own costs on the route averaged USD 97 a tonne, chiefly "
         "because the ships crossing the Caspian were few and small and were in demand for other cargoes leaving "
         "Russia\u2019s way."),
        ("Caspian Link invoiced a surcharge of USD 36 a tonne on top of the Contract freight, some USD 5.9 million "
         "in all. Steppe Harvest paid the Contract rate on every consignment and refused the surcharge. The parties "
         "never agreed a new rate, and Caspian Link issued this claim on 11 June 2024."),
    ]),
    ("The issues", [
        "Clause 9.2 of the Contract provides:",
        "CLAUSE",
        ("Three issues arise: first, whether clause 9.2 was engaged at all; secondly, if it was, whether Steppe "
         "Harvest approved the Caspian route; and thirdly, what the reasonable adjustment of the freight is."),
    ]),
    ("Discussion", [
        ("On the first issue Mr Okafor KC for Steppe Harvest argued that nothing made carriage through Novorossiysk "
         "unlawful or impossible: no sanction applied to Kazakh wheat, and Russian ports went on loading grain "
         "throughout 2022. I do not accept so narrow a reading. The words \u201ccommercially impracticable\u201d "
         "are wide, and a route on which the merchant\u2019s own bank would not finance its cargoes and its buyers "
         "would not take them was, in my judgment, commercially impracticable by reason of the sanctions, even if "
         "no sanction applied to the wheat itself."),
        ("The second issue can be shortly decided. Steppe Harvest asked for a route that avoided Russia, received a "
         "written proposal of the Caspian route and then sent its trains to Aktau for almost two years. Its "
         "conduct was approval of the route, whatever it may have thought about the price."),
        ("The third issue is where the real dispute lies. Mr Vance KC for Caspian Link submitted that the whole of "
         "its extra cost was properly incurred. I do not agree. About USD 9 a tonne of that cost arose from the "
         "demurrage of wagons held at Aktau in the winter of 2022 to 2023, when Caspian Link had chartered too few "
         "ships, and its own e-mails show that it knew of the shortage by October 2022. A cost that a prudent "
         "forwarder would have avoided is not, in my view, properly incurred."),
        ("I also take into account that Caspian Link sought no agreement on a new rate before it began to carry, "
         "although the clause plainly contemplates one. That does not bar its claim, but it means that the court "
         "must fix the sum on the evidence, and the burden of proving the additional cost lies on Caspian Link. "
         "Steppe Harvest\u2019s own expert put the reasonable cost of the route at USD 84 a tonne, but his figure "
         "left out the second transhipment at Alat, and I prefer Caspian Link\u2019s evidence on that item."),
    ]),
    ("Conclusion", [
        ("Clause 9.2 was engaged and Steppe Harvest approved the Caspian route. The reasonable adjustment is USD 27 "
         "a tonne, which on 163,800 tonnes comes to USD 4,422,600. Caspian Link is entitled to judgment for that "
         "sum, with interest at 1.5 per cent above the Bank of England base rate from the date of each invoice."),
        ("Steppe Harvest\u2019s counterclaim for the delay of 22 days between its letter of 3 August 2022 and the "
         "first train fails: the Contract set no time for finding another route, and three weeks was not an "
         "unreasonable time in which to find one."),
        ("I am grateful to counsel for their clear submissions. I invite them to agree an order reflecting this "
         "judgment; any question of costs or of permission to appeal that cannot be agreed will be dealt with on "
         "written submissions."),
    ]),
]


class Judgment(FPDF):
    def header(self) -> None:
        self.set_font("Serif", "", 8.5)
        self.set_xy(self.l_margin, 9)
        self.cell(self.epw / 2, 4, "Approved Judgment", align="L")
        self.cell(self.epw / 2, 4, SHORT, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(self.epw / 2, 4, "Mrs Justice Harrow", align="L")
        self.cell(self.epw / 2, 4, f"{CITATION} · {CASE_NO}", align="R")
        self.set_line_width(0.2)
        self.line(self.l_margin, 18.5, self.w - self.r_margin, 18.5)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Serif", "", 9)
        self.cell(self.epw, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def dashes(pdf: FPDF) -> None:
    pdf.set_font("Serif", "", 10)
    pdf.cell(pdf.epw, 6, "- - - - - - - - - - - - - - - - - - - - -", align="C", new_x="LMARGIN", new_y="NEXT")


def write_judgment() -> None:
    pdf = Judgment(format="A4")
    pdf.set_margins(25, 26, 25)
    pdf.set_auto_page_break(True, margin=22)
    add_serif(pdf)
    pdf.set_title(f"{SHORT} {CITATION}")
    pdf.set_author("RCJ Clerk HARROW J")
    pdf.set_creator("Microsoft Word for Microsoft 365")
    pdf.set_producer("Microsoft Word for Microsoft 365")
    pdf.set_creation_date(dt.datetime(2025, 11, 27, 16, 5, tzinfo=dt.UTC))

    # the front page: the court's block, the parties, counsel and the notice
    pdf.add_page()
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(pdf.epw, 5.5, f"Neutral Citation Number: {CITATION}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(pdf.epw, 5.5, f"Case No: {CASE_NO}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for line in COURT:
        pdf.cell(pdf.epw, 5.5, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "", 10.5)
    for line in PLACE:
        pdf.cell(pdf.epw, 5.5, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(pdf.epw, 5.5, DATE, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.cell(pdf.epw, 5.5, "Before :", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(pdf.epw, 5.5, JUDGE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    dashes(pdf)
    pdf.set_font("Serif", "", 10.5)
    pdf.cell(pdf.epw, 5.5, "Between :", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for i, (name, role) in enumerate(PARTIES):
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(pdf.epw * 0.75, 6, name, align="C")
        pdf.set_font("Serif", "", 10.5)
        pdf.cell(pdf.epw * 0.25, 6, role, align="R", new_x="LMARGIN", new_y="NEXT")
        if i == 0:
            pdf.ln(1)
            pdf.cell(pdf.epw * 0.75, 6, "- and -", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.ln(2)
    dashes(pdf)
    dashes(pdf)
    pdf.ln(2)
    pdf.set_font("Serif", "B", 10.5)
    for line in COUNSEL:
        pdf.multi_cell(pdf.epw, 5.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "", 10.5)
    pdf.cell(pdf.epw, 5.5, HEARING, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    dashes(pdf)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(pdf.epw, 8, "Approved Judgment", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(pdf.epw, 5.2, NOTICE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(pdf.epw, 5, "............................." , align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(pdf.epw, 5.5, JUDGE, align="C", new_x="LMARGIN", new_y="NEXT")

    # the judgment
    pdf.add_page()
    pdf.set_font("Serif", "B", 11)
    pdf.cell(pdf.epw, 6, OPENER, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    number = 0
    for heading, texts in SECTIONS:
        if pdf.get_y() + 24 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_font("Serif", "B", 11)
        pdf.cell(pdf.epw, 7, heading, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for text in texts:
            if text == "CLAUSE":
                pdf.set_font("Serif", "I", 10.5)
                pdf.set_x(pdf.l_margin + 22)
                pdf.multi_cell(pdf.epw - 34, 5.6, CLAUSE, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
                continue
            number += 1
            pdf.set_font("Serif", "", 11)
            y = pdf.get_y()
            if y + 12 > pdf.page_break_trigger:
                pdf.add_page()
                y = pdf.get_y()
            pdf.cell(10, 6, f"{number}.")
            pdf.set_xy(pdf.l_margin + 10, y)
            pdf.multi_cell(pdf.epw - 10, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(JUDGMENT))


# --------------------------------------------------------------------------- the programme of the visit

RESTRICTED = "Для служебного пользования"
COPY = "Экз. № 4"
PROG_HEAD = "ПРОГРАММА"
PROG_SUBJECT = "пребывания делегации Оренбургской области в Республике Таджикистан"
PROG_WHERE = "г. Душанбе – г. Худжанд, 10–13 ноября 2025 года"

# (the day's line, [(time, event, place), …], the person responsible)
DAYS: list[tuple[str, list[tuple[str, str, str]], str]] = [
    ("10 ноября (понедельник), г. Душанбе", [
        ("07:40", "Прибытие в аэропорт Душанбе рейсом из Оренбурга. Встреча делегации", "Аэропорт «Душанбе», зал официальных делегаций"),
        ("09:00–10:00", "Размещение, завтрак", "Гостиница «Хилтон Душанбе»"),
        ("10:30–12:00", "Встреча с Министром экономического развития и торговли Республики Таджикистан", "Министерство экономического развития и торговли"),
        ("12:30–14:00", "Рабочий обед от имени Посла Российской Федерации в Республике Таджикистан", "Посольство России"),
        ("14:30–17:30", "Таджикско-оренбургский бизнес-форум, подписание документов", "Торгово-промышленная палата Республики Таджикистан"),
        ("19:00", "Ужин от имени таджикской стороны", "По отдельному приглашению"),
    ], "Ответственный: Сафонов Д. А., начальник отдела внешнеэкономических связей, +7 (3532) 77-41-09"),
    ("11 ноября (вторник), г. Душанбе – г. Худжанд", [
        ("08:30–09:30", "Посещение Российско-Таджикского (Славянского) университета, встреча с выпускниками оренбургских вузов", "г. Душанбе, ул. М. Турсунзаде, 30"),
        ("10:00–11:00", "Встреча с руководством Министерства труда, миграции и занятости населения", "Министерство труда"),
        ("12:40–13:35", "Перелёт Душанбе – Худжанд", "Аэропорт «Душанбе»"),
        ("15:00–16:30", "Встреча с Председателем Согдийской области", "Хукумат Согдийской области"),
        ("17:00–18:00", "Подписание плана мероприятий на 2026–2027 годы", "Хукумат Согдийской области"),
    ], "Ответственный: Ибрагимова Л. Р., консультант отдела внешнеэкономических связей, +7 (3532) 77-41-12"),
    ("12 ноября (среда), г. Худжанд", [
        ("09:00–11:00", "Посещение свободной экономической зоны «Сугд»", "СЭЗ «Сугд»"),
        ("11:30–13:00", "Посещение центра предвыездной подготовки трудовых мигрантов", "г. Худжанд"),
        ("14:00–16:00", "Переговоры представителей оренбургских предприятий с таджикскими партнёрами (В2В)", "Гостиница «Сугд»"),
        ("16:30–17:30", "Брифинг для представителей средств массовой информации", "Гостиница «Сугд»"),
    ], "Ответственный: Сафонов Д. А."),
    ("13 ноября (четверг), г. Худжанд", [
        ("06:50", "Выезд в аэропорт", "Гостиница «Сугд»"),
        ("08:25", "Вылет в Оренбург через Москву", "Аэропорт «Худжанд»"),
    ], "Ответственный: Ибрагимова Л. Р."),
]

MEMBERS_HEAD = "Состав делегации"
MEMBERS = [
    "1. Кравцов Олег Николаевич – заместитель председателя Правительства Оренбургской области, руководитель делегации",
    "2. Баймуратов Ринат Сагитович – министр экономического развития, инвестиций и туризма Оренбургской области",
    "3. Шевчук Ирина Павловна – министр сельского хозяйства, торговли, пищевой и перерабатывающей промышленности",
    "4. Тагирова Эльвира Маратовна – заместитель министра образования Оренбургской области",
    "5. Сафонов Денис Андреевич – начальник отдела внешнеэкономических связей",
    "6. Ибрагимова Лейла Рустамовна – консультант отдела внешнеэкономических связей",
    "7. Гордеев Павел Викторович – президент Союза «Торгово-промышленная палата Оренбургской области»",
    "8. Ахмедов Фаррух Саидович – председатель Оренбургской региональной таджикской национально-культурной автономии",
    "9. Лукин Сергей Евгеньевич – генеральный директор АО «Оренбургский элеватор»",
]

REF_HEAD = "СПРАВОЧНЫЕ МАТЕРИАЛЫ"
REF_SUBJECT = "Справка о торгово-экономическом сотрудничестве Оренбургской области с Республикой Таджикистан"
REF_TEXT = [
    ("Республика Таджикистан входит в число десяти основных внешнеторговых партнёров Оренбургской области. "
     "Сотрудничество ведётся на основе Соглашения между Правительством Оренбургской области и хукуматом "
     "Согдийской области о торгово-экономическом, научно-техническом и культурном сотрудничестве, подписанного в "
     "2021 году, а также плана мероприятий на 2024–2025 годы, выполненного, по оценке министерства экономического "
     "развития, на 80 процентов."),
    ("Товарооборот области с Таджикистаном в 2024 году составил 214,6 млн долларов США и вырос на 18 процентов "
     "к 2023 году. Экспорт достиг 188,3 млн долларов: основу его составляют пшеница и мука, подсолнечное масло, "
     "прокат чёрных металлов и строительные материалы. За девять месяцев 2025 года в Таджикистан отгружено 231 тыс. "
     "тонн зерна и муки, почти вдвое больше, чем за тот же период прошлого года. Импорт из Таджикистана невелик – "
     "26,3 млн долларов: сухофрукты, овощи, хлопковая пряжа и текстиль."),
    ("Зерно идёт в Таджикистан железной дорогой через Казахстан и Узбекистан. Средний срок доставки вагона со "
     "станции Оренбург до станции Душанбе составил в 2025 году 17 суток. Таджикская сторона предлагает "
     "организовать в Худжанде терминал для приёмки оренбургского зерна; место и стоимость терминала пока не "
     "определены, предложение будет обсуждено в ходе визита."),
    ("Ключевым направлением остаётся трудовая миграция. В 2024 году в области на миграционный учёт поставлены "
     "около 31,4 тыс. граждан Таджикистана, 18,2 тыс. из них получили патенты на работу. С 2025 года часть "
     "работников направляется в область организованно, через центр предвыездной подготовки в Худжанде, где "
     "мигранты сдают экзамен по русскому языку, истории и основам законодательства России. Первая группа из 140 "
     "строителей прибыла в Оренбург в апреле 2025 года."),
    ("В вузах Оренбургской области обучаются 1 260 граждан Таджикистана, из них 95 – по квоте Правительства "
     "Российской Федерации. Оренбургский государственный медицинский университет и Таджикский государственный "
     "медицинский университет имени Абуали ибни Сино в 2024 году договорились о сетевой программе ординатуры."),
    ("Развивается и гуманитарное сотрудничество. В Оренбурге действуют таджикская национально-культурная автономия "
     "и воскресная школа таджикского языка, а в 2025 году в Душанбе прошли Дни культуры Оренбургской области, на "
     "которых выступили оренбургские фольклорные коллективы. Министерство образования области направило в школы "
     "Согдийской области 12 учителей русского языка и начальных классов по программе командирования педагогов. "
     "В 2026 году стороны предполагают провести в Худжанде совместную выставку оренбургских товаров."),
    ("Между Оренбургом и Душанбе выполняются прямые рейсы два раза в неделю. Авиакомпании изучают возможность "
     "открытия рейса Оренбург – Худжанд, однако срок его запуска пока не определён. Пассажиропоток на линии "
     "Оренбург – Душанбе в 2024 году составил около 38 тыс. человек, большую часть которых составляют трудовые "
     "мигранты и их семьи."),
    ("В ходе визита планируется подписать план мероприятий по реализации Соглашения на 2026–2027 годы и "
     "меморандум о создании в Согдийской области совместного предприятия по сборке сельскохозяйственной техники. "
     "Объём инвестиций в проект стороны не раскрывают. Таджикская сторона также заинтересована в увеличении "
     "поставок оренбургской муки и в открытии в Оренбурге торгового дома Республики Таджикистан."),
]


class Programme(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "", 11)
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw, 5, str(self.page_no()), align="C")
        self.set_xy(self.l_margin, self.t_margin)


def write_programme() -> None:
    pdf = Programme(format="A4")
    pdf.set_margins(25, 20, 15)
    pdf.set_auto_page_break(True, margin=18)
    add_serif(pdf)
    pdf.set_author("orb-mvs-05")
    pdf.set_creator("Microsoft Word 2016")
    pdf.set_producer("Microsoft Word 2016")
    pdf.set_creation_date(dt.datetime(2025, 11, 5, 17, 22, tzinfo=dt.UTC))

    pdf.add_page()
    pdf.set_font("Serif", "", 11)
    pdf.cell(pdf.epw, 5.5, RESTRICTED, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(pdf.epw, 5.5, COPY, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(pdf.epw, 7, PROG_HEAD, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 12)
    pdf.multi_cell(pdf.epw, 6.5, PROG_SUBJECT, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.cell(pdf.epw, 6.5, PROG_WHERE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    for day, rows, responsible in DAYS:
        if pdf.get_y() + 40 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_font("Serif", "B", 11.5)
        pdf.cell(pdf.epw, 7, day, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Serif", "", 10)
        pdf.set_line_width(0.2)
        with pdf.table(col_widths=(26, 90, 54), line_height=5, text_align=("LEFT", "LEFT", "LEFT"),
                       first_row_as_headings=False) as table:
            for row in rows:
                cells = table.row()
                for text in row:
                    cells.cell(text)
        pdf.ln(1.5)
        pdf.set_font("Serif", "I", 10)
        pdf.multi_cell(pdf.epw, 5, responsible, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)

    if pdf.get_y() + 70 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.set_font("Serif", "B", 12)
    pdf.cell(pdf.epw, 7, MEMBERS_HEAD, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "", 10.5)
    for line in MEMBERS:
        pdf.multi_cell(pdf.epw, 5.4, line, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.cell(pdf.epw, 7, REF_HEAD, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "B", 12)
    pdf.multi_cell(pdf.epw, 6.5, REF_SUBJECT, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "", 12)
    with pdf.text_columns(text_align=Align.J, line_height=1.45) as cols:
        for text in REF_TEXT:
            with cols.paragraph(first_line_indent=12.5, bottom_margin=1.5) as par:
                par.write(text)

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(PROGRAMME))


def main() -> None:
    write_judgment()
    write_programme()


if __name__ == "__main__":
    main()
