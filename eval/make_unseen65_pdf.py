"""Write the two PDF files of the sixty-fifth fresh dev set with fpdf2:

eval/unseen65/NOFO_PAS-BISHKEK-FY26-004_Media-Literacy.pdf — a Notice of Funding Opportunity of the Public Diplomacy
Section of the U.S. Embassy in Bishkek, in the manner of the State Department's public diplomacy NOFOs, as the embassy
exports it from Word and posts it with the listing (named by hand: "NOFO", the opportunity number, a word of its
title). Five US Letter pages set in Liberation Serif (the metric twin of Times New Roman, in which such notices are
typed): the cover block centred ("U.S. Embassy Bishkek", "Public Diplomacy Section", "Notice of Funding Opportunity") and
five "Label: value" lines ("Funding Opportunity Title:", "Funding Opportunity Number:", "Deadline for Applications:",
"Assistance Listing Number:", "Total Amount Available:"); then the sections "A. PROGRAM DESCRIPTION" (an opening
paragraph, "Background" in three paragraphs with figures, "Program Objectives" with three objectives, "Participants and
Audiences"), "B. FEDERAL AWARD INFORMATION" (seven "Label: value" lines), "C. ELIGIBILITY INFORMATION" (three numbered
items), "D. APPLICATION AND SUBMISSION INFORMATION" (a numbered list of the required documents, the "Unique Entity
Identifier (UEI)" and "SAM.gov registration" paragraphs), "E. APPLICATION REVIEW INFORMATION" (seven criteria with their
points), "F. FEDERAL AWARD ADMINISTRATION", "G. FEDERAL AWARDING AGENCY CONTACTS" (an e-mail address) and "H. OTHER
INFORMATION" (the standard "Guidelines for Budget Justification" with five items and "Reservation of rights"), headings
in bold, paragraphs ragged right as Word leaves them; on every page the opportunity number at the top right and "Page N
of M" centred at the foot. The metadata are those of a file exported from Word by the section's grants assistant: the
title, the author, Word as creator and producer, a fixed date.

eval/unseen65/РПД_Многовекторная_дипломатия_ЦА_41.03.05_2025.pdf — a Russian university's course syllabus («рабочая
программа дисциплины») on the multivector diplomacy of the Central Asian states, as the department exports it from Word
for the university's site (named by hand: «РПД», the course's name shortened, the code of the programme, the year). Five
A4 pages set in Liberation Serif 12: the title page (the ministry, the university's full name and abbreviation, the
department, «УТВЕРЖДАЮ», «Проректор по учебной работе», a signature line with the name, «« 28 » августа 2025 г.»,
«РАБОЧАЯ ПРОГРАММА ДИСЦИПЛИНЫ» and the course's name in bold, the course's code, «Направление подготовки 41.03.05
Международные отношения», the profile, the qualification, «Форма обучения: очная», «Омск 2025» at the foot); from page 2
the sections «1. Цели и задачи освоения дисциплины» (a paragraph and four tasks), «2. Место дисциплины в структуре ОПОП»,
«3. Компетенции …» (a table of three codes and their descriptions), «4. Содержание дисциплины» (eight themes, each a
heading in bold over a justified paragraph with the facts taught), «5. Объём дисциплины …» (a table of hours), «6.
Оценочные средства …» (the distribution of points and ten numbered questions for the exam), «7. Литература» (the main
and the additional literature, numbered), «Программа составлена…», the compilers, «Рассмотрена на заседании кафедры…,
протокол № 1 …» and the head of department's signature line; page numbers centred at the foot from page 2. The
paragraphs are set with fpdf2's text region (justified, first-line indent), the tables with fpdf2's table. The metadata
are those of a file exported from Word: the course's name as title, a compiler as author, Word as creator and producer, a
fixed date.

The texts are written for this set. The U.S. Department of State, its Embassy in Bishkek and Public Diplomacy Section,
the Smith-Mundt funds, Assistance Listing 19.040, SAM.gov and the UEI, 2 CFR 200, Grants.gov, the Kyrgyz Republic and its
regions are real; the opportunity, its number, its figures, the survey, the monitoring, the earlier awards, their
results, the evaluation and the contact address are fictional. The Russian Ministry of Science and Higher Education, the
programme 41.03.05, Omsk and the events, treaties, formats and dates the syllabus teaches are real; the university, its
department, the course, its compilers, its pro-rector, its literature and the figures it gives are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen65_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent / "unseen65"
NOFO = HERE / "NOFO_PAS-BISHKEK-FY26-004_Media-Literacy.pdf"
SYLLABUS = HERE / "РПД_Многовекторная_дипломатия_ЦА_41.03.05_2025.pdf"
LIBERATION = Path("/usr/share/fonts/truetype/liberation")
NBSP = "\u00a0"


def add_liberation_serif(pdf: FPDF) -> None:
    for style, name in (("", "LiberationSerif-Regular.ttf"), ("B", "LiberationSerif-Bold.ttf"),
                        ("I", "LiberationSerif-Italic.ttf"), ("BI", "LiberationSerif-BoldItalic.ttf")):
        pdf.add_font("Serif", style, str(LIBERATION / name))


# --------------------------------------------------------------------------- the Notice of Funding Opportunity

NUMBER = "PAS-BISHKEK-FY26-004"
TITLE = "Check Before You Share: Media Literacy against Foreign Information Manipulation"

COVER = ["U.S. Embassy Bishkek", "Public Diplomacy Section", "Notice of Funding Opportunity"]
COVER_FACTS = [
    ("Funding Opportunity Title:", TITLE),
    ("Funding Opportunity Number:", NUMBER),
    ("Deadline for Applications:", "January 16, 2026, 5:00 p.m. Bishkek time"),
    ("Assistance Listing Number:", "19.040 – Public Diplomacy Programs"),
    ("Total Amount Available:", "$600,000"),
]

# each block: (kind, text); kinds: "h1" a lettered section in capitals, "h2" a sub-heading, "p" a paragraph, "li" a
# list item (indented), "fact" a "Label: value" line with the label in bold
BLOCKS: list[tuple[str, str]] = [
    ("h1", "A. PROGRAM DESCRIPTION"),
    ("p", "The Public Diplomacy Section (PDS) of the U.S. Embassy in Bishkek announces an open competition for "
          "organizations to carry out a program that helps audiences in the Kyrgyz Republic recognize and resist foreign "
          "information manipulation, in particular on trade, labor migration and the country's relations with its "
          "partners."),
    ("h2", "Background"),
    ("p", "The Kyrgyz Republic's foreign trade reached $14.7 billion in 2024, more than 70 percent of it with China, "
          "Russia and Kazakhstan, and the money sent home by some 900,000 citizens working abroad equals about a sixth "
          "of the economy. Decisions on customs rules, transit routes, sanctions and migration therefore reach most "
          "households directly, and they are also the subjects on which misleading stories travel fastest. In 2025 the "
          "Embassy's media monitoring counted 1,270 widely shared false or distorted items on these subjects in Russian- "
          "and Kyrgyz-language Telegram channels and short-video accounts, among them claims that Western sanctions "
          "would close Kyrgyz markets abroad and invented reports of new entry bans for migrant workers."),
    ("p", "Audiences are poorly equipped to tell such items apart from reporting. In a survey of 1,500 adults "
          "commissioned by the Embassy in March 2025, 63 percent named social networks or messaging apps as their main "
          "source of news, and only 22 percent said they checked who had published a story before sharing it."),
    ("p", "Between fiscal years 2021 and 2024, PDS funded seven media literacy projects worth a total of $1.34 million. "
          "The largest, a two-year award of $240,000, trained 410 schoolteachers, who taught a ten-lesson module to some "
          "18,500 pupils in 96 schools of the Chui, Osh and Issyk-Kul regions. A network of 14 regional journalists "
          "supported by a second award published 530 verifications in Kyrgyz and Russian, and six of its reports were "
          "taken up by national television. An independent evaluation completed in June 2025 found that pupils who had "
          "taken the module were twice as likely as their peers to spot a manipulated photograph, but that schools in "
          "the Naryn and Batken regions had barely been reached and that three quarters of the materials existed only "
          "in Russian."),
    ("h2", "Program Objectives"),
    ("p", "Applicants should propose activities that meet all three objectives:"),
    ("li", "Objective 1: Train at least 300 secondary school teachers, librarians and youth workers in at least four "
           "regions outside Bishkek to teach media literacy in Kyrgyz."),
    ("li", "Objective 2: Strengthen the skills of at least 25 regional journalists and editors to verify and explain "
           "claims about trade, labor migration and foreign policy."),
    ("li", "Objective 3: Reach at least 400,000 people, half of them under 30, with short video, audio and messaging "
           "content that shows how to check a source, a figure or an image."),
    ("h2", "Participants and Audiences"),
    ("p", "Primary participants are teachers, school and public librarians, youth workers, journalism students and "
          "journalists of regional and local outlets. The wider audience is the public of the Osh, Jalal-Abad, Batken, "
          "Naryn and Talas regions, in particular young people aged 15 to 30. At least 60 percent of program activities "
          "should take place outside Bishkek, and at least half of all materials must be in Kyrgyz."),
    ("h1", "B. FEDERAL AWARD INFORMATION"),
    ("fact", "Length of performance period:\t18 to 24 months"),
    ("fact", "Number of awards anticipated:\ttwo to three awards (dependent on amounts)"),
    ("fact", "Award amounts:\tawards may range from a minimum of $100,000 to a maximum of $250,000"),
    ("fact", "Total available funding:\t$600,000"),
    ("fact", "Type of funding:\tFY2026 Smith-Mundt Public Diplomacy Funds"),
    ("fact", "Anticipated program start date:\tJuly 1, 2026"),
    ("fact", "Funding instrument type:\tcooperative agreement. PDS will be substantially involved in approving the "
             "curricula, the choice of regions and the content of the public campaign."),
    ("p", "This notice is subject to the availability of funds."),
    ("h1", "C. ELIGIBILITY INFORMATION"),
    ("li", "1. Eligible applicants: registered not-for-profit organizations, including civil society organizations, "
           "think tanks and media associations, and public and private educational institutions. For-profit "
           "organizations and individuals are not eligible under this notice."),
    ("li", "2. Cost sharing or matching: cost sharing is not required."),
    ("li", "3. Other eligibility requirements: an organization may submit one application as the lead applicant. "
           "Partnerships between a Bishkek organization and at least one organization based in a region are "
           "encouraged."),
    ("h1", "D. APPLICATION AND SUBMISSION INFORMATION"),
    ("p", "Applications must be submitted in English through Grants.gov or by e-mail by the deadline. The following "
          "documents are required:"),
    ("li", "1. SF-424 (Application for Federal Assistance – organizations)"),
    ("li", "2. SF-424A (Budget Information for Non-Construction Programs)"),
    ("li", "3. Summary page: the applicant's name, the program's title, period and amount requested, and a one-paragraph "
           "description"),
    ("li", "4. Proposal of no more than ten pages: the problem, the objectives, the activities, the regions and the "
           "monitoring and evaluation plan"),
    ("li", "5. Budget justification narrative in U.S. dollars"),
    ("li", "6. Résumés of key staff, one page each, and letters of support from partner schools, libraries or outlets"),
    ("p", "Unique Entity Identifier (UEI): every organization applying must have a UEI, which is issued when it "
          "registers in SAM.gov."),
    ("p", "SAM.gov registration: the applicant's registration in the System for Award Management must be active when it "
          "applies and for the life of the award. Registration is free of charge but can take up to two months."),
    ("p", "Late applications will not be considered."),
    ("h1", "E. APPLICATION REVIEW INFORMATION"),
    ("p", "A Grants Review Committee will rate each eligible application against the following criteria, 100 points in "
          "total:"),
    ("li", "Quality and feasibility of the program idea – 20 points"),
    ("li", "Organizational capacity and record on previous grants – 15 points"),
    ("li", "Program planning and ability to meet the objectives – 15 points"),
    ("li", "Reach outside Bishkek and use of the Kyrgyz language – 15 points"),
    ("li", "Budget – 10 points"),
    ("li", "Monitoring and evaluation plan – 15 points"),
    ("li", "Sustainability – 10 points"),
    ("p", "Applications scoring below 70 points will not be recommended for funding."),
    ("h1", "F. FEDERAL AWARD ADMINISTRATION"),
    ("p", "Successful applicants will receive a notice of award signed by the Grants Officer, the only document that "
          "commits funds; no costs may be charged before it is signed. Recipients will submit quarterly program and "
          "financial reports and a final report within 120 days of the award's end, and must comply with 2 CFR 200 and "
          "the Department of State's standard terms and conditions."),
    ("h1", "G. FEDERAL AWARDING AGENCY CONTACTS"),
    ("p", "Questions about this notice may be sent until January 5, 2026 to: PDGrantsBishkek@state.gov"),
    ("p", "After the deadline, Embassy staff may not discuss the competition with applicants until the review is "
          "complete."),
    ("h1", "H. OTHER INFORMATION"),
    ("h2", "Guidelines for Budget Justification"),
    ("li", "Personnel and fringe benefits: the salaries and benefits of staff working directly on the program, and the "
           "share of their time it takes."),
    ("li", "Travel: the cost of travel and per diem, including participants' travel to training in the regions."),
    ("li", "Equipment and supplies: items costing $5,000 or more are equipment and are listed one by one; other goods "
           "are supplies."),
    ("li", "Contractual and other direct costs: work by subcontractors and any other costs arising directly from the "
           "program."),
    ("li", "Indirect costs: an organization with a negotiated indirect cost rate agreement attaches it; others may use "
           "the de minimis rate."),
    ("h2", "Reservation of rights"),
    ("p", "The Embassy may award more or less than the amount announced here, or nothing at all, depending on the funds "
          "available and the quality of the applications. Publishing this notice does not oblige the U.S. Government "
          "to make an award or to pay any cost of preparing an application."),
]


class Notice(FPDF):
    def header(self) -> None:
        self.set_font("Serif", "", 10)
        self.set_xy(self.l_margin, 12)
        self.cell(self.epw, 5, NUMBER, align="R")
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        self.set_y(-17)
        self.set_font("Serif", "", 10)
        self.cell(self.epw, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def write_notice() -> None:
    pdf = Notice(format="letter")
    pdf.set_margins(25.4, 25.4, 25.4)
    pdf.set_auto_page_break(True, margin=25.4)
    add_liberation_serif(pdf)
    pdf.alias_nb_pages()
    pdf.set_title(f"Notice of Funding Opportunity {NUMBER}")
    pdf.set_author("Aida Sydykova")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.set_creation_date(dt.datetime(2025, 11, 26, 10, 4, tzinfo=dt.UTC))
    pdf.add_page()

    pdf.set_font("Serif", "B", 14)
    for text in COVER:
        pdf.cell(pdf.epw, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for label, value in COVER_FACTS:
        pdf.set_font("Serif", "B", 12)
        pdf.write(6, label + " ")
        pdf.set_font("Serif", "", 12)
        pdf.write(6, value)
        pdf.ln(8)
    pdf.ln(2)

    for kind, text in BLOCKS:
        if kind == "h1":
            if pdf.get_y() + 24 > pdf.page_break_trigger:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Serif", "B", 12)
            pdf.multi_cell(pdf.epw, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h2":
            if pdf.get_y() + 18 > pdf.page_break_trigger:
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("Serif", "BI", 12)
            pdf.multi_cell(pdf.epw, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Serif", "", 12)
            pdf.multi_cell(pdf.epw, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "li":
            pdf.set_font("Serif", "", 12)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(pdf.epw - 8, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "fact":
            label, value = text.split("\t")
            pdf.set_font("Serif", "B", 12)
            pdf.write(6, label + " ")
            pdf.set_font("Serif", "", 12)
            pdf.write(6, value)
            pdf.ln(7.5)
    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(NOFO))


# --------------------------------------------------------------------------- the course syllabus

TITLE_PAGE_TOP = [
    "Министерство науки и высшего образования Российской Федерации",
    "Федеральное государственное бюджетное образовательное учреждение высшего образования",
    "«Омский государственный институт международных отношений и регионоведения»",
    "(ФГБОУ ВО «ОмГИМОР»)",
]
DEPARTMENT = "Кафедра международных отношений и зарубежного регионоведения"
APPROVAL = ["УТВЕРЖДАЮ", "Проректор по учебной работе", "_______________ Е. В. Кольцова", "« 28 » августа 2025 г."]
KIND = "РАБОЧАЯ ПРОГРАММА ДИСЦИПЛИНЫ"
COURSE = "«Многовекторная дипломатия государств Центральной Азии»"
TITLE_PAGE_BOTTOM = [
    "Шифр дисциплины: Б1.В.ДВ.03.01",
    "Направление подготовки 41.03.05 Международные отношения",
    "Направленность (профиль): Внешняя политика и дипломатия в Евразии",
    "Квалификация выпускника: бакалавр",
    "Форма обучения: очная",
]
CITY_YEAR = "Омск 2025"

AIMS = (
    "Цель дисциплины – сформировать у студентов представление о том, как пять государств Центральной Азии после 1991 г. "
    "выстраивали отношения одновременно с Россией, Китаем, США, Европейским союзом, Турцией и государствами Персидского "
    "залива, и научить их анализировать политику многовекторности на примерах договоров, военных объектов, торговых и "
    "миграционных связей."
)
TASKS_HEAD = "Задачи дисциплины:"
TASKS = [
    "– изучить понятие многовекторности и его истоки во внешнеполитической мысли государств региона;",
    "– сравнить внешнеполитические стратегии Казахстана, Узбекистана, Кыргызстана, Таджикистана и Туркменистана;",
    "– рассмотреть форматы «Центральная Азия плюс» и региональные механизмы сотрудничества;",
    "– научить работать с текстами договоров, концепций внешней политики и статистикой торговли и миграции.",
]
PLACE = (
    "Дисциплина относится к части, формируемой участниками образовательных отношений, блока Б1 «Дисциплины (модули)» и "
    "является дисциплиной по выбору. Она изучается в 7-м семестре, на четвёртом курсе. Для её освоения нужны знания, "
    "полученные при изучении дисциплин «История международных отношений», «Внешняя политика России» и «Регионоведение». "
    "Дисциплина готовит студентов к преддипломной практике и к выпускной квалификационной работе."
)
COMPETENCES = [
    ("Код", "Содержание компетенции"),
    ("УК-5", "Способен учитывать межкультурное разнообразие общества при решении профессиональных задач"),
    ("ПК-2", "Способен анализировать внешнюю политику зарубежных государств и её региональное измерение"),
    ("ПК-4", "Способен готовить аналитические материалы по международной проблематике на основе документов и статистики"),
]
THEMES = [
    ("Тема 1. Многовекторность как понятие и практика",
     "Термин «многовекторность» вошёл в официальный язык Казахстана в середине 1990-х гг. и затем был воспринят "
     "соседями в разных вариантах: политика «открытых дверей» Таджикистана, позитивный нейтралитет Туркменистана, "
     "прагматизм Узбекистана. Рассматриваются теоретические подходы к политике малых и средних государств между великими "
     "державами (балансирование, хеджирование, торг за ренту) и критика многовекторности как политики без стратегии. На "
     "семинаре студенты сравнивают формулировки пяти концепций внешней политики."),
    ("Тема 2. Казахстан: многовекторность как государственная доктрина",
     "Изучаются Концепция внешней политики Республики Казахстан на 2020–2030 годы, председательство в ОБСЕ в 2010 г., "
     "членство в Совете Безопасности ООН в 2017–2018 гг. и астанинский формат переговоров по Сирии. Баланс партнёров "
     "показывается на статистике торговли: по данным, которые используются в курсе, в 2024 г. на Европейский союз "
     "приходилось около 29 % внешней торговли Казахстана, на Китай – 22 %, на Россию – 18 %."),
    ("Тема 3. Узбекистан: от самоизоляции к открытости",
     "Внешняя политика Узбекистана рассматривается как смена циклов сближения и дистанцирования. В 1999 г. республика "
     "не продлила участие в Договоре о коллективной безопасности и вступила в ГУАМ, превратив его в ГУУАМ; в 2001–2005 "
     "гг. на авиабазе Карши-Ханабад находились военнослужащие США; в 2006 г. Узбекистан вернулся в ОДКБ, а в 2012 г. "
     "вновь приостановил членство. Концепция внешнеполитической деятельности 2012 г. запретила размещение иностранных "
     "военных баз на территории страны. После 2016 г. курс на открытость привёл к урегулированию большинства "
     "пограничных вопросов с соседями и к статусу наблюдателя в ЕАЭС в декабре 2020 г."),
    ("Тема 4. Кыргызстан: базы, кредиты и интеграция",
     "В 2001–2014 гг. в аэропорту «Манас» действовали авиабаза, а затем Центр транзитных перевозок США, а с октября 2003 "
     "г. в Канте находится авиабаза России, так что Кыргызстан был единственной страной мира, где одновременно "
     "размещались военные объекты России и США. Рассматриваются вступление в ЕАЭС в августе 2015 г., кредиты Китая (по "
     "данным курса, около 40 % внешнего государственного долга на конец 2024 г.) и трудовая миграция: денежные "
     "переводы в 2024 г. составили около 17 % ВВП."),
    ("Тема 5. Таджикистан: безопасность и политика «открытых дверей»",
     "Основой безопасности Таджикистана остаётся 201-я российская военная база, срок пребывания которой соглашение 2012 "
     "г. продлило на три десятилетия. Одновременно Душанбе развивает связи с Китаем, Индией, Ираном и Европейским "
     "союзом. Отдельно рассматривается миграционная зависимость: по оценкам, которые приводятся в курсе, в России "
     "ежегодно работают от 600 до 800 тыс. граждан Таджикистана, а денежные переводы превышают треть ВВП."),
    ("Тема 6. Туркменистан: постоянный нейтралитет",
     "Изучаются резолюция 50/80 Генеральной Ассамблеи ООН от 12 декабря 1995 г., признавшая постоянный нейтралитет "
     "Туркменистана, и его последствия: отказ от участия в военно-политических союзах, статус ассоциированного члена "
     "СНГ с 2005 г., экспорт газа в Китай по газопроводу Центральная Азия – Китай с декабря 2009 г. Разбирается, почему "
     "нейтралитет не помешал Ашхабаду стать наблюдателем в Организации тюркских государств."),
    ("Тема 7. Форматы «Центральная Азия плюс»",
     "Рассматривается появление многосторонних форматов диалога внешних партнёров со всеми пятью государствами: "
     "«Центральная Азия + Япония» (2004), Форум сотрудничества «Республика Корея – Центральная Азия» (2007), стратегии "
     "ЕС 2007 и 2019 гг., С5+1 с участием США (с 2015 г.), «Китай – Центральная Азия» (с 2020 г.), «Россия – "
     "Центральная Азия» (с 2022 г.), первый саммит ЕС – Центральная Азия в Самарканде в апреле 2025 г. К концу 2025 г. "
     "таких форматов насчитывалось не менее 12. Студенты обсуждают, усиливают ли форматы «плюс» субъектность региона "
     "или делают его объектом конкуренции."),
    ("Тема 8. Миграция и торговля как ресурсы внешней политики",
     "Итоговая тема связывает внешнеполитический выбор с экономической зависимостью. Сравниваются география экспорта "
     "пяти государств, роль транзитных коридоров в обход России и доля денежных переводов в доходах домохозяйств. На "
     "семинаре студенты готовят справку о том, как изменились торговые связи одной из стран региона с Россией после "
     "2022 г."),
]
HOURS = [
    ("Вид учебной работы", "Всего часов", "7-й семестр"),
    ("Общая трудоёмкость дисциплины (4 з. е.)", "144", "144"),
    ("Контактная работа", "54", "54"),
    ("Лекции", "18", "18"),
    ("Семинарские занятия", "36", "36"),
    ("Самостоятельная работа", "54", "54"),
    ("Контроль (экзамен)", "36", "36"),
]
ASSESSMENT = (
    "Итоговая оценка складывается из баллов за работу на семинарах (до 30 баллов), эссе объёмом до 3000 слов (до 20 "
    "баллов), контрольную работу по теме 7 (до 10 баллов) и экзамен (до 40 баллов)."
)
EXAM_HEAD = "Примерный перечень вопросов к экзамену:"
EXAM = [
    "Понятие многовекторности и его интерпретации в государствах Центральной Азии.",
    "Концепция внешней политики Республики Казахстан на 2020–2030 годы: приоритеты и инструменты.",
    "Причины и последствия приостановки членства Узбекистана в ОДКБ в 2012 г.",
    "Военные объекты России и США в Кыргызстане: сравнительный анализ.",
    "Политика «открытых дверей» Таджикистана.",
    "Постоянный нейтралитет Туркменистана и его международное признание.",
    "Формат С5+1: история и результаты.",
    "Форматы «Китай – Центральная Азия» и «Россия – Центральная Азия»: сравнительный анализ.",
    "Трудовая миграция как фактор внешней политики Кыргызстана и Таджикистана.",
    "Транзитные коридоры в обход России и внешняя политика государств региона.",
]
LITERATURE = [
    ("Основная литература", [
        "Галиуллина А. Р. Многовекторность: внешняя политика государств Центральной Азии после 1991 года : учебное "
        "пособие. – Омск : Изд-во ОмГИМОР, 2023. – 248 с.",
        "Ташполотов Н. К. Центральная Азия в мировой политике : учебник. – Новосибирск : Сибирское академическое "
        "издательство, 2022. – 376 с.",
        "Внешняя политика государств Центральной Азии : хрестоматия / сост. Д. С. Окунев. – Омск : Изд-во ОмГИМОР, "
        "2024. – 196 с.",
    ]),
    ("Дополнительная литература", [
        "Байсеитова Г. М. Форматы «Центральная Азия плюс»: сравнительный анализ // Вестник евразийских исследований. – "
        "2024. – № 3. – С. 41–58.",
        "Курбанов Ф. Ш. Нейтралитет и газ: внешняя политика Туркменистана в 1995–2020 гг. – Казань : Приволжский "
        "университетский центр, 2021. – 212 с.",
        "Окунев Д. С. Трудовая миграция и внешняя политика Кыргызстана и Таджикистана // Сибирский "
        "международно-политический журнал. – 2023. – № 2. – С. 77–93.",
    ]),
]
SIGN_OFF = [
    "Программа составлена в соответствии с требованиями ФГОС ВО по направлению подготовки 41.03.05 Международные "
    "отношения.",
    "Составители: канд. полит. наук, доцент А. Р. Галиуллина; старший преподаватель Д. С. Окунев.",
    "Рассмотрена на заседании кафедры международных отношений и зарубежного регионоведения, протокол № 1 от 27 августа "
    "2025 г.",
]
HEAD_SIGNATURE = "Заведующий кафедрой _______________ В. Н. Сафронов"

SIZE = 12
INDENT = 12.5


def tie(text: str) -> str:
    """Non-breaking spaces where a typist keeps a figure with its unit or the word it counts, and «г.» with its year."""
    text = re.sub(r"(?<=\d) (?=(?:%|гг?\.|тыс\.|баллов|слов|декабря|августа|октября|апреля)(?=\W|$))", NBSP, text)
    text = re.sub(r"(?<=\b[а-яё]) (?=\d)", NBSP, text)
    return text


class Syllabus(FPDF):
    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-15)
        self.set_font("Serif", "", 11)
        self.cell(self.epw, 5, str(self.page_no()), align="C")


def paragraphs(pdf: Syllabus, texts: list[str], *, indent: float = INDENT, after: float = 1.5) -> None:
    pdf.set_font("Serif", "", SIZE)
    with pdf.text_columns(text_align=Align.J, line_height=1.15) as cols:
        for text in texts:
            with cols.paragraph(first_line_indent=indent, bottom_margin=after) as par:
                par.write(tie(text))


def heading(pdf: Syllabus, text: str, *, before: float = 3, after: float = 1.5, indent: float = 0) -> None:
    if pdf.get_y() + 25 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(before)
    pdf.set_font("Serif", "B", SIZE)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def table(pdf: Syllabus, rows: list[tuple[str, ...]], widths: tuple[float, ...]) -> None:
    pdf.set_font("Serif", "", 11)
    with pdf.table(col_widths=widths, line_height=5.5, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD")) as t:
        for row in rows:
            r = t.row()
            for cell in row:
                r.cell(cell)
    pdf.ln(2)


def write_syllabus() -> None:
    pdf = Syllabus(format="A4")
    pdf.set_margins(25, 20, 15)
    pdf.set_auto_page_break(True, margin=20)
    add_liberation_serif(pdf)
    pdf.set_title("Многовекторная дипломатия государств Центральной Азии")
    pdf.set_author("Галиуллина А. Р.")
    pdf.set_creator("Microsoft® Word 2016")
    pdf.set_producer("Microsoft® Word 2016")
    pdf.set_creation_date(dt.datetime(2025, 9, 1, 8, 37, tzinfo=dt.UTC))

    # the title page
    pdf.add_page()
    pdf.set_font("Serif", "", SIZE)
    for text in TITLE_PAGE_TOP:
        pdf.multi_cell(pdf.epw, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(pdf.epw, 6, DEPARTMENT, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    x = pdf.l_margin + pdf.epw * 0.55
    for i, text in enumerate(APPROVAL):
        pdf.set_font("Serif", "B" if i == 0 else "", SIZE)
        pdf.set_x(x)
        pdf.cell(pdf.epw * 0.45, 7, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(pdf.epw, 8, KIND, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(pdf.epw, 8, COURSE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("Serif", "", SIZE)
    for text in TITLE_PAGE_BOTTOM:
        pdf.multi_cell(pdf.epw, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-35)
    pdf.cell(pdf.epw, 6, CITY_YEAR, align="C")

    # the programme
    pdf.add_page()
    heading(pdf, "1. Цели и задачи освоения дисциплины", before=0)
    paragraphs(pdf, [AIMS])
    paragraphs(pdf, [TASKS_HEAD, *TASKS], after=0.5)
    heading(pdf, "2. Место дисциплины в структуре ОПОП")
    paragraphs(pdf, [PLACE])
    heading(pdf, "3. Компетенции обучающегося, формируемые в результате освоения дисциплины")
    table(pdf, COMPETENCES, (22, 148))
    heading(pdf, "4. Содержание дисциплины")
    for title, text in THEMES:
        heading(pdf, title, before=1.5, after=1, indent=INDENT)
        paragraphs(pdf, [text])
    heading(pdf, "5. Объём дисциплины и виды учебной работы")
    table(pdf, HOURS, (100, 35, 35))
    heading(pdf, "6. Оценочные средства для промежуточной аттестации")
    paragraphs(pdf, [ASSESSMENT, EXAM_HEAD], after=0.5)
    paragraphs(pdf, [f"{i}. {q}" for i, q in enumerate(EXAM, 1)], after=0.3)
    heading(pdf, "7. Литература")
    n = 0
    for head, items in LITERATURE:
        heading(pdf, head, before=1, after=1, indent=INDENT)
        numbered = []
        for item in items:
            n += 1
            numbered.append(f"{n}. {item}")
        paragraphs(pdf, numbered, after=0.5)
    pdf.ln(6)
    paragraphs(pdf, SIGN_OFF, after=1)
    pdf.ln(4)
    pdf.set_font("Serif", "", SIZE)
    pdf.cell(pdf.epw, 6, HEAD_SIGNATURE, align="L", new_x="LMARGIN", new_y="NEXT")
    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(SYLLABUS))


def main() -> None:
    write_notice()
    write_syllabus()


if __name__ == "__main__":
    main()
