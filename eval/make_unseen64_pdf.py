"""Write the PDF file of the sixty-fourth fresh dev set with fpdf2:

eval/unseen64/investpasport_aktobe_2025_ru.pdf — the investment passport («инвестиционный паспорт») of the Aktobe region
of Kazakhstan for 2025, as its regional development agency publishes it on its site for download (named by the site:
the kind, the region and the year in Latin letters, the language). Seven A4 pages set in DejaVu Sans (which has the Kazakh letters of «Ақтөбе»): a cover (a
coloured band, «ИНВЕСТИЦИОННЫЙ ПАСПОРТ» and «АКТЮБИНСКОЙ ОБЛАСТИ» over two lines, «2025», the agency's name, the city);
«Содержание» with dot leaders and page numbers; «Обращение акима области», a signed address in prose; seven numbered
sections («Общие сведения», «Внешнеэкономическая деятельность», «Транспортно-логистический потенциал», «Свободные
экономические зоны», «Инвестиционные проекты», «Меры государственной поддержки», «Контакты»), their paragraphs set
ragged right; three bar charts, each under its caption («Рисунок 1 – …», «Рисунок 3 – Структура экспорта, %») and over
a «Источник: …» line, a bar's label and value on one line; the projects as a ruled table of four columns (project,
cost, investor sought, stage); on every page after the cover the running head (the passport's title and year) over a
rule, and at the foot the agency's name and the page number. The metadata are those of a file exported from Word by the
agency: no title, the agency as author, a fixed date.

The text is written for this set. The Aktobe region, Aktobe, the Khromtau, Mugalzhar and Kargaly districts, Kandyagash,
Shalkar, Beyneu, Aktau, Kuryk, Atyrau, the Orenburg region of Russia, the Zhaisan crossing, the "Western Europe –
Western China" road corridor, the Orenburg – Aktobe – Kyzylorda – Tashkent railway, the Trans-Caspian International
Transport Route, the Entrepreneurial Code, the "Damu" fund and the Bureau of National Statistics are real; the agency,
the akim's name, the passport's figures, the count of crossings, the projects, the zones' figures and all contacts are
fictional. Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen64_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent / "unseen64"
DOC = HERE / "investpasport_aktobe_2025_ru.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
NBSP = "\u00a0"
TEAL = (0, 105, 120)
GREY = (110, 110, 110)

TITLE = ("ИНВЕСТИЦИОННЫЙ ПАСПОРТ", "АКТЮБИНСКОЙ ОБЛАСТИ")
YEAR = "2025"
AGENCY = "Региональное агентство развития «Актобе Инвест»"
CITY = "г. Актобе"
RUNNING_HEAD = "Инвестиционный паспорт Актюбинской области – 2025"

ADDRESS_HEADING = "Обращение акима области"
SALUTATION = "Уважаемые инвесторы и партнёры!"
ADDRESS = [
    "Актюбинская область – один из крупнейших промышленных регионов Казахстана и его северо-западные ворота. Через "
    "область проходят железнодорожная магистраль и автомобильный коридор, которые связывают Россию с Центральной Азией "
    "и Китаем, а её ферросплавы, нефть и медь покупают предприятия более чем 40 стран мира.",
    "За девять месяцев 2025 года внешнеторговый оборот области вырос на 7,8 процента, а число предприятий-экспортёров "
    "достигло 312. Мы ставим задачу к 2029 году довести несырьевой экспорт области до 1,5 млрд долларов США и уйти от "
    "зависимости от продажи сырья в две-три страны.",
    "Акимат гарантирует каждому инвестору сопровождение проекта по принципу «одного окна» – от выбора площадки до "
    "ввода объекта в эксплуатацию. Приглашаю вас к сотрудничеству!",
]
SIGNATURE = ("Аким Актюбинской области", "Е. Кенжегалиев")

GENERAL = [
    "Актюбинская область расположена на северо-западе Республики Казахстан. На севере она граничит с Оренбургской "
    "областью Российской Федерации. Площадь области – 300,6 тыс. кв. км, население на 1 октября 2025 года – 948,2 тыс. "
    "человек, из них около 60 процентов живут в г. Актобе. В состав области входят 12 районов и город областного "
    "значения.",
    "Валовой региональный продукт в 2024 году составил 7,3 трлн тенге. Основу экономики составляют "
    "горно-металлургический комплекс (добыча хромовой руды в Хромтауском районе, выплавка ферросплавов, добыча медной "
    "руды), нефтегазовая отрасль и сельское хозяйство. На обрабатывающую промышленность приходится 34 процента объёма "
    "промышленного производства.",
]
FIGURE_1 = ("Рисунок 1 – Структура промышленного производства, %", [
    ("Горнодобывающая промышленность", 56.9),
    ("Металлургическая промышленность", 21.8),
    ("Прочая обрабатывающая промышленность", 12.2),
    ("Электроснабжение, газ и вода", 9.1),
])

TRADE = [
    "Внешнеторговый оборот области за январь–сентябрь 2025 года составил 3,86 млрд долларов США, что на 7,8 процента "
    "больше, чем за тот же период 2024 года. Экспорт достиг 2,94 млрд долларов, импорт – 0,92 млрд долларов.",
    "Крупнейшим покупателем продукции области остаётся Китай: на него приходится 38,6 процента экспорта, прежде всего "
    "нефть, ферросплавы и медный концентрат. Российская Федерация – главный поставщик области: на неё приходится 46,3 "
    "процента импорта (машины и оборудование, металлопрокат, продовольствие) и 21,4 процента внешнеторгового оборота. "
    "Ферросплавы поступают на рынки Европы в основном через трейдеров из Нидерландов и Швейцарии. Турция за год "
    "нарастила закупки в 1,6 раза и вышла на пятое место среди покупателей с долей 6,2 процента экспорта.",
    "С соседями по Центральной Азии область торгует пока скромно: на Узбекистан пришлось 3,1 процента оборота, на "
    "Кыргызстан и Таджикистан вместе – менее одного процента. Вместе с тем растут поставки муки и макаронных изделий в "
    "Узбекистан и Афганистан: за девять месяцев 2025 года их вывезено 118 тыс. тонн.",
]
FIGURE_2 = ("Рисунок 2 – Основные торговые партнёры, % внешнеторгового оборота", [
    ("Китай", 31.8),
    ("Российская Федерация", 21.4),
    ("Нидерланды", 9.6),
    ("Швейцария", 7.3),
    ("Турция", 5.1),
    ("Узбекистан", 3.1),
    ("Прочие страны", 21.7),
])
FIGURE_3 = ("Рисунок 3 – Структура экспорта, %", [
    ("Ферросплавы", 41.2),
    ("Нефть сырая", 28.7),
    ("Хромовая руда и концентрат", 9.4),
    ("Медный концентрат", 7.1),
    ("Зерно и мука", 4.3),
    ("Прочее", 9.3),
])
SOURCE = "Источник: Бюро национальной статистики АСПиР РК, расчёты агентства"

TRANSPORT = [
    "Через область проходят международный автомобильный коридор «Западная Европа – Западный Китай» и "
    "железнодорожная магистраль Оренбург – Актобе – Кызылорда – Ташкент, по которой идёт основная часть грузов из "
    "России в страны Центральной Азии. От станции Кандыагаш линии ведут к Атырау и Каспийскому морю, а железная "
    "дорога Шалкар – Бейнеу выводит грузы к портам Актау и Курык, то есть к Транскаспийскому международному "
    "транспортному маршруту.",
    "На границе с Российской Федерацией действуют пять пунктов пропуска: три автомобильных, в том числе «Жайсан» на "
    "трассе «Западная Европа – Западный Китай», и два железнодорожных. В 2024 году через них прошло 1,9 млн тонн "
    "грузов и около 356 тыс. транспортных средств. После реконструкции, завершённой в июне 2025 года, пункт «Жайсан» "
    "способен пропускать до 1 500 грузовых автомобилей в сутки.",
    "В 2024 году по железным дорогам области транзитом проследовало около 2,8 тыс. контейнерных поездов, из них 61 "
    "процент – в сообщении Китай – Европа и Китай – Россия. Международный аэропорт Актобе обслужил 1,1 млн "
    "пассажиров. К 2028 году акимат планирует построить на станции Кандыагаш мультимодальный логистический центр "
    "площадью 24 га с таможенным складом и контейнерным терминалом.",
]

ZONES = [
    "Специальных и свободных экономических зон на территории области пока нет; ближайшие из них действуют в Атырау и "
    "Актау. В апреле 2025 года акимат направил в Правительство заявку на создание специальной экономической зоны "
    "«Ақтөбе» площадью 520 га с приоритетами в металлургии, химической промышленности и переработке "
    "сельскохозяйственного сырья. Решение по заявке ожидается в 2026 году.",
    "До её создания инвесторам предлагаются две индустриальные зоны: «Актобе» площадью 1 102 га, где реализуется 47 "
    "проектов (31 из них уже работает), и «Хромтау» площадью 220 га с шестью проектами. Участки в индустриальных зонах "
    "обеспечены подъездными путями, электро-, газо- и водоснабжением.",
]

PROJECTS_INTRO = (
    "Акимат приглашает инвесторов к участию в следующих проектах. По каждому из них определён земельный участок, "
    "материалы предварительных исследований агентство предоставляет по запросу."
)
PROJECTS_HEAD = ("Проект", "Млрд тенге", "Искомый инвестор", "Стадия")
PROJECTS = [
    ("Завод ферросиликохрома, Хромтауский р-н", "86,0", "стратегический (до 49\u00a0%)", "ТЭО"),
    ("Логистический центр, ст. Кандыагаш", "41,5", "логистический оператор, ГЧП", "бизнес-план"),
    ("Теплицы 20 га, Каргалинский р-н", "18,2", "частный инвестор", "участок выделен"),
    ("ВЭС 150 МВт, Мугалжарский р-н", "97,8", "международный девелопер", "замеры ветра"),
    ("Переработка зерна (глютен, крахмал)", "52,7", "частный инвестор", "ТЭО"),
    ("Завод медной катанки, г. Актобе", "33,9", "соинвестор и оффтейкер", "идея"),
]

SUPPORT = [
    "Инвесторам доступны меры поддержки, установленные Предпринимательским кодексом Республики Казахстан: "
    "освобождение от таможенных пошлин при ввозе технологического оборудования и комплектующих к нему, "
    "государственные натурные гранты стоимостью до 30 процентов объёма инвестиций в основные средства, а также "
    "инвестиционные субсидии. Условия налогообложения могут быть закреплены соглашением об инвестиционных "
    "обязательствах.",
    "Проектам малого и среднего бизнеса Фонд развития предпринимательства «Даму» субсидирует часть ставки "
    "вознаграждения по кредитам и предоставляет по ним гарантии. Акимат области дополнительно компенсирует до 50 "
    "процентов затрат на подключение к инженерным сетям для проектов стоимостью свыше 5 млрд тенге. Обращения "
    "инвесторов рассматривает региональный штаб по инвестициям под руководством акима области, который собирается не "
    "реже двух раз в месяц.",
]

CONTACTS = [
    ("B", AGENCY),
    ("", "030010, г. Актобе, пр. Абилкайыр хана, 40, офис 512"),
    ("", "Тел.: +7 (7132) 55-18-40, +7 (7132) 55-18-41"),
    ("", "E-mail: info@aktobe-invest.example"),
    ("", "Сайт: www.aktobe-invest.example"),
    ("B", "Управление предпринимательства и индустриального развития области"),
    ("", "Тел.: +7 (7132) 54-07-26, e-mail: upiir@aktobe.example"),
    ("B", "Центр обслуживания инвесторов по принципу «одного окна»"),
    ("", "Тел.: +7 (7132) 55-18-00, e-mail: invest@aktobe-invest.example"),
]

SECTIONS = [
    "1. Общие сведения",
    "2. Внешнеэкономическая деятельность",
    "3. Транспортно-логистический потенциал",
    "4. Свободные экономические зоны",
    "5. Инвестиционные проекты",
    "6. Меры государственной поддержки",
    "7. Контакты",
]


def tie(text: str) -> str:
    """Non-breaking spaces where a typesetter keeps a figure with its unit, the thousands of a number together, and
    «г.» or «ст.» with the name after it."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(r"(?<=\d) (?=(?:млн|млрд|трлн|тыс\.|процент\w*|га|раза|МВт|года?|году|районов|грузовых)(?=\W))",
                  NBSP, text)
    text = re.sub(r"\b(г\.|ст\.|до|в) (?=[\dА-ЯЁ«])", lambda m: m.group(1) + NBSP, text)
    return text


class Passport(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, 9)
        self.cell(self.epw, 4, RUNNING_HEAD, align="R")
        self.set_draw_color(*TEAL)
        self.set_line_width(0.4)
        self.line(self.l_margin, 14.5, self.w - self.r_margin, 14.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw - 15, 5, AGENCY, align="L")
        self.cell(15, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def heading(pdf: Passport, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*TEAL)
    pdf.multi_cell(pdf.epw, 7, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def paragraphs(pdf: Passport, texts: list[str]) -> None:
    pdf.set_font("Sans", "", 10.5)
    for text in texts:
        pdf.multi_cell(pdf.epw, 5.4, tie(text), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.2)


def figure(pdf: Passport, caption: str, bars: list[tuple[str, float]]) -> None:
    """A horizontal bar chart: the caption in bold over it, each bar's label at the left, the bar and its value after
    it on the same line, the source line under it."""
    pdf.ln(1)
    pdf.set_font("Sans", "B", 9.5)
    pdf.multi_cell(pdf.epw, 5, caption, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    label_w, scale = 66, 1.45
    top = max(value for _, value in bars)
    for label, value in bars:
        y = pdf.get_y()
        pdf.set_font("Sans", "", 9)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(label_w, 6, label, align="L")
        width = value / top * 60 * scale
        pdf.set_fill_color(*TEAL)
        pdf.rect(pdf.l_margin + label_w, y + 1.2, width, 3.6, style="F")
        pdf.set_xy(pdf.l_margin + label_w + width + 2, y)
        pdf.cell(20, 6, f"{value:.1f}".replace(".", ","), align="L")
        pdf.set_xy(pdf.l_margin, y + 6.6)
    pdf.ln(1)
    pdf.set_font("Sans", "I", 8)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(pdf.epw, 4.2, SOURCE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)


def build(toc_pages: dict[str, int]) -> tuple[Passport, dict[str, int]]:
    pdf = Passport(format="A4")
    pdf.set_margins(22, 20, 18)
    pdf.set_auto_page_break(True, margin=20)
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("Sans", style, str(DEJAVU / name))
    pdf.set_author(AGENCY)
    pdf.set_creator("Microsoft® Word для Microsoft 365")
    pdf.set_producer("Microsoft® Word для Microsoft 365")
    pdf.set_creation_date(dt.datetime(2025, 10, 28, 11, 7, tzinfo=dt.UTC))
    pages: dict[str, int] = {}

    # the cover
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, 92, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(pdf.l_margin, 52)
    pdf.set_font("Sans", "B", 26)
    for line in TITLE:
        pdf.cell(pdf.epw, 13, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*TEAL)
    pdf.set_xy(pdf.l_margin, 112)
    pdf.set_font("Sans", "B", 44)
    pdf.cell(pdf.epw, 20, YEAR, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, 250)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(pdf.epw, 7, AGENCY, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.cell(pdf.epw, 7, CITY, align="L", new_x="LMARGIN", new_y="NEXT")

    # the contents, with dot leaders to the page numbers
    pdf.add_page()
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*TEAL)
    pdf.cell(pdf.epw, 10, "Содержание", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("Sans", "", 11)
    for entry in [ADDRESS_HEADING, *SECTIONS]:
        number = str(toc_pages.get(entry, 0))
        room = pdf.epw - pdf.get_string_width(entry) - pdf.get_string_width(number) - 4
        dots = "." * int(room / pdf.get_string_width("."))
        pdf.cell(pdf.epw, 8, f"{entry} {dots} {number}", align="L", new_x="LMARGIN", new_y="NEXT")

    # the akim's address
    pdf.add_page()
    pages[ADDRESS_HEADING] = pdf.page_no()
    heading(pdf, ADDRESS_HEADING)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(pdf.epw, 7, SALUTATION, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    paragraphs(pdf, ADDRESS)
    pdf.ln(8)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(pdf.epw / 2, 6, SIGNATURE[0], align="L")
    pdf.cell(pdf.epw / 2, 6, SIGNATURE[1], align="R", new_x="LMARGIN", new_y="NEXT")

    # the sections
    pdf.add_page()
    pages[SECTIONS[0]] = pdf.page_no()
    heading(pdf, SECTIONS[0])
    paragraphs(pdf, GENERAL)
    figure(pdf, *FIGURE_1)
    pages[SECTIONS[1]] = pdf.page_no()
    heading(pdf, SECTIONS[1])
    paragraphs(pdf, TRADE)
    pdf.add_page()
    figure(pdf, *FIGURE_2)
    figure(pdf, *FIGURE_3)
    pages[SECTIONS[2]] = pdf.page_no()
    heading(pdf, SECTIONS[2])
    paragraphs(pdf, TRANSPORT)
    pdf.add_page()
    pages[SECTIONS[3]] = pdf.page_no()
    heading(pdf, SECTIONS[3])
    paragraphs(pdf, ZONES)
    pages[SECTIONS[4]] = pdf.page_no()
    heading(pdf, SECTIONS[4])
    paragraphs(pdf, [PROJECTS_INTRO])
    pdf.set_font("Sans", "", 8)
    pdf.set_draw_color(*GREY)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=(72, 23, 47, 28), text_align=("LEFT", "CENTER", "LEFT", "LEFT"), line_height=5.2,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 238, 240)),
                   first_row_as_headings=True) as table:
        for row in [PROJECTS_HEAD, *PROJECTS]:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.ln(4)
    pdf.add_page()
    pages[SECTIONS[5]] = pdf.page_no()
    heading(pdf, SECTIONS[5])
    paragraphs(pdf, SUPPORT)
    pages[SECTIONS[6]] = pdf.page_no()
    heading(pdf, SECTIONS[6])
    for style, text in CONTACTS:
        if style == "B":
            pdf.ln(2)
        pdf.set_font("Sans", style, 10)
        pdf.multi_cell(pdf.epw, 5.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
    return pdf, pages


def main() -> None:
    _, pages = build({})
    pdf, again = build(pages)
    assert again == pages, (pages, again)
    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
