# Annotation list (read by ../build_attributions.py). One R(...) call per attribution.
# R(doc, text, cue, cue_lemma, source_text, speaker, source_type, medium, via, note, ctx, sctx, anonymous)
P, O, A, M = "person", "organization", "anonymous", "media"

# ---------------- b01 Matthews International (RTTNews)
R("b01", "a lower first-quarter profit despite higher revenues, as expenses increased and investment income declined", "reported", "report",
  "Casket maker Matthews International Corp. (MATW)", "Matthews International", O,
  note="BORDERLINE: results announcement with an NP content (as en-attr h01/h03); the 'as ...' reason clause is kept (it may be the journalist's gloss). 'Earnings ... missed analysts' estimates' (next sentence) has no cue.")
R("b01", "its earnings guidance for the full year 2013", "confirmed", "confirm", "the company", "Matthews International", O,
  sctx="Moving ahead, the company confirmed",
  note="BORDERLINE: 'confirm' + NP (the guidance still stands). The following direct quotation of Joseph Bartolacci is not annotated.")
R("b01", "earnings of $0.43 per share for the quarter", "expected", "expect", "three analysts polled by Thomson Reuters",
  "analysts polled by Thomson Reuters", A,
  note="BORDERLINE: expectation with an NP content. 'Analysts' estimates typically exclude special items' (next sentence) is the journalist's, not annotated.")
R("b01", "revenues of $220.48 million for the quarter", "expected", "expect", "Four analysts", "analysts", A,
  note="BORDERLINE: expectation with an NP content.")
R("b01", "its full-year 2013 adjusted earnings guidance of $2.45 to $2.55 per share", "confirmed", "confirm", "the company", "Matthews International", O,
  sctx="Going forward, the company confirmed",
  note="BORDERLINE: 'confirm' + NP, as the earlier record.")
R("b01", "fiscal year 2013 earnings of $2.49 per share", "expect", "expect", "Analysts", "analysts", A, sctx="Analysts now expect",
  note="BORDERLINE: expectation with an NP content. 'the company declared a dividend' (next paragraph) is an action, not annotated.")

# ---------------- b02 Quantum / StorageTek (eWEEK)
R("b02", "Storage firm Quantum Corp. reported another quarter of losses Tuesday, while Storage Technology Corp. had another quarter of growth",
  "said", "say", "officials of those companies", "officials of those companies", A,
  note="Clause-final cue over the whole sentence; unnamed officials of the two companies. Contains the nested Quantum results record.")
R("b02", "another quarter of losses", "reported", "report", "Storage firm Quantum Corp.", "Quantum", O,
  note="NESTED / BORDERLINE: results announcement with an NP content; 'Tuesday' dates the report and is excluded.")
R("b02", "the performance to lower-than-expected sales of media and drives", "attributed", "attribute",
  "Chairman and CEO Rick Belluzzo", "Rick Belluzzo", P,
  note="BORDERLINE: 'attribute X to Y' (as 'blame X for Y' in en-attr h09); the location 'in Milpitas, Calif.' is not part of the source. The following quotations are direct.")
R("b02", "Quantum expects flat to mild growth in the second quarter", "said", "say", "officials", "officials", A,
  sctx="quarter, officials said. Separately",
  note="Clause-final cue; the officials are Quantum's (unnamed). Contains the nested Quantum expectation. 'the company this week announced a new product, DLTSage, ...' is a product announcement (NP, no proposition), not annotated.")
R("b02", "flat to mild growth in the second quarter", "expects", "expect", "Quantum", "Quantum", O, sctx="Quantum expects flat",
  note="NESTED / BORDERLINE: company expectation with an NP content.")
R("b02", "StorageTek has a cash balance of $806 million", "said", "say", "officials", "officials", A,
  sctx="$806 million, officials said",
  note="Clause-final cue; StorageTek's unnamed officials. The preceding 'Also, “our storage services ...,” Martin said' is a direct quotation (only 'Also,' outside the marks), not annotated.")

# ---------------- b03 Meta layoffs (Breaking Latest News)
R("b03", "Meta Platforms Inc. (META) plans to start a major layoff this week", "according to", "according to",
  "people familiar with the matter", "people familiar with the matter", A)
R("b03", "The layoffs, announced as early as Wednesday, are expected to affect thousands of employees", "said", "say",
  "the people", "people familiar with the matter", A,
  note="'the people' = the people familiar with the matter. The agentless 'are expected' inside the content is not annotated separately.")
R("b03", "the company had more than 87,000 employees at the end of September", "According to", "according to",
  "information previously released by Meta", "Meta Platforms", O,
  note="The source is information released by the company; speaker is its issuer.")
R("b03", "Meta has told employees to cancel non-essential travel starting this week", "said", "say", "these people",
  "people familiar with the matter", A, note="Contains the nested instruction by Meta.")
R("b03", "to cancel non-essential travel starting this week", "has told", "tell", "Meta", "Meta Platforms", O,
  sctx="Meta has told employees",
  note="NESTED / BORDERLINE: directive ('told employees to ...') with an infinitival content.")
R("b03", "it was laying off about half of its workforce", "announced ... that", "announce", "Twitter Inc. (TWTR)", "Twitter", O,
  note="Relative clause 'which announced last week that ...'; the antecedent is the source. 'Meta’s potential workforce reduction is expected to be ...' (agentless) and 'A Meta spokesman declined to comment' (no content) are not annotated.")

# ---------------- b04 E. coli outbreak (LA Post)
R("b04", "it is utilizing the PulseNet system in its investigation", "said", "say", "The CDC", "Centers for Disease Control and Prevention", O,
  sctx="The CDC said it is utilizing",
  note="'Federal authorities are investigating a “fast-moving” ... outbreak' (scare quote, no cue) and 'The ... (CDC) has so far identified 29 people ...' (identification of an NP, not a report) are not annotated.")
R("b04", "the bacteria collected so far from affected patients are closely related", "indicates that", "indicate",
  "Whole genome sequencing that has been performed", "Centers for Disease Control and Prevention", O,
  note="BORDERLINE: evidential 'sequencing ... indicates that' in the paragraph that relays the CDC; the agent of the sequencing is not stated, speaker given as the CDC (the body whose investigation is reported).")
R("b04", "The true number of people who are affected is likely higher, the CDC acknowledged, and there may be more cases in other states",
  "acknowledged", "acknowledge", "the CDC", "Centers for Disease Control and Prevention", O, sctx="higher, the CDC acknowledged",
  note="SPLIT: fragments 'The true number ... is likely higher' and 'and there may be more cases in other states' around the cue; one span from the first to the last fragment, so it contains the source and cue. The final paragraph is a direct quotation ('..., the CDC said'); the reports inside it are not annotated.")

# ---------------- b05 Cascade Mall shooting (Libyan Express)
R("b05", "A suspect sought over a fatal gun attack at a shopping centre in Washington state on Friday evening has been captured", "say", "say",
  "police", "police", O, sctx="captured, police say",
  note="Clause-final cue. 'police' typed organization as in en-attr; no department is named for these statements (canonical 'police').")
R("b05", "him as Arcan Cetin, 20, of Oak Harbor, Washington", "have named", "name", "Police", "police", O, sctx="Police have named him",
  note="BORDERLINE: identification speech act ('named him as X') with a small-clause content (the suspect is Arcan Cetin, 20, of Oak Harbor).")
R("b05", "He was born in Turkey and is a legal US permanent resident", "say", "say", "officials", "officials", A,
  sctx="resident, officials say", note="Clause-final cue; unnamed officials.")
R("b05", "there was no evidence that the shooting was linked to terrorism", "said", "say", "The FBI", "FBI", O)
R("b05", "Arcan Cetin had been identified as a suspect after a car connected to him was seen on security camera footage at the shopping centre",
  "said", "say", "police", "police", O, sctx="At a news conference, police said",
  note="'At a news conference' is the setting (medium null).")
R("b05", "the car was later spotted in Oak Harbor", "said", "say", "Lt Mike Hawley", "Mike Hawley", P,
  note="The apposition 'of Island County Sheriff’s Department' is not part of source_text.")
R("b05", "he had been on his way to the scene when he saw the suspect by the side of a road and arrested him", "said", "say",
  "He", "Mike Hawley", P, sctx="He said he had been")
R("b05", "the man “said nothing, he was zombie like” and was not carrying a weapon", "said", "say", "Lt Hawley", "Mike Hawley", P,
  note="Mixed: quoted predicate inside the reported clause. The quoted 'said nothing' has no content and is not a separate record.")
R("b05", "they know of no motive for the shootings", "say", "say", "police", "police", O, sctx="So far, police say")
R("b05", "the youngest victim was 16-year-old Sarai Lara, who had survived cancer as a young child", "reported that", "report",
  "The Seattle Times", "The Seattle Times", M)
R("b05", "her as a happy, responsible, driven student", "described", "describe", "Her mother", "mother of Sarai Lara", A,
  note="BORDERLINE: 'described her as ...' (a speech act with a small-clause content); the unnamed mother typed anonymous. Not marked NESTED in the Seattle Times report: no outlet is stated in this sentence.")
R("b05", "security cameras showed the suspect entering the shopping centre without a weapon", "say", "say", "Police", "police", O,
  sctx="Police say security", note="Contains the nested evidential record.")
R("b05", "the suspect entering the shopping centre without a weapon", "showed", "show", "security cameras", "security cameras", O,
  sctx="say security cameras showed",
  note="NESTED / BORDERLINE: evidential 'cameras showed' with a small-clause content (as en-attr a03/a10 'videos ... show'); no person or body behind the footage is named, so the speaker is the surface 'security cameras' (typed organization for want of a better type).")
R("b05", "the suspect entering Macy’s with a rifle", "shows", "show", "the video", "security cameras", O,
  note="BORDERLINE: evidential 'the video shows' (continues the police account without a speech cue); 'the video' = the security-camera footage of the previous sentence. 'The gunman had fled ...' has no cue.")

# ---------------- b06 Alachua County deputy arrest (The Gainesville Sun)
R("b06", "William Allen Arnold Jr., 49, faces two second-degree felonies, unlawful sexual activity with a minor and lewd and lascivious behavior",
  "according to", "according to", "the Sheriff's Office", "Alachua County Sheriff's Office", O, sctx="according to the Sheriff's Office.",
  note="'the Sheriff's Office' = the Alachua County Sheriff's Office of the first sentence. The first sentence ('arrested one of its own ... on suspicion of' + NP) has a nominal attitude with an NP content; not annotated.")
R("b06", "Arnold, who had been hired in 2006 and worked in the Patrol Support Division, was placed on administrative suspension",
  "according to", "according to", "a Sheriff's Office news release", "Alachua County Sheriff's Office", O,
  note="The source is the Sheriff's Office's news release; speaker is its issuer. The relative clause lies inside the content and is kept. The next paragraph (Sheriff Sadie Darnell 'said in the news release') is a direct quotation.")
R("b06", "the girl told investigators that Arnold had a sexual relationship with her since the end of her eighth-grade year, when she was 14",
  "According to", "according to", "an arrest report", "Alachua County Sheriff's Office", O,
  note="The source is the arrest report; speaker is its issuer (the Sheriff's Office that made the arrest). Contains the nested record of the girl's statement.")
R("b06", "Arnold had a sexual relationship with her since the end of her eighth-grade year, when she was 14", "told investigators that", "tell",
  "the girl", "girl", A, sctx="the girl told investigators",
  note="NESTED in the arrest report (a document, not an outlet: via null). The unnamed minor is typed anonymous; the investigators are the addressees, not a medium.")
R("b06", "Over the years, they had about 10 sexual encounters, generally at his home", "said", "say", "she", "girl", A, sctx="home, she said",
  note="Clause-final cue; 'she' = the girl.")
R("b06", "The most recent was in January, after Arnold messaged her saying he was going through a tough time and thinking of suicide", "said", "say",
  "the report", "Alachua County Sheriff's Office", O, sctx="suicide, the report said",
  note="'the report' = the arrest report; speaker its issuer. Contains the nested record of Arnold's message. 'The girl got her mom to help her ...' (next sentence) has no cue.")
R("b06", "he was going through a tough time and thinking of suicide", "messaged her saying", "say", "Arnold", "William Allen Arnold Jr.", P,
  sctx="Arnold messaged her", note="NESTED in the report record.")
R("b06", "They went to his home and had sex", "according to", "according to", "the arrest report", "Alachua County Sheriff's Office", O,
  sctx="had sex, according to the arrest report")
R("b06", "she didn't want to have contact with him anymore", "emailed him saying", "say", "The girl", "girl", A, sctx="The girl, now 17",
  note="The apposition 'now 17' is not part of source_text.")
R("b06", "In an interview at the Sheriff's Office, Arnold acknowledged her as a family friend and said she would spend time at his house, but said nothing physical happened other than \"horseplay,\"",
  "according to", "according to", "the report", "Alachua County Sheriff's Office", O, sctx="according to the report.\n\nHe denied",
  note="Clause-final 'according to' over the whole sentence, including the fronted setting; the comma inside the closing quotation mark is kept. Contains three nested records of Arnold's statements.")
R("b06", "her as a family friend", "acknowledged", "acknowledge", "Arnold", "William Allen Arnold Jr.", P, sctx="Arnold acknowledged her",
  note="NESTED / BORDERLINE: acknowledgment with a small-clause content (she is a family friend).")
R("b06", "she would spend time at his house", "said", "say", "Arnold", "William Allen Arnold Jr.", P, sctx="Arnold acknowledged her",
  note="NESTED in the report record; source is the subject of the coordinated predicates.")
R("b06", "nothing physical happened other than \"horseplay,\"", "said", "say", "Arnold", "William Allen Arnold Jr.", P, sctx="Arnold acknowledged her",
  note="NESTED in the report record; mixed (partial quote), the comma inside the closing quotation mark is kept.")
R("b06", "sexual activity", "denied", "deny", "He", "William Allen Arnold Jr.", P, ctx="He denied sexual activity", sctx="He denied",
  note="BORDERLINE: denial with an NP content standing for the proposition (he had sexual activity with her). The final paragraph is a direct quotation ('..., the report states'); the report inside it is not annotated. 'Arnold didn't provide specifics ...' (negated, NP) is not annotated.")

# ---------------- b07 Hurricane Florence (KBOE Radio)
R("b07", "Florence is expected to slam into the coast around North and South Carolina as a Category 3 hurricane on Thursday or Friday", "said", "say",
  "The National Hurricane Center", "National Hurricane Center", O, sctx="Coast.  The National Hurricane Center said",
  note="The agentless 'is expected' inside the content is not annotated separately.")
R("b07", "he had asked President Trump for a federal disaster declaration ahead of the storm", "said", "say",
  "North Carolina Gov. Roy Cooper", "Roy Cooper", P,
  note="The request inside the content ('asked ... for' + NP) has no propositional content; not annotated as nested.")
R("b07", "everyone to leave Hatteras Island", "ordered", "order", "Dare County officials", "Dare County officials", A,
  sctx="Dare County officials ordered",
  note="BORDERLINE: directive (order) with an infinitival small-clause content; 'on Monday' dates the order and is excluded. Unnamed officials typed anonymous. The evacuation order of the first sentence ('issued a mandatory evacuation order') is an NP, not annotated. 'It was not immediately clear how many people' has no source.")
R("b07", "the storm was expected to continue growing in strength through the day", "said", "say",
  "The National Hurricane Center", "National Hurricane Center", O, sctx="The National Hurricane Center said the storm",
  note="'The center of Florence was forecast to ...' (next sentence, agentless) is not annotated; the following quotation ('the hurricane center warned') is direct.")
R("b07", "the swells are likely to cause “life-threatening” surf and current conditions", "warned that", "warn",
  "The hurricane center", "National Hurricane Center", O, sctx="The hurricane center warned that")
R("b07", "rough seas and strong rip currents are already creating dangerous conditions", "warned that", "warn",
  "Dare County emergency officials", "Dare County emergency officials", A,
  note="'Even before the evacuation order' times the warning; excluded.")
R("b07", "the maximum sustained winds have increased to near 105 mph with higher gusts", "indicated that", "indicate",
  "Satellite imagery", "satellite imagery", O,
  note="BORDERLINE: evidential 'imagery indicated that'; no person or body named behind the imagery, speaker the surface (typed organization for want of a better type).")

# ---------------- b08 Hayward strike (CBS San Francisco)
R("b08", "was unfair labor tactics in contract talks", "claimed", "claim", "the union", "Service Employees International Union Local 1021", O,
  sctx="what the union claimed",
  note="BORDERLINE: free relative 'for what the union claimed was unfair labor tactics ...'; the subject of the content is the wh-word, outside the span. 'the union' = SEIU Local 1021 of the first sentence.")
R("b08", "city officials' return to the negotiating table", "are demanding that", "demand", "about 350 city workers", "city workers", A,
  note="BORDERLINE: demand (directive) with a subjunctive-like content (the apostrophe in \"officials'\" as published). The following 'after the city declared an impasse ...' gives the background of the demand and is excluded.")
R("b08", "\"talks broke down\" in late July", "according to", "according to", "city officials", "city officials", A,
  sctx="according to city officials",
  note="Mixed: quoted subject and verb with an unquoted time adverbial. The following 'City officials said in a statement, \"...\"' is a direct quotation; not annotated.")
R("b08", "demonstrators have been picketing in front of the Police Department for the past three days, as well as City Hall and other locations",
  "said", "say", "O'Shea", "Carla O'Shea", P, sctx="O'Shea said demonstrators",
  note="The preceding quotations of Carla O'Shea are direct. 'the city asked for concessions' (next paragraph: request with an NP) is not annotated.")
R("b08", "they demand a fair contract that does not include pay cuts", "have said", "say", "Union leaders", "union leaders", A,
  sctx="Union leaders have said",
  note="'demand' + NP inside the content is not a separate (nested) attribution.")
R("b08", "With the strike ending, workers are returning to the job Friday, however picketing is still possible if city officials refuse to meet",
  "said", "say", "union leaders", "union leaders", A, sctx="meet, union leaders said",
  note="Clause-final cue taken over the whole sentence including the fronted 'With the strike ending'.")
R("b08", "the mayor and City Council are willing to schedule a special meeting to support bargaining if the union and the city's negotiation team resume talks",
  "said", "say", "City officials", "city officials", A, sctx="City officials said the mayor")

# ---------------- b09 AT&T strike (UPI via Sun Sentinel)
R("b09", "it would strike at midnight", "announced", "announce", "The world`s largest telecommunications union",
  "Communications Workers of America", O,
  note="The union is named in the next sentence ('Communications Workers of American', misspelt as published; canonical 'Communications Workers of America'). The 'after lengthy negotiations ... failed to settle ``major sticking points``' clause is the journalist's context and excluded; 'Saturday night' dates the announcement.")
R("b09", "the union`s three-year pact for 155,000 workers would expire at 11:59 p.m. and the first nationwide strike against AT&T in three years would begin at 12:01 a.m. today, local time",
  "said", "say", "A spokeswoman for the Communications Workers of American, Rozanne Weissman", "Rozanne Weissman", P,
  note="Two coordinated clauses under one cue: one record. The backtick in 'union`s' is the published apostrophe, not a quotation mark. The following ``...`` quotations are direct.")
R("b09", "their own news conference would the follow shortly", "announced", "announce", "Company spokesmen", "company spokesmen", A,
  note="As published ('would the follow'); unnamed AT&T spokesmen typed anonymous.")
R("b09", "they could go on past midnight", "said", "say", "Weissman", "Rozanne Weissman", P, sctx="Weissman said they",
  note="'they' = the negotiations. The next paragraph (Edith Herman) is a direct quotation.")
R("b09", "a strike would force the company to close 25 manufacturing plants in 17 states but would have little impact on long-distance calling because of automation and direct-dialing",
  "says", "say", "AT&T", "AT&T", O, sctx="AT&T says a strike",
  note="'Union demands focused on seven major areas' (NP) and the final paragraph (no cue) are not annotated.")

# ---------------- b10 Tua Tagovailoa (Honolulu Star-Advertiser)
R("b10", "quarterback Tua Tagovailoa is expected to return this season from the concussion he suffered in Week 2", "told reporters today that", "tell",
  "Miami Dolphins coach Mike McDaniel", "Mike McDaniel", P,
  note="'reporters' are the addressees, not an outlet (medium null). The agentless 'is expected' inside the content is not annotated separately.")
R("b10", "Tagovailoa received encouraging feedback from a neurologist last week, during the team’s bye week", "said", "say",
  "McDaniel", "Mike McDaniel", P, sctx="McDaniel said Tagovailoa")
R("b10", "Tagovailoa is expected to get additional medical input this week", "adding that", "add", "McDaniel", "Mike McDaniel", P,
  sctx="McDaniel said, adding",
  note="Participial 'adding that' after a direct quotation (the quotation itself is not annotated); source is the subject of 'said'. The later quotation ('McDaniel said about Tagovailoa playing again this season') is direct.")
R("b10", "Tagovailoa has not had lingering symptoms", "reported", "report", "the Miami Herald", "Miami Herald", M,
  note="Clause-final cue; outlet as source. 'Tyler Huntley is expected to get the start' (agentless) is not annotated.")

# ---------------- b11 China-Portugal agreements (EveryChina News)
R("b11", "the two countries will set up a working group to promote bilateral investment; and China will establish Confucius institutes and build a sales center for Chinese commodities in Portugal",
  "According to", "according to", "the agreements", "China and Portugal", O,
  note="BORDERLINE: the source is the signed agreements; speaker given as their parties (China and Portugal).")
R("b11", "China is keen to work with Portugal to increase political exchanges, encourage enterprises to raise mutual investment and expand cooperation in nano-micro technology, bio-pharmacy, marine research and modern agriculture",
  "told his guest that", "tell", "Wen", "Wen Jiabao", P, sctx="Wen told his guest",
  note="'his guest' = Jose Socrates (addressee, not a medium).")
R("b11", "China is ready to make joint efforts with the South European nation to complete negotiations on the Partnership and Cooperation Agreement between China and European Union as early as possible",
  "said", "say", "Wen", "Wen Jiabao", P, sctx="Wen said China is ready",
  note="The fronted 'With Portugal set to assume ... from July 1' is the journalist's context; excluded.")
R("b11", "The agreement, Wen said, is \"an important document\" and is of great significance in guiding Sino-EU relations", "said", "say",
  "Wen", "Wen Jiabao", P, sctx="The agreement, Wen said",
  note="SPLIT: fragments 'The agreement' and 'is \"an important document\" and is of great significance ...' around the cue; one span from the first to the last fragment, so it contains the source and cue. Mixed (partial quote).")
R("b11", "China and the EU deal with bilateral relations from a strategic and long-term perspective, strengthen dialogue and handle mutual concerns sensitively",
  "expressed hope that", "hope", "He", "Wen Jiabao", P, sctx="He expressed hope")
R("b11", "his country would play a positive role in enhancing the China-EU relationship when it takes over the bloc's presidency", "said", "say",
  "Socrates", "Jose Socrates", P, sctx="Socrates said his country",
  note="'It is Socrates' first visit to China ...' (next sentence) has no cue.")
R("b11", "Portugal-China trade ties are entering a \"golden era\"", "said", "say", "Socrates", "Jose Socrates", P,
  sctx="Socrates said Portugal-China",
  note="Sentence-final period outside the quotation mark, excluded. 'Addressing a China-Portugal Trade Forum yesterday' is the setting.")
R("b11", "Bilateral trade surged to US$1.7 billion last year, up 39 percent year-on-year", "according to", "according to",
  "figures from the Ministry of Commerce", "Ministry of Commerce", O,
  note="The source is the ministry's figures; speaker is their issuer (China's Ministry of Commerce).")

# ---------------- b12 Trinidad and Tobago - China MOUs (Newsday)
R("b12", "the MOUs were for strengthening co-operation in the field of medicine and health between China’s National Health Commission and the Health Ministry; economic and technical co-operation between the TT and Chinese governments; co-operation within the Framework of the Silk Road Economic Belt and the 21st Century Maritime Silk Road Initiative and human-resources development co-operation between China’s Commerce Ministry and the Public Administration and Communications Ministry",
  "said", "say", "A statement issued by the Office of the Prime Minister (OPM)", "Office of the Prime Minister", O,
  note="The source is the OPM's statement; speaker is its issuer (Trinidad and Tobago's Office of the Prime Minister). The comma after 'said' is as published.")
R("b12", "to deepen bilateral ties between the two countries", "reiterated their commitment", "commit", "both leaders",
  "Keith Rowley and Li Keqiang", P,
  note="BORDERLINE: commitment with an infinitival content (as en-attr a06 'agreed to'); 'both leaders' = Keith Rowley and Li Keqiang (two persons).")
