# Annotation list (read by ../build_attributions.py). One R(...) call per attribution.
# R(doc, text, cue, cue_lemma, source_text, speaker, source_type, medium, via, note, ctx, sctx, anonymous)
# Written before any system run on these texts (README).
P, O, A, M = "person", "organization", "anonymous", "media"

# ---------------- v01 Analog Devices (CNET)
R("v01", "fiscal first-quarter earnings of $190.2 million, or 50 cents per share, on revenue of $772 million", "reported", "report",
  "Analog Devices", "Analog Devices", O, sctx="Analog Devices reported fiscal",
  note="BORDERLINE: results announcement with an NP content (en-attr policy).")
R("v01", "a profit of 50 cents per share on revenue of $773.8 million", "had predicted", "predict",
  "A consensus of analysts", "analysts", A,
  note="BORDERLINE: forecast with an NP content. NESTED in the First Call record.")
R("v01", "A consensus of analysts had predicted a profit of 50 cents per share on revenue of $773.8 million", "according to", "according to",
  "First Call", "First Call", O, sctx="First Call.\n\nRevenue",
  note="Clause-final 'according to'; First Call (a consensus-data service) typed organization as Reuters Estimates in en-attr.")
R("v01", "first-quarter sales of $775 million", "predicted", "predict", "Analog Devices", "Analog Devices", O,
  sctx="last month Analog Devices predicted", note="BORDERLINE: forecast with an NP content.")
R("v01", "it now expects earnings of 43 cents to 44 cents per share, on revenue of $710 million to $725 million", "said", "say",
  "the company", "Analog Devices", O, sctx="the company said it now",
  note="'the company' = Analog Devices. Contains the nested 'expects' record.")
R("v01", "earnings of 43 cents to 44 cents per share, on revenue of $710 million to $725 million", "expects", "expect",
  "it", "Analog Devices", O, sctx="said it now expects", note="NESTED; BORDERLINE: expectation with an NP content.")
R("v01", "a 2001 profit of $1.85 to $1.90 per share", "sees", "see", "Analog Devices", "Analog Devices", O,
  sctx="Analog Devices sees", note="BORDERLINE: forecast with an NP content ('sees' = forecasts).")
R("v01", "Analyst consensus was predicting profits of 49 cents per share for the quarter ending in April and $2.02 per share for the full year",
  "according to", "according to", "First Call", "First Call", O, sctx="First Call.\n\nConsidering")
R("v01", "profits of 49 cents per share for the quarter ending in April and $2.02 per share for the full year", "was predicting", "predict",
  "Analyst consensus", "analysts", A, note="NESTED in the First Call record; BORDERLINE: forecast with an NP content.")
R("v01", "Considering the rash of warnings from companies in the technology and communications sectors, Analog Devices' forecast could have been much worse",
  "said", "say", "analysts", "analysts", A, sctx="worse, analysts said",
  note="The upgrade by ABN AMRO (next sentence) is a rating action, not annotated; 'Eric Ross ... agreed' has no content of its own.")

# ---------------- v02 ShoreTel (blog reprint)
R("v02", "its fiscal second-quarter sales would be lower than expected", "announced", "announce", "it", "ShoreTel", O,
  sctx="after it announced", note="'it' = ShoreTel (the Internet switch maker). 'reported preliminary results for the quarter' (next sentence) has no propositional content and is not annotated.")
R("v02", "sales between $29.7 million and $30.7 million, down from an earlier projection of $32 million to $35 million", "forecasts", "forecast",
  "It", "ShoreTel", O, sctx="It forecasts", note="BORDERLINE: forecast with an NP content; 'It' = the Sunnyvale company = ShoreTel.")
R("v02", "revenue of $34 million", "expect", "expect", "Analysts polled by Thomson Financial", "analysts", A,
  note="BORDERLINE: expectation with an NP content.")
R("v02", "although the company had its second-highest revenue quarter in company history, it still “fell short of expectations.”",
  "said that", "say", "John W. Combs, chief executive officer of ShoreTel", "John W. Combs", P,
  note="Mixed: the quoted fragment stays a partial quote. The next quotation is direct (not annotated).")
R("v02", "to announce second-quarter results after the bell on Jan. 29", "expects", "expect", "ShoreTel", "ShoreTel", O,
  sctx="ShoreTel expects to", note="Expectation with an infinitive (en-attr policy).")
R("v02", "a downturn in the U.S. economy may be to blame for ShoreTel’s troubles", "said", "say", "Long", "Tim Long", P,
  sctx="Long said a downturn",
  note="The clause after the semicolon ('roughly 95% ... is domestic') is read as the writer's, not in the scope of 'said'. The price-target cut and the forecast cut ('lowered his forecasts ... to a profit of') are actions, not annotated.")
R("v02", "The sales weakness may continue into the third quarter", "said", "say", "Long", "Tim Long", P, sctx="quarter, Long said")

# ---------------- v03 Motorola (Irish Times)
R("v03", "The earnings warning made late last night fell far below Wall Street expectations and could be the result of a fiercer price contest between Motorola and its larger rival, Nokia, as well as a greater reliance on emerging markets where cheaper handsets are sold",
  "said", "say", "analysts", "analysts", A, sctx="sold, analysts said",
  note="Clause-final 'analysts said' scopes the whole sentence. 'Motorola has lowered its forecast' (first sentence) is an action, not annotated.")
R("v03", "it now estimates fourth-quarter sales of $11.6 billion to $11.8 billion, shy of its prior view of $11.8 billion to $12.1 billion, despite investor hopes for more robust sales from its slim Razr phone and new models like the Krzr",
  "said", "say", "Motorola", "Motorola", O, sctx="Motorola said it now",
  note="The whole complement clause to the sentence end; contains the nested 'estimates' record.")
R("v03", "fourth-quarter sales of $11.6 billion to $11.8 billion, shy of its prior view of $11.8 billion to $12.1 billion", "estimates", "estimate",
  "it", "Motorola", O, sctx="said it now estimates", note="NESTED; BORDERLINE: estimate with an NP content. 'investor hopes for' + NP is not a proposition.")
R("v03", "it expects to report net income of 13 cents to 16 cents per share, below an internal forecast compiled at the start of the quarter",
  "said", "say", "Motorola", "Motorola", O, sctx="Motorola also said")
R("v03", "to report net income of 13 cents to 16 cents per share, below an internal forecast compiled at the start of the quarter",
  "expects", "expect", "it", "Motorola", O, sctx="said it expects", note="NESTED; expectation with an infinitive.")
R("v03", "The reduced forecast may also stem from demand in emerging markets like China and India but less strength in western Europe and the United States",
  "said", "say", "Snyder", "Snyder", P, sctx="States, Snyder said",
  note="Snyder (an analyst) is only named by surname in the stored excerpt.")
R("v03", "Motorola and Nokia shares would trade lower today", "expected", "expect", "He", "Snyder", P, sctx="He expected",
  note="'He' = Snyder.")
R("v03", "unit sales in mobile devices rose 48 per cent to 66 million units from a year ago", "estimated that", "estimate",
  "Motorola", "Motorola", O, sctx="Motorola estimated")
R("v03", "the results fell short of its expectations based on \"an unfavorable mix\" of regional and product-type sales", "said", "say",
  "Motorola", "Motorola", O, sctx="Motorola estimated",
  note="Second conjunct of the coordinated predicate: the source is the shared subject 'Motorola'. The final direct quotation (Ed Zander) is not annotated.")

# ---------------- v04 Phoenix serial killings (AP)
R("v04", "A judge has ordered the release of the court record that documents the evidence police have gathered in the investigation of a Phoenix man accused in a string of serial killings",
  "according to", "according to", "the judge’s ruling", "Scott McCoy", P,
  note="The source is the ruling; speaker is its issuer, the judge named in paragraph 5 (Superior Court Judge Scott McCoy); typed person.")
R("v04", "it was in the public’s interest to know the evidence detectives compiled against the suspect accused of the shootings of people mostly in front of their homes or in cars that terrified several Phoenix neighborhoods last year",
  "argued", "argue", "The news organizations", "news organizations", M, anonymous=False,
  note="'The news organizations' = The Associated Press, Arizona Republic and five TV stations (a named group of outlets): typed media, not anonymous. Their request ('asked for the record to be unsealed') has no propositional content and is not annotated.")
R("v04", "to keep the information secret", "wanted", "want", "Prosecutors", "prosecutors", A,
  note="Attitude with an infinitive (en-attr policy); unnamed prosecutors typed anonymous.")
R("v04", "prosecutors must release the document, but can redact identifying information about victims to protect their privacy", "said", "say",
  "Superior Court Judge Scott McCoy", "Scott McCoy", P)
R("v04", "prosecutors can leave out other details, but must justify why releasing such information would harm the case", "wrote that", "write",
  "McCoy", "Scott McCoy", P, sctx="McCoy also wrote")
R("v04", "he was innocent", "declared that", "declare", "Saucedo", "Aaron Juan Saucedo", P, sctx="Saucedo declared")
R("v04", "the victims were shot by a man who was sitting in a car or had just stepped out of his vehicle", "have said", "say",
  "Police", "police", O, sctx="Police have said",
  note="'Police' = the Phoenix police, typed organization as in en-attr/en-attr2; canonical 'police' since the text never names the department.")

# ---------------- v05 Eastern State Hospital norovirus (Spokesman-Review)
R("v05", "Twenty-one of the hospital’s 300 patients and 19 of the 750 staff members have come down with the gastrointestinal illness",
  "said", "say", "Hal Wilson, the hospital’s chief executive officer", "Hal Wilson", P)
R("v05", "The outbreak could threaten services for people who need psychiatric care", "said", "say",
  "Jan Dobbs, director of crisis response services for Spokane Mental Health", "Jan Dobbs", P)
R("v05", "So far, however, clients have been cared for at Sacred Heart Medical Center", "said", "say", "she", "Jan Dobbs", P,
  sctx="Center, she said", note="'she' = Jan Dobbs.")
R("v05", "This incident marks the first time that Spokane Mental Health staff members have been prevented from visiting their clients at Eastern",
  "said", "say", "Dobbs", "Jan Dobbs", P, sctx="Eastern, Dobbs said")
R("v05", "Typically, between 50 and 80 people in Eastern Washington require mental health hospitalization each month", "said", "say",
  "she", "Jan Dobbs", P, sctx="month, she said")
R("v05", "Nearly 40 staff members and patients were sickened in that incident", "said", "say", "officials", "officials", A,
  note="Clause-final 'officials said' scopes its own sentence only.")
R("v05", "it’s not clear that the Eastern outbreak was sparked by an infected patient from Sacred Heart", "said", "say",
  "Wilson", "Hal Wilson", P, sctx="although Wilson said")
R("v05", "Sacred Heart’s psychiatric ward has been free of illness since the outbreak in mid-July", "said", "say",
  "a spokesman", "Sacred Heart spokesman", A, note="An unnamed spokesman (of Sacred Heart, from the content) typed anonymous.")
R("v05", "Three cases of norovirus at Eastern State Hospital have been confirmed by state laboratory tests", "said", "say",
  "Mark Springer, epidemiologist with the Spokane Regional Health District", "Mark Springer", P,
  note="'Remaining cases are only presumptive' (next sentence) has no cue and is not annotated.")

# ---------------- v06 New Zealand election date (NZPA)
R("v06", "Beehive rumours that the Government has set July 30 as the day for a general election", "has denied", "deny",
  "The Prime Minister's office", "Prime Minister's office", O,
  note="Denial with an NP content standing for the proposition (the rumoured date). The rumours themselves have no stated holder and are not annotated.")
R("v06", "the close-off date for the main electoral roll would be June 17", "announced", "announce", "Helen Clark", "Helen Clark", P,
  sctx="Monday, Helen Clark announced")
R("v06", "the Government has opted to go earlier", "understands", "understand", "NZPA", "NZPA", M,
  note="The news agency's own sourced knowledge; typed media.")
R("v06", "it was \"utter drivel\"", "said", "say", "a spokeswoman for Helen Clark", "spokeswoman for Helen Clark", A,
  note="Mixed. The spokesman's 'would not confirm the date' and the spokeswoman's 'refused to comment' have no content.")
R("v06", "the Prime Minister was not into \"speculation\" and her most recent comments at the post Cabinet press conference on Monday stood",
  "said", "say", "Helen Clark's spokeswoman", "spokeswoman for Helen Clark", A)
R("v06", "people should not read too much into the electoral roll date, which she said had been advised by electoral officials", "said", "say",
  "Helen Clark", "Helen Clark", P, sctx="Helen Clark said then",
  note="'then' (= at the press conference) is left out. Contains the nested relative-clause record.")
R("v06", "had been advised by electoral officials", "said", "say", "she", "Helen Clark", P, sctx="which she said",
  note="NESTED: relative clause 'which she said had been advised ...'; the antecedent (the electoral roll date) is the content's subject.")
R("v06", "Enrolment was possible until the day before the general election but a cut-off line had to be drawn so the electoral roll could be printed",
  "said", "say", "she", "Helen Clark", P, sctx="printed, she said")
R("v06", "she intended for the Government to go full term", "has previously indicated", "indicate", "Helen Clark", "Helen Clark", P,
  sctx="Helen Clark has previously")
R("v06", "for the Government to go full term", "intended", "intend", "she", "Helen Clark", P, sctx="she intended",
  note="NESTED; attitude with an infinitive.")

# ---------------- v07 UK election speculation (Reuters)
R("v07", "a national election would be held in the second half of 2024", "stuck to his wording that", "stick to",
  "Sunak", "Rishi Sunak", P, sctx="Sunak stuck",
  note="Agentless 'speculation that ...' and 'rumours ... that ...' have no holder and are not annotated; 'dates that most pundits had seen as most likely' (small clause with NP) is not annotated. The two quotations are direct.")
R("v07", "it was more than ready for an election", "said", "say", "The party", "Labour", O, sctx="The party said",
  note="'The party' = Labour (the opposition party of the previous sentence).")

# ---------------- v08 Patrik Schick injury (The News)
R("v08", "Czech Republic striker Patrik Schick will miss the World Cup playoff game in Sweden on March 24 over a calf injury",
  "said in a statement", "say", "the Czech national team", "Czech national team", O)
R("v08", "Schick may rejoin the team ahead of the potential Poland game on March 29", "said", "say", "Silhavy", "Jaroslav Silhavy", P,
  sctx="Silhavy said Schick")

# ---------------- v09 St. Paul police shooting (TruthVoice)
R("v09", "officers tried using nonlethal ammunition before fatally shooting the man", "say", "say", "Police officials", "police officials", A)
R("v09", "officers encountered a man wearing a bulletproof vest and armed with a rifle", "says", "say", "Sgt. Paul Paulos", "Paul Paulos", P)
R("v09", "tactical officers and negotiators arrived on the scene", "says", "say", "Paulos", "Paul Paulos", P, sctx="Paulos says tactical")
R("v09", "the man eventually came out of the house, multiple shots were fired and the suspect was hit", "says", "say", "He", "Paul Paulos", P,
  sctx="He says the man", note="'He' = Sgt. Paul Paulos.")
R("v09", "they heard 15 to 20 gunshots", "say", "say", "Witnesses", "witnesses", A)
R("v09", "there was an exchange of gunfire", "said", "say", "Police", "St. Paul police", O, sctx="Police initially said",
  note="'Police' = the St. Paul police of the first sentence (typed organization).")
R("v09", "they were investigating whether the man actually fired his rifle", "said", "say", "Police", "St. Paul police", O,
  sctx="Police initially said", note="Second conjunct ('but later said'): the source is the shared subject.")

# ---------------- v10 Dover police shooting (Yahoo News)
R("v10", "A 37-year-old man was shot by Dover police Sunday night after firing a gun \"in the presence of police,\"", "said", "say",
  "the department", "Dover police", O, note="'the department' = Dover police (the police department).")
R("v10", "On scene, responding officers \"observed a disturbance between an adult female and an adult male, in the middle of the block, in proximity to the dispatched address,\"",
  "said", "say", "a department news release", "Dover police", O,
  note="The source is the department's news release; speaker is its issuer. Mixed (the frame 'On scene, responding officers' is outside the quotation). 'Police were told a woman ...' (agentless) and 'which police called a \"rapidly evolving incident\"' (naming, no clause) are not annotated.")
R("v10", "The man had a handgun, police said, and shot it", "said", "say", "police", "Dover police", O, sctx="handgun, police said",
  note="SPLIT: the content is interrupted by its cue and source.")
R("v10", "As the chaotic scene unfolded, police shot the man \"in response to an imminent threat to life,\"", "said", "say",
  "Dover police", "Dover police", O, sctx="Dover police said. After")
R("v10", "a handgun was found on the ground \"directly\" next to where the man was standing", "said", "say", "Police", "Dover police", O,
  sctx="Police said a handgun")
R("v10", "The officer who shot the man has been with Dover police for 2 ½ years and is a member of the patrol division", "said", "say",
  "the department", "Dover police", O, sctx="division, the department said")
R("v10", "it will provide more details as they're available", "said", "say", "The department", "Dover police", O,
  sctx="The department said it", note="'The department did not say where he was pointing it' has no content (negated, no clause).")
