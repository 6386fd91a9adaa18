"""Write the two Word files of the twenty-fifth fresh dev set with python-docx:

1. eval/unseen25/PR_Tuyamuyun-agreement_DRAFT3 (DA comments).docx — a (fictional) joint commission's press release in
   English as its press officer circulates the draft: a letterhead of three paragraphs in the page header (the
   commission's name, its address line, a "DRAFT 3 – not for release before clearance" line); "PRESS RELEASE",
   "For immediate release" and the place and date; the headline in Word's Title style and an italic subheadline;
   thirteen paragraphs; "– ENDS –"; "Notes to editors" over two paragraphs; a media contact line; a footer of the
   release's number and the file's path. It keeps the remnants of review: a comment on a figure, a deleted sentence
   and an inserted sentence left as tracked changes (w:del / w:ins at the end of their paragraphs).
2. eval/unseen25/Выступление Каримов РАТС 11.12.2025 v5.docx — a (fictional) institute director's speech in Russian as a
   Word file: a page header «ПРОЕКТ · Сверить при произнесении»; «ВЫСТУПЛЕНИЕ», the speaker's post and name, the event and
   the place and date, one a paragraph; the speech's subject in Word's Title style; the salutation; fourteen
   paragraphs; «Благодарю за внимание.»; a footer of the file's path and «Регламент: 10 минут». It keeps a comment
   and a tracked deletion.

The texts are written for this set; the commission, the institute, people, quotes and figures are fictional (the
Tuyamuyun hydro complex, the Amu Darya, the ICWC, the Asian Development Bank, the SCO's Regional Anti-Terrorist
Structure, UNODC and Telegram are real, but what they do or say here is invented).
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen25_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

HERE = Path(__file__).resolve().parent / "unseen25"
STAMP = "2025-12-10T09:12:00Z"


def tracked(paragraph, text: str, kind: str, author: str, rid: int) -> None:  # type: ignore[no-untyped-def]
    """Append a tracked insertion (w:ins) or deletion (w:del) of `text` at the end of `paragraph`."""
    if kind == "ins":
        xml = (f'<w:ins {nsdecls("w")} w:id="{rid}" w:author="{author}" w:date="{STAMP}"><w:r>'
               f'<w:t xml:space="preserve">{text}</w:t></w:r></w:ins>')
    else:
        xml = (f'<w:del {nsdecls("w")} w:id="{rid}" w:author="{author}" w:date="{STAMP}"><w:r>'
               f'<w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>')
    paragraph._p.append(parse_xml(xml))


def with_comment(doc, paragraph, before: str, marked: str, after: str, comment: str, author: str,  # type: ignore[no-untyped-def]
                 initials: str) -> None:
    """Write a paragraph as three runs and anchor a comment on the middle one."""
    paragraph.add_run(before)
    run = paragraph.add_run(marked)
    paragraph.add_run(after)
    doc.add_comment(run, text=comment, author=author, initials=initials)


# ------------------------------------------------------------------------------------------------ 1. press release

PR = HERE / "PR_Tuyamuyun-agreement_DRAFT3 (DA comments).docx"
PR_HEADER = [
    "UZBEK–TURKMEN JOINT COMMISSION ON THE TUYAMUYUN HYDRO COMPLEX",
    "Secretariat · 18 Al-Khorazmiy Street, Urgench · secretariat@tuyamuyun-jc.org",
    "DRAFT 3 – not for release before clearance",
]
PR_TOP = ["PRESS RELEASE", "For immediate release", "Urgench, 10 December 2025"]
PR_TITLE = "Uzbekistan and Turkmenistan agree to guard and repair the Tuyamuyun dams together"
PR_SUB = (
    "A five-year agreement sets up a joint security unit, a shared flood warning network and one inspection regime for "
    "the four reservoirs on the lower Amu Darya"
)
PR_BODY = [
    "Uzbekistan and Turkmenistan signed an intergovernmental agreement on the safety and joint protection of the "
    "Tuyamuyun hydro complex in Urgench on 9 December 2025, at the eleventh meeting of their joint commission. It was "
    "signed for Uzbekistan by Deputy Minister of Water Resources Sherzod Kurbanov and for Turkmenistan by Merdan "
    "Orazov, deputy chairman of the State Committee for Water Management.",
    "The complex, commissioned in 1983, holds back the Amu Darya at the point where the river leaves the desert gorge "
    "above Khorezm. Its four reservoirs, the riverbed reservoir, Kaparas, Sultansanjar and Koshbulak, hold up to "
    "7.3 billion cubic metres when full and supply drinking and irrigation water to Khorezm region, the Republic of "
    "Karakalpakstan and Turkmenistan's Dashoguz province, home to about 3.6 million people.",
    "Much of the structure is ageing. The riverbed reservoir has lost about a third of its original capacity to silt, "
    "and the spillway gates are the ones installed more than forty years ago.",
    None,  # the paragraph with the comment, written below
    "The unit will be based in the complex's operations building and will receive six drones and a shared radio "
    "network, paid for by the two governments in equal parts.",
    "The agreement does not say whether the guards will carry weapons. That question, the commission said, will be "
    "settled in an implementing protocol to be drafted in the first half of 2026.",
    "A shared flood warning network will link 14 automatic gauging stations on the Amu Darya between Kerki in "
    "Turkmenistan and the dam. Their readings will reach the dispatch centres in Urgench and Dashoguz every hour "
    "instead of once a day, as now.",
    "The need for faster warnings was shown in July 2024, when the water at Tuyamuyun stood 1.4 metres above the "
    "warning level for four days and the two dispatch centres learned of the flood wave from different gauges at "
    "different times.",
    "Engineers of both states will inspect the dam, the spillway and the intakes together every spring, before the "
    "flood season; the first joint inspection is planned for March 2026, and its findings must reach both governments "
    "within 30 days.",
    "The sides also approved a list of repairs estimated at 186 million US dollars, covering the spillway gates, the "
    "dam crest and the Kaparas intake. Talks with the Asian Development Bank on financing have not been concluded, and "
    "the two governments have not yet agreed how the cost will be divided between them.",
    "\u201cFor forty years each of us has looked after its own side of the same dam. From now on we will check it, "
    "guard it and repair it as one structure,\u201d Mr Kurbanov said after the signing.",
    "\u201cThe people of Dashoguz and of Khorezm drink the same water. Its safety cannot stop at a line on a map,\u201d "
    "said Mr Orazov.",
    "Each side must also tell the other within six hours of any damage, unusual seepage or sudden change of level "
    "that it detects, and fishing and boating on the reservoirs will be allowed only in zones that the joint unit "
    "marks out before the 2026 season.",
    "The agreement does not change the shares of Amu Darya water that the Interstate Commission for Water "
    "Coordination sets for each state. In the dry summer of 2025 the limits below Tuyamuyun were met at 84 percent "
    "for both countries, the lowest level since 2021.",
    "The agreement is concluded for five years and will be renewed automatically unless either side objects. It enters "
    "into force once both states have completed their domestic procedures; no date for ratification has been set in "
    "either country.",
    "The joint commission will hold its next meeting in Dashoguz in the spring of 2026.",
]
PR_COMMENT_PARA = (
    "The agreement creates a joint security unit of ",
    "120 guards",
    ", 60 from each country, under a command that will rotate between the two sides every year. The guards will hold "
    "posts on the dam crest, at the spillway and at the Kaparas intake, and will patrol the reservoirs by boat from "
    "April to October.",
)
PR_END = "– ENDS –"
PR_NOTES_HEAD = "Notes to editors"
PR_NOTES = [
    "1. The Joint Commission on the Tuyamuyun Hydro Complex was set up by the two governments to coordinate the "
    "operation of the complex. It meets twice a year, in Urgench and in Dashoguz in turn.",
    "2. Photographs of the signing are available from the Secretariat on request.",
]
PR_CONTACT = "Media contact: Dilnoza Atajanova, press officer · press@tuyamuyun-jc.org"
PR_FOOTER = ["Press release No. 14/2025", "S:\\Press\\2025\\Releases\\PR_Tuyamuyun-agreement_DRAFT3.docx"]


def write_pr() -> None:
    doc = Document()
    doc.core_properties.author = "Dilnoza Atajanova"
    doc.core_properties.title = ""
    doc.core_properties.created = dt.datetime(2025, 12, 9, 18, 20)
    section = doc.sections[0]
    header = section.header
    header.paragraphs[0].text = PR_HEADER[0]
    header.paragraphs[0].runs[0].bold = True
    for line in PR_HEADER[1:]:
        p = header.add_paragraph(line)
        p.runs[0].font.size = Pt(8)
    header.paragraphs[2].runs[0].font.color.rgb = None
    for line in PR_TOP:
        p = doc.add_paragraph()
        p.add_run(line).bold = line == PR_TOP[0]
    doc.add_paragraph(PR_TITLE, style="Title")
    doc.add_paragraph().add_run(PR_SUB).italic = True
    rid = 101
    for text in PR_BODY:
        p = doc.add_paragraph()
        if text is None:
            with_comment(doc, p, *PR_COMMENT_PARA, comment="Confirm 120 with the Dashoguz side before release. – DA",
                         author="Dilnoza Atajanova", initials="DA")
            continue
        p.add_run(text)
        if text.startswith("Much of the structure"):
            tracked(p, " The dam itself remains in sound condition.", "del", "Sherzod Kurbanov", rid)
            rid += 1
        if text.startswith("A shared flood warning"):
            tracked(p, " Eight of the stations are already in place.", "ins", "Dilnoza Atajanova", rid)
            rid += 1
    doc.add_paragraph(PR_END)
    doc.add_paragraph(PR_NOTES_HEAD).runs[0].bold = True
    for text in PR_NOTES:
        doc.add_paragraph(text).runs[0].font.size = Pt(9)
    doc.add_paragraph(PR_CONTACT)
    footer = section.footer
    footer.paragraphs[0].text = PR_FOOTER[0]
    footer.add_paragraph(PR_FOOTER[1]).runs[0].font.size = Pt(7)
    doc.save(str(PR))


# ------------------------------------------------------------------------------------------------------- 2. speech

SP = HERE / "Выступление Каримов РАТС 11.12.2025 v5.docx"
SP_HEADER = "ПРОЕКТ · Сверить при произнесении"
SP_TOP = [
    "ВЫСТУПЛЕНИЕ",
    "директора Ташкентского института региональной безопасности Б. Т. Каримова",
    "на международной конференции «Противодействие вербовке в интернете: опыт Центральной Азии»",
    "Ташкент, 11 декабря 2025 года",
]
SP_TITLE = "Вербовщики ушли в мессенджеры: как Центральной Азии отвечать на новую угрозу"
SP_SALUTE = "Уважаемый господин председатель! Уважаемые коллеги!"
SP_BODY = [
    "Прежде всего позвольте поблагодарить Региональную антитеррористическую структуру ШОС и Управление ООН по "
    "наркотикам и преступности за то, что эта встреча впервые проходит в Ташкенте и впервые собрала не только "
    "сотрудников спецслужб, но и представителей школ, университетов и интернет-компаний.",
    "Десять лет назад вербовщик искал людей лично — в общежитиях мигрантов, на стройках, в неформальных кружках. "
    "Сегодня картина другая. Наш институт изучил 214 уголовных дел о вербовке, рассмотренных судами Узбекистана в "
    "2023–2025 годах, и в 187 из них первый контакт произошёл в мессенджере или в комментариях под видеороликом.",
    "Средний возраст завербованных по этим делам — 24 года. Почти половина из них в момент первого контакта работала "
    "за рубежом, прежде всего в России, а каждый пятый был студентом.",
    "Вербовщик больше не зовёт сразу воевать. Первые недели он говорит о несправедливости, о трудностях на чужбине, "
    "помогает советом и деньгами и только потом переводит разговор в закрытый чат. По нашим наблюдениям, от первого "
    "сообщения до просьбы о «конкретной помощи» проходит в среднем от двух до трёх месяцев.",
    "Меняется и язык. Если раньше почти все материалы выходили на арабском и русском, то теперь основная часть "
    "пропаганды, адресованной нашему региону, выпускается на узбекском, таджикском и кыргызском языках, в том числе "
    "медиаструктурами так называемого «Вилаята Хорасан».",
    "В 2025 году уполномоченные органы Узбекистана ограничили доступ к 3 460 каналам, группам и аккаунтам с такими "
    "материалами. Но блокировка сама по себе проблему не решает: закрытый канал возвращается под новым именем в "
    "среднем через девять дней.",
    None,  # the paragraph with the comment, written below
    "Особо скажу о женщинах. В 23 делах из 214 обвиняемыми были женщины, и почти все они познакомились с "
    "вербовщиком через страницы знакомств или группы взаимопомощи для жён мигрантов.",
    "После трагедии в «Крокус Сити Холле» в марте 2024 года обмен информацией с российскими коллегами стал заметно "
    "интенсивнее: совместная рабочая группа по вербовке среди мигрантов в 2025 году собиралась четыре раза, "
    "дважды в Москве и дважды в Ташкенте.",
    "Есть и группа риска, о которой говорят реже, — мигранты, высланные на родину и оставшиеся без работы и без "
    "права въезда обратно. Для них в 2025 году в Узбекистане открыты 12 центров адаптации при службах занятости, "
    "но пока через них прошли лишь около 3 000 человек.",
    "Отдельно скажу о финансировании. Деньги теперь собирают мелкими суммами, через криптовалюту и обычные системы "
    "денежных переводов; средний перевод по изученным нами делам составил около 150 долларов, то есть ничем не "
    "отличается от обычного перевода мигранта семье.",
    "Мы проверили и то, как быстро платформы реагируют на обращения наших органов. В среднем от жалобы до удаления "
    "материала проходит 11 дней, а по каждой третьей жалобе ответа нет вовсе. За это время ролик успевают посмотреть "
    "десятки тысяч человек.",
    "Коллеги из Кыргызстана и Таджикистана, с которыми мы обсуждали эти данные при подготовке конференции, видят у "
    "себя ту же картину: вербовка начинается в сети, вербуют молодых, и вербуют прежде всего тех, кто живёт далеко "
    "от дома. Значит, и отвечать нам нужно вместе, а не каждому у себя.",
    "Сколько выходцев из наших стран сейчас находится в рядах террористических группировок в Афганистане, достоверных "
    "оценок нет ни у нас, ни, насколько мне известно, у наших партнёров.",
    "Поэтому я хотел бы предложить не ещё одну декларацию, а три практических шага, которые можно сделать уже в "
    "следующем году.",
    "Первое — создать в Ташкенте региональный центр мониторинга интернет-контента на языках "
    "Центральной Азии, с участием всех пяти государств и под эгидой РАТС ШОС.",
    "Второе — договориться с крупными платформами о модераторах, владеющих нашими языками. Переговоры с Telegram на "
    "эту тему идут с весны, но пока не дали результата.",
    "Третье — профилактика в школах и вузах. С 2024 года в Узбекистане по программе распознавания признаков вербовки "
    "подготовлено 1 200 школьных психологов, и мы готовы поделиться методикой с соседями.",
    "Сроки создания регионального центра и источники его финансирования пока не определены: мы рассчитываем обсудить "
    "их на заседании Совета РАТС ШОС весной следующего года.",
]
SP_COMMENT_PARA = (
    "Помогает и обмен данными. В едином розыскном реестре РАТС ШОС сейчас около ",
    "2 700 человек",
    ", но сколько из них граждане государств Центральной Азии, структура не раскрывает, и это, на мой взгляд, "
    "пора менять.",
)
SP_END = "Благодарю за внимание."
SP_FOOTER = ["C:\\Users\\karimov_bt\\Documents\\Выступления\\2025\\Ташкент_РАТС_11.12_v5.docx", "Регламент: 10 минут"]


def write_speech() -> None:
    doc = Document()
    doc.core_properties.author = "Каримов Б. Т."
    doc.core_properties.title = ""
    doc.core_properties.created = dt.datetime(2025, 12, 8, 11, 40)
    section = doc.sections[0]
    section.header.paragraphs[0].text = SP_HEADER
    for i, line in enumerate(SP_TOP):
        p = doc.add_paragraph()
        p.add_run(line).bold = i == 0
    doc.add_paragraph(SP_TITLE, style="Title")
    doc.add_paragraph(SP_SALUTE)
    for text in SP_BODY:
        p = doc.add_paragraph()
        if text is None:
            with_comment(doc, p, *SP_COMMENT_PARA, comment="Проверить цифру по последнему докладу РАТС. — Д. С.",
                         author="Дилором Саидова", initials="ДС")
            continue
        p.add_run(text)
        if text.startswith("Меняется и язык"):
            tracked(p, " Видеоролики стали короче и профессиональнее.", "del", "Дилором Саидова", 201)
    doc.add_paragraph(SP_END)
    footer = section.footer
    footer.paragraphs[0].text = SP_FOOTER[0]
    footer.paragraphs[0].runs[0].font.size = Pt(7)
    footer.add_paragraph(SP_FOOTER[1])
    doc.save(str(SP))


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    write_pr()
    write_speech()
