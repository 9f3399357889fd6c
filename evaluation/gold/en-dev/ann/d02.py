P, A = "publication", "absolute"
ANN = {}
ANN["en07"] = dict(

 ents=[("ORG","Vera C. Rubin Observatory",["NSF–DOE Vera C. Rubin Observatory","NSF–DOE Rubin Observatory","Rubin Observatory"],False,"observatory as institution; names embed NSF and DOE"),
  ("GPE","Chile",["Chile"]),("GPE","Cerro Pachón",["Cerro Pachón"],True,"mountain (LOC)"),("GPE","Atacama Desert",["Atacama Desert"],True,"desert (LOC)"),
  ("GPE","Trifid Nebula",["Trifid Nebula"],True,"astronomical object"),("GPE","Lagoon Nebula",["Lagoon Nebula"],True,"astronomical object"),
  ("ORG","National Science Foundation",["NSF"]),("PERSON","Brian Stone",["Brian Stone"]),
  ("ORG","Legacy Survey of Space and Time",["Legacy Survey of Space and Time","LSST"],True,"survey project, not an organization proper")],
 tx=[("a decade","DURATION","P10Y",A),("a couple of months ago","DATE","2025-04",P,{"mod":"APPROX"}),("seven hours","DURATION","PT7H",A),
  ("10-year","DURATION","P10Y",A),("later this year","DATE","2025",P),
  ("every three to four nights","SET","P3D",A,{"alt":["P4D"],"note":"range 3-4 nights"})],
 ev=[dict(at="has unveiled its first images",event="Rubin Observatory unveils its first images",type="other",trigger="unveil",actors=["Vera C. Rubin Observatory"],modality="asserted"),
  dict(at="a trial phase that began a couple of months ago",event="Observatory trial phase begins",type="other",trigger="begin",actors=["Vera C. Rubin Observatory"],date_text="a couple of months ago",date="2025-04",modality="asserted"),
  dict(at="expected to get underway later this year",event="Legacy Survey of Space and Time gets underway",type="other",trigger="get underway",actors=["Vera C. Rubin Observatory","Legacy Survey of Space and Time"],date_text="later this year",date="2025",modality="expected")])
ANN["en08"] = dict(
 ents=[("ORG","NASA",["NASA"]),("OUTLET","Nature",["Nature"],True,"scientific journal"),
  ("GPE","Bright Angel formation",["Bright Angel formation"],True,"geological unit on Mars (LOC)"),
  ("GPE","Jezero Crater",["Jezero Crater"],True,"crater on Mars (LOC)"),("GPE","Neretva Vallis",["Neretva Vallis"],True,"valley on Mars (LOC)"),
  ("GPE","Earth",["Earth"],True,"planet (LOC)"),
  ("PERSON","Joel Hurowitz",["Joel Hurowitz"]),("ORG","Stony Brook University",["Stony Brook University"])],
 tx=[("Wednesday, Sept. 10","DATE","2025-09-10",P),("the same day","DATE","2025-09-10",P,{"note":"anaphoric to Wednesday, Sept. 10"})],
 ev=[dict(at="NASA announced Wednesday, Sept. 10",event="NASA announces the potential biosignature in the Sapphire Canyon core",type="statement",trigger="announce",actors=["NASA"],date_text="Wednesday, Sept. 10",date="2025-09-10",modality="asserted"),
  dict(at="a river-carved rock that NASA’s Perseverance rover drilled",event="Perseverance drills the Sapphire Canyon core from Cheyava Falls",type="other",trigger="drill",actors=["NASA"],modality="asserted",note="date (July 2024) not in the excerpt"),
  dict(at="a peer-reviewed paper published the same day",event="Peer-reviewed paper published in Nature",type="other",trigger="publish",actors=["Nature"],date_text="the same day",date="2025-09-10",modality="asserted"),
  dict(at="were first spotted during the rover’s survey",event="Reaction fronts spotted (and mapped by PIXL and SHERLOC) during the Bright Angel survey",type="other",trigger="spot",actors=["NASA"],modality="asserted")])
ANN["en09"] = dict(
 ents=[("OUTLET","The Wall Street Journal",["Wall Street Journal"]),("PERSON","Robert F. Kennedy Jr.",["Robert F. Kennedy Jr.","Kennedy"]),
  ("ORG","U.S. Department of Health and Human Services",["U.S. Department of Health and Human Services","Health and Human Services"]),
  ("ORG","Centers for Disease Control and Prevention",["Centers for Disease Control and Prevention","CDC"]),
  ("OUTLET","Politico",["Politico"]),("ORG","Advisory Committee on Immunization Practices",["Advisory Committee on Immunization Practices","ACIP"]),
  ("OUTLET","Deseret News",["Deseret News"])],
 tx=[("Monday","DATE","2025-06-09",P),("Nearly two hours","DURATION","PT2H",A,{"mod":"APPROX"}),("June 9, 2025","DATE","2025-06-09",A),
  ("four-year","DURATION","P4Y",A)],
 ev=[dict(at="In a Wall Street Journal op-ed column Monday",event="Kennedy publishes a Wall Street Journal op-ed announcing the firings",type="statement",trigger="column",actors=["Robert F. Kennedy Jr.","The Wall Street Journal"],date_text="Monday",date="2025-06-09",modality="asserted"),
  dict(at="members of the panel received termination notices",event="Kennedy fires all 17 members of the ACIP (termination notices sent)",type="other",trigger="fire",actors=["Robert F. Kennedy Jr.","Advisory Committee on Immunization Practices","Centers for Disease Control and Prevention"],date_text="June 9, 2025",date="2025-06-09",modality="asserted",note="also 'he will fire all 17 members' and 'Their termination' (merged); dismissal of officials: OTHER vs SANCTION debatable"),
  dict(at="they can be replaced en masse by Kennedy",event="ACIP members replaced en masse by Kennedy",type="other",trigger="replace",actors=["Robert F. Kennedy Jr.","Advisory Committee on Immunization Practices"],modality="hypothetical")])
ANN["en10"] = dict(
 ents=[("GPE","Lubbock",["LUBBOCK","Lubbock"]),("GPE","West Texas",["West Texas"]),
  ("ORG","Texas Department of State Health Services",["Texas Department of State Health Services"]),
  ("OUTLET","Associated Press",["The Associated Press"]),("GPE","Texas",["Texas"]),("GPE","North Texas",["North Texas"]),
  ("PERSON","Lara Anton",["Lara Anton"]),("GPE","Gaines County",["Gaines County"]),("GPE","Texas Panhandle",["Panhandle"],False,"'the Panhandle' (region)")],
 tx=[("January","DATE","2025-01",P,{"n":1}),("Wednesday","DATE","2025-02-26",P,{"n":1}),("last week","DATE","2025-W08",P),
  ("Wednesday","DATE","2025-02-26",P,{"n":2}),("2018","DATE","2018",A),("30 years","DURATION","P30Y",A),("late January","DATE","2025-01",P,{"mod":"END"})],
 ev=[dict(at="A school-aged child has died in Lubbock",event="Unvaccinated school-aged child dies of measles in Lubbock (first death of the outbreak)",type="other",trigger="die",actors=[],modality="reported",note="confirmed by the state on Wednesday 2025-02-26; date of death not stated"),
  dict(at="was hospitalized in Lubbock last week",event="Child hospitalized in Lubbock",type="other",trigger="hospitalize",actors=[],date_text="last week",date="2025-W08",modality="reported"),
  dict(at="a person died of measles in Texas was in 2018",event="10-year-old dies of measles in North Texas",type="other",trigger="die",actors=[],date_text="2018",date="2018",modality="reported"),
  dict(at="The first cases were reported in late January",event="West Texas measles outbreak (120+ cases; began in Gaines County, spread to nine other counties)",type="other",trigger="outbreak",actors=[],date_text="late January",date="2025-01",modality="asserted",note="also 'an ongoing outbreak ... since January' (merged); date = start")])
ANN["en11"] = dict(
 ents=[("PERSON","Penny Borenstin",["Penny Borenstin"],False,"spelled as published (the officer's name is usually written Borenstein)"),("GPE","United States",["U.S."])],
 tx=[("2018","DATE","2018",A),("at this time","DATE","PRESENT_REF",P,{"alt":["2025-12-18"]}),("up to an hour","DURATION","PT1H",A,{"mod":"EQUAL_OR_LESS"}),
  ("7 to 21 days","DURATION","P7D",A,{"alt":["P21D"],"note":"range"}),("2000","DATE","2000",A)],
 ev=[dict(at="they have confirmed the first case of measles",event="First measles case in the county since 2018 confirmed (a local child)",type="other",trigger="case",actors=[],modality="reported"),
  dict(at="though declared eliminated in the U.S. in 2000",event="Measles declared eliminated in the U.S.",type="other",trigger="declare",actors=["United States"],date_text="2000",date="2000",modality="reported")])
ANN["en12"] = dict(
 ents=[("OUTLET","HealthDay",["HealthDay News"]),("ORG","Novo Nordisk",["Novo Nordisk"]),("ORG","Eli Lilly",["Eli Lilly"]),
  ("PERSON","Ludovic Helfgott",["Ludovic Helfgott"]),("ORG","European Society of Cardiology",["European Society of Cardiology"],True,"named inside the event name 'European Society of Cardiology Congress'"),
  ("GPE","Madrid",["Madrid"])],
 tx=[("WEDNESDAY, Sept. 3, 2025","DATE","2025-09-03",A),("more than 30 days","DURATION","P30D",A,{"n":1,"mod":"MORE_THAN"}),
  ("more than 30 days","DURATION","P30D",A,{"n":2,"mod":"MORE_THAN"}),("Sunday","DATE","2025-08-31",P)],
 ev=[dict(at="The results were presented Sunday",event="Novo Nordisk study results presented at the ESC Congress in Madrid",type="other",trigger="present",actors=["Novo Nordisk","European Society of Cardiology"],date_text="Sunday",date="2025-08-31",modality="asserted",note="also 'The findings were presented at a medical conference' (merged)"),
  dict(at="have not yet been peer-reviewed or published",event="Findings peer-reviewed / published",type="other",trigger="publish",actors=["Novo Nordisk"],modality="negated"),
  dict(at="said in a news release",event="Novo Nordisk news release on the study",type="statement",trigger="release",actors=["Novo Nordisk","Ludovic Helfgott"],modality="asserted")])
