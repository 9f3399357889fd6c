-- Researcher views over the contract tables of 001_tables.sql.
-- The store re-applies this file on every open (after the tables), so every
-- statement is CREATE OR REPLACE and a changed view needs no schema bump.
-- The same file is executed by warehouse/report.py against the Parquet tables of
-- a snapshot, so the views must only reference contract tables and columns.
-- Every view has a COMMENT ON VIEW; every column has a SQL comment here and a
-- COMMENT ON COLUMN so that `duckdb_columns()` can show it too.


-- ---------------------------------------------------------------------------
-- v_quotes: one row per quote, with who said it, where and when it was published.
CREATE OR REPLACE VIEW v_quotes AS
SELECT
    q.quote_id,                                         -- quotes.quote_id
    q.article_id,                                       -- the article the quote is in
    a.outlet,                                           -- publishing outlet of the article (NULL when unknown)
    a.published_date,                                   -- publication date of the article (NULL when unknown)
    a.language,                                         -- ISO 639-1 language of the article ('und' when undetermined)
    a.title,                                            -- headline of the article
    q.text,                                             -- the quoted words, or the reported content
    q.kind,                                             -- full, partial (quotation marks) or indirect (reported speech)
    q.speaker_text,                                     -- the words naming the speaker, as written
    q.cue,                                              -- lemma of the attribution verb
    q.medium,                                           -- outlet or channel the words were given to
    q.continues,                                        -- earlier half of a split utterance
    q.source_id,                                        -- sources.source_id (NULL when unattributed)
    s.kind AS source_kind,                              -- person, anonymous, organization or media
    s.name AS source_name,                              -- canonical name of a named source
    s.description AS source_description,                -- descriptor of the source (role for named people)
    s.affiliation AS source_affiliation,                -- coarse affiliation class of the source
    s.anonymous AS source_anonymous,                    -- true when the source is not named; NULL when unattributed
    coalesce(s.name, s.description) AS source_label,    -- name, else description: a readable label for charts
    q.char_start,                                       -- span of text in articles.body_text
    q.char_end                                          -- end of the span, exclusive
FROM quotes AS q
JOIN articles AS a ON a.article_id = q.article_id
LEFT JOIN sources AS s ON s.source_id = q.source_id;

COMMENT ON VIEW v_quotes IS 'One row per quote or reported statement with its source (kind, name, description, affiliation, anonymity), outlet, language and publication date.';
COMMENT ON COLUMN v_quotes.quote_id IS 'quotes.quote_id.';
COMMENT ON COLUMN v_quotes.article_id IS 'The article the quote is in.';
COMMENT ON COLUMN v_quotes.outlet IS 'Publishing outlet of the article; NULL when unknown.';
COMMENT ON COLUMN v_quotes.published_date IS 'Publication date of the article; NULL when unknown.';
COMMENT ON COLUMN v_quotes.language IS 'ISO 639-1 language of the article; ''und'' when undetermined.';
COMMENT ON COLUMN v_quotes.title IS 'Headline of the article.';
COMMENT ON COLUMN v_quotes.text IS 'The quoted words, or the reported content of an indirect row.';
COMMENT ON COLUMN v_quotes.kind IS 'full, partial (in quotation marks) or indirect (reported speech).';
COMMENT ON COLUMN v_quotes.speaker_text IS 'The words naming the speaker, as written.';
COMMENT ON COLUMN v_quotes.cue IS 'Lemma of the attribution verb.';
COMMENT ON COLUMN v_quotes.medium IS 'Outlet or channel the words were given to.';
COMMENT ON COLUMN v_quotes.continues IS 'quote_id of the earlier half of a split utterance.';
COMMENT ON COLUMN v_quotes.source_id IS 'sources.source_id; NULL when the quote is unattributed.';
COMMENT ON COLUMN v_quotes.source_kind IS 'person, anonymous, organization or media.';
COMMENT ON COLUMN v_quotes.source_name IS 'Canonical name of a named source.';
COMMENT ON COLUMN v_quotes.source_description IS 'Descriptor of the source; the role for a named person.';
COMMENT ON COLUMN v_quotes.source_affiliation IS 'Coarse affiliation class of the source.';
COMMENT ON COLUMN v_quotes.source_anonymous IS 'True when the source is not named; NULL when the quote is unattributed.';
COMMENT ON COLUMN v_quotes.source_label IS 'Source name, else its description: a readable label.';
COMMENT ON COLUMN v_quotes.char_start IS 'Start of the quote in articles.body_text.';
COMMENT ON COLUMN v_quotes.char_end IS 'End of the quote in articles.body_text, exclusive.';


-- ---------------------------------------------------------------------------
-- v_anonymous_share: how much of an outlet's attributed speech comes from
-- unnamed sources, per outlet x month, plus roll-ups over all months
-- (month = 'all') and over all outlets (outlet = 'all'). The denominator is
-- attributed rows only: an unattributed quote is neither named nor anonymous.
-- Two measures side by side, because they answer different questions and
-- differ a lot: direct quotes (kind full or partial, words in quotation marks)
-- and all attributions (direct plus reported speech, kind indirect). Anonymous
-- sourcing is mostly reported speech, so the direct-only share understates it.
-- Republished near-duplicates are kept: republishing is the outlet's choice too.
CREATE OR REPLACE VIEW v_anonymous_share AS
WITH q AS (
    SELECT
        coalesce(a.outlet, 'unknown') AS outlet,
        coalesce(strftime(a.published_date, '%Y-%m'), 'undated') AS month,
        q.article_id,
        q.quote_id,
        q.kind <> 'indirect' AS direct,
        s.anonymous
    FROM articles AS a
    LEFT JOIN quotes AS q ON q.article_id = a.article_id
    LEFT JOIN sources AS s ON s.source_id = q.source_id
)
SELECT
    CASE WHEN grouping(outlet) = 1 THEN 'all' ELSE outlet END AS outlet,  -- publishing outlet; 'unknown' when not identified; 'all' for the per-month roll-up
    CASE WHEN grouping(month) = 1 THEN 'all' ELSE month END AS month,     -- YYYY-MM of published_date; 'undated' when unknown; 'all' for the per-outlet roll-up
    count(DISTINCT article_id) AS n_articles,                              -- articles in the group (with or without quotes)
    count(quote_id) FILTER (WHERE direct) AS n_quotes,                     -- direct quotes (full or partial)
    count(anonymous) FILTER (WHERE direct) AS n_attributed_quotes,         -- direct quotes with a source
    count(*) FILTER (WHERE direct AND anonymous) AS n_anonymous_quotes,    -- direct quotes from an anonymous source
    CAST(count(*) FILTER (WHERE direct AND anonymous) AS DOUBLE)
        / nullif(count(anonymous) FILTER (WHERE direct), 0) AS anonymous_share,  -- n_anonymous_quotes / n_attributed_quotes, 0..1; NULL without attributed direct quotes
    count(quote_id) AS n_attributions,                                     -- all rows: direct quotes and reported speech
    count(anonymous) AS n_attributed,                                      -- rows of either kind with a source
    count(*) FILTER (WHERE anonymous) AS n_anonymous,                      -- rows of either kind from an anonymous source
    CAST(count(*) FILTER (WHERE anonymous) AS DOUBLE)
        / nullif(count(anonymous), 0) AS anonymous_share_all               -- n_anonymous / n_attributed, 0..1; NULL without attributed rows
FROM q
GROUP BY GROUPING SETS ((outlet, month), (outlet), (month));

COMMENT ON VIEW v_anonymous_share IS 'Share of attributed speech that comes from anonymous sources, per outlet and month (month = ''all'': per outlet over all months; outlet = ''all'': per month over all outlets), for direct quotes and for all attributions (direct plus reported) side by side.';
COMMENT ON COLUMN v_anonymous_share.outlet IS 'Publishing outlet; ''unknown'' when not identified; ''all'' for the per-month roll-up.';
COMMENT ON COLUMN v_anonymous_share.month IS 'YYYY-MM of published_date; ''undated'' when unknown; ''all'' for the per-outlet roll-up.';
COMMENT ON COLUMN v_anonymous_share.n_articles IS 'Articles in the group, with or without quotes.';
COMMENT ON COLUMN v_anonymous_share.n_quotes IS 'Direct quotes (kind full or partial) in the group.';
COMMENT ON COLUMN v_anonymous_share.n_attributed_quotes IS 'Direct quotes with a source.';
COMMENT ON COLUMN v_anonymous_share.n_anonymous_quotes IS 'Direct quotes from an anonymous source.';
COMMENT ON COLUMN v_anonymous_share.anonymous_share IS 'n_anonymous_quotes / n_attributed_quotes (0..1); NULL when no direct quote is attributed.';
COMMENT ON COLUMN v_anonymous_share.n_attributions IS 'All rows in the group: direct quotes and reported speech (kind indirect).';
COMMENT ON COLUMN v_anonymous_share.n_attributed IS 'Rows of either kind with a source.';
COMMENT ON COLUMN v_anonymous_share.n_anonymous IS 'Rows of either kind from an anonymous source.';
COMMENT ON COLUMN v_anonymous_share.anonymous_share_all IS 'n_anonymous / n_attributed (0..1): the anonymous share of all attributions; NULL when nothing is attributed.';


-- ---------------------------------------------------------------------------
-- v_source_citations: which outlet cites which source or outlet, and through
-- which other outlet the words were relayed (second-hand chains such as
-- Kyiv Independent -> Verstka -> parliamentary source).
--
-- `via` of a quote, first match wins (the publisher itself is never a `via`:
-- "told The Moscow Times" in a Moscow Times article is first-hand):
--   1. quotes.medium when it is a proper name ("told VPost"; "told journalists" is not an outlet);
--   2. a media entity named in the speaker words ("Verstka's source");
--   3. a media entity mentioned in the same paragraph as the quote ("..., according to Verstka");
--   4. for anonymous sources only: the outlet the article relays as a whole, i.e. a
--      media entity some quote of the article was given to, or a media source
--      with quotes of its own ("Verstka reported ...").
-- A source without quotes can only get rule 4. Rows where a media source is
-- the publisher itself are dropped: an outlet does not cite itself.
-- Republished pieces add a row per article with cited_kind = 'original_outlet'.
CREATE OR REPLACE VIEW v_source_citations AS
WITH
art AS (
    SELECT article_id, outlet, coalesce(outlet, 'unknown') AS citing_outlet
    FROM articles
),
media_alias AS (
    -- every spelling of every media entity, mapped to its canonical name
    SELECT DISTINCT name, alias
    FROM (
        SELECT name, unnest(aliases) AS alias FROM entities WHERE type = 'media'
        UNION ALL
        SELECT name, name FROM entities WHERE type = 'media'
    )
),
body_line AS (
    -- lines of each body as [line_start, line_end] offsets, line_end being the
    -- offset of its line break (or the body length), for rule 3. Comparing line
    -- numbers instead of slicing bodies keeps the view's memory small.
    SELECT
        article_id,
        n AS line_no,
        sum(length(line) + 1) OVER (PARTITION BY article_id ORDER BY n) - length(line) - 1 AS line_start,
        sum(length(line) + 1) OVER (PARTITION BY article_id ORDER BY n) - 1 AS line_end
    FROM (
        SELECT article_id, unnest(lines) AS line, unnest(range(1, len(lines) + 1)) AS n
        FROM (SELECT article_id, string_split(body_text, chr(10)) AS lines FROM articles)
    )
),
media_mention AS (
    SELECT m.article_id, m.char_start, e.name, l.line_no
    FROM mentions AS m
    JOIN entities AS e ON e.entity_id = m.entity_id
    JOIN body_line AS l
      ON l.article_id = m.article_id AND m.char_start BETWEEN l.line_start AND l.line_end
    WHERE e.type = 'media'
),
quote_line AS (
    -- the line a quote starts on, when it also ends on it (NULL otherwise)
    SELECT q.quote_id, s.line_no
    FROM quotes AS q
    JOIN body_line AS s
      ON s.article_id = q.article_id AND q.char_start BETWEEN s.line_start AND s.line_end
    JOIN body_line AS e
      ON e.article_id = q.article_id AND q.char_end BETWEEN e.line_start AND e.line_end
    WHERE s.line_no = e.line_no
),
article_relay AS (
    -- rule 4: one relaying outlet per article (alphabetically first if several)
    SELECT article_id, min(relay) AS relay
    FROM (
        SELECT q.article_id, ma.name AS relay
        FROM quotes AS q
        JOIN media_alias AS ma ON ma.alias = q.medium
        UNION ALL
        SELECT article_id, name
        FROM sources
        WHERE kind = 'media' AND n_quotes > 0 AND name IS NOT NULL
    ) AS r
    JOIN art USING (article_id)
    WHERE r.relay IS DISTINCT FROM art.outlet
    GROUP BY article_id
),
quote_via AS (
    SELECT
        q.quote_id,
        q.source_id,
        coalesce(
            -- rule 1
            CASE WHEN regexp_matches(q.medium, '^[A-Z0-9]') AND q.medium IS DISTINCT FROM art.outlet
                 THEN coalesce((SELECT min(ma.name) FROM media_alias AS ma WHERE ma.alias = q.medium), q.medium)
            END,
            -- rule 2
            (SELECT min(ma.name) FROM media_alias AS ma
              WHERE contains(q.speaker_text, ma.alias) AND ma.name IS DISTINCT FROM art.outlet),
            -- rule 3: no line break between the mention and the quote, i.e. the
            -- mention is on the one line the whole quote is on
            (SELECT min(mm.name) FROM media_mention AS mm
              WHERE mm.article_id = q.article_id AND mm.name IS DISTINCT FROM art.outlet
                AND mm.line_no = ql.line_no)
        ) AS via
    FROM quotes AS q
    JOIN art ON art.article_id = q.article_id
    LEFT JOIN quote_line AS ql ON ql.quote_id = q.quote_id
),
cited AS (
    -- one row per (source, via): quotes of one source may travel different ways
    SELECT
        art.citing_outlet,
        coalesce(s.name, s.description, 'unnamed source') AS cited,
        s.kind AS cited_kind,
        s.affiliation AS cited_affiliation,
        CASE
            WHEN coalesce(qv.via, CASE WHEN s.anonymous THEN ar.relay END) IS DISTINCT FROM s.name
            THEN coalesce(qv.via, CASE WHEN s.anonymous THEN ar.relay END)
        END AS via,
        s.article_id,
        s.source_id,
        qv.quote_id
    FROM sources AS s
    JOIN art ON art.article_id = s.article_id
    LEFT JOIN quote_via AS qv ON qv.source_id = s.source_id
    LEFT JOIN article_relay AS ar ON ar.article_id = s.article_id
    WHERE NOT (s.kind = 'media' AND s.name IS NOT DISTINCT FROM art.outlet)
    UNION ALL
    SELECT citing_outlet, original_outlet, 'original_outlet', 'media', NULL, article_id, NULL, NULL
    FROM articles JOIN art USING (article_id)
    WHERE original_outlet IS NOT NULL AND original_outlet IS DISTINCT FROM art.outlet
)
SELECT
    citing_outlet,                            -- outlet of the citing article; 'unknown' when not identified
    cited,                                    -- source name, else its description, else 'unnamed source'; or the original outlet
    cited_kind,                               -- person, anonymous, organization, media, or original_outlet (the piece was republished from it)
    cited_affiliation,                        -- sources.affiliation of the cited source ('media' for original_outlet rows)
    via,                                      -- outlet the words were relayed through (see rules above); NULL when first-hand
    count(DISTINCT article_id) AS n_articles, -- citing articles
    count(DISTINCT source_id) AS n_sources,   -- distinct sources rows behind this row (a source is per article)
    count(DISTINCT quote_id) AS n_quotes      -- quotes attributed to the cited source along this path (0 for sources cited without a quote)
FROM cited
GROUP BY ALL;

COMMENT ON VIEW v_source_citations IS 'Which outlet cites which source or outlet, and via which other outlet the words were relayed (second-hand chains), with article, source and quote counts.';
COMMENT ON COLUMN v_source_citations.citing_outlet IS 'Outlet of the citing article; ''unknown'' when not identified.';
COMMENT ON COLUMN v_source_citations.cited IS 'Cited source: its name, else its description, else ''unnamed source''; for original_outlet rows the outlet republished from.';
COMMENT ON COLUMN v_source_citations.cited_kind IS 'person, anonymous, organization, media, or original_outlet.';
COMMENT ON COLUMN v_source_citations.cited_affiliation IS 'sources.affiliation of the cited source.';
COMMENT ON COLUMN v_source_citations.via IS 'Outlet the words were relayed through (quote medium, outlet named in the speaker words or paragraph, or the outlet an article relays for anonymous sources); NULL when first-hand.';
COMMENT ON COLUMN v_source_citations.n_articles IS 'Number of citing articles.';
COMMENT ON COLUMN v_source_citations.n_sources IS 'Number of sources rows behind this row.';
COMMENT ON COLUMN v_source_citations.n_quotes IS 'Quotes attributed to the cited source along this path; 0 when cited without a quote.';


-- ---------------------------------------------------------------------------
-- v_timeline: dated events only (an undated event has no place on a timeline).
CREATE OR REPLACE VIEW v_timeline AS
WITH actor AS (
    SELECT event_id, unnest(actor_ids) AS entity_id, generate_subscripts(actor_ids, 1) AS pos
    FROM events
),
actor_names AS (
    -- names in actor_ids order; an id missing from entities shows as the id itself
    SELECT actor.event_id, list(coalesce(en.name, actor.entity_id) ORDER BY actor.pos) AS names
    FROM actor
    LEFT JOIN entities AS en ON en.entity_id = actor.entity_id
    GROUP BY actor.event_id
)
SELECT
    e.date_start AS date,                                      -- first day of the event's date interval (timeline position)
    e.date_end,                                                -- last day of the interval (equals date for a single day)
    e.event_id,                                                -- events.event_id
    e.event_type,                                              -- PLOVER-style type
    e.trigger,                                                 -- lemma of the word naming the event
    e.modality,                                                -- asserted, reported, expected, hypothetical or negated
    e.actor_ids,                                               -- entity_ids of the participants
    coalesce(an.names, []::VARCHAR[]) AS actor_names,          -- canonical names of the participants, same order
    array_to_string(coalesce(an.names, []::VARCHAR[]), ', ') AS actors,  -- the names as one string
    t.text AS date_text,                                       -- the time expression as written
    e.sentence,                                                -- the sentence reporting the event
    coalesce(s.name, s.description) AS reported_by,            -- the source the report is attributed to, if any
    e.article_id,                                              -- the article reporting the event
    a.outlet,                                                  -- its outlet
    a.published_date                                           -- its publication date
FROM events AS e
JOIN articles AS a ON a.article_id = e.article_id
LEFT JOIN actor_names AS an ON an.event_id = e.event_id
LEFT JOIN time_expressions AS t ON t.timex_id = e.timex_id
LEFT JOIN sources AS s ON s.source_id = e.source_id
WHERE e.date_start IS NOT NULL;

COMMENT ON VIEW v_timeline IS 'Dated events with actor names, the date as written, the reporting source and the article''s outlet; undated events are left out.';
COMMENT ON COLUMN v_timeline.date IS 'First day of the event''s date interval.';
COMMENT ON COLUMN v_timeline.date_end IS 'Last day of the event''s date interval.';
COMMENT ON COLUMN v_timeline.event_id IS 'events.event_id.';
COMMENT ON COLUMN v_timeline.event_type IS 'PLOVER-style event type.';
COMMENT ON COLUMN v_timeline.trigger IS 'Lemma of the word naming the event.';
COMMENT ON COLUMN v_timeline.modality IS 'asserted, reported, expected, hypothetical or negated.';
COMMENT ON COLUMN v_timeline.actor_ids IS 'entity_ids of the participants.';
COMMENT ON COLUMN v_timeline.actor_names IS 'Canonical names of the participants, in actor_ids order.';
COMMENT ON COLUMN v_timeline.actors IS 'actor_names joined with commas.';
COMMENT ON COLUMN v_timeline.date_text IS 'The dating time expression as written.';
COMMENT ON COLUMN v_timeline.sentence IS 'The sentence reporting the event.';
COMMENT ON COLUMN v_timeline.reported_by IS 'Name or description of the source the report is attributed to.';
COMMENT ON COLUMN v_timeline.article_id IS 'The article reporting the event.';
COMMENT ON COLUMN v_timeline.outlet IS 'Outlet of that article.';
COMMENT ON COLUMN v_timeline.published_date IS 'Publication date of that article.';


-- ---------------------------------------------------------------------------
-- v_entity_cooccurrence: person/org pairs named in the same article. Each
-- unordered pair appears once (entity_a < entity_b). Near-duplicate articles
-- (duplicate_of set) are skipped: the same text would count the pair twice.
CREATE OR REPLACE VIEW v_entity_cooccurrence AS
WITH present AS (
    SELECT DISTINCT m.article_id, m.entity_id
    FROM mentions AS m
    JOIN entities AS e ON e.entity_id = m.entity_id
    JOIN articles AS a ON a.article_id = m.article_id
    WHERE e.type IN ('person', 'org') AND a.duplicate_of IS NULL
)
SELECT
    x.entity_id AS entity_a,                   -- entity_id of the first entity (sorts before entity_b)
    y.entity_id AS entity_b,                   -- entity_id of the second entity
    ea.name AS name_a,                         -- canonical name of entity_a
    eb.name AS name_b,                         -- canonical name of entity_b
    ea.type AS type_a,                         -- person or org
    eb.type AS type_b,                         -- person or org
    count(*) AS n_articles,                    -- articles mentioning both
    list(x.article_id ORDER BY x.article_id) AS article_ids  -- those articles
FROM present AS x
JOIN present AS y ON y.article_id = x.article_id AND x.entity_id < y.entity_id
JOIN entities AS ea ON ea.entity_id = x.entity_id
JOIN entities AS eb ON eb.entity_id = y.entity_id
GROUP BY ALL;

COMMENT ON VIEW v_entity_cooccurrence IS 'Pairs of person/org entities mentioned in the same (non-duplicate) article, entity_a < entity_b, with the number of such articles.';
COMMENT ON COLUMN v_entity_cooccurrence.entity_a IS 'entity_id of the first entity (sorts before entity_b).';
COMMENT ON COLUMN v_entity_cooccurrence.entity_b IS 'entity_id of the second entity.';
COMMENT ON COLUMN v_entity_cooccurrence.name_a IS 'Canonical name of entity_a.';
COMMENT ON COLUMN v_entity_cooccurrence.name_b IS 'Canonical name of entity_b.';
COMMENT ON COLUMN v_entity_cooccurrence.type_a IS 'person or org.';
COMMENT ON COLUMN v_entity_cooccurrence.type_b IS 'person or org.';
COMMENT ON COLUMN v_entity_cooccurrence.n_articles IS 'Number of articles mentioning both.';
COMMENT ON COLUMN v_entity_cooccurrence.article_ids IS 'Those articles, sorted.';


-- ---------------------------------------------------------------------------
-- v_languages: what the corpus holds per article language, so that a
-- researcher sees at a glance how much of each table comes from English,
-- Russian or Ukrainian text (extractors differ by language; so does quality).
-- Counts are per table row; correlated subqueries keep each count independent
-- of the others (a join would multiply them).
CREATE OR REPLACE VIEW v_languages AS
SELECT
    a.language,                                                   -- ISO 639-1 language of the articles ('und' when undetermined)
    count(*) AS n_articles,                                       -- articles in that language
    (SELECT count(*) FROM quotes AS q JOIN articles AS b USING (article_id)
      WHERE b.language = a.language AND q.kind <> 'indirect') AS n_quotes,        -- direct quotes (full or partial)
    (SELECT count(*) FROM quotes AS q JOIN articles AS b USING (article_id)
      WHERE b.language = a.language AND q.kind = 'indirect') AS n_reported,       -- reported speech rows (kind indirect)
    (SELECT count(*) FROM sources AS s JOIN articles AS b USING (article_id)
      WHERE b.language = a.language) AS n_sources,                                -- sources rows
    (SELECT count(*) FROM mentions AS m JOIN articles AS b USING (article_id)
      WHERE b.language = a.language) AS n_mentions,                               -- entity mentions
    (SELECT count(DISTINCT m.entity_id) FROM mentions AS m JOIN articles AS b USING (article_id)
      WHERE b.language = a.language) AS n_entities,                               -- distinct entities mentioned
    (SELECT count(*) FROM time_expressions AS t JOIN articles AS b USING (article_id)
      WHERE b.language = a.language) AS n_time_expressions,                       -- time expressions
    (SELECT count(*) FROM events AS e JOIN articles AS b USING (article_id)
      WHERE b.language = a.language) AS n_events                                  -- events
FROM articles AS a
GROUP BY a.language;

COMMENT ON VIEW v_languages IS 'Per article language: articles, direct quotes, reported speech, sources, entity mentions, distinct entities, time expressions and events.';
COMMENT ON COLUMN v_languages.language IS 'ISO 639-1 language of the articles; ''und'' when undetermined.';
COMMENT ON COLUMN v_languages.n_articles IS 'Articles in that language.';
COMMENT ON COLUMN v_languages.n_quotes IS 'Direct quotes (kind full or partial) in those articles.';
COMMENT ON COLUMN v_languages.n_reported IS 'Reported speech rows (kind indirect) in those articles.';
COMMENT ON COLUMN v_languages.n_sources IS 'Sources rows of those articles.';
COMMENT ON COLUMN v_languages.n_mentions IS 'Entity mentions in those articles.';
COMMENT ON COLUMN v_languages.n_entities IS 'Distinct entities mentioned in those articles (an entity named in two languages counts in both).';
COMMENT ON COLUMN v_languages.n_time_expressions IS 'Time expressions in those articles.';
COMMENT ON COLUMN v_languages.n_events IS 'Events in those articles.';

-- v_quote_provenance: how one statement travelled, one row per reporting article.
CREATE OR REPLACE VIEW v_quote_provenance AS
WITH per_article AS (
    SELECT
        q.utterance_id,
        q.article_id,
        count(*) AS n_quotes,
        bool_or(q.kind IN ('full', 'partial')) AS has_direct,
        arg_min(q.medium, q.char_start) FILTER (WHERE q.medium IS NOT NULL) AS medium,
        arg_min(s.name, q.char_start) FILTER (WHERE s.kind = 'media' AND s.name IS NOT NULL) AS via,
        min(q.char_start) AS first_char
    FROM quotes AS q
    LEFT JOIN sources AS s ON s.source_id = q.source_id
    WHERE q.utterance_id IS NOT NULL
    GROUP BY q.utterance_id, q.article_id
)
SELECT
    u.utterance_id,                                     -- utterances.utterance_id
    u.speaker,                                          -- canonical name or anonymous descriptor
    u.anonymous,                                        -- true for an unnamed speaker
    u.text AS utterance_text,                           -- the fullest wording seen
    u.occasion_date,                                    -- when it was said, if stated
    u.original_medium,                                  -- channel the words were first given to
    u.n_articles,                                       -- how many articles report it
    p.article_id,                                       -- the reporting article
    a.outlet,                                           -- its outlet (NULL when unknown)
    a.language,                                         -- its language
    a.published_date,                                   -- its publication date (NULL when unknown)
    CASE WHEN p.has_direct THEN 'direct' ELSE 'reported' END AS kind, -- direct: quotes the words; reported: paraphrase only
    p.via,                                              -- outlet the article cites as the origin ("Verstka reported")
    p.medium,                                           -- channel this article says the words were given to
    p.n_quotes,                                         -- quotes rows of this article reporting it
    p.article_id = u.first_article_id AS is_first,      -- the first report
    date_diff('day', f.published_date, a.published_date) AS delay_days -- days after the first report
FROM per_article AS p
JOIN utterances AS u ON u.utterance_id = p.utterance_id
JOIN articles AS a ON a.article_id = p.article_id
LEFT JOIN articles AS f ON f.article_id = u.first_article_id;

COMMENT ON VIEW v_quote_provenance IS 'How each statement travelled: one row per utterance and reporting article, with outlet, language, date, direct or reported, the outlet relayed (via), the medium, and the delay in days from the first report. Filter n_articles > 1 for relayed statements.';
COMMENT ON COLUMN v_quote_provenance.utterance_id IS 'utterances.utterance_id.';
COMMENT ON COLUMN v_quote_provenance.speaker IS 'Canonical name of the speaker, or the anonymous descriptor.';
COMMENT ON COLUMN v_quote_provenance.anonymous IS 'True when the speaker is an unnamed source.';
COMMENT ON COLUMN v_quote_provenance.utterance_text IS 'The fullest wording seen (utterances.text).';
COMMENT ON COLUMN v_quote_provenance.occasion_date IS 'When it was said, if the reports state it.';
COMMENT ON COLUMN v_quote_provenance.original_medium IS 'The outlet or channel the words were first given to.';
COMMENT ON COLUMN v_quote_provenance.n_articles IS 'Number of articles reporting the statement.';
COMMENT ON COLUMN v_quote_provenance.article_id IS 'The reporting article.';
COMMENT ON COLUMN v_quote_provenance.outlet IS 'Outlet of the reporting article; NULL when unknown.';
COMMENT ON COLUMN v_quote_provenance.language IS 'Language of the reporting article.';
COMMENT ON COLUMN v_quote_provenance.published_date IS 'Publication date of the reporting article; NULL when unknown.';
COMMENT ON COLUMN v_quote_provenance.kind IS 'direct when the article quotes the words (a full or partial quote), reported when it only paraphrases.';
COMMENT ON COLUMN v_quote_provenance.via IS 'The outlet the article cites as the origin of the words (a media source), if any.';
COMMENT ON COLUMN v_quote_provenance.medium IS 'The channel the article says the words were given to (told journalists), if any.';
COMMENT ON COLUMN v_quote_provenance.n_quotes IS 'Number of quotes rows of the article that report the statement.';
COMMENT ON COLUMN v_quote_provenance.is_first IS 'True for the first report (utterances.first_article_id).';
COMMENT ON COLUMN v_quote_provenance.delay_days IS 'Days between the first report and this article; NULL when either date is unknown.';
