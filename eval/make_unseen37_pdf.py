"""Write the PDF file of the thirty-seventh fresh dev set with fpdf2:

eval/unseen37/2025-12-04_Выступление_замминистра_ЭЭФ_ОБСЕ_RU.pdf — the text of a statement by a deputy minister of a
(fictional) Kyrgyz ministry at the closing session of an OSCE Economic and Environmental Forum, as its press service
puts it on the ministry's site: three A4 pages; at the top of the first page, right-aligned in italics, «Проверять по
факту выступления»; a letterhead without a crest (the ministry's name in bold capitals over three lines, «Пресс-служба»
and an address line, over a rule); the statement's record lines «Выступление заместителя министра …» (over two lines),
«на заключительном заседании …» and the place and date; the statement's subject in bold as its headline; the
salutation over two lines, fourteen paragraphs with a first-line indent and «Благодарю за внимание.»; from the second
page on a page number alone at the top centre; a footer on every page with the press service's e-mail and site.

The texts are written for this set; the ministry, its deputy minister, the forum's session, the quotes and all figures
are fictional (Mailuu-Suu, Min-Kush, Shekaftar, Kadji-Sai, Kara-Balta, Tuya-Muyun, the Karadarya, the Fergana valley,
the OSCE, its Programme Office in Bishkek and the Aarhus centres, the EBRD and its Environmental Remediation Account
for Central Asia, the EurAsEC programme of remediation of uranium mining sites, Rosatom and the CIS are real, but what
is said of them here is invented).
Lines are filled greedily, left-aligned, with no hyphenation, in DejaVu Serif, each placed as one cell, so that pypdf
gives one line of text per line of the page; the page number is written first and the footer last on each page. The
file has no title in its metadata (the press service exported it from Word without filling the document's properties),
only Word as its creator and producer.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen37_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen37"
DOC = HERE / "2025-12-04_Выступление_замминистра_ЭЭФ_ОБСЕ_RU.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

CHECK = "Проверять по факту выступления"
LETTERHEAD = [
    "МИНИСТЕРСТВО ПО ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ",
    "И ЭКОЛОГИЧЕСКОЙ БЕЗОПАСНОСТИ",
    "КЫРГЫЗСКОЙ РЕСПУБЛИКИ",
]
PRESS = "Пресс-служба"
ADDRESS = "720055, г. Бишкек, ул. Токтоналиева, 2/1 · тел.: +996 312 54-77-10"
RECORD = [
    (
        "Выступление заместителя министра по чрезвычайным ситуациям и экологической безопасности Кыргызской "
        "Республики А. Т. Шаршеева"
    ),
    "на заключительном заседании 33-го Экономико-экологического форума ОБСЕ",
    "Вена, 4 декабря 2025 года",
]
HEADLINE = "Урановое наследие: общая ответственность региона"
SALUTATION = ["Уважаемый господин Председатель!", "Уважаемые коллеги, дамы и господа!"]
FOOT = "Пресс-служба МЧСЭБ КР · press@mchseb.gov.kg · www.mchseb.gov.kg"

PARAS = [
    (
        "Позвольте поблагодарить председательство и Координатора экономической и экологической деятельности ОБСЕ за то, "
        "что вопрос наследия уранодобывающей промышленности включён в повестку заключительного заседания Форума. Для "
        "Кыргызской Республики это не исторический, а вполне практический вопрос, который касается безопасности миллионов "
        "людей в нескольких государствах Центральной Азии."
    ),
    (
        "Напомню масштаб проблемы. На территории республики находятся 92 хвостохранилища и 84 горных отвала, оставшиеся "
        "от горнодобывающих предприятий советского периода. Из них 35 хвостохранилищ — уранового происхождения, в них "
        "размещено около 48 млн кубических метров отходов. Большинство объектов расположено в горных долинах, "
        "подверженных оползням, селям и землетрясениям, и в поймах рек, которые текут в соседние страны."
    ),
    (
        "Наибольшую тревогу вызывает Майлуу-Суу, где в черте города и вокруг него находятся 23 хвостохранилища и 13 "
        "отвалов. Река Майлуу-Суу впадает в Карадарью, и любое попадание отходов в воду затронет Ферганскую долину, где "
        "живёт более 5 млн человек в Кыргызстане и Узбекистане. В апреле 2024 года оползень перекрыл русло реки на шесть "
        "часов. Хвостохранилище № 3 тогда не пострадало, но этот случай ещё раз показал, как мал запас времени."
    ),
    (
        "Второй очаг риска — район Кара-Балты в Чуйской долине, недалеко от границы с Казахстаном. Здесь за последние два "
        "года мы усилили наблюдение за подземными водами и ежеквартально передаём результаты казахстанским коллегам."
    ),
    (
        "Изменение климата эти риски увеличивает. По данным ситуационного центра министерства, за последние десять лет "
        "число селевых потоков в бассейнах рек, где расположены хвостохранилища, выросло почти вдвое: в 2025 году "
        "зарегистрировано 27 таких случаев. Ливни и быстрое таяние снега весной приходятся как раз на время, когда "
        "ограждающие дамбы наиболее уязвимы."
    ),
    (
        "Что уже сделано. По межгосударственной целевой программе ЕврАзЭС «Рекультивация территорий государств — членов "
        "ЕврАзЭС, подвергшихся воздействию уранодобывающих производств» в Кыргызстане выполнены работы на сумму около "
        "1,7 млрд рублей, прежде всего в Каджи-Сае и Майлуу-Суу. Основную часть средств предоставила Российская Федерация, "
        "а исполнителями выступили организации госкорпорации «Росатом». Мы признательны российским партнёрам за эту работу."
    ),
    (
        "Параллельно по линии Счёта экологической реабилитации для Центральной Азии, которым управляет Европейский банк "
        "реконструкции и развития, завершена рекультивация объекта Шекафтар, а на объекте Мин-Куш работы выполнены "
        "примерно на 70 процентов. Мы благодарим Европейский союз и других доноров Счёта."
    ),
    (
        "Из республиканского бюджета на содержание и охрану объектов в 2025 году выделено 214 млн сомов. Этого "
        "достаточно для текущего обслуживания, укрепления ограждений и работы охраны, но не для капитальных работ, "
        "которые требуют переноса отходов в новые, безопасные хранилища."
    ),
    (
        "В 2024 году мы ввели в строй автоматизированную систему мониторинга на 12 наиболее опасных хвостохранилищах. "
        "Система из 40 датчиков передаёт данные об уровне воды, смещениях грунта и радиационном фоне в ситуационный центр "
        "министерства в режиме реального времени. С 2025 года доступ к этим данным получили профильные ведомства "
        "Республики Узбекистан и Республики Таджикистан."
    ),
    (
        "Что осталось сделать. По нашей оценке, стоимость оставшихся работ по рекультивации приоритетных объектов "
        "составляет около 118 млн евро. В эту сумму не входят объект Туя-Муюн и вторая очередь работ в Каджи-Сае: точную "
        "стоимость работ на них мы пока не определили, проектные изыскания завершатся в 2026 году."
    ),
    (
        "Российская сторона предложила подготовить в рамках СНГ новую межгосударственную программу на 2026–2032 годы. "
        "Кыргызская Республика эту инициативу поддерживает. Бюджет программы и доли её участников пока не согласованы; "
        "проект будет внесён на рассмотрение Совета глав правительств СНГ."
    ),
    (
        "Европейский банк реконструкции и развития сообщил о намерении продлить работу Счёта экологической реабилитации. "
        "Мы приветствуем это решение. Сумма взносов новых доноров пока не объявлена, и мы призываем государства — "
        "участники ОБСЕ рассмотреть возможность участия."
    ),
    (
        "Хочу отдельно сказать о доверии населения. В 2025 году специалисты министерства провели радиологическое "
        "обследование жилых домов и школ в Майлуу-Суу и Мин-Куше, всего 1 460 зданий. Результаты будут опубликованы после "
        "их согласования с Министерством здравоохранения. При поддержке Программного офиса ОБСЕ в Бишкеке в Майлуу-Суу "
        "работает Орхусский центр, куда жители могут обратиться с вопросами о состоянии объектов."
    ),
    (
        "Рекультивация — это не только безопасность, но и экономика. Освобождённые земли в Мин-Куше мы намерены "
        "вернуть под пастбища, а в Майлуу-Суу — под промышленную площадку для местных предприятий. Мы рассчитываем, что "
        "это даст городу, который после закрытия рудников потерял большую часть рабочих мест, новую занятость."
    ),
    (
        "Уважаемые коллеги! Кыргызская Республика предлагает три практических шага. Первое — включить объекты уранового "
        "наследия в число приоритетов экономического и экологического измерения ОБСЕ на 2026 год. Второе — создать при "
        "поддержке ОБСЕ региональную рабочую группу Кыргызстана, Казахстана, Таджикистана и Узбекистана по обмену данными "
        "мониторинга. Третье — провести в 2026 году в Бишкеке донорскую конференцию и согласовать на ней финансирование "
        "оставшихся работ."
    ),
    "Урановое наследие не знает границ, и решить эту задачу в одиночку не сможет ни одно государство региона.",
]
CLOSING = "Благодарю за внимание."


class Statement(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_y(10)
            self.set_font("Serif", "", 10)
            self.cell(0, 5, str(self.page_no()), align="C")
            self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, FOOT, align="C")
        self.set_text_color(0, 0, 0)


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


def write(pdf: FPDF, text: str, style: str, size: float, lh: float, align: str = "L", indent: float = 0.0,
          family: str = "Serif") -> None:
    pdf.set_font(family, style, size)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for i, line in enumerate(lines_of(pdf, text, width, indent)):
        if pdf.get_y() + lh > pdf.h - 24:
            pdf.add_page()
        pdf.set_x(pdf.l_margin + (indent if i == 0 else 0.0))
        pdf.cell(0 if align != "L" else width - (indent if i == 0 else 0.0), lh, line, align=align,
                 new_x="LMARGIN", new_y="NEXT")


def main() -> None:
    pdf = Statement(format="A4")
    pdf.set_margins(25, 20, 15)
    pdf.set_auto_page_break(False)
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(DEJAVU / "DejaVuSerif-Italic.ttf"))
    pdf.set_creator("Microsoft® Word 2019")
    pdf.set_producer("Microsoft® Word 2019")
    pdf.set_creation_date(dt.datetime(2025, 12, 4, 16, 5, tzinfo=dt.UTC))

    pdf.add_page()
    write(pdf, CHECK, "I", 9, 5, "R")
    pdf.ln(4)
    for line in LETTERHEAD:
        write(pdf, line, "B", 11, 6, "C")
    write(pdf, PRESS, "", 10, 6, "C")
    write(pdf, ADDRESS, "", 8, 5, "C")
    pdf.ln(1)
    y = pdf.get_y()
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.ln(8)
    for line in RECORD:
        write(pdf, line, "", 10.5, 5.8, "C")
    pdf.ln(6)
    write(pdf, HEADLINE, "B", 13.5, 8, "C")
    pdf.ln(5)
    for line in SALUTATION:
        write(pdf, line, "", 11.5, 6.4, "C")
    pdf.ln(3)
    for para in PARAS:
        write(pdf, para, "", 11.5, 6.4, indent=10)
        pdf.ln(1.5)
    pdf.ln(3)
    write(pdf, CLOSING, "", 11.5, 6.4, indent=10)
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
