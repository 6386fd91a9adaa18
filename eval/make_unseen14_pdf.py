"""Write the two PDF files of the fourteenth fresh dev set with fpdf2:

- eval/unseen14/CIPR_PolicyPaper.No12_students-in-China_DEC2025.pdf, a think tank's policy paper (cover block, running
  header from page 2, "Page N of M" footer, numbered headings, a "Key recommendations" box, a table, footnote markers
  with their footnotes at the bottom of the page, "About the authors" at the end);
- eval/unseen14/Пресс-релиз Минэнерго КР № 14-02-318 (08.12.2025).pdf, a ministry's press release in Russian
  (letterhead, «ПРЕСС-РЕЛИЗ», date and number, headline, body, «Справочно:», press office contacts, page footer).

The texts are written for the fourteenth fresh dev set; the institute, the ministry's people, quotes and figures are
fictional. Lines are wrapped by fpdf2 at spaces only (no hyphenation), left-aligned, with DejaVu fonts so that
typographic quotes, dashes and Cyrillic letters are embedded as text.
Run with the project's venv (fpdf2): python eval/make_unseen14_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent / "unseen14"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# --------------------------------------------------------------------------- the policy paper (English)

PAPER = HERE / "CIPR_PolicyPaper.No12_students-in-China_DEC2025.pdf"
PAPER_HEADER = "Caravanserai Institute for Policy Research | Policy Paper No. 12 | December 2025"
PAPER_COVER = [
    "CARAVANSERAI INSTITUTE FOR POLICY RESEARCH",
    "Almaty",
    "Policy Paper No. 12 · Education and Soft Power Programme",
]
PAPER_TITLE = "Central Asia’s Students in China: A Quiet Shift"
PAPER_SUBTITLE = "Who goes, who pays, and what happens when they come home"
PAPER_AUTHORS = "Aigerim Sadykova and Farrukh Tursunov"
PAPER_DATE = "December 2025"

SUMMARY = (
    "Ten years ago a young Kazakh or Kyrgyz who wanted a foreign degree went to Russia or, with money, to Europe. "
    "A growing number now go to China. In the 2024/25 academic year 41,300 students from the five Central Asian "
    "states were enrolled at Chinese universities, half as many again as before the pandemic. This paper looks at "
    "who pays for them, what they study and whether the degrees they bring home lead to jobs. It draws on Chinese "
    "and national statistics and on our own survey of 612 graduates who studied in China between 2015 and 2023."
)
RECOMMENDATIONS = [
    ("Ministries of education should publish each year how many students they send to China and how many "
    "scholarships those students receive, programme by programme."),
    ("Kazakhstan and Uzbekistan should license doctors trained in China on the same terms as those trained in "
    "Russia, with one common examination."),
    ("Every scholarship agreement with Beijing should include internships at home, so that graduates find work "
    "where their countries need them."),
]

# (heading, paragraphs); "TABLE" marks where the table goes
PAPER_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. A new destination", [
        ("Chinese figures, which count foreign students by nationality, show that the rise began before the pandemic "
        "and resumed quickly once China reopened its borders in 2023.¹ Kazakhstan still sends the most students, "
        "but the fastest growth has come from Kyrgyzstan and Tajikistan, where the numbers nearly doubled "
        "(Table 1). Russian universities remain by far the largest destination, with about 190,000 Central Asian "
        "students, yet their share of the region’s students abroad has fallen for four years running."),
        ("Geography explains part of the pattern. Xinjiang University in Urumqi alone hosts about 4,700 Central "
        "Asians, most of them from Kazakhstan and Kyrgyzstan, and the universities of Lanzhou and Xi’an together "
        "take another 3,900. Beijing and Shanghai attract fewer students but better funded ones, most of them on "
        "government scholarships for master’s and doctoral degrees."),
        "TABLE",
    ]),
    ("2. Who pays", [
        ("About 31 percent of the region’s students in China hold a full scholarship. The largest scheme is the "
        "Chinese Government Scholarship, which covers tuition, a room on campus, medical insurance and a monthly "
        "stipend whose amount depends on the level of study. In 2024 it made about 2,150 new awards to Central "
        "Asians. At the China–Central Asia summit in Astana in June 2025 Beijing promised 3,000 government "
        "scholarships a year for the region from 2026 to 2028, and a further 1,200 places on short courses for "
        "civil servants.²"),
        ("Smaller schemes are run by provincial governments, by universities and by Chinese companies working in "
        "the region; CNPC, for example, pays for engineering degrees for the children of employees of its Kazakh "
        "subsidiaries. The China Scholarship Council does not publish what it spends on the students of each "
        "country and declined to answer our questions on the subject. The rest, roughly two thirds of all "
        "students, pay their own way, often with loans from relatives; yearly fees at provincial universities "
        "range from 16,000 to 30,000 yuan."),
    ]),
    ("3. Language and the vocational route", [
        ("Almost every degree taught in Chinese requires a certificate of the HSK test at level 4, which most "
        "students obtain after a preparatory year in China. Confucius Institutes in the region prepare students "
        "for the test, but only 18 percent of the graduates we surveyed had learned Chinese before leaving home."),
        ("China’s vocational route is newer. Since 2019 Luban Workshops, training centres run by Chinese "
        "vocational colleges together with local ones, have opened in Dushanbe, Tashkent, Astana and Bishkek. "
        "The workshop in Dushanbe trains mechanics and electricians for Chinese-run mines and cement plants. The "
        "four workshops have trained 1,760 technicians so far, and the best of them continue their studies in "
        "Tianjin for a year.³"),
    ]),
    ("4. Coming home", [
        ("Our survey suggests that most graduates do come back. Of the 612 respondents, 58 percent had returned "
        "to their home country within a year of graduating, 27 percent were still in China and the rest had "
        "moved to a third country. Engineering was the most common field of study, followed by economics and "
        "trade, the Chinese language and medicine."),
        ("Returnees find work, but mostly with one kind of employer. Of those who came home, 44 percent work for "
        "Chinese companies or joint ventures, many of them as interpreters or engineers on construction and "
        "mining projects. Those in Almaty reported salaries about 1.6 times the city’s average. Graduates in the "
        "civil service are rare: only 6 percent of the returnees work for a ministry or a state agency."),
        ("The recognition of degrees remains the largest obstacle. Kazakhstan recognises Chinese bachelor’s and "
        "master’s degrees automatically under a 2019 agreement, but doctors trained in China must pass a "
        "national licensing examination in both Kazakhstan and Uzbekistan; in Uzbekistan only 46 percent of "
        "them passed it in 2024."),
    ]),
    ("5. What it means for foreign policy", [
        ("Education has become one of China’s main instruments in the region, cheaper than infrastructure and "
        "less contested. Central Asian governments have welcomed it, but none of them has a strategy for it. "
        "None of the five publishes how many of its students receive Chinese scholarships, and none tracks what "
        "the graduates do when they return. A generation of Chinese-speaking engineers and officials is forming "
        "without a plan for how to use it."),
    ]),
]
TABLE_CAPTION = "Table 1. Students from Central Asia enrolled at Chinese universities"
TABLE = [
    ("Country", "2019/20", "2024/25"),
    ("Kazakhstan", "12,400", "15,900"),
    ("Kyrgyzstan", "4,100", "7,700"),
    ("Tajikistan", "3,300", "6,200"),
    ("Turkmenistan", "1,900", "2,600"),
    ("Uzbekistan", "5,200", "8,900"),
    ("Total", "26,900", "41,300"),
]
TABLE_SOURCE = "Source: Ministry of Education of the PRC; national ministries of education; the authors’ calculations."
FOOTNOTES = {
    "¹": "¹ Ministry of Education of the People’s Republic of China, statistics of international students, 2019 and "
         "2024 editions; the counts include degree and non-degree students.",
    "²": "² Joint statement of the second China–Central Asia summit, Astana, June 2025, and the authors’ interviews "
         "at two of the region’s ministries of education.",
    "³": "³ Figures given to the authors by the Tianjin vocational colleges that run the workshops, October 2025.",
}
ABOUT = [
    ("Aigerim Sadykova is a senior fellow at the Caravanserai Institute, where she leads the Education and Soft "
    "Power Programme. She studied at Peking University and has written on China’s policy in Central Asia since 2014."),
    ("Farrukh Tursunov is a research associate at the Institute and a doctoral candidate at Westminster "
    "International University in Tashkent."),
]
PAPER_RIGHTS = "© 2025 Caravanserai Institute for Policy Research. The views expressed are those of the authors."


class Paper(FPDF):
    def __init__(self, notes_by_page: dict[int, list[str]]) -> None:
        super().__init__(format="A4")
        self.notes_by_page = notes_by_page
        self.markers_on: dict[str, int] = {}

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(0, 5, PAPER_HEADER, align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        notes = self.notes_by_page.get(self.page_no(), [])
        if notes:
            self.set_y(-46)
            self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
            self.ln(2)
            self.set_font("DejaVu", "", 7.5)
            for note in notes:
                self.multi_cell(0, 3.8, note, new_x="LMARGIN", new_y="NEXT", align="L")
                self.ln(0.8)
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def para(self, text: str) -> None:
        self.set_font("DejaVu", "", 10)
        self.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT", align="L")
        for marker in FOOTNOTES:
            if marker in text:
                self.markers_on[marker] = self.page_no()
        self.ln(2.5)


def _paper(notes_by_page: dict[int, list[str]]) -> Paper:
    pdf = Paper(notes_by_page)
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=48)
    pdf.set_title(PAPER_TITLE)
    pdf.set_author(PAPER_AUTHORS)
    pdf.set_creator("Caravanserai Institute for Policy Research")
    pdf.set_creation_date(dt.datetime(2025, 12, 10, 9, 0, tzinfo=dt.UTC))
    pdf.add_page()

    # cover block
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_text_color(120, 30, 30)
    pdf.cell(0, 6, PAPER_COVER[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 9)
    for line in PAPER_COVER[1:]:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DejaVu", "B", 17)
    pdf.multi_cell(0, 8, PAPER_TITLE, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font("DejaVu", "I", 12)
    pdf.multi_cell(0, 6.5, PAPER_SUBTITLE, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5, PAPER_AUTHORS, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, PAPER_DATE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(5)

    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "Summary", new_x="LMARGIN", new_y="NEXT")
    pdf.para(SUMMARY)

    # the key recommendations box: text inset, then a shaded frame drawn around it
    top = pdf.get_y() + 1
    pdf.set_y(top + 3)
    pdf.set_left_margin(25)
    pdf.set_right_margin(25)
    pdf.set_x(25)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 6, "Key recommendations", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    for item in RECOMMENDATIONS:
        pdf.multi_cell(0, 5, "• " + item, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1)
    bottom = pdf.get_y() + 2
    pdf.set_left_margin(20)
    pdf.set_right_margin(20)
    pdf.set_draw_color(120, 30, 30)
    pdf.set_line_width(0.5)
    pdf.rect(21, top, pdf.w - 42, bottom - top)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(bottom + 6)

    for heading, paragraphs in PAPER_SECTIONS:
        pdf.set_font("DejaVu", "B", 11)
        pdf.ln(1)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        for text in paragraphs:
            if text != "TABLE":
                pdf.para(text)
                continue
            pdf.set_font("DejaVu", "B", 9)
            pdf.cell(0, 6, TABLE_CAPTION, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(col_widths=(70, 35, 35), width=140, align="LEFT", line_height=5.5,
                           text_align=("LEFT", "RIGHT", "RIGHT"),
                           headings_style=FontFace(emphasis="BOLD", fill_color=(235, 225, 225))) as table:
                for row in TABLE:
                    cells = table.row()
                    for value in row:
                        cells.cell(value)
            pdf.set_font("DejaVu", "I", 8)
            pdf.ln(1)
            pdf.multi_cell(0, 4.5, TABLE_SOURCE, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(3)

    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "About the authors", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    for bio in ABOUT:
        pdf.multi_cell(0, 4.8, bio, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1.5)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4.5, PAPER_RIGHTS, new_x="LMARGIN", new_y="NEXT", align="L")
    return pdf


def write_paper() -> None:
    first = _paper({})  # find the page each footnote marker falls on, then lay out again with the notes placed
    first.output(str(PAPER.with_suffix(".tmp")))
    PAPER.with_suffix(".tmp").unlink()
    notes: dict[int, list[str]] = {}
    for marker, page in sorted(first.markers_on.items(), key=lambda kv: "¹²³".index(kv[0])):
        notes.setdefault(page, []).append(FOOTNOTES[marker])
    pdf = _paper(notes)
    pdf.output(str(PAPER))
    assert pdf.markers_on == first.markers_on
    print(PAPER, pdf.pages_count, "pages, notes on", {p: len(n) for p, n in notes.items()})


# --------------------------------------------------------------------------- the press release (Russian)

RELEASE = HERE / "Пресс-релиз Минэнерго КР № 14-02-318 (08.12.2025).pdf"
LETTERHEAD = [
    "МИНИСТЕРСТВО ЭНЕРГЕТИКИ КЫРГЫЗСКОЙ РЕСПУБЛИКИ",
    "КЫРГЫЗ РЕСПУБЛИКАСЫНЫН ЭНЕРГЕТИКА МИНИСТРЛИГИ",
    "720017, г. Бишкек, пр. Жибек Жолу, 326 · тел.: +996 312 54 38 10 · www.minenergo.gov.kg",
]
RELEASE_LABEL = "ПРЕСС-РЕЛИЗ"
RELEASE_NUMBER = "08.12.2025 № 14-02/318"
RELEASE_TITLE = "Кыргызстан впервые будет хранить зимний запас газа в подземном хранилище Узбекистана"
RELEASE_BODY = [
    ("5 декабря 2025 года в Ташкенте министр энергетики Кыргызской Республики А. Жумалиев и председатель "
    "правления АО «Узбекнефтегаз» Ш. Каримов подписали соглашение о хранении природного газа для потребителей "
    "Кыргызской Республики в подземном хранилище газа «Ходжаабад» в Андижанской области Республики Узбекистан."),
    ("Документ стал первым соглашением о хранении газа между двумя странами. Его подписание состоялось в ходе "
    "рабочего визита кыргызской делегации в Ташкент, в программу которого вошли также консультации по графику "
    "ремонтных работ на магистральном газопроводе на 2026 год."),
    ("Соглашение заключено сроком на пять лет с возможностью продления. В первый сезон закачки, с апреля по "
    "октябрь 2026 года, в хранилище будет размещено до 120 млн кубометров газа, принадлежащего кыргызской "
    "стороне. Отбор газа предусмотрен с ноября по март, суточный объём отбора составит до 1,8 млн кубометров. "
    "Стороны также договорились изучить возможность увеличения объёма хранения до 200 млн кубометров начиная с "
    "сезона 2028–2029 годов."),
    ("До сих пор республика не располагала мощностями для хранения газа и в самые холодные месяцы полностью "
    "зависела от текущих поставок по магистральному газопроводу. В январе 2025 года из-за падения давления в "
    "сети без газа на несколько суток остались около 37 тыс. абонентов в Ошской и Джалал-Абадской областях."),
    ("«Хранилище даёт нам то, чего у нас никогда не было, — запас на самые холодные недели. Газ, закачанный "
    "летом, зимой пойдёт прямо на юг республики, и повторения прошлогодних перебоев мы не допустим», — "
    "отметил А. Жумалиев."),
    ("Председатель правления АО «Узбекнефтегаз» Ш. Каримов назвал соглашение первым шагом к созданию "
    "регионального рынка услуг по хранению газа. «Мощности хранилища позволяют принимать газ соседей, не "
    "ущемляя интересы узбекских потребителей. Мы открыты к таким договорённостям и с другими странами "
    "региона», — сказал он."),
    ("Газ для закачки будет закупаться в летние месяцы, когда его цена ниже зимней. По оценке министерства, "
    "это позволит сократить расходы на закупку газа примерно на 9,4 млн долларов США за отопительный сезон. "
    "Стоимость услуг по хранению определена коммерческим соглашением сторон и раскрытию не подлежит."),
    ("Газ для закачки будет подаваться в хранилище по газотранспортной системе Узбекистана, а отобранный газ "
    "пойдёт на юг республики по газопроводу, соединяющему Андижан с Ошем. Его транспортировка по территории "
    "Узбекистана осуществляется по отдельному договору с "
    "АО «Узтрансгаз». Учёт объёмов закачки и отбора будет вестись на газоизмерительной станции в районе "
    "Кара-Суу, а ежемесячные акты сверки будут подписывать обе стороны."),
    ("До начала закачки стороны должны утвердить технический регламент, который определит требования к "
    "качеству газа, порядок диспетчерского взаимодействия и обмена данными. Согласно соглашению, это должно "
    "быть сделано не позднее 1 марта 2026 года."),
    ("Газ из хранилища в первую очередь будет направляться на котельные, больницы и школы Ошской и "
    "Джалал-Абадской областей, а также на Ошскую ТЭЦ. Распределение объёмов между потребителями утвердит "
    "Кабинет министров до начала отопительного сезона 2026–2027 годов."),
    ("Технологические потери газа при закачке и отборе не должны превышать 0,5 процента от его объёма. Их "
    "стоимость, как и плата за сами услуги, рассчитывается по методике, согласованной сторонами."),
    ("Соглашение устанавливает, что газ кыргызской стороны остаётся её собственностью на всё время хранения. "
    "В случае аварии на хранилище или в газотранспортной системе Узбекистана отбор может быть временно "
    "ограничен, но не более чем на 72 часа, о чём кыргызская сторона уведомляется в течение суток."),
    ("Подписанию соглашения предшествовали переговоры, начатые в августе 2025 года на заседании "
    "межправительственной комиссии в Оше. Узбекская сторона провела испытания свободных мощностей "
    "хранилища в октябре."),
    ("В текущий отопительный сезон, до начала работы по соглашению, снабжение потребителей обеспечивается по "
    "действующим контрактам. На случай сильных морозов министерство утвердило график временного ограничения "
    "подачи газа крупным промышленным потребителям, который не затрагивает население и социальные объекты."),
    ("Параллельно министерство продолжает работу над технико-экономическим обоснованием собственного "
    "подземного хранилища газа на истощённом месторождении в Джалал-Абадской области. Сроки его "
    "строительства пока не определены, источник финансирования будет выбран после завершения обоснования."),
    ("Соглашение вступит в силу после выполнения сторонами внутригосударственных процедур. Министерство "
    "энергетики внесёт его на утверждение Кабинета министров Кыргызской Республики до конца декабря, чтобы "
    "первая закачка газа могла начаться в апреле, как только завершится отопительный сезон."),
    ("Министерство подчёркивает, что подписание соглашения не повлечёт изменения тарифов на природный газ "
    "для населения в отопительный сезон 2025–2026 годов."),
]
RELEASE_NOTE = (
    "Справочно: подземное хранилище газа «Ходжаабад» расположено в Андижанской области Республики Узбекистан, "
    "в 35 км от границы с Кыргызской Республикой. Активный объём хранилища — около 900 млн кубометров. В 2024 году "
    "потребление природного газа в Кыргызской Республике составило 486 млн кубометров, уровень газификации — "
    "37 процентов."
)
RELEASE_CONTACTS = [
    "Пресс-служба Министерства энергетики Кыргызской Республики",
    "Тел.: +996 312 54 38 17, e-mail: press@minenergo.gov.kg",
    "При использовании материалов ссылка на Министерство энергетики Кыргызской Республики обязательна.",
]


class Release(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.cell(0, 5, f"Страница {self.page_no()} из {{nb}}", align="R")


def write_release() -> None:
    pdf = Release(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title(RELEASE_TITLE)
    pdf.set_author("Пресс-служба Министерства энергетики Кыргызской Республики")
    pdf.set_creation_date(dt.datetime(2025, 12, 8, 6, 30, tzinfo=dt.UTC))
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 6, LETTERHEAD[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, LETTERHEAD[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 7.5)
    pdf.cell(0, 5, LETTERHEAD[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
    pdf.set_line_width(0.2)
    pdf.ln(8)

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, RELEASE_LABEL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, RELEASE_NUMBER, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 12.5)
    pdf.multi_cell(0, 6.5, RELEASE_TITLE, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(4)

    pdf.set_font("DejaVu", "", 10)
    for text in RELEASE_BODY:
        pdf.multi_cell(0, 5.1, text, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(2.5)
    pdf.ln(1)
    pdf.set_font("DejaVu", "I", 9.5)
    pdf.multi_cell(0, 5, RELEASE_NOTE, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 9)
    for line in RELEASE_CONTACTS:
        pdf.multi_cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.output(str(RELEASE))
    print(RELEASE, pdf.pages_count, "pages")


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    write_paper()
    write_release()
