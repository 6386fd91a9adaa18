"""Write the two PDF files of the sixty-ninth fresh dev set with fpdf2:

eval/unseen69/dfat-central-asia-white-paper-2025-extract.pdf — an extract of a (fictional) Foreign Policy White Paper of
the Australian Government on Central Asia, as the department puts the chapters on its site (named as the site's
download is: lower case, hyphens). A4 pages set in DejaVu Serif (eval/pdf_fonts.py): the cover (the crest's words
"Australian Government" and "Department of Foreign Affairs and Trade" at the top left, "Foreign Policy White Paper",
the title, "Presented to Parliament by the Minister for Foreign Affairs", the month); the copyright and ISBN page
(© Commonwealth of Australia 2025, two ISBNs, the licence, the use of the Coat of Arms, the enquiries address, the
printer); "Ministerial foreword" (three paragraphs, signed with the minister's name, post and month); "Contents" (the
foreword, five chapters and an annex with their page numbers); Chapter 1, Chapter 2 with a box and Chapter 5, their
paragraphs numbered 1.1, 1.2 … with hanging numbers. On every page after the cover a running head over a rule (the
paper's short title on even pages at the left, the chapter on odd pages at the right) and the page number at the foot
(roman for the front matter, arabic for the chapters, as the full paper numbers them). The metadata are the
department's: the title, its layout program as creator, a fixed date.

eval/unseen69/Ответ МИД на моё обращение - консульство в Польше.pdf — the answer of the Ministry of Foreign Affairs
of the Republic of Kazakhstan to a citizen's written inquiry («ответ на обращение») about a consulate in Wrocław, as
the citizen posts the text of the scan as a PDF (named by him: what it is, what it is about). Two A4 pages in DejaVu
Serif: the ministry's letterhead block (its name in Kazakh and in Russian, the address, telephone and site, over a
rule); «исх. № … от …» and «На № … от …» at the left; the addressee at the right; the heading to the text («О
возможности открытия консульского учреждения в г. Вроцлаве») in italics at the left; «Уважаемый Ербол Маратович!»; the
answer in justified paragraphs; «С уважением,»; the post and the name on one line; «Исп.: … тел. …» at the foot of
the last page; the page number at the top of page 2. The metadata are a scanner's: no title, a fixed date.

The texts are written for this set. Australia, its Parliament, its Department of Foreign Affairs and Trade, its
Minister for Foreign Affairs (not the person), Export Finance Australia, Geoscience Australia, the Australia Awards,
the R.G. Casey Building in Barton, the five Central Asian states, their capitals, Uzbekistan's Ministry of Mining
Industry and Geology, Russia, China, Afghanistan, Perth, the Commonwealth Coat of Arms and the Creative Commons licence
are real; the White Paper, its minister, its commitments, the fund, the dialogue and all figures are fictional. The
Ministry of Foreign Affairs of the Republic of Kazakhstan, its Consular Service Department, its embassy in Warsaw, the
eOtinish portal, the Administrative Procedural Code, Poland, Wrocław, Gdańsk, Kraków, Lower Silesia and Poland's Office
for Foreigners are real; the citizen, his inquiry, the answer, its signatory and staff and all figures are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen69_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from pdf_fonts import add_serif  # eval/pdf_fonts.py, beside this script

HERE = Path(__file__).resolve().parent / "unseen69"
PAPER = HERE / "dfat-central-asia-white-paper-2025-extract.pdf"
LETTER = HERE / "Ответ МИД на моё обращение - консульство в Польше.pdf"
NBSP = "\u00a0"


# --------------------------------------------------------------------------- the White Paper

CREST = ["Australian Government", "Department of Foreign Affairs and Trade"]
KIND = "Foreign Policy White Paper"
TITLE = "Australia and Central Asia"
SUBTITLE = "A partnership for a connected region"
PRESENTED = "Presented to Parliament by the Minister for Foreign Affairs"
MONTH = "December 2025"
SHORT_TITLE = "Australia and Central Asia – Foreign Policy White Paper 2025"

COPYRIGHT = [
    "© Commonwealth of Australia 2025",
    "ISBN 978-1-74322-618-4 (print)",
    "ISBN 978-1-74322-619-1 (online)",
    ("Except for the Commonwealth Coat of Arms, the department's logo and where otherwise noted, this publication is "
    "licensed under a Creative Commons Attribution 4.0 International licence."),
    ("Use of the Coat of Arms: the terms on which the Coat of Arms may be used are published by the Department of the "
    "Prime Minister and Cabinet."),
    ("Enquiries about this White Paper may be sent to the Central Asia Taskforce, Department of Foreign Affairs and "
    "Trade, R.G. Casey Building, John McEwen Crescent, Barton ACT 0221."),
    "Printed by Limestone Print Group, Canberra.",
]

FOREWORD_HEAD = "Ministerial foreword"
FOREWORD = [
    ("This is the first White Paper an Australian Government has devoted to Central Asia. More than thirty years after "
    "we established diplomatic relations with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, our "
    "links with the region are wider than most Australians know: our mining companies work from the Kazakh steppe to "
    "the Uzbek desert, students from the region study in every state, and our farmers share its problems of dry land "
    "and scarce water."),
    ("The five states want more partners, not new patrons. They do not wish to choose between their large neighbours, "
    "and Australia does not ask them to. What we offer is practical: investment that follows the rules, skills, "
    "research and a voice for the rule of law in the institutions we share."),
    ("This White Paper commits the Government to opening an Australian embassy in Astana, to a Central Asia "
    "Partnership Fund and to a Critical Minerals Dialogue with Kazakhstan and Uzbekistan. It is a long-term agenda, "
    "and it will be reviewed in 2028."),
]
SIGNATURE = ["The Hon. Rebecca Lyall MP", "Minister for Foreign Affairs", "December 2025"]

CONTENTS = [
    ("Ministerial foreword", "v"),
    ("Chapter 1: Why Central Asia matters to Australia", "1"),
    ("Chapter 2: Resources and critical minerals", "7"),
    ("Chapter 3: Food, water and education", "15"),
    ("Chapter 4: Security and regional stability", "23"),
    ("Chapter 5: Our diplomatic footprint", "31"),
    ("Annex: Australia's agreements with the five states", "37"),
]

CHAPTERS = [
    (1, "Why Central Asia matters to Australia", 1, [
        ("Central Asia lies between Russia, China, Iran and South Asia, and since 2022 its five states have worked to "
        "widen their choices. They have opened new routes across the Caspian, invited investors from the Gulf, Europe "
        "and East Asia, and settled most of their own border disputes."),
        ("Australia's two-way trade with the five states reached A$1.38 billion in 2024, more than double the level of "
        "2019. Kazakhstan accounted for about 71 per cent of it and Uzbekistan for about 19 per cent. Our exports are "
        "led by mining equipment and services, education, wool and dairy genetics; our imports are mostly ferroalloys "
        "and chemicals."),
        ("People-to-people links are growing faster than trade. About 3,400 students from the five states were enrolled "
        "at Australian universities and colleges in 2024, against 1,150 in 2019, and more than half of them study "
        "engineering, mining or agriculture."),
        ("Australia's interests in the region are clear: five sovereign states able to make their own choices, open and "
        "reliable supply chains for critical minerals, no safe haven for terrorists along the border with Afghanistan, "
        "and no gap in the sanctions that Australia and its partners maintain on Russia."),
    ]),
    (2, "Resources and critical minerals", 7, [
        ("Kazakhstan and Uzbekistan hold large deposits of tungsten, copper, rare earth elements and other minerals "
        "that the energy transition needs. Both governments have opened their geological archives to investors and "
        "now grant exploration licences on a first-come, first-served basis."),
        ("The Government will establish a Critical Minerals Dialogue with Kazakhstan and Uzbekistan, to meet each "
        "year at the level of senior officials. The first meeting will be held in Perth in March 2026 and will "
        "discuss processing in the region, common standards for reporting resources and the financing of projects."),
        ("Export Finance Australia will be able to support Australian companies in the region from a new facility of "
        "A$150 million for critical minerals projects outside Australia. Projects must meet Australian standards on "
        "environmental and social safeguards and must not supply companies under sanctions."),
        ("Geoscience Australia will work with Uzbekistan's Ministry of Mining Industry and Geology on a three-year "
        "programme of geological mapping worth A$6.5 million, beginning with the Kyzylkum region, and will train "
        "about 60 Uzbek geologists in Canberra and Tashkent."),
    ]),
    (5, "Our diplomatic footprint", 31, [
        ("Australia has never had a resident diplomatic mission in Central Asia. Our ambassadors to the five states "
        "have been based outside the region, and they visited Astana or Tashkent only a few times a year."),
        ("The Government will open an Australian embassy in Astana in the second half of 2026. It will be accredited "
        "to Kazakhstan, Kyrgyzstan and Tajikistan and will open with eleven staff, six of them from Australia. "
        "Uzbekistan and Turkmenistan will be served by a non-resident ambassador until the Government decides on a "
        "second mission; no decision on a second mission has been taken."),
        ("A Central Asia Partnership Fund of A$48 million over four years from 2026–27 will pay for scholarships, "
        "technical cooperation on water and agriculture and small grants to civil society. From 2026 the Australia "
        "Awards will offer 40 scholarships a year to the five states, half of them reserved for women."),
        ("The Government will not seek a free trade agreement with any Central Asian state before the review of this "
        "White Paper in 2028. It will instead negotiate investment protection and double taxation agreements with "
        "Kazakhstan and Uzbekistan."),
    ]),
]
BOX_HEAD = "Box 2.1: Australian mining services in Central Asia"
BOX = [
    ("About 120 Australian mining equipment, technology and services firms sold to customers in the five states in "
    "2024, with sales of about A$310 million. Their work ranges from drilling and assays to mine planning software "
    "and the training of Kazakh and Uzbek engineers."),
    ("Australian companies held interests in 46 exploration and mining projects in the region in mid-2025, most of "
    "them copper, gold and tungsten projects in eastern Kazakhstan."),
]


class Paper(FPDF):
    folio: str = ""
    head: str = ""

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "I", 8.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 11)
        even = self.page_no() % 2 == 0
        self.cell(self.epw, 4, SHORT_TITLE if even else self.head, align="L" if even else "R")
        self.set_draw_color(0, 84, 122)
        self.set_line_width(0.3)
        self.line(self.l_margin, 16.5, self.w - self.r_margin, 16.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        if self.page_no() == 1 or not self.folio:
            return
        self.set_y(-15)
        self.set_font("Serif", "", 9)
        self.cell(self.epw, 5, self.folio, align="C")

    def numbered(self, number: str, text: str) -> None:
        if self.get_y() + 18 > self.page_break_trigger:
            self.next_page()
        self.set_font("Serif", "", 10)
        y = self.get_y()
        self.set_x(self.l_margin)
        self.cell(12, 5.2, number)
        self.set_xy(self.l_margin + 12, y)
        self.multi_cell(self.epw - 12, 5.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def next_page(self) -> None:
        self.add_page()
        self.folio = str(int(self.folio) + 1)

    def accept_page_break(self) -> bool:
        if self.folio.isdigit():
            self.folio = str(int(self.folio) + 1)
        return True


def write_paper() -> None:
    pdf = Paper(format="A4")
    pdf.set_margins(24, 24, 24)
    pdf.set_auto_page_break(True, margin=22)
    add_serif(pdf)
    pdf.set_title(f"{TITLE}: {SUBTITLE}")
    pdf.set_author("Department of Foreign Affairs and Trade")
    pdf.set_creator("Adobe InDesign 20.0 (Windows)")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_creation_date(dt.datetime(2025, 12, 2, 23, 10, tzinfo=dt.UTC))

    # the cover: the crest's words at the top left, the title block in the middle
    pdf.add_page()
    pdf.set_fill_color(0, 84, 122)
    pdf.rect(0, 0, pdf.w, 8, style="F")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.3)
    pdf.ellipse(pdf.l_margin, 20, 18, 14)  # the Coat of Arms, as a frame in this extract
    pdf.set_xy(pdf.l_margin + 22, 21)
    pdf.set_font("Serif", "B", 11)
    pdf.cell(100, 6, CREST[0], new_x="LEFT", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.cell(100, 6, CREST[1])
    pdf.set_xy(pdf.l_margin, 95)
    pdf.set_font("Serif", "", 14)
    pdf.set_text_color(0, 84, 122)
    pdf.cell(pdf.epw, 8, KIND, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "B", 26)
    pdf.cell(pdf.epw, 13, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 16)
    pdf.cell(pdf.epw, 10, SUBTITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(230)
    pdf.set_font("Serif", "", 10.5)
    pdf.cell(pdf.epw, 6, PRESENTED, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(pdf.epw, 6, MONTH)

    # the copyright and ISBN page
    start(pdf, "Copyright", "ii")
    pdf.set_y(150)
    for i, line in enumerate(COPYRIGHT):
        pdf.set_font("Serif", "B" if i == 0 else "", 9)
        pdf.multi_cell(pdf.epw, 4.6, line, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5 if i not in (1,) else 0.5)

    # the foreword
    start(pdf, "Foreword", "v")
    pdf.set_font("Serif", "B", 18)
    pdf.cell(pdf.epw, 10, FOREWORD_HEAD, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "", 10.5)
    for text in FOREWORD:
        pdf.multi_cell(pdf.epw, 5.6, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.5)
    pdf.ln(6)
    for i, line in enumerate(SIGNATURE):
        pdf.set_font("Serif", "B" if i == 0 else "I", 10)
        pdf.cell(pdf.epw, 5.5, line, new_x="LMARGIN", new_y="NEXT")

    # the contents
    start(pdf, "Contents", "vi")
    pdf.set_font("Serif", "B", 18)
    pdf.cell(pdf.epw, 10, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "", 10.5)
    for entry, page in CONTENTS:
        room = pdf.epw - pdf.get_string_width(entry) - pdf.get_string_width(page) - 4
        dots = "." * int(room / pdf.get_string_width("."))
        pdf.cell(pdf.epw, 8, f"{entry} {dots} {page}", new_x="LMARGIN", new_y="NEXT")

    # the chapters of the extract
    for number, head, first, paragraphs in CHAPTERS:
        start(pdf, f"Chapter {number}: {head}", str(first))
        pdf.set_font("Serif", "", 12)
        pdf.set_text_color(0, 84, 122)
        pdf.cell(pdf.epw, 7, f"Chapter {number}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Serif", "B", 18)
        pdf.cell(pdf.epw, 10, head, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        for i, text in enumerate(paragraphs, 1):
            pdf.numbered(f"{number}.{i}", text)
            if number == 2 and i == 2:
                box(pdf)

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(PAPER))


def start(pdf: Paper, head: str, folio: str) -> None:
    """A new page that opens a part of the extract: `head` its running head on odd pages, `folio` its page number in
    the full paper (the previous page keeps its own)."""
    pdf.head = head
    pdf.add_page()
    pdf.folio = folio


def box(pdf: Paper) -> None:
    """Box 2.1, tinted, with its title in bold."""
    pdf.set_font("Serif", "", 9.5)
    inner = pdf.epw - 10
    lines = sum(len(pdf.multi_cell(inner, 5, t, dry_run=True, output="LINES")) for t in BOX)
    height = 5 + 7 + lines * 5 + 3 * len(BOX) + 2
    top = pdf.get_y() + 1
    pdf.set_fill_color(226, 238, 244)
    pdf.rect(pdf.l_margin, top, pdf.epw, height, style="F")
    pdf.set_xy(pdf.l_margin + 5, top + 4)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(inner, 6, BOX_HEAD, new_x="LEFT", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Serif", "", 9.5)
    for text in BOX:
        pdf.set_x(pdf.l_margin + 5)
        pdf.multi_cell(inner, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_y(top + height + 5)


# --------------------------------------------------------------------------- the ministry's answer

LETTERHEAD = [
    ("B", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ СЫРТҚЫ ІСТЕР МИНИСТРЛІГІ"),
    ("B", "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ КАЗАХСТАН"),
    ("", "010000, г. Астана, ул. Д. Кунаева, 31 · тел.: 8 (7172) 72-05-18 · www.gov.kz/memleket/entities/mfa"),
]
OUTGOING = "исх. № 14-2/8873 от 05.12.2025"
INCOMING = "На № ЖТ-2025-01894721 от 18.11.2025"
ADDRESSEE = [
    "Гражданину Республики Казахстан",
    "Сейтказиеву Е. М.",
    "Республика Польша, г. Вроцлав",
    "(по электронной почте)",
]
SUBJECT = "О возможности открытия консульского учреждения в г. Вроцлаве"
GREETING = "Уважаемый Ербол Маратович!"
ANSWER = [
    ("Ваше обращение о возможности открытия консульского учреждения Республики Казахстан в г. Вроцлаве, поступившее "
    "через портал eOtinish, рассмотрено Департаментом консульской службы совместно с Департаментом Европы "
    "Министерства иностранных дел Республики Казахстан. В обращении Вы указываете, что дорога из Вроцлава в Варшаву "
    "и обратно занимает целый день, и предлагаете открыть консульство в западной части Польши, где, по Вашим "
    "наблюдениям, живёт большинство казахстанских семей. Сообщаем следующее."),
    ("Консульское обслуживание граждан Казахстана в Польше осуществляет консульский отдел Посольства Республики "
    "Казахстан в Республике Польша (г. Варшава). По данным посольства, на 1 ноября 2025 года на консульском учёте "
    "состоят 7 340 граждан Казахстана, тогда как в 2021 году их было 3 150. По сведениям польского Управления по "
    "делам иностранцев, действующие виды на жительство имеют около 11 900 наших граждан, из них около 4 200 – в "
    "Нижнесилезском воеводстве."),
    ("В 2024 году консульский отдел совершил 9 860 консульских действий, из них 3 410 приходятся на приём заявлений "
    "на оформление и замену паспортов. Средний срок ожидания приёма по электронной очереди в октябре 2025 года "
    "составил 12 рабочих дней."),
    ("С марта 2024 года посольство проводит выездные консульские приёмы в городах Вроцлав, Гданьск и Краков. В 2025 "
    "году во Вроцлаве состоялось шесть таких приёмов, на которых были оказаны услуги 1 280 гражданам. Очередной "
    "выездной приём во Вроцлаве запланирован на 24–25 января 2026 года; запись на него откроется на сайте посольства "
    "за три недели."),
    ("Открытие консульских учреждений осуществляется по решению Президента Республики Казахстан на основании "
    "предложений Министерства с учётом численности граждан, объёма консульской работы и возможностей "
    "республиканского бюджета. Вопрос об открытии генерального консульства во Вроцлаве будет рассмотрен при "
    "подготовке предложений по развитию сети загранучреждений на 2027–2029 годы. На сегодняшний день решение по "
    "данному вопросу не принято."),
    ("Одновременно Министерство изучает возможность назначения почётного консула Республики Казахстан во Вроцлаве; "
    "соответствующие консультации с польской стороной продолжаются. Почётный консул не выдаёт паспорта, однако может "
    "принимать документы для передачи в посольство и оказывать содействие гражданам в экстренных случаях; в Польше "
    "почётный консул Казахстана пока не назначен."),
    ("Часть консульских услуг доступна дистанционно. Справки о наличии или отсутствии судимости, адресные справки и "
    "ряд других документов можно получить через портал электронного правительства eGov.kz без обращения в "
    "посольство; в 2024 году этой возможностью воспользовались около 2 150 граждан Казахстана, проживающих в Польше. "
    "Заявления на оформление паспорта по-прежнему принимаются только при личной явке, поскольку требуют снятия "
    "биометрических данных."),
    ("Вы также спрашиваете о нотариальных действиях. Консульский отдел посольства удостоверяет доверенности, согласия "
    "на выезд детей и копии документов; в 2024 году было совершено 2 730 нотариальных действий. Доверенности, "
    "оформленные у польского нотариуса, принимаются в Казахстане при наличии апостиля, поскольку обе страны являются "
    "участниками Гаагской конвенции 1961 года."),
    ("В 2024 году за консульской помощью в посольство обратились 146 граждан Казахстана, из них 38 – в связи с "
    "задержанием или привлечением к административной ответственности и 21 – в связи с утратой документов. Для "
    "граждан, проживающих в западных воеводствах, следует учитывать, что между Астаной и Варшавой в зимнем "
    "расписании 2025/2026 года выполняются пять прямых рейсов в неделю, а прямого авиасообщения между Казахстаном и "
    "Вроцлавом нет."),
    ("Что касается Вашего вопроса об участии в выборах, избирательный участок для граждан Казахстана, находящихся в "
    "Польше, образуется при посольстве в Варшаве. На республиканском референдуме 6 октября 2024 года на этом участке "
    "проголосовали 812 граждан. Образование дополнительного участка во Вроцлаве законодательством не исключено и "
    "будет рассмотрено Центральной избирательной комиссией по представлению Министерства с учётом числа граждан, "
    "состоящих на консульском учёте в регионе."),
    ("Отмечаем, что Польша является одним из основных торговых партнёров Казахстана в Центральной Европе. В 2024 году "
    "товарооборот двух стран составил 1,94 млрд долларов США, увеличившись на 14 %; в Казахстане работают около 130 "
    "предприятий с польским капиталом. В польских вузах обучаются около 2 600 казахстанских студентов. Очередное "
    "заседание межправительственной комиссии по экономическому сотрудничеству состоялось в Астане в октябре 2025 "
    "года, и консульские вопросы были включены в его повестку. Польская сторона представлена в Казахстане "
    "посольством в Астане и генеральным консульством в Алматы, которое в 2024 году выдало гражданам Казахстана около "
    "24 тыс. виз. Проект соглашения между правительствами двух стран о "
    "временной трудовой деятельности граждан находится на согласовании; сроки его подписания пока не определены."),
    ("В случае несогласия с настоящим ответом Вы вправе обжаловать его в порядке, предусмотренном Административным "
    "процедурно-процессуальным кодексом Республики Казахстан."),
]
CLOSING = "С уважением,"
SIGNER = ("Заместитель директора Департамента консульской службы", "Д. Есенгельдина")
EXECUTOR = ["Исп.: Тлеуов Б. К.", "тел.: 8 (7172) 72-06-41"]


def tie_ru(text: str) -> str:
    """Non-breaking spaces where a typist keeps the thousands of a number, «г.» with its year and a figure with its
    unit together."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(r"(?<=\d) (?=(?:гг?\.|млн|млрд|%)(?=\W|$))", NBSP, text)
    return text


class Letter(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "", 10)
        self.set_xy(self.l_margin, 12)
        self.cell(self.epw, 5, str(self.page_no()), align="C")
        self.set_xy(self.l_margin, self.t_margin)


def write_letter() -> None:
    pdf = Letter(format="A4")
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, margin=20)
    add_serif(pdf)
    pdf.set_creator("Scan to PDF")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.set_creation_date(dt.datetime(2025, 12, 6, 17, 42, tzinfo=dt.UTC))

    pdf.add_page()
    for style, text in LETTERHEAD:
        pdf.set_font("Serif", style, 10.5 if style else 8)
        pdf.cell(pdf.epw, 5.5 if style else 5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y() + 1.5, pdf.w - pdf.r_margin, pdf.get_y() + 1.5)
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, pdf.get_y() + 2.5, pdf.w - pdf.r_margin, pdf.get_y() + 2.5)
    pdf.ln(8)
    top = pdf.get_y()
    pdf.set_font("Serif", "", 10.5)
    pdf.cell(80, 5.5, OUTGOING, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 5.5, INCOMING, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(top)
    for line in ADDRESSEE:
        pdf.set_x(pdf.w - pdf.r_margin - 72)
        pdf.cell(72, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "I", 10.5)
    pdf.cell(pdf.epw, 5.5, SUBJECT, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "B", 11)
    pdf.cell(pdf.epw, 6, GREETING, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "", 11)
    for text in ANSWER:
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(pdf.epw, 5.8, "      " + tie_ru(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(6)
    pdf.cell(pdf.epw, 6, CLOSING, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    y = pdf.get_y()
    pdf.multi_cell(95, 5.8, SIGNER[0], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.w - pdf.r_margin - 40, y)
    pdf.cell(40, 5.8, SIGNER[1], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-32)
    pdf.set_font("Serif", "", 8)
    for line in EXECUTOR:
        pdf.cell(pdf.epw, 4.2, line, new_x="LMARGIN", new_y="NEXT")

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(LETTER))


def main() -> None:
    write_paper()
    write_letter()


if __name__ == "__main__":
    main()
