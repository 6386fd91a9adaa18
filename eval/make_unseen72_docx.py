"""Write the two Word files of the seventy-second fresh dev set with python-docx:

eval/unseen72/МР_взаимодействие_с_РФ_паводок_Есиль_Тобол_2026.docx — a ministry's methodical recommendations
(«Методические рекомендации») to the akimats and emergency departments of two northern Kazakh regions on working with
the neighbouring Russian regions during the spring flood on the Yesil (Ishim) and the Tobol, as the ministry's
department saves the file it sends round (named by hand: «МР», the subject in short words, the year, joined by
underscores). Set in Times New Roman 14 on a Russian official page (eval/docx_fixed): the header's line (the ministry,
the kind, the year) in small type; «УТВЕРЖДЕНЫ» and the order that approved them at the right; «МЕТОДИЧЕСКИЕ
РЕКОМЕНДАЦИИ» and their subject centred in bold; «Астана, 2025» centred; five numbered sections in bold over
justified paragraphs numbered «1.1.», «1.2.» …; «Приложение 1» over a «Table Grid» table of the duty services (three
columns); the developer's line; Word's PAGE field centred in the footer. No title in the core properties, the
department's clerk as author, fixed dates (eval/docx_fixed.save_fixed).

eval/unseen72/Протокол №3 РГ Майкапчагай 14.11.2025.docx — the minutes («протокол заседания») of the third meeting of
a regional working group on the Maikapchagai crossing point on the Kazakh–Chinese border, as its secretary saves them
(named by hand: «Протокол», the number, «РГ», the crossing, the date). Times New Roman 14: the akimat's name centred
in capitals; «ПРОТОКОЛ № 3» and «заседания рабочей группы …» centred in bold; the place and the date on one line (a
tab); «Председательствовал:», «Секретарь:», «Присутствовали:» with the members, «Приглашённые:»; «ПОВЕСТКА ДНЯ:» with
three items; for each item «СЛУШАЛИ:», «ВЫСТУПИЛИ:» and «РЕШИЛИ:» with numbered decisions and their «Срок: …» and
«Ответственный: …» lines; the chairman's and the secretary's signature lines (a tab); Word's PAGE field at the right
of the footer. No title in the core properties, the secretary as author, fixed dates.

The texts are written for this set. Kazakhstan, its Ministry of Emergency Situations and Kazhydromet, the North
Kazakhstan, Kostanay and East Kazakhstan regions, Petropavlovsk, Kostanay, Ust-Kamenogorsk, Zaysan, the Yesil (Ishim)
and the Tobol, the Sergeyevka, Upper Tobol and Karatomar reservoirs, the Kurgan, Tyumen and Omsk regions of Russia, the
intergovernmental agreement of 2010 on transboundary waters, the crossing point Maikapchagai, the port of Jeminay in
Xinjiang and the visa-free regime of Kazakhstan and China are real; the recommendations, the order, the working group,
its members, the meeting, its decisions, the companies and all figures are fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen72_docx.py
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

HERE = Path(__file__).resolve().parent / "unseen72"
GUIDE = HERE / "МР_взаимодействие_с_РФ_паводок_Есиль_Тобол_2026.docx"
MINUTES = HERE / "Протокол №3 РГ Майкапчагай 14.11.2025.docx"

# --------------------------------------------------------------------------- the methodical recommendations

GUIDE_HEADER = "МЧС Республики Казахстан · Методические рекомендации · 2026"
APPROVED = [
    "УТВЕРЖДЕНЫ",
    "приказом Министра по чрезвычайным ситуациям",
    "Республики Казахстан",
    "от 24 ноября 2025 года № 412",
]
GUIDE_HEAD = "МЕТОДИЧЕСКИЕ РЕКОМЕНДАЦИИ"
GUIDE_SUBJECT = (
    "по организации взаимодействия с сопредельными регионами Российской Федерации при прохождении весеннего паводка "
    "на реках Есиль и Тобол"
)
GUIDE_PLACE = "Астана, 2025"
GUIDE_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Общие положения", [
        ("1.1. Настоящие методические рекомендации предназначены для местных исполнительных органов Северо-"
         "Казахстанской и Костанайской областей и департаментов по чрезвычайным ситуациям этих областей. Они "
         "описывают, как организовать работу с Курганской, Тюменской и Омской областями Российской Федерации в "
         "период весеннего паводка, когда вода по рекам Есиль и Тобол уходит с территории Казахстана в Россию."),
        ("1.2. Рекомендации подготовлены по итогам паводка 2024 года. Тогда в Северо-Казахстанской области было "
         "подтоплено 2 870 жилых домов, а уровень Есиля у Петропавловска поднялся на 9,4 метра, что стало "
         "наибольшим подъёмом за всё время наблюдений. Разбор тех событий показал, что данные о сбросах из "
         "водохранилищ приходили к российским соседям с опозданием на сутки и более, а дежурные службы двух "
         "стран в первые дни общались через областные администрации, а не напрямую."),
        ("1.3. Правовой основой взаимодействия служит межправительственное соглашение 2010 года о совместном "
         "использовании и охране трансграничных водных объектов. Вопросы Есиля и Тобола рассматривает рабочая "
         "группа казахстанско-российской комиссии, которая с 2025 года собирается не реже двух раз в год: в "
         "феврале, перед паводком, и в июне, после него."),
        ("1.4. Есиль берёт начало в Казахстане, дважды пересекает границу и впадает в Иртыш на территории России, "
         "а Тобол течёт из Костанайской области в Курганскую. Поэтому ошибка одной стороны в оценке паводка почти "
         "сразу отражается на другой, и ни одна из сторон не может справиться с большой водой в одиночку."),
    ]),
    ("2. Обмен гидрологической информацией", [
        ("2.1. С 1 марта по 31 мая областные подразделения Казгидромета передают российской стороне данные об "
         "уровнях и расходах воды два раза в сутки, в 8 и 20 часов по времени Астаны. При угрозе подтопления "
         "обмен переводится на ежечасный режим по решению оперативного штаба области."),
        ("2.2. Данные передаются с 14 гидрологических постов на Есиле и 9 постов на Тоболе. Восемь постов на Есиле "
         "оснащены автоматическими датчиками, которые установлены в 2025 году; остальные посты ведут наблюдения "
         "вручную, и их данные поступают с задержкой до трёх часов."),
        ("2.3. Общая модель прогноза паводка для бассейна Есиля пока не создана: стороны договорились об обмене "
         "снегомерными данными, но не о едином прогнозе. Каждая сторона готовит свой прогноз и сообщает о нём "
         "другой стороне не позднее 10 марта."),
        ("2.4. Информация передаётся на русском языке по электронной почте и через защищённый канал, созданный в "
         "2025 году. Если канал не работает, дежурный сообщает данные по телефону и записывает время передачи и "
         "фамилию принявшего их российского дежурного в журнал."),
    ]),
    ("3. Режим работы водохранилищ", [
        ("3.1. Решение об увеличении сброса из Сергеевского водохранилища на Есиле, а также из Верхнетобольского и "
         "Каратомарского водохранилищ на Тоболе доводится до российской стороны заранее. Если сброс превысит 300 "
         "кубометров в секунду, российскую сторону уведомляют не позднее чем за 48 часов."),
        ("3.2. При резком росте притока, когда предупредить за 48 часов невозможно, дежурный департамента немедленно "
         "сообщает о сбросе по прямой телефонной линии и дублирует сообщение письменно. Вопрос о возмещении ущерба, "
         "причинённого сбросами на территории другой стороны, соглашением не урегулирован и в настоящих "
         "рекомендациях не рассматривается."),
        ("3.3. Весной 2025 года сбросы из Сергеевского водохранилища впервые согласовывались с Курганской и "
         "Тюменской областями за двое суток, и, по оценке департамента, это позволило российским соседям вовремя "
         "укрепить дамбы у сёл ниже по течению."),
    ]),
    ("4. Оперативные группы и совместные учения", [
        ("4.1. На время паводка департамент по чрезвычайным ситуациям Северо-Казахстанской области направляет "
         "своего офицера связи в оперативный штаб Курганской области, а Курганская область – своего представителя "
         "в Петропавловск. Костанайская область обменивается офицерами связи с Курганской областью по Тоболу."),
        ("4.2. Совместные учения проводятся ежегодно в феврале. Учения в феврале 2025 года под Петропавловском "
         "собрали 640 участников и 85 единиц техники с обеих сторон, и впервые в них отрабатывалась передача "
         "спасательных лодок через границу без таможенного оформления."),
        ("4.3. Для отработки действий в учения включаются эвакуация жителей одного приграничного села и проверка "
         "прямых линий связи между дежурными службами. Итоги учений обсуждаются на февральском заседании рабочей "
         "группы."),
    ]),
    ("5. Информирование населения", [
        ("5.1. В зоне возможного подтопления находятся 37 приграничных сёл Северо-Казахстанской области и 22 села "
         "Костанайской области, в которых проживает около 18 400 человек. Их жителей предупреждают SMS-рассылкой на "
         "казахском и русском языках, через местные радио и сельских акимов."),
        ("5.2. Сведения о сбросах и прогнозах, полученные от российской стороны, публикуются на сайтах акиматов в "
         "течение двух часов после их получения. Жителям сёл, расположенных ниже по течению у самой границы, "
         "рекомендуется заранее подготовить документы и запас воды на трое суток."),
    ]),
]
ANNEX_HEAD = "Приложение 1"
ANNEX_SUBJECT = "Контакты дежурных служб"
ANNEX = [
    ("Служба", "Телефон", "Режим"),
    ("ДЧС Северо-Казахстанской области", "+7 7152 46-01-12", "круглосуточно"),
    ("ДЧС Костанайской области", "+7 7142 53-27-90", "круглосуточно"),
    ("ГУ МЧС России по Курганской области", "+7 3522 42-10-01", "круглосуточно"),
]
DEVELOPER = "Разработчик: Департамент предупреждения чрезвычайных ситуаций МЧС Республики Казахстан"
GUIDE_PAGE = "1"  # the cached result of the footer's PAGE field, as Word saved it


# --------------------------------------------------------------------------- the minutes

AKIMAT = "АКИМАТ ВОСТОЧНО-КАЗАХСТАНСКОЙ ОБЛАСТИ"
MIN_HEAD = "ПРОТОКОЛ № 3"
MIN_SUBJECT = "заседания рабочей группы по развитию пункта пропуска «Майкапчагай» на казахстанско-китайской границе"
MIN_PLACE = "г. Усть-Каменогорск\t14 ноября 2025 года"
CHAIR = "Председательствовал: заместитель акима Восточно-Казахстанской области Омаров Т.Б."
SECRETARY = "Секретарь: главный специалист управления предпринимательства Ким А.В."
PRESENT_HEAD = "Присутствовали:"
PRESENT = [
    "Жунусов Е.К. – аким Зайсанского района;",
    "Лазарев П.И. – руководитель управления пассажирского транспорта и автомобильных дорог;",
    "Сарсенова Г.М. – руководитель управления предпринимательства и индустриально-инновационного развития;",
    "Нургалиев Д.С. – представитель Департамента государственных доходов по области;",
    "Абенов К.Т. – представитель пограничной службы КНБ РК (по согласованию).",
]
INVITED = "Приглашённые: Туреханов Б.Ж., директор ТОО «Тарбагатай Логистик Терминал»; представители перевозчиков."
AGENDA_HEAD = "ПОВЕСТКА ДНЯ:"
AGENDA = [
    "1. О работе пункта пропуска «Майкапчагай» за девять месяцев 2025 года.",
    "2. О строительстве грузового терминала у пункта пропуска.",
    "3. О переходе пункта пропуска на круглосуточный режим работы.",
]
# (item, heard, spoke, decisions: [(decision, deadline, responsible), …])
ITEMS: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    ("1. О работе пункта пропуска «Майкапчагай» за девять месяцев 2025 года.",
     ("Нургалиева Д.С., который сообщил, что за девять месяцев 2025 года через пункт пропуска перемещено 389 тыс. "
      "тонн грузов против 412 тыс. тонн за весь 2024 год. Основу экспорта в Китай составляют лён, подсолнечник и "
      "шерсть, основу импорта – строительные материалы, фрукты и оборудование. В среднем пункт пропуска оформлял "
      "160 грузовых машин в сутки, а в октябре очередь на въезд в Китай доходила до трёх суток. Пассажиропоток за "
      "девять месяцев составил 58 тыс. человек, из них около половины – туристы, которые ездят по безвизовому "
      "режиму между Казахстаном и Китаем."),
     ("Жунусов Е.К. отметил, что в очереди машины стоят вдоль трассы без санитарных узлов и освещения, а "
      "фитосанитарной лаборатории на пункте пропуска нет, поэтому образцы зерна и семян возят на анализ в "
      "Усть-Каменогорск, и оформление одной партии затягивается на двое суток. Лазарев П.И. доложил, что из 56 км "
      "дороги Зайсан – Майкапчагай в 2025 году реконструировано 24 км, остальные участки планируется закончить в "
      "2027 году. Представитель перевозчиков сообщил, что из-за очередей стоимость рейса из Усть-Каменогорска до "
      "Урумчи за год выросла примерно на 15 процентов и часть грузов перевозчики отправляют через Бахты и Хоргос, "
      "хотя этот путь длиннее. Сарсенова Г.М. добавила, что по заявкам экспортёров в 2026 году поставки льна "
      "через Майкапчагай могут вырасти, если очередь удастся сократить."),
     [
         ("1.1. Информацию принять к сведению.", "", ""),
         ("1.2. Оборудовать у очереди временную стоянку на 120 машин с освещением и санитарными узлами.",
          "Срок: до 1 апреля 2026 года.", "Ответственный: акимат Зайсанского района."),
         (("1.3. Внести в Министерство сельского хозяйства предложение об открытии на пункте пропуска "
          "фитосанитарной лаборатории."), "Срок: до 15 декабря 2025 года.",
          "Ответственный: управление предпринимательства."),
     ]),
    ("2. О строительстве грузового терминала у пункта пропуска.",
     ("Туреханова Б.Ж., который сообщил, что ТОО «Тарбагатай Логистик Терминал» строит грузовой терминал площадью "
      "7,2 гектара в 3 км от пункта пропуска. Стоимость первой очереди составляет 3,1 млрд тенге, её ввод намечен на "
      "третий квартал 2026 года. На терминале будут склад временного хранения, площадка для перегрузки с "
      "казахстанских машин на китайские и стоянка на 200 машин. Китайская компания из округа Алтай, с которой "
      "ведутся переговоры, готова работать на терминале оператором перегрузки, но соглашение с ней пока не "
      "подписано, и её название ТОО не раскрывает до подписания. Вторую очередь терминала с холодильным складом "
      "инвестор рассчитывает начать после 2027 года."),
     ("Сарсенова Г.М. сообщила, что инвестор просит подвести к терминалу электроснабжение за счёт бюджета. "
      "Стоимость этих работ пока не определена, проектно-сметная документация будет готова в первом квартале "
      "2026 года. Нургалиев Д.С. отметил, что склад временного хранения должен быть включён в реестр владельцев "
      "таких складов до начала работы, иначе грузы на нём нельзя будет оформлять. Туреханов Б.Ж. добавил, что "
      "после ввода терминала на нём будет работать около 90 человек, в основном жители Зайсанского района."),
     [
         ("2.1. Подготовить проектно-сметную документацию на электроснабжение терминала.",
          "Срок: до 31 марта 2026 года.", "Ответственный: управление энергетики."),
         ("2.2. Включить терминал в перечень приоритетных проектов области.", "Срок: до 1 февраля 2026 года.",
          "Ответственный: управление предпринимательства."),
     ]),
    ("3. О переходе пункта пропуска на круглосуточный режим работы.",
     ("Абенова К.Т., который сообщил, что пункт пропуска работает ежедневно с 9 до 18 часов по местному времени. "
      "Казахстанская сторона готова перейти на круглосуточную работу с 1 марта 2026 года, но китайский порт Джеминай "
      "работает только в дневное время, и его согласие на продление работы пока не получено."),
     ("Омаров Т.Б. отметил, что без согласия китайской стороны круглосуточный режим не сократит очереди, и предложил "
      "поднять этот вопрос на заседании казахстанско-китайской подкомиссии по пунктам пропуска. Абенов К.Т. "
      "сообщил, что для круглосуточной работы пограничному наряду на пункте пропуска понадобятся ещё 14 "
      "сотрудников и освещение подъездной площадки. Нургалиев Д.С. сообщил, что таможенный пост сможет перейти на "
      "работу в три смены, если штат поста увеличат на 11 человек."),
     [
         (("3.1. Направить в Министерство иностранных дел предложение включить вопрос о круглосуточной работе пунктов "
          "пропуска «Майкапчагай» и Джеминай в повестку казахстанско-китайской подкомиссии."),
          "Срок: до 20 декабря 2025 года.", "Ответственный: управление предпринимательства."),
         ("3.2. Следующее заседание рабочей группы провести в феврале 2026 года.", "", ""),
     ]),
]
SIGNATURES = ["Председатель\tТ. Омаров", "Секретарь\tА. Ким"]
MIN_PAGE = "1"


def bold_line(doc, text: str, *, before: float = 6, after: float = 3, centre: bool = False):  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.keep_with_next = True
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(text).bold = True
    return p


def labelled(doc, label: str, text: str, *, after: float = 2):  # type: ignore[no-untyped-def]
    """A paragraph opening on a bold label («СЛУШАЛИ:») and its text, justified."""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(after)
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


def right_tab(doc, text: str, *, after: float = 0):  # type: ignore[no-untyped-def]
    """A line with its second part at a right tab at the text's edge (a place and a date, a post and a name)."""
    from docx.enum.text import WD_TAB_ALIGNMENT

    p = doc.add_paragraph(text)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_after = Pt(after)
    return p


def write_guide() -> None:
    doc, section = official_document(14, 3.0, 1.5, 2.0, 2.0)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = header.add_run(GUIDE_HEADER)
    run.font.size = Pt(9)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(footer, GUIDE_PAGE)

    for line in APPROVED:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(9.5)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(line).bold = line == APPROVED[0]
    centred(doc, GUIDE_HEAD, size=14, before=28, after=4)
    centred(doc, GUIDE_SUBJECT, size=14, after=10)
    centred(doc, GUIDE_PLACE, bold=False, size=14, after=18)
    for head, texts in GUIDE_SECTIONS:
        bold_line(doc, head, before=10, after=4, centre=True)
        for text in texts:
            justified(doc, text, after=3)
    p = bold_line(doc, ANNEX_HEAD, before=18, after=2)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bold_line(doc, ANNEX_SUBJECT, before=4, after=6, centre=True)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(ANNEX):
        cells = table.add_row().cells
        for c, text in enumerate(row):
            para = cells[c].paragraphs[0]
            para.paragraph_format.space_after = Pt(0)
            run = para.add_run(text)
            run.font.size = Pt(12)
            run.bold = r == 0
    for row in table.rows:
        for c, width in enumerate((Cm(8.0), Cm(4.5), Cm(3.5))):
            row.cells[c].width = width
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    run = p.add_run(DEVELOPER)
    run.italic = True
    run.font.size = Pt(11)

    save_fixed(doc, GUIDE, title="", author="dpchs_zhumabekova",
               created=dt.datetime(2025, 11, 10, 9, 14), modified=dt.datetime(2025, 11, 25, 17, 48), revision=14)


def write_minutes() -> None:
    doc, section = official_document(14, 3.0, 1.5, 2.0, 2.0)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(footer, MIN_PAGE)

    centred(doc, AKIMAT, size=13, after=16)
    centred(doc, MIN_HEAD, size=14, after=2)
    centred(doc, MIN_SUBJECT, size=14, after=12)
    right_tab(doc, MIN_PLACE, after=12)
    for line in (CHAIR, SECRETARY):
        justified(doc, line, indent=False, after=2)
    bold_line(doc, PRESENT_HEAD, before=6, after=2)
    for line in PRESENT:
        justified(doc, line, indent=False, after=0)
    justified(doc, INVITED, indent=False, after=8)
    bold_line(doc, AGENDA_HEAD, before=6, after=2, centre=True)
    for line in AGENDA:
        justified(doc, line, indent=False, after=0)
    for item, heard, spoke, decisions in ITEMS:
        bold_line(doc, item, before=12, after=4)
        labelled(doc, "СЛУШАЛИ:", heard)
        labelled(doc, "ВЫСТУПИЛИ:", spoke)
        bold_line(doc, "РЕШИЛИ:", before=4, after=2)
        for decision, deadline, responsible in decisions:
            justified(doc, decision, after=0)
            for line in (deadline, responsible):
                if line:
                    p = doc.add_paragraph()
                    p.paragraph_format.left_indent = Cm(1.25)
                    p.paragraph_format.space_after = Pt(0)
                    p.add_run(line).italic = True
    doc.add_paragraph().paragraph_format.space_after = Pt(12)
    for line in SIGNATURES:
        right_tab(doc, line, after=14)

    save_fixed(doc, MINUTES, title="", author="Ким Анна Викторовна",
               created=dt.datetime(2025, 11, 14, 16, 2), modified=dt.datetime(2025, 11, 17, 10, 37), revision=6)


def main() -> None:
    write_guide()
    write_minutes()


if __name__ == "__main__":
    main()
