# Annotation list (read by ../build_attributions.py). One R(...) call per attribution.
# R(doc, text, cue, cue_lemma, source_text, speaker, source_type, medium, via, note, ctx, sctx, anonymous)
P, O, A, M = "person", "organization", "anonymous", "media"

# ---------------- h01 Cyberonics (IBTimes)
R("h01", "a wider quarterly loss and revenue that fell short of Wall Street expectations", "reported", "report",
  "the maker of an implantable device to control epileptic seizures", "Cyberonics", O,
  note="BORDERLINE: company results announcement with an NP content (its loss widened, revenue fell short of expectations); 'the maker of ...' = Cyberonics. The same policy (results NP after 'report') is applied in h03, h07.")
R("h01", "fourth-quarter revenue down 13 percent from the previous year and about 6 percent shy of analysts' estimates", "reported", "report",
  "The Houston-based company", "Cyberonics", O,
  note="BORDERLINE: results announcement with a small-clause content (revenue [was] down ...). 'A loss of 42 cents per share was also wider than analysts had anticipated' (next sentence): the analysts' anticipation has an elided comparative content and is not annotated.")
R("h01", "clients should sell their Cyberonics shares in advance of further recognition that the depression market will continue to disappoint relative to expectations",
  "said in a research note that", "say", "Lazard Capital Markets analyst Alex Arrow", "Alex Arrow", P,
  note="The research note is the channel, not an outlet (medium null). 'further recognition that ...' has no stated holder and is not annotated as nested. 'Arrow's Cyberonics share price target of $16' (next sentence) is not a proposition.")
R("h01", "the greatest risk to the sell recommendation is the possibility that recent activist shareholder actions could lead to an acquisition",
  "said", "say", "He", "Alex Arrow", P, sctx="He said the greatest")

# ---------------- h02 RadioShack (AP)
R("h02", "it is too reliant on its wireless business", "saying", "say", "an analyst", "Matthew Fassler", P,
  note="'an analyst' is named in the next paragraph (Matthew Fassler of Goldman Sachs); typed person. The rating cut ('cut RadioShack Corp. to \"Sell\" from \"Neutral\"') is a rating action, not annotated.")
R("h02", "weak demand for mobile phones and phone plans pressured its fourth-quarter results", "said ... that", "say",
  "RadioShack", "RadioShack", O, sctx="RadioShack said last month")
R("h02", "wireless is a slowing category where RadioShack is losing market power", "said in a client note that", "say",
  "Fassler", "Matthew Fassler", P, sctx="Fassler said in a client note")
R("h02", "the company has a limited opportunity to make cost cuts, as it made sharp reductions in recent years", "feels", "feel",
  "The analyst", "Matthew Fassler", P,
  note="Attitude (feel that). The 'as ...' reason clause is kept (inside the scope of the attitude).")

# ---------------- h03 Tuesday Morning (Reuters)
R("h03", "a 5.7 percent fall in third-quarter sales", "reported", "report",
  "Home accessories retailer Tuesday Morning Corp (TUES.O)", "Tuesday Morning", O,
  note="BORDERLINE: results announcement with an NP content (sales fell 5.7 percent).")
R("h03", "a drop in home values and slowdown in housing starts", "citing", "cite",
  "Home accessories retailer Tuesday Morning Corp (TUES.O)", "Tuesday Morning", O,
  note="BORDERLINE: cited cause with an NP content (the drop ... caused the fall); source is the main-clause subject.")
R("h03", "a loss for the period", "forecast", "forecast",
  "Home accessories retailer Tuesday Morning Corp (TUES.O)", "Tuesday Morning", O,
  note="BORDERLINE: forecast with an NP content (it will post a loss). The participial 'wiping as much as a quarter of its market value' is the journalist's. 'cut its fiscal 2008 profit outlook' / 'lowered its revenue forecast' (next paragraph) are revisions stated as actions, not annotated.")
R("h03", "she has lost confidence in the company's ability to execute in a deteriorating environment", "said", "say",
  "Champine", "Laura Champine", P, sctx="Champine, who reiterated",
  note="The relative 'who reiterated her \"market perform\" rating' is a rating action (no proposition), not annotated. The preceding quotation is direct (quotes.jsonl).")
R("h03", "the company to break even on a per-share basis, excluding special items, on revenue of $191.1 million", "were expecting", "expect",
  "Analysts", "analysts", A, sctx="Analysts on average",
  note="Expectation with an infinitival small-clause content. NESTED in the Reuters Estimates record.")
R("h03", "Analysts on average were expecting the company to break even on a per-share basis, excluding special items, on revenue of $191.1 million",
  "according to", "according to", "Reuters Estimates", "Reuters Estimates", O,
  note="Clause-final 'according to'; Reuters Estimates (a consensus-data service) typed organization. Contains the analysts' expectation (separate record).")

# ---------------- h04 Smith County fire (KTBB)
R("h04", "the fire started off CR 239 in a residential area", "tell", "tell", "Smith County Fire Officials",
  "Smith County fire officials", A, medium="KETK",
  note="Unnamed officials typed anonymous (as 'Russian government officials' in the seeds), although the entity gold treats the capitalised surface as ORG.")
R("h04", "no structures are currently in danger", "say", "say", "officials", "officials", A, sctx="but officials say")
R("h04", "volunteer fire departments from around the county will continue to monitor hot spots in the area until the fire is fully contained",
  "According to", "according to", "a county press statement", "Smith County", O,
  note="The source is the county's press statement; speaker is its issuer.")
R("h04", "the fire might have started after charcoal from a grill fell on the ground", "believe", "believe",
  "Officials", "officials", A, sctx="Officials believe")
R("h04", "they are not positive at this moment", "add", "add", "they", "officials", A, sctx="but they add",
  note="'they' = the officials of the same sentence.")

# ---------------- h05 Fairfield County flooding (Lancaster Eagle-Gazette)
R("h05", "to leave their homes", "did not want", "want", "some residents", "residents", A,
  note="BORDERLINE: negated desire with an infinitival content. 'Despite advising them of the dangers' (NP, no proposition, no source) is not annotated.")
R("h05", "there’s not much that can be done when people refuse to leave their home", "adding", "add",
  "Kochis", "Jon Kochis", P, sctx="Kochis said, adding",
  note="Follows a direct quote (quotes.jsonl) introduced by the same 'Kochis said'.")
R("h05", "There was also a standard motorist rescued on Buckeye Road", "said", "say", "Kochis", "Jon Kochis", P,
  sctx="Road, Kochis said", note="Clause-final cue.")
R("h05", "fire crews were called out to 640 Slocum Avenue on a report of a wall collapse around 4 a.m. Wednesday", "said", "say",
  "Lancaster Fire Capt K.J. Watts", "K.J. Watts", P,
  note="'a report of a wall collapse' has no stated source; not annotated.")
R("h05", "Once that home was cleared, Watts said firefighters looked for other homes that may have structural issues and determined 636 Slocum Avenue also needed to be evacuated",
  "said", "say", "Watts", "K.J. Watts", P, sctx="cleared, Watts said",
  note="SPLIT: the fronted adverbial 'Once that home was cleared,' belongs to the reported clause (it times the firefighters' search); fragments 'Once that home was cleared,' and 'firefighters looked ... evacuated'; one span from the first to the second is given, so it contains the source and cue.")
R("h05", "636 Slocum Avenue also needed to be evacuated", "determined", "determine", "firefighters", "firefighters", A,
  sctx="said firefighters looked",
  note="NESTED / BORDERLINE: a conclusion attributed to the firefighters inside Watts's account.")

# ---------------- h06 Morristown brush fire (Smoky Mountain Journal / WVLT)
R("h06", "The Morristown Police Department, Hamblen County Sheriff's Office, Morristown Fire Department, and four volunteer fire department units responded to a brush fire Wednesday night that was called in \"about the size of a football field,\"",
  "according to", "according to", "the Morristown Police Department", "Morristown Police Department", O,
  note="Clause-final 'according to' over the whole sentence (dateline excluded); the content ends with the partial quote and its comma. 'called in' (by unnamed callers) is not annotated.")
R("h06", "the flames were 75 percent contained", "said", "say", "police", "Morristown Police Department", O,
  sctx="morning, police said",
  note="BORDERLINE: 'police' = the Morristown Police Department (typed organization). The fronted 'As of about 2:30 Thursday morning' is left out: it may date either the statement or the containment.")
R("h06", "winds remained calm", "hoping", "hope", "First responders", "first responders", A,
  note="BORDERLINE: attitude (hope) in a participial adjunct; source is the main-clause subject.")
R("h06", "the fire had burned about 25 acres", "said", "say", "Reporter David Ball", "David Ball", P)
R("h06", "the fire had been extinguished, with only smoke spots remaining", "confirmed that", "confirm",
  "an official with the Tennessee Division of Forestry", "official with the Tennessee Division of Forestry", A)
R("h06", "the fire started at approximately 10:30 p.m. Wednesday near Celeste Ave. and Ridgemont Dr.", "said", "say",
  "The police department", "Morristown Police Department", O)
R("h06", "winds were making the fire more difficult to fight Wednesday night", "said", "say", "Officials", "officials", A)
R("h06", "it's impossible to shake those memories", "said", "say", "he", "Rick Martin", P, sctx="and he said it",
  note="'he' = Forestry Technician Rick Martin (quoted in the previous paragraph).")
R("h06", "they go with him in every fire, especially those near homes", "said", "say", "he", "Rick Martin", P,
  sctx="memories—he said")
R("h06", "no structures were damaged", "say", "say", "Police", "Morristown Police Department", O, sctx="Police say no",
  note="'Police' = the Morristown Police Department (typed organization).")

# ---------------- h07 Boeing preview (StockStory)
R("h07", "revenues of $19.5 billion, up 17.7% year on year", "reporting", "report", "Boeing", "Boeing", O,
  sctx="Boeing missed analysts' revenue expectations by 0.6%",
  note="BORDERLINE: results announcement with an NP content (participial 'reporting', source the main-clause subject).")
R("h07", "Boeing's revenue to grow 28.5% year on year to $21.67 billion, a reversal from the 14.6% decrease it recorded in the same quarter last year",
  "are expecting", "expect", "analysts", "analysts", A, sctx="This quarter, analysts are",
  note="The appositive 'a reversal from ...' may be the journalist's gloss; kept. 'Adjusted loss is expected to come in at -$1.31 per share' (agentless passive) and 'analysts ... have mixed opinions about the business' (NP) are not annotated.")
R("h07", "revenues up 5.4%", "reported", "report", "Textron", "Textron", O, sctx="and Textron reported",
  note="BORDERLINE: results announcement with a small-clause content. 'topping estimates by 2.4%' is the journalist's comparison, excluded. 'some have already reported their Q2 results' (NP, no proposition) is not annotated.")

# ---------------- h08 Archeopteryx (The Mondo News)
R("h08", "Archeopteryx, the oldest known bird, has a feeding mechanism intricately shaped by the demands of early flight", "reveals that", "reveal",
  "A groundbreaking study by paleontologists at the Field Museum of Natural History", "Field Museum of Natural History study", O,
  note="A study as source (typed organization); speaker names the study by its institution.")
R("h08", "a simultaneous evolution of diet and aerodynamics during the early history of birds", "implies", "imply",
  "This discovery", "Field Museum of Natural History study", O,
  note="BORDERLINE: evidential 'implies' with an NP content (diet and aerodynamics evolved simultaneously); 'This discovery' = the study's finding.")

# ---------------- h09 Estee Lauder (Crain's)
R("h09", "higher gas prices and the effects of Hurricane Katrina for weaker-than-expected sales growth in the first half of 2006", "blamed", "blame",
  "Esteé Lauder", "Estée Lauder", O, sctx="Monday, Esteé Lauder",
  note="BORDERLINE: 'blame X for Y' read as a causal claim (X caused Y); span 'X for Y' as with 'see X as Y'. Speaker canonical as in the entity gold (text misspells 'Esteé').")
R("h09", "sales to grow between 5% and 6%, down from its prior estimate of between 7% and 8%", "anticipates", "anticipate",
  "It", "Estée Lauder", O, sctx="It now anticipates",
  note="'its prior estimate of between 7% and 8%' (NP) is not annotated separately.")
R("h09", "first-half earnings of between 87 cents and 92 cents a share, below the $1.02 a share estimated by analysts", "expects", "expect",
  "The retailer", "Estée Lauder", O, sctx="The retailer expects",
  note="BORDERLINE: expectation with an NP content (earnings will be between ...). The comparison 'below the $1.02 ...' is kept (it contains the nested analysts' estimate).")
R("h09", "the $1.02 a share", "estimated by", "estimate", "analysts", "analysts", A, sctx="estimated by analysts",
  note="NESTED / BORDERLINE: reduced relative 'estimated by analysts' with an NP content (earnings of $1.02 a share).")
R("h09", "to recoup any first-half shortfall during the second half of the year", "expects", "expect",
  "Esteé Lauder", "Estée Lauder", O, sctx="But Esteé Lauder expects",
  note="BORDERLINE: expectation with a subject-control infinitive (as 'hope to capitalize' in the seeds). 'Analysts disagreed.' (next sentence) has no stated content; not annotated.")
R("h09", "its profit outlook for 2006", "reaffirming", "reaffirm", "Esteé Lauder", "Estée Lauder", O,
  sctx="despite Esteé Lauder reaffirming",
  note="BORDERLINE: reaffirmation with an NP content (the outlook = its stated profit expectation). Rating changes ('dropped its rating ...', 'cut their rating ...') are actions, not annotated.")
R("h09", "earnings per share would need to jump 30.5% in order to meet the companys forecast", "said", "say",
  "They", "Alice Beebe Longley and Ben Shim", P, sctx="They said earnings",
  note="'They' = the two Fulcrum Global Partners analysts of the previous sentence: one record naming both. 'the companys forecast' (NP) is not annotated separately.")

# ---------------- h10-h13: no attributions (direct quotes and match reports only)

# ---------------- a01 SAS not for sale (News & Observer via Yahoo)
R("a01", "the software company was not for sale", "told employees that", "tell", "SAS Institute CEO Jim Goodnight", "Jim Goodnight", P,
  note="The dash-set 'after it was reported earlier in the week it had been in talks with ... Broadcom' is the journalist's context; its agentless passive report has no stated source in the sentence and is not annotated.")
R("a01", "Goodnight, 78, told staff the company wasn’t for sale", "confirmed that", "confirm", "Shannon Heath", "Shannon Heath", P,
  note="'In an emailed statement' is the channel, not an outlet (medium null); the outlet appears only with the following direct quote ('she told The News & Observer'). Contains the nested Goodnight record.")
R("a01", "the company wasn’t for sale", "told", "tell", "Goodnight", "Jim Goodnight", P, sctx="Goodnight, 78, told",
  note="NESTED in Shannon Heath's confirmation.")
R("a01", "Goodnight, who controls a large stake in the company with his co-founder John Sall, was not available for an interview", "said", "say",
  "The company", "SAS Institute", O, sctx="The company said Goodnight",
  note="The relative clause is probably the journalist's background; kept since it lies inside the reported clause.")
R("a01", "SAS had been in talks with Broadcom", "reported ... that", "report", "The Wall Street Journal", "The Wall Street Journal", M,
  note="First conjunct of 'reported that A, and that B'. Outlet as source, so via is null.")
R("a01", "a deal could be completed in a matter of weeks", "reported ... that", "report", "The Wall Street Journal", "The Wall Street Journal", M,
  note="Second conjunct with its own complementizer.")
R("a01", "The company, whose customers include large banks and government agencies, posted revenues of $3 billion last year", "according to", "according to",
  "its most recent annual report", "SAS Institute", O,
  note="The source is the company's annual report; speaker is its issuer. The following 'However, that represented a decline ...' has no cue (journalist's), not annotated.")
R("a01", "SAS anticipates revenue growth returning this year", "said", "say", "Bryan Harris", "Bryan Harris", P,
  note="Contains the nested SAS expectation.")
R("a01", "revenue growth returning this year", "anticipates", "anticipate", "SAS", "SAS Institute", O, sctx="said SAS anticipates",
  note="NESTED in Bryan Harris's statement; NP/gerund content.")

# ---------------- a02 Sprint / T-Mobile (Telecompaper)
R("a02", "US mobile operators T-Mobile and Sprint are in \"active talks\" about a merger", "told", "tell",
  "people close to the situation", "people close to the situation", A, medium="CNBC", sctx="merger, people close to the situation told")
R("a02", "Both companies and their parents, Deutsche Telekom and Softbank, have been in frequent conversations about a stock-for-stock merger", "said", "say",
  "the report", "CNBC", M,
  note="'the report' = the CNBC report of the previous sentence (outlet as source). The preceding 'The all-stock deal is expected to give ...' has no stated source; not annotated.")
R("a02", "negotiators are still \"weeks away\" from finalizing a deal", "stressed", "stress",
  "People close to the situation", "people close to the situation", A, sctx="People close to the situation stressed",
  note="No outlet in this sentence (medium null).")
R("a02", "the chances of reaching an agreement are not assured", "believe", "believe",
  "People close to the situation", "people close to the situation", A, sctx="People close to the situation stressed",
  note="Second predicate of the same subject ('and believe ...').")
R("a02", "he was interested in the deal", "confirmed to", "confirm", "Softbank CEO Masayoshi Son", "Masayoshi Son", P, medium="Bloomberg")
R("a02", "he had hoped to acquire T-Mobile since the Japanese company first took over Sprint in 2012", "said", "say", "He", "Masayoshi Son", P,
  sctx="He said he had hoped")
R("a02", "to acquire T-Mobile", "had hoped", "hope", "he", "Masayoshi Son", P, sctx="said he had hoped",
  note="NESTED / BORDERLINE: attitude (hope) with an infinitival content; the 'since ...' clause times the hoping and is excluded.")
R("a02", "The third and fourth US operators are \"a set, that was my strategy\"", "said", "say", "he", "Masayoshi Son", P,
  sctx="strategy\", he said",
  note="Clause-final 'he said'; unquoted subject + quoted predicate, so mixed (not a full quote).")
R("a02", "he has \"another company as a possibility we may consider\" should the deal fall apart", "said", "say", "Son", "Masayoshi Son", P,
  sctx="Son said he has")
R("a02", "the SoftBank chairman was referring to cable operator Charter Communications", "told Bloomberg that", "tell",
  "a person familiar with his thinking", "person familiar with his thinking", A, medium="Bloomberg",
  note="'Though Son didn’t specify what his other option was' (negated, embedded question) is not annotated. 'The companies declined to comment on the report' has no content.")

# ---------------- a03 Freddie Gray charges (Anadolu Agency)
R("a03", "Six police officers were charged Friday in the death of an unarmed black man in Baltimore who suffered injuries while in police custody", "said", "say",
  "the city's top prosecutor", "Marilyn Mosby", P,
  note="'the city's top prosecutor' is named in the next sentence (Marilyn Mosby). Dateline excluded.")
R("a03", "her office's investigation into the death of Freddie Gray determined that there is probable cause to file criminal charges against the six officers involved in the 25-year-old's arrest and subsequent transport",
  "said in a press conference that", "say", "Baltimore State Attorney Marilyn Mosby", "Marilyn Mosby", P,
  note="Contains the nested finding of the investigation.")
R("a03", "there is probable cause to file criminal charges against the six officers involved in the 25-year-old's arrest and subsequent transport", "determined that", "determine",
  "her office's investigation into the death of Freddie Gray", "Baltimore State's Attorney's Office", O,
  note="NESTED / BORDERLINE: an investigation as source; speaker is the office that conducted it.")
R("a03", "him being carried by officers into a police van in pain and apparently with limited use of his legs", "show", "show",
  "Videos of his arrest recorded by bystanders and posted on the Internet", "bystanders", A,
  note="BORDERLINE: evidential 'videos ... show' with a small-clause content (as a10 'Video ... shows'); speaker = the unnamed bystanders who recorded them. 'apparently' is the journalist's hedge, kept inside the clause.")
R("a03", "Gray's death was a \"homicide\" and his arrest for allegedly having a banned switchblade was \"illegal.\"", "said", "say",
  "She", "Marilyn Mosby", P, sctx="She said Gray",
  note="Two coordinated clauses under one cue: one record. The final period sits inside the quotation mark and is kept. 'allegedly' has no stated source.")
R("a03", "The state’s investigation was coupled with the chief medical examiner's autopsy report", "said", "say", "Mosby", "Marilyn Mosby", P,
  sctx="report, Mosby said", note="Clause-final cue.")
R("a03", "the family was \"satisfied\" by the charges", "said that", "say", "Gray's stepfather Richard Shipley", "Richard Shipley", P,
  note="'during a Friday evening press conference' locates the saying, excluded. The coordinated 'but cautioned \"these charges are ...\"' introduces a full direct quote (quotes.jsonl), not annotated here.")
R("a03", "he has \"the utmost confidence\" that justice is achievable in the case", "added that", "add", "Family attorney William Murphy", "William Murphy", P)
R("a03", "justice is achievable in the case", "has \"the utmost confidence\" that", "be confident", "he", "William Murphy", P,
  sctx="that he has \"the utmost",
  note="NESTED: attitude (confidence that) inside Murphy's statement.")
R("a03", "it is “absolutely vital” that the truth of the case be discovered", "said", "say", "President Barack Obama", "Barack Obama", P)

# ---------------- a04 leaked Israel documents (AP via National Newswatch)
R("a04", "President Joe Biden is \"deeply concerned\" about the unauthorized release of classified documents on Israel's preparation for a potential retaliatory attack on Iran",
  "said", "say", "a White House spokesman", "John Kirby", P,
  note="The spokesman is named in the next sentence (John Kirby); typed person. 'concerned about' + NP is not a separate (nested) attribution.")
R("a04", "The Biden administration is still not certain if the classified information was leaked or hacked", "said", "say",
  "White House national security spokesman John Kirby", "John Kirby", P)
R("a04", "Officials don't have any indication at this point of \"additional documents like this finding their way into the public domain,\"", "said", "say",
  "he", "John Kirby", P, sctx="domain,\" he said",
  note="Clause-final cue; the comma inside the closing quotation mark is kept.")
R("a04", "the Pentagon is investigating", "added that", "add", "Kirby", "John Kirby", P, sctx="Kirby added")
R("a04", "an investigation by the administration", "had confirmed", "confirm", "U.S. officials", "U.S. officials", A,
  note="BORDERLINE: confirmation with an NP content (the administration is investigating).")
R("a04", "Israel was still moving military assets in place to conduct a military strike in response to Iran's blistering ballistic missile attack on Oct. 1",
  "note that", "note", "The documents", "National Geospatial-Intelligence Agency and National Security Agency", O, sctx="The documents are attributed",
  note="BORDERLINE: documents as source; speaker = the agencies they are attributed to. 'The documents are attributed to ...' (authorship) is not itself annotated.")
R("a04", "they had access to the documents", "said", "say",
  "an anonymous user with a long history of posting other supposedly top-secret content", "anonymous user", A,
  note="Subject of 'said' is the relative 'who'; source_text is its antecedent. 'supposedly top-secret' has no stated source.")
R("a04", "they had sold some of the material and provided it to the Iranian military", "wrote that", "write", "The user", "anonymous user", A)

# ---------------- a05 Iran-Saudi talks (AFP via The Daily Observer)
R("a05", "the Islamic republic is holding talks with regional rival Saudi Arabia", "confirmed", "confirm",
  "Iran's foreign ministry", "Iranian Foreign Ministry", O, sctx="May 10: Iran's foreign ministry",
  note="'Monday for the first time' modifies the confirmation, excluded.")
R("a05", "it is \"too soon\" to discuss the results", "said", "say", "Iran's foreign ministry", "Iranian Foreign Ministry", O,
  sctx="May 10: Iran's foreign ministry", note="Second predicate of the same subject ('but said ...').")
R("a05", "Iranian and Saudi officials met in Baghdad in April, their first high-level meeting since Riyadh cut diplomatic ties with Tehran in 2016",
  "revealed that", "reveal", "Media reports", "media reports", M, anonymous=False,
  note="BORDERLINE: unnamed outlets as source (anonymous false: not persons). The appositive 'their first high-level meeting ...' is kept.")
R("a05", "Iranian and Saudi officials met in Baghdad in April, their first high-level meeting since Riyadh cut diplomatic ties with Tehran in 2016",
  "later confirmed by", "confirm", "diplomatic and Iraqi government sources", "diplomatic and Iraqi government sources", A,
  note="BORDERLINE: passive participial 'later confirmed by ...' attached to 'Media reports': the sources confirmed what the reports revealed; same content span as the media record.")
R("a05", "Iran has \"always welcomed such talks at any level and in any shape\"", "noting", "note", "he", "Saeed Khatibzadeh", P,
  sctx="he added, noting",
  note="'he' = foreign ministry spokesman Saeed Khatibzadeh; the quotation introduced by 'he added' is direct (quotes.jsonl).")
R("a05", "a first meeting was held on April 9", "reported that", "report", "the Financial Times", "Financial Times", M)
R("a05", "the talks", "confirmed ... to", "confirm", "An Iraqi government official", "Iraqi government official", A, medium="AFP",
  sctx="An Iraqi government official confirmed", ctx="confirmed the talks to AFP",
  note="BORDERLINE: confirmation with an NP content (the talks took place).")
R("a05", "he had been \"briefed in advance\" about the effort to \"broker a better relationship and decrease tensions\"", "said", "say",
  "a Western diplomat", "Western diplomat", A,
  note="Sentence-final period outside the quotation mark, excluded.")

# ---------------- a06 Iran-Saudi phone call (Xinhua)
R("a06", "Iranian and Saudi foreign ministers have exchanged views on the Oman-mediated \"indirect\" talks between Tehran and Washington", "said ... in a statement", "say",
  "the Iranian Foreign Ministry", "Iranian Foreign Ministry", O, sctx="said the Iranian Foreign Ministry in a statement",
  note="Clause-final cue with inversion; \"indirect\" is a scare quote, kind mixed by the formal rule.")
R("a06", "In a phone call on Monday, Iranian Foreign Minister Seyed Abbas Araghchi and his Saudi counterpart, Faisal bin Farhan Al Saud, also discussed bilateral relations as well as latest regional and international developments",
  "said", "say", "the statement", "Iranian Foreign Ministry", O, sctx="developments, said the statement",
  note="'the statement' = the Foreign Ministry's statement; speaker its issuer. 'Araghchi briefed the Saudi foreign minister on his talks ...' (next sentence) has an NP topic, not annotated.")
R("a06", "the second-round talks under Oman's mediation are scheduled to be held next Saturday in a European country", "said", "say",
  "He", "Seyed Abbas Araghchi", P, sctx="He also said",
  note="'He' = Araghchi. NESTED in the statement (next record).")
R("a06", "He also said the second-round talks under Oman's mediation are scheduled to be held next Saturday in a European country", "according to", "according to",
  "the statement", "Iranian Foreign Ministry", O, sctx="according to the statement")
R("a06", "similar phone calls were made on Monday and Sunday, informing foreign ministers of Bahrain, Iraq, the United Arab Emirates (UAE), Kuwait, Qatar and Egypt of the Iran-U.S. talks",
  "According to", "according to", "the Iranian Foreign Ministry", "Iranian Foreign Ministry", O, sctx="According to the Iranian Foreign Ministry")
R("a06", "he had sent a letter to Iranian leaders via the UAE proposing negotiations on Iran's nuclear program", "said in March that", "say",
  "U.S. President Donald Trump", "Donald Trump", P)
R("a06", "receiving the letter", "confirmed", "confirm", "Iran", "Iran", O, sctx="Iran later confirmed",
  note="BORDERLINE: confirmation with a gerund content (Iran received the letter). 'left the door open for indirect engagement' is not an attribution.")
R("a06", "to curb its nuclear program in exchange for sanctions relief", "agreed", "agree", "Iran", "Iran", O, sctx="Iran signed a nuclear deal",
  note="BORDERLINE: commitment with an infinitival content (as 'pledged to' in the seeds); source is the subject of the coordinated 'signed ... and agreed'.")

# ---------------- a07 Hearts of Oak (Ghana Online News)
R("a07", "several key players will not be available for their Week 18 betPawa Ghana Premier League match against archrivals Asante Kotoko due to injuries", "says", "say",
  "Slavko Matic", "Slavko Matic", P,
  note="Apposition 'Head Coach of Accra Hearts of Oak' not part of source_text.")
R("a07", "several of these players would not be available for the next encounter against Kotoko come Sunday", "confirmed that", "confirm",
  "Matic", "Slavko Matic", P, sctx="Olympics, Matic confirmed")
R("a07", "some of the injuries were sustained at training due to the nature of the pitch, and as some players continue their rehabilitation, he doesn’t expect them to feature in Sunday’s crucial encounter",
  "According to", "according to", "the Serbian Coach", "Slavko Matic", P,
  note="Contains the nested negated expectation.")
R("a07", "them to feature in Sunday’s crucial encounter", "doesn’t expect", "expect", "he", "Slavko Matic", P, sctx="he doesn’t expect",
  note="NESTED: negated expectation (he does NOT expect them to feature).")
R("a07", "the unavailability of these players was not the main reason for their loss against Great Olympics", "stated that", "state",
  "Coach Matic", "Slavko Matic", P,
  note="The coordinated 'but slammed some bad refereeing decisions that went against them' is criticism with an NP object, not annotated.")
R("a07", "he was not under pressure despite their two successive losses and was doing his best to make the team comeback strongly", "said that", "say",
  "Matic", "Slavko Matic", P, sctx="Kotoko, Matic said")

# ---------------- a08 Matildas / Sam Kerr (Big Sports News)
R("a08", "he had planned for, but always avoided thinking too deeply about", "said", "say", "he", "Tony Gustavsson", P, sctx="scenario he said",
  note="BORDERLINE: attribution inside a relative clause; the object of 'planned for' / 'thinking about' is the antecedent 'a doomsday scenario' (the loss of his captain), outside the span.")
R("a08", "the 29-year-old hurt herself in the warm-up at Australia’s training session in Brisbane on Wednesday, just hours before he and Kerr fronted a press conference in which he declined to provide any updates to the fitness of his players",
  "said", "say", "Gustavsson", "Tony Gustavsson", P, sctx="Gustavsson said the 29",
  note="The 'just hours before ...' phrase may be the journalist's; kept inside the clause. 'was it revealed publicly that Kerr was injured ...' (next sentence) is an agentless passive with no source, not annotated. 'has refused to give anything away about ...' (first sentence) has no propositional content.")

# ---------------- a09 Pulaski County shovel arrest (KOMU)
R("a09", "a man was near Holiday Lane with a shovel", "reported that", "report", "drivers", "drivers", A)
R("a09", "the man struck their vehicle with the shovel", "said", "say", "One by-passer", "by-passer", A)
R("a09", "The suspect was carrying a shovel, a pickaxe and a hammer", "according to", "according to", "a news release",
  "Pulaski County Sheriff's Office", O,
  note="The sheriff's office's news release (the issuer is named later as 'the sheriff's office'); speaker is the issuer.")
R("a09", "When the suspect approached, deputies used a taser and OC spray, but the suspect continued to grab one of the tools he was carrying and ignored deputies' commands to stop",
  "said", "say", "the news release", "Pulaski County Sheriff's Office", O, note="Clause-final cue.")
R("a09", "medical attention was attempted, but the suspect continued to be violent and combative", "said", "say",
  "The sheriff's office", "Pulaski County Sheriff's Office", O, sctx="The sheriff's office said medical")
R("a09", "She is doing well and expected to return to duty immediately", "said", "say", "the sheriff's office", "Pulaski County Sheriff's Office", O,
  sctx="immediately, the sheriff's office",
  note="The preceding sentence ('A female deputy received injuries ...') has no cue; not included.")
R("a09", "it is still investigation the suspect's intentions", "said", "say", "The sheriff's office", "Pulaski County Sheriff's Office", O,
  sctx="The sheriff's office said it is", note="Text error 'investigation' (for 'investigating') kept as published.")
R("a09", "The identity of the suspect will be released once charges are filed", "said", "say", "the sheriff's office", "Pulaski County Sheriff's Office", O,
  sctx="filed, the sheriff's office said",
  note="'Charges ... which are expected to be filed Thursday' (agentless passive) is not annotated.")

# ---------------- a10 Malik McDowell arrest (Newsmax)
R("a10", "Cleveland Browns defensive tackle Malik McDowell was arrested in Florida for exposing himself near a learning center for children then attacking a deputy",
  "according to", "according to", "reports", "reports", M, anonymous=False, sctx="according to reports",
  note="BORDERLINE: unnamed outlets as source.")
R("a10", "The football star was charged with one count of aggravated battery on an officer, resisting arrest and public exposure", "show", "show",
  "Broward County Jail records", "Broward County Jail", O, via="Fox News",
  note="BORDERLINE: records as evidential source ('records ... show'); relayed through Fox News ('cited by the Fox News'), hence via.")
R("a10", "Sheriff's deputies initially received reports of a man walking naked in the area after 1 p.m., but Assistant State Attorney Eric Linder later clarified that the man, who was identified as McDowell, was walking near the learning center, which had children inside at the time",
  "reported", "report", "the South Florida Sun-Sentinel", "South Florida Sun-Sentinel", M,
  note="Sentence-final cue over the whole sentence (the first sentence of the paragraph has no cue); contains the nested Linder record. 'received reports of a man walking naked' has no stated source; not annotated.")
R("a10", "the man, who was identified as McDowell, was walking near the learning center, which had children inside at the time", "clarified that", "clarify",
  "Assistant State Attorney Eric Linder", "Eric Linder", P, via="South Florida Sun-Sentinel",
  note="NESTED in the Sun-Sentinel report, hence via.")
R("a10", "he was unable to avoid a confrontation when he approached McDowell, and was forced to fight back", "said", "say", "A deputy", "deputy", A,
  via="South Florida Sun-Sentinel", sctx="A deputy said he",
  note="Relayed by 'the outlet' (= the Sun-Sentinel, clause-final 'the outlet noted'), hence via.")
R("a10", "A deputy said he was unable to avoid a confrontation when he approached McDowell, and was forced to fight back", "noted", "note",
  "the outlet", "South Florida Sun-Sentinel", M, note="'the outlet' = the Sun-Sentinel of the previous sentence.")
R("a10", "McDowell \"charged at one of the deputies and punched him multiple times in the head.\"", "said that", "say",
  "A sheriff's spokeswoman", "sheriff's spokeswoman", A,
  note="The next paragraph ('He then \"started to run ...\"') continues the quotation without a cue; not annotated here.")
R("a10", "it took several deputies and Broward Sheriff Fire Rescue personnel to assist with the arrest", "According to", "according to",
  "the report", "South Florida Sun-Sentinel", M, sctx="According to the report",
  note="BORDERLINE: 'the report' read as the Sun-Sentinel report cited just before; it could also be the arrest report (then organization).")
R("a10", "A deputy was eventually able to place McDowell in handcuffs after using a taser", "stated", "state", "the report", "South Florida Sun-Sentinel", M,
  sctx="taser, the report stated", note="BORDERLINE: same reading of 'the report' as the previous record.")
R("a10", "McDowell being detained", "shows", "show", "Video made available by TMZ", "TMZ", M,
  note="BORDERLINE: evidential 'video ... shows' with a small-clause content; speaker is the outlet that published the video. The following 'He is eventually handcuffed ...' has no cue.")

# ---------------- a11 patient satisfaction study (HealthDay via Newsmax)
R("a11", "a happier patient isn’t necessarily a healthier one – despite costing more", "has found", "find",
  "a surprising new study", "University of California, Davis study", O,
  note="A study as source (typed organization); its authors are named in the next sentence. Sentence-initial 'But' outside. The dash-set 'despite costing more' is kept (part of the finding).")
R("a11", "Patients most satisfied with their care tended to take more medicines and spend more time in doctor’s offices and be admitted to a hospital, compared to the least-satisfied patients",
  "findings, reported in ...:", "find", "Their", "researchers at the University of California, Davis", A, via="Archives of Internal Medicine",
  sctx="Their findings",
  note="BORDERLINE: nominal cue 'Their findings' with the content after the colon; the journal in which the findings were reported is given as via. The next sentence ('What’s more, ...') continues the findings without a cue; not annotated. The split quotation ('they concluded') is direct (quotes.jsonl).")

# ---------------- a12 Tracy City Council (ABC10)
R("a12", "The super majority vote was recommended by the Grand Jury as a requirement to restore public trust from \"numerous suspect terminations in 2018,\"",
  "according to", "according to", "a news release from the Mayor Nancy Young", "Nancy Young", P,
  note="The source is the mayor's news release; speaker is its issuer. The comma inside the closing quotation mark is kept. Contains the Grand Jury's recommendation (next record). The standfirst above the dateline is not body and is excluded.")
R("a12", "The super majority vote was recommended by the Grand Jury as a requirement to restore public trust from \"numerous suspect terminations in 2018,\"",
  "was recommended by", "recommend", "the Grand Jury", "Grand Jury", O, sctx="by the Grand Jury as",
  note="NESTED / BORDERLINE / SPLIT: passive recommendation; the recommended content is 'The super majority vote' + 'as a requirement to restore public trust from \"numerous suspect terminations in 2018,\"' around the cue and source; one span from the first to the second fragment is given.")
R("a12", "to censure Mayor Young", "called", "call", "Councilmember Matt Bedolla", "Matt Bedolla", P,
  note="BORDERLINE: a call for action with an infinitival content (as 'pledged to' in the seeds).")
R("a12", "racism and a power grab", "allegations ... made about", "allege", "the mayor", "Nancy Young", P, sctx="allegations the mayor",
  note="BORDERLINE: nominal cue with an NP content (the mayor alleged racism and a power grab); nested in 'called attention to', which is not an attribution.")
