"""Write the two PDF files of the fifty-sixth fresh dev set with fpdf2:

eval/unseen56/MSR_RAC_Turkmenistan_Affirmed-B+_Positive_05-Dec-2025.pdf — a rating action commentary of Meridian
Sovereign Ratings, a (fictional) London credit rating agency, as it is downloaded from the agency's site: five A4
pages; on the first a navy band with the agency's name and "RATING ACTION COMMENTARY", the headline "Meridian Sovereign
Ratings Affirms Turkmenistan at 'B+'; Outlook Positive", the city and date line, the lead; "Key Rating Drivers" with
a bold lead sentence opening each paragraph; "Rating Sensitivities" with the two lists of factors ("Factors that
could, individually or collectively, lead to negative rating action/downgrade:" and the positive ones), each factor a
bold label and its sentence; "Rating Actions" over a small table (the rating list: rating, action, prior); "ESG
Considerations" with a boilerplate line; "Sources of Information" and "Applicable Criteria"; the "Media Relations:"
line and the analysts' blocks (name, title, telephone, e-mail, the agency's address); "Additional information is
available on …"; the long disclaimer in capitals; on every page a running footer with the agency's name, the kind of
document, the date and "Page N of 5". Each paragraph is set with multi_cell, so each printed line is a line of the
text layer. Metadata: the agency's report tool as creator, a title that is the file's slug, not the headline.

eval/unseen56/GP_47_2025_polosa-1_PRINT.pdf — the front page («полоса 1») of «Голос Прииссыккулья», a (fictional)
regional weekly of the Issyk-Kul region in Russian, as the printing house's PDF: one A3 page; the masthead (the
paper's name in large capitals, «Общественно-политическая газета Иссык-Кульской области», «Выходит с 1931 года»,
«№ 47 (10 512)», the date, «Подписной индекс 68214», «Цена свободная», the site) over a double rule; the page's rubric
line in a dark band; the main article across three justified columns (headline, bold lead, byline, a photo as a
grey box over columns two and three with its caption and credit, three subheadings and «Справка» at its end); beside
it, behind a vertical rule, «КОРОТКО» in a dark band over three short news items with their own headlines and an
advertisement box; at the foot, under a rule, the imprint («Учредители:
…», «Главный редактор …», the address, the registration, «Тираж 3 500 экз.», «Заказ № …», «Подписано в печать …»,
the printing house, the note on authors' opinions) and the page number. The columns are laid out line by line from
the lines fpdf2 itself breaks (justified; a paragraph that runs on into the next column is cut where its line falls),
in reading order: masthead, rubric, headline, lead, column one, two, three, the side column, the imprint. Numbers keep
their groups and units on one line (non-breaking spaces), as a typesetter sets them. No title in the metadata, the
layout program as creator.

The texts are written for this set. Turkmenistan, Ashgabat, the Central Bank of Turkmenistan, the Galkynysh field,
the Central Asia–China gas pipeline, China National Petroleum Corporation, China Development Bank, the Japan Bank for
International Cooperation, the Islamic Development Bank, the Abu Dhabi Fund for Development, Arkadag, the manat's
official rate of 3.5 to the dollar since 2015, Turkey and Russia are real; the agency, its analysts, its opinions,
its estimates and all figures are fictional. The Issyk-Kul region, Karakol, Tüp, the Karkara (Karkyra)–Kegen
crossing, Kegen, the Almaty region, Kordai, Ak-Tilek, Santash, Ananyevo, the Issyk-Kul airport at Tamchy, the
Eurasian Economic Union, the Border Service and the Ministry of Transport and Communications of Kyrgyzstan are real;
the paper, its people, the protocol, the forum, the flights, the grant, the figures and the quotes are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen56_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from pdf_columns import NBSP, fitting  # eval/pdf_columns.py, beside this script
from pdf_fonts import DEJAVU, add_serif  # eval/pdf_fonts.py, beside this script

HERE = Path(__file__).resolve().parent / "unseen56"
RATING = HERE / "MSR_RAC_Turkmenistan_Affirmed-B+_Positive_05-Dec-2025.pdf"
PAGE = HERE / "GP_47_2025_polosa-1_PRINT.pdf"
LIBERATION = Path("/usr/share/fonts/truetype/liberation")

# --------------------------------------------------------------------------- the rating action commentary

AGENCY = "MERIDIAN SOVEREIGN RATINGS"
KIND = "RATING ACTION COMMENTARY"
HEADLINE = "Meridian Sovereign Ratings Affirms Turkmenistan at 'B+'; Outlook Positive"
DATELINE = "London, 5 December 2025"
LEAD = (
    "Meridian Sovereign Ratings (MSR) has affirmed Turkmenistan's Long-Term Foreign-Currency Issuer Rating at 'B+' "
    "with a Positive Outlook. MSR has also affirmed the Long-Term Local-Currency Issuer Rating at 'B+', the "
    "Short-Term Foreign-Currency Rating at 'B' and the Country Ceiling at 'B+'. A full list of rating actions is at "
    "the end of this commentary."
)
DRIVERS_HEAD = "Key Rating Drivers"
DRIVERS = [
    ("Buffers Balanced Against Governance and Data.",
     "Turkmenistan's ratings balance a very low government debt ratio and a large net external creditor position "
     "against weak governance, scarce and late official data, and a heavy reliance on one buyer for its main "
     "export. The Positive Outlook reflects the early repayment of external debt in 2024-2025 and the first steps "
     "towards publishing fiscal and external statistics, which, if sustained, would narrow the information gap that "
     "currently caps the rating."),
    ("China Takes Most of the Gas.",
     "MSR estimates that natural gas made up about 78% of goods exports in 2024, and that China bought roughly "
     "four-fifths of the gas Turkmenistan sold abroad, through the three lines of the Central Asia-China pipeline. "
     "Gas export receipts fell to an estimated USD 8.4 billion in 2024 from USD 9.6 billion in 2023, as contract "
     "prices, which follow oil prices with a lag, declined. The prices in the contracts with China National "
     "Petroleum Corporation are not disclosed. MSR's base case assumes receipts of USD 8.1 billion in 2025 and "
     "USD 7.9 billion in 2026. Construction of Line D, a fourth line through Uzbekistan, Tajikistan and "
     "Kyrgyzstan, has not started, and MSR does not include it in its forecasts."),
    ("External Debt Repaid Early.",
     "Public external debt fell to an estimated USD 1.9 billion at end-2024, or 2.6% of GDP, after the government "
     "repaid ahead of schedule the last of the loans that China Development Bank extended in 2009-2011 for the "
     "development of the Galkynysh gas field, which had been serviced through gas deliveries. The authorities have "
     "not said how much was outstanding before the early repayment. The remaining debt is owed mainly to the Japan "
     "Bank for International Cooperation and the Islamic Development Bank. MSR projects external debt service of "
     "about USD 420 million in 2026."),
    ("Gulf Lenders Gain Weight.",
     "Gulf and Islamic lenders are becoming a larger source of project finance. In 2025 the Islamic Development "
     "Bank approved USD 640 million for irrigation in the Lebap and Dashoguz regions and for a new grain terminal "
     "at the port of Turkmenbashi, and the Abu Dhabi Fund for Development signed a USD 250 million loan for power "
     "lines in the Mary region. An Abu Dhabi investor agreed in October 2025 to build a solar plant near Ashgabat; "
     "its cost has not been disclosed. These loans carry long maturities and concessional rates, and MSR expects "
     "external debt to stay below 5% of GDP through 2027."),
    ("Remittances Shift Towards Turkey.",
     "Income from Turkmen citizens working abroad is small next to that of the country's neighbours, but it has "
     "grown quickly. MSR estimates personal remittance inflows at about USD 460 million in 2024, 60% of them from "
     "Turkey, the main destination for Turkmen migrants, and about a quarter from Russia. Transfers through Russian "
     "payment systems have become harder since 2024, and a larger share is now thought to travel through informal "
     "channels that the statistics do not capture."),
    ("Reserves Large but Unpublished.",
     "The Central Bank of Turkmenistan does not publish its international reserves. MSR estimates the combined "
     "external assets of the central bank and the Stabilisation Fund at about USD 31 billion at end-2024, equal to "
     "about 17 months of current external payments, but it cannot verify their composition or liquidity, nor how "
     "much of them is held in gold."),
    ("Current Account Surplus Narrows.",
     "The current account surplus is estimated to narrow to 3.8% of GDP in 2025 from 5.1% in 2024, as gas receipts "
     "fall and imports of machinery and materials for state construction projects, including the new city of "
     "Arkadag, stay high. Turkey and China are the largest sources of imports."),
    ("Exchange Rate Distortions.",
     "The manat has been fixed at 3.5 to the US dollar since January 2015, while the rate on the parallel market "
     "was about 19.5 manat in November 2025. Access to foreign currency at the official rate is rationed, which "
     "holds back private investment and keeps the economy reliant on the state. MSR does not expect the two rates "
     "to be unified in the forecast period."),
    ("Growth Data Treated with Caution.",
     "Official data show real GDP growth of 6.3% in 2024, a figure MSR treats with caution; its own estimate, based "
     "on gas output and on partners' trade data, is about 2.5%. In 2025 the Ministry of Finance and Economy "
     "published an annual report on budget execution for the first time, covering 2024."),
]
SENSITIVITIES_HEAD = "Rating Sensitivities"
NEGATIVE_HEAD = "Factors that could, individually or collectively, lead to negative rating action/downgrade:"
NEGATIVE = [
    ("External Finances:",
     "A sustained fall in gas export receipts, for example from a dispute with the main buyer or lower energy "
     "prices, leading to a marked drawdown of external assets."),
    ("Public Finances:",
     "A significant rise in external borrowing by the government or by state-owned enterprises, or contingent "
     "liabilities from state construction projects falling on the budget."),
]
POSITIVE_HEAD = "Factors that could, individually or collectively, lead to positive rating action/upgrade:"
POSITIVE = [
    ("Structural:",
     "Regular publication of reserve and external debt data in line with international standards, allowing MSR to "
     "verify the size and liquidity of external assets."),
    ("External Finances:",
     "Diversification of gas exports away from China, for instance through larger sales to Europe or South Asia."),
    ("Macro:",
     "Steps towards unifying the official and parallel exchange rates without a disorderly depreciation."),
]
ACTIONS_HEAD = "Rating Actions"
ACTIONS = [
    ("Entity / Rating", "Rating", "Action", "Prior"),
    ("Turkmenistan", "", "", ""),
    ("Long-Term Foreign-Currency Issuer Rating", "B+", "Affirmed", "B+"),
    ("Long-Term Local-Currency Issuer Rating", "B+", "Affirmed", "B+"),
    ("Short-Term Foreign-Currency Rating", "B", "Affirmed", "B"),
    ("Country Ceiling", "B+", "Affirmed", "B+"),
]
ACTIONS_OUTLOOK = "Outlook: Positive (Long-Term Issuer Ratings)"
ESG_HEAD = "ESG Considerations"
ESG = (
    "Governance weighs most on Turkmenistan's ratings. The country is in the bottom decile of the World Bank's "
    "governance indicators for voice and accountability and for control of corruption, and the limited "
    "publication of data is itself a governance weakness under MSR's criteria. Environmental risks include methane "
    "leaks from ageing gas infrastructure, which could restrict sales to buyers that apply methane rules to imports."
)
ESG_BOILERPLATE = (
    "For more information on MSR's ESG relevance scores, including how they are assigned, see "
    "www.meridianratings.example/esg."
)
SOURCES_HEAD = "Sources of Information"
SOURCES = (
    "The principal sources of information used in the analysis are described in the Applicable Criteria. MSR also "
    "used the trade statistics of Turkmenistan's partner countries."
)
CRITERIA_HEAD = "Applicable Criteria"
CRITERIA = [
    "Sovereign Rating Criteria (effective 14 March 2025)",
    "Country Ceilings Criteria (effective 2 June 2025)",
]
MEDIA = "Media Relations: Harriet Coles, London, Tel: +44 20 7946 0852, Email: media@meridianratings.example"
ANALYSTS = [
    ("Primary Analyst", ["Dilnoza Yusupova", "Director", "+44 20 7946 0317", "dilnoza.yusupova@meridianratings.example",
                         "Meridian Sovereign Ratings Ltd, 12 Carrow Street, London EC2M 7RT"]),
    ("Secondary Analyst", ["Tobias Lindgren", "Associate Director", "+44 20 7946 0359",
                           "tobias.lindgren@meridianratings.example"]),
    ("Committee Chairperson", ["Marguerite Aubert", "Senior Director", "+44 20 7946 0270",
                               "marguerite.aubert@meridianratings.example"]),
]
MORE = "Additional information is available on www.meridianratings.example"
DISCLAIMER_HEAD = "DISCLAIMERS"
DISCLAIMER = [
    "ALL MERIDIAN SOVEREIGN RATINGS ARE SUBJECT TO LIMITATIONS AND DISCLAIMERS. PLEASE READ THEM AT "
    "WWW.MERIDIANRATINGS.EXAMPLE/DISCLAIMERS. THE DEFINITIONS OF EACH RATING SCALE AND RATING CATEGORY, THE "
    "CRITERIA AND METHODOLOGIES AND THE AGENCY'S CODE OF CONDUCT ARE PUBLISHED ON THE SAME SITE.",
    "A CREDIT RATING IS AN OPINION OF RELATIVE CREDIT RISK. IT IS NOT A STATEMENT OF FACT AND NOT A RECOMMENDATION "
    "TO BUY, SELL OR HOLD ANY SECURITY, AND IT DOES NOT COMMENT ON THE PRICE OF A SECURITY OR ON ITS SUITABILITY FOR "
    "ANY INVESTOR. RATINGS DO NOT ADDRESS RISKS OTHER THAN CREDIT RISK, INCLUDING MARKET, LIQUIDITY OR LEGAL RISK.",
    "IN ISSUING AND MAINTAINING ITS RATINGS, MERIDIAN SOVEREIGN RATINGS RELIES ON INFORMATION FROM ISSUERS, "
    "GOVERNMENTS AND OTHER SOURCES THAT IT BELIEVES TO BE CREDIBLE. IT DOES NOT AUDIT THAT INFORMATION AND CANNOT "
    "ENSURE THAT IT IS ACCURATE OR COMPLETE. WHERE OFFICIAL DATA ARE LIMITED, THE AGENCY'S ESTIMATES ARE USED AND "
    "MAY DIFFER MATERIALLY FROM OUTCOMES.",
    "RATINGS MAY BE CHANGED, PLACED UNDER REVIEW OR WITHDRAWN AT ANY TIME FOR ANY REASON IN THE SOLE DISCRETION OF "
    "THE AGENCY. THE AGENCY DOES NOT PROVIDE INVESTMENT, LEGAL, TAX OR ACCOUNTING ADVICE, AND NOTHING IN THIS "
    "COMMENTARY SHOULD BE READ AS SUCH ADVICE.",
    "THIS SOVEREIGN RATING IS AN UNSOLICITED RATING. THE RATED ENTITY DID NOT REQUEST IT AND DID NOT TAKE PART IN "
    "THE RATING PROCESS BEYOND PROVIDING PUBLIC INFORMATION. THE AGENCY RECEIVED NO FEE FROM THE RATED ENTITY.",
    "COPYRIGHT (C) 2025 MERIDIAN SOVEREIGN RATINGS LTD. ALL RIGHTS RESERVED. REPRODUCTION OR RETRANSMISSION IN "
    "WHOLE OR IN PART IS PROHIBITED EXCEPT BY PERMISSION. MERIDIAN SOVEREIGN RATINGS LTD IS REGISTERED WITH THE "
    "FINANCIAL CONDUCT AUTHORITY AS A CREDIT RATING AGENCY. REGISTERED IN ENGLAND AND WALES, COMPANY NO. 09876543.",
]
FOOTER_LEFT = "Meridian Sovereign Ratings  |  Rating Action Commentary  |  Turkmenistan  |  5 December 2025"
RATING_PAGES = 5

NAVY = (18, 38, 74)


class Commentary(FPDF):
    def footer(self) -> None:
        self.set_y(-14)
        self.set_draw_color(*NAVY)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.get_y() - 1.5, self.w - self.r_margin, self.get_y() - 1.5)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw - 25, 5, FOOTER_LEFT, align="L")
        self.cell(25, 5, f"Page {self.page_no()} of {RATING_PAGES}", align="R")
        self.set_text_color(0, 0, 0)


def heading(pdf: FPDF, text: str, *, before: float = 5) -> None:
    pdf.ln(before)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*NAVY)
    pdf.cell(pdf.epw, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def para(pdf: FPDF, text: str, *, size: float = 10, lead: str = "", after: float = 2.6) -> None:
    pdf.set_font("Sans", "", size)
    body = f"**{lead}** {text}" if lead else text
    pdf.multi_cell(pdf.epw, size * 0.5, body, align="L", markdown=bool(lead), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def write_rating() -> None:
    pdf = Commentary(format="A4")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    for style, name in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                        ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
        pdf.add_font("Sans", style, str(LIBERATION / name))
    pdf.set_title("msr-rac-turkmenistan-2025-12-05")
    pdf.set_author("Meridian Sovereign Ratings")
    pdf.set_creator("MSR Publisher 4.2")
    pdf.set_producer("MSR Publisher 4.2 PDF Engine")
    pdf.set_creation_date(dt.datetime(2025, 12, 5, 9, 14, tzinfo=dt.UTC))

    pdf.add_page()
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, pdf.w, 24, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(pdf.l_margin, 8)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(pdf.epw / 2, 8, AGENCY, align="L")
    pdf.set_font("Sans", "", 9)
    pdf.cell(pdf.epw / 2, 8, KIND, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, 34)
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(pdf.epw, 7.5, HEADLINE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(pdf.epw, 6, DATELINE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    para(pdf, LEAD, size=10.5)

    heading(pdf, DRIVERS_HEAD, before=3)
    for lead, text in DRIVERS:
        para(pdf, text, lead=lead)

    heading(pdf, SENSITIVITIES_HEAD)
    for head, items in ((NEGATIVE_HEAD, NEGATIVE), (POSITIVE_HEAD, POSITIVE)):
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(pdf.epw, 5, head, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for label, text in items:
            para(pdf, text, lead=label, after=1.8)
        pdf.ln(1.5)

    pdf.add_page()
    heading(pdf, ACTIONS_HEAD, before=0)
    widths = (88, 22, 28, 28)
    pdf.set_draw_color(170, 170, 170)
    pdf.set_line_width(0.2)
    for r, row in enumerate(ACTIONS):
        pdf.set_font("Sans", "B" if r in (0, 1) else "", 9)
        if r == 0:
            pdf.set_fill_color(225, 230, 240)
        for w, text in zip(widths, row):
            pdf.cell(w, 6.5, text, border="B", fill=r == 0, align="L")
        pdf.ln(6.5)
    pdf.ln(1.5)
    pdf.set_font("Sans", "I", 9)
    pdf.cell(pdf.epw, 5, ACTIONS_OUTLOOK, new_x="LMARGIN", new_y="NEXT")

    heading(pdf, ESG_HEAD)
    para(pdf, ESG)
    para(pdf, ESG_BOILERPLATE, size=8.5)

    pdf.add_page()
    heading(pdf, SOURCES_HEAD, before=0)
    para(pdf, SOURCES, size=9)
    heading(pdf, CRITERIA_HEAD)
    for line in CRITERIA:
        pdf.set_font("Sans", "", 9)
        pdf.cell(pdf.epw, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(pdf.epw, 4.8, MEDIA, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for head, lines in ANALYSTS:
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(pdf.epw, 5.2, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 9)
        for line in lines:
            pdf.cell(pdf.epw, 4.8, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.ln(2)
    pdf.set_font("Sans", "", 9)
    pdf.cell(pdf.epw, 5, MORE, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.set_font("Sans", "B", 9)
    pdf.cell(pdf.epw, 6, DISCLAIMER_HEAD, new_x="LMARGIN", new_y="NEXT")
    for text in DISCLAIMER:
        pdf.set_font("Sans", "", 8)
        pdf.multi_cell(pdf.epw, 4.3, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    assert pdf.page_no() == RATING_PAGES, pdf.page_no()
    pdf.output(str(RATING))


# --------------------------------------------------------------------------- the newspaper's front page

PAPER = "ГОЛОС ПРИИССЫККУЛЬЯ"
PAPER_KIND = "Общественно-политическая газета Иссык-Кульской области"
SINCE = "Выходит с 1931 года"
SITE = "golos-ik.kg"
ISSUE = "№ 47 (10 512)"
DATE = "Пятница, 5 декабря 2025 года"
INDEX = "Подписной индекс 68214 · Цена свободная"
RUBRIC = "ГРАНИЦА И СОСЕДИ"
TITLE = ("Каркыра без зимнего перерыва: пункт пропуска на границе с Казахстаном будет работать круглый год")
LEAD_RU = (
    "Кыргызстан и Казахстан подписали протокол, по которому пункт пропуска «Каркыра» на востоке области перестанет "
    "закрываться на зиму. Для Тюпского района и курортов Иссык-Куля это может означать новый поток гостей из Алматы, "
    "но дорогу к перевалу ещё предстоит привести в порядок."
)
BYLINE = "Бакыт ОРОЗБАЕВА, Тюп — Каркыра"
PHOTO_CAPTION = "Пункт пропуска «Каркыра» в октябре: очередь из машин с казахстанскими номерами."
PHOTO_CREDIT = "Фото автора"

# ("sub", subheading) or ("p", paragraph)
ARTICLE: list[tuple[str, str]] = [
    ("p", "Протокол о внесении изменений в межправительственное соглашение о пунктах пропуска через "
          "кыргызско-казахстанскую государственную границу подписали 27 ноября в Астане, на заседании "
          "межправительственного совета. Главное изменение касается нашей области: автомобильный пункт пропуска "
          "«Каркыра» — «Кеген» с 1 марта 2026 года будет работать круглый год, а не только с мая по октябрь, как "
          "сейчас."),
    ("sub", "Короче, чем через Кордай"),
    ("p", "Для жителей Алматы дорога на Иссык-Куль через Каркыру заметно короче, чем через Кордай и Бишкек: до "
          "Каракола — около 400 километров против почти 650. Поэтому летом этот пункт пропуска загружен до предела. "
          "По данным Пограничной службы, с 1 мая по 31 октября 2025 года через него прошли 214,6 тыс. человек и "
          "43,8 тыс. легковых автомобилей — на 17 % больше, чем годом раньше."),
    ("p", "Зимой гостям из Казахстана приходится ехать в объезд, и это видно по статистике. Из 612 тыс. граждан "
          "Казахстана, посетивших область в январе — октябре, на январь — апрель пришлось лишь около 9 %. «Лыжная "
          "база под Караколом в прошлом сезоне приняла 38 тысяч гостей, из них казахстанцев — примерно треть. Если "
          "граница будет открыта зимой, их станет больше», — считает владелец гостевого дома в Караколе Нурлан "
          "Джумабаев."),
    ("sub", "Дорога — главный вопрос"),
    ("p", "Сам протокол ничего не говорит о дороге, а она к зимней работе не готова. От села Тюп до границы — "
          "62 километра, и асфальт лежит только на первых 34. Дальше — гравий, который весной размывает. По словам "
          "заместителя полномочного представителя правительства в Иссык-Кульской области Алмаза Токтосунова, на "
          "зимнее содержание участка понадобится около 46 млн сомов в год, включая три новых грейдера и "
          "снегоочиститель."),
    ("p", "«В республиканском бюджете на 2026 год этих денег пока нет. Мы направили заявку в Министерство "
          "транспорта и коммуникаций и ждём ответа до конца декабря», — сказал он."),
    ("p", "Казахстанская сторона готовится активнее. На участке от Кегена до границы, как сообщили в акимате "
          "Алматинской области, к лету 2026 года отремонтируют 27 километров дороги и построят новый терминал "
          "пункта пропуска. Во сколько обойдётся терминал, в акимате не уточнили."),
    ("sub", "Грузовики и автобусы"),
    ("p", "По протоколу через Каркыру, как и раньше, смогут ездить только легковые машины и грузовики полной массой "
          "до 12 тонн. Крупные фуры по-прежнему пойдут через Кордай и Ак-Тилек. Пункт будет работать ежедневно "
          "с 8:00 до 20:00, а летом стороны могут договориться о круглосуточном режиме."),
    ("p", "Будут ли через Каркыру ходить рейсовые автобусы Алматы — Каракол, пока не решено. Для этого нужны "
          "разрешения по отдельному соглашению о международных автоперевозках, а переговоры о нём, как нам "
          "ответили в Министерстве транспорта и коммуникаций, ещё не начинались."),
    ("p", "В районе надеются, что круглогодичный пункт поможет и фермерам. В этом году хозяйства Тюпского района "
          "продали в Казахстан около 9,4 тыс. тонн картофеля, почти всё — через Кордай. «Через Каркыру до "
          "алматинских оптовых рынков на сутки быстрее, а зимой картошка как раз в цене», — говорит фермер из "
          "села Санташ Эркин Бообеков."),
    ("p", "В областном управлении туризма рассчитывают, что уже в первую зиму новый режим добавит области до 40 тыс. "
          "гостей из Казахстана. Гостиницы и гостевые дома Каракола к этому готовы: из 3 200 мест зимой, по данным "
          "управления, заполняется меньше трети."),
    ("p", "Таможенного досмотра на Каркыре, как и на всей границе двух стран ЕАЭС, нет: здесь проходят только "
          "пограничный и санитарный контроль. Но и они, по словам водителей, летом занимают до трёх часов, потому "
          "что на пункте работает одна досмотровая полоса в каждую сторону."),
    ("p", "Готовятся и пограничники. Пограничная служба обещает к марту увеличить смену на пункте пропуска с шести "
          "до десяти человек и поставить второй павильон для досмотра. Жилья для сотрудников рядом с пунктом нет, "
          "и где их разместят зимой, в службе не уточнили."),
    ("sub", "Справка"),
    ("p", "Пункт пропуска «Каркыра» — «Кеген» расположен в долине реки Каркыра на высоте около 2 000 метров. До сих "
          "пор он работал с 1 мая по 31 октября, с 9:00 до 18:00. Ближайшие круглогодичные автомобильные пункты "
          "пропуска между Иссык-Кульской и Алматинской областями находятся за сотни километров, на Кордае."),
]

BRIEFS_HEAD = "КОРОТКО"
BRIEFS = [
    ("Туроператоры едут в Каракол",
     "С 12 по 14 декабря в Караколе пройдёт зимний туристический форум. На него зарегистрировались 46 "
     "туроператоров, из них 19 из Казахстана, остальные из России, Узбекистана и Кыргызстана. Форум проводят "
     "областное управление туризма и ассоциация гостевых домов. В программе — поездка на лыжную базу и разговор "
     "о том, как продавать зимний Иссык-Куль."),
    ("Из Астаны — в Тамчы",
     "Казахстанская авиакомпания обещает летом 2026 года выполнять рейсы из Астаны в международный аэропорт "
     "«Иссык-Куль» в Тамчы дважды в неделю. В этом сезоне аэропорт принял 41 рейс из Алматы и Астаны."),
    ("Вода в Ананьево",
     "В селе Ананьево Иссык-Кульского района закончили строительство водопровода, построенного на грант "
     "Китайской Народной Республики. Проект обошёлся в 58 млн сомов, чистую воду получили 1 400 дворов. Следующим, "
     "по словам главы айыльного округа, станет соседнее село Чет-Байсоорун."),
]
AD_HEAD = "РЕКЛАМА"
AD = [
    "Гостевой дом «Тёплый ключ»",
    "г. Каракол",
    "Принимаем гостей круглый год.",
    "Сауна, завтраки, трансфер",
    "до лыжной базы.",
    "Тел.: +996 555 41 27 90",
]
IMPRINT_LEFT = [
    "Учредители: Полномочное представительство Правительства Кыргызской Республики",
    "в Иссык-Кульской области, трудовой коллектив редакции.",
    "Главный редактор Т. К. АБДРАИМОВА.",
    "Адрес редакции: 722200, г. Каракол, ул. Абдрахманова, 130. Тел.: (03922) 5-12-47.",
    "E-mail: golos-ik@mail.example",
    "Газета зарегистрирована в Министерстве юстиции Кыргызской Республики, свидетельство № 1782.",
]
IMPRINT_RIGHT = [
    "Тираж 3 500 экз. Заказ № 1186.",
    "Подписано в печать 04.12.2025 в 17:00 (по графику — в 18:00).",
    "Отпечатано в ОсОО «Ысык-Көл Басма», г. Каракол, ул. Токтогула, 201.",
    "Мнение авторов не всегда совпадает с мнением редакции.",
    "Рукописи не рецензируются и не возвращаются.",
]
PAGE_NUMBER = "1"


def tie(text: str) -> str:
    """Non-breaking spaces where a typesetter puts them: inside a number's groups, between a number and its unit or
    the word it counts, and between a short preposition and the number after it."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    units = ("тыс\\.|тысяч|млн|млрд|километр|тонн|сомов|человек|гостей|туроператоров|рейс|дворов|%|года|декабря|"
             "ноября|марта|мая|октября|апреля|км|лет|дней")
    text = re.sub(rf"(?<=\d) (?=(?:{units}))", NBSP, text)
    text = re.sub(r"(?<=тыс\.) (?=\w)", NBSP, text)
    text = re.sub(r"(?<=млн) (?=\w)", NBSP, text)
    return re.sub(r"\b(с|до|по|в|на|из|от|около|лишь) (?=\d)", lambda m: m.group(1) + NBSP, text)


def flow(pdf: FPDF, blocks: list[tuple[str, str]], columns: list[tuple[float, float, float]], width: float,
         *, size: float = 9.2, leading: float = 4.1) -> tuple[int, float]:
    """Set `blocks` in `columns` ((x, top, bottom) each), line by line as fpdf2 breaks them, justified; a paragraph
    that does not fit runs on into the next column, a subheading never ends a column."""
    col = 0
    x, y, bottom = columns[col]

    def next_column() -> None:
        nonlocal col, x, y, bottom
        col += 1
        x, y, bottom = columns[col]

    for kind, text in blocks:
        if kind == "sub":
            pdf.set_font("Serif", "B", size + 1.2)
            if y + 2.5 + 5.2 + 2 * leading > bottom:
                next_column()
            elif y > columns[col][1]:
                y += 2.5
            pdf.set_xy(x, y)
            pdf.multi_cell(width, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y() + 0.8
            continue
        pdf.set_font("Serif", "", size)
        rest = "   " + tie(text)  # the first line's indent
        while rest:
            room = int((bottom - y + 0.01) // leading)
            if room <= 0:
                next_column()
                continue
            chunk, rest = fitting(pdf, width, leading, rest, room, "J")
            pdf.set_xy(x, y)
            pdf.multi_cell(width, leading, chunk, align="J", new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y()
            if rest:
                next_column()
        y += 0.6
    return col, y


def write_page() -> None:
    pdf = FPDF(format="A3")
    pdf.set_margins(12, 10, 12)
    pdf.set_auto_page_break(False)
    add_serif(pdf)
    for style, name in (("", "DejaVuSansCondensed.ttf"), ("B", "DejaVuSansCondensed-Bold.ttf")):
        pdf.add_font("Cond", style, str(DEJAVU / name))
    pdf.set_creator("Adobe InDesign 18.5 (Windows)")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_creation_date(dt.datetime(2025, 12, 4, 16, 52, tzinfo=dt.UTC))
    pdf.add_page()
    left, full = pdf.l_margin, pdf.epw
    black = (0, 0, 0)

    # masthead
    pdf.set_font("Cond", "", 9)
    pdf.set_xy(left, 9)
    pdf.cell(full / 3, 5, PAPER_KIND, align="L")
    pdf.cell(full / 3, 5, SITE, align="C")
    pdf.cell(full / 3, 5, SINCE, align="R")
    pdf.set_draw_color(*black)
    pdf.set_line_width(0.3)
    pdf.line(left, 15.5, left + full, 15.5)
    pdf.set_font("Serif", "B", 50)
    pdf.set_xy(left, 17)
    pdf.cell(full, 22, PAPER, align="C")
    pdf.set_line_width(0.8)
    pdf.line(left, 41, left + full, 41)
    pdf.set_line_width(0.3)
    pdf.line(left, 42.3, left + full, 42.3)
    pdf.set_font("Cond", "B", 10)
    pdf.set_xy(left, 43.5)
    pdf.cell(full / 3, 6, ISSUE, align="L")
    pdf.cell(full / 3, 6, DATE, align="C")
    pdf.set_font("Cond", "", 9.5)
    pdf.cell(full / 3, 6, INDEX, align="R")
    pdf.line(left, 50.5, left + full, 50.5)

    # the main article's frame: three columns at the left, the side column at the right
    gutter, main_w = 5.0, 207.0
    col_w = (main_w - 2 * gutter) / 3
    side_x = left + main_w + 6
    side_w = left + full - side_x
    bottom = 374.0

    pdf.set_fill_color(35, 35, 35)
    pdf.rect(left, 54, 62, 7.5, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Cond", "B", 11)
    pdf.set_xy(left + 2, 54)
    pdf.cell(58, 7.5, RUBRIC, align="L")
    pdf.set_text_color(0, 0, 0)

    pdf.set_xy(left, 65)
    pdf.set_font("Serif", "B", 21)
    pdf.multi_cell(main_w, 9.0, TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)
    pdf.set_font("Serif", "B", 11)
    pdf.multi_cell(main_w, 5.4, tie(LEAD_RU), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "BI", 9.5)
    pdf.cell(main_w, 5, BYLINE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)
    top = pdf.get_y()

    # the photo over columns two and three, its caption and credit under it
    photo_x = left + col_w + gutter
    photo_w = 2 * col_w + gutter
    pdf.set_fill_color(200, 200, 200)
    pdf.rect(photo_x, top, photo_w, 54, style="F")
    pdf.set_font("Serif", "I", 8.2)
    pdf.set_xy(photo_x, top + 55.5)
    pdf.multi_cell(photo_w, 3.9, PHOTO_CAPTION, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(photo_x, pdf.get_y())
    pdf.set_font("Serif", "", 7.5)
    pdf.cell(photo_w, 3.8, PHOTO_CREDIT, align="R", new_x="LMARGIN", new_y="NEXT")
    below_photo = pdf.get_y() + 3.5

    columns = [(left, top, bottom), (photo_x, below_photo, bottom),
               (photo_x + col_w + gutter, below_photo, bottom)]
    end = flow(pdf, ARTICLE, columns, col_w)
    assert end[0] == 2 and end[1] > bottom - 30, end  # the article fills its three columns

    # the side column behind a vertical rule
    pdf.set_line_width(0.3)
    pdf.line(side_x - 3, 54, side_x - 3, bottom)
    pdf.set_fill_color(35, 35, 35)
    pdf.rect(side_x, 54, side_w, 7.5, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Cond", "B", 11)
    pdf.set_xy(side_x + 2, 54)
    pdf.cell(side_w - 4, 7.5, BRIEFS_HEAD, align="L")
    pdf.set_text_color(0, 0, 0)
    y = 66.0
    for head, text in BRIEFS:
        pdf.set_xy(side_x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.multi_cell(side_w, 5.2, head, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(side_x, pdf.get_y() + 1)
        pdf.set_font("Serif", "", 9.4)
        pdf.multi_cell(side_w, 4.3, "   " + tie(text), align="J", new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 7
        pdf.set_line_width(0.2)
        pdf.line(side_x + side_w / 3, y - 3.5, side_x + 2 * side_w / 3, y - 3.5)

    ad_top = bottom - 56
    pdf.set_fill_color(238, 238, 238)
    pdf.set_line_width(0.5)
    pdf.rect(side_x, ad_top, side_w, 56, style="DF")
    pdf.set_font("Cond", "", 7.5)
    pdf.set_xy(side_x + 2, ad_top + 1.5)
    pdf.cell(side_w - 4, 4, AD_HEAD, align="R")
    pdf.set_xy(side_x + 2, ad_top + 9)
    for i, line in enumerate(AD):
        pdf.set_font("Serif", "B" if i == 0 else "", 12 if i == 0 else 10)
        pdf.set_x(side_x + 2)
        pdf.cell(side_w - 4, 7 if i == 0 else 6, line, align="C", new_x="LMARGIN", new_y="NEXT")

    # the imprint and the page number
    pdf.set_line_width(0.6)
    pdf.line(left, bottom + 4, left + full, bottom + 4)
    pdf.set_font("Cond", "", 7.8)
    y = bottom + 6.5
    for line in IMPRINT_LEFT:
        pdf.set_xy(left, y)
        pdf.cell(150, 3.9, line, align="L")
        y += 3.9
    y = bottom + 6.5
    for line in IMPRINT_RIGHT:
        pdf.set_xy(left + 156, y)
        pdf.cell(100, 3.9, line, align="L")
        y += 3.9
    pdf.set_font("Serif", "B", 20)
    pdf.set_xy(left + full - 14, bottom + 9)
    pdf.cell(14, 12, PAGE_NUMBER, align="R")
    pdf.output(str(PAGE))


def main() -> None:
    write_rating()
    write_page()


if __name__ == "__main__":
    main()
