"""Write the Word file of the fifty-eighth fresh dev set with python-docx:

eval/unseen58/ПЗ к проекту ЗКР о ратификации СИДН с ОАЭ (27.11.2025).docx — the explanatory note of the Kyrgyz
government to its draft law ratifying an agreement with the United Arab Emirates on the avoidance of double taxation, as
the Ministry of Foreign Affairs, which brings the draft in, keeps it in Word (named by hand: «ПЗ» for «пояснительная
записка», «ЗКР» for «Закон Кыргызской Республики», «СИДН» for the agreement's usual initials, the partner and the date
of the version). «Проект» stands at the right margin of the first line; the title in bold capitals, «ПОЯСНИТЕЛЬНАЯ
ЗАПИСКА», over the draft law's name in bold, centred; seven numbered sections in bold run over justified paragraphs with
a first-line indent (the subject, the agreement's content article by article, the reasons, «Социально-экономические,
правовые и иные последствия», «Финансовые затраты», the public discussion and what is known of the partner's
procedures); the signature block («Министр иностранных дел Кыргызской Республики» and the minister's initials and name
after a right tab); then, on a new page, a second short document in the same file, «ФИНАНСОВО-ЭКОНОМИЧЕСКОЕ
ОБОСНОВАНИЕ» over the draft law's name, one paragraph and the same signature block, and «ПЕРЕЧЕНЬ» of the laws to be
amended with its «не потребуется»; the executor's line «Исп.: …, тел. …» in small type at the foot; a PAGE field in
the footer, at the right. The core properties are the ministry's template's (no title, the desk officer as author, fixed
dates), and the zip's members carry a fixed time, so the file is the same on every run (eval/docx_fixed.save_fixed).

The text is written for this set. The Kyrgyz Republic, its Ministry of Foreign Affairs, Ministry of Finance, State Tax
Service, Ministry of Economy and Commerce, National Statistical Committee and Jogorku Kenesh, the United Arab Emirates,
Abu Dhabi, the Abu Dhabi Fund for Development, the UAE's corporate tax of 2023 and the OECD's model tax convention are
real; the agreement, its terms, the commission's session, the minister, the officials and all figures are fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen58_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt
from docx_fixed import centred, justified, official_document, page_field, save_fixed  # eval/docx_fixed.py, beside this script

OUT = Path(__file__).resolve().parent / "unseen58" / "ПЗ к проекту ЗКР о ратификации СИДН с ОАЭ (27.11.2025).docx"

DRAFT = "Проект"
LAW = (
    "к проекту Закона Кыргызской Республики «О ратификации Соглашения между Правительством Кыргызской Республики и "
    "Правительством Объединённых Арабских Эмиратов об избежании двойного налогообложения и предотвращении уклонения от "
    "уплаты налогов на доходы»"
)
TITLE = "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА"
SIGN_POST = "Министр иностранных дел Кыргызской Республики"
SIGN_NAME = "Б. Ж. Иманкулов"
EXECUTOR = "Исп.: Омурбекова Н. К., тел.: +996 (312) 62-05-47"

# (section heading, [paragraphs])
SECTIONS = [
    ("1. Предмет регулирования и цель", [
        "Проект Закона Кыргызской Республики «О ратификации Соглашения между Правительством Кыргызской Республики и "
        "Правительством Объединённых Арабских Эмиратов об избежании двойного налогообложения и предотвращении "
        "уклонения от уплаты налогов на доходы» (далее — проект Закона) разработан Министерством иностранных дел "
        "Кыргызской Республики совместно с Министерством финансов и Государственной налоговой службой.",
        "Соглашение подписано в городе Абу-Даби 14 мая 2025 года на пятом заседании Межправительственной "
        "кыргызско-эмиратской комиссии по экономическому сотрудничеству. Целью проекта Закона является ратификация "
        "Соглашения, необходимая для его вступления в силу.",
    ]),
    ("2. Содержание Соглашения", [
        "Соглашение состоит из преамбулы и 30 статей и в основном следует Модельной налоговой конвенции ОЭСР.",
        "Статьи 1–4 определяют лиц и налоги, на которые распространяется Соглашение: в Кыргызской Республике — налог "
        "на прибыль и подоходный налог, в Объединённых Арабских Эмиратах — корпоративный налог, введённый в 2023 году, "
        "и налог на доходы.",
        "Статья 5 определяет постоянное учреждение. Строительная площадка или монтажный объект эмиратской компании "
        "образует постоянное учреждение в Кыргызской Республике, если работы продолжаются более 9 месяцев; прибыль от "
        "работ меньшей продолжительности облагается только в Эмиратах.",
        "Статьи 10–12 ограничивают налог, удерживаемый у источника выплаты. Дивиденды облагаются по ставке 5 процентов "
        "валовой суммы дивидендов, если получатель владеет не менее чем 10 процентами капитала выплачивающей их "
        "компании, и по ставке 10 процентов во всех остальных случаях. Проценты облагаются по ставке не выше 7 "
        "процентов, а проценты по займам правительств, центральных банков и Абу-Дабийского фонда развития "
        "освобождаются от налога. Роялти облагаются по ставке не выше 8 процентов.",
        "Статья 13 сохраняет за Кыргызской Республикой право облагать доход от продажи акций компании, более половины "
        "стоимости которой составляют недвижимое имущество или права пользования недрами в Кыргызской Республике. Это "
        "положение включено по настоянию кыргызской стороны с учётом интереса эмиратских инвесторов к "
        "горнодобывающей отрасли.",
        "Статья 15 устанавливает, что заработная плата гражданина одного государства, работающего в другом, облагается "
        "только в государстве его резидентства, если он находится в другом государстве не более 183 дней в течение "
        "любых 12 месяцев и вознаграждение выплачивает работодатель, не являющийся резидентом этого государства.",
        "Статья 26 предусматривает обмен информацией между налоговыми органами, статья 28 — отказ в льготах по "
        "Соглашению, если их получение было одной из основных целей сделки. Согласно статье 29 Соглашение вступает в "
        "силу на тридцатый день после даты получения последнего из письменных уведомлений о выполнении "
        "внутригосударственных процедур и применяется к доходам, полученным начиная с 1 января года, следующего за "
        "годом его вступления в силу. Соглашение заключено на неопределённый срок.",
    ]),
    ("3. Обоснование необходимости принятия", [
        "Объединённые Арабские Эмираты входят в число крупнейших инвесторов в экономику Кыргызской Республики. По "
        "данным Национального статистического комитета, прямые иностранные инвестиции из ОАЭ в 2024 году составили "
        "146,3 млн долларов США. В республике зарегистрировано 212 предприятий с участием эмиратского капитала, "
        "прежде всего в гостиничном хозяйстве, логистике и горнодобывающей отрасли. Товарооборот двух стран в 2024 году "
        "достиг 318,6 млн долларов США, из них на кыргызский экспорт, в основном золото, пришлось 271,8 млн долларов "
        "США.",
        "Отсутствие соглашения сдерживает новые вложения. Доходы эмиратских компаний облагаются в Кыргызской "
        "Республике у источника выплаты по ставкам Налогового кодекса, и, по информации Министерства экономики и "
        "коммерции, часть инвесторов вкладывает средства через компании в третьих странах, с которыми у Кыргызской "
        "Республики такие соглашения действуют. Ратификация позволит инвесторам работать напрямую и сделает их "
        "вложения видимыми в статистике.",
    ]),
    ("4. Социально-экономические, правовые и иные последствия", [
        "Принятие проекта Закона не повлечёт негативных социальных, экономических, правовых, правозащитных, гендерных, "
        "экологических и коррупционных последствий. Ожидается рост прямых инвестиций из ОАЭ, а граждане Кыргызской "
        "Республики, работающие в Эмиратах, будут защищены от двойного обложения своих доходов.",
        "Внесения изменений в Налоговый кодекс не потребуется: если международным договором установлены иные правила, "
        "применяются правила международного договора.",
    ]),
    ("5. Финансовые затраты", [
        "Принятие проекта Закона не потребует дополнительных расходов из республиканского бюджета. По оценке "
        "Министерства финансов, снижение ставок налога у источника выплаты может уменьшить поступления в бюджет до "
        "38 млн сомов в год; ожидается, что эти потери покроют налоги от новых инвестиций.",
    ]),
    ("6. Информация о результатах общественного обсуждения", [
        "Проект Закона в течение 30 дней был размещён на Едином портале общественного обсуждения проектов "
        "нормативных правовых актов. Замечаний и предложений не поступило.",
    ]),
    ("7. Выполнение внутригосударственных процедур эмиратской стороной", [
        "По информации, полученной по дипломатическим каналам, Соглашение находится на рассмотрении компетентных "
        "органов Объединённых Арабских Эмиратов. Сроки завершения эмиратской стороной внутригосударственных процедур "
        "пока не известны.",
    ]),
]
FINANCE_TITLE = "ФИНАНСОВО-ЭКОНОМИЧЕСКОЕ ОБОСНОВАНИЕ"
FINANCE = (
    "Принятие проекта Закона не потребует дополнительных финансовых затрат из республиканского бюджета. Расходы на "
    "обмен информацией по статье 26 Соглашения Государственная налоговая служба покроет в пределах средств, "
    "предусмотренных на её содержание."
)
LIST_TITLE = "ПЕРЕЧЕНЬ"
LIST_WHAT = (
    "законов Кыргызской Республики, подлежащих изменению, дополнению или признанию утратившими силу в связи с "
    "принятием проекта Закона"
)
LIST_TEXT = (
    "Признания утратившими силу, приостановления, изменения или дополнения иных законов Кыргызской Республики в "
    "связи с принятием проекта Закона не потребуется."
)


def signature(doc, before: float = 28) -> None:  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    run = p.add_run(f"{SIGN_POST}\t{SIGN_NAME}")
    run.bold = True


def main() -> None:
    doc, section = official_document(14, 3.0, 1.5, 2.0, 2.0)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(footer, "1")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run(DRAFT)
    run.italic, run.font.size = True, Pt(12)

    centred(doc, TITLE, size=14, before=12)
    centred(doc, LAW, after=12)
    for heading, paras in SECTIONS:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1.25)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(heading).bold = True
        for text in paras:
            justified(doc, text)
    signature(doc)

    # the second document of the file, on a page of its own
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    centred(doc, FINANCE_TITLE, size=14)
    centred(doc, LAW, after=12)
    justified(doc, FINANCE)
    signature(doc, before=20)
    centred(doc, LIST_TITLE, size=14, before=28)
    centred(doc, LIST_WHAT, bold=False, after=12)
    justified(doc, LIST_TEXT)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(60)
    run = p.add_run(EXECUTOR)
    run.font.size = Pt(9)

    save_fixed(doc, OUT, title="", author="Омурбекова Н. К.", created=dt.datetime(2025, 6, 3, 10, 12),
               modified=dt.datetime(2025, 11, 27, 16, 41), revision=17)


if __name__ == "__main__":
    main()
