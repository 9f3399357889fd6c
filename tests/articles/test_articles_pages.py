"""Page copies in the style of several outlets: body, metadata, nothing leaked.

Written for these tests (not real articles); each mimics one site's page furniture.
"""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.articles.prepare import prepare_article

PAGES = {
    "pravda_uk": """\
Українська правда
Новини
Зеленський привітав Трампа з перемогою на виборах
Середа, 6 листопада 2024, 09:12
Анна Петренко
Фото: Офіс президента
Президент України Володимир Зеленський привітав Дональда Трампа з перемогою на президентських виборах у США.
"Я ціную прихильність президента Трампа до підходу "мир через силу" у світових справах", – написав Зеленський у соцмережах.
Він також нагадав про зустріч із Трампом у вересні, під час якої вони обговорили партнерство між країнами.
Читайте також: Як вибори в США вплинуть на війну
Джерело: Офіс президента
Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися головні новини.
Підтримайте Українську правду
""",
    "meduza_full": """\
Skip to main content
Meduza
news
Russian court sentences theater director to six years
2:15 pm, November 12, 2024
Source: Mediazona
Evgenia Berkovich in court. July 8, 2024.
Yuri Kochetkov / EPA / Scanpix / LETA
A military court in Moscow has sentenced theater director Evgenia Berkovich to six years in prison on charges of “justifying terrorism,” Mediazona reported on Tuesday.
Playwright Svetlana Petriychuk received the same sentence in the case, which stemmed from a play the two staged in 2020.
Both women have denied the charges. Their lawyers said they would appeal.
“This is a sentence not to us but to theater,” Berkovich told the court before the verdict was read.
Story by Alexey Kovalev. Abridged translation by Sam Breazeale.
The Real Russia. Today.
Subscribe
Meduza is a free, independent news outlet that depends on your support.
""",
    "nyt_full": """\
Skip to contentSkip to site index
Europe
Today’s Paper
Advertisement
SKIP ADVERTISEMENT
Supported by
SKIP ADVERTISEMENT
Russia Hails Trump’s Pick, Seeing a Chance to Reset Ties
Kremlin officials welcomed the nomination, saying it could open a path to talks on Ukraine.
Listen to this article · 6:12 min Learn more
Share full article
Image
A view of the Kremlin in Moscow on Tuesday.Credit...Nanna Heitmann for The New York Times
By Paul Sonne and Anton Troianovski
Reporting from Berlin
Nov. 14, 2024
Russian officials on Wednesday welcomed President-elect Donald J. Trump’s choice for national security adviser, saying the pick suggested Washington might be open to a new approach.
“We see signals that are interesting,” said Dmitri S. Peskov, the Kremlin spokesman, adding that Moscow would judge the new team by its actions.
Mr. Peskov declined to say whether Mr. Putin planned to speak with Mr. Trump before the inauguration.
Russian state television devoted much of its evening news broadcast to the nomination, describing it as a setback for “the war party” in Washington.
Paul Sonne is a Times reporter covering Russia and Ukraine.
Anton Troianovski is the Moscow bureau chief for The Times.
See more on: Donald Trump, Vladimir V. Putin
Share full article
Related Content
Trump Calls for Immediate Cease-Fire in Ukraine
Advertisement
SKIP ADVERTISEMENT
""",
    "moscowtimes": """\
The Moscow Times
Independent news from Russia
News
Business
Opinion
Arts & Life
Meanwhile
Ukraine War
Russia's Central Bank Holds Key Rate at 21%
December 20, 2024
Elvira Nabiullina. Maxim Shemetov / Reuters
Russia's Central Bank on Friday kept its key interest rate unchanged at 21%, defying market expectations of another hike as inflation continued to accelerate.
Analysts had widely expected the regulator to raise the rate to 23% after annual inflation rose to 9.3% in November.
The bank said tighter lending conditions had begun to cool demand and that it would consider a hike at its next meeting in February.
"The current rate is sufficient to bring inflation back to target," Governor Elvira Nabiullina told reporters.
Read more about: Central Bank , Inflation
Would you like to subscribe to our newsletter?
Sign up
A Message from The Moscow Times:
Dear readers,
We are facing unprecedented challenges. Russia's Prosecutor General's Office has designated The Moscow Times as an "undesirable" organization, criminalizing our work and putting our staff at risk of prosecution. This follows our earlier unjust labeling as a "foreign agent."
These actions are direct attempts to silence independent journalism in Russia. The authorities claim our work "discredits the decisions of the Russian leadership." We see things differently: we strive to provide accurate, unbiased reporting on Russia.
We, the journalists of The Moscow Times, refuse to be silenced. But to continue our work, we need your help.
Your support, no matter how small, makes a world of difference. If you can, please support us monthly starting from just $2. It's quick to set up, and every contribution makes a significant impact.
By supporting The Moscow Times, you're defending open, independent journalism in the face of repression. Thank you for standing with us.
Continue
Not ready to support today?
Remind me later.
""",
    "guardian": """\
Ukraine war
Zelenskyy says Ukraine will not cede territory in any deal with Trump
Ukrainian president tells parliament that ‘we will not trade our land’ as allies weigh future aid
Pjotr Sauer
Thu 7 Nov 2024 14.05 GMT
Share
Volodymyr Zelenskyy addresses parliament in Kyiv. Photograph: Ukrainian Presidential Press Service/Reuters
Volodymyr Zelenskyy has told parliament that Ukraine will not give up territory in exchange for peace, as Kyiv scrambles to prepare for the return of Donald Trump to the White House.
“We will not trade our land,” Zelenskyy said, adding that he had held a “productive” call with the president-elect.
Analysts in Kyiv said the speech was aimed as much at Washington as at a domestic audience.
Related: Trump’s win leaves Ukraine facing a bleak winter
The Kremlin said on Thursday it would judge the incoming administration by its actions.
Explore more on these topics
Ukraine
Russia
Donald Trump
Reuse this content
Most viewed
I hope you appreciated this article. Before you move on, I wanted to ask if you would consider supporting the Guardian’s journalism as we enter the new year.
""",
    "reuters": """\
Skip to main content
Exclusive news, data and analytics for financial market professionals
World
Europe
Russia says it shot down 30 Ukrainian drones overnight
By Guy Faulconbridge and Mark Trevelyan
November 12, 202410:21 AM GMTUpdated 2 hours ago
MOSCOW, Nov 12 (Reuters) - Russia's defence ministry said on Tuesday its air defences had destroyed 30 Ukrainian drones overnight over several regions, including Moscow.
There was no immediate comment from Ukraine, which says its attacks on Russian territory are aimed at military and energy infrastructure.
Moscow Mayor Sergei Sobyanin said on Telegram that emergency services were working at the site where debris fell.
"No serious damage or casualties have been reported," Sobyanin said.
Reporting by Guy Faulconbridge; Editing by Andrew Osborn
Our Standards: The Thomson Reuters Trust Principles.
Suggested Topics:
Europe
Russia
Get a daily digest of breaking business news straight to your inbox with the Reuters Daily Briefing newsletter. Sign up here.
""",
    "ap": """\
Russia launches massive drone attack on Ukraine’s energy grid
By HANNA ARHIROVA and ILLIA NOVIKOV
Updated 3:14 PM GMT+1, November 17, 2024
Share
KYIV, Ukraine (AP) — Russia launched one of its largest air attacks on Ukraine’s power grid in months on Sunday, killing at least seven people, officials said.
The attack involved about 120 missiles and 90 drones, President Volodymyr Zelenskyy said.
ADVERTISEMENT
“This is a massive attack,” Energy Minister Herman Halushchenko wrote on Facebook.
___
Follow AP’s coverage of the war at https://apnews.com/hub/russia-ukraine
Associated Press writer Samya Kullab contributed to this report.
""",
    "bbc": """\
Putin says Russia ready to discuss Ukraine with Trump
2 days ago
Share
Save
Paul Kirby
BBC News
Getty Images
Vladimir Putin spoke at the Valdai forum in Sochi
Russian President Vladimir Putin has congratulated Donald Trump on his election victory, saying he is ready to talk to the US president-elect.
Speaking at a forum in the Black Sea resort of Sochi, Mr Putin said Trump had behaved "courageously" when he was shot at during a rally in July.
He said he was ready for contact with the new US leader and that whatever he had said about Ukraine "deserves attention at least".
Kremlin spokesman Dmitry Peskov had earlier said Mr Putin was not planning to congratulate Trump.
Related topics
Vladimir Putin
Russia
More on this story
Trump's victory: What it means for Ukraine
""",
    "crossheads": """\
How the sanctions work
The new rules target banks, oil traders and shipping firms that help Moscow evade earlier restrictions.
Officials say the measures will take effect in thirty days and apply to existing contracts.
What changes for banks
Banks must now report any transaction linked to the listed companies within 24 hours.
Several lenders said they were reviewing their exposure.
- Gazprombank is among the listed firms
- Three shipping companies in Dubai are also named
What comes next
The Treasury said further steps were possible if evasion continued.
""",
    "kommersant": """\
Новости
Коммерсантъ
Путин поздравил Трампа с победой
07.11.2024, 20:15
Фото: Михаил Метцель / ТАСС
Владимир Путин поздравил Дональда Трампа с победой на выборах президента США, сообщает корреспондент "Ъ".
"Пользуюсь случаем, поздравляю его с избранием", - сказал Путин на заседании клуба "Валдай".
Читайте также: Песков прокомментировал итоги выборов
Ранее пресс-секретарь президента Дмитрий Песков говорил, что Путин не планирует поздравлять Трампа.
""",
    "nyt": """\
Putin Praises Trump and Says He Is Ready to Talk
The Russian leader’s comments were his first since the U.S. election. He said Mr. Trump’s desire to end the war “deserves attention.”
By Anton Troianovski
Reporting from Berlin
Nov. 7, 2024
Updated 5:12 p.m. ET
President Vladimir V. Putin on Thursday congratulated Donald J. Trump on his election victory, saying Mr. Trump’s stated wish to end the war in Ukraine “deserves attention.”
Mr. Putin, speaking at a conference in Sochi, praised Mr. Trump as “courageous” after the assassination attempt in July.
Advertisement
SKIP ADVERTISEMENT
The Kremlin had said a day earlier that Mr. Putin had no plans to call Mr. Trump.
Anton Troianovski is the Moscow bureau chief for The Times. He writes about Russia, Eastern Europe, the Caucasus and Central Asia.
A version of this article appears in print on Nov. 8, 2024, Section A, Page 10 of the New York edition with the headline: Putin Praises Trump.
""",
    "wapo": """\
Democracy Dies in Darkness
Europe
Russia’s economy strains under war spending
Central bank warns of overheating as inflation tops 8 percent
By Robyn Dixon
November 10, 2024 at 5:00 a.m. EST
A worker at a factory in Yekaterinburg. (Andrey Rudakov/Bloomberg News)
MOSCOW — Russia’s central bank warned Friday that the economy was overheating, as military spending drove up wages and prices across the country.
Inflation rose above 8 percent in October, the bank said, far above its target of 4 percent.
Story continues below advertisement
Economists said the bank would likely raise its key rate again in December.
Advertisement
“There is no easy way out,” said one Moscow-based economist, who spoke on the condition of anonymity to discuss the sensitive topic.
Natalia Abbakumova in Riga, Latvia, contributed to this report.
Comments
Popular
""",
    "wrapped": """\
Kremlin in contact with Trump team

By John Smith

The Kremlin has been in direct contact with U.S. President-elect
Donald Trump's team in the lead-up to his Jan. 20 inauguration,
Russian government officials told The Moscow Times on Monday.

The previously unreported communication between the Kremlin and
individuals representing Trump raises questions about U.S. national
security and its loyalty to its allies, analysts said.

"Both our team and Trump's team have learned lessons from the past,"
one Russian official said, adding that contacts would intensify after
the inauguration.
""",
    "readmore": """\
Ukraine strikes Russian oil depot with drones, officials say
By Jane Roe
November 20, 2024
Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, local officials said on Wednesday, causing a large fire.
The regional governor said there were no casualties and that firefighters had contained the blaze by morning.
Ukraine's military said the depot supplied fuel to Russian forces fighting in the Kursk region.
Read more:
Russia fires new missile at Dnipro in escalation
Zelensky says war could end next year
Moscow has not commented on the strike, which follows a series of similar attacks on energy facilities in recent weeks.
Analysts said the strikes were aimed at disrupting Russian logistics ahead of winter.
"This is part of a long campaign," one Western official said.
Military analysts expect more attacks in the coming weeks as both sides seek leverage before possible talks.
Most read
Putin signs new nuclear doctrine
""",
}

# page -> (title, authors, outlet, outlet_evidence, date, first body words, last body words)
EXPECTED: dict[
    str, tuple[str | None, tuple[str, ...], str | None, str | None, dt.date | None, str, str]
] = {
    "guardian": (
        "Zelenskyy says Ukraine will not cede territory in any deal with Trump",
        ("Pjotr Sauer",),
        "The Guardian",
        "boilerplate",
        dt.date(2024, 11, 7),
        "Volodymyr Zelenskyy has told parliament",
        "judge the incoming administration by its actions.",
    ),
    "reuters": (
        "Russia says it shot down 30 Ukrainian drones overnight",
        ("Guy Faulconbridge", "Mark Trevelyan"),
        "Reuters",
        "byline",
        dt.date(2024, 11, 12),
        "MOSCOW, Nov 12 (Reuters) - Russia's defence ministry",
        '"No serious damage or casualties have been reported," Sobyanin said.',
    ),
    "ap": (
        "Russia launches massive drone attack on Ukraine’s energy grid",
        ("Hanna Arhirova", "Illia Novikov"),
        "Associated Press",
        "byline",
        dt.date(2024, 11, 17),
        "KYIV, Ukraine (AP) — Russia launched",
        "Herman Halushchenko wrote on Facebook.",
    ),
    "bbc": (
        "Putin says Russia ready to discuss Ukraine with Trump",
        ("Paul Kirby",),
        "BBC",
        "byline",
        None,
        "Russian President Vladimir Putin has congratulated",
        "was not planning to congratulate Trump.",
    ),
    "crossheads": (
        "How the sanctions work",
        (),
        None,
        None,
        None,
        "The new rules target banks",
        "The Treasury said further steps were possible if evasion continued.",
    ),
    "kommersant": (
        "Путин поздравил Трампа с победой",
        (),
        "Kommersant",
        "boilerplate",
        dt.date(2024, 11, 7),
        "Владимир Путин поздравил Дональда Трампа",
        "Путин не планирует поздравлять Трампа.",
    ),
    "nyt": (
        "Putin Praises Trump and Says He Is Ready to Talk",
        ("Anton Troianovski",),
        "The New York Times",
        "self_reference",
        dt.date(2024, 11, 7),
        "President Vladimir V. Putin on Thursday",
        "had no plans to call Mr. Trump.",
    ),
    "wapo": (
        "Russia’s economy strains under war spending",
        ("Robyn Dixon",),
        None,
        None,
        dt.date(2024, 11, 10),
        "MOSCOW — Russia’s central bank warned Friday",
        "to discuss the sensitive topic.",
    ),
    "wrapped": (
        "Kremlin in contact with Trump team",
        ("John Smith",),
        None,
        None,
        None,
        "The Kremlin has been in direct contact with U.S. President-elect Donald Trump's team",
        "contacts would intensify after the inauguration.",
    ),
    "moscowtimes": (
        "Russia's Central Bank Holds Key Rate at 21%",
        (),
        "The Moscow Times",
        "boilerplate",
        dt.date(2024, 12, 20),
        "Russia's Central Bank on Friday kept its key interest rate",
        "Governor Elvira Nabiullina told reporters.",
    ),
    "nyt_full": (
        "Russia Hails Trump’s Pick, Seeing a Chance to Reset Ties",
        ("Paul Sonne", "Anton Troianovski"),
        "The New York Times",
        "self_reference",
        dt.date(2024, 11, 14),
        "Russian officials on Wednesday welcomed",
        "a setback for “the war party” in Washington.",
    ),
    "meduza_full": (
        "Russian court sentences theater director to six years",
        ("Alexey Kovalev",),
        "Meduza",
        "boilerplate",
        dt.date(2024, 11, 12),
        "A military court in Moscow has sentenced",
        "before the verdict was read.",
    ),
    "pravda_uk": (
        "Зеленський привітав Трампа з перемогою на виборах",
        ("Анна Петренко",),
        "Ukrainska Pravda",
        "boilerplate",
        dt.date(2024, 11, 6),
        "Президент України Володимир Зеленський",
        "обговорили партнерство між країнами.",
    ),
    "readmore": (
        "Ukraine strikes Russian oil depot with drones, officials say",
        ("Jane Roe",),
        None,
        None,
        dt.date(2024, 11, 20),
        "Ukrainian drones struck an oil depot",
        "seek leverage before possible talks.",
    ),
}

# Furniture that must not be in any body.
LEAKS = (
    "Skip to",
    "Subscribe",
    "Sign up",
    "Reporting by",
    "Editing by",
    "contributed to this report",
    "Read more",
    "Most read",
    "Photograph:",
    "Related",
    "ADVERTISEMENT",
    "Advertisement",
    "Читайте также",
    "Фото:",
    "is the Moscow bureau chief",
    "A version of this article appears in print",
    "Our Standards",
    "Dear readers",
    "We are facing unprecedented challenges",
    "Maxim Shemetov",
    "Credit...",
    "Story by",
    "translation by",
    "The Real Russia",
    "Paul Sonne is",
    "See more on",
    "Evgenia Berkovich in court",
    "Читайте також",
    "Джерело",
    "Підписуйтесь",
)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page(name: str) -> None:
    codec = "cp1251" if name == "kommersant" else "utf-8"
    art = prepare_article(PAGES[name].encode(codec), source_path=f"{name}.txt")
    title, authors, outlet, evidence, date, first, last = EXPECTED[name]
    assert art.title == title
    assert art.authors == authors
    assert (art.outlet, art.outlet_evidence) == (outlet, evidence)
    assert art.published_date == date
    assert art.body_text.startswith(first)
    assert art.body_text.rstrip().endswith(last)
    for leak in LEAKS:
        assert leak not in art.body_text, leak
