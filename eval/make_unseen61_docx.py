"""Write the Word file of the sixty-first fresh dev set with python-docx:

eval/unseen61/Рекомендации_КС_ЖМБ-25_Бишкек_12.11.2025_итог.docx — the closing document of a round table in Bishkek,
the recommendations its participants adopted, as the organisers' rapporteur keeps the final version in Word (named by
hand: «КС» for «круглый стол», «ЖМБ-25» the organisers' short name of it, the city, the date and «итог»). At the top the
organisers' logos side by side (pictures, no text) and under them their names on one line; «ИТОГОВЫЙ ДОКУМЕНТ» in small
spaced capitals; «РЕКОМЕНДАЦИИ» in bold capitals over «участников круглого стола «…»» in bold, centred; «г. Бишкек, 12
ноября 2025 г.» at the right; the preamble («Мы, участники круглого стола, …» and its participial clauses «отмечая …»,
«признавая …», «учитывая …», «выражая обеспокоенность …», each a paragraph, and «принимаем следующие рекомендации»);
two paragraphs on the figures the discussion relied on and a table of them by state (its number and title over it, its
source line in small type under it); two paragraphs on what the participants noted; the recommendations grouped by
addressee («Правительствам государств Центральной Азии:», «Международным партнёрам:», «Экспертному сообществу:», each in
bold) as items numbered by hand («1. …»), justified with a first-line indent; «Принято участниками круглого стола …»
and where the recommendations are sent; after a page break «Приложение. Список участников» over the participants, one a
paragraph (name, post, organisation, country); a PAGE field at the right of the footer, after the document's short
name. The core properties are the rapporteur's (no title, her name as author, fixed dates), and the zip's members carry
a fixed time, so the file is the same on every run (eval/docx_fixed.save_fixed); the logos are drawn here as small PNG
pictures, byte for byte the same on every run.

The text is written for this set. UN Security Council resolution 1325 (2000) of 31 October 2000, the five states, their
ministries of foreign affairs, the delimitation of their borders in 2022–2025, UN peacekeeping operations, the
Consultative Meetings of the Heads of State of Central Asia, the UN Regional Centre for Preventive Diplomacy for Central
Asia, Bishkek, Dushanbe, New York and Geneva are real; the organisers, the round table, the participants, the survey and
all figures are fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen61_docx.py
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zlib
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor
from docx_fixed import centred, justified, official_document, page_field, save_fixed  # eval/docx_fixed.py, beside this script

OUT = Path(__file__).resolve().parent / "unseen61" / "Рекомендации_КС_ЖМБ-25_Бишкек_12.11.2025_итог.docx"

ORGANISERS = "Институт региональной политики «Тоо-Бою» · Клуб женщин-дипломатов Центральной Азии «Айкол»"
KIND = "ИТОГОВЫЙ ДОКУМЕНТ"
TITLE = "РЕКОМЕНДАЦИИ"
SUBTITLE = (
    "участников круглого стола «Женщины, мир и безопасность во внешней политике государств Центральной Азии: 25 лет "
    "резолюции 1325 Совета Безопасности ООН»"
)
PLACE_DATE = "г. Бишкек, 12 ноября 2025 г."
FOOTER = "Рекомендации круглого стола «ЖМБ-25» · стр. "

PREAMBLE = [
    "Мы, участники круглого стола, представители министерств иностранных дел, парламентов, академического "
    "сообщества и неправительственных организаций Казахстана, Кыргызстана, Таджикистана, Туркменистана и "
    "Узбекистана, а также международных организаций, собравшиеся 12 ноября 2025 года в Бишкеке,",
    "отмечая двадцать пятую годовщину принятия Советом Безопасности ООН 31 октября 2000 года резолюции 1325 "
    "«Женщины, мир и безопасность»,",
    "признавая вклад женщин региона в урегулирование пограничных вопросов, в миротворческие операции ООН и в "
    "гуманитарный диалог с Афганистаном,",
    "учитывая, что завершение делимитации государственных границ в Центральной Азии в 2022–2025 годах открывает "
    "новый этап добрососедства, на котором решения прежде всего затрагивают приграничные общины, где большинство "
    "жителей составляют женщины, дети и пожилые люди,",
    "выражая обеспокоенность тем, что женщины по-прежнему редко участвуют в межгосударственных переговорах и "
    "возглавляют загранучреждения,",
    "принимаем следующие рекомендации.",
]
FIGURES = [
    "Участники опирались на данные, собранные организаторами к круглому столу. В 2025 году женщины возглавляли лишь "
    "19 из 214 посольств, генеральных консульств и постоянных представительств Казахстана, Кыргызстана, "
    "Таджикистана и Узбекистана. В состав "
    "делегаций, которые в 2022–2025 годах вели переговоры о делимитации и демаркации границ, входили 146 человек, "
    "из них 9 женщин. Туркменистан данных о составе своих делегаций и руководителей загранучреждений не "
    "предоставил.",
    "Опрос 312 сотрудниц министерств иностранных дел пяти государств, проведённый клубом «Айкол» в "
    "сентябре–октябре 2025 года, показал, что 58 процентов из них ни разу не включались в состав переговорной "
    "делегации, а почти каждая вторая не знает, по каким критериям в неё отбирают.",
]
TABLE_TITLE = "Таблица 1. Участие женщин во внешнеполитической деятельности государств Центральной Азии, 2025 г."
TABLE_HEAD = [
    "Государство",
    "Женщины среди глав загранучреждений, %",
    "Женщины в делегациях на переговорах по границам, %",
    "Женщины в миротворческих миссиях ООН, чел.",
]
TABLE = [
    ["Казахстан", "15", "8", "27"],
    ["Кыргызстан", "7", "9", "9"],
    ["Таджикистан", "3", "4", "3"],
    ["Туркменистан", "н/д", "н/д", "—"],
    ["Узбекистан", "2", "5", "—"],
]
TABLE_SOURCE = "Источник: данные министерств иностранных дел, опрос клуба «Айкол»; н/д — нет данных."
NOTED = [
    "Участники отметили, что назначения глав загранучреждений в государствах региона, как правило, проходят без "
    "открытого конкурса, а кадровый резерв министерств иностранных дел не публикуется, поэтому женщинам труднее "
    "заявить о себе. Вместе с тем опыт женщин-посредников в приграничных сёлах Баткенской и Согдийской областей, "
    "которые в 2023–2025 годах помогли урегулировать 41 спор о воде и пастбищах, показывает, что их участие делает "
    "договорённости прочнее.",
    "Участники также обсудили службу женщин в миротворческих операциях ООН. Среди военнослужащих и полицейских, "
    "направленных государствами региона в миссии ООН в 2025 году, женщин около 7 процентов; Казахстан, у которого "
    "самый крупный контингент, намерен эту долю увеличить. В гуманитарном диалоге с Афганистаном женщины-эксперты "
    "из стран региона участвовали лишь в 2 из 17 встреч, проведённых в 2024–2025 годах.",
]
# (addressee, [items])
RECOMMENDATIONS = [
    ("Правительствам государств Центральной Азии:", [
        "принять или обновить национальные планы действий по реализации резолюции 1325 с измеримыми показателями и "
        "финансированием, предусмотрев в них раздел о внешней политике;",
        "обеспечить к 2028 году долю женщин не менее 30 процентов в составе делегаций на переговорах по пограничным, "
        "водным и транзитным вопросам;",
        "включать представительниц приграничных общин в рабочие группы по реализации договоров о государственной "
        "границе, в том числе по вопросам пастбищ, воды и пунктов пропуска;",
        "довести долю женщин в национальных контингентах, направляемых в миротворческие операции ООН, до 15 "
        "процентов к 2030 году;",
        "ежегодно публиковать данные о доле женщин среди сотрудников министерств иностранных дел по категориям "
        "должностей;",
        "создать в рамках Консультативных встреч глав государств Центральной Азии региональный реестр "
        "женщин-медиаторов и привлекать включённых в него специалисток к диалогу с Афганистаном.",
    ]),
    ("Международным партнёрам:", [
        "учредить на 2026–2028 годы программу стипендий для 60 молодых женщин-дипломатов из пяти государств, включая "
        "стажировки в представительствах при ООН в Нью-Йорке и Женеве; источник её финансирования участники круглого "
        "стола не определили;",
        "поддержать сбор сопоставимых данных об участии женщин во внешнеполитической деятельности государств региона;",
        "при финансировании проектов трансграничного сотрудничества направлять не менее пятой части средств на "
        "инициативы женских групп приграничных общин.",
    ]),
    ("Экспертному сообществу:", [
        "подготовить к 31 октября 2026 года первый региональный доклад об участии женщин в дипломатии и "
        "миростроительстве в Центральной Азии;",
        "включить тему «Женщины, мир и безопасность» в программы дипломатических академий и вузов, готовящих "
        "специалистов по международным отношениям;",
        "провести следующий круглый стол в Душанбе весной 2026 года; его организаторы и точная дата будут "
        "определены позднее.",
    ]),
]
ADOPTED = [
    "Принято участниками круглого стола 12 ноября 2025 года консенсусом. В работе круглого стола приняли участие "
    "28 человек: 24 из пяти государств Центральной Азии и 4 из Афганистана, России, Франции и Швеции.",
    "Рекомендации направляются в министерства иностранных дел государств Центральной Азии и в Региональный центр "
    "ООН по превентивной дипломатии для Центральной Азии.",
]
ANNEX = "Приложение. Список участников"
PARTICIPANTS = [
    "Абдыкадырова Гульмира Токтогуловна — директор Института региональной политики «Тоо-Бою» (Кыргызстан), модератор",
    "Сатыбалдиева Нурия Маратовна — председатель клуба женщин-дипломатов Центральной Азии «Айкол» (Кыргызстан)",
    "Жумабекова Айнура Серикбаевна — советник, Министерство иностранных дел Республики Казахстан",
    "Оспанова Дана Ерлановна — первый секретарь, Министерство иностранных дел Республики Казахстан",
    "Кенжебаев Руслан Аскарович — депутат Мажилиса Парламента Республики Казахстан",
    "Мусина Алия Кайратовна — доцент, Евразийский институт международных исследований (Казахстан)",
    "Тажибаева Салтанат Муратовна — координатор, общественный фонд «Шекара» (Казахстан)",
    "Омуралиева Бактыгуль Асановна — заведующая отделом, Министерство иностранных дел Кыргызской Республики",
    "Иманалиев Эрлан Кубанычбекович — второй секретарь, Министерство иностранных дел Кыргызской Республики",
    "Токтосунова Жылдыз Бакытовна — депутат Жогорку Кенеша Кыргызской Республики",
    "Акматова Чолпон Жумагуловна — посредник, совет женщин села Кок-Таш (Баткенская область, Кыргызстан)",
    "Мамытова Эльвира Советбековна — исследователь, Институт региональной политики «Тоо-Бою» (Кыргызстан)",
    "Сыдыкова Айпери Нурлановна — докладчик, клуб «Айкол» (Кыргызстан)",
    "Рахимова Мехрангез Саидовна — начальник отдела, Министерство иностранных дел Республики Таджикистан",
    "Назарова Фарангис Давлатовна — депутат Маджлиси намояндагон Маджлиси Оли Республики Таджикистан",
    "Шарипов Далер Хуршедович — доцент, Таджикский институт международных отношений",
    "Каримова Зебо Абдуллоевна — посредник, женская группа джамоата Ворух (Согдийская область, Таджикистан)",
    "Одинаева Гулчехра Рахимовна — руководитель, общественная организация «Равзана» (Таджикистан)",
    "Аманова Огулджерен Бердыевна — эксперт, общественная организация «Ак-Ёл» (Туркменистан)",
    "Бердыева Майса Ходжамурадовна — преподаватель, Ашхабадский гуманитарный колледж (Туркменистан)",
    "Юлдашева Нодира Бахтиёровна — главный специалист, Министерство иностранных дел Республики Узбекистан",
    "Хамидова Дильфуза Рустамовна — депутат Законодательной палаты Олий Мажлиса Республики Узбекистан",
    "Турсунов Бобур Алишерович — старший научный сотрудник, Центр стратегических исследований «Мирзо» (Узбекистан)",
    "Эргашева Севара Умаровна — руководитель, ассоциация «Водный мост» (Узбекистан)",
    "Хайдари Фарзана — эксперт по гуманитарным вопросам (Афганистан)",
    "Линдквист Карин — советник, Региональная программа «Безопасные границы» (Швеция)",
    "Моро Элен — координатор проектов, Фонд «Диалог на границах» (Франция)",
    "Петрова Ольга Викторовна — аналитик, Межрегиональный центр миростроительства (Россия)",
]


def _png(rgb: tuple[int, int, int], width: int = 90, height: int = 36) -> bytes:
    """A small PNG: a filled rectangle with a darker band, drawn here (a logo without text)."""
    dark = tuple(max(0, c - 70) for c in rgb)
    rows = []
    for y in range(height):
        colour = dark if height // 3 <= y < 2 * height // 3 else rgb
        rows.append(b"\x00" + bytes(colour) * width)
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def body(doc, text: str, *, indent: bool = True):  # type: ignore[no-untyped-def]
    return justified(doc, text, indent=indent, after=4, spacing=1.1)


def main() -> None:
    doc, section = official_document(13, 2.5, 1.5, 1.8, 1.8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run(FOOTER).font.size = Pt(9)
    page_field(footer, "1")

    # the logos, side by side, and the organisers' names under them
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(io.BytesIO(_png((38, 94, 140))), width=Cm(3.0))
    p.add_run("        ")
    p.add_run().add_picture(io.BytesIO(_png((150, 60, 110))), width=Cm(3.0))
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(14)
    run = p.add_run(ORGANISERS)
    run.font.size, run.font.color.rgb = Pt(10), RGBColor(0x26, 0x5E, 0x8C)

    p = centred(doc, KIND, bold=False, size=11, after=6)
    p.runs[0].font.small_caps = True
    centred(doc, TITLE, size=15)
    centred(doc, SUBTITLE, after=8)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(10)
    p.add_run(PLACE_DATE).italic = True

    for i, text in enumerate(PREAMBLE):
        body(doc, text, indent=i == 0)
    for text in FIGURES:
        body(doc, text)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.keep_with_next = True
    run = p.add_run(TABLE_TITLE)
    run.bold, run.font.size = True, Pt(11)
    table = doc.add_table(rows=1 + len(TABLE), cols=len(TABLE_HEAD))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, text in enumerate(TABLE_HEAD):
        cell = table.cell(0, c)
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        cell.paragraphs[0].runs[0].font.size = Pt(10)
    for r, row in enumerate(TABLE, start=1):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            cell.paragraphs[0].runs[0].font.size = Pt(10)
            if c:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(8)
    run = p.add_run(TABLE_SOURCE)
    run.italic, run.font.size = True, Pt(9)

    for text in NOTED:
        body(doc, text)

    for addressee, items in RECOMMENDATIONS:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1.25)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = True
        p.add_run(addressee).bold = True
        for n, text in enumerate(items, start=1):
            body(doc, f"{n}. {text}")

    p = body(doc, ADOPTED[0])
    p.paragraph_format.space_before = Pt(14)
    body(doc, ADOPTED[1])

    # the annex, on a page of its own
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    centred(doc, ANNEX, size=13, after=10)
    for text in PARTICIPANTS:
        p = doc.add_paragraph(text)
        p.paragraph_format.space_after = Pt(2)
        p.runs[0].font.size = Pt(11)

    save_fixed(doc, OUT, title="", author="Сыдыкова А. Н.", created=dt.datetime(2025, 11, 10, 18, 5),
               modified=dt.datetime(2025, 11, 14, 11, 37), revision=9)


if __name__ == "__main__":
    main()
