"""Write the PDF file of the twenty-second fresh dev set with fpdf2:

eval/unseen22/N2539412.pdf, a (fictional) United Nations document in its Russian version, as the Official Document
System gives it: a letter of Kazakhstan's Permanent Representative to the Secretary-General, circulated as a document
of the General Assembly, with the concept of an International Agency for Biological Safety as its annex. Three A4
pages: on page 1 the masthead (the Organization's name and the document symbol on one line, the organ's name with the
distribution, date and language lines at the right, the session, agenda item and its title under a rule), the letter's
title in bold, the letter, the signature, and at the foot the job number with its two dates, the barcode's text and
the request to recycle; on pages 2 and 3 the symbol as a running head and the page number with the job number as a
running foot; the annex (its heading, the concept's title, four sections in Roman numerals, fifteen numbered
paragraphs, one of them with a list of four items) from page 2.

The texts are written for the twenty-second fresh dev set; the letter, its signatory, the concept, its figures and the
consultations are fictional (the Biological Weapons Convention, its Implementation Support Unit, the Secretary-General's
Mechanism, the WHO, the WOAH and the President's address of September 2020 are real, but what is said of them here is
invented or simplified). Lines are filled greedily, left-aligned, with no hyphenation, in Liberation Serif and
Liberation Sans (Times- and Arial-compatible, as the Organization's documents use Times and Arial), so that — and –
are text; as in the Organization's Russian texts, «е» stands for «ё». The pages are written in reading order, which is
the order pypdf extracts (a running foot is written with its head, so pypdf gives it before the page's text). The
file's metadata title is the document symbol, as the Organization's PDF files have it.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen22_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen22"
FONTS = Path("/usr/share/fonts/truetype/liberation")
DOC = HERE / "N2539412.pdf"

SYMBOL = "A/80/598"
ORG = "Организация Объединенных Наций"
ORGAN = "Генеральная Ассамблея"
DISTR = ["Distr.: General", "4 December 2025", "Russian", "Original: Russian"]
AGENDA = ["Восьмидесятая сессия", "Пункт 102 повестки дня", "Общее и полное разоружение"]
JOB = "25-19876 (R)    081225    091225"
BARCODE = "*2519876*"
RECYCLE = "Просьба отправить на вторичную переработку"

TITLE = (
    "Письмо Постоянного представителя Казахстана при Организации Объединенных Наций от 2 декабря 2025 года "
    "на имя Генерального секретаря"
)
LETTER = [
    ("Имею честь препроводить настоящим концепцию Международного агентства по биологической безопасности, "
    "подготовленную Правительством Республики Казахстан по итогам консультаций с государствами-членами, проведенных "
    "в 2024–2025 годах (см. приложение)."),
    ("Буду признателен Вам за распространение настоящего письма и приложения к нему в качестве документа Генеральной "
    "Ассамблеи по пункту 102 повестки дня."),
]
SIGNATURE = ["(Подпись) Ерлан Садыков", "Постоянный представитель Республики Казахстан"]

ANNEX_HEAD = (
    "Приложение к письму Постоянного представителя Казахстана при Организации Объединенных Наций от 2 декабря "
    "2025 года на имя Генерального секретаря"
)
CONCEPT = "Концепция Международного агентства по биологической безопасности"

# ("H", section heading) or ("P", numbered paragraph) or ("L", an item of a list inside the paragraph before it)
ANNEX: list[tuple[str, str]] = [
    ("H", "I. Предпосылки"),
    ("P", ("Инициатива создания Международного агентства по биологической безопасности была выдвинута Президентом "
          "Республики Казахстан Касым-Жомартом Токаевым в выступлении на семьдесят пятой сессии Генеральной Ассамблеи "
          "в сентябре 2020 года. Пандемия коронавирусной инфекции показала, что у международного сообщества нет "
          "постоянного органа, который мог бы по просьбе государств оценивать вспышки опасных заболеваний неясного "
          "происхождения и содействовать расследованию предполагаемого применения биологического оружия.")),
    ("P", ("Конвенция о запрещении разработки, производства и накопления запасов бактериологического (биологического) и "
          "токсинного оружия и об их уничтожении 1972 года, в отличие от Конвенции о запрещении химического оружия, не "
          "располагает ни механизмом проверки, ни постоянной организацией. Группа имплементационной поддержки Конвенции "
          "в Женеве состоит из четырех сотрудников и не уполномочена проводить расследования. Механизм Генерального "
          "секретаря по расследованию предполагаемого применения химического и биологического оружия опирается на "
          "перечни экспертов и лабораторий, которые государства предоставляют добровольно.")),
    ("P", ("Для государств Центральной Азии этот вопрос имеет практическое значение. В регионе работают лаборатории, "
          "унаследованные от противочумной системы, многие из них модернизированы при содействии иностранных "
          "партнеров, и их деятельность неоднократно становилась предметом политических споров. Казахстан исходит из "
          "того, что открытость таких лабораторий для международной оценки отвечает интересам всех государств, и "
          "готов предоставить агентству доступ к своим референс-лабораториям.")),
    ("P", ("В 2024–2025 годах Казахстан провел три раунда консультаций по концепции агентства: в Нью-Йорке, Женеве и "
          "Алматы. В консультациях в Алматы 16 и 17 сентября 2025 года приняли участие представители 54 государств и "
          "пяти международных организаций, в том числе Всемирной организации здравоохранения и Всемирной организации "
          "по охране здоровья животных. Настоящая концепция учитывает замечания, высказанные в ходе консультаций.")),
    ("H", "II. Статус и функции"),
    ("P", ("Агентство предлагается учредить как самостоятельную межправительственную организацию на основе "
          "международного договора, связанную с Организацией Объединенных Наций соглашением о сотрудничестве. "
          "Агентство не подменяет Конвенцию и не изменяет обязательств государств-участников по ней; оно ежегодно "
          "докладывает о своей работе совещанию государств — участников Конвенции.")),
    ("P", "Агентство будет выполнять следующие функции:"),
    ("L", ("a) по просьбе государства направлять группу экспертов для оценки вспышки заболевания неясного "
          "происхождения не позднее чем через 72 часа после получения просьбы;")),
    ("L", ("b) содействовать Генеральному секретарю, по его просьбе, в расследовании предполагаемого применения "
          "биологического оружия;")),
    ("L", "c) вести перечень аккредитованных лабораторий, готовых проводить анализ проб;"),
    ("L", ("d) готовить специалистов государств-членов в области биологической безопасности, прежде всего из "
          "развивающихся стран.")),
    ("P", ("Агентство не будет проводить инспекций на территории государства без его согласия. По мнению Казахстана, "
          "этот принцип позволит присоединиться к агентству и тем государствам, которые возражают против обязательных "
          "механизмов проверки в рамках Конвенции. Вопрос о возможной роли агентства в проверке соблюдения Конвенции "
          "может быть рассмотрен государствами-членами позднее.")),
    ("H", "III. Органы и финансирование"),
    ("P", ("Органами агентства будут Конференция государств-членов, собирающаяся раз в два года, Исполнительный совет "
          "из 21 члена, избираемых Конференцией с учетом справедливого географического распределения, и Технический "
          "секретариат во главе с Генеральным директором, которого Конференция назначает на четыре года.")),
    ("P", ("Казахстан предлагает разместить штаб-квартиру агентства в Алматы и обязуется безвозмездно предоставить ему "
          "здание и оплачивать его содержание в течение первых десяти лет. Региональные отделения агентства могут "
          "быть открыты по решению Конференции.")),
    ("P", ("Бюджет агентства на первый трехлетний период оценивается в 38 млн долларов США. Он будет складываться из "
          "начисленных взносов государств-членов по шкале, основанной на шкале взносов Организации Объединенных "
          "Наций, и из добровольных взносов. Казахстан готов внести добровольный взнос в размере 5 млн долларов США "
          "в первый год работы агентства.")),
    ("P", ("На начальном этапе штат Технического секретариата составит не более 60 сотрудников, не менее половины из "
          "которых будут специалистами в области эпидемиологии, микробиологии и лабораторной диагностики.")),
    ("H", "IV. Поддержка инициативы и дальнейшие шаги"),
    ("P", ("Концепцию поддержали 23 государства, образовавшие Группу друзей Международного агентства по биологической "
          "безопасности, в том числе все государства Центральной Азии. Полный перечень членов Группы друзей будет "
          "распространен в качестве добавления к настоящему документу.")),
    ("P", ("Казахстан предлагает начать межправительственные переговоры о тексте учредительного договора агентства в "
          "2026 году, с тем чтобы представить его проект Десятой конференции государств-участников по рассмотрению "
          "действия Конвенции. Сроки созыва Десятой конференции государствами-участниками пока не определены.")),
    ("P", ("В ходе восьмидесятой сессии Генеральной Ассамблеи Казахстан намерен внести проект резолюции о созыве "
          "подготовительного совещания открытого состава. Текст проекта будет представлен государствам-членам в ходе "
          "неофициальных консультаций.")),
    ("P", ("Казахстан приглашает все государства-члены, а также Всемирную организацию здравоохранения и другие "
          "заинтересованные организации системы Организации Объединенных Наций принять участие в подготовке "
          "учредительного договора.")),
]


class Doc(FPDF):
    LEFT = 25.0
    RIGHT = 210 - 20.0
    INDENT = 35.0  # the text block of the Organization's documents stands right of the margin
    BOTTOM = 297 - 28.0
    SIZE = 10.5
    LEADING = 5.0

    def __init__(self) -> None:
        super().__init__(format="A4")
        self.y_pos = 0.0

    def wrap(self, text: str, width: float) -> list[str]:
        lines, line = [], ""
        for word in text.split(" "):
            trial = f"{line} {word}" if line else word
            if self.get_string_width(trial) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        if line:
            lines.append(line)
        return lines

    def running(self) -> None:
        """The running head and foot of pages after the first: the symbol at the head, the page and job number at the
        foot, on the inner and outer edge by the page's parity."""
        n, total = self.page_no(), 3
        self.set_font("Sans", "B", 9)
        self.set_xy(self.LEFT, 12)
        self.cell(self.RIGHT - self.LEFT, 5, SYMBOL, align="L" if n % 2 == 0 else "R")
        self.set_line_width(0.3)
        self.line(self.LEFT, 18, self.RIGHT, 18)
        self.line(self.LEFT, 297 - 20, self.RIGHT, 297 - 20)
        self.set_font("Sans", "", 8)
        self.set_xy(self.LEFT, 297 - 18)
        left, right = (f"{n}/{total}", "25-19876") if n % 2 == 0 else ("25-19876", f"{n}/{total}")
        self.cell(self.RIGHT - self.LEFT, 5, f"{left}{' ' * 6}{right}", align="L" if n % 2 == 0 else "R")

    def new_page(self) -> None:
        self.add_page()
        self.running()
        self.y_pos = 26.0

    def block(self, text: str, x: float, style: str = "", size: float | None = None, after: float = 2.6,
              first: str = "") -> None:
        """A paragraph from `x` to the right margin, its first line led by `first` (a paragraph's number)."""
        self.set_font("Serif", style, size or self.SIZE)
        lines = self.wrap(f"{first}{text}", self.RIGHT - x)
        for line in lines:
            if self.y_pos + self.LEADING > self.BOTTOM:
                self.new_page()
                self.set_font("Serif", style, size or self.SIZE)
            self.set_xy(x, self.y_pos)
            self.cell(self.RIGHT - x, self.LEADING, line)
            self.y_pos += self.LEADING
        self.y_pos += after


def write_doc() -> None:
    pdf = Doc()
    pdf.add_font("Serif", "", str(FONTS / "LiberationSerif-Regular.ttf"))
    pdf.add_font("Serif", "B", str(FONTS / "LiberationSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONTS / "LiberationSerif-Italic.ttf"))
    pdf.add_font("Sans", "", str(FONTS / "LiberationSans-Regular.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "LiberationSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_title(SYMBOL)
    pdf.set_author("United Nations")
    pdf.set_creator("Microsoft Word")
    pdf.set_creation_date(dt.datetime(2025, 12, 9, 8, 41, tzinfo=dt.UTC))
    pdf.add_page()
    left, right = pdf.LEFT, pdf.RIGHT

    # the masthead: the emblem (a ring), the Organization's name and the symbol on one line
    pdf.set_line_width(0.4)
    pdf.ellipse(left, 11, 9, 9)
    pdf.set_font("Sans", "", 9)
    pdf.set_xy(left + 11, 13)
    pdf.cell(80, 5, ORG)
    pdf.set_font("Sans", "B", 16)
    pdf.set_xy(right - 60, 12)
    pdf.cell(60, 7, SYMBOL, align="R")
    pdf.set_line_width(1.2)
    pdf.line(left, 22, right, 22)
    pdf.set_line_width(0.3)
    pdf.set_font("Sans", "B", 20)
    pdf.set_xy(left, 25)
    pdf.cell(110, 9, ORGAN)
    pdf.set_font("Sans", "", 9)
    y = 25.0
    for line in DISTR:
        pdf.set_xy(right - 45, y)
        pdf.cell(45, 4.4, line)
        y += 4.4
    pdf.line(left, 45, right, 45)
    pdf.set_font("Serif", "", 10)
    y = 48.0
    for i, line in enumerate(AGENDA):
        pdf.set_font("Serif", "B" if i == 2 else "", 10)
        pdf.set_xy(left, y)
        pdf.cell(100, 4.6, line)
        y += 4.6

    # the letter
    pdf.y_pos = y + 8
    pdf.block(TITLE, pdf.INDENT, style="B", size=12.5, after=6)
    for para in LETTER:
        pdf.block(para, pdf.INDENT + 8, after=3)
    pdf.y_pos += 4
    pdf.set_font("Serif", "", pdf.SIZE)
    for line in SIGNATURE:
        pdf.set_xy(right - 90, pdf.y_pos)
        pdf.cell(90, pdf.LEADING, line, align="R")
        pdf.y_pos += pdf.LEADING

    # the foot of page 1
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(left, 297 - 22)
    pdf.cell(90, 4, JOB)
    pdf.set_font("Sans", "", 7)
    pdf.set_xy(left, 297 - 17)
    pdf.cell(90, 4, RECYCLE)
    pdf.set_font("Sans", "B", 11)
    pdf.set_xy(right - 50, 297 - 20)
    pdf.cell(50, 6, BARCODE, align="R")

    # the annex from page 2
    pdf.new_page()
    pdf.block(ANNEX_HEAD, pdf.INDENT, style="B", size=11, after=6)
    pdf.block(CONCEPT, pdf.INDENT, style="B", size=13, after=6)
    number = 0
    for kind, text in ANNEX:
        if kind == "H":
            if pdf.y_pos + 6 + 3 * pdf.LEADING > pdf.BOTTOM:  # a heading never stands alone at a page's foot
                pdf.new_page()
            pdf.y_pos += 2
            pdf.block(text, pdf.INDENT, style="B", size=11, after=3)
        elif kind == "P":
            number += 1
            pdf.block(text, pdf.INDENT, first=f"{number}.   ")
        else:
            pdf.block(text, pdf.INDENT + 8, after=1.6)
    pdf.output(str(DOC))
    print(DOC.name, pdf.pages_count, "pages")


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    write_doc()
