"""Write the Word file of the seventieth fresh dev set with python-docx:

eval/unseen70/Конспект_урока_10Б_Узбекистан_и_соседи.docx — a (fictional) history teacher's lesson plan («Конспект
урока», with its «Технологическая карта» of the lesson's course) for a 10th form of a Russian municipal school on
Uzbekistan's relations with its neighbours (water, borders, trade), as the teacher saves it for the school's methodical
folder (named by hand: the kind, the form, the topic, joined by underscores). Set in Times New Roman 12 on a Russian
official page (eval/docx_fixed): the school's header centred («Муниципальное бюджетное общеобразовательное учреждение
…», «МБОУ «СОШ № 37» г. Самары»); «КОНСПЕКТ УРОКА» in bold; the record lines «Учитель: …», «Предмет: …», «Класс: …»,
«Дата проведения: …»; «Тема урока: …» in bold; «Цели урока:» with three items opened by «–»; «Тип урока: …»;
«Оборудование: …»; «Технологическая карта урока (ход урока)» over a table of four columns («Этап урока», «Время, мин»,
«Деятельность учителя», «Деятельность учащихся») and seven rows; «Объяснение нового материала (рассказ учителя)» over
the teacher's explanation in justified paragraphs under three bold subheadings; «Домашнее задание» with two items;
«Рефлексия» with three sentence openings; Word's PAGE field at the right of the footer. The core properties are the
teacher's (no title, her name as author, fixed dates: eval/docx_fixed.save_fixed), so the file is the same on every
run.

The text is written for this set. Uzbekistan, its neighbours (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan,
Afghanistan), the Amu Darya and the Syr Darya, the Fergana valley, the Rogun dam, the Qosh Tepa canal, the border
treaty of Uzbekistan and Kyrgyzstan and the Kempir-Abad reservoir, the visa-free regime with Tajikistan of 2018 and the
International Centre for Industrial Cooperation «Центральная Азия» are real; the school, the teacher, the lesson and
every figure the teacher gives are fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen70_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx_fixed import (  # eval/docx_fixed.py
    centred,
    justified,
    official_document,
    page_field,
    save_fixed,
)

OUT = Path(__file__).resolve().parent / "unseen70" / "Конспект_урока_10Б_Узбекистан_и_соседи.docx"

SCHOOL = [
    "Муниципальное бюджетное общеобразовательное учреждение",
    "«Средняя общеобразовательная школа № 37 с углублённым изучением отдельных предметов»",
    "городского округа Самара (МБОУ «СОШ № 37» г. Самары)",
]
KIND = "КОНСПЕКТ УРОКА"
RECORD = [
    "Учитель: Гаврилова Елена Сергеевна, учитель истории и обществознания высшей квалификационной категории",
    "Предмет: история (элективный курс «Россия и страны ближнего зарубежья»)",
    "Класс: 10 «Б»",
    "Дата проведения: 18.11.2025",
]
TOPIC_LABEL = "Тема урока: "
TOPIC = "Узбекистан и его соседи: вода, границы, торговля"
GOALS_HEAD = "Цели урока:"
GOALS = [
    ("– образовательная: познакомить учащихся с основными направлениями политики Узбекистана в отношении соседних "
    "государств после 2016 года;"),
    "– развивающая: развивать умение работать с картой, статистическими данными и текстами документов;",
    "– воспитательная: формировать уважение к народам Центральной Азии и понимание ценности добрососедства.",
]
LESSON_TYPE = "Тип урока: урок изучения нового материала (комбинированный)."
EQUIPMENT = (
    "Оборудование: физическая и политическая карты Центральной Азии, презентация к уроку, раздаточный материал "
    "(таблица «Торговля Узбекистана с соседями», отрывки из выступлений руководителей государств), интерактивная доска."
)
CARD_HEAD = "Технологическая карта урока (ход урока)"
CARD = [
    ("Этап урока", "Время, мин", "Деятельность учителя", "Деятельность учащихся"),
    ("1. Организационный момент", "2", "Приветствует учащихся, проверяет готовность к уроку",
     "Готовятся к работе"),
    ("2. Актуализация знаний", "5", ("Задаёт вопросы о распаде СССР и образовании независимых государств Центральной "
     "Азии"), "Отвечают на вопросы, находят государства на карте"),
    ("3. Постановка проблемы", "3", ("Показывает фотографии пограничного перехода 2015 и 2025 годов, спрашивает, что "
     "изменилось"), "Сравнивают фотографии, формулируют проблемный вопрос"),
    ("4. Изучение нового материала", "17", "Рассказывает о границах, воде и торговле, работает с картой",
     "Слушают, записывают основные понятия и даты"),
    ("5. Работа в группах", "10", "Делит класс на три группы («Вода», «Границы», «Торговля»), раздаёт материалы",
     "Анализируют документы и данные, готовят краткое выступление"),
    ("6. Закрепление", "5", "Проводит фронтальный опрос и обобщает выступления групп", "Выступают, дополняют ответы"),
    ("7. Домашнее задание и рефлексия", "3", "Объясняет домашнее задание, предлагает продолжить фразы",
     "Записывают задание, заполняют листы рефлексии"),
]
STORY_HEAD = "Объяснение нового материала (рассказ учителя)"
STORY: list[tuple[str, list[str]]] = [
    ("Поворот к соседям", [
        ("В 2016 году президентом Узбекистана стал Шавкат Мирзиёев, и внешняя политика страны резко изменилась. "
         "Если раньше Ташкент держался от соседей на расстоянии и часто закрывал границы, то теперь главным "
         "направлением была объявлена Центральная Азия. Уже в первый год новый президент посетил все соседние "
         "государства региона, а число встреч на высшем уровне с ними в 2017 году выросло до девятнадцати."),
        ("Узбекистан – единственная страна Центральной Азии, которая граничит со всеми остальными государствами "
         "региона, а также с Афганистаном. Поэтому от отношений с Ташкентом зависит, как будут ездить люди и "
         "возить грузы во всём регионе. Недаром политику этих лет часто называют политикой добрососедства."),
    ]),
    ("Границы", [
        ("После распада СССР многие участки границ в Ферганской долине не были описаны, и на них случались "
         "столкновения. В 2017–2022 годах Узбекистан завершил делимитацию границы с Казахстаном и Туркменистаном, "
         "а в 2022 году подписал договор о границе с Кыргызстаном. По этому договору Кемпир-Абадское водохранилище "
         "передано Узбекистану, а стороны договорились управлять им вместе."),
        ("С Таджикистаном в 2018 году был введён безвизовый режим для поездок до 30 дней. До 2017 года на "
         "узбекско-таджикской границе работали лишь два пункта пропуска, к 2025 году их стало уже 14. Число "
         "поездок граждан двух стран через эту границу выросло, по данным пограничных служб, до 4,6 миллиона в год. "
         "Обратите внимание: на карте в учебнике границы ещё показаны по старым данным."),
    ]),
    ("Вода", [
        ("Самый трудный вопрос в отношениях с соседями – вода. Главные реки региона, Амударья и Сырдарья, берут "
         "начало в горах Кыргызстана и Таджикистана, а больше всего воды расходует сельское хозяйство Узбекистана. "
         "Раньше Ташкент выступал против строительства Рогунской ГЭС на реке Вахш, опасаясь, что плотина оставит "
         "его поля без воды. С 2018 года Узбекистан перестал возражать против Рогуна и даже обсуждает участие в "
         "строительстве."),
        ("Новая проблема – канал Кош-Тепа, который строит Афганистан. Канал будет забирать воду из Амударьи, и "
         "соседи опасаются, что её станет меньше в низовьях. Договора о воде с Афганистаном у стран региона нет, "
         "а сколько воды будет забирать канал, пока точно не известно."),
    ]),
    ("Торговля", [
        ("Открытие границ быстро сказалось на торговле. Товарооборот Узбекистана со странами Центральной Азии вырос "
         "с 2,4 млрд долларов в 2016 году до 7,9 млрд долларов в 2024 году. Крупнейший партнёр в регионе – "
         "Казахстан, на который приходится больше половины этой торговли. На границе двух стран строится "
         "Международный центр промышленной кооперации «Центральная Азия», где предприниматели смогут торговать "
         "без виз и пошлин."),
        ("Меняются и пути, по которым Узбекистан торгует с дальними странами. Своего выхода к морю у него нет, "
         "причём, чтобы добраться до ближайшего порта, надо пересечь границы двух государств. Поэтому Ташкент "
         "поддерживает строительство железной дороги Китай – Кыргызстан – Узбекистан и проект дороги через "
         "Афганистан к портам Пакистана."),
        ("Для нас важно понять главное: соседи Узбекистана стали для него не угрозой, а партнёрами, и теперь "
         "двадцать миллионов жителей Ферганской долины могут ездить к родственникам за границу без прежних "
         "трудностей."),
    ]),
]
HOMEWORK_HEAD = "Домашнее задание"
HOMEWORK = [
    "1. Прочитать § 14 учебника, ответить на вопросы 2 и 4 после параграфа.",
    ("2. Подготовить сообщение (по выбору): «Рогунская ГЭС и её соседи», «Кемпир-Абадское водохранилище», "
    "«Ферганская долина сегодня»."),
]
REFLECTION_HEAD = "Рефлексия"
REFLECTION = [
    "Учащимся предлагается продолжить фразы:",
    "– Сегодня на уроке я узнал(а), что …",
    "– Больше всего меня удивило …",
    "– Я хотел(а) бы узнать больше о …",
]

FOOTER_PAGE = "1"  # the cached result of the footer's PAGE field, as Word saved it


def bold_line(doc, text: str, *, before: float = 6, after: float = 3):  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.keep_with_next = True
    p.add_run(text).bold = True
    return p


def plain(doc, text: str):  # type: ignore[no-untyped-def]
    p = doc.add_paragraph(text)
    p.paragraph_format.space_after = Pt(2)
    return p


def main() -> None:
    doc, section = official_document(12, 2.5, 1.5, 2.0, 2.0)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(footer, FOOTER_PAGE)

    for i, line in enumerate(SCHOOL):
        centred(doc, line, bold=i == 2, size=11, after=0 if i < 2 else 14)
    centred(doc, KIND, size=14, after=10)
    for line in RECORD:
        plain(doc, line)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(6)
    p.add_run(TOPIC_LABEL).bold = True
    run = p.add_run(TOPIC)
    run.bold = True
    bold_line(doc, GOALS_HEAD, before=2)
    for line in GOALS:
        justified(doc, line, indent=False, after=2)
    plain(doc, LESSON_TYPE)
    justified(doc, EQUIPMENT, indent=False, after=6)

    bold_line(doc, CARD_HEAD, before=8, after=6).alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(CARD):
        cells = table.add_row().cells
        for c, text in enumerate(row):
            para = cells[c].paragraphs[0]
            para.paragraph_format.space_after = Pt(0)
            if c == 1:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = para.add_run(text)
            run.font.size = Pt(10.5)
            run.bold = r == 0
    for row in table.rows:
        for c, width in enumerate((Cm(3.6), Cm(1.8), Cm(6.0), Cm(5.6))):
            row.cells[c].width = width

    bold_line(doc, STORY_HEAD, before=14, after=6).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for head, texts in STORY:
        p = bold_line(doc, head, before=6, after=3)
        p.paragraph_format.first_line_indent = Cm(1.25)
        for text in texts:
            justified(doc, text, after=3)

    bold_line(doc, HOMEWORK_HEAD, before=10)
    for line in HOMEWORK:
        justified(doc, line, indent=False, after=2)
    bold_line(doc, REFLECTION_HEAD, before=10)
    for line in REFLECTION:
        justified(doc, line, indent=False, after=2)

    save_fixed(doc, OUT, title="", author="Гаврилова Е.С.",
               created=dt.datetime(2025, 11, 14, 21, 36), modified=dt.datetime(2025, 11, 17, 22, 51), revision=9)


if __name__ == "__main__":
    main()
