"""Write the PDF file of the twenty-first fresh dev set with fpdf2:

eval/unseen21/ЖН №49 от 11.12.2025, стр. 3.pdf, one A3 page of a (fictional) regional weekly of Zhambyl region,
«Жамбылская неделя», as its print PDF is put on the paper's site: a page header (the page number, the paper's name, the
issue and date) over a rule; in three columns on the left a rubric in a dark band, the article's headline and lead
across the three columns, a byline, a photo (a grey box) with a one-line caption, the text with three subheadings and a
«СПРАВКА» box at its end; in the fourth column the page's other matter: «КОРОТКО» with two short local news items, a
weather box, an advertisement and a subscription notice; a footer line under a rule.

The texts are written for the twenty-first fresh dev set; the paper, its journalist, the officials, the expert, quotes
and figures are fictional (the Chu–Talas commission, the reservoirs, canals and places are real, but what is said of
them here is invented). Lines are filled greedily, left-aligned, with no hyphenation, in DejaVu fonts so that «», — and
№ are text; the page is written in reading order (header, the article's column one, two, three, then column four,
then the footer), which is the order pypdf extracts. The file has no title in its metadata (a page of several items
has none of its own), only the layout program as its creator.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen21_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen21"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
PAGE = HERE / "ЖН №49 от 11.12.2025, стр. 3.pdf"

PAPER = "ЖАМБЫЛСКАЯ НЕДЕЛЯ"
ISSUE = "№ 49 (2371) · четверг, 11 декабря 2025 года"
PAGE_NO = "3"
RUBRIC = "ВОДА И СОСЕДИ"
TITLE = "Чу и Талас: Казахстан оплатит почти половину содержания кыргызских плотин в 2026 году"
LEAD = (
    "Межгосударственная Чу-Таласская водохозяйственная комиссия утвердила в Бишкеке смету на будущий год и лимиты "
    "воды для Жамбылской области. О ремонте водосброса Кировского водохранилища стороны договорились лишь наполовину."
)
BYLINE = "Айгерим ЖАКЕНОВА, Тараз — Бишкек"
CAPTION = "Кировское водохранилище осенью. Фото автора"

# ("P", paragraph) or ("SUB", subheading)
BODY: list[tuple[str, str]] = [
    ("P", "Тридцать первое заседание комиссии прошло в Бишкеке 4 декабря. Казахстанскую часть комиссии возглавлял первый "
          "вице-министр водных ресурсов и ирригации Бауыржан Сейтказиев, кыргызскую — заместитель директора Службы водных "
          "ресурсов Нурлан Абдыкеримов. Заседание длилось два дня вместо одного: больше всего спорили о деньгах на ремонт."),
    ("P", "Смету на 2026 год утвердили в размере 2,84 млн долларов. Эти деньги идут на эксплуатацию сооружений "
          "межгосударственного пользования, которые стоят на территории Кыргызстана, но снабжают водой и казахстанские "
          "поля: Кировского водохранилища на Таласе, Орто-Токойского водохранилища на Чу, Чумышского гидроузла, Западного "
          "и Восточного Больших Чуйских каналов."),
    ("SUB", "Кто платит за плотины"),
    ("P", "Казахстан оплачивает свою долю затрат пропорционально воде, которую получает. На 2026 год она составит 47,3% "
          "сметы, то есть около 1,34 млн долларов. Остальное платит Кыргызстан. Деньги пойдут на зарплату 312 работников "
          "эксплуатационных служб, электроэнергию для насосов, очистку каналов и текущий ремонт."),
    ("P", "«Мы платим не за воду, а за то, чтобы сооружения, от которых зависят наши фермеры, не разрушились», — сказал "
          "Бауыржан Сейтказиев. По его словам, долг казахстанской стороны за 2024 год погашен в сентябре 2025 года. Сумму "
          "этого долга стороны не раскрывают."),
    ("P", "Дольше всего обсуждали водосброс Кировского водохранилища. Его бетонные конструкции не ремонтировались с конца "
          "1980-х годов, и в паводок 2024 года на водосбросе появились трещины. Ремонт оценён в 6,1 млн долларов. "
          "Казахстан согласился оплатить 40% этой суммы, но откуда возьмутся остальные деньги, пока не определено: "
          "кыргызская сторона ведёт переговоры с донорами, однако имена их не называет."),
    ("P", "«Если водосброс не отремонтировать до паводка 2027 года, рисковать придётся обеим странам», — заметил Нурлан "
          "Абдыкеримов."),
    ("P", "Кыргызская сторона добилась и другого: с 2026 года в смету впервые включены расходы на охрану сооружений. На "
          "плотине Кировского водохранилища появится круглосуточный пост, его содержание обойдётся примерно в 48 тыс. "
          "долларов в год."),
    ("SUB", "Сколько воды получит область"),
    ("P", "Нынешний вегетационный период выдался маловодным. По Таласу Жамбылская область получила 71% от установленного "
          "лимита, по Чу — 83%. Фермеры Таласского и Жамбылского районов летом жаловались, что вода на поля приходила с "
          "опозданием на две-три недели."),
    ("P", "На 2026 год комиссия сохранила прежний порядок деления стока. Воду Таласа стороны делят поровну, а из стока Чу "
          "Казахстан получает 42%. Точные объёмы в кубометрах будут установлены весной, когда гидрометеорологи дадут "
          "прогноз по снегозапасам в горах."),
    ("P", "Чтобы пережить маловодье, в области сокращают посевы влагоёмких культур. В 2025 году сахарную свёклу и "
          "люцерну на таласской воде заменили зерновыми и масличными примерно на 5,2 тыс. гектаров, а в 2026 году эту "
          "площадь обещают удвоить."),
    ("P", "От таласской воды в области зависит около 64 тыс. гектаров орошаемых земель. Сколько гектаров орошается из "
          "Чу, в областном управлении сельского хозяйства назвать не смогли."),
    ("SUB", "Датчики вместо линейки"),
    ("P", "В 2025 году 14 гидропостов на обеих реках оснастили автоматическими датчиками уровня и расхода воды. Проект "
          "оплатило правительство Швейцарии. Данные с постов каждые 15 минут передаются одновременно в Тараз и Бишкек, и "
          "спорить о том, сколько воды прошло через границу, стало сложнее. В 2026 году датчики должны появиться ещё на "
          "девяти постах."),
    ("P", "Параллельно Казахстан ремонтирует собственные сооружения на Чу. На Тасоткельском водохранилище в Шуском районе "
          "идёт реконструкция плотины стоимостью 19,7 млрд тенге, работы должны завершиться осенью 2026 года. После этого "
          "водохранилище сможет накапливать больше воды зимой, когда Кыргызстан сбрасывает её из Орто-Токоя."),
    ("P", "Эксперт Таразского регионального университета Гульмира Досжанова считает, что комиссии пора перейти от "
          "ежегодных смет к трёхлетним. «Каждый год стороны заново торгуются о каждой тысяче долларов, а ремонты "
          "откладываются. Трёхлетний бюджет позволил бы планировать работы заранее», — говорит она. По словам участников "
          "заседания, такое предложение в Бишкеке звучало, но решения по нему не приняли."),
    ("P", "Кыргызская сторона также сообщила о планах построить малую ГЭС на одном из притоков Таласа. Официально проект "
          "Казахстану пока не представлен, и его мощность на заседании не называлась."),
    ("P", "Следующее заседание комиссии пройдёт в Таразе в марте 2026 года, точная дата пока не назначена."),
]
BOX_TITLE = "СПРАВКА"
BOX_TEXT = (
    "Чу-Таласская водохозяйственная комиссия создана в 2006 году на основе межправительственного соглашения 2000 года. "
    "Это одна из немногих в Центральной Азии двусторонних комиссий, где страна ниже по течению платит за содержание "
    "сооружений на территории соседа. Секретариат комиссии работает в Бишкеке, заседания проходят поочерёдно в двух "
    "странах."
)

# the fourth column: the page's other matter
BRIEFS_HEAD = "КОРОТКО"
BRIEFS = [
    ("Новая ледовая арена", "В Таразе открыли ледовую арену на 1 200 зрителей. Первый матч на ней сыграет местная "
                            "хоккейная команда 14 декабря, билеты продаются в кассе арены."),
    ("Мост на трассе открыт", "На дороге Тараз — Каратау после ремонта открыли мост через реку Аса. Движение "
                              "по объездной дороге закрыто."),
]
WEATHER = ["ПОГОДА", "Тараз, 12–14 декабря", "Днём от −2 до +3, ночью от −8 до −12", "Ветер юго-западный, 3–5 м/с"]
AD = ["РЕКЛАМА", "Окна и двери ПВХ от производителя", "Замер и доставка бесплатно", "Тел.: 8 (7262) 55-41-20"]
SUBSCRIBE = ["ПОДПИСКА-2026", "Подписной индекс 65321", "На полугодие — 3 240 тенге", "Во всех отделениях «Казпочты»"]
FOOTER = "www.zhn.kz · Telegram: @zhambyl_nedelya · Перепечатка — только со ссылкой на «Жамбылскую неделю»"

DARK = (35, 55, 75)


class Page(FPDF):
    MARGIN = 14.0
    GAP = 6.0
    TOP = 22.0
    BOTTOM = 420 - 20.0

    def __init__(self) -> None:
        super().__init__(format="A3")
        self.col = 0
        self.cy = 0.0
        self.col_top = 0.0

    @property
    def col_w(self) -> float:
        return (self.w - 2 * self.MARGIN - 3 * self.GAP) / 4

    def col_x(self, col: int | None = None) -> float:
        return self.MARGIN + (self.col if col is None else col) * (self.col_w + self.GAP)

    def wrap(self, text: str, width: float) -> list[str]:
        lines, line = [], ""
        for word in text.split(" "):
            trial = f"{line} {word}" if line else word
            if self.get_string_width(trial) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        if line:
            lines.append(line)
        return lines

    def put(self, text: str, leading: float, last_col: int = 2) -> None:
        if self.cy + leading > self.BOTTOM:
            if self.col >= last_col:
                raise SystemExit("the article does not fit in its columns")
            self.col += 1
            self.cy = self.col_top
        self.set_xy(self.col_x(), self.cy)
        self.cell(self.col_w, leading, text)
        self.cy += leading

    def rows(self, lines: list[str], x: float, y: float, width: float, leading: float) -> float:
        """Each line at `x` from `y` down, `leading` apart; the `y` below the last."""
        for line in lines:
            self.set_xy(x, y)
            self.cell(width, leading, line)
            y += leading
        return y

    def para(self, text: str, font: str = "Serif", style: str = "", size: float = 9.6, leading: float = 4.45,
             after: float = 1.6) -> None:
        self.set_font(font, style, size)
        for line in self.wrap(text, self.col_w):
            self.put(line, leading)
        self.cy += after


def write_page() -> None:
    pdf = Page()
    pdf.add_font("Serif", "", str(FONTS / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONTS / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_creator("Adobe InDesign 18.5 (Windows)")
    pdf.set_creation_date(dt.datetime(2025, 12, 10, 17, 20, tzinfo=dt.UTC))
    pdf.add_page()
    m = pdf.MARGIN
    full = pdf.w - 2 * m

    # page header: the paper's name and issue on one line, the page number on the outer edge below the rule's end
    pdf.set_font("Sans", "B", 11)
    pdf.set_xy(m, 9)
    pdf.cell(full, 6, f"{PAPER}   {ISSUE}", align="L")
    pdf.set_font("Sans", "B", 16)
    pdf.set_xy(pdf.w - m - 20, 8)
    pdf.cell(20, 8, PAGE_NO, align="R")
    pdf.set_line_width(0.6)
    pdf.line(m, 17, pdf.w - m, 17)
    pdf.set_line_width(0.2)

    # the article's head across the first three columns
    wide = 3 * pdf.col_w + 2 * pdf.GAP
    pdf.set_fill_color(*DARK)
    pdf.rect(m, pdf.TOP, 48, 7, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(m + 2, pdf.TOP)
    pdf.cell(44, 7, RUBRIC)
    pdf.set_text_color(0, 0, 0)
    y = pdf.TOP + 11
    pdf.set_font("Sans", "B", 25)
    y = pdf.rows(pdf.wrap(TITLE, wide), m, y, wide, 11)
    y += 2
    pdf.set_font("Serif", "B", 12)
    y = pdf.rows(pdf.wrap(LEAD, wide), m, y, wide, 6)
    y += 2
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_xy(m, y)
    pdf.cell(wide, 5, BYLINE)
    y += 8
    pdf.line(m, y - 2, m + wide, y - 2)

    # the photo at the head of column one, its caption below
    pdf.col, pdf.col_top = 0, y
    pdf.set_fill_color(190, 196, 200)
    pdf.rect(pdf.col_x(), y, pdf.col_w, 46, style="F")
    pdf.cy = y + 47
    pdf.para(CAPTION, font="Sans", style="I", size=7.5, leading=3.6, after=3.0)

    for kind, text in BODY:
        if kind == "SUB":
            if pdf.cy + 5.2 + 3 * 4.45 > pdf.BOTTOM:  # a subheading never stands alone at a column's foot
                pdf.col, pdf.cy = pdf.col + 1, pdf.col_top
            pdf.cy += 1.2
            pdf.para(text, font="Sans", style="B", size=10.5, leading=5.2, after=1.0)
        else:
            pdf.para(text)

    # the box at the end of the text
    pdf.cy += 2
    top = pdf.cy
    pdf.set_fill_color(232, 236, 240)
    pdf.set_font("Serif", "", 9)
    box_lines = pdf.wrap(BOX_TEXT, pdf.col_w - 6)
    height = 7 + 4.2 * len(box_lines) + 3
    if top + height > pdf.BOTTOM:
        raise SystemExit("the box does not fit")
    pdf.rect(pdf.col_x(), top, pdf.col_w, height, style="F")
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_xy(pdf.col_x() + 3, top + 2)
    pdf.cell(pdf.col_w - 6, 5, BOX_TITLE)
    pdf.set_font("Serif", "", 9)
    pdf.rows(box_lines, pdf.col_x() + 3, top + 7, pdf.col_w - 6, 4.2)
    print("article ends in column", pdf.col + 1, "at", round(top + height), "mm")

    # the fourth column
    x4 = pdf.col_x(3)
    pdf.line(x4 - pdf.GAP / 2, pdf.TOP, x4 - pdf.GAP / 2, pdf.BOTTOM)
    y = pdf.TOP
    pdf.set_fill_color(*DARK)
    pdf.rect(x4, y, pdf.col_w, 7, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(x4 + 2, y)
    pdf.cell(pdf.col_w - 4, 7, BRIEFS_HEAD)
    pdf.set_text_color(0, 0, 0)
    y += 10
    for head, text in BRIEFS:
        pdf.set_font("Sans", "B", 9.5)
        y = pdf.rows(pdf.wrap(head, pdf.col_w), x4, y, pdf.col_w, 5)
        pdf.set_font("Serif", "", 9)
        y = pdf.rows(pdf.wrap(text, pdf.col_w), x4, y, pdf.col_w, 4.3)
        y += 4
    for block, fill in ((WEATHER, (222, 234, 244)), (AD, (250, 240, 210)), (SUBSCRIBE, (232, 236, 240))):
        y += 4
        pdf.set_font("Serif", "", 9)
        lines = [pdf.wrap(t, pdf.col_w - 6) for t in block[1:]]
        height = 8 + 4.4 * sum(len(x) for x in lines) + 3
        pdf.set_fill_color(*fill)
        pdf.rect(x4, y, pdf.col_w, height, style="F")
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(x4 + 3, y + 2)
        pdf.cell(pdf.col_w - 6, 5, block[0])
        pdf.set_font("Serif", "", 9)
        yy = y + 8
        for group in lines:
            yy = pdf.rows(group, x4 + 3, yy, pdf.col_w - 6, 4.4)
        y += height

    # footer
    pdf.line(m, pdf.h - 16, pdf.w - m, pdf.h - 16)
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(m, pdf.h - 14)
    pdf.cell(full, 5, FOOTER, align="C")
    pdf.output(str(PAGE))
    print(PAGE.name, pdf.pages_count, "page")


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    write_page()
