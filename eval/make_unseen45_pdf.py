"""Write the PDF file of the forty-fifth fresh dev set with fpdf2:

eval/unseen45/Пресс-релиз_МИПТ_Узбекистан-Чехия_МПК_03.12.2025.pdf — a press release of the Ministry of Investment,
Industry and Trade of the Republic of Uzbekistan as its press service publishes it on the ministry's site, a PDF of
three A4 pages: a letterhead (the ministry's name in Uzbek and in Russian in bold capitals, each over two lines, and an
address line with the telephone and the site, over a rule); «ПРЕСС-РЕЛИЗ» in bold, spaced letters; the number and date
line «№ 214-ПР · 3 декабря 2025 г. · г. Ташкент»; the headline in bold; sixteen paragraphs with a first-line indent; a
table (a caption over it, a header row and five rows, the cells of a row written on one line of the page) with a note on
its source under it; a «Справочно:» paragraph; the press service's contacts at the end (four lines: its name, a
telephone, an e-mail and a Telegram channel); a page number «стр. N из M» at the foot of each page, right-aligned.

The texts are written for this set; the ministry is real, but its press release, its number, the deputy ministers,
the commission's meeting, the companies' projects, the quotes and all figures are fictional (Prague, Tashkent,
Samarkand, the Navoi region, Uzbekistan Airways, the Czech Ministry of Industry and Trade, EGAP and the Czech Export
Bank are real, but what is said of them here is invented).
Lines are filled greedily, left-aligned, with no hyphenation, in DejaVu Serif, each placed as one cell, so that pypdf
gives one line of text per line of the page. The file's metadata hold no title (the press service saved it from Word
without filling the document's properties), only Word as its creator and producer.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen45_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen45"
DOC = HERE / "Пресс-релиз_МИПТ_Узбекистан-Чехия_МПК_03.12.2025.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

LETTERHEAD = [
    "O‘ZBEKISTON RESPUBLIKASI INVESTITSIYALAR,",
    "SANOAT VA SAVDO VAZIRLIGI",
    "МИНИСТЕРСТВО ИНВЕСТИЦИЙ, ПРОМЫШЛЕННОСТИ",
    "И ТОРГОВЛИ РЕСПУБЛИКИ УЗБЕКИСТАН",
]
ADDRESS = "100060, г. Ташкент, ул. Шахрисабзская, 1 · тел.: +998 71 238-50-00 · www.miit.gov.uz"
LABEL = "П Р Е С С - Р Е Л И З"
NUMBER = "№ 214-ПР · 3 декабря 2025 г. · г. Ташкент"
HEADLINE = "Узбекистан и Чехия подписали 17 документов на 1,38 млрд евро по итогам межправительственной комиссии в Праге"
PAGE = "стр. {n} из {nb}"
CONTACTS = [
    "Пресс-служба Министерства инвестиций, промышленности и торговли",
    "Тел.: +998 71 238-50-12",
    "E-mail: press@miit.gov.uz",
    "Telegram: t.me/miit_press",
]

PARAS = [
    (
        "2 декабря 2025 года в Праге состоялось девятое заседание Межправительственной комиссии по экономическому "
        "сотрудничеству между Республикой Узбекистан и Чешской Республикой. Заседание провели сопредседатели "
        "комиссии — заместитель министра инвестиций, промышленности и торговли Республики Узбекистан Жасур Рахимов "
        "и заместитель министра промышленности и торговли Чешской Республики Павел Грушка."
    ),
    (
        "По итогам заседания подписаны 17 документов — межведомственные соглашения, меморандумы и коммерческие "
        "контракты — общей стоимостью 1,38 млрд евро. Предыдущее, восьмое заседание комиссии прошло в Ташкенте в "
        "октябре 2023 года; тогда стороны подписали документы на 640 млн евро."
    ),
    (
        "Стороны отметили устойчивый рост взаимной торговли. За январь–октябрь 2025 года товарооборот между "
        "странами составил 263,6 млн долларов США, что на 11,4 процента больше, чем за тот же период 2024 года. "
        "Основу узбекского экспорта в Чехию составляют текстильная продукция, плодоовощная продукция и медь, а "
        "импорта из Чехии — машины и оборудование, фармацевтические товары и стекольная продукция."
    ),
    (
        "В Узбекистане работают 126 предприятий с участием чешского капитала, из них 48 созданы за последние три "
        "года. Наибольшее их число зарегистрировано в Ташкенте, Ташкентской и Самаркандской областях."
    ),
    (
        "Крупнейший из подписанных документов — соглашение о модернизации турбинного оборудования одной из "
        "тепловых электростанций страны чешской машиностроительной компанией стоимостью 390 млн евро. Работы "
        "рассчитаны на четыре года и позволят увеличить мощность станции на 180 мегаватт."
    ),
    (
        "Кроме того, подписаны соглашения о строительстве завода стеклянной тары в Навоийской области стоимостью "
        "112 млн евро и предприятия по выпуску оборудования для пивоваренной и пищевой промышленности в "
        "Самаркандской области стоимостью 46 млн евро. Завод в Навоийской области планируется ввести в строй в 2027 "
        "году, он рассчитан на выпуск 300 млн бутылок и банок в год."
    ),
    (
        "В области сельского хозяйства чешские компании построят в Сырдарьинской и Джизакской областях системы "
        "капельного орошения на площади 12 тыс. гектаров. Фармацевтическая компания из Брно и узбекский партнёр "
        "договорились о создании в Ташкентской области совместного производства инфузионных растворов мощностью "
        "40 млн флаконов в год. Объём чешских инвестиций в этот проект стороны не называют."
    ),
    (
        "Хокимият города Ташкента и консорциум чешских производителей подписали меморандум о поставке 60 "
        "низкопольных трамвайных вагонов. Стоимость контракта на поставку трамваев стороны не раскрывают, график "
        "поставок будет определён после завершения технических переговоров."
    ),
    (
        "Чешская экспортная страховая компания EGAP и Чешский экспортный банк подтвердили готовность страховать и "
        "кредитовать поставки чешского оборудования в Узбекистан в пределах рамочного лимита 250 млн евро. Перечень "
        "проектов, которые будут профинансированы в рамках лимита, стороны согласуют в первом квартале 2026 года."
    ),
    (
        "Подписан также меморандум о сотрудничестве в геологической отрасли. Чешская геологическая служба и "
        "Министерство горнодобывающей промышленности и геологии Республики Узбекистан в 2026–2028 годах проведут "
        "совместное изучение месторождений редких металлов в Ташкентской области. Объём финансирования этих работ "
        "пока не определён."
    ),
    (
        "Отдельное внимание уделено транспортному сообщению. Национальная авиакомпания «Uzbekistan Airways» с 29 "
        "марта 2026 года откроет прямые рейсы по маршруту Ташкент — Прага с частотой два раза в неделю. Стороны "
        "также обсудили перевозки грузов по Транскаспийскому международному транспортному маршруту."
    ),
    (
        "В сфере образования чешские технические университеты будут ежегодно принимать на обучение 35 студентов из "
        "Узбекистана за счёт стипендий правительства Чешской Республики. В области трудовой миграции Узбекистан "
        "включён в чешскую программу найма квалифицированных работников; размер квоты для граждан Узбекистана на "
        "2026 год чешская сторона сообщит дополнительно."
    ),
    (
        "Накануне заседания в Праге прошёл узбекско-чешский бизнес-форум, в котором приняли участие более 140 "
        "компаний двух стран. На форуме проведено свыше 300 переговоров в формате B2B, а Торгово-промышленная "
        "палата Узбекистана и Экономическая палата Чешской Республики договорились открыть в Ташкенте совместный "
        "деловой совет. Состав совета и имя его председателя будут объявлены позднее."
    ),
    (
        "Стороны также обсудили развитие туризма. В 2024 году Узбекистан посетили 21,3 тыс. граждан Чехии, за "
        "десять месяцев 2025 года — 19,8 тыс. человек. Открытие прямого авиасообщения, по оценке сторон, позволит "
        "увеличить туристический поток в обоих направлениях."
    ),
    (
        "«Чешская Республика — один из наших надёжных партнёров в Европейском союзе. Мы рассчитываем, что к 2030 "
        "году товарооборот между нашими странами достигнет 500 млн долларов», — отметил Жасур Рахимов."
    ),
    (
        "Десятое заседание Межправительственной комиссии решено провести в Ташкенте; его дата будет согласована "
        "по дипломатическим каналам."
    ),
]

TABLE_CAPTION = "Таблица. Торговля Республики Узбекистан с Чешской Республикой, млн долларов США"
TABLE = [
    ("Период", "Экспорт", "Импорт", "Товарооборот"),
    ("2021", "38,2", "141,5", "179,7"),
    ("2022", "44,9", "168,3", "213,2"),
    ("2023", "51,6", "197,8", "249,4"),
    ("2024", "63,1", "221,4", "284,5"),
    ("январь–октябрь 2025", "58,7", "204,9", "263,6"),
]
TABLE_SOURCE = "Источник: Национальный комитет Республики Узбекистан по статистике."
TABLE_AFTER = 3  # the table follows the third paragraph

REFERENCE = (
    "Справочно: Межправительственная комиссия по экономическому сотрудничеству между Республикой Узбекистан и "
    "Чешской Республикой создана в 2005 году. Со стороны Узбекистана её работу координирует Министерство "
    "инвестиций, промышленности и торговли."
)


class Release(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Serif", "", 9)
        self.cell(0, 5, PAGE.format(n=self.page_no(), nb="{nb}"), align="R")


def lines_of(pdf: FPDF, text: str, width: float, first: float = 0.0) -> list[str]:
    """Greedy filling: as many words as fit the width (the first line `first` mm narrower), no hyphenation."""
    out: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        room = width - (first if not out else 0.0)
        if pdf.get_string_width(trial) <= room:
            cur = trial
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def write(pdf: FPDF, text: str, style: str, size: float, lh: float, align: str = "L", indent: float = 0.0) -> None:
    pdf.set_font("Serif", style, size)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for i, line in enumerate(lines_of(pdf, text, width, indent)):
        if pdf.get_y() + lh > pdf.h - 24:
            pdf.add_page()
        pdf.set_x(pdf.l_margin + (indent if i == 0 else 0.0))
        pdf.cell(0 if align != "L" else width - (indent if i == 0 else 0.0), lh, line, align=align,
                 new_x="LMARGIN", new_y="NEXT")


def table(pdf: FPDF) -> None:
    widths = (60, 35, 35, 40)
    write(pdf, TABLE_CAPTION, "B", 10, 5.5)
    pdf.ln(1)
    for r, row in enumerate(TABLE):
        pdf.set_font("Serif", "B" if r == 0 else "", 10)
        for w, text in zip(widths, row):
            pdf.cell(w, 6.5, text, border=1, align="L" if w == widths[0] else "R")
        pdf.ln(6.5)
    write(pdf, TABLE_SOURCE, "I", 9, 5)


def main() -> None:
    pdf = Release(format="A4")
    pdf.set_margins(25, 18, 15)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.add_font("Serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(DEJAVU / "DejaVuSerif-Italic.ttf"))
    pdf.set_creator("Microsoft® Word 2016")
    pdf.set_producer("Microsoft® Word 2016")
    pdf.set_creation_date(dt.datetime(2025, 12, 3, 10, 40, tzinfo=dt.UTC))

    pdf.add_page()
    for line in LETTERHEAD:
        write(pdf, line, "B", 10.5, 5.5, "C")
    write(pdf, ADDRESS, "", 8, 5, "C")
    pdf.ln(1)
    y = pdf.get_y()
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.ln(7)
    write(pdf, LABEL, "B", 13, 7, "C")
    write(pdf, NUMBER, "", 10, 6, "C")
    pdf.ln(5)
    write(pdf, HEADLINE, "B", 13, 7, "C")
    pdf.ln(4)
    for i, para in enumerate(PARAS, 1):
        write(pdf, para, "", 11.5, 6.4, indent=10)
        pdf.ln(1.5)
        if i == TABLE_AFTER:
            pdf.ln(2)
            table(pdf)
            pdf.ln(3)
    pdf.ln(1.5)
    write(pdf, REFERENCE, "I", 10.5, 6, indent=10)
    pdf.ln(8)
    for line in CONTACTS:
        write(pdf, line, "", 9.5, 5)
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
