"""Event gold for en-attr a01..a12, following ../en-dev/GUIDE.md section 4 (Events) and the row
format of ../en-dev/events.jsonl.  Annotated by reading, before any system run on these texts.

The h01..h13 texts of this folder are en-heldout's and carry no event gold here.

Each row: E(doc, event, type, trigger, actors, date_text, date, modality, (first, last), note).
The sentence is raw[s:e] where s = raw.find(first) (first must occur exactly once in the doc) and
e = raw.find(last, s) + len(last); the offsets are computed here with str.find.  `actors` are
canonical names of the doc's entities.jsonl; `date_text` is a time expression of the doc (see
timex.jsonl) and `date` its value.  `python3 ann_events.py` rewrites events.jsonl and
`python3 check_events.py` checks it.  Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []


def E(doc, event, typ, trigger, actors, date_text, date, modality, sent, note=None):
    ROWS.append((doc, event, typ, trigger, actors, date_text, date, modality, sent, note))


A, R, X, H, N = "asserted", "reported", "expected", "hypothetical", "negated"

# a01 The News & Observer, SAS not for sale, 2021-07-13 (Tuesday)
S1 = ("In a companywide email", "Broadcom.")
E("a01", "Goodnight sends a companywide email to SAS employees saying the company is not for sale", "statement", "email",
  ["Jim Goodnight"], "Tuesday", "2021-07-13", A, S1,
  "the formal act (company-wide message); also 'sent a message to all employees' (merged); what it says is a quote")
E("a01", "SAS in talks with Broadcom", "consult", "talk", ["SAS Institute", "Broadcom"], None, None, R, S1,
  "also 'The Wall Street Journal reported on Monday that SAS had been in talks' (merged); Monday and 'earlier in the week' date the report only")
E("a01", "Potential sale of SAS to Broadcom (a deal that could be completed in weeks, valuing SAS at $15-20 billion)", "other", "sale",
  ["SAS Institute", "Broadcom"], None, None, H, ("The potential sale of SAS", "in 1976."),
  "also 'a deal could be completed in a matter of weeks' and 'The deal could have valued SAS' (merged)")
E("a01", "Goodnight founds SAS", "other", "found", ["Jim Goodnight", "SAS Institute"], "1976", "1976", A,
  ("The potential sale of SAS", "in 1976."))
E("a01", "Heath's emailed statement confirming Goodnight's message", "statement", "statement", ["Shannon Heath", "SAS Institute"],
  None, None, A, ("In an emailed statement, Shannon Heath", "for sale."))
E("a01", "SAS posts revenues of $3 billion in 2020, down 2-3% from 2019", "other", "post", ["SAS Institute"], "last year", "2020", R,
  ("The company, whose customers include", "annual report."),
  "also 'that represented a decline in revenue' (merged); according to the company's own annual report")
E("a01", "SAS revenue growth returns this year", "other", "return", ["SAS Institute"], "this year", "2021", X,
  ("In an interview earlier this year", "returning this year."), "forecast by the CTO")
E("a01", "SAS revenues improve strongly in the first quarter", "other", "improvement", ["SAS Institute"], "first quarter", "2021-Q1", R,
  ("“But we’ve had a very strong", "in revenues.”"), "inside a quotation of the CTO")

# a02 Telecompaper, Sprint / T-Mobile (no published_date)
E("a02", "T-Mobile and Sprint (and parents Deutsche Telekom and SoftBank) in active merger talks", "consult", "talk",
  ["T-Mobile", "Sprint", "Deutsche Telekom", "SoftBank"], None, None, R, ("US mobile operators", "told CNBC."),
  "also 'have been in frequent conversations about a stock-for-stock merger' (merged)")
E("a02", "T-Mobile/Sprint all-stock merger deal (would give Deutsche Telekom control)", "agree", "deal",
  ["T-Mobile", "Sprint", "Deutsche Telekom"], None, None, H, ("The all-stock deal is expected", "merged operator."),
  "not assured: also 'weeks away from finalizing a deal', 'reaching an agreement' (merged)")
E("a02", "The two sides set an exchange ratio", "other", "set", ["T-Mobile", "Sprint"], None, None, N,
  ("The two sides have not yet set", "stock swap."))
E("a02", "SoftBank takes over Sprint", "other", "take over", ["SoftBank", "Sprint"], "2012", "2012", R,
  ("He said he had hoped", "in 2012."), "inside Son's reported speech")
E("a02", "The T-Mobile/Sprint deal falls apart", "other", "fall apart", ["T-Mobile", "Sprint"], None, None, H,
  ("Son said he has", "fall apart."))
E("a02", "T-Mobile and Sprint merger talks of 2014, ended unsuccessfully by regulatory opposition", "consult", "talk",
  ["T-Mobile", "Sprint"], "2014", "2014", A, ("T-Mobile and Sprint already held", "regulatory opposition."),
  "also 'the talks ended unsuccessfully' (merged, as a strike and its end)")

# a03 Anadolu Agency, Freddie Gray charges (no published_date)
E("a03", "Six Baltimore police officers charged in Freddie Gray's death (second-degree murder, manslaughter, assault)", "coerce", "charge",
  ["Marilyn Mosby"], "Friday", "XXXX-WXX-5", A, ("Six police officers were charged", "prosecutor said."),
  "also 'file criminal charges', 'The officers are charged with several counts', 'after the charges were announced' (merged)")
E("a03", "Freddie Gray dies (ruled a homicide)", "other", "death", ["Freddie Gray"], None, None, A,
  ("Six police officers were charged", "prosecutor said."), "also 'He later died at a hospital' (merged)")
E("a03", "Gray suffers severe spinal injuries in police custody", "other", "injury", ["Freddie Gray"], None, None, A,
  ("Six police officers were charged", "prosecutor said."), "also 'Gray suffered severe spinal injuries' (merged)")
E("a03", "Mosby's press conference announcing the charges", "statement", "press conference", ["Marilyn Mosby"], "Friday", "XXXX-WXX-5", A,
  ("Baltimore State Attorney Marilyn Mosby said in", "subsequent transport."), "also 'the outdoor press conference' (merged)")
E("a03", "Investigation by Mosby's office into Gray's death", "other", "investigation", ["Marilyn Mosby"], None, None, R,
  ("Baltimore State Attorney Marilyn Mosby said in", "subsequent transport."), "also 'The state's investigation' (merged)")
E("a03", "Gray arrested (after running from police; arrest ruled illegal)", "coerce", "arrest", ["Freddie Gray"], "April 12", "XXXX-04-12", A,
  ("Baltimore State Attorney Marilyn Mosby said in", "subsequent transport."),
  "also 'ran from police and was apprehended April 12' (merged: parts of one operation)")
E("a03", "Gray transported in a police van", "other", "transport", ["Freddie Gray"], None, None, A,
  ("Baltimore State Attorney Marilyn Mosby said in", "subsequent transport."),
  "also 'being carried by officers into a police van' (merged)")
E("a03", "Bystanders record videos of the arrest and post them online", "other", "record", [], None, None, A,
  ("Videos of his arrest", "use of his legs."))
E("a03", "Protests in Baltimore and around the country", "protest", "protester", [], None, None, A,
  ("\"I heard your call", "the attorney's remarks."), "the protests themselves are not narrated; a happening under way")
E("a03", "Protesters cheer the charges, interrupting Mosby", "other", "cheer", [], "Friday", "XXXX-WXX-5", A,
  ("\"I heard your call", "the attorney's remarks."), "at Mosby's press conference (Friday)")
E("a03", "Recent high-profile police-involved killings in Missouri, New York and Ohio", "assault", "killing", [], "recent", "PAST_REF", A,
  ("The slogan has become", "and Ohio."), "a series named once: one row")
E("a03", "Chief medical examiner's autopsy", "other", "autopsy", [], None, None, R,
  ("The state’s investigation was coupled", "Mosby said."))
E("a03", "Gray family's press conference (stepfather Richard Shipley)", "statement", "press conference", ["Richard Shipley"],
  "Friday evening", "XXXX-WXX-5TEV", A, ("Gray's stepfather Richard Shipley", "justice for Freddie.\""))

# a04 AP, leaked documents, 2024-10-21 (Monday)
E("a04", "Unauthorized release (leak or hack) of classified documents on Israel's attack plans; they appear on Telegram and spread", "other", "release",
  [], "Friday", "2024-10-18", A, ("WASHINGTON (AP) -- President Joe Biden", "said Monday."),
  "also 'leaked or hacked', 'first appeared online Friday ... and quickly spread', 'the release of the documents' (merged); leaker unknown")
E("a04", "Potential Israeli retaliatory attack on Iran", "assault", "attack", ["Israel", "Iran"], None, None, H,
  ("WASHINGTON (AP) -- President Joe Biden", "said Monday."), "also 'to conduct a military strike in response' (merged)")
E("a04", "Pentagon investigation of the leak", "other", "investigate", ["United States Department of Defense", "Biden administration"], None, None, R,
  ("Kirby added that the Pentagon", "is investigating."),
  "also 'U.S. officials on Saturday had confirmed an investigation by the administration' (merged); Saturday dates the confirmation")
E("a04", "Israel moves military assets into place for a strike", "mobilize", "move", ["Israel"], None, None, R,
  ("The documents are attributed", "on Oct. 1."), "according to the documents")
E("a04", "Iran's ballistic missile attack on Israel", "assault", "attack", ["Iran", "Israel"], "Oct. 1", "2024-10-01", A,
  ("The documents are attributed", "on Oct. 1."))
E("a04", "SITE Intelligence Group traces the release to a Telegram channel popular with Iran-backed militias", "other", "track",
  ["SITE Intelligence Group"], None, None, A, ("Analysts at the SITE Intelligence Group", "Iran-backed militias."))
E("a04", "Anonymous user sells some of the material and provides it to the Iranian military", "other", "sell", [], None, None, R,
  ("The user also wrote", "Iranian military."), "sold and provided: one row (the user's claim)")

# a05 AFP, Iran-Saudi talks, 2021-05-11; dateline May 10
E("a05", "Iran-Saudi talks in Baghdad, facilitated by Iraqi PM al-Kadhimi (first meeting April 9)", "consult", "talk",
  ["Iran", "Saudi Arabia", "Mustafa al-Kadhimi"], "April 9", "2021-04-09", A, ("TEHRAN, May 10: Iran's", "the results."),
  "also 'met in Baghdad in April', 'The talks in Baghdad, facilitated by', 'a first meeting was held on April 9', 'the effort to broker' (merged); date = first meeting")
E("a05", "Saudi Arabia cuts diplomatic ties with Iran", "sanction", "cut", ["Saudi Arabia", "Iran"], "2016", "2016", A,
  ("The neighbouring countries cut ties", "Shiite cleric."),
  "also 'since Riyadh cut diplomatic ties with Tehran in 2016' (merged; there only an anchor); breaking relations: SANCTION as PLOVER")
E("a05", "Iranian protestors attack Saudi diplomatic missions", "assault", "attack", [], None, None, A,
  ("The neighbouring countries cut ties", "Shiite cleric."))
E("a05", "Saudi Arabia executes a Shiite cleric", "coerce", "execution", ["Saudi Arabia"], None, None, A,
  ("The neighbouring countries cut ties", "Shiite cleric."), "COERCE vs ASSAULT debatable")
E("a05", "Western diplomat briefed in advance about the effort", "consult", "brief", [], None, None, R,
  ("An Iraqi government official confirmed", "decrease tensions\"."))

# a06 Xinhua, Iran-Saudi phone call, 2025-04-15 (Tuesday)
E("a06", "Phone call of the Iranian and Saudi foreign ministers (views on the Iran-U.S. talks, bilateral relations)", "consult", "exchange",
  ["Abbas Araghchi", "Faisal bin Farhan Al Saud"], "Monday", "2025-04-14", R, ("TEHRAN, April 15 (Xinhua)", "in a statement."),
  "also 'In a phone call on Monday ... discussed' and 'Araghchi briefed the Saudi foreign minister' (merged)")
E("a06", "Iranian Foreign Ministry statement on the call", "statement", "statement", ["Ministry of Foreign Affairs of Iran"], None, None, A,
  ("TEHRAN, April 15 (Xinhua)", "in a statement."))
E("a06", "Oman-mediated indirect Iran-U.S. talks in Muscat (Araghchi and Witkoff)", "consult", "talk",
  ["Abbas Araghchi", "Steve Witkoff", "Iran", "United States", "Oman"], "Saturday", "2025-04-12", A,
  ("Araghchi briefed the Saudi", "on Saturday."),
  "also 'the Oman-mediated \"indirect\" talks', 'the Iran-U.S. talks', 'The Muscat talks' (merged)")
E("a06", "Second round of Iran-U.S. talks in a European country", "consult", "talk", ["Iran", "United States", "Oman"],
  "next Saturday", "2025-04-19", X, ("He also said the second-round talks", "to the statement."))
E("a06", "Phone calls informing the foreign ministers of Bahrain, Iraq, the UAE, Kuwait, Qatar and Egypt", "consult", "call",
  ["Ministry of Foreign Affairs of Iran", "Bahrain", "Iraq", "United Arab Emirates", "Kuwait", "Qatar", "Egypt"], "Sunday", "2025-04-13", R,
  ("According to the Iranian Foreign Ministry, similar", "Iran-U.S. talks."), "calls on Monday and Sunday: one row, date = first")
E("a06", "Trump sends a letter to Iranian leaders proposing negotiations", "request", "send", ["Donald Trump", "Iran"], None, None, R,
  ("The Muscat talks came after", "nuclear program."), "March dates Trump's saying; also 'Iran later confirmed receiving the letter' (merged)")
E("a06", "Iran leaves the door open for indirect engagement", "cooperate", "leave open", ["Iran"], None, None, A,
  ("Iran later confirmed receiving", "indirect engagement."), "COOPERATE vs OTHER debatable")
E("a06", "Iran signs the nuclear deal with six major countries (agrees to curb its program for sanctions relief)", "agree", "sign",
  ["Iran", "United Kingdom", "China", "France", "Germany", "Russia", "United States"], "2015", "2015", A,
  ("Iran signed a nuclear deal", "sanctions relief."), "'agreed to curb' is the deal's content (merged)")
E("a06", "United States withdraws from the nuclear deal", "reject", "withdraw", ["United States", "Donald Trump"], "2018", "2018", A,
  ("Washington unilaterally withdrew", "nuclear commitments."), "REJECT vs OTHER debatable")
E("a06", "United States reinstates sanctions on Iran", "sanction", "reinstate", ["United States", "Iran"], "2018", "2018", A,
  ("Washington unilaterally withdrew", "nuclear commitments."))
E("a06", "Iran scales back its nuclear commitments", "other", "scale back", ["Iran"], None, None, A,
  ("Washington unilaterally withdrew", "nuclear commitments."))
E("a06", "Efforts to revive the deal fail to make significant progress", "other", "fail", [], None, None, A,
  ("Efforts to revive the deal", "significant progress."))

# a07 Ghana Online News, Hearts of Oak (no published_date)
E("a07", "Week 18 Ghana Premier League match Hearts of Oak v Asante Kotoko (Super Clash)", "other", "match",
  ["Accra Hearts of Oak", "Asante Kotoko"], "Sunday", "XXXX-WXX-7", X, ("Slavko Matic, Head Coach", "due to injuries."),
  "also 'the next encounter against Kotoko come Sunday', 'Sunday's crucial encounter', 'Sunday's Super Clash' (merged)")
E("a07", "Hearts of Oak lose 1-0 to Great Olympics (second successive loss)", "other", "loss", ["Accra Hearts of Oak", "Great Olympics"],
  None, None, A, ("The Phobians recorded", "through injury."), "also 'their 1-0 defeat', 'their loss against Great Olympics' (merged)")
E("a07", "Hearts players injured (some at training, due to the pitch)", "other", "injury",
  ["Gladson Awako", "Caleb Amankwah", "Gideon Asante", "Robert Addo Sowah", "Salifu Ibrahim"], None, None, A,
  ("Slavko Matic, Head Coach", "due to injuries."), "also 'missing the game through injury', 'the injuries were sustained at training' (merged)")
E("a07", "Injured players continue their rehabilitation", "other", "rehabilitation", [], None, None, R,
  ("According to the Serbian Coach", "crucial encounter."))
E("a07", "Matic slams refereeing decisions", "accuse", "slam", ["Slavko Matic"], None, None, A,
  ("Coach Matic stated", "against them."))

# a08 Big Sports News, Matildas / Kerr (no published_date)
E("a08", "Sam Kerr suffers a calf injury in the warm-up at training in Brisbane", "other", "hurt", ["Sam Kerr"], "Wednesday", "XXXX-WXX-3", A,
  ("Gustavsson said the 29-year-old hurt herself", "of his players."),
  "also 'the calf injury', 'the loss of his captain', 'revealed publicly that Kerr was injured' (merged); asserted by the reporter in the first sentence")
E("a08", "Matildas beat Ireland 1-0", "other", "win", ["Matildas", "Ireland"], None, None, A,
  ("Proud and relieved", "too deeply about."), "also 'the Ireland game' (merged)")
E("a08", "Gustavsson and Kerr front a press conference", "statement", "press conference", ["Tony Gustavsson", "Sam Kerr"],
  "Wednesday", "XXXX-WXX-3", A, ("Gustavsson said the 29-year-old hurt herself", "of his players."),
  "also 'when I sat here yesterday' (merged); hours after the injury on Wednesday")
E("a08", "Teamsheets submitted an hour before kick-off, revealing Kerr's injury", "other", "submit", [], None, None, A,
  ("Only when the teamsheets", "Group B rivals Nigeria."))
E("a08", "Australia v Nigeria group match", "other", "clash", ["Matildas", "Nigeria"], "next Thursday", "XXXX-WXX-4", X,
  ("Only when the teamsheets", "Group B rivals Nigeria."))
E("a08", "Kerr's scans", "other", "scan", ["Sam Kerr"], None, None, R, ("We were waiting for the result", "of the scans."))
E("a08", "Meeting with the medical team", "consult", "meeting", ["Tony Gustavsson"], "9.30pm last night", "XXXX-WXX-3T21:30", R,
  ("At 9.30pm last night", "what it was."))

# a09 KOMU 8, Pulaski County arrest (no published_date)
S9 = ("PULASKI COUNTY - A man was arrested", "on Wednesday.")
E("a09", "Man arrested by Pulaski County deputies", "coerce", "arrest", [], "Wednesday", "XXXX-WXX-3", A, S9,
  "also 'were able to arrest the suspect' (merged)")
E("a09", "Man tries to strike cars with a shovel (strikes a vehicle)", "assault", "strike", [], "Wednesday", "XXXX-WXX-3", A, S9,
  "also 'the man struck their vehicle with the shovel' (merged)")
E("a09", "Man injures a female deputy", "assault", "injure", [], "Wednesday", "XXXX-WXX-3", A, S9,
  "also 'A female deputy received injuries as a result of the incident' (merged)")
E("a09", "Deputies respond to Y Highway and arrive at the scene", "other", "respond", [], "2:20 p.m.", "XXXX-WXX-3T14:20", A,
  ("Deputies responded to Y Highway", "with a shovel."), "also 'Deputies arrived' (merged)")
E("a09", "Deputies give verbal commands to the suspect to stop", "request", "command", [], None, None, A,
  ("Deputies arrived and gave", "toward them."), "also 'deputies' commands to stop' (merged)")
E("a09", "Suspect disregards the deputies' commands", "reject", "disregard", [], None, None, A,
  ("Deputies arrived and gave", "toward them."), "also 'ignored deputies' commands to stop' (merged)")
E("a09", "Deputies use a taser and OC spray on the suspect", "coerce", "use", [], None, None, R,
  ("When the suspect approached", "the news release said."), "police force: COERCE vs ASSAULT debatable")
E("a09", "Sheriff's office news release", "statement", "news release", [], None, None, A,
  ("The suspect was carrying", "a news release."))
E("a09", "Medical attention attempted at the scene", "aid", "attempt", [], None, None, R,
  ("The sheriff's office said medical attention", "violent and combative."))
E("a09", "Suspect transported to the Pulaski County Jail", "other", "transport", [], None, None, A,
  ("He was transported to the Pulaski", "County Jail."))
E("a09", "Medical attention provided at the jail", "aid", "provide", [], None, None, A,
  ("Medical attention was provided", "medical evaluation."))
E("a09", "Suspect transported for medical evaluation", "other", "transport", [], None, None, A,
  ("Medical attention was provided", "medical evaluation."))
E("a09", "Injured deputy evaluated by medical professionals", "other", "evaluate", [], None, None, A,
  ("A female deputy received injuries", "medical professionals."))
E("a09", "Deputy returns to duty", "other", "return", [], None, None, X, ("She is doing well", "office said."))
E("a09", "Sheriff's office investigates the suspect's intentions", "other", "investigation", [], None, None, R,
  ("The sheriff's office said it is still", "intentions."))
E("a09", "Charges submitted to the Prosecuting Attorney's Office", "coerce", "submit",
  ["Pulaski County Prosecuting Attorney's Office"], None, None, A, ("Charges have been submitted", "filed Thursday."))
E("a09", "Charges filed", "coerce", "file", ["Pulaski County Prosecuting Attorney's Office"], "Thursday", "XXXX-WXX-4", X,
  ("Charges have been submitted", "filed Thursday."), "also 'once charges are filed' (merged)")
E("a09", "Identity of the suspect released", "other", "release", [], None, None, X,
  ("The identity of the suspect", "office said."))

# a10 Newsmax, Malik McDowell, 2022-01-19 (Wednesday)
S10 = ("Cleveland Browns defensive tackle", "according to reports.")
E("a10", "McDowell arrested in Florida (deputies, with fire rescue, handcuff him after using a taser)", "coerce", "arrest",
  ["Malik McDowell", "Broward Sheriff Fire Rescue"], "Monday", "2022-01-17", R, S10,
  "also 'assist with the arrest', 'place McDowell in handcuffs after using a taser', 'being detained' (merged: one operation); the incident 'took place Monday'")
E("a10", "McDowell exposes himself near a learning center (walking naked)", "other", "expose", ["Malik McDowell"], "Monday", "2022-01-17", R, S10,
  "also 'The incident took place Monday', 'a man walking naked' (merged)")
E("a10", "McDowell attacks a deputy (charges at him, punches him in the head)", "assault", "attack", ["Malik McDowell"], "Monday", "2022-01-17", R, S10,
  "also 'a confrontation', 'charged at one of the deputies and punched him' (merged)")
E("a10", "McDowell charged with aggravated battery on an officer, resisting arrest and public exposure", "coerce", "charge",
  ["Malik McDowell"], None, None, R, ("The football star was charged", "Fox News show."))
E("a10", "McDowell runs through traffic across six lanes of Hillsboro Boulevard", "other", "run", ["Malik McDowell"], None, None, R,
  ("He then \"started to run", "of the roadway.\""))
E("a10", "McDowell handcuffed to a stretcher and transported away", "other", "transport", ["Malik McDowell"], None, None, A,
  ("He is eventually handcuffed", "transported away."))
E("a10", "Somebody slipped McDowell something", "other", "slip", ["Malik McDowell"], None, None, H,
  ("\"Apparently, somebody may have", "Adam Swickle, said."), "the defense attorney's conjecture")

# a11 HealthDay, patient satisfaction study, 2012-02-14
E("a11", "UC Davis study tracking nearly 52,000 Americans (satisfaction, medications, care, deaths)", "other", "track",
  ["University of California, Davis"], "2000", "2000", A, ("Researchers at the University of California", "two years."),
  "also 'a surprising new study has found', 'They asked study participants', 'Researchers then tracked' (merged: one study); 2000-2007, date = start")
E("a11", "Study findings published in the Archives of Internal Medicine", "other", "report", ["University of California, Davis"],
  None, None, A, ("Their findings, reported in", "least-satisfied patients."))

# a12 ABC10, Tracy City Council (no published_date)
E("a12", "Tracy City Council votes for an ordinance replacing the super majority to fire the city manager", "other", "vote",
  ["Tracy City Council"], None, None, A, ("TRACY, Calif. — The Tracy City Council", "city manager."),
  "legislative passage (OTHER as en-dev en20)")
E("a12", "Second council vote on the ordinance", "other", "vote", ["Tracy City Council"], None, None, X,
  ("The move would have to be", "second time."))
E("a12", "Tracy City Council meeting (about 41 public comments)", "other", "meeting", ["Tracy City Council"], None, None, A,
  ("The meeting followed", "council members."), "also 'Following the meeting' (merged); public comments are speech")
E("a12", "Contentious back and forth between the mayor and council members", "other", "back and forth",
  ["Nancy Young"], "the past week", "P1W", A, ("The meeting followed", "council members."),
  "also 'some of the back and forth between the councilmembers' (merged)")
E("a12", "Grand Jury recommends the super majority vote", "request", "recommend", ["Grand Jury"], None, None, R,
  ("The super majority vote was recommended", "Nancy Young."), "REQUEST (recommend ~ urge)")
E("a12", "Numerous suspect terminations", "other", "termination", [], "2018", "2018", R,
  ("The super majority vote was recommended", "Nancy Young."), "inside the Grand Jury quotation")
E("a12", "Mayor Young's news release", "statement", "news release", ["Nancy Young"], None, None, A,
  ("The super majority vote was recommended", "Nancy Young."))
E("a12", "Bedolla calls to censure Mayor Young", "request", "call", ["Matt Bedolla", "Nancy Young"], None, None, A,
  ("Following the meeting, Councilmember", "Mayor Young."))
E("a12", "Davis supports the censure call", "support", "support", ["Eleassia Davis"], None, None, A,
  ("It had support from", "power grab."))
E("a12", "Mayor Young's allegations of racism and a power grab", "accuse", "allegation", ["Nancy Young"], None, None, A,
  ("It had support from", "power grab."))


def build():
    out, raws = [], {}
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
