"""Event gold for en-timex-dev2 e01..e15, following ../../en-dev/GUIDE.md section 4 (Events) and the
row format of ../../en-dev/events.jsonl.  Annotated by reading, before any system run on these
texts (issue 19, branch `evdev`); the approach copies ../../en-attr/ann_events.py.

Each row: E(doc, event, type, trigger, actors, date_text, date, modality, (first, last), note).
The sentence is raw[s:e] where s = raw.find(first) (first must occur exactly once in the doc) and
e = raw.find(last, s) + len(last).  The set has no entity gold, so `actors` are names as the text
gives them (not scored).  `date_text` is a time expression of the doc (see ../timex.jsonl) and
`date` its value.  `python3 ann/events.py` rewrites events.jsonl, `python3 check_events.py` checks it.
Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROWS = []


def E(doc, event, typ, trigger, actors, date_text, date, modality, sent, note=None):
    ROWS.append((doc, event, typ, trigger, actors, date_text, date, modality, sent, note))


A, R, X, H, N = "asserted", "reported", "expected", "hypothetical", "negated"

# e01 obituary, 2020-07-05 (Sunday)
E("e01", "Barbara Peterson dies", "other", "pass away", ["Barbara Jean Lund Peterson"],
  "Sunday June 28, 2020", "2020-06-28", A, ("Barbara Jean Lund Peterson quietly", "on earth."))
E("e01", "Barbara Peterson is born", "other", "bear", ["Barbara Jean Lund Peterson"],
  "March 5, 1926", "1926-03-05", A, ("Born March 5, 1926", "four children."))
E("e01", "Barbara marries Dale Ezra Peterson", "other", "marry", ["Barbara Jean Lund Peterson", "Dale Ezra Peterson"],
  "June 26, 1945", "1945-06-26", A, ("Married to Dale Ezra", "Salt Lake City."),
  "church callings, temple service, research and reunions over the years are habitual activity, not events")

# e02 Blagojevich sentencing date (undated)
S = ("A federal judge on Monday", "for Dec. 6.")
E("e02", "Judge Zagel sets Blagojevich's sentencing for Dec. 6", "other", "set", ["James Zagel", "Rod Blagojevich"],
  "Monday", "XXXX-WXX-1", A, S, "also 'Zagel set the sentencing date at an unscheduled status hearing' (merged)")
E("e02", "Blagojevich's sentencing (hearing) on Dec. 6", "coerce", "sentencing", ["Rod Blagojevich"],
  "Dec. 6", "XXXX-12-06", X, S, "also 'the sentencing hearing', 'if the sentencing takes more than one day' (merged)")
S = ("The disgraced former governor was convicted", "as president.")
E("e02", "Blagojevich convicted on corruption charges at his retrial", "coerce", "convict", ["Rod Blagojevich"],
  "last summer", "XXXX-SU", A, S, "also 'convicted in June on 17 of 20 counts' (merged)")
E("e02", "Blagojevich tries to sell Obama's Senate seat", "other", "sell", ["Rod Blagojevich"], None, None, R, S,
  "an allegation of the charges")
E("e02", "Obama elected president, vacating his Senate seat", "election", "election", ["Barack Obama"],
  "2008", "2008", A, S)
E("e02", "Blagojevich to speak at the sentencing hearing", "other", "speak", ["Rod Blagojevich"], None, None, R,
  ("A Blagojevich lawyer later confirmed", "sentencing hearing."))
E("e02", "Blagojevich testifies at his second trial", "other", "testify", ["Rod Blagojevich"], None, None, A,
  ("He testified during", "second trial."))
E("e02", "Zagel sets aside Dec. 7 in case the sentencing runs long", "other", "set aside", ["James Zagel"], None, None, A,
  ("Zagel set aside Dec. 7", "to complete."))
S = ("The judge had originally scheduled", "convicted last week.")
E("e02", "Sentencing originally scheduled for Oct. 6", "other", "schedule", ["James Zagel", "Rod Blagojevich"], None, None, A, S)
E("e02", "Sentencing indefinitely postponed", "retreat", "postpone", ["James Zagel"], None, None, A, S)
E("e02", "Zagel presides over the trial of William Cellini", "other", "trial", ["James Zagel", "William Cellini"], None, None, A, S)
E("e02", "Cellini convicted", "coerce", "convict", ["William Cellini"], "last week", "XXXX-WXX", A, S)
E("e02", "The government discloses the sentence it will seek", "request", "seek", ["U.S. government"], None, None, N,
  ("Prosecutors have said that under", "will seek."), "'has yet to disclose what sentence it will seek'")
S = ("The former governor was convicted of a single count", "countsof wire fraud, bribery, attempted extortion and conspiracy.")
E("e02", "Blagojevich convicted of lying to the FBI at his first trial", "coerce", "convict", ["Rod Blagojevich"],
  "last year", "XXXX", A, S)
E("e02", "First jury deadlocks on the other charges", "other", "deadlock", [], None, None, A, S)
E("e02", "Blagojevich retried by a separate jury", "other", "retry", ["Rod Blagojevich"], None, None, A, S)

# e03 Daily Mail weekend rail works, 2023-10-06 (Friday)
E("e03", "Engineering works close key rail routes across Britain over the weekend", "other", "close", [],
  "another weekend", "2023-W40-WE", X, ("Rail passengers face", "industrial action."),
  "the umbrella mention; each line's closure below is its own row")
S = ("The Newcastle to Edinburgh line", "through London.")
E("e03", "Newcastle to Edinburgh line shut all weekend", "other", "shut", [], "all weekend", "2023-W40-WE", X, S)
E("e03", "No Gatwick Express services and much of the Elizabeth line closed on Sunday", "other", "close", [],
  "Sunday", "2023-10-08", X, S)
S = ("Large parts of the Metropolitan", "and Essex.")
E("e03", "Metropolitan and Piccadilly lines not running all weekend", "other", "run", [], "all weekend", "2023-W40-WE", X, S,
  "a planned closure (not a denial)")
E("e03", "Some London Overground lines shut on Sunday", "other", "shut", [], "Sunday", "2023-10-08", X, S)
E("e03", "Closure of much of the Greater Anglia network", "other", "closure", ["Greater Anglia"], None, None, X, S)
S = ("Buses replace trains between Wolverhampton", "Aylesbury.")
E("e03", "Buses replace trains between Wolverhampton and Stafford on Sunday", "other", "replace", [],
  "Sunday", "2023-10-08", X, S)
E("e03", "Severe weather in Scotland prompts alterations to the Caledonian Sleeper", "other", "alteration",
  ["Caledonian Sleeper"], None, None, A, S)
E("e03", "Chiltern Railways line closed between Harrow-on-the-Hill and Aylesbury", "other", "close", ["Chiltern Railways"],
  None, None, X, S)
S = ("Great Western Railway will operate", "Ely.")
E("e03", "GWR operates replacement buses between Bath and Bristol all weekend", "other", "operate", ["Great Western Railway"],
  "all weekend", "2023-W40-WE", X, S)
E("e03", "East Midlands Railway runs replacement buses between Peterborough and Ely", "other", "do", ["East Midlands Railway"],
  "all weekend", "2023-W40-WE", X, S)
S = ("Three Eurostar services", "past Ashford.")
E("e03", "Three Eurostar services on Sunday axed", "other", "axe", ["Eurostar"], "Sunday", "2023-10-08", A, S)
E("e03", "Engineering works in Kent impact Southeastern trains", "other", "impact", ["Southeastern"], None, None, X, S)
E("e03", "South Western Railway lines closed near Brockenhurst and Barnes", "other", "close", ["South Western Railway"],
  None, None, X, ("South Western Railway lines will be closed", "South London."))
E("e03", "South Western Railway issues a warning over gaps between bus replacements", "statement", "warning",
  ["South Western Railway"], None, None, A, ("The operator even issued a warning", "bus drivers'."))
E("e03", "Aslef train drivers hold two strike days and five days of overtime bans", "protest", "strike", ["Aslef"],
  "the end of a bruising week", "2023-W40", A, ("It comes at the end of a bruising week", "end today."),
  "also 'a week of disruption due to industrial action' (merged)")
E("e03", "The overtime ban causes further disruption today", "other", "disruption", ["Aslef"], "today", "2023-10-06", A,
  ("This overtime ban also caused", "West Midlands Railway."))
E("e03", "Delays today from points failure, winds, flooding, faults", "other", "delay", [], "today", "2023-10-06", A,
  ("Separately, there were delays today", "overhead wires."))

# e04 Scholastic fiscal 2017 results, 2017-07-20 (fiscal year to May 31)
S = ("NEW YORK, July 20, 2017", "Revenues grew 4% to $1.74 billion.")
E("e04", "Scholastic reports fiscal Q4 and full-year results", "statement", "report", ["Scholastic"],
  "today", "2017-07-20", A, S, "the press release itself (a formal act)")
E("e04", "Scholastic revenues grow 4% to $1.74 billion in fiscal 2017", "other", "grow", ["Scholastic"],
  "Fiscal 2017", "2017", A, S, "also 'revenue increased 5% versus the prior year period' excluding FX (merged)")
S = ("Domestic trade publishing revenues were up 45%", "international markets.")
E("e04", "Domestic trade publishing revenues up 45%", "other", "up", ["Scholastic"], None, None, A, S)
E("e04", "Children's trade publishing grows across international markets", "other", "growth", ["Scholastic"], None, None, A, S)
E("e04", "Education revenues increase 4% for the year and 12% in the fourth quarter", "other", "increase", ["Scholastic"],
  "the year", "2017", A, ("Education revenues increased 4%", "summer reading."))
E("e04", "Operating income from continuing operations up 32% to $88.9 million", "other", "up", ["Scholastic"],
  "the prior year", "2016", A, ("Operating income from continuing operations was $88.9", "in the prior year."),
  "also 'up 17% from prior year' excluding one-time items and 'operating income grew by 17%' in the CEO's quote (merged); "
  "the date compares (prior year)")
E("e04", "Operating margins improve in all three segments", "other", "improve", ["Scholastic"], None, None, A,
  ("Operating margins improved", "three segments."))
E("e04", "Earnings per diluted share increase 17% to $1.48", "other", "increase", ["Scholastic"], None, None, A,
  ("Earnings per diluted share from continuing operations increased", "to $1.48."),
  "also adjusted EPS $1.83, 'an increase of 8% ... exceeding guidance' (merged)")

# e05 Universal Health Services forecast revision, 2022-06-30
S = ("KING OF PRUSSIA", "December 31, 2022.")
E("e05", "UHS revises its forecast for 2022", "other", "revise", ["Universal Health Services"], "today", "2022-06-30", R, S,
  "announced by the company ('announced today that ... we are revising')")
E("e05", "Significant shortfall in UHS operating results in April and May 2022", "other", "shortfall",
  ["Universal Health Services"], "April", "2022-04", A, S,
  "also 'lower than expected earnings ... for the second quarter', 'significant shortfalls in revenues and earnings' (merged)")
E("e05", "UHS estimates adjusted net income of $2.05-2.15 per share for the quarter to June 30", "other", "estimate",
  ["Universal Health Services"], "the three-month period", "P3M", R, ("Based upon our consolidated results", "June 30, 2022."))
E("e05", "Acute care hospitals see a significant decline in COVID-related patients", "other", "decline",
  ["Universal Health Services"], "April", "2022-04", A, ("During April and May of 2022, our acute care", "first quarter of 2022."),
  "also 'The decrease in COVID-related patient volumes during the second quarter' (merged)")
E("e05", "Equivalent increase in non-COVID patients (did not happen)", "other", "increase", [], None, None, N,
  ("The decrease in COVID-related patient volumes", "for that period."))
S = ("Although the decreased patient volumes", "than expected.")
E("e05", "Decreased volumes relieve some staffing shortages", "other", "relieve", ["Universal Health Services"], None, None, A, S)
E("e05", "Recovery from labor pressures at a slower pace than expected", "other", "recovery", [], None, None, A, S)

# e06 NBC 11 schools closed for the year, 2020-04-21 (Tuesday)
E("e06", "Closure of in-person classes through the rest of the school year announced", "other", "closure",
  ["Diana Sirko"], "Tuesday morning", "2020-04-21TMO", A, ("After an announcement of the closure", "that decision."),
  "dated by its announcement (the decision); Sirko 'discussed more' is talk")
E("e06", "Sirko meets the city and county", "consult", "meeting", ["Diana Sirko"], None, None, R,
  ("Superintendent Sirko said that she had a meeting", "and county."))
E("e06", "Schools closed through April 30 (the earlier closure)", "other", "close", [], None, None, A,
  ("The schools were set to be closed", "through April 30."))
E("e06", "Students go back to school", "other", "go back", [], None, None, H, ("If students were set to go back", "school year."))
S = ("The last lesson will be given", "their belongings.")
E("e06", "Last lesson given on May 15", "other", "lesson", [], "May 15", "2020-05-15", X, S)
E("e06", "System set up for students and staff to collect their belongings", "other", "set up", [], None, None, X, S)
E("e06", "District possibly does a video yearbook", "other", "do", [], None, None, H,
  ("Sirko also said the district is working", "video yearbook."))
S = ("Graduation is canceled in May", "after July 1.")
E("e06", "May graduation canceled", "other", "cancel", [], None, None, A, S, "'in May' is when the graduation was to be")
E("e06", "Graduation rescheduled after July 1", "other", "reschedule", [], None, None, H, S,
  "also 'planning a graduation event in the future' (merged)")
E("e06", "The city holds no large gathering through July 1", "other", "hold", [], None, None, N,
  ("Sirko said the city won't hold", "through July 1."))
E("e06", "Survey of seniors and parents, April 6-17", "other", "survey", [], "April 6-17", "2020-04-06", A,
  ("There was a survey", "in the future."))

# e07 principal's letter on a COVID closure (undated)
E("e07", "Zoom board meeting last night", "consult", "meeting", [], "last night", "XXXX-XX-XXTNI", A,
  ("I participated in my first zoom", "this morning."), "also 'At our Board Meeting last night' (merged)")
E("e07", "Zoom meetings with staff this morning", "consult", "meeting", [], "this morning", "XXXX-XX-XXTMO", A,
  ("I participated in my first zoom", "this morning."), "also 'We met this morning ... to discuss the next steps' (merged)")
E("e07", "Board decides there is no school in the buildings until at least April 20", "other", "decide", [],
  "last night", "XXXX-XX-XXTNI", A, ("At our Board Meeting last night", "April 20th."))
S = ("The Board’s next regular meeting", "latest information.")
E("e07", "The Board's next regular meeting on April 14", "consult", "meeting", [], "April 14th", "XXXX-04-14", X, S)
E("e07", "The Board decides on the future (of the closure)", "other", "decision", [], "April 14th", "XXXX-04-14", H, S,
  "also 'will wait until that time to make that decision' (merged)")
E("e07", "Teachers prepare in case of closure", "other", "prepare", [], None, None, A,
  ("Our teachers have been preparing", "closure happened."))
E("e07", "Remote schooling up and running sometime next week", "other", "run", [], "sometime next week", "XXXX-WXX", X,
  ("There are some logistics", "next week."), "'hopefully'")
E("e07", "Postponements and cancellations across the state", "other", "postponement", [], None, None, A,
  ("As you know, there have been many postponements", "across the state."))
E("e07", "Prom moved to a later date", "retreat", "move", [], None, None, X,
  ("At this time we do know", "later date."))

# e08 school board blog, Hurricane Ike (undated)
S = ("This morning, our Board held", "Hurricane Ike.")
E("e08", "Emergency Board meeting this morning", "consult", "meeting", [], "This morning", "XXXX-XX-XXTMO", A, S)
E("e08", "Board authorizes possible emergency expenditures for repairs", "agree", "authorize", [], None, None, X, S,
  "the meeting's purpose")
E("e08", "Hurricane Ike damages district buildings", "other", "damage", [], None, None, A, S,
  "also 'came through the Hurricane very well', 'We did sustain roof and other damage' (merged)")
E("e08", "District does not resume classes this week", "other", "resume", [], "this week", "XXXX-WXX", N,
  ("The District will not resume", "this week."))
S = ("On Friday, September 19", "September 22.")
E("e08", "Situation re-assessed on Friday, September 19", "other", "re-assess", [], "Friday, September 19", "XXXX-09-19", X, S)
E("e08", "Classes resume on Monday, September 22", "other", "resume", [], "Monday, September 22", "XXXX-09-22", H, S)
E("e08", "Decision on make-up days", "other", "decision", [], None, None, X,
  ("I think that a decision", "next few weeks."), "'in the next few weeks' is a duration")

# e09 Sunday Telegraph, Swedish election, 2010-09-20
E("e09", "Swedish election ends in a hung parliament", "election", "election", ["Fredrik Reinfeldt", "Social Democrats"],
  "Sunday night", "2010-09-19TNI", A, ("THE SUNDAY TELEGRAPH: Swedish elections", "Sweden’s parliament."),
  "also 'The result', 'preliminary results showed ... winning 173 seats' (merged)")
E("e09", "Rise of the far-Right group", "other", "rise", ["Sweden Democrats"], None, None, A,
  ("THE SUNDAY TELEGRAPH: Swedish elections", "Sweden’s parliament."))
E("e09", "End of the Social Democrats' 80-year domination", "other", "end", ["Social Democrats"], None, None, A,
  ("The result, which gave", "Swedish politics."))
E("e09", "Sweden Democrats win 20 seats, their first entry to parliament", "election", "win", ["Sweden Democrats"],
  "the night", "2010-09-19TNI", X, ("However, the big news", "national parliament."), "'looked set to'")

# e10 UK 2024 general election (undated)
E("e10", "Sunak concedes defeat in the general election", "concede", "concede", ["Rishi Sunak"], None, None, A,
  ("Prime Minister Rishi Sunak has conceded", "sorry.”"), "also 'to congratulate him and concede the election' (merged)")
E("e10", "Labour wins the general election with 326 seats", "election", "win", ["Labour Party"], None, None, A,
  ("Labour has won 326 seats", "coming hours."),
  "also 'The Labour Party has won this general election', 'delivered a sobering verdict tonight' (merged)")
E("e10", "Starmer becomes prime minister", "other", "become", ["Keir Starmer"], "the coming hours", "FUTURE_REF", X,
  ("Labour has won 326 seats", "coming hours."), "also 'Today power will change hands' (merged)")
E("e10", "Sunak calls Starmer to congratulate him", "consult", "call", ["Rishi Sunak", "Keir Starmer"], None, None, R,
  ("“The Labour Party has won this general election,”", "concede the election."))
E("e10", "Conservatives narrowly retain Basildon and Billericay (Holden's victory)", "election", "retain",
  ["Conservative Party", "Richard Holden"], None, None, A, ("The Conservatives narrowly retained", "Billericay."))
E("e10", "Recount conducted", "other", "recount", [], None, None, A, ("A recount was conducted", "have flipped."))
E("e10", "Holden relocates from a northeastern constituency to contest the seat", "other", "relocate", ["Richard Holden"],
  None, None, A, ("Traditionally a secure Conservative", "local Tories."))

# e11 The Hollywood Reporter, Eras Tour film, 2023-10-12 (Thursday)
S = ("The superstar pop singer announced Thursday", "early screenings on Thursday in North America — likely at 6 p.m. — as well as during the day on Friday.")
E("e11", "Swift announces early screenings on social media", "statement", "announce", ["Taylor Swift"],
  "Thursday", "2023-10-12", A, S, "also 'Swift's surprise announcement, made on social media' (merged)")
E("e11", "The Eras Tour film holds early screenings on Thursday", "other", "screening", ["Taylor Swift"],
  "Thursday", "2023-10-12", X, S,
  "also 'will start singing at the box office earlier than expected', 'The original plan was for Swift's film to begin screening' (merged)")
E("e11", "Additional showtimes added throughout the weekend", "other", "add", [], None, None, R,
  ("She also noted that additional showtimes", "throughout the weekend."))
E("e11", "Tickets go on sale by Thursday 10 a.m.", "other", "sale", [], "Thursday morning at 10 a.m.", "2023-10-12T10:00", X,
  ("All tickets should be available", "at 10 a.m."))
E("e11", "Numerous shows sold out", "other", "sell out", [], None, None, A, ("Demand has been so fierce", "sold out."))
E("e11", "Swift attends the world premiere of The Eras Tour in Los Angeles", "other", "attend", ["Taylor Swift"], None, None, X,
  ("Swift’s surprise announcement, made on social media", "The Grove."))

# e12 CNNMoney first-half market review, 2010-06-30 (Wednesday)
E("e12", "Stocks skid in the first half of the year", "other", "skid", [], "the first half of the year", "2010-H1", A,
  ("NEW YORK (CNNMoney.com) -- Stocks skidded", "second quarter."))
E("e12", "A bigger selloff brewing", "other", "selloff", [], None, None, H,
  ("With the S&P 500 down more than 15%", "could be brewing."))
E("e12", "S&P cuts its 12-month price target for the S&P 500 to 1,190", "other", "cut", ["Standard & Poor's"],
  "Late Wednesday", "2010-06-30", A, ("Late Wednesday, S&P cut", "headwinds.\""))
S = ("The Dow is down 7.6% year-to-date", "back into recession.")
E("e12", "The Dow loses more than 10% in the past two months", "other", "lose", ["Dow"], None, None, A, S,
  "'the past two months' is a duration")
E("e12", "The U.S. economy sent back into recession", "other", "recession", [], None, None, H, S, "a worry")

# e13 Reuters, Christmas flight cancellations, 2022-12-26 (Monday)
S = ("WASHINGTON (Reuters) - Thousands of flight cancellations", "around the country.")
E("e13", "Thousands of flight cancellations and delays over the Christmas weekend", "other", "cancellation", [],
  "the Christmas weekend", "2022-W51-WE", A, S)
E("e13", "A massive winter storm snarls airport operations", "other", "snarl", [], None, None, A, S)
E("e13", "Airlines cancel over 2,500 flights on Monday (Southwest about 1,700, Delta over 250)", "other", "cancel",
  ["Southwest Airlines", "Delta Air Lines"], "Monday", "2022-12-26", R,
  ("The travel disruptions continued into Monday", "according to flight tracking website FlightAware."),
  "also 'The hardest hit was Southwest Airlines with about 1,700 cancellations' (merged); according to FlightAware")
E("e13", "Flight delays total over 4,500", "other", "delay", [], "early afternoon", "2022-12-26TAF", R,
  ("Flight delays within, into or out of", "FlightAware showed."))
E("e13", "Alaska Airlines cancels Goeke's flight to Missoula", "other", "cancel", ["Alaska Airlines", "Kyle Goeke"],
  None, None, R, ("Kyle Goeke, a 29-year-old", "was Wednesday."))
E("e13", "Goeke travels from Washington to Seattle", "other", "travel", ["Kyle Goeke"], "late on Sunday", "2022-12-25", A,
  ("He had traveled from Washington", "in Seattle."))
E("e13", "Goeke does not sleep overnight", "other", "sleep", ["Kyle Goeke"], "overnight", "2022-12-25TNI", N,
  ("He had traveled from Washington", "in Seattle."))
E("e13", "Sharp's Southwest flight from Denver to St. Louis canceled", "other", "cancel", ["David Sharp", "Southwest Airlines"],
  None, None, R, ("David Sharp said on Twitter", "another two days."))
E("e13", "Sharp rents a car and drives to his destination", "other", "rent", ["David Sharp"], None, None, X,
  ("He said he would rent a car", "his destination."))

# e14 Intuit guidance clarification, Business Wire, 2001-03-16 (fiscal year to July 31)
S = ("MOUNTAIN VIEW, Calif.", "issued on March 15.")
E("e14", "Intuit clarifies its financial guidance", "statement", "clarify", ["Intuit"], "today", "2001-03-16", A, S,
  "also 'The company reiterated ...', 'Intuit also reiterated ...', 'The company confirmed ...' (merged: one release)")
E("e14", "Intuit issues financial guidance on March 15", "statement", "issue", ["Intuit"], "March 15", "2001-03-15", A, S)
E("e14", "Intuit's fiscal 2001 pro forma operating income of $205-213 million (over 32% growth)", "other", "growth",
  ["Intuit"], "fiscal 2001", "2001", X, ("The company reiterated its fiscal 2001", "annual growth."))
S = ("This remains unchanged from guidance", "during the prior year.")
E("e14", "Intuit's second quarter earnings announcement in February", "statement", "announcement", ["Intuit"],
  "February", "2001-02", A, S)
E("e14", "13 percent profitability growth in the prior year", "other", "growth", ["Intuit"], "the prior year", "2000", A, S)
S = ("Intuit also reiterated that it expects", "fiscal 2004.")
E("e14", "Intuit's pro forma operating income grows at least 25-30% in fiscal 2002", "other", "growth", ["Intuit"],
  "fiscal year 2002", "2002", X, S)
E("e14", "Intuit's pro forma operating income grows at least 20% in each of fiscal 2003 and 2004", "other", "growth",
  ["Intuit"], "fiscal 2003", "2003", X, S)
E("e14", "Intuit meets its third and fourth quarter operating income commitments", "other", "meet", ["Intuit"],
  "third quarter", "2001-Q3", X, ("The company confirmed that", "income commitments."),
  "also the commitments' figures in the next sentences (merged); 'typically has ... losses in the fourth quarter each year' is habitual")

# e15 Yahoo Finance, S&P 500 correction, 2023-10-31 (Tuesday)
E("e15", "US stocks post a third consecutive month of decline", "other", "decline", [], None, None, X,
  ("US stocks are on pace", "in March 2020."), "the start of the COVID pandemic is a temporal anchor only")
E("e15", "The S&P 500 enters correction territory", "other", "enter", ["S&P 500"], "Friday", "2023-10-27", A,
  ("The S&P 500 officially entered", "nearly three months ago."))
E("e15", "The Dow erases its 2023 gains", "other", "erase", ["Dow Jones Industrial Average"], None, None, A,
  ("And while the tech-heavy Nasdaq", "bad."))
E("e15", "The Fed takes a tighter policy stance over the summer", "other", "take", ["Federal Reserve"],
  "the summer", "2023-SU", A, ("The Federal Reserve took a tighter", "stocks lower."))
S = ("Meanwhile the list of known unknowns", "government shutdown.")
E("e15", "Tensions rise in the Middle East", "other", "rise", [], None, None, A, S)
E("e15", "A government shutdown", "other", "shutdown", [], None, None, H, S, "'potentially leading to'")


def build():
    raws, out = {}, []
    for doc, event, typ, trigger, actors, date_text, date, modality, (first, last), note in ROWS:
        if doc not in raws:
            raws[doc] = open(os.path.join(HERE, "raw", doc + ".txt"), encoding="utf-8").read()
        raw = raws[doc]
        s = raw.find(first)
        if s == -1 or raw.find(first, s + 1) != -1:
            raise SystemExit(f"{doc}: sentence start {first!r} not found exactly once")
        e = raw.find(last, s)
        if e == -1:
            raise SystemExit(f"{doc}: sentence end {last!r} not found after {first!r}")
        e += len(last)
        row = {"doc": doc, "event": event, "type": typ, "trigger": trigger, "actors": actors,
               "date_text": date_text, "date": date, "modality": modality, "sentence": raw[s:e],
               "start": s, "end": e}
        if note:
            row["note"] = note
        out.append(row)
    out.sort(key=lambda r: (r["doc"], r["start"]))  # stable: annotation order within a sentence
    with open(os.path.join(HERE, "events.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "rows")


if __name__ == "__main__":
    build()
