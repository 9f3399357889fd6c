-- The published dataset: the tables of ../shared/DATA_CONTRACT.md.
-- Every table and column carries a COMMENT; the dataset card and the contract
-- checks are generated from this file, so edit meanings here, nowhere else.
--
-- Primary keys are stated in each table's comment, not declared as
-- constraints: DuckDB keeps a constraint's index in memory, and reloading a
-- table inside one transaction holds the old and the new index, so memory grew
-- with the corpus (176 MB of index at 5,000 articles). The loader checks the
-- keys (unique, not NULL) before every COMMIT instead (warehouse/checks.py,
-- newsfacts/corpus.py); see docs/decisions.md.

CREATE TABLE articles (
    article_id VARCHAR NOT NULL,
    source_path VARCHAR NOT NULL,
    content_sha256 VARCHAR NOT NULL,
    size_bytes BIGINT NOT NULL,
    encoding VARCHAR NOT NULL,
    format VARCHAR NOT NULL,
    title VARCHAR,
    authors VARCHAR[] NOT NULL,
    outlet VARCHAR,
    outlet_evidence VARCHAR,
    original_outlet VARCHAR,
    url VARCHAR,
    published_date DATE,
    published_date_source VARCHAR,
    language VARCHAR NOT NULL,
    language_confidence DOUBLE NOT NULL,
    body_text VARCHAR NOT NULL,
    n_words INTEGER NOT NULL,
    n_boilerplate_lines INTEGER NOT NULL,
    duplicate_of VARCHAR
);
COMMENT ON TABLE articles IS 'One row per distinct raw file that was loaded (byte-identical files are one article). Primary key: (article_id).';
COMMENT ON COLUMN articles.article_id IS 'First 16 hex characters of the sha256 of the raw file''s bytes.';
COMMENT ON COLUMN articles.source_path IS 'Path of the first file with these bytes, relative to the raw root, /-separated.';
COMMENT ON COLUMN articles.content_sha256 IS 'sha256 of the raw bytes, hex.';
COMMENT ON COLUMN articles.size_bytes IS 'Size of the raw file in bytes.';
COMMENT ON COLUMN articles.encoding IS 'Detected encoding of the raw bytes (utf-8, utf-8-sig, utf-16, windows-1251, koi8-r, ...).';
COMMENT ON COLUMN articles.format IS 'text or html, from the file extension.';
COMMENT ON COLUMN articles.title IS 'Headline; NULL when the file does not state one.';
COMMENT ON COLUMN articles.authors IS 'Byline names in text order; empty list when none is stated.';
COMMENT ON COLUMN articles.outlet IS 'Canonical name of the publishing outlet; NULL when the text gives no clue.';
COMMENT ON COLUMN articles.outlet_evidence IS 'Where the outlet came from: sidecar, url, byline, self_reference, boilerplate; NULL with outlet.';
COMMENT ON COLUMN articles.original_outlet IS 'Outlet where a republished piece first appeared, when the text says so.';
COMMENT ON COLUMN articles.url IS 'Canonical URL of the article when present in the file or its metadata.';
COMMENT ON COLUMN articles.published_date IS 'Publication date; NULL when neither text nor metadata fixes it.';
COMMENT ON COLUMN articles.published_date_source IS 'sidecar, text or inferred; NULL with published_date.';
COMMENT ON COLUMN articles.language IS 'ISO 639-1 code of the body language (langdetect); und when too short to tell.';
COMMENT ON COLUMN articles.language_confidence IS 'Probability langdetect gives the chosen language, 0..1.';
COMMENT ON COLUMN articles.body_text IS 'Article body with page boilerplate removed; every char_start/char_end in the dataset indexes this text.';
COMMENT ON COLUMN articles.n_words IS 'Number of words in body_text.';
COMMENT ON COLUMN articles.n_boilerplate_lines IS 'Number of non-empty lines removed as boilerplate (navigation, captions, teasers, bios...).';
COMMENT ON COLUMN articles.duplicate_of IS 'For near-duplicate bodies: article_id of the first of the group by (published_date NULLs last, source_path); NULL for that first one and for unique articles.';

CREATE TABLE quotes (
    quote_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    source_id VARCHAR,
    speaker_text VARCHAR,
    cue VARCHAR,
    medium VARCHAR,
    continues VARCHAR,
    utterance_id VARCHAR
);
COMMENT ON TABLE quotes IS 'One row per quoted span of reported speech; scare quotes, titles and labels are not rows. Primary key: (quote_id).';
COMMENT ON COLUMN quotes.quote_id IS '<article_id>:q<n>, numbered in text order from 1.';
COMMENT ON COLUMN quotes.article_id IS 'The article the quote is in (articles.article_id).';
COMMENT ON COLUMN quotes.text IS 'The characters between the quotation marks.';
COMMENT ON COLUMN quotes.kind IS 'full (a clause or sentence of speech) or partial (a fragment inside the reporter''s sentence).';
COMMENT ON COLUMN quotes.char_start IS 'Start of text in articles.body_text (Python string index).';
COMMENT ON COLUMN quotes.char_end IS 'End of text in articles.body_text, exclusive.';
COMMENT ON COLUMN quotes.source_id IS 'Who said it (sources.source_id); NULL when no speaker could be found.';
COMMENT ON COLUMN quotes.speaker_text IS 'The words in the text that name the speaker, as written (may be a pronoun).';
COMMENT ON COLUMN quotes.cue IS 'Lemma of the attribution verb: say, tell, add, ...';
COMMENT ON COLUMN quotes.medium IS 'Outlet or channel the words were given to (told The Moscow Times -> The Moscow Times).';
COMMENT ON COLUMN quotes.continues IS 'quote_id of the earlier half when one utterance is split by its attribution.';
COMMENT ON COLUMN quotes.utterance_id IS 'The statement this row reports (utterances.utterance_id), shared by every row in any article, outlet or language that reports the same words of the same speaker on the same occasion.';

CREATE TABLE utterances (
    utterance_id VARCHAR NOT NULL,
    speaker VARCHAR,
    speaker_entity_id VARCHAR,
    anonymous BOOLEAN NOT NULL,
    text VARCHAR NOT NULL,
    language VARCHAR NOT NULL,
    occasion_date DATE,
    original_medium VARCHAR,
    first_article_id VARCHAR NOT NULL,
    n_quotes INTEGER NOT NULL,
    n_articles INTEGER NOT NULL,
    n_outlets INTEGER NOT NULL,
    n_languages INTEGER NOT NULL
);
COMMENT ON TABLE utterances IS 'One row per statement (one speaker, one occasion) reported anywhere in the corpus; every quotes row reporting it points here through quotes.utterance_id. Primary key: (utterance_id).';
COMMENT ON COLUMN utterances.utterance_id IS 'u: + first 16 hex of the sha256 of its earliest member''s quote_id (earliest by article published_date with NULLs last, then quote_id).';
COMMENT ON COLUMN utterances.speaker IS 'Canonical name of the speaker, or the anonymous descriptor; NULL when no member has a source.';
COMMENT ON COLUMN utterances.speaker_entity_id IS 'entities.entity_id of a named speaker.';
COMMENT ON COLUMN utterances.anonymous IS 'True when the speaker is an unnamed source.';
COMMENT ON COLUMN utterances.text IS 'The fullest wording seen: the longest direct (full or partial) member, else the longest member.';
COMMENT ON COLUMN utterances.language IS 'Language of text (the language of the article it comes from).';
COMMENT ON COLUMN utterances.occasion_date IS 'When it was said, if the reports say so (a day-precise date stated next to a member); NULL otherwise.';
COMMENT ON COLUMN utterances.original_medium IS 'The outlet or channel the words were first given to (Rossiya-1, journalists, Verstka): the medium of the earliest member that states one.';
COMMENT ON COLUMN utterances.first_article_id IS 'The earliest article reporting it (published_date with NULLs last, then article_id).';
COMMENT ON COLUMN utterances.n_quotes IS 'Number of quotes rows reporting it.';
COMMENT ON COLUMN utterances.n_articles IS 'Number of distinct articles reporting it.';
COMMENT ON COLUMN utterances.n_outlets IS 'Number of distinct known outlets of those articles.';
COMMENT ON COLUMN utterances.n_languages IS 'Number of distinct languages of those articles.';

CREATE TABLE sources (
    source_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    name VARCHAR,
    entity_id VARCHAR,
    description VARCHAR,
    affiliation VARCHAR,
    anonymous BOOLEAN NOT NULL,
    n_people INTEGER,
    anonymity_reason VARCHAR,
    n_quotes INTEGER NOT NULL
);
COMMENT ON TABLE sources IS 'One row per distinct source cited in an article: named or anonymous people, organizations, and outlets cited as the origin of a report. Primary key: (source_id).';
COMMENT ON COLUMN sources.source_id IS '<article_id>:s<n>, numbered by first appearance from 1.';
COMMENT ON COLUMN sources.article_id IS 'The article citing the source.';
COMMENT ON COLUMN sources.kind IS 'person, anonymous, organization or media.';
COMMENT ON COLUMN sources.name IS 'Canonical name for named sources (entities.name); NULL for anonymous ones.';
COMMENT ON COLUMN sources.entity_id IS 'entities.entity_id of a named source.';
COMMENT ON COLUMN sources.description IS 'Descriptor as a noun phrase without article (Russian government official); for a named person their role if given.';
COMMENT ON COLUMN sources.affiliation IS 'kremlin, government, foreign_ministry, parliament, diplomatic, military, intelligence, business, media, expert, opposition, foreign_government or other.';
COMMENT ON COLUMN sources.anonymous IS 'True when the source is not named.';
COMMENT ON COLUMN sources.n_people IS 'How many people the description covers (two officials = 2); NULL if unstated.';
COMMENT ON COLUMN sources.anonymity_reason IS 'The stated reason for anonymity, if the article gives one.';
COMMENT ON COLUMN sources.n_quotes IS 'Number of quotes attributed to this source.';

CREATE TABLE time_expressions (
    timex_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    type VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    date_start DATE,
    date_end DATE,
    anchor VARCHAR NOT NULL
);
COMMENT ON TABLE time_expressions IS 'Every normalizable temporal expression in article bodies, in TIMEX3 terms. Primary key: (timex_id).';
COMMENT ON COLUMN time_expressions.timex_id IS '<article_id>:t<n>, numbered in text order from 1.';
COMMENT ON COLUMN time_expressions.article_id IS 'The article the expression is in.';
COMMENT ON COLUMN time_expressions.text IS 'The span as written (Nov. 5, Thursday, last summer).';
COMMENT ON COLUMN time_expressions.char_start IS 'Start of the span in articles.body_text.';
COMMENT ON COLUMN time_expressions.char_end IS 'End of the span in articles.body_text, exclusive.';
COMMENT ON COLUMN time_expressions.type IS 'TIMEX3 type: DATE, TIME, DURATION or SET.';
COMMENT ON COLUMN time_expressions.value IS 'TIMEX3 value: 2024-11-05, 2024-11, 2024-W45, 2024-SU, P3Y, PRESENT_REF, ...';
COMMENT ON COLUMN time_expressions.date_start IS 'First day of the calendar interval a DATE value covers (inclusive).';
COMMENT ON COLUMN time_expressions.date_end IS 'Last day of the calendar interval a DATE value covers (inclusive).';
COMMENT ON COLUMN time_expressions.anchor IS 'absolute (the text fixes the value) or publication (resolved against published_date).';

CREATE TABLE events (
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    event_type VARCHAR NOT NULL,
    trigger VARCHAR NOT NULL,
    sentence VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    actor_ids VARCHAR[] NOT NULL,
    timex_id VARCHAR,
    date_start DATE,
    date_end DATE,
    modality VARCHAR NOT NULL,
    source_id VARCHAR
);
COMMENT ON TABLE events IS 'Dated happenings reported in an article, one row per event trigger in a sentence. Primary key: (event_id).';
COMMENT ON COLUMN events.event_id IS '<article_id>:e<n>, numbered in text order from 1.';
COMMENT ON COLUMN events.article_id IS 'The article reporting the event.';
COMMENT ON COLUMN events.event_type IS 'PLOVER-style type: agree, consult, support, concede, cooperate, aid, retreat, request, accuse, reject, threaten, protest, sanction, mobilize, coerce, assault, statement, election, other.';
COMMENT ON COLUMN events.trigger IS 'Lemma of the word that names the event.';
COMMENT ON COLUMN events.sentence IS 'The sentence the event is reported in.';
COMMENT ON COLUMN events.char_start IS 'Start of the sentence in articles.body_text.';
COMMENT ON COLUMN events.char_end IS 'End of the sentence in articles.body_text, exclusive.';
COMMENT ON COLUMN events.actor_ids IS 'entity_ids of the participants.';
COMMENT ON COLUMN events.timex_id IS 'The time expression that dates the event (time_expressions.timex_id).';
COMMENT ON COLUMN events.date_start IS 'First day of the event''s date interval.';
COMMENT ON COLUMN events.date_end IS 'Last day of the event''s date interval.';
COMMENT ON COLUMN events.modality IS 'asserted, reported (by a source), expected, hypothetical or negated.';
COMMENT ON COLUMN events.source_id IS 'The source the report is attributed to, if any (sources.source_id).';

CREATE TABLE entities (
    entity_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    aliases VARCHAR[] NOT NULL,
    n_articles INTEGER NOT NULL,
    n_mentions INTEGER NOT NULL
);
COMMENT ON TABLE entities IS 'One row per real-world entity across the whole corpus, however outlets spell it. Primary key: (entity_id).';
COMMENT ON COLUMN entities.entity_id IS '<type>:<slug of canonical name>, lower-case ASCII (person:vladimir-putin).';
COMMENT ON COLUMN entities.type IS 'person, org, gpe, media or norp.';
COMMENT ON COLUMN entities.name IS 'Canonical name: the most complete common English form.';
COMMENT ON COLUMN entities.aliases IS 'Every surface form seen, sorted.';
COMMENT ON COLUMN entities.n_articles IS 'Number of articles mentioning the entity.';
COMMENT ON COLUMN entities.n_mentions IS 'Number of mentions across the corpus.';

CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL
);
COMMENT ON TABLE mentions IS 'Every entity mention in article bodies. Primary key: (article_id, char_start, char_end).';
COMMENT ON COLUMN mentions.article_id IS 'The article the mention is in.';
COMMENT ON COLUMN mentions.entity_id IS 'The entity mentioned (entities.entity_id).';
COMMENT ON COLUMN mentions.text IS 'Surface form as written.';
COMMENT ON COLUMN mentions.char_start IS 'Start of the mention in articles.body_text.';
COMMENT ON COLUMN mentions.char_end IS 'End of the mention in articles.body_text, exclusive.';

CREATE TABLE ingest_log (
    source_path VARCHAR NOT NULL,
    content_sha256 VARCHAR,
    size_bytes BIGINT,
    status VARCHAR NOT NULL,
    reason VARCHAR,
    article_id VARCHAR
);
COMMENT ON TABLE ingest_log IS 'Every file under the raw root at the time of the run (sidecars and manifest.csv excepted), whatever happened to it. Primary key: (source_path).';
COMMENT ON COLUMN ingest_log.source_path IS 'Path relative to the raw root, /-separated.';
COMMENT ON COLUMN ingest_log.content_sha256 IS 'sha256 of the bytes; NULL when the file could not be read.';
COMMENT ON COLUMN ingest_log.size_bytes IS 'Size in bytes; NULL when the file could not be read.';
COMMENT ON COLUMN ingest_log.status IS 'loaded, duplicate (same bytes as a path that sorts before it) or rejected.';
COMMENT ON COLUMN ingest_log.reason IS 'Why the file was rejected, in words a person can act on; NULL otherwise.';
COMMENT ON COLUMN ingest_log.article_id IS 'The article the file became (for duplicate: the article it duplicates).';
