"""Write the slides of the forty-eighth fresh dev set with fpdf2, as PowerPoint exports a deck to PDF:

eval/unseen48/Халяль_РК_страны_Залива_Тлеубердина_25.11.2025.pdf — the deck of a talk by the export director of
«Адал Өнім», a (fictional) Kazakh association of halal food producers, at a (fictional) forum in Almaty, exported from
PowerPoint to PDF ("File › Export › PDF", one slide a page): sixteen 16:9 landscape pages; a title slide (the talk's
title, the speaker with her post, the association, the forum, the city and date); thirteen content slides, each with
its title in a coloured band, three to six bullet points (sentence fragments or whole sentences with figures), two of
them with a bar chart drawn as shapes, its axis labels, values and legend as loose short lines; «Спасибо за внимание!
Вопросы?»; a contacts slide. Every slide but the title slide has the footer «Конфиденциально | Ассоциация «Адал Өнім»»
bottom left and its number bottom right.

Each line of a slide is placed as one cell (a bullet's marker as a cell of its own before its first line), the
title first, then the bullets, the chart's labels, the footer and the number, so that pypdf gives one line of text per
line of the slide. The metadata are PowerPoint's: the title as typed in the deck's properties and the author.

The texts are written for this set. Kazakhstan, the Gulf Cooperation Council and its members, the UAE's Ministry of
Industry and Advanced Technology, Saudi Arabia's Food and Drug Authority, Jebel Ali, Bandar Abbas, Sharjah, Almaty,
Shymkent and the Turkestan region are real; the association, the speaker, the forum, the Emirati group, the centre of
certification and all figures are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen48_slides.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen48"
DOC = HERE / "Халяль_РК_страны_Залива_Тлеубердина_25.11.2025.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

TITLE = "Казахстанский халяль на рынках Залива: итоги 2025 года и планы на 2026"
SPEAKER = "Айжан Тлеубердина, директор по экспорту"
ORG = "Ассоциация производителей халяльной продукции «Адал Өнім»"
EVENT = "Форум «Халал-Экспорт: Центральная Азия — Залив»"
PLACE_DATE = "Алматы, 25 ноября 2025 года"
FOOTER = "Конфиденциально | Ассоциация «Адал Өнім»"

# (title, bullets, chart or None); a chart: (caption, [(label, value)], legend, axis)
SLIDES = [
    ("Ассоциация сегодня", [
        "Объединяет 64 производителя мяса, муки, молока и кондитерских изделий",
        "Члены ассоциации дают около 70 % халяльного экспорта Казахстана",
        "Работаем с экспортёрами с 2016 года, представительство в Дубае открыто в 2023 году",
        "Помогаем пройти сертификацию, найти покупателя и организовать доставку",
    ], None),
    ("Почему Залив", [
        "Страны ССАГПЗ ввозят около 85 % потребляемого продовольствия",
        "Импорт халяльных продуктов питания в регион — порядка 53 млрд долларов в год",
        "Население растёт, туристический поток тоже: спрос на мясо и муку устойчив",
        "Казахстан близко по авиасообщению: 3,5–4 часа лёта из Алматы до Дубая",
    ], None),
    ("Экспорт Казахстана в страны Залива", [
        "За 10 месяцев 2025 года — 212 млн долларов против 148 млн за тот же период 2024 года",
        "ОАЭ — 61 % поставок, Саудовская Аравия — 22 %, Катар — 9 %",
        "По Кувейту, Оману и Бахрейну ассоциация отдельной статистики не ведёт",
        "Рост обеспечили мясо и мука, доля молочной продукции пока мала",
    ], ("Экспорт в страны ССАГПЗ, млн долл.", [("2022", 96), ("2023", 131), ("2024", 176), ("2025*", 255)],
        ["■ Экспорт, млн долл.", "* оценка ассоциации"], "млн долл.")),
    ("Саудовская Аравия: второй рынок", [
        "Поставки в королевство за 10 месяцев 2025 года — около 46,6 млн долларов",
        "Основной спрос — мука высшего сорта и говядина для сетей общественного питания",
        "Сезон хаджа даёт пик спроса на баранину в мае и июне",
        "Регистрация нового предприятия в реестре SFDA занимает от шести до девяти месяцев",
        "Прямого грузового авиарейса из Казахстана в Эр-Рияд пока нет",
    ], None),
    ("Структура поставок", [
        "Баранина и говядина — 38 % стоимости экспорта в регион",
        "Мука и макаронные изделия — 27 %",
        "Молочная продукция и сыры — 11 %, растительное масло — 9 %",
        "Остальное — кондитерские изделия, мёд, соки и детское питание",
        "Мясо растёт быстрее всего: плюс 64 % к прошлому году",
    ], None),
    ("Охлаждённая баранина: главный продукт", [
        "В 2025 году отправлено 9 400 тонн охлаждённой баранины",
        "Перевозка авиарейсами из Алматы и Шымкента в Дубай и Шарджу",
        "Четыре грузовых рейса в неделю, с марта 2026 года — шесть",
        "Авиадоставка обходится примерно в 1,9 доллара за килограмм",
        "Доля Казахстана в импорте баранины ОАЭ — 3,1 %",
    ], ("Поставки охлаждённой баранины, тонн", [("2023", 3900), ("2024", 6200), ("2025", 9400)],
        ["■ Дубай", "■ Шарджа"], "тонн")),
    ("Сертификация и допуск", [
        "27 казахстанских предприятий аккредитованы в ОАЭ, 11 — в Саудовской Аравии",
        "Центр сертификации «Халал Даму» признан в ОАЭ с марта 2025 года",
        "Признание центра в Саудовской Аравии ещё не получено, сроки SFDA не называет",
        "Инспекция SFDA посетила восемь предприятий в сентябре 2025 года",
    ], None),
    ("Логистика", [
        "Морем через Бендер-Аббас до Джебель-Али — около 24 дней",
        "Рефконтейнер Алматы — Джебель-Али стоит около 7 800 долларов",
        "Железной дорогой через Туркменистан и Иран до порта, дальше морем",
        "Нехватка рефконтейнеров зимой — главное узкое место маршрута",
        "Морем возят муку и масло, мясо — только самолётом",
    ], None),
    ("Конкуренты", [
        "Австралия, Индия и Пакистан держат основную часть рынка мяса",
        "Австралийская баранина дешевле казахстанской примерно на 12 %",
        "Наше преимущество — свежесть: от убоя до полки за 72 часа",
        "Бразилия усиливает позиции по говядине и птице",
        "Турецкие производители конкурируют с нами по муке и макаронам",
    ], None),
    ("Инвестиции из Залива", [
        "Эмиратская группа Al Waha Foods купила 49 % откормочной площадки в Туркестанской области",
        "Сумма сделки не раскрывается",
        "Мощность площадки — 40 тыс. голов мелкого рогатого скота единовременно",
        "Саудовские инвесторы изучают проект бойни в Жамбылской области",
    ], None),
    ("Господдержка экспортёров", [
        "Государство возмещает 50 % затрат на сертификацию",
        "Лимит возмещения — до 15 млн тенге на одно предприятие",
        "Субсидирование части затрат на авиадоставку с 2024 года",
        "Участие в выставке Gulfood за счёт бюджета: 19 компаний в 2025 году",
    ], None),
    ("Риски", [
        "Баранина на внутреннем рынке подорожала за год на 18 %",
        "Вывоз живого мелкого рогатого скота ограничен до 2026 года",
        "Продление ограничения обсуждается, решение правительством не принято",
        "Зависимость от двух авиаперевозчиков на грузовых рейсах",
    ], None),
    ("Цели на 2026 год", [
        "Экспорт в страны Залива — 300 млн долларов",
        "Плюс 15 предприятий в реестре Саудовской Аравии",
        "Торговый дом в Эр-Рияде — открытие в I квартале 2026 года",
        "Бюджет торгового дома пока не утверждён",
    ], None),
    ("Что мы предлагаем", [
        "Соглашение о взаимном признании халяль-сертификатов с Саудовской Аравией",
        "Долгосрочные контракты на грузовые авиарейсы",
        "Общий склад-холодильник ассоциации в Джебель-Али",
        "Единый бренд казахстанского халяля для всех стран Залива",
    ], None),
]

CLOSING = ["Спасибо за внимание!", "Вопросы?"]
CONTACTS = [
    "Контакты",
    "Айжан Тлеубердина",
    "a.tleuberdina@adal-onim.kz",
    "+7 727 355 41 80",
    "www.adal-onim.kz",
    "г. Алматы, ул. Жандосова, 58, офис 412",
]

W, H = 338.67, 190.5
GREEN = (0, 102, 76)


class Deck(FPDF):
    pass


def wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    out, cur = [], ""
    for word in text.split(" "):
        trial = f"{cur} {word}" if cur else word
        if pdf.get_string_width(trial) <= width:
            cur = trial
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def footer(pdf: FPDF, n: int) -> None:
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(14, H - 12)
    pdf.cell(160, 6, FOOTER)
    pdf.set_xy(W - 34, H - 12)
    pdf.cell(20, 6, str(n), align="R")
    pdf.set_text_color(0, 0, 0)


def chart(pdf: FPDF, spec: tuple, x: float, y: float, w: float, h: float) -> None:
    caption, bars, legend, axis = spec
    pdf.set_font("Sans", "B", 11)
    pdf.set_xy(x, y)
    pdf.cell(w, 6, caption)
    top, base = y + 14, y + h - 14
    left = x + 12
    pdf.set_draw_color(120, 120, 120)
    pdf.line(left, top, left, base)
    pdf.line(left, base, x + w, base)
    pdf.set_font("Sans", "", 9)
    pdf.set_xy(x, top - 6)
    pdf.cell(30, 5, axis)
    peak = max(v for _, v in bars)
    step = (w - 20) / len(bars)
    for i, (label, value) in enumerate(bars):
        bh = (base - top - 8) * value / peak
        bx = left + 6 + i * step
        pdf.set_fill_color(*GREEN)
        pdf.rect(bx, base - bh, step * 0.55, bh, style="F")
        pdf.set_xy(bx, base - bh - 6)
        pdf.cell(step * 0.55, 5, f"{value:,}".replace(",", " "), align="C")
    for i, (label, value) in enumerate(bars):  # the axis labels, one short line each
        bx = left + 6 + i * step
        pdf.set_xy(bx, base + 4 + i * 0.01)
        pdf.cell(step * 0.55, 5, label, align="C")
    pdf.set_font("Sans", "", 9)
    for j, item in enumerate(legend):
        pdf.set_xy(x + 12, base + 11 + j * 5)
        pdf.cell(w, 5, item)


def main() -> None:
    pdf = Deck(orientation="L", unit="mm", format=(H, W))
    pdf.set_auto_page_break(False)
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.set_title("Презентация PowerPoint")
    pdf.set_author("Tleuberdina A.")
    pdf.set_creator("Microsoft® PowerPoint® для Microsoft 365")
    pdf.set_producer("Microsoft® PowerPoint® для Microsoft 365")
    pdf.set_creation_date(dt.datetime(2025, 11, 24, 18, 3, tzinfo=dt.UTC))

    # the title slide
    pdf.add_page()
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, W, 8, style="F")
    pdf.set_font("Sans", "B", 30)
    y = 52
    for line in wrap(pdf, TITLE, W - 60):
        pdf.set_xy(30, y)
        pdf.cell(W - 60, 14, line)
        y += 14
    y += 10
    for text, size in ((SPEAKER, 16), (ORG, 14), (EVENT, 14), (PLACE_DATE, 14)):
        pdf.set_font("Sans", "", size)
        pdf.set_xy(30, y)
        pdf.cell(W - 60, 9, text)
        y += 10

    n = 1
    for title, bullets, spec in SLIDES:
        n += 1
        pdf.add_page()
        pdf.set_fill_color(*GREEN)
        pdf.rect(0, 0, W, 26, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Sans", "B", 24)
        pdf.set_xy(14, 8)
        pdf.cell(W - 28, 12, title)
        pdf.set_text_color(0, 0, 0)
        width = (W - 40) if spec is None else 170
        y = 40
        pdf.set_font("Sans", "", 17)
        for bullet in bullets:
            lines = wrap(pdf, bullet, width - 10)
            pdf.set_xy(16, y)
            pdf.cell(8, 9, "•")
            for line in lines:
                pdf.set_xy(26, y)
                pdf.cell(width - 10, 9, line)
                y += 9
            y += 5
        if spec is not None:
            chart(pdf, spec, 200, 36, 124, 124)
        footer(pdf, n)

    n += 1
    pdf.add_page()
    pdf.set_font("Sans", "B", 36)
    pdf.set_xy(0, 70)
    pdf.cell(W, 16, CLOSING[0], align="C")
    pdf.set_xy(0, 92)
    pdf.cell(W, 16, CLOSING[1], align="C")
    footer(pdf, n)

    n += 1
    pdf.add_page()
    pdf.set_font("Sans", "B", 26)
    pdf.set_xy(30, 40)
    pdf.cell(W - 60, 12, CONTACTS[0])
    pdf.set_font("Sans", "", 16)
    y = 62
    for line in CONTACTS[1:]:
        pdf.set_xy(30, y)
        pdf.cell(W - 60, 9, line)
        y += 11
    footer(pdf, n)
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
