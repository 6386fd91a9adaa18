"""Write the conference proceedings of the fifty-fourth fresh dev set with fpdf2:

eval/unseen54/Сборник_ЦА-Африка_2025_секция2_с84-87.pdf — the pages of a conference's book of abstracts («Материалы
конференции») that hold three abstracts of its second section, as the organisers put each section on their site as a
PDF cut from the typeset book (named by the book, the section and the pages): four A5 pages numbered 84 to 87 as in the
book; on every page a running header, the conference's name at the left and the page number at the right, over a
thin rule (one line in the text layer); the section's name at the top of the first page; then the abstracts one after
another, each as such books set them: «УДК …» at the left, the title in bold capitals (centred, over two lines), each
author's full name in bold italics and, under it, the author's degree, post, institution, city and country and e-mail
in italics; «Аннотация.» in bold opening its paragraph; «Ключевые слова:» in bold opening its two lines; the text in
justified paragraphs with first-line indents (pypdf reads the stretched word spaces as two or more spaces), with
non-breaking spaces inside numbers and before their units, and the references cited in square brackets; «Список
литературы» in bold and the numbered references in a smaller size. A paragraph may run on over a page break (under
the next page's running header). Each paragraph is set with multi_cell, so that each printed line is a line of the
text layer. The metadata are the layout program's: no title, its creator and producer, a fixed date.

The texts are written for this set. Tashkent, Uzbekistan, Kazakhstan, Kyrgyzstan, Kenya, Tanzania, Ethiopia, Egypt,
Algeria, Morocco, Nigeria, Ghana, Somalia, Turkmenistan, Iran, Bandar Abbas, Mombasa, Dar es Salaam, Nairobi, the
United Arab Emirates, Aktau, Baku, Poti, Alexandria, Cairo, the Caspian and the Black Sea, the statistical agencies
and the ministries named are real; the conference, the authors, their institutions, the journals and
works cited, the trading house, the working group and all figures are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen54_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from pdf_fonts import add_serif  # eval/pdf_fonts.py, beside this script

HERE = Path(__file__).resolve().parent / "unseen54"
DOC = HERE / "Сборник_ЦА-Африка_2025_секция2_с84-87.pdf"

FIRST_PAGE = 84
RUNNING_HEAD = "Центральная Азия и Африка: торговля, логистика, гуманитарные связи"
SECTION = "Секция 2. Торговля и транспортные коридоры"

# each abstract: УДК, title lines, authors (name, affiliation lines), annotation, keywords, paragraphs, references
ABSTRACTS = [
    {
        "udc": "УДК 327(575.1:676)+339.56",
        "title": "УЗБЕКИСТАН НА РЫНКАХ ВОСТОЧНОЙ АФРИКИ: УДОБРЕНИЯ, ПРЯЖА, ЛЕКАРСТВА",
        "authors": [
            ("Рахимова Дилноза Шухратовна",
             ["канд. экон. наук, доцент кафедры международной экономики,",
              "Ташкентский институт внешнеэкономических исследований,",
              "Ташкент, Узбекистан, d.rakhimova@tivei.example"]),
            ("Юлдашев Бобур Алишерович",
             ["магистрант, там же, b.yuldashev@tivei.example"]),
        ],
        "annotation": (
            "Рассматриваются структура и динамика экспорта Узбекистана в страны Восточной Африки в 2020–2025 гг., "
            "маршруты доставки и препятствия в расчётах."
        ),
        "keywords": "Узбекистан, Восточная Африка, Кения, Танзания, экспорт, удобрения, логистика.",
        "text": [
            "За последние пять лет Африка превратилась для внешнеэкономической политики Узбекистана из далёкой "
            "периферии в самостоятельное направление. В 2024 г. товарооборот республики со странами континента "
            "составил 286,4 млн долл., из них экспорт – 241,7 млн долл., что почти в 2,3 раза больше, чем в 2020 г. "
            "[1]. Крупнейшим партнёром остаётся Египет, на который приходится около 38 % оборота, однако быстрее "
            "всего растёт торговля со странами Восточной Африки – Кенией, Танзанией и Эфиопией.",
            "Основу поставок в этот регион составляют азотные удобрения. В 2024 г. в Кению и Танзанию отгружено "
            "126 тыс. т аммиачной селитры и карбамида против 31 тыс. т в 2022 г. Удобрения идут по железной дороге "
            "через Туркменистан и Иран до порта Бандар-Аббас, а оттуда морем до Момбасы и Дар-эс-Салама; по нашим "
            "расчётам, весь путь занимает от 34 до 41 суток [2]. Вторая статья экспорта – хлопковая пряжа, которую "
            "покупают текстильные фабрики Эфиопии: в 2024 г. её вывезено на 23,5 млн долл.",
            "Новым направлением стали лекарственные средства. К октябрю 2025 г. в Кении зарегистрировано 17 "
            "препаратов узбекских производителей, в основном антибиотики и инфузионные растворы, ещё 9 проходят "
            "регистрацию в Танзании. В июне 2025 г. в Найроби открылся Торговый дом Узбекистана, который взял на "
            "себя сертификацию и сбыт; объём вложенных в него средств не раскрывается.",
            "Главным препятствием остаются расчёты. Прямых корреспондентских отношений между банками Узбекистана и "
            "стран Восточной Африки нет, и почти все платежи проходят через банки ОАЭ, что удорожает сделку на 2–3 % "
            "[3]. Статистика не позволяет определить, какая часть узбекских товаров попадает в Африку через "
            "реэкспорт из Дубая, поэтому реальный объём поставок, вероятно, выше официального. Мы полагаем, что "
            "следующими шагами должны стать совместная логистическая компания с кенийскими партнёрами и открытие "
            "посольства в Найроби, решение о котором пока не принято.",
        ],
        "references": [
            "Внешнеторговый оборот Республики Узбекистан за 2024 год // Агентство статистики при Президенте "
            "Республики Узбекистан. – URL: https://stat.uz (дата обращения: 02.10.2025).",
            "Каримов А.Р. Южный коридор: иранские порты и выход узбекских грузов на рынки Африки // Вестник "
            "экономики и логистики. – 2024. – № 3. – С. 41–49.",
            "Omondi P., Wanjiru L. Paying for imports from Central Asia: the Gulf banking route // East African "
            "Trade Review. – 2025. – Vol. 7, No. 1. – P. 15–28.",
        ],
    },
    {
        "udc": "УДК 327(574:62)+338.439.5",
        "title": "КАЗАХСТАНСКОЕ ЗЕРНО В СЕВЕРНОЙ АФРИКЕ: МАРШРУТЫ И ОГРАНИЧЕНИЯ",
        "authors": [
            ("Сейткали Арман Нурланович",
             ["PhD, старший научный сотрудник,",
              "Институт аграрной политики и рынков,",
              "Астана, Казахстан, a.seitkali@iapm.example"]),
        ],
        "annotation": (
            "Анализируются поставки казахстанской пшеницы в Египет, Алжир и Марокко после урожая 2024 г., "
            "сравниваются маршруты через российские порты и через Кавказ."
        ),
        "keywords": "Казахстан, пшеница, Египет, Северная Африка, Транскаспийский маршрут, экспорт зерна.",
        "text": [
            "Рекордный урожай 2024 г. заставил Казахстан искать покупателей за пределами традиционных рынков – "
            "Центральной Азии, Афганистана и Китая. Одним из таких направлений стали страны Северной Африки. В "
            "2024/25 маркетинговом году (июль–июнь) Казахстан поставил в Египет, Алжир и Марокко 684 тыс. т "
            "пшеницы против 97 тыс. т годом ранее [1]. Крупнейшим покупателем стал Египет – 455 тыс. т, главным "
            "образом частные мукомольные компании; в государственных тендерах Египта казахстанское зерно пока не "
            "участвовало.",
            "Зерно идёт двумя путями. Основной объём перегружается в портах Азовского и Чёрного морей, куда "
            "доставляется по железной дороге в транзите через Россию; этот путь занимает 18–25 суток. С весны "
            "2025 г. часть партий отправляется по Транскаспийскому маршруту: через порт Актау паромами до Баку, "
            "далее по железной дороге до грузинского порта Поти. Первая такая партия, 27 тыс. т, вышла из Поти "
            "в Александрию 22 апреля 2025 г. Этот путь дороже: фрахт и перевалка обходятся в среднем в 74 долл. "
            "за тонну против 52 долл. на российском направлении, но он снижает зависимость от одного транзитёра "
            "[2].",
            "Сдерживает рост и качество. Покупатели Северной Африки требуют пшеницу с содержанием протеина не "
            "ниже 12,5 % и низкой влажностью, а в 2024 г. из-за дождей в уборку этим условиям, по данным "
            "отраслевого союза, отвечало лишь около 40 % собранного зерна третьего класса. Цены в контрактах с "
            "египетскими мельницами стороны не раскрывают.",
            "В 2025 г. Казахстан и Египет договорились создать совместную рабочую группу по фитосанитарным "
            "вопросам; её первое заседание намечено на февраль 2026 г. в Каире. Министерство сельского хозяйства "
            "ставит цель довести поставки в страны региона до 1 млн т к 2027 г. [3]. На наш взгляд, для этого "
            "понадобится собственная перевалочная мощность на Чёрном море: переговоры об аренде зернового "
            "терминала в Поти ведутся, но их условия не раскрываются.",
        ],
        "references": [
            "Экспорт зерна и продуктов его переработки по странам назначения, 2024/25 МГ // Министерство сельского "
            "хозяйства Республики Казахстан. – URL: https://www.gov.kz/memleket/entities/moa "
            "(дата обращения: 15.10.2025).",
            "Жакупов Е.С. Транскаспийский маршрут для зерновых грузов: тарифы и сроки // Аграрный рынок "
            "Евразии. – 2025. – № 2. – С. 22–31.",
            "Сейткали А.Н. Новые рынки казахстанской пшеницы. – Астана: ИАПР, 2025. – 96 с.",
        ],
    },
    {
        "udc": "УДК 378.014.25(575.2:6)",
        "title": "СТУДЕНТЫ ИЗ АФРИКИ В ВУЗАХ КЫРГЫЗСТАНА: ДИНАМИКА И ПРОБЛЕМЫ АДАПТАЦИИ",
        "authors": [
            ("Абдыкадырова Нуриза Бакытовна",
             ["преподаватель кафедры международных отношений,",
              "Бишкекский университет гуманитарных наук и технологий,",
              "Бишкек, Кыргызстан, n.abdykadyrova@buht.example"]),
        ],
        "annotation": (
            "Показаны рост числа студентов из стран Африки в Кыргызстане и основные трудности их адаптации."
        ),
        "keywords": "Кыргызстан, Африка, иностранные студенты, высшее образование, адаптация.",
        "text": [
            "В 2024/25 учебном году в вузах Кыргызстана обучались 1 960 студентов из стран Африки, прежде всего "
            "из Нигерии, Ганы, Египта и Сомали, тогда как пятью годами ранее их было около 600 [1]. Четыре из пяти "
            "африканских студентов учатся на медицинских специальностях, привлечённые невысокой платой за обучение "
            "и преподаванием на английском языке.",
            "Опрос 146 студентов, проведённый нами весной 2025 г., показал, что главными трудностями они считают "
            "получение виз и регистрации, а также поиск жилья. Лишь треть опрошенных намерена остаться в регионе "
            "после выпуска [2].",
        ],
        "references": [
            "Иностранные граждане, обучающиеся в вузах Кыргызской Республики, 2024/25 учебный год // Министерство "
            "науки, высшего образования и инноваций Кыргызской Республики. – Бишкек, 2025.",
            "Абдыкадырова Н.Б. Иностранные студенты в Бишкеке: результаты опроса 2025 года // Вестник БУГНТ. – "
            "2025. – № 4. – С. 77–84.",
        ],
    },
]


class Book(FPDF):
    def header(self) -> None:
        self.set_font("Serif", "I", 7.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(self.l_margin, 8)
        number = str(FIRST_PAGE + self.page_no() - 1)
        self.cell(self.epw, 4, f"{RUNNING_HEAD}    {number}", align="L")
        self.set_draw_color(90, 90, 90)
        self.set_line_width(0.2)
        self.line(self.l_margin, 12.6, self.w - self.r_margin, 12.6)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 16)


def tie(text: str) -> str:
    """Non-breaking spaces where a typesetter puts them: inside a number's groups, between a number and its unit."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u00a0", text)
    return re.sub(r"(?<=\d) (?=(?:тыс\.|млн|долл\.|т\b|%|г\.|гг\.|суток))", "\u00a0", text)


def paragraph(pdf: FPDF, text: str, *, size: float = 9.5, indent: float = 6, lead: str = "") -> None:
    """A paragraph with a first-line indent, each printed line a line of the text layer; `lead` in bold opens it."""
    pdf.set_font("Serif", "", size)
    if lead:
        pdf.set_x(pdf.l_margin + indent)
        pdf.set_font("Serif", "B", size)
        pdf.write(4.6, lead + " ")
        pdf.set_font("Serif", "", size)
        pdf.write(4.6, text)
        pdf.ln(4.6)
        return
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(pdf.epw, 4.6, " " * 5 + tie(text), align="J", new_x="LMARGIN", new_y="NEXT")


def main() -> None:
    pdf = Book(format="A5")
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(True, margin=14)
    add_serif(pdf)
    pdf.set_creator("Adobe InDesign 19.2 (Windows)")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_creation_date(dt.datetime(2025, 11, 28, 16, 5, tzinfo=dt.UTC))

    pdf.add_page()
    pdf.set_font("Serif", "B", 10)
    pdf.cell(pdf.epw, 6, SECTION, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for n, abstract in enumerate(ABSTRACTS):
        if n:
            pdf.ln(6)
            if pdf.get_y() > pdf.h - 70:
                pdf.add_page()
        pdf.set_font("Serif", "", 8.5)
        pdf.cell(pdf.epw, 4.4, abstract["udc"], align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.set_font("Serif", "B", 10)
        pdf.multi_cell(pdf.epw, 5, abstract["title"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for name, lines in abstract["authors"]:
            pdf.set_font("Serif", "BI", 9)
            pdf.cell(pdf.epw, 4.4, name, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Serif", "I", 8.5)
            for line in lines:
                pdf.cell(pdf.epw, 4.2, line, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.ln(1.5)
        pdf.set_font("Serif", "", 8.5)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(pdf.epw, 4.3, f"**Аннотация.** {tie(abstract['annotation'])}", align="J", markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 8.5)
        pdf.multi_cell(pdf.epw, 4.3, f"**Ключевые слова:** {abstract['keywords']}", align="L", markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for text in abstract["text"]:
            paragraph(pdf, text)
        pdf.ln(1.5)
        pdf.set_font("Serif", "B", 8.5)
        pdf.cell(pdf.epw, 4.4, "Список литературы", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 8)
        for i, ref in enumerate(abstract["references"], start=1):
            pdf.multi_cell(pdf.epw, 3.9, f"{i}. {ref}", align="L", new_x="LMARGIN", new_y="NEXT")
    assert pdf.page_no() == 4, pdf.page_no()
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
