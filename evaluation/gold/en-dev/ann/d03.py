P, A = "publication", "absolute"
ANN = {}
ANN["en13"] = dict(
 ents=[("ORG","Oklahoma City Thunder",["Oklahoma City Thunder","Thunder"]),("ORG","NBA",["NBA"]),
  ("ORG","Indiana Pacers",["Indiana Pacers","Pacers"]),
  ("GPE","Oklahoma City",["Oklahoma City"],True,"place name used for the team (metonymy) and for the city ('claimed the city's first')"),
  ("GPE","Indiana",["Indiana"],True,"place name used for the team (metonymy)"),
  ("PERSON","Shai Gilgeous-Alexander",["Shai Gilgeous-Alexander","Gilgeous-Alexander"]),("PERSON","Tyrese Haliburton",["Tyrese Haliburton"]),
  ("PERSON","Jalen Williams",["Jalen Williams"]),("PERSON","Chet Holmgren",["Chet Holmgren"]),("PERSON","Bennedict Mathurin",["Bennedict Mathurin"])],
 tx=[("Sunday night","DATE","2025-06-22TNI",P,{"alt":["2025-06-22"]})],
 ev=[dict(at="after defeating the Indiana Pacers, 103-91",event="Thunder beat the Pacers 103-91 in Game 7 to win the NBA championship",type="other",trigger="defeat",actors=["Oklahoma City Thunder","Indiana Pacers"],date_text="Sunday night",date="2025-06-22TNI",modality="asserted"),
  dict(at="to earn Finals MVP honors",event="Gilgeous-Alexander earns Finals MVP",type="other",trigger="earn",actors=["Shai Gilgeous-Alexander"],date_text="Sunday night",date="2025-06-22TNI",modality="asserted"),
  dict(at="lost star Tyrese Haliburton to an apparent Achilles injury",event="Haliburton suffers apparent Achilles injury",type="other",trigger="injury",actors=["Tyrese Haliburton"],date_text="Sunday night",date="2025-06-22TNI",modality="asserted")])
ANN["en14"] = dict(
 ents=[("GPE","Augusta",["AUGUSTA"]),("GPE","Georgia",["Ga."]),("PERSON","Justin Rose",["Justin Rose","Rose"]),
  ("PERSON","Rory McIlroy",["Rory McIlroy","Rory","McIlroy"]),("GPE","Butler Cabin",["Butler Cabin"],True,"building (facility)"),
  ("OUTLET","CBS",["CBS"]),("PERSON","Jim Nantz",["Jim Nantz"]),("GPE","Holywood",["Hollywood"],False,"the Northern Ireland town (Holywood), misspelled in the article"),
  ("GPE","Northern Ireland",["Northern Ireland"]),("PERSON","Gene Sarazen",["Gene Sarazen"]),("PERSON","Ben Hogan",["Ben Hogan"]),
  ("PERSON","Gary Player",["Gary Player"]),("PERSON","Jack Nicklaus",["Jack Nicklaus"]),("PERSON","Tiger Woods",["Tiger Woods"]),
  ("GPE","Rae’s Creek",["Rae’s Creek"],True,"creek on the course (LOC)"),("ORG","Masters Tournament",["Masters"],True,"tournament (event) name")],
 tx=[("Sunday","DATE","2025-04-13",P),("2017","DATE","2017",A),("The last 10 years","DURATION","P10Y",A),("11 years","DURATION","P11Y",A),
  ("today","DATE","2025-04-13",P),("now","DATE","PRESENT_REF",P,{"alt":["2025-04-13"]})],
 ev=[dict(at="by beating Rose in a sudden-death playoff",event="McIlroy beats Rose in a playoff to win the Masters and complete the career Grand Slam",type="other",trigger="beat",actors=["Rory McIlroy","Justin Rose"],date_text="Sunday",date="2025-04-13",modality="asserted"),
  dict(at="in the Butler Cabin jacket ceremony",event="Green jacket ceremony in Butler Cabin",type="other",trigger="ceremony",actors=["Rory McIlroy"],date_text="Sunday",date="2025-04-13",modality="asserted")])
ANN["en15"] = dict(
 ents=[("ORG","Premier League",["Premier League"]),("PERSON","Erling Haaland",["Erling Haaland","Haaland"]),("PERSON","Jack Grealish",["Jack Grealish","Grealish"]),
  ("PERSON","Julián Álvarez",["Julián Álvarez","Álvarez"]),("ORG","Manchester City",["Manchester City","City","Blues"]),
  ("ORG","Southampton",["Southampton","Saints"]),("ORG","Arsenal",["Arsenal"]),("PERSON","Gavin Bazunu",["Gavin Bazunu"]),
  ("PERSON","Kevin De Bruyne",["Kevin De Bruyne"]),("PERSON","Sékou Mara",["Sékou Mara"]),("GPE","St. Mary’s",["St. Mary’s"],True,"stadium (facility), used for the home crowd")],
 tx=[("Saturday","DATE","2023-04-08",P),("15 minutes","DURATION","PT15M",A),("ten minutes","DURATION","PT10M",A,{"note":"'just ten minutes later' (match clock)"}),
  ("two minutes","DURATION","PT2M",A,{"note":"'just two minutes later' (match clock)"}),("now","DATE","PRESENT_REF",P,{"alt":["2023-04-08"],"note":"'for now'"})],
 ev=[dict(at="Manchester City cruised to a comfortable victory over Southampton",event="Manchester City beat Southampton (Haaland 2, Grealish, Alvarez pen.; Mara)",type="other",trigger="victory",actors=["Manchester City","Southampton"],date_text="Saturday",date="2023-04-08",modality="asserted")])
ANN["en16"] = dict(
 ents=[("PERSON","Jannik Sinner",["Jannik Sinner","Sinner"]),("PERSON","Carlos Alcaraz",["Carlos Alcaraz","Alcaraz"]),
  ("GPE","Wimbledon",["Wimbledon"],True,"tournament name (also a London district)"),("GPE","Italy",["Italy"]),
  ("ORG","All England Club",["All England Club"]),("GPE","Centre Court",["Centre Court"],True,"court (facility)"),("ORG","French Open",["French Open"],True,"tournament (event) name")],
 tx=[("Sunday evening","DATE","2025-07-13TEV",P,{"alt":["2025-07-13"]}),("35 days ago","DATE","2025-06-08",P,{"note":"counted from the match day (Sunday 2025-07-13); the French Open final was 2025-06-08"}),
  ("more than five hours","DURATION","PT5H",A,{"mod":"MORE_THAN"}),("Now","DATE","PRESENT_REF",P,{"alt":["2025-07-13"]}),("three-month","DURATION","P3M",A),("earlier this year","DATE","2025",P)],
 ev=[dict(at="won his first Wimbledon title",event="Sinner beats Alcaraz 4-6 6-4 6-4 6-4 to win his first Wimbledon title",type="other",trigger="win",actors=["Jannik Sinner","Carlos Alcaraz"],date_text="Sunday evening",date="2025-07-13TEV",modality="asserted"),
  dict(at="avenging his brutal French Open defeat",event="Alcaraz beats Sinner in the French Open final (five sets, from three championship points down)",type="other",trigger="defeat",actors=["Carlos Alcaraz","Jannik Sinner"],date_text="35 days ago",date="2025-06-08",modality="asserted"),
  dict(at="served a three-month doping ban",event="Sinner serves a three-month doping ban",type="sanction",trigger="ban",actors=["Jannik Sinner"],date_text="earlier this year",date="2025",modality="asserted")])
ANN["en17"] = dict(
 ents=[("GPE","Virginia",["Virginia"]),("PERSON","Abigail Spanberger",["Abigail Spanberger","Spanberger"]),
  ("OUTLET","Associated Press",["The Associated Press","A.P."]),("PERSON","Donald Trump",["Trump"]),
  ("ORG","Democratic Party",["Democrat","Democratic"],True,"adjectival party reference"),("ORG","United States Congress",["Congress"]),
  ("PERSON","Winsome Earle-Sears",["Winsome Earle-Sears","Earle-Sears"]),("ORG","Republican Party",["Republican"],True,"adjectival party reference"),
  ("ORG","Central Intelligence Agency",["C.I.A."]),("PERSON","Don Scott",["Don Scott"]),("ORG","Virginia House of Delegates",["Virginia’s House of Delegates"])],
 tx=[("Tuesday","DATE","2025-11-04",P),("8 p.m.","TIME","2025-11-04T20:00-05:00",P,{"alt":["2025-11-04T20:00"]}),("an hour","DURATION","PT1H",A),
  ("Tuesday night","DATE","2025-11-04TNI",P,{"alt":["2025-11-04"]}),("election night","DATE","2025-11-04TNI",P,{"n":1,"alt":["2025-11-04"]}),
  ("January","DATE","2026-01",P),("election night","DATE","2025-11-04TNI",P,{"n":2,"alt":["2025-11-04"]}),("tonight","DATE","2025-11-04TNI",P,{"alt":["2025-11-04"]})],
 ev=[dict(at="Virginia voters elected Abigail Spanberger governor",event="Spanberger elected governor of Virginia, defeating Earle-Sears",type="election",trigger="elect",actors=["Abigail Spanberger","Winsome Earle-Sears"],date_text="Tuesday",date="2025-11-04",modality="asserted"),
  dict(at="an hour after Virginia’s polls closed",event="Virginia polls close",type="other",trigger="close",actors=[],date_text="Tuesday night",date="2025-11-04TNI",modality="asserted",note="at 7 p.m."),
  dict(at="Ms. Spanberger’s victory remarks took",event="Spanberger's victory speech at her election night party",type="statement",trigger="remarks",actors=["Abigail Spanberger"],date_text="election night",date="2025-11-04TNI",modality="asserted"),
  dict(at="When she takes office in January",event="Spanberger takes office as governor",type="other",trigger="take office",actors=["Abigail Spanberger"],date_text="January",date="2026-01",modality="expected")])
ANN["en18"] = dict(
 ents=[("GPE","New York City",["NEW YORK CITY","New York City"]),("PERSON","Zohran Mamdani",["Zohran Mamdani","Mamdani"]),
  ("PERSON","Andrew Cuomo",["Andrew Cuomo","Cuomo"]),("GPE","New York",["New York"],False,"the state ('former New York Governor')"),
  ("ORG","Democratic Party",["Democratic"],True,"adjectival party reference"),("PERSON","Brad Lander",["Brad Lander"])],
 tx=[("late Tuesday","DATE","2025-06-24",P,{"mod":"END"}),("Tonight","DATE","2025-06-24TNI",P,{"n":1,"alt":["2025-06-24"]}),
  ("July 1","DATE","2025-07-01",P),("Tonight","DATE","2025-06-24TNI",P,{"n":2,"alt":["2025-06-24"]}),("Tonight","DATE","2025-06-24TNI",P,{"n":3,"alt":["2025-06-24"]})],
 ev=[dict(at="Zohran Mamdani declared victory",event="Mamdani wins (declares victory in) the NYC Democratic mayoral primary",type="election",trigger="declare victory",actors=["Zohran Mamdani"],date_text="late Tuesday",date="2025-06-24",modality="asserted"),
  dict(at="former New York Governor Andrew Cuomo conceded late Tuesday",event="Cuomo concedes the primary to Mamdani",type="concede",trigger="concede",actors=["Andrew Cuomo","Zohran Mamdani"],date_text="late Tuesday",date="2025-06-24",modality="asserted"),
  dict(at="Ranked-choice votes are expected to be tabulated by July 1",event="Ranked-choice second-round tabulation",type="election",trigger="tabulate",actors=[],date_text="July 1",date="2025-07-01",modality="expected",note="deadline ('by July 1')")])
