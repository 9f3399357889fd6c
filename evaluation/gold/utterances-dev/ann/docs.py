"""The excerpts of utterances-dev, with the gold members marked inline.

A member is written ⟦<statement><kind>|<text>⟧ where <kind> is f (full), p
(partial) or i (indirect); members nest (a partial inside its indirect clause).
``build.py`` strips the marks, computes offsets and writes raw/ and the gold.
Each text is a condensed excerpt: the quoted words and the attribution
frames as published, the narrative around them shortened (see README.md).
"""

DOCS = [
    # --- Peskov, Prigozhin crash, press call of 2023-08-25 -------------------------
    dict(doc="pe01", lang="en", outlet="i24NEWS", date="2023-08-25",
         url="https://www.i24news.tv/en/news/international/europe/1692961062-moscow-denies-involvement-in-prigozhin-s-death-as-absolute-lie",
         title="Moscow denies involvement in Prigozhin's death as 'absolute lie'",
         text="""President Vladimir Putin's spokesman Dmitry Peskov said on Friday that ⟦P1i|Moscow's alleged involvement in the jet crash that killed 10 people, apparently including Wagner chief Yevgeny Prigozhin, was an "⟦P1p|absolute lie⟧"⟧.

Commenting on Wednesday's crash, Peskov told reporters that ⟦P1i|there is "⟦P1p|a lot of speculation⟧" around the "⟦P1p|tragic death of the passengers of the plane, including Yevgeny Prigozhin⟧"⟧.

"⟦P1f|Of course, in the West, all these speculations are presented from a certain angle. All this is an absolute lie,⟧" he stressed.

Several Western leaders had hinted that Moscow was behind the crash. Prigozhin has yet to be formally identified among the victims.

"⟦P2f|As soon as the results are in, they'll be published,⟧" Peskov said.
"""),
    dict(doc="pe02", lang="en", outlet="The Hill", date="2023-08-25",
         url="https://digital-release.thehill.com/policy/defense/4171238-kremlin-prigozhin-crash-absolute-lies/amp",
         title="Kremlin rejects allegations it was behind Prigozhin crash: 'Absolute lies'",
         text="""The Kremlin on Friday denied allegations that it was behind a fiery plane crash this week that apparently killed Wagner Group founder Yevgeny Prigozhin and his top deputy.

“⟦P1f|Now, naturally, there are many speculations over this plane crash and the tragic death of the passengers, including Yevgeny Prigozhin,⟧” Kremlin spokesperson Dmitry Peskov said, according to state-run media outlet TASS.

“⟦P1f|The West is selling these speculations from a certain angle,⟧” he added. “⟦P1f|All of them are absolute lies.⟧”

Peskov said ⟦P2i|the Kremlin is still awaiting more information on the incident⟧, repeating a point Russian President Vladimir Putin made Thursday.
"""),
    dict(doc="pe03", lang="ru", outlet="РИАМО", date="2023-08-25",
         url="https://riamo.ru/news/proisshestviya/peskov-obvineniya-v-prichastnosti-kremlya-k-smerti-prigozhina-absolyutnaya-lozh",
         title="Песков: обвинения в причастности Кремля к смерти Пригожина – абсолютная ложь",
         text="""Пресс-секретарь президента РФ Дмитрий Песков подчеркнул, что ⟦P1i|заявления Запада о якобы причастности Кремля к гибели главы ЧВК «Вагнер» Евгения Пригожина – это абсолютная ложь⟧, сообщает РИА Новости.

По его словам, ⟦P1i|сейчас возникло много спекуляций на тему произошедшей в Тверской области авиакатастрофы⟧.

«⟦P1f|Конечно же, на Западе все эти спекуляции подаются с известного угла. Все это ложь абсолютная⟧», – заявил Песков.

Фактов пока немного, их установят в ходе следствия. ⟦P2i|Позднее будут обнародованы итоги расследования⟧, добавил официальный представитель Кремля.
"""),
    dict(doc="pe04", lang="uk", outlet="Гордон", date="2023-08-25",
         url="https://gordonua.com/ukr/news/worldnews/use-tse-brekhnja-absoljutna-pjeskov-vidkinuv-pripushchennja-pro-te-shcho-prihozhina-ubili-za-zavdannjam-kremlja-1678549.html",
         title="\"Усе це брехня абсолютна\". Пєсков відкинув припущення про те, що \"Пригожина убили за завданням Кремля\"",
         text="""Прессекретар президента РФ Володимира Путіна Дмитро Пєсков назвав спекуляціями заяви західних політиків про нібито причетність влади РФ до авіакатастрофи, унаслідок якої 23 серпня розбився літак Євгена Пригожина. Аудіозапис відповіді Пєскова 25 серпня оприлюднив Telegram-канал "Вы слушали Маяк".

Пєсков у відповідь на прохання кореспондента BBC News прокоментувати твердження про вбивство Пригожина заявив, що ⟦P1i|навколо авіакатастрофи з'являється "дуже" багато спекуляцій⟧.

"⟦P1f|Звісно, на Заході всі ці спекуляції подають під певним кутом. Усе це брехня абсолютна⟧", – сказав Пєсков.
"""),
    dict(doc="pe05", lang="ru", outlet="ForPost", date="2023-08-25",
         url="https://sevastopol.su/news/peskov-otvetil-na-obvineniya-o-prichastnosti-kremlya-k-krusheniyu-samoleta-prigozhina",
         title="Песков ответил на обвинения о причастности Кремля к крушению самолёта Пригожина",
         text="""Пресс-секретарь президента России Дмитрий Песков назвал «⟦P1p|ложью абсолютной⟧» утверждения западных СМИ о том, что Кремль причастен к крушению самолёта, на котором был Евгений Пригожин. Вопрос задал корреспондент «Би-би-си». Запись ответа опубликовала радиостанция «Маяк».

Песков указал на огромное количество спекуляций вокруг темы разбившегося самолёта и подчеркнул, что ⟦P1i|«⟦P1p|на Западе эти спекуляции подаются с известного угла⟧»⟧.

«⟦P1f|Всё это ложь абсолютная⟧», — отрезал Песков.

Также Песков ответил на вопрос, не встречались ли Путин и Пригожин в последнее время. По его словам, ⟦P3i|таких встреч не было⟧.
"""),
    # --- Peskov on the WSJ story, 2023-12-22 (same speaker and topic, another day) --
    dict(doc="pe06", lang="ru", outlet="Коммерсантъ", date="2023-12-22",
         url="https://kommersant.ru/amp/6424683",
         title="Песков назвал «бульварным чтивом» статью WSJ о гибели Пригожина",
         text="""Пресс-секретарь президента России Дмитрий Песков считает, что ⟦P4i|статья The Wall Street Journal о гибели основателя ЧВК «Вагнер» Евгения Пригожина относится к категории pulp fiction⟧.

«⟦P4f|Мы видели этот материал, но мы не хотели бы это комментировать. Потому что вряд ли это поддается комментированию — подобные материалы. В последнее время, к сожалению, The Wall Street Journal очень любит заниматься продуцированием pulp fiction⟧»,— ответил Дмитрий Песков на просьбу журналистов прокомментировать материал американского издания.
"""),
    dict(doc="pe07", lang="ru", outlet="Московский комсомолец", date="2023-12-22",
         url="https://www.mk.ru/politics/2023/12/22/peskov-prokommentiroval-publikaciyu-o-gibeli-prigozhina.html",
         title="Песков прокомментировал публикацию о гибели Пригожина",
         text="""Представитель Кремля Дмитрий Песков прокомментировал публикации западных СМИ о гибели главы ЧВК "Вагнер" Евгения Пригожина.

"⟦P4f|Вряд ли эти "утки" нуждаются в комментарии, это издание (WSJ) в последнее время стало похоже на бульварное чтиво⟧", - высказался он.

Пригожин погиб 23 августа в результате авиакатастрофы в Тверской области.
"""),
    # --- Lavrov, Antalya press conference, 2022-03-10 ----------------------------
    dict(doc="la01", lang="en", outlet="Interfax", date="2022-03-10",
         url="https://interfax.com/newsroom/top-stories/76192/",
         title="Russia did not attack Ukraine - Lavrov",
         text="""ANTALYA. March 10 (Interfax) - ⟦L1i|Russia did not attack Ukraine and is not going to attack other countries⟧, Russian Foreign Minister Sergei Lavrov said.

Responding to a question as to whether Russia plans to attack other countries, he said, "⟦L1f|We do not plan to attack other countries, we did not attack Ukraine, either.⟧"

"⟦L1f|But we just explained to Ukraine repeatedly that a situation had arisen that posed direct security threats to Russia. Despite our years-long reminding, persuasion, calls, no one listened to us,⟧" Lavrov said at a press conference in Antalya after talks with the Ukrainian foreign minister.
"""),
    dict(doc="la02", lang="en", outlet="Newsweek", date="2022-03-10",
         url="https://www.qa.newsweek.com/russia-not-planning-attack-other-countries-ukraine-war-invasion-1686755",
         title="Russia Says They're Not Planning To Attack Other Countries",
         text="""Russian Foreign Minister Sergey Lavrov has said ⟦L1i|Russia has no intention of attacking other countries⟧ after talks with Ukrainian Foreign Minister Dmytro Kuleba reportedly made no progress on Thursday.

"⟦L1f|We are not planning to attack other countries,⟧" Lavrov said during remarks delivered in Russian in Antalya, Turkey.

"⟦L1f|We didn't attack Ukraine in the first place,⟧" the Russian foreign minister said. "⟦L1f|We just explained a lot of times that the situation has come that there was a direct threat to the safety and security of the Russian Federation.⟧"

He also claimed that ⟦L2i|the Pentagon was operating "⟦L2p|biological laboratories⟧" in Ukraine⟧.
"""),
    dict(doc="la03", lang="ru", outlet="Newinform", date="2022-03-10",
         url="https://newinform.com/22018458-Lavrov_Rossiya_ne_napadala_na_Ukrainu_i_ne_planiruet_napadat_na_drugie_strani",
         title="Лавров: Россия не нападала на Украину и не планирует нападать на другие страны",
         text="""Переговоры главы МИД РФ Сергея Лаврова и его украинского коллеги Дмитрия Кулебы завершились в турецкой Анталье.

«⟦L1f|Россия не планирует нападать на другие страны, и на Украину Россия также не нападала⟧», — заявил Лавров на пресс-конференции по итогам переговоров с Кулебой.

Встреча продлилась 90 минут и прошла на полях дипломатического форума.
"""),
    dict(doc="la04", lang="uk", outlet="KP в Україні", date="2022-03-10",
         url="https://kp.ua/ua/politics/a645500-lavrov-zajavil-chto-rossija-ne-napadala-na-ukrainu-i-rasskazal-ob-amerikanskikh-biolohicheskikh-laboratorijakh-v-nashej-strane-",
         title="Лавров заявив, що Росія не нападала на Україну",
         text="""На 15-й день війни в Україні глава МЗС РФ Сергій Лавров заявив, що ⟦L1i|Росія не нападала на Україну⟧. Про це він сказав за підсумками півторагодинних переговорів із міністром закордонних справ України Дмитром Кулебою.

- ⟦L1f|Росія не планує нападати на інші країни, і на Україну Росія також не нападала. В Україні ми просто пояснили багаторазово. Настала ситуація, яка створює прямі загрози безпеці РФ⟧, - сказав Лавров.

Лавров також заявив, що ⟦L2i|Пентагон у біологічних лабораторіях на території України експериментує над патогенами⟧.
"""),
    dict(doc="la05", lang="ru", outlet="Правда", date="2024-12-05",
         url="https://pravda8d.blogspot.com/",
         title="Лавров: мы вообще не хотим ни на кого нападать",
         text="""Министр иностранных дел России Сергей Лавров на пресс-конференции после заседания ОБСЕ подчеркнул, что ⟦L3i|Россия не хочет ни на кого нападать⟧.

«⟦L3f|Мы вообще не хотим ни на кого нападать. Теперь, США напали на нас через украинский режим. Это не наш выбор⟧», — заявил Лавров.
"""),
    # --- Nabiullina, RBC interview published 2023-12-24 ---------------------------
    dict(doc="na01", lang="en", outlet="TASS", date="2023-12-24",
         url="https://tass.com/economy/1725983",
         title="Bank of Russia should have raised the key rate earlier, Nabiullina says",
         text="""MOSCOW, December 24. /TASS/. Governor of the Bank of Russia Elvira Nabiullina admitted that ⟦N1i|the key rate should have been raised earlier than the regulator did⟧, she said in an interview with RBC.

"⟦N1f|In the second half of the year, inflationary pressures began to increase. In fact, the rate of price growth is now quite fast, well above our inflation target. Looking back, we can see that monetary policy was soft and we should have raised the key rate sooner,⟧" she said.

She also said that ⟦N2i|in order to continue to ease policy, the regulator needs to make sure that inflation is declining steadily⟧. "⟦N2f|This will take two or three months or more - it depends on how wide the range of indicators that characterize a stable decline in inflation is,⟧" she said.

During the year, the Bank of Russia raised the key interest rate from 7.5% to 16% per annum.
"""),
    dict(doc="na02", lang="en", outlet="Reuters", date="2023-12-24",
         url="http://15.188.152.128/russian-central-bank-says-3",
         title="Russian central bank says it needs months to make sure CPI falling before rate cuts -RBC",
         text="""MOSCOW (Reuters) – ⟦N2i|Russia's central bank will need two to three months to make sure that inflation is steadily declining before taking any decision on interest rate cuts⟧, the bank's governor Elvira Nabiullina told RBC media on Sunday.

The central bank raised its key interest rate by 100 basis points to 16% earlier in December.

“⟦N2f|We really need to make sure that inflation is steadily decreasing, that these are not one-off factors that can affect the rate of price growth in a particular month,⟧” she said.

“⟦N2f|This will take two or three months or more – it depends on how much the wide range of indicators that characterize sustainable inflation declines,⟧” she said.

The governor also said ⟦N1i|the bank should have started monetary policy tightening earlier than in July, when it embarked on the rate-hiking cycle⟧.
"""),
    dict(doc="na03", lang="ru", outlet="ForPost Северо-Запад", date="2023-12-24",
         url="https://forpost-sz.ru/a/2023-12-24/nabiullina-nado-bylo-povyshat-klyuchevuyu-stavku-ranshe",
         title="Набиуллина: надо было повышать ключевую ставку раньше",
         text="""В воскресенье, 24 декабря, председатель Банка России Эльвира Набиуллина заявила, что ⟦N1i|регулятору следовало раньше повысить ключевую ставку⟧. Об этом она сообщила в интервью РБК.

«⟦N1f|Инфляционное давление начало расти во второй половине года. И сейчас действительно рост цен достаточно высокий, сильно выше нашей цели по инфляции. И да, оглядываясь назад, мы понимаем, что денежно-кредитная политика была мягкой и надо было повышать ставку раньше⟧», — сказала глава ЦБ.

По словам председателя ЦБ, ⟦N2i|на это может уйти два-три месяца или больше⟧.

В этом году регулятор пять раз повышал ключевую ставку: она выросла с 7,5 до 16% годовых.
"""),
    # --- Nabiullina, press conference of 2025-03-21 (same speaker, another day) ----
    dict(doc="na04", lang="ru", outlet="Вести", date="2025-03-21",
         url="https://vesti.ru/article/4415936",
         title="Набиуллина рассказала об отношении к мемам",
         text="""Глава Банка России Эльвира Набиуллина нормально относится к шуткам про себя и свою деятельность. Об этом она рассказала в ходе пресс-конференции по итогам заседания совета директоров Центрального банка.

"⟦N3f|Я нормально отношусь к этому, особенно, когда шутки смешные. Абсолютно нормально⟧", – сказала глава Банка России.

Глава ЦБ заявила, что ⟦N4i|вероятность дальнейшего роста ставки снизилась⟧.
"""),
    dict(doc="na05", lang="ru", outlet="News24", date="2025-03-21",
         url="https://news24.com.ru/news/obshchestvo/nabiullina-raskryla-otnoshenie-k-memam-pro-ee-rabotu",
         title="Набиуллина раскрыла отношение к мемам про ее работу",
         text="""Набиуллина выразила свою позицию относительно шуток о своей работе в ходе пресс-конференции после заседания совета директоров регулятора, как сообщает ТАСС. "⟦N3f|Я отношусь к этому нормально, особенно если шутки забавные. Это абсолютно нормально⟧", - добавила глава Банка России.

Набиуллина пояснила, что ⟦N4i|вероятность дальнейшего ужесточения денежно-кредитной политики снизилась⟧. "⟦N5f|Базовая инфляция, хотя и замедляется, все еще находится около 10 процентов⟧", - пояснила она.
"""),
    # --- Musk, CNBC interview of 2023-05-16 ----------------------------------------
    dict(doc="mu01", lang="en", outlet="Taiwan News", date=None,
         url="https://www.taiwannews.com.tw/news/4895583",
         title="Musk says Beijing's rhetoric about annexing Taiwan should be taken seriously",
         text="""TAIPEI (Taiwan News) — Tesla CEO Elon Musk on Tuesday (May 16) said Beijing's rhetoric about annexing Taiwan should be taken seriously.

In an interview with CNBC, anchor David Faber asked Musk if he was concerned about the growing belligerence between Washington and Beijing. When asked if he believes China will try to seize Taiwan by force, Musk said ⟦M2i|Beijing's official policy is that "⟦M2p|Taiwan should be integrated⟧"⟧. He added, "⟦M2f|One does not need to read between the lines, one can simply read the lines.⟧"

Musk likened the interdependence between the Chinese economy and the rest of the world to "⟦M1p|conjoined twins⟧." He said that ⟦M1i|decoupling from China "⟦M1p|would be like trying to separate conjoined twins⟧"⟧.
"""),
    dict(doc="mu02", lang="en", outlet="Leo Terrell", date=None,
         url="https://leoterrell.com/elon-musk-warns-that-u-s-should-take-chinas-threats-about-taking-over-taiwan-seriously/",
         title="Elon Musk Warns That U.S. Should Take China's Threats About Taking Over Taiwan 'Seriously'",
         text="""During a new interview, Twitter owner Elon Musk warned that U.S. policymakers should take China's threats of invading Taiwan seriously. Musk made his comments during an interview with CNBC's David Faber.

When asked if he thinks China is going to do something to take control of Taiwan, Musk responded, "⟦M2f|The official policy of China is that Taiwan should be integrated. One does not need to read between the lines, one can certainly read the lines.⟧"

"⟦M1f|Also no one really realizes that the Chinese economy and the rest of the global economy are like conjoined twins, it would be like trying to separate conjoined twins,⟧" Musk said. "⟦M1f|That's the severity of the situation. It's actually worse for a lot of other companies than it is for Tesla.⟧"
"""),
    # --- Musk meets Qin Gang in Beijing, 2023-05-30 (same metaphor, another occasion)
    dict(doc="mu03", lang="ru", outlet="Envos", date=None,
         url="https://envos.ru/ilon-mask-sravnil-ssha-i-kitaj-s-siamskimi-blizneczami/",
         title="Илон Маск сравнил США и Китай с сиамскими близнецами",
         text="""Министр иностранных дел Китая Цинь Ган в Пекине встретился с американским миллиардером Илоном Маском. Об этом сообщила пресс-служба МИД КНР.

Маск высказался за дальнейшее расширение бизнеса в Китае. ⟦M3i|Интересы Вашингтона и Пекина⟧, по словам предпринимателя, ⟦M3i|«⟦M3p|переплетены, как сиамские близнецы, которые неразлучны⟧»⟧.
"""),
    # --- Musk to the Financial Times, 2022-10-07 ------------------------------------
    dict(doc="mu04", lang="ru", outlet="Красное знамя", date="2022-10-07",
         url="https://a.kras.cc/2022_10_07_archive.html",
         title="Илон Маск \"переключился\" на Тайвань",
         text="""В интервью изданию Financial Times Илон Маск рассказал, как, по его мнению, можно урегулировать ситуацию вокруг Тайваня, чтобы избежать войны.

"⟦M4f|Моей рекомендацией... было бы создать специальную административную зону для Тайваня, которая была бы приемлема в разумных пределах, но, наверное, не всем бы понравилась⟧", - заявил Маск.

Кроме этого, бизнесмен считает, что ⟦M5i|конфликт вокруг Тайваня "⟦M5p|неизбежен⟧"⟧.
"""),
    dict(doc="mu05", lang="uk", outlet="iPress", date=None,
         url="https://ipress.ua/news/mask_zaproponuvav_za_prykladom_gonkongu_zrobyty_tayvan_spetsialnym_administratyvnym_rayonom_kytayu_334488.html",
         title="Маск запропонував за прикладом Гонконгу зробити Тайвань спеціальним адміністративним районом Китаю",
         text="""Американський мільярдер Ілон Маск запропонував ⟦M4i|зробити Тайвань спеціальним адміністративним районом Китаю за прикладом Гонконгу⟧. Про це він сказав в інтервʼю виданню Financial Times.

"⟦M4f|Моя рекомендація... — встановити спеціальну адміністративну зону для Тайваню, яка б була достатньо приємною, але, ймовірно, не зробить усіх щасливими⟧", — сказав Маск.

Відповідаючи на запитання про ризики для заводу Tesla в Шанхаї, Маск сказав, що ⟦M5i|конфлікт навколо Тайваню неминучий⟧.
"""),
    # --- Klopp, club announcement of 2024-01-26 -------------------------------------
    dict(doc="kl01", lang="en", outlet="Al Arabiya", date="2024-01-26",
         url="https://english.alarabiya.net/sports/2024/01/26/Liverpool-manager-Jurgen-Klopp-to-leave-club-",
         title="Liverpool manager Jurgen Klopp to leave club",
         text="""Liverpool manager Jurgen Klopp announced in a shock decision on Friday that ⟦K1i|he will leave the club at the end of the season⟧.

Klopp, who took over at Anfield in 2015, said ⟦K2i|he was “⟦K2p|running out of energy⟧”⟧.

“⟦K1f|I can understand that it’s a shock for a lot of people in this moment, when you hear it for the first time,⟧” Klopp said in an interview on Liverpool’s website.

“⟦K2f|It is that I am, how can I say it, running out of energy. I have no problem now, obviously, I knew it already for longer that I will have to announce it at one point, but I am absolutely fine now.⟧”
"""),
    dict(doc="kl02", lang="en", outlet="The Citizen", date="2024-01-26",
         url="https://www.citizen.co.za/sport/soccer/world-soccer/klopp-will-leave-liverpool-end-season/",
         title="Klopp will leave Liverpool at end of season",
         text="""Liverpool head coach Jurgen Klopp announced on Friday that ⟦K1i|he is leaving the English Premier League club at the end of the 2023/24 campaign⟧.

“⟦K1f|I will leave the club at the end of the season. I can understand it is a shock for a lot of people in this moment,⟧” said the 56 year-old German.

Klopp explained that ⟦K2i|the reason he is leaving is that he does not feel he has a lot of fuel left in the tank⟧.

“⟦K2f|I am running out of energy …. I am absolutely fine now but I know I cannot do the job again and again and again.⟧”
"""),
    dict(doc="kl03", lang="ru", outlet="Terrikon", date="2024-01-26",
         url="https://terrikon.com/posts/468369",
         title="Юрген Клопп объявил об уходе из Ливерпуля",
         text="""Главный тренер Ливерпуля Юрген Клопп покинет свой пост по окончании нынешнего сезона. Об этом объявил он сам, и текст его заявления публикуется на официальном сайте "красных":

"⟦K1f|Я покину клуб в конце сезона. Понимаю, что это шок для многих людей в этот момент, когда вы слышите это впервые⟧".

"⟦K2f|Это означает, что у меня заканчивается энергия. Сейчас у меня нет проблем. Очевидно, что я уже давно знал, что мне придется объявить об этом однажды, но сейчас я абсолютно в порядке⟧", - сказал Клопп.
"""),
    dict(doc="kl04", lang="uk", outlet="Телеграф", date="2024-01-26",
         url="https://news.telegraf.com.ua/ukr/sport-cat/2024-01-26/5830376-klopp-pokinet-liverpul-nemets-sdelal-emotsionalnoe-zayavlenie-video",
         title="Клопп залишить \"Ліверпуль\": німець зробив емоційну заяву",
         text="""Головний тренер "Ліверпуля" Юрген Клопп оголосив, що ⟦K1i|залишить команду після закінчення сезону 2023/24⟧. Відповідну заяву Клоппа наводить пресслужба клубу на офіційному сайті. Своє рішення німець пояснив тим, що ⟦K2i|в нього "⟦K2p|закінчується енергія⟧"⟧.

"⟦K2f|Річ у тому, що в мене, як це сказати, закінчується енергія. Зараз я не маю жодних проблем, звичайно, я вже давно знав, що в якийсь момент мені доведеться це оголосити⟧", – сказав Клопп.
"""),
    # --- Zelensky, CNN interview with Jake Tapper, aired 2022-04-17 -----------------
    dict(doc="ze01", lang="en", outlet="Rubryka", date="2022-04-17",
         url="https://rubryka.com/en/2022/04/17/ukrayina-ne-zbyrayetsya-viddavaty-donbas-aby-zupynyty-vijnu-z-rf-zelenskyj/amp",
         title="Ukraine is not going to give up Donbas to stop the war with Russia - Zelensky",
         text="""Zelensky said in an exclusive interview Friday with CNN's Jake Tapper from the office of the president in Kyiv that ⟦Z1i|his country has no guarantee that Russia wouldn't try again to seize Kyiv if it is able to capture Donbas⟧.

"⟦Z1f|This is why it is very important for us to not allow them, to stand our ground, because this battle … it can influence the course of the whole war,⟧" Zelensky said.

"⟦Z1f|Because I don't trust the Russian military and Russian leadership,⟧" he continued.

"⟦Z2f|As I said before, what's the price of all this? It's people. The many people who have been killed.⟧" Zelensky said.
"""),
    dict(doc="ze02", lang="ru", outlet="ReplyUA", date=None,
         url="https://replyua.net/268849-ukraina-ne-otkazhetsja-ot-territorij-na-vostoke-chtoby-okonchit-vojnu-voennye-gotovy-k-bitve-za-donbass-zelenskij.html",
         title="Украина не откажется от территорий на востоке, чтобы окончить войну - Зеленский",
         text="""Президент Владимир Зеленский утверждает, что ⟦Z0i|Украина не откажется от территорий на востоке ради того, чтобы завершить войну с россией⟧. Об этом он заявил в интервью CNN. Зеленский подчеркнул, что ⟦Z1i|у Украины нет гарантии того, что россия снова не попытается захватить Киев, если ей удастся завоевать Донбасс⟧. «⟦Z1f|Поэтому для нас очень важно не допустить их, отстоять свою позицию, потому что это сражение… Оно может повлиять на ход всей войны⟧», — сказал президент.

Зеленский также выразил надежду на визит президента США Джо Байдена в Украину: «⟦Z3f|Думаю, он приедет. Это, конечно, его решение, и это будет зависеть от ситуации безопасности⟧».
"""),
]

# Statements: id -> (speaker, occasion, occasion_date, original_medium forms (first is canonical) or None, summary)
STATEMENTS = {
    "P1": ("Dmitry Peskov", "Peskov's press call, 2023-08-25", "2023-08-25", ["journalists"],
           "Speculation about the Prigozhin crash is presented from a certain angle in the West; claims of Kremlin involvement are an absolute lie"),
    "P2": ("Dmitry Peskov", "Peskov's press call, 2023-08-25", "2023-08-25", ["journalists"],
           "The results of the forensic tests / investigation will be published when ready"),
    "P3": ("Dmitry Peskov", "Peskov's press call, 2023-08-25", "2023-08-25", ["journalists"],
           "Putin and Prigozhin had not met recently"),
    "P4": ("Dmitry Peskov", "Peskov asked about the WSJ story, 2023-12-22", "2023-12-22", ["journalists"],
           "The WSJ story on Prigozhin's death is pulp fiction, not worth commenting"),
    "L1": ("Sergey Lavrov", "press conference in Antalya after talks with Kuleba, 2022-03-10", "2022-03-10", ["journalists"],
           "Russia does not plan to attack other countries and did not attack Ukraine; it explained the direct security threats"),
    "L2": ("Sergey Lavrov", "press conference in Antalya, 2022-03-10", "2022-03-10", ["journalists"],
           "The Pentagon runs biological laboratories in Ukraine"),
    "L3": ("Sergey Lavrov", "press conference after the OSCE ministerial, 2024-12-05", "2024-12-05", ["journalists"],
           "Russia does not want to attack anyone; the US attacked Russia through the Ukrainian regime"),
    "N1": ("Elvira Nabiullina", "interview with RBC, published 2023-12-24", "2023-12-24", ["RBC", "РБК"],
           "Monetary policy was soft; the key rate should have been raised earlier"),
    "N2": ("Elvira Nabiullina", "interview with RBC, published 2023-12-24", "2023-12-24", ["RBC", "РБК"],
           "Before cutting, the bank must be sure inflation declines steadily; that will take two or three months or more"),
    "N3": ("Elvira Nabiullina", "press conference after the board meeting, 2025-03-21", "2025-03-21", ["journalists"],
           "She takes jokes and memes about herself normally, especially funny ones"),
    "N4": ("Elvira Nabiullina", "press conference after the board meeting, 2025-03-21", "2025-03-21", ["journalists"],
           "The probability of further tightening has decreased"),
    "N5": ("Elvira Nabiullina", "press conference after the board meeting, 2025-03-21", "2025-03-21", ["journalists"],
           "Core inflation is still around 10 percent"),
    "M1": ("Elon Musk", "CNBC interview with David Faber, 2023-05-16", "2023-05-16", ["CNBC"],
           "The Chinese and global economies are like conjoined twins; separating them would be severe"),
    "M2": ("Elon Musk", "CNBC interview with David Faber, 2023-05-16", "2023-05-16", ["CNBC"],
           "China's official policy is that Taiwan should be integrated; one can simply read the lines"),
    "M3": ("Elon Musk", "meeting with Qin Gang in Beijing, 2023-05-30", "2023-05-30", None,
           "The interests of Washington and Beijing are intertwined like inseparable conjoined twins"),
    "M4": ("Elon Musk", "interview with the Financial Times, 2022-10-07", "2022-10-07", ["Financial Times"],
           "Recommends a special administrative zone for Taiwan, like Hong Kong"),
    "M5": ("Elon Musk", "interview with the Financial Times, 2022-10-07", "2022-10-07", ["Financial Times"],
           "Conflict over Taiwan is inevitable"),
    "K1": ("Jurgen Klopp", "announcement on Liverpool's website, 2024-01-26", "2024-01-26", ["Liverpool's website"],
           "He will leave the club at the end of the season; he understands it is a shock"),
    "K2": ("Jurgen Klopp", "announcement on Liverpool's website, 2024-01-26", "2024-01-26", ["Liverpool's website"],
           "He is running out of energy; he is fine now but cannot do the job again and again"),
    "Z0": ("Volodymyr Zelensky", "CNN interview with Jake Tapper, 2022-04-15", "2022-04-15", ["CNN"],
           "Ukraine will not give up territory in the east to end the war"),
    "Z1": ("Volodymyr Zelensky", "CNN interview with Jake Tapper, 2022-04-15", "2022-04-15", ["CNN"],
           "No guarantee Russia would not try to seize Kyiv again if it captured Donbas; the battle can influence the whole war; he does not trust the Russian military and leadership"),
    "Z2": ("Volodymyr Zelensky", "CNN interview with Jake Tapper, 2022-04-15", "2022-04-15", ["CNN"],
           "The price of all this is people, the many who were killed"),
    "Z3": ("Volodymyr Zelensky", "CNN interview with Jake Tapper, 2022-04-15", "2022-04-15", ["CNN"],
           "He thinks Biden will come to Ukraine; it is his decision and depends on security"),
}
