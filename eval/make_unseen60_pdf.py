"""Write the PDF file of the sixtieth fresh dev set with fpdf2:

eval/unseen60/DRP_Obzor_zakonodatelstva_UZ_2025-11.pdf — the monthly legislation review («обзор законодательства») of
«Давлатов, Рахимова и партнёры» (DRP), a (fictional) Tashkent law firm, as it sends it to its clients and puts it on its
site (named by the firm's initials, the kind in transliteration, the country's code and the month). Five A4 pages set
in Liberation Sans: on page 1 the firm's logo line (its initials in a coloured square, its name and «юридическая
фирма»), the review's title «Обзор законодательства Республики Узбекистан | Ноябрь 2025», a lead paragraph and
«Содержание» with dotted leaders and page numbers; then the items by area («1. Внешнеэкономическая деятельность», «2.
Таможенное регулирование», «3. Иностранные инвестиции», «4. Международные договоры»), each item under its act in bold
(«Указ Президента Республики Узбекистан от … № УП-…», «Постановление Кабинета Министров Республики Узбекистан от … №
…», «Закон Республики Узбекистан от … № ЗРУ-…») with four paragraphs opened by run-in labels in bold («Что
изменилось:», «Кого касается:», «Вступает в силу:», «Комментарий фирмы:»); a box filled in a light colour, «Обратите
внимание» over its paragraph; on the last page «Контакты» (the office, three lawyers with their posts, telephones and
e-mails) and the disclaimer «Настоящий обзор носит исключительно информационный характер…» in small type. From page 2
on a running head (the firm's name, the review and the month) stands over a rule; every page has its number at the
foot, at the right. Each paragraph is set with multi_cell, so that each printed line is a line of the text layer;
non-breaking spaces keep a number with its unit or the word it counts, as a typesetter would. The metadata: the
review's title, the firm as author, a design tool as creator and a fixed date.

The text is written for this set. Uzbekistan, its President, Cabinet of Ministers, Customs Committee, Ministry of
Investment, Industry and Trade, its electronic system for foreign trade operations, the status of authorised economic
operator, Malaysia and Kuala Lumpur, ICSID, UNCITRAL and the Tashkent International Arbitration Centre are real; the
firm, its lawyers, every act, its number, date and content, and all figures are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen60_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen60"
DOC = HERE / "DRP_Obzor_zakonodatelstva_UZ_2025-11.pdf"
LIBERATION = Path("/usr/share/fonts/truetype/liberation")
PAGES = 5
CONTENTS_PAGES = [2, 3, 3, 4, 5]  # the areas' and the contacts' pages, as the contents give them

INITIALS = "DRP"
FIRM = "Давлатов, Рахимова и партнёры"
FIRM_KIND = "юридическая фирма"
TITLE = "Обзор законодательства Республики Узбекистан | Ноябрь 2025"
RUNNING_HEAD = "Давлатов, Рахимова и партнёры · Обзор законодательства · Ноябрь 2025"
LEAD = (
    "В ноябре 2025 года в Узбекистане приняты акты, которые меняют правила валютного контроля для экспортёров, "
    "порядок поддержки экспорта, работу таможни с добросовестными участниками внешней торговли и условия "
    "инвестиционных соглашений с государством. Кроме того, ратифицировано соглашение о защите инвестиций с Малайзией. "
    "Ниже мы кратко описываем каждое изменение и даём наш комментарий."
)
CONTENTS_TITLE = "Содержание"

# areas: (heading, [items]); an item: (act, what changed, whom it concerns, in force, the firm's comment)
AREAS = [
    ("1. Внешнеэкономическая деятельность", [
        ("Указ Президента Республики Узбекистан от 4 ноября 2025 г. № УП-193 «О дополнительных мерах по поддержке "
         "экспорта и упрощению валютного контроля»",
         "Срок репатриации экспортной выручки увеличен со 180 до 270 календарных дней для поставок с отсрочкой платежа "
         "в страны, не имеющие общей границы с Узбекистаном. Экспортные контракты на сумму до 100 тыс. долларов США "
         "больше не нужно регистрировать в Единой электронной информационной системе внешнеторговых операций: "
         "достаточно уведомить обслуживающий банк.",
         "Экспортёров товаров и услуг, прежде всего малых и средних предприятий, работающих с покупателями в "
         "Европейском союзе, странах Персидского залива и Юго-Восточной Азии.",
         "С 1 января 2026 года; отмена регистрации небольших контрактов — с 1 февраля 2026 года.",
         "Изменение снимает одну из главных жалоб экспортёров: при отгрузке морем через порты третьих стран прежнего "
         "срока часто не хватало даже на получение оплаты от покупателя. Размер пени за нарушение срока репатриации "
         "указ не изменил, и экспортёрам по-прежнему стоит следить за сроками по каждому контракту."),
        ("Постановление Кабинета Министров Республики Узбекистан от 14 ноября 2025 г. № 728 «О порядке возмещения "
         "части транспортных расходов экспортёров»",
         "Экспортёрам возмещаются 50 процентов расходов на перевозку товаров на новые рынки (прежде — 30 процентов), "
         "но не более 30 тыс. долларов США по одному контракту. Перечень новых рынков расширен до 17 стран, в него "
         "вошли, в частности, Индия и Вьетнам.",
         "Производителей, экспортирующих собственную продукцию; на экспортёров хлопкового волокна, золота, меди и "
         "природного газа возмещение не распространяется.",
         "С 15 декабря 2025 года.",
         "Возмещение выплачивается из Фонда поддержки экспорта после поступления выручки. Общий объём средств на эти "
         "цели в 2026 году пока не утверждён, поэтому мы советуем подавать заявки сразу после получения оплаты."),
    ]),
    ("2. Таможенное регулирование", [
        ("Постановление Кабинета Министров Республики Узбекистан от 7 ноября 2025 г. № 711 «О совершенствовании "
         "института уполномоченного экономического оператора»",
         "Порог годового внешнеторгового оборота для получения статуса уполномоченного экономического оператора "
         "снижен с 5 млн до 2 млн долларов США, срок рассмотрения заявления сокращён с 60 до 30 дней. Операторы "
         "получают «зелёный коридор» на пунктах пропуска и право выпуска товаров до подачи полной декларации.",
         "Импортёров, экспортёров и логистические компании, не имевшие нарушений таможенных правил в течение "
         "последних двух лет.",
         "С 1 января 2026 года.",
         "По данным Таможенного комитета, сейчас этот статус имеют лишь 46 компаний. Снижение порога делает его "
         "доступным для средних предприятий, однако требования к учёту и внутреннему контролю остались прежними."),
        ("Указ Президента Республики Узбекистан от 19 ноября 2025 г. № УП-201 «О мерах по снижению таможенных "
         "пошлин на технологическое оборудование»",
         "До 31 декабря 2027 года от ввозных таможенных пошлин освобождаются технологическое оборудование, "
         "комплектующие и запасные части, не производимые в Узбекистане, по перечню из 412 товарных позиций. Налог "
         "на добавленную стоимость при ввозе уплачивается в общем порядке.",
         "Промышленные предприятия и инвесторов, которые ввозят оборудование для новых и модернизируемых "
         "производств.",
         "Со дня официального опубликования — 20 ноября 2025 года.",
         "Льгота применяется без отдельного решения: достаточно, чтобы код товара входил в перечень. Если "
         "оборудование будет продано или передано в течение трёх лет, пошлину придётся уплатить."),
    ]),
    ("3. Иностранные инвестиции", [
        ("Постановление Кабинета Министров Республики Узбекистан от 21 ноября 2025 г. № 745 «Об утверждении "
         "Положения об инвестиционных соглашениях»",
         "Минимальный объём вложений для заключения инвестиционного соглашения с государством снижен с 20 до 10 "
         "млн долларов США. Соглашение может включать стабилизационную оговорку на 10 лет: если новое законодательство "
         "ухудшит положение инвестора, к нему применяются правила, действовавшие на дату подписания.",
         "Иностранных и отечественных инвесторов, реализующих проекты в промышленности, энергетике, логистике и "
         "туризме.",
         "С 22 декабря 2025 года.",
         "Споры разрешает Ташкентский международный арбитражный центр, если стороны не выбрали другой "
         "международный арбитраж. "
         "Стабилизационная оговорка не распространяется на изменения налоговых ставок, поэтому налоговые риски "
         "проекта её не покрывают."),
    ]),
    ("4. Международные договоры", [
        ("Закон Республики Узбекистан от 12 ноября 2025 г. № ЗРУ-1089 «О ратификации Соглашения между "
         "Правительством Республики Узбекистан и Правительством Малайзии о поощрении и взаимной защите инвестиций»",
         "Соглашение, подписанное в Куала-Лумпуре 26 мая 2025 года, предоставляет инвесторам национальный режим и "
         "режим наиболее благоприятствуемой нации, гарантирует свободный перевод доходов и компенсацию при "
         "национализации. Спор сначала обсуждается в переговорах в течение 6 месяцев, затем может быть передан в "
         "МЦУИС или в арбитраж по регламенту ЮНСИТРАЛ.",
         "Малайзийских инвесторов в Узбекистане и узбекских инвесторов в Малайзии. По данным Министерства "
         "инвестиций, промышленности и торговли, в Узбекистане работают 58 предприятий с малайзийским капиталом.",
         "Через 30 дней после обмена уведомлениями о выполнении внутренних процедур; малайзийская сторона своё "
         "уведомление пока не направила.",
         "Соглашение заключено на 10 лет и продлевается автоматически. Защита распространяется и на инвестиции, "
         "сделанные до его вступления в силу, что важно для уже работающих предприятий."),
    ]),
]
NOTICE_TITLE = "Обратите внимание"
NOTICE = (
    "Экспортные контракты, зарегистрированные в электронной системе до 1 февраля 2026 года, остаются на учёте. Если "
    "срок репатриации по такому контракту ещё не истёк, новый срок в 270 дней применяется только по заявлению "
    "экспортёра, поданному в банк до 1 марта 2026 года."
)

CONTACTS_TITLE = "Контакты"
OFFICE = ["«Давлатов, Рахимова и партнёры»", "100015, г. Ташкент, ул. Мирабадская, 41, 6 этаж",
          "+998 71 200-41-00 · info@drp-law.uz · drp-law.uz"]
LAWYERS = [
    ("Фаррух Давлатов", "Управляющий партнёр", "+998 71 200-41-17", "f.davlatov@drp-law.uz"),
    ("Нигора Рахимова", "Партнёр, практика ВЭД и таможенного права", "+998 71 200-41-22", "n.rahimova@drp-law.uz"),
    ("Тимур Ахмедов", "Советник, инвестиционная практика", "+998 71 200-41-35", "t.ahmedov@drp-law.uz"),
]
DISCLAIMER = (
    "Настоящий обзор носит исключительно информационный характер и не является юридической консультацией. "
    "Прежде чем принимать решения на основе изложенной информации, обратитесь к юристу. Фирма не несёт "
    "ответственности за последствия действий, совершённых на основании обзора. © 2025 «Давлатов, Рахимова и "
    "партнёры». При цитировании ссылка на фирму обязательна."
)

LABELS = ("Что изменилось:", "Кого касается:", "Вступает в силу:", "Комментарий фирмы:")
ACCENT = (0, 84, 122)  # the firm's colour
BOX = (253, 236, 206)  # the notice box's fill


def tie(text: str) -> str:
    """Non-breaking spaces where a typesetter puts them: in a number's thousands, between a number and its unit or
    the word it counts, in a date, after «№» and «г.»."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u00a0", text)
    text = re.sub(r"(?<=\d) (?=(?:млн|тыс\.|календарных|дней|процентов|стран|компаний|товарных|предприятий|лет|"
                  r"месяцев|г\.|года|ноября|декабря|января|февраля|марта|мая|—))", "\u00a0", text)
    text = re.sub(r"(?<=млн) (?=долларов)|(?<=тыс\.) (?=долларов)", "\u00a0", text)
    text = re.sub(r"(?<=долларов) (?=США)", "\u00a0", text)
    return re.sub(r"(?<=№) ", "\u00a0", text)


class Review(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(self.epw, 5, RUNNING_HEAD, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*ACCENT)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.set_y(self.get_y() + 6)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(self.epw, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def paragraph(pdf: FPDF, text: str, label: str = "", *, after: float = 1.6) -> None:
    pdf.set_font("Sans", "", 10)
    opening = f"**{label}** " if label else ""
    pdf.multi_cell(pdf.epw, 5, opening + tie(text), align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def area_heading(pdf: FPDF, text: str) -> None:
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*ACCENT)
    pdf.cell(pdf.epw, 8, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def item(pdf: FPDF, act: str, *parts: str) -> None:
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(pdf.epw, 5.4, tie(act), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
    for label, text in zip(LABELS, parts, strict=True):
        paragraph(pdf, text, label)
    pdf.ln(2)


def notice(pdf: FPDF) -> None:
    if pdf.get_y() > pdf.h - 55:
        pdf.add_page()
    x, y, w = pdf.l_margin, pdf.get_y() + 2, pdf.epw
    pdf.set_font("Sans", "", 10)
    lines = len(pdf.multi_cell(w - 10, 5, tie(NOTICE), align="J", dry_run=True, output="LINES"))
    height = 6 + 7 + lines * 5 + 5
    pdf.set_fill_color(*BOX)
    pdf.set_draw_color(230, 150, 40)
    pdf.set_line_width(0.5)
    pdf.rect(x, y, w, height, style="DF")
    pdf.set_xy(x + 5, y + 4)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(160, 80, 0)
    pdf.cell(w - 10, 7, NOTICE_TITLE, align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(w - 10, 5, tie(NOTICE), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y + height + 4)


def main() -> None:
    pdf = Review(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    for style, name in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                        ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
        pdf.add_font("Sans", style, str(LIBERATION / name))
    pdf.set_title(TITLE)
    pdf.set_author(FIRM)
    pdf.set_creator("Adobe InDesign 19.5 (Windows)")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_creation_date(dt.datetime(2025, 12, 2, 9, 15, tzinfo=dt.UTC))

    # page 1: the logo line, the title, the lead and the contents
    pdf.add_page()
    pdf.set_fill_color(*ACCENT)
    pdf.rect(pdf.l_margin, pdf.get_y(), 16, 16, style="F")
    pdf.set_xy(pdf.l_margin, pdf.get_y() + 4.5)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(16, 7, INITIALS, align="C")
    pdf.set_text_color(*ACCENT)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(90, 7, FIRM, align="L")
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(pdf.epw - 106, 7, FIRM_KIND, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(14)
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(pdf.epw, 8, TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Sans", "I", 10.5)
    pdf.multi_cell(pdf.epw, 5.4, tie(LEAD), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(pdf.epw, 7, CONTENTS_TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "", 10.5)
    entries = [heading for heading, _ in AREAS] + [CONTACTS_TITLE]
    for entry, page in zip(entries, CONTENTS_PAGES, strict=True):
        width = pdf.epw - 10
        dots = "." * int((width - pdf.get_string_width(entry) - 4) / pdf.get_string_width("."))
        pdf.cell(width, 6, f"{entry} {dots}", align="L")
        pdf.cell(10, 6, str(page), align="R", new_x="LMARGIN", new_y="NEXT")

    # the items
    pages: list[int] = []
    for n, (heading, items) in enumerate(AREAS):
        if n == 0:
            pdf.add_page()
        area_heading(pdf, heading)
        pages.append(pdf.page_no())
        for act, *parts in items:
            item(pdf, act, *parts)
        if n == 0:
            notice(pdf)

    # the last page: the contacts and the disclaimer
    pdf.add_page()
    pages.append(pdf.page_no())
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*ACCENT)
    pdf.cell(pdf.epw, 8, CONTACTS_TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("Sans", "", 10)
    for line in OFFICE:
        pdf.cell(pdf.epw, 5.2, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for name, post, phone, mail in LAWYERS:
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(pdf.epw, 5.6, name, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        for line in (post, phone, mail):
            pdf.cell(pdf.epw, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_y(pdf.h - 52)
    pdf.set_draw_color(160, 160, 160)
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(3)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(pdf.epw, 4, DISCLAIMER, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    assert pdf.page_no() == PAGES, pdf.page_no()

    assert pages == CONTENTS_PAGES, pages  # the contents on page 1 tell the pages right
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
