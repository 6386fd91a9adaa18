"""Write the court decision of the fifty-second fresh dev set with python-docx:

eval/unseen52/Решение_А55-18742-2025_от_01.12.2025.docx — a decision of the Arbitrazh Court of the Samara Region (a
real court; the case, the parties, the judge and all figures are fictional) in a dispute over a contract to supply
Turkmen polypropylene, as the (fictional) records service «СудАрхив» gives it for download: the service's page header
(«СудАрхив — картотека судебных решений» and the site) and footer («Документ сформирован сервисом СудАрхив …» and
the page number as a PAGE field with its cached value); under the header the service's stamp lines (the document's
name as the service lists it, «Дата публикации: …», «Дата выгрузки: …»); then the decision as the court wrote it:
the court's name in capitals and its address, «Именем Российской Федерации», «Р Е Ш Е Н И Е» spaced out, the date and
the case number on one line (a tab between them), «г. Самара», the lines on when the operative part was announced and
the full text made; the composition of the court and the parties (one paragraph, as such decisions open), «при
участии:» with the representatives, «УСТАНОВИЛ:», the court's account of the facts and its reasoning in paragraphs
with first-line indents, «Руководствуясь статьями …», «РЕШИЛ:», the operative part in numbered paragraphs, the
appeal terms, «Судья» with the judge's initials at the right margin (a tab), and the electronic signature's stamp as
a bordered one-cell table of five lines, as the case records print it. The core properties are the service's: the
name of the document as its title, the service as author, fixed dates.

The text is written for this set. The court, its address, the Eleventh Arbitrazh Court of Appeal, the Civil Code's
articles, the Kiyanly polymer plant, the State Commodity and Raw Materials Exchange of Turkmenistan, the Chamber of
Commerce and Industry of Turkmenistan, Turkmenbashi, Astrakhan, Tolyatti and the Serhetyaka–Bolashak border crossing
are real; the parties, their people, the contract, the judge, the service and all figures are fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen52_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from docx_fixed import page_field, save_fixed  # eval/docx_fixed.py, beside this script

HERE = Path(__file__).resolve().parent / "unseen52"
OUT = HERE / "Решение_А55-18742-2025_от_01.12.2025.docx"

SERVICE_HEADER = "СудАрхив — картотека судебных решений | sudarchiv.online"
SERVICE_FOOTER = "Документ сформирован сервисом СудАрхив на основе опубликованного текста судебного акта"
STAMP = [
    "Решение Арбитражного суда Самарской области от 1 декабря 2025 г. по делу № А55-18742/2025",
    "Дата публикации: 02.12.2025",
    "Дата выгрузки: 05.12.2025 14:26",
]
COURT = ["АРБИТРАЖНЫЙ СУД САМАРСКОЙ ОБЛАСТИ", "443045, г. Самара, ул. Авроры, д. 148"]
IN_NAME = "Именем Российской Федерации"
DECISION = "Р Е Ш Е Н И Е"
DATE_CASE = ("01 декабря 2025 года", "Дело № А55-18742/2025")
CITY = "г. Самара"
ANNOUNCED = [
    "Резолютивная часть решения объявлена 24 ноября 2025 года",
    "Полный текст решения изготовлен 01 декабря 2025 года",
]
OPENING = (
    "Арбитражный суд Самарской области в составе судьи Кузнецовой О.В., при ведении протокола судебного заседания "
    "помощником судьи Мельниковой А.С., рассмотрев в открытом судебном заседании дело по иску общества с "
    "ограниченной ответственностью «Волгаполимерпак» (ОГРН 1166313081427, ИНН 6321412875), г. Тольятти, к обществу "
    "с ограниченной ответственностью «Каспийский торговый дом «Гарагум» (ОГРН 1193025004118, ИНН 3015117264), "
    "г. Астрахань, третье лицо, не заявляющее самостоятельных требований относительно предмета спора: общество с "
    "ограниченной ответственностью «Транзит-Экспедиция Каспий», г. Астрахань, о взыскании 13 402 233 руб.,"
)
PRESENT = [
    "при участии:",
    "от истца – Гордеев П.А., доверенность от 10.01.2025,",
    "от ответчика – Ахмедова Д.Р., доверенность от 03.03.2025,",
    "от третьего лица – не явился, извещён,",
]
ESTABLISHED = "УСТАНОВИЛ:"
FACTS = [
    "Общество с ограниченной ответственностью «Волгаполимерпак» (далее – истец, покупатель) обратилось в "
    "Арбитражный суд Самарской области с иском к обществу с ограниченной ответственностью «Каспийский торговый "
    "дом «Гарагум» (далее – ответчик, поставщик) о взыскании 10 089 000 руб. суммы предварительной оплаты за "
    "непоставленный товар и 3 313 233 руб. неустойки за просрочку поставки.",
    "Как следует из материалов дела, между истцом и ответчиком заключён договор поставки № ТП-07/25 от 12 февраля "
    "2025 года, по которому ответчик обязался поставить 1 200 тонн полипропилена марки гомополимер туркменского "
    "производства, выпущенного Киянлинским полимерным заводом, по цене 102 450 руб. за тонну без НДС, а истец – "
    "принять и оплатить товар. Общая цена договора составила 122 940 000 руб. Товар подлежал поставке партиями "
    "не позднее 30 июня 2025 года на станцию Тольятти железнодорожным транспортом либо через порт Астрахань.",
    "Ответчик закупал товар на Государственной товарно-сырьевой бирже Туркменистана. Согласно представленной "
    "выписке, биржевой контракт на 1 200 тонн зарегистрирован 27 февраля 2025 года; наименование продавца по "
    "биржевому контракту и цена закупки ответчиком в материалы дела не представлены, поскольку ответчик "
    "сослался на коммерческую тайну.",
    "Истец платёжными поручениями от 20 февраля и 4 марта 2025 года перечислил ответчику предварительную "
    "оплату в общей сумме 90 000 000 руб.",
    "Ответчик поставил 780 тонн товара на сумму 79 911 000 руб.: две партии по железной дороге через пункт "
    "пропуска Серхетяка – Болашак и далее по территории Республики Казахстан, в пути от 11 до 14 суток, и две "
    "партии морем из порта Туркменбаши в порт Астрахань с перевалкой силами третьего лица. Оставшиеся 420 тонн "
    "поставлены не были.",
    "Письмом от 15 сентября 2025 года истец отказался от исполнения договора в части непоставленного товара и "
    "потребовал возвратить 10 089 000 руб. предварительной оплаты, а также уплатить неустойку. Претензия "
    "оставлена ответчиком без удовлетворения, что послужило основанием для обращения в суд.",
    "Возражая против иска, ответчик указал, что просрочка вызвана обстоятельствами непреодолимой силы: в мае "
    "2025 года завод остановил производство на плановый ремонт, биржа приостановила регистрацию новых "
    "экспортных контрактов на полипропилен, а паромная линия Туркменбаши – Астрахань в июне 2025 года "
    "выполнила лишь один рейс из трёх запланированных. Ответчик представил письмо Торгово-промышленной палаты "
    "Туркменистана от 2 июля 2025 года и просил снизить неустойку по статье 333 Гражданского кодекса "
    "Российской Федерации.",
    "Третье лицо в отзыве подтвердило, что в июне 2025 года два судна, зафрахтованных для перевозки товара, "
    "простояли в порту Туркменбаши в ожидании погрузки девять суток. Сколько стоил простой, третье лицо не "
    "сообщило.",
    "Исследовав и оценив представленные доказательства, суд пришёл к следующим выводам.",
    "В силу пункта 3 статьи 401 Гражданского кодекса Российской Федерации лицо, не исполнившее обязательство при "
    "осуществлении предпринимательской деятельности, несёт ответственность, если не докажет, что надлежащее "
    "исполнение оказалось невозможным вследствие непреодолимой силы. К таким обстоятельствам не относятся, в "
    "частности, нарушение обязанностей со стороны контрагентов должника и отсутствие на рынке нужных для "
    "исполнения товаров.",
    "Письмо Торгово-промышленной палаты Туркменистана не является сертификатом о форс-мажоре: в нём лишь "
    "указано, что ремонт завода проводился с 12 мая по 9 июня 2025 года. Ремонт был плановым, и о нём было "
    "объявлено до заключения договора, поэтому ответчик должен был учесть его при согласовании сроков поставки. "
    "Приостановление регистрации биржевых контрактов и сбои в работе паромной линии относятся к рискам "
    "поставщика, а не к непреодолимой силе.",
    "Поскольку договор в части 420 тонн прекращён отказом покупателя, а встречное предоставление на сумму "
    "10 089 000 руб. ответчиком не произведено, требование о возврате предварительной оплаты подлежит "
    "удовлетворению на основании статьи 487 Гражданского кодекса Российской Федерации.",
    "Пунктом 7.2 договора предусмотрена неустойка в размере 0,1 процента от стоимости непоставленного товара за "
    "каждый день просрочки. Истец начислил неустойку на стоимость 420 тонн, 43 029 000 руб., за 77 дней, с 1 "
    "июля по 15 сентября 2025 года. Расчёт проверен судом и признан верным.",
    "Вместе с тем суд учитывает, что ответчик поставил большую часть товара, что часть задержек связана с "
    "перевозкой через третьи страны и что истец не представил доказательств убытков, вызванных просрочкой. "
    "Истец не сообщил суду, нашёл ли он другого поставщика на непоставленный объём. С учётом этого суд "
    "снижает неустойку вдвое, до 1 656 616 руб. 50 коп.",
    "Расходы по уплате государственной пошлины в силу статьи 110 Арбитражного процессуального кодекса Российской "
    "Федерации относятся на ответчика в полном размере, поскольку неустойка снижена по статье 333 Гражданского "
    "кодекса Российской Федерации.",
]
GROUNDS = "Руководствуясь статьями 110, 167–170, 176 Арбитражного процессуального кодекса Российской Федерации, суд"
RESOLVED = "РЕШИЛ:"
OPERATIVE = [
    "1. Исковые требования удовлетворить частично.",
    "2. Взыскать с общества с ограниченной ответственностью «Каспийский торговый дом «Гарагум» в пользу общества с "
    "ограниченной ответственностью «Волгаполимерпак» 10 089 000 руб. предварительной оплаты, 1 656 616 руб. 50 "
    "коп. неустойки, а также 344 022 руб. расходов по уплате государственной пошлины.",
    "3. В остальной части иска отказать.",
    "Решение может быть обжаловано в Одиннадцатый арбитражный апелляционный суд в течение месяца со дня его "
    "принятия через Арбитражный суд Самарской области.",
]
JUDGE = ("Судья", "О.В. Кузнецова")
SIGNATURE = [
    "Электронная подпись действительна.",
    "Данные ЭП: Удостоверяющий центр Казначейство России",
    "Дата 14.03.2025 10:12:44",
    "Кому выдана Кузнецова Ольга Викторовна",
    "Сертификат 03a1f47c5e2b00d9b41e8c6f2a7d5e19",
]


def para(doc, text: str, *, bold: bool = False, size: float = 12, align=None, indent: bool = False,
         space_after: float = 0, spacing: float | None = None):  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if spacing is not None:
        run.font._element.get_or_add_rPr().append(parse_xml(f'<w:spacing {nsdecls("w")} w:val="{spacing}"/>'))
    if align is not None:
        p.alignment = align
    fmt = p.paragraph_format
    fmt.space_after = Pt(space_after)
    fmt.space_before = Pt(0)
    if indent:
        fmt.first_line_indent = Cm(1.25)
    return p


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin, section.right_margin = Cm(3.0), Cm(1.5)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)

    header = section.header.paragraphs[0]
    run = header.add_run(SERVICE_HEADER)
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    footer = section.footer.paragraphs[0]
    run = footer.add_run(SERVICE_FOOTER)
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    number = section.footer.add_paragraph()
    number.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(number, "1")

    for i, line in enumerate(STAMP):
        p = para(doc, line, bold=i == 0, size=10 if i == 0 else 8.5, space_after=2 if i == len(STAMP) - 1 else 0)
        for r in p.runs:
            r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    para(doc, "", size=8)

    para(doc, COURT[0], bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, COURT[1], size=10, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    para(doc, IN_NAME, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
    para(doc, DECISION, bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10, spacing=60)
    p = para(doc, f"{DATE_CASE[0]}\t{DATE_CASE[1]}")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    para(doc, CITY, space_after=8)
    for line in ANNOUNCED:
        para(doc, line)
    para(doc, "", size=6)
    para(doc, OPENING, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for line in PRESENT:
        para(doc, line, indent=line == PRESENT[0])
    para(doc, ESTABLISHED, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    for text in FACTS:
        para(doc, text, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, GROUNDS, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, RESOLVED, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    for text in OPERATIVE:
        para(doc, text, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "", size=10)
    p = para(doc, f"{JUDGE[0]}\t{JUDGE[1]}")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    para(doc, "", size=10)

    table = doc.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    cell.width = Cm(8)
    cell.paragraphs[0].text = SIGNATURE[0]
    for line in SIGNATURE[1:]:
        cell.add_paragraph(line)
    for p in cell.paragraphs:
        for r in p.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x93)

    save_fixed(doc, OUT, title=STAMP[0], author="СудАрхив",
               created=dt.datetime(2025, 12, 5, 14, 26), modified=dt.datetime(2025, 12, 5, 14, 26), revision=1)


if __name__ == "__main__":
    main()
