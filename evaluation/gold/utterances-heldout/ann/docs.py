"""The excerpts of utterances-heldout, with the gold members marked inline.

HELD OUT: never tune on these texts (README.md).

A member is written ⟦<statement><kind>|<text>⟧ where <kind> is f (full), p
(partial) or i (indirect); members nest (a partial inside its indirect clause).
``build.py`` strips the marks, computes offsets and writes raw/ and the gold.
Each text is a condensed excerpt: the quoted words and the attribution
frames as published, the narrative around them shortened (see README.md).
"""

DOCS = [
    # --- Macron, press conference after the Paris conference on Ukraine, 2024-02-26 --------
    dict(doc="ma01", lang="en", outlet="Express & Star (PA)", date="2024-02-26",
         url="https://www.expressandstar.com/news/world-news/2024/02/26/putting-western-troops-on-the-ground-in-ukraine-not-ruled-out-says-macron/",
         title="Putting Western troops on the ground in Ukraine not 'ruled out', says Macron",
         text="""French president Emmanuel Macron said on Monday that ⟦A1i|placing Western troops on the ground in Ukraine is not “⟦A1p|ruled out⟧” in the future⟧.

Mr Macron spoke after a meeting in Paris that brought together over 20 European heads of state and government and other Western officials.

“⟦A1f|There’s no consensus today to send in an official manner troops on the ground. But in terms of dynamics, nothing can be ruled out,⟧” Mr Macron said.

Mr Macron declined to provide details about which nations were considering sending troops.

He added that “⟦A1p|we will do everything needed so Russia cannot win the war⟧.”
"""),
    dict(doc="ma02", lang="en", outlet="Politico Europe", date="2024-02-27",
         url="https://www.politico.eu/article/emmanuel-macron-doesnt-rule-out-sending-troops-to-ukraine-ammo/",
         title="Emmanuel Macron doesn't rule out sending troops to Ukraine",
         text="""PARIS — French President Emmanuel Macron said on Monday that ⟦A1i|sending Western troops to Ukraine should not be ruled out⟧, as European leaders concluded a summit on supporting Kyiv.

"⟦A1f|There is no consensus today to send ground troops officially but ... nothing is ruled out,⟧" Macron said at a press conference in Paris, where the meeting had just wrapped up. "⟦A1f|We will do whatever it takes to ensure that Russia cannot win this war.⟧"

"⟦A4f|The defeat of Russia is indispensable to the security and stability of Europe,⟧" the French president added.
"""),
    dict(doc="ma03", lang="en", outlet="CNBC", date="2024-02-27",
         url="https://www.cnbc.com/2024/02/27/ukraine-war-live-updates-latest-news-on-russia-and-the-war-in-ukraine.html",
         title="Ukraine war live updates: latest news on Russia and the war in Ukraine",
         text="""French President Emmanuel Macron said Monday that ⟦A1i|the sending of Western troops to Ukraine has not been "⟦A1p|ruled out⟧,"⟧ a suggestion the Kremlin balked at Tuesday.

Speaking after a meeting of European heads of state and other Western officials in Paris, Macron said ⟦A1i|the possibility of sending ground troops to Ukraine was discussed⟧.

"⟦A1f|There is no consensus today to officially, openly, and with endorsement, send troops on the ground. But in terms of dynamics, nothing should be ruled out. We will do everything necessary to ensure that Russia cannot win this war,⟧" Macron said.
"""),
    dict(doc="ma04", lang="en", outlet="Ukrainian News", date=None,
         url="https://ukranews.com/en/news/987633-macron-allows-western-troops-to-be-sent-to-ukraine-media",
         title="Macron allows Western troops to be sent to Ukraine - media",
         text="""Macron spoke after talks with Ukraine's allies in Paris on Monday, Le Monde quotes him. The French President avoided details about the country's position, citing "strategic uncertainty."

"⟦A5f|I will not remove the ambiguity of today's debate by saying names. I am saying that this issue was raised as one of the options,⟧" he added.

"⟦A2f|Many of the people who say today, 'Never, never,' were the same people who two years ago said, 'No tanks, no planes, no long-range missiles,⟧" Macron explained.

"⟦A3f|Let us have the humility to admit that we have often been behind schedule by six to twelve months. This was the purpose of today's discussion: everything is possible if it is useful to achieve our goal,⟧" the French President added.
"""),
    dict(doc="ma05", lang="uk", outlet="my.ua", date="2024-02-27",
         url="https://amp.my.ua/news/cluster/2024-02-27-ne-bez-ale-makron-dopuskaie-vidpravku-viisk-nato-v-ukrayinu/84657184-82c1-a7d6-62a7-c3933d0cfd7b",
         title="Нічого не слід виключати: Макрон про відправку західних військ в Україну",
         text="""На саміті лідерів Європи в Парижі порушували тему відправки західних військ в Україну, однак присутні не дійшли згоди з цього питання.

Про це заявив президент Франції Еммануель Макрон, пише Le Figaro.

– ⟦A1f|Наразі консенсусу щодо відправлення військ немає. Але в цьому питанні в майбутньому нічого не слід виключати. Ми зробимо все можливе, щоб Росія не змогла виграти цю війну⟧, – сказав він.

Водночас Макрон наголосив, що ⟦A8i|партнери України “⟦A8p|не воюють з російським народом⟧”, але вони “⟦A8p|просто не хочуть дозволити йому перемогти в Україні⟧”⟧.

– ⟦A3f|Давайте матимемо смирення визнати, що ми часто відставали від графіка на шість-дванадцять місяців. Це і було метою сьогоднішньої вечірньої дискусії: все можливо, якщо це корисно для досягнення нашої мети⟧, – додав президент Франції.
"""),
    # --- Macron three weeks later (same topic, another occasion) --------------------------
    dict(doc="ma06", lang="ru", outlet="Российская газета", date="2024-03-17",
         url="https://rg.ru/amp/2024/03/17/makron-franciia-mozhet-provesti-nazemnuiu-operaciiu-na-ukraine-protiv-rf.html",
         title="Макрон: Франция может провести наземную операцию на Украине против РФ",
         text="""Президент Франции Эммануэль Макрон допустил наземную операцию на Украине. По его словам, ⟦A6i|сила Франции как раз в том, что она может это сделать⟧.

"⟦A6f|Возможно, в определенный момент придется провести операции на месте, какими бы они ни были, чтобы противостоять российским войскам⟧", - сказал французский лидер.

Макрон отметил, что ⟦A7i|большинство стран Европы разделяют позицию Парижа⟧. "⟦A7f|Мы обязаны готовиться к любым сценариям⟧", - добавил он.

Ранее Макрон заявлял, что ⟦A1i|не исключает возможной отправки сухопутных войск НАТО на Украину⟧. ⟦A1i|Вопрос об этом, по его словам, поднимался в ходе конференции в Париже, однако к единому мнению прийти не удалось⟧.
"""),
    # --- Zakharova and the phone call during her briefing, 2024-11-21 ---------------------
    dict(doc="za01", lang="en", outlet="The Kyiv Independent", date=None,
         url="https://kyivindependent.com/russian-fm-spokesperson-asked-not-to-comment-on-ballistic-missile-strike-on-ukraine-during-briefing",
         title="Russian FM spokesperson asked not to comment on ballistic missile strike on Ukraine during briefing",
         text="""Russian Foreign Ministry spokesperson Maria Zakharova received a call during her Nov. 21 press briefing instructing her not to comment on the latest ballistic missile attacks on Ukraine.

The briefing followed a Russian missile attack on the Ukrainian city of Dnipro earlier that day, allegedly involving an intercontinental ballistic missile.

Zakharova stood near the microphone, so an unnamed man on the phone could be heard telling her: "⟦X1f|Masha, our ballistic missile strikes, which we didn't talk about, we don't comment on at all.⟧"

A recording of the exchange has circulated online and through various media outlets.

Zakharova later told Russia's state-owned TASS news agency that ⟦B1i|the call was to "⟦B1p|clarify whether the Foreign Ministry could comment on the topic⟧."⟧ She added, "⟦B1f|The answer was received during the briefing — the Foreign Ministry does not comment. So, there is no intrigue.⟧"
"""),
    dict(doc="za02", lang="en", outlet="The New Indian Express (AFP)", date="2024-11-21",
         url="https://www.newindianexpress.com/world/2024/Nov/21/russian-spokeswoman-told-not-to-comment-on-ukraine-missile-strike-live-on-air",
         title="Russian spokeswoman told not to comment on Ukraine missile strike live on air",
         text="""MOSCOW: Russia's foreign ministry spokeswoman Maria Zakharova received a phone call during a live press briefing on Thursday telling her not to comment on reports of a ballistic missile strike on Ukraine, video showed.

"⟦X1f|Masha,⟧" an unknown male voice on the phone said, addressing Zakharova using a diminutive form of her first name.

"⟦X1f|On the 'Yuzhmash' ballistic missile strike that the Westerners have started talking about, we are not commenting at all,⟧" the voice added.

In later comments to Russian state news agency TASS, Zakharova said ⟦B1i|the phone call was aimed at clarifying whether the foreign ministry was able to broach a specific topic⟧ and dismissed any "⟦B1p|intrigue⟧".

"⟦B1f|I clarified with experts whether this topic is ours. The answer came during the briefing -- the Foreign Ministry does not comment. So there is no intrigue,⟧" she told the news agency.
"""),
    dict(doc="za03", lang="en", outlet="Ukrainska Pravda", date="2024-11-21",
         url="https://www.pravda.com.ua/eng/news/2024/11/21/7485626/",
         title="Russian Foreign Ministry spokeswoman told to stay silent on Dnipro missile strike during briefing – video",
         text="""Russian Foreign Ministry spokeswoman Maria Zakharova has received a phone call during a press briefing on 21 November asking her not to comment on the allegations of a Russian intercontinental ballistic missile strike on Ukraine.

Source: BBC Russian Service; Zakharova in a comment to RIA Novosti, a Kremlin-aligned Russian news outlet

RIA Novosti asked Zakharova for a comment, but she said ⟦B1i|there was nothing intriguing about the situation⟧.

Quote from Zakharova: "⟦B1f|Before the briefing, there were questions about controversial reports on the Internet... I asked the experts if this topic was in our competence. The answer came during the briefing – the Foreign Ministry has no comment. So there is no intrigue.⟧"
"""),
    dict(doc="za04", lang="ru", outlet="АиФ-Москва (rusnewshub)", date="2024-11-21",
         url="https://rusnewshub.ru/?p=428253",
         title="Захарова объяснила звонок во время брифинга",
         text="""Москва, 21 ноября — АиФ-Москва.
Официальный представитель МИД России Мария Захарова объяснила телефонный звонок, поступивший ей во время прямого эфира в рамках еженедельного брифинга.

По ее словам, ⟦B1i|звонок был связан с уточнением некоторых моментов у экспертов, к которым она обратилась ранее⟧.

«⟦B1f|Перед брифингом были вопросы в связи с противоречивыми материалами в интернете. Уточнила у экспертов, наша ли эта тема. Ответ пришел в ходе брифинга — МИД не комментирует⟧», — цитирует ее ТАСС.

Захарова подытожила, что ⟦B1i|никакой интриги в звонке в прямом эфире нет⟧.

Ранее во время брифинга Захарова заявила, что ⟦B2i|США «⟦B2p|скребут по сусекам⟧», собирая средства для продолжения конфликта на Украине в 2025 году⟧.

По ее словам, ⟦B2i|Пентагон стремится до инаугурации избранного президента Дональда Трампа передать Киеву оставшиеся объемы американской военной помощи⟧.
"""),
    dict(doc="za05", lang="ru", outlet="Сейлдон (news.myseldon.com)", date=None,
         url="https://news.myseldon.com/ru/news/index/320860048",
         title="Захарова объяснила, кто прервал ее брифинг звонком",
         text="""Официальный представитель МИД РФ Мария Захарова объяснила, кто прервал ее во время брифинга 21 ноября телефонным звонком.

Однако Мария Захарова заявила, что ⟦B1i|«⟦B1p|никакой интриги нет⟧»⟧. Ей позвонили и попросили ⟦X1i|не комментировать «⟦X1p|наши удары баллистическими ракетами⟧»⟧, пишет «Газета.Ru».

– ⟦B1f|Перед брифингом были вопросы в связи с противоречивыми материалами в интернете. Уточнила у экспертов, наша ли эта тема. Ответ пришел в ходе брифинга – МИД не комментирует. Так что интриги никакой нет⟧, – сказала она изданию.

Она уточнила, что ⟦B4i|ей звонил «⟦B4p|эксперт⟧»⟧.

– ⟦X1f|Наш удар баллистическими ракетами, о чем... стали говорить, не комментируем вообще⟧, – сказал ее собеседник.

Представитель МИД поблагодарила звонившего и продолжила общение с журналистами.
"""),
    dict(doc="za06", lang="ru", outlet="TV8", date="2024-11-21",
         url="https://tv8.md/ru/2024/11/21/video-rossiya-udarila-po-ukraine-mezhkontinentalnoi-raketoi-zakharovoi-zapretili-kommentirovat-nochnoi-obstrel-dnepra/270108",
         title="Захаровой запретили комментировать ночной обстрел Днепра",
         text="""Официальному представителю МИД России Марии Захаровой позвонили во время брифинга и запретили комментировать предполагаемый удар межконтинентальной баллистической ракетой по Украине. Все это случилось в прямом эфире.

"⟦X1f|По "Южмашу" удар баллистическими ракетами, о чем западные СМИ стали говорить, не комментируем вообще⟧", — распорядился мужской голос во время звонка.

Захарова держала телефон рядом с микрофоном, что позволило зрителям трансляции и журналистам услышать разговор.

Позже сама Захарова пояснила, что ⟦B1i|перед брифингом возникли вопросы по поводу неких “⟦B1p|противоречивых материалов⟧" в интернете, и она решила проконсультироваться с экспертами⟧.

"⟦B1f|Ответ пришел в ходе брифинга — МИД не комментирует. Так что интриги никакой нет⟧”, — сказала Захарова в комментарии для государственных российских СМИ.
"""),
    dict(doc="za07", lang="ru", outlet="Гордон", date=None,
         url="https://gordonua.com/news/military-actions/zakharovoj-vo-vremja-brifinha-prikazali-ne-kommentirovat-udar-rf-po-dnepru-ukrainskij-mid-potrollil-ee-1725158.html",
         title="Захаровой во время брифинга приказали не комментировать удар РФ по Днепру. Украинский МИД потроллил ее",
         text="""Во время брифинга официального представителя МИД РФ Марии Захаровой ей позвонили по телефону, и разговор услышали журналисты.

"⟦X1f|По "Южмашу" удар баллистическими ракетами, о котором западные СМИ стали говорить, не комментируем вообще⟧", – заявил телефонный собеседник Захаровой, назвавший ее Машей.

После этого спикер украинского МИД Георгий Тихий в начале своего брифинга с журналистами посмеялся над ситуацией с Захаровой. Тихий отметил, что ⟦T1i|у него тоже есть телефон, но во время брифингов ему "⟦T1p|никто не звонит⟧"⟧.

"⟦T1f|Во-первых, потому что у нас свободная страна, никто не рассказывает ничего, а во-вторых, потому что мы, в принципе, сообщаем правдивые факты и нас не нужно координировать, как соврать сегодня, чтобы это не противоречило тому, как мы соврали вчера⟧", – сказал Тихий.
"""),
    dict(doc="za08", lang="uk", outlet="Обозреватель", date=None,
         url="https://war.obozrevatel.com/ukr/zaharovij-zatelefonuvali-pryamo-pid-chas-brifingu-cherez-udar-balistikoyu-po-ukraini-dali-vkazivki-yak-diyati-video/amp.htm",
         title="Захаровій зателефонували прямо під час брифінгу через удар балістикою по Україні: дали вказівки, як діяти. Відео",
         text="""Представниці МЗС Росії Марії Захаровій зателефонували просто під час брифінгу через удар балістикою по Україні. Вона отримала вказівку від неназваного чиновника утриматися від коментарів щодо удару міжконтинентальною балістичною ракетою по Дніпру.

Телефонний дзвінок відбувся під час брифінгу, який транслювався у прямому ефірі у четвер, 21 листопада. Зміст розмови частково зафіксували мікрофони.

"⟦X1f|Машо, удари балістичними ракетами, про що заборонили говорити, дійсний ще⟧", – сказав Захаровій чиновник.

Після цього Захарова закінчила телефонну розмову та продовжила брифінг.
"""),
    dict(doc="za09", lang="uk", outlet="News-Pravda (Україна)", date="2024-11-21",
         url="https://ukraine.news-pravda.com/russia/2024/11/21/103010.html",
         title="Марія Захарова назвала фейком публікації про нібито постановку з телефонним дзвінком в ході її брифінгу",
         text="""Марія Захарова назвала фейком публікації про нібито постановку з телефонним дзвінком в ході її брифінгу.

"⟦B3f|Не було жодного брифінгу, на якому я була б без телефону. Не було і, підозрюю, не буде жодного брифінгу, коли я була б поза інформаційною повісткою — відстежую її за стрічками новин і в особистих повідомленнях. Коли тема настільки термінова, що чекати немає можливості, змушена брати телефон буквально в прямому ефірі. І всі журналісти це знають.⟧»
"""),
    # --- Guterres, opening the Climate Ambition Summit, 2023-09-20; CNN interview the same week
    dict(doc="gu01", lang="en", outlet="El País English (AP)", date="2023-09-20",
         url="https://english.elpais.com/international/2023-09-20/un-secretary-general-antonio-guterres-humanity-has-opened-the-gates-to-hell.html",
         title="UN Secretary General António Guterres: ‘Humanity has opened the gates to hell’",
         text="""The head of the United Nations warned Wednesday that ⟦G1i|the “⟦G1p|gates of hell⟧” are at hand as climate change intensifies⟧. Major emitting nations remained silent at the summit: they were not allowed to speak because, organizers said, they had no new actions to take.

“⟦G1f|Humanity has opened the gates to hell,⟧” U.N. Secretary-General António Guterres said Wednesday, opening a special climate ambition summit with yet another plea for action. “⟦G1f|Horrendous heat is having horrendous effects. Distraught farmers watching crops carried away by floods. Sweltering temperatures spawning disease. And thousands fleeing in fear as historic fires rage.⟧”

Heads of state from China, the United States, India, Russia, the United Kingdom and France all skipped the summit.
"""),
    dict(doc="gu02", lang="en", outlet="Al Arabiya English", date="2023-09-20",
         url="https://english.alarabiya.net/News/world/2023/09/20/Humanity-s-addiction-to-fossil-fuels-opened-the-gates-to-hell-UN-chief",
         title="Humanity’s addiction to fossil fuels opened the ‘gates to hell’: UN chief",
         text="""⟦G1i|Humanity’s addiction to fossil fuels has “⟦G1p|opened the gates to hell⟧,”⟧ UN Secretary-General Antonio Guterres said Wednesday as he opened a high-level climate summit.

Guterres evoked ⟦G1i|“⟦G1p|horrendous heat⟧” and “⟦G1p|historic fires⟧” fueled by greenhouse gas emissions⟧, but stressed ⟦G3i|the future was not fixed and it is not too late to limit the rise in global temperatures to the international goal of maximum 1.5 degrees Celsius⟧.
"""),
    dict(doc="gu03", lang="ru", outlet="Стаханов.info", date=None,
         url="https://m.stahanov.info/news/84613-gensek_oon_zajavil_chto_chelovechestvo_otkrylo_vrata_v_ad",
         title="Генсек ООН заявил, что человечество открыло врата в ад",
         text="""Генеральный секретарь ООН Антониу Гутерриш раскритиковал мировое сообщество за неспособность эффективно бороться с проблемами изменения климата. ⟦G1i|Закрывая глаза на экологические проблемы, человечество, по его мнению, открыло врата в преисподнюю⟧, передает американская телевизионная компания “ABC”.

“⟦G1f|Наше внимание здесь сосредоточено на решениях проблем климата – и наша задача неотложна. Человечество открыло врата ада. Ужасающая жара имеет ужасающие последствия. Бушуют пожары. Борьба с изменением климата меркнет по сравнению с масштабом проблемы⟧”, — сказал Гутерриш в своем выступлении.

“⟦G1f|Если ничего не изменится, мы движемся к повышению температуры на 2,8 градуса – к опасному и нестабильному миру⟧”, - добавил он.
"""),
    dict(doc="gu04", lang="ru", outlet="НСН", date=None,
         url="https://nsn.fm/in-the-world/guterresh-chelovechestvo-otkrylo-vrata-ada",
         title="Гутерреш: Человечество открыло врата ада",
         text="""Генеральный секретарь ООН Антониу Гутерреш во время выступления на саммите организации заявил, что ⟦G1i|человечество «⟦G1p|открыло врата ада⟧»⟧. Об этом сообщает ABC News.

«⟦G1f|Наше внимание здесь сосредоточено на решениях проблем климата – и наша задача неотложна. Человечество открыло врата ада⟧», — подчеркнул генсек.

Гутерреш добавил, что ⟦G1i|нестабильный и опасный мир становится все ближе⟧, пишет RT. По мнению генсека, ⟦G2i|уровень раскола между сверхдержавами беспрецедентный, «⟦G2p|какого не было со времен Второй мировой войны⟧»⟧.

Ранее Гутерреш призвал ⟦G5i|к миру на Украине в соответствии с международным правом⟧, напоминает телеканал «360».
"""),
    dict(doc="gu05", lang="ru", outlet="Мирновости", date=None,
         url="https://mirnov.ru/lenta-novostej/gensek-oon-predupredil-ob-otkrytyh-vratah-v-ad.html",
         title="Генсек ООН предупредил об открытых вратах в ад",
         text="""Генеральный секретарь ООН Антониу Гутерриш выступил с критикой человечества за неспособность добиться прогресса в борьбе с изменением климата.

Выступая с трибуны ООН, глава организации заявил о том, что ⟦G1i|решение климатических проблем — это неотложная задача, на которой необходимо сосредоточиться⟧. По словам Гутерриша, ⟦G1i|«⟦G1p|человечество открыло врата ада⟧», и сейчас население планеты находится все ближе к опасному и нестабильному миру⟧.

Он подчеркнул, что ⟦G2i|уровень раскола между сверхдержавами в настоящее время очень велик⟧. Такой нестабильной ситуации не было со времен Второй мировой войны. Генсек ООН добавил, что ⟦G2i|даже в годы холодной войны «⟦G2p|все было более предсказуемо, чем сегодня⟧»⟧.
"""),
    dict(doc="gu06", lang="en", outlet="World Report Now", date="2023-11-15",
         url="https://www.worldreportnow.com/news/humanity-has-opened-the-gates-of-hell-un-secretary-general-says-of-climate-urgency/16489/",
         title="'Humanity has opened the gates of hell,' UN Secretary-General says of climate urgency",
         text="""In a passionate appeal for action, the UN Secretary-General António Guterres delivered a sobering speech on the urgent need to address the looming climate crisis. Describing the current state of affairs as humanity “⟦G1p|opening the gates of hell⟧,” Guterres emphasized the devastating consequences of our inaction.

In an interview with Christiane Amanpour, Guterres acknowledged ⟦G4i|his limited power as the Secretary-General of the United Nations but emphasized the importance of his voice⟧.

The world faces unprecedented levels of division among superpowers. Guterres lamented this state of affairs, noting that ⟦G2i|even the Cold War era had more predictability⟧.
"""),
    # --- Messi after the World Cup semi-final, interview with Olé, 2022-12-13 ---------------
    dict(doc="me01", lang="en", outlet="Firstpost", date="2022-12-14",
         url="https://www.firstpost.com/sports/football-news/lionel-messi-last-fifa-world-cup-game-qatar-final-11804531.html",
         title="Lionel Messi confirms Qatar final will be his last FIFA World Cup game",
         text="""Lionel Messi has confirmed that ⟦S1i|the upcoming final will be his his last FIFA World Cup game⟧. Argentina are already in the final after beating Croatia 3-0 in the semi-final on Tuesday.

“⟦S1f|I feel very happy, to be able to achieve this, to finish my World Cup journey by playing my last game in a final,⟧” Messi told the Argentine media outlet Diario Deportivo Ole.

“⟦S1f|It’s many years for the next one and I don’t think I’ll be able to do it. And to finish like this, it’s the best.⟧”

The football great, however, is not focussed on records and said that ⟦S2i|team’s only aim is to win the World Cup trophy⟧.

“⟦S2f|It’s all well and good (the records), but the important thing is to be able to achieve the group objective, which is the most beautiful thing of all. We’re just one step away, after fighting hard, and we’re going to give everything to try to make it happen this time.⟧”
"""),
    dict(doc="me02", lang="en", outlet="CNN", date="2022-12-14",
         url="https://edition.cnn.com/sport/live-news/world-cup-semifinal-12-14-22/index.html",
         title="Live updates: World Cup semifinal, France vs. Morocco",
         text="""Argentina captain Lionel Messi has confirmed ⟦S1i|Sunday’s final against either France or Morocco will be his last World Cup game⟧, according to Argentine media outlet Diario Deportivo Olé.

“⟦S1f|I feel very happy, to be able to achieve this. To finish my World Cup career playing my last game in a final,⟧” Messi told the publication.

“⟦S1f|There's a lot of years until the next one and I don't think I have it in me. And finishing like this is the best,⟧" the 35-year-old added.

The 2026 World Cup will be held in the United States, Canada and Mexico.
"""),
    dict(doc="me03", lang="en", outlet="The National", date="2022-12-14",
         url="https://www.thenationalnews.com/fifa-world-cup-2022/2022/12/14/lionel-messi-says-final-will-be-his-last-world-cup-game-for-argentina/",
         title="Lionel Messi says final will be his last World Cup game for Argentina",
         text="""Lionel Messi says ⟦S1i|Sunday’s final will be the last World Cup match of his career⟧.

The Argentina captain, 35, scored the opener in his side’s 3-0 semi-final victory against Croatia on Tuesday night and assisted the third goal. Afterwards, Messi confirmed ⟦S1i|his fifth World Cup would be his last⟧.

“⟦S1f|I am very happy for finishing my journey in World Cups in a final, to play the last game in a final,⟧” Messi said on Tuesday night. “⟦S1f|That is really very gratifying.⟧

“⟦S1f|Everything I lived in this World Cup has been emotional, seeing how much it has been enjoyed in Argentina.⟧

“⟦S1f|There are a lot of years from this year to the next one [World Cup 2026]. I don't think I will be able to do that. To finish this way is brilliant.⟧”

“⟦S2f|We are going to do our best, as we have done up until now, so that this time it really happens – we really win it,⟧” Messi said.
"""),
    dict(doc="me04", lang="en", outlet="Irish Examiner", date="2022-12-14",
         url="https://www.irishexaminer.com/sport/soccer/arid-41028281.html",
         title="Lionel Messi confirms Qatar final will be his last World Cup game",
         text="""Lionel Messi has confirmed ⟦S1i|he will play his last World Cup game when Argentina take on France or Morocco in Sunday's final in Qatar⟧.

"⟦S1f|I feel very happy, to be able to achieve this, to finish my World Cup journey by playing my last game in a final,⟧" Messi told Argentine media outlet Diario Deportivo Ole.

"⟦S1f|It's many years for the next one and I don't think I'll be able to do it. And to finish like this, it's the best,⟧" added the Argentina captain.

"⟦S2f|It's all well and good (the records), but the important thing is to be able to achieve the group objective, which is the most beautiful thing of all,⟧" Messi added. "⟦S2f|We're just one step away, after fighting hard, and we're going to give everything to try to make it happen this time.⟧"

The 35-year-old praised ⟦S6i|this "⟦S6p|very intelligent⟧" squad and "⟦S6p|excellent technical staff⟧"⟧ in Qatar, where things had started with a shock 2-1 defeat to Saudi Arabia.

"⟦S3f|I would say that the first match was a hard blow for all of us because we had been unbeaten in 36 matches,⟧" Messi said. "⟦S3f|To start in such a way in a World Cup was a really hard blow.⟧"
"""),
    dict(doc="me05", lang="ru", outlet="Дзен", date=None,
         url="https://dzen.ru/list/sport/messi-o-chempionate-mira",
         title="Месси о чемпионате мира",
         text="""Месси — о чемпионате мира: это мой последний шанс осуществить великую мечту

Нападающий сборной Аргентины Лионель Месси рассказал, что ⟦S4i|чемпионат мира в Катаре является последним шансом одержать победу на мундиале⟧. «⟦S4f|Я чувствую себя очень хорошо физически, я вернулся в состав в отличной физической форме. Этот чемпионат мира отличается ото всех, команды приехали почти неподготовленными. Конечно, это мой последний чемпионат мира и последний шанс осуществить эту великую мечту⟧», — цитирует Месси Marca.

Месси — о победе на ЧМ-2022: я мечтал об этом всю свою жизнь

Нападающий «Интер Майами» Лионель Месси вспомнил свою победу со сборной Аргентины на чемпионате мира 2022 года. «⟦S5f|Я мечтал об этом всю жизнь. Это единственное, чего мне не хватало в профессиональной карьере, потому что мне посчастливилось добиться всего на индивидуальном и клубном уровне в составе «Барселоны»⟧», — приводит слова Месси NBC.
"""),
    # --- Kuleba arriving at NATO, 2023-11-29; Kuleba to Ukrainska Pravda, January 2026 ------
    dict(doc="ku01", lang="en", outlet="Brisbane Times", date="2023-11-29",
         url="https://www.brisbanetimes.com.au/world/europe/there-is-no-stalemate-ukraine-s-foreign-minister-at-odds-with-top-general-ahead-of-nato-gathering-20231129-p5envy.html",
         title="‘There is no stalemate’: Ukraine’s foreign minister and top general at odds over war",
         text="""Brussels: Ukraine’s Foreign Minister Dymtro Kuleba says ⟦D1i|there is no stalemate in his country’s fight against Russian invaders⟧, directly contradicting Ukraine’s commander-in-chief.

Kuleba made the comments on arriving at NATO headquarters in Brussels, where foreign ministers from the alliance are meeting for a special NATO-Ukraine council.

Earlier this month Ukraine’s commander-in-chief, General Valery Zaluzhny said ⟦V1i|the battle had “⟦V1p|reached the level of technology that puts us into a stalemate⟧”⟧.

But, when asked by this masthead what was needed to break the stalemate, Kuleba responded: “⟦D1f|There is no stalemate⟧”.

Kuleba said ⟦D2i|he did not doubt the political will behind the promises made by the West to help Ukraine with military supplies, but work needed to be done to deliver on those pledges⟧.
"""),
    dict(doc="ku02", lang="ru", outlet="Аргументы и факты (Дзен)", date=None,
         url="https://dzen.ru/a/ZWcZSGQx7GXbv_VP",
         title="Кулеба резко ответил журналистке, спросившей его о тупике на СВО",
         text="""Глава МИД Украины Дмитрий Кулеба резко отреагировал на вопрос журналистки, спросившей его о тупике ВСУ в зоне спецоперации. Об этом сообщает РИА Новости.

Кулеба принял участие в заседании совета НАТО по вопросу Украины, перед которым у политиков состоялась встреча с журналистами. Одна из представительниц СМИ спросила у главы украинского МИД, что нужно Киеву, чтобы выйти из тупикового положения. Однако Кулеба резко перебил ее, не дав закончить вопрос.

«⟦D1f|Нет никакого тупика⟧», — заявил он.

Ранее Дмитрий Кулеба назвал ⟦D3i|ВСУ сильнейшей армией Европы⟧.
"""),
    dict(doc="ku03", lang="ru", outlet="RT на русском", date=None,
         url="https://russian.rt.com/ussr/news/1238205-kuleba-vsu-silneishaya-armiya",
         title="Кулеба назвал ВСУ «сильнейшей армией» Европы, несмотря на провал наступления",
         text="""Глава МИД Украины Дмитрий Кулеба высказался перед заседанием совета Украина — НАТО.

Кулеба заявил, что ⟦D4i|победа Украины в конфликте отвечает интересам всего евро-атлантического сообщества⟧.

Он добавил, что ⟦D3i|защита Европы без Украины — бесполезная трата времени⟧.

«⟦D3f|Вы не сможете это сделать, просто потому что у Украины сильнейшая и наиболее закалённая в боях армия в Европе⟧», — цитирует его РИА Новости.

Ранее министр иностранных дел Венгрии Петер Сийярто заявил, что ⟦Y1i|главы МИД стран НАТО в ходе встречи в Брюсселе признали, что контрнаступление ВСУ провалилось⟧.
"""),
    dict(doc="ku04", lang="uk", outlet="Коментарі", date="2026-01-12",
         url="https://society.comments.ua/ua/news/warrussia/chi-e-shans-zakinchiti-viynu-u-2026-roci-kuleba-zrobiv-nevtishniy-prognoz-793549.html",
         title="Чи є шанс закінчити війну у 2026 році: Кулеба зробив невтішний прогноз",
         text="""⟦D5i|Шансу закінчити війну у 2026 році немає, але досягнути домовленості про припинення вогню можна, хоч він буде не тривалий через російські провокації⟧. Таку думку в інтерв’ю "УП" висловив колишній міністр закордонних справ Дмитро Кулеба.

"⟦D5f|Ми ж бачили історію з начебто українськими дронами, "які атакують резиденцію Путіна на Валдаї". Оце ж так і буде працювати режим припинення вогню⟧", — сказав екс-міністр закордонних справ України.

Дипломат наголосив, що ⟦D6i|війни зупиняються тоді, коли у всіх з'являється мотивація, яка може бути позитивна або негативна⟧.

"⟦D6f|Позитивна мотивація: я досяг того, що хотів, мені цього наразі достатньо, зупиняємося. Негативна – це тиск партнерів, внутрішні труднощі, мені треба зробити паузу, почистити пір'ячко або скинути тиск партнера, який змушує мене це робити. Припинення вогню між Ізраїлем і ХАМАС – це якраз сукупність цих двох мотивацій⟧", – зазначив екс-глава МЗС.

При цьому Дмитро Кулеба зазначив, що ⟦D6i|у нас зараз немає комбінації цих мотивацій, бо Росія впевнена, що здатна досягати своїх цілей військовим шляхом, а Україна впевнена, що здатна триматися⟧.

За його словами, ⟦D7i|в кожного є компенсаторні ресурси: для Росії – це Китай, а для України – Європа⟧.

Дмитро Кулеба переконаний, ⟦D8i|допоки Європа й Україна триматимуться разом, Трамп не може їх поламати, незважаючи на досить потужний тиск⟧.
"""),
    dict(doc="ku05", lang="uk", outlet="ПЛ", date="2026-01-13",
         url="https://pl.com.ua/politics/2026/01/13/chy-ye-shans-do-kinczya-2026-roku-zakinchyty-vijnu-kuleba-nadav-vidpovid/",
         title="Чи є шанс до кінця 2026 року закінчити війну: Кулеба надав відповідь",
         text="""Колишній міністр закордонних справ України Дмитро Кулеба скептично оцінює можливість завершення війни до кінця 2026 року, наголошуючи, що ⟦D5i|наразі відсутні ключові передумови для сталого миру⟧.

В інтерв’ю «Українській правді» він зазначив, що ⟦D5i|певні домовленості про припинення вогню теоретично можливі, однак вони навряд чи будуть тривалими через системні провокації з боку Росії⟧.

Колишній голова МЗС підкреслив, що ⟦D6i|війни припиняються лише тоді, коли сторони отримують чітку мотивацію — позитивну або негативну⟧.

Окрему увагу Кулеба звернув на роль зовнішніх гравців і компенсаторні ресурси сторін, зазначивши, що ⟦D7i|для Росії таким фактором виступає Китай, а для України — Європа⟧.
"""),
    # --- Lagarde: press conference of 2023-06-15 and Sintra speech of 2023-06-27 ------------
    dict(doc="lg01", lang="en", outlet="International Investment", date="2023-06-27",
         url="https://www.internationalinvestment.net/news/4118967/christine-lagarde-declares-ecb-continue-raise-interest-rates-july",
         title="Christine Lagarde declares ECB to continue to raise interest rates in July",
         text="""⟦H1i|The European Central Bank is willing to continue its hawkish quantitative tightening policy of raising interest rates next month⟧, president of the ECB Christine Lagarde has said.

Speaking at the ECB Forum on Central Banking 2023 in Portugal today (27 June), the ECB president said: "⟦H1f|Barring a material change to the outlook, we will continue to increase rates in July.⟧"

Euro area annual inflation was 6.1% in May 2023, down from 7% in April, with the ECB targeting a 2% level.
"""),
    dict(doc="lg02", lang="en", outlet="Zawya (AFP)", date="2023-06-27",
         url="https://www.zawya.com/en/world/uk-and-europe/unlikely-ecb-can-say-whether-rates-have-peaked-soon-lagarde-o85r14ue",
         title="Unlikely ECB can say whether rates have peaked soon: Lagarde",
         text="""European Central Bank president Christine Lagarde said Tuesday ⟦H2i|it was "⟦H2p|unlikely⟧" policymakers could say soon when interest rates had peaked⟧ as they battle stubbornly high inflation, and pledged yet another hike in July.

"⟦H2f|It is unlikely that in the near future the central bank will be able to state with full confidence that the peak rates have been reached,⟧" she said at the start of an annual gathering of central bank chiefs and economists in Sintra, southern Portugal.

She added that "⟦H1p|barring a material change to the outlook, we will continue to increase rates in July⟧".
"""),
    dict(doc="lg03", lang="en", outlet="FXStreet", date="2023-06-15",
         url="https://www.fxstreet.com/news/lagarde-speech-were-not-thinking-about-pausing-202306151311",
         title="Lagarde speech: We're not thinking about pausing",
         text="""Christine Lagarde, President of the European Central Bank (ECB), is delivering her remarks on the policy outlook and responding to questions from the press following the Governing Council's decision to hike key rates by 25 basis points in June.

Key takeaways

"⟦H5f|We still have ground to cover.⟧"

"⟦H3f|Barring material change, very likely that we will continue to raise rates in July.⟧"

"⟦H4f|We're not thinking about pausing.⟧"

"⟦H6f|Inflation is projected to remain too high for too long.⟧"
"""),
]

_PC = ["journalists"]
_OLE = ["Olé", "Ole", "Diario Deportivo Olé", "Diario Deportivo Ole"]
STATEMENTS = {
    "A1": ("Emmanuel Macron", "press conference after the Paris conference on Ukraine, 2024-02-26", "2024-02-26", _PC,
           "No consensus today on sending ground troops officially, but nothing can be ruled out; France will do everything so that Russia cannot win"),
    "A2": ("Emmanuel Macron", "press conference after the Paris conference on Ukraine, 2024-02-26", "2024-02-26", _PC,
           "Many who say 'never' today said 'no tanks, no planes, no long-range missiles' two years ago"),
    "A3": ("Emmanuel Macron", "press conference after the Paris conference on Ukraine, 2024-02-26", "2024-02-26", _PC,
           "We should have the humility to admit we were often six to twelve months behind; everything is possible if useful to the goal"),
    "A4": ("Emmanuel Macron", "press conference after the Paris conference on Ukraine, 2024-02-26", "2024-02-26", _PC,
           "The defeat of Russia is indispensable to the security and stability of Europe"),
    "A5": ("Emmanuel Macron", "press conference after the Paris conference on Ukraine, 2024-02-26", "2024-02-26", _PC,
           "He will not lift the ambiguity by naming countries; the issue was raised as one option"),
    "A6": ("Emmanuel Macron", "interview published 2024-03-16/17 (medium not stated by the report)", "2024-03-16", None,
           "At some point ground operations against Russian forces may be needed; France's strength is that it can do it"),
    "A7": ("Emmanuel Macron", "interview published 2024-03-16/17 (medium not stated by the report)", "2024-03-16", None,
           "Most European countries share Paris's position; we must prepare for every scenario"),
    "A8": ("Emmanuel Macron", "press conference after the Paris conference on Ukraine, 2024-02-26", "2024-02-26", _PC,
           "Ukraine's partners are not at war with the Russian people but do not want to let Russia win in Ukraine"),
    "B1": ("Maria Zakharova", "comments to Russian news agencies after her briefing, 2024-11-21", "2024-11-21",
           ["TASS", "ТАСС", "RIA Novosti", "РИА Новости", "Gazeta.ru", "Газета.Ru", "Газетой.ru", "state media", "государственных российских СМИ"],
           "The call was about checking with experts whether the topic was the ministry's; the answer came during the briefing: no comment; so there is no intrigue"),
    "B2": ("Maria Zakharova", "weekly briefing, 2024-11-21", "2024-11-21", _PC,
           "The US is scraping the barrel to fund the Ukraine conflict in 2025; the Pentagon wants to hand over remaining aid before Trump's inauguration"),
    "B3": ("Maria Zakharova", "rebuttal of reports that the call was staged, 2024-11-21", "2024-11-21", None,
           "There was never a briefing without her phone; when a topic is urgent she has to take the phone on air; all journalists know it"),
    "B4": ("Maria Zakharova", "comments to Gazeta.ru after her briefing, 2024-11-21", "2024-11-21", ["Gazeta.ru", "Газета.Ru", "Газетой.ru"],
           "The caller was an 'expert'"),
    "X1": ("unidentified male caller", "phone call heard during Zakharova's briefing, 2024-11-21", "2024-11-21", None,
           "The ballistic missile strike on Yuzhmash that the West started talking about is not to be commented on at all"),
    "T1": ("Heorhii Tykhyi", "briefing of Ukraine's foreign ministry, 2024-11-21", "2024-11-21", _PC,
           "He too has a phone but nobody calls him during briefings: Ukraine is free and reports true facts, so needs no coordination of lies"),
    "G1": ("António Guterres", "opening speech of the Climate Ambition Summit, 2023-09-20", "2023-09-20", None,
           "Our task is urgent; humanity has opened the gates of hell; horrendous heat, floods, disease, fires; climate action is dwarfed by the challenge; if nothing changes, 2.8 degrees and a dangerous, unstable world"),
    "G2": ("António Guterres", "CNN interview with Christiane Amanpour, September 2023", None, ["CNN", "Christiane Amanpour", "Amanpour"],
           "Division among superpowers is unprecedented; even the Cold War was more predictable than today"),
    "G3": ("António Guterres", "opening speech of the Climate Ambition Summit, 2023-09-20", "2023-09-20", None,
           "The future is not fixed; it is not too late to limit warming to 1.5 degrees"),
    "G4": ("António Guterres", "CNN interview with Christiane Amanpour, September 2023", None, ["CNN", "Christiane Amanpour", "Amanpour"],
           "His power as Secretary-General is limited, but his voice matters"),
    "G5": ("António Guterres", "an earlier statement on Ukraine (date not given by the report)", None, None,
           "Calls for peace in Ukraine in line with international law"),
    "S1": ("Lionel Messi", "interview with Olé after the semi-final against Croatia, 2022-12-13", "2022-12-13", _OLE,
           "The final will be his last World Cup game; there are many years until the next one and he does not think he will make it; finishing like this is the best"),
    "S2": ("Lionel Messi", "interview with Olé after the semi-final against Croatia, 2022-12-13", "2022-12-13", _OLE,
           "Records are fine but the group objective matters; one step away, they will give everything so that it happens this time"),
    "S3": ("Lionel Messi", "after the semi-final against Croatia, 2022-12-13", "2022-12-13", None,
           "The opening defeat by Saudi Arabia was a hard blow after 36 unbeaten matches"),
    "S4": ("Lionel Messi", "remarks quoted by Marca during the 2022 World Cup", None, None,
           "He feels physically well; this is his last World Cup and last chance at the great dream"),
    "S5": ("Lionel Messi", "remarks quoted by NBC after 2022", None, None,
           "He dreamed of the World Cup all his life; it was the only thing missing from his career"),
    "S6": ("Lionel Messi", "after the semi-final against Croatia, 2022-12-13", "2022-12-13", None,
           "The squad is very intelligent and the technical staff excellent"),
    "D1": ("Dmytro Kuleba", "doorstep remarks arriving at NATO headquarters, 2023-11-29", "2023-11-29", _PC,
           "There is no stalemate"),
    "D2": ("Dmytro Kuleba", "remarks arriving at NATO headquarters, 2023-11-29", "2023-11-29", None,
           "He does not doubt the West's political will, but the pledges of military supplies must be delivered"),
    "D3": ("Dmytro Kuleba", "remarks before the NATO-Ukraine Council, 2023-11-29", "2023-11-29", None,
           "Defending Europe without Ukraine is a waste of time; Ukraine has the strongest, most battle-hardened army in Europe"),
    "D4": ("Dmytro Kuleba", "remarks before the NATO-Ukraine Council, 2023-11-29", "2023-11-29", None,
           "Ukraine's victory is in the interest of the whole Euro-Atlantic community"),
    "D5": ("Dmytro Kuleba", "interview with Ukrainska Pravda, January 2026", "2026-01-12", ["Ukrainska Pravda", "УП", "Українській правді", "Українська правда"],
           "No chance to end the war in 2026; a ceasefire is possible but would not last because of Russian provocations"),
    "D6": ("Dmytro Kuleba", "interview with Ukrainska Pravda, January 2026", "2026-01-12", ["Ukrainska Pravda", "УП", "Українській правді", "Українська правда"],
           "Wars stop when the sides have positive or negative motivation; that combination is absent now"),
    "D7": ("Dmytro Kuleba", "interview with Ukrainska Pravda, January 2026", "2026-01-12", ["Ukrainska Pravda", "УП", "Українській правді", "Українська правда"],
           "Each side has compensating resources: China for Russia, Europe for Ukraine"),
    "D8": ("Dmytro Kuleba", "interview with Ukrainska Pravda, January 2026", "2026-01-12", ["Ukrainska Pravda", "УП", "Українській правді", "Українська правда"],
           "As long as Europe and Ukraine hold together, Trump cannot break them"),
    "V1": ("Valerii Zaluzhnyi", "essay/interview of November 2023 (medium not stated by the report)", None, None,
           "The war has reached a level of technology that puts it into a stalemate"),
    "Y1": ("Péter Szijjártó", "remarks after the NATO foreign ministers' meeting, November 2023", None, None,
           "NATO foreign ministers acknowledged in Brussels that the Ukrainian counteroffensive failed"),
    "H1": ("Christine Lagarde", "speech opening the ECB Forum in Sintra, 2023-06-27", "2023-06-27", None,
           "Barring a material change to the outlook, the ECB will continue to increase rates in July"),
    "H2": ("Christine Lagarde", "speech opening the ECB Forum in Sintra, 2023-06-27", "2023-06-27", None,
           "It is unlikely the central bank will soon be able to state with full confidence that rates have peaked"),
    "H3": ("Christine Lagarde", "press conference after the rate decision, 2023-06-15", "2023-06-15", _PC,
           "Barring material change, very likely to continue raising rates in July"),
    "H4": ("Christine Lagarde", "press conference after the rate decision, 2023-06-15", "2023-06-15", _PC,
           "The ECB is not thinking about pausing"),
    "H5": ("Christine Lagarde", "press conference after the rate decision, 2023-06-15", "2023-06-15", _PC,
           "The ECB still has ground to cover"),
    "H6": ("Christine Lagarde", "press conference after the rate decision, 2023-06-15", "2023-06-15", _PC,
           "Inflation is projected to remain too high for too long"),
}
