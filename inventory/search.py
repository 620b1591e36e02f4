"""Searching and filtering the inventory at 100,000 practices in four languages.

Writing (`index_practices`): every published practice has one narrow `PracticeSearch`
row: its texts in every language analysed in their own language (siehub.text_search)
into one weighted vector, plus the vocabulary terms it carries as lexemes of their own
("@target_group:roma"), its facets as a list, and the columns the list sorts by. The
lexicon (`SearchWord`) learns the words it holds.

Reading (`PracticeSearchResults`): a query is analysed in every language and script; each
word becomes the set of its variants, a word the lexicon does not know gains the closest
known words (trigram similarity, indexed), and a query that names a vocabulary term also
finds the practices tagged with it. PostgreSQL answers from the indexes alone: a RUM
index orders the matches by rank and returns the first twenty without reading the others,
GIN indexes on the facets filter, the count stops at COUNT_LIMIT ("more than 10,000"),
and the facets are counted over the narrow rows only when there are few enough matches.

SQLite (the demo) has none of this: the list falls back to plain matching
(PracticeQuerySet.search) and inventory.filters.facet_counts.
"""

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import cyrtranslit
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils.html import strip_tags
from rapidfuzz.distance import DamerauLevenshtein

from siehub import text_search, translating
from siehub.i18n import LANGUAGE_CODES
from siehub.models import TextTranslation, TranslationStatus

from .filters import (
    FACET_PARAMS,
    VOCABULARY_FACETS,
    inventory_version,
    vocabulary_links,
)
from .models import (
    Practice,
    PracticeSearch,
    Status,
)

# Facet parameter of the list -> many-to-many field of Practice.
TERM_FACETS = {param: field for param, (_model, field) in VOCABULARY_FACETS.items()}
# Facets of which a practice has one value: the counts of two of their values add up.
SINGLE_VALUED = {"country", "evidence"}
COUNT_LIMIT = 10_000
# A query whose words more than this share of the practices hold is not ranked.
RANKED_SHARE = 0.6
# Counting the facets of the matches costs about 10 µs a match on a small machine: up
# to this many they are counted on each request, beyond it shown without counts.
FACET_LIMIT = 1_000
SUGGESTIONS_PER_WORD = 3
SIMILAR_CANDIDATES = 30
INDEX_BATCH = 500


def is_supported() -> bool:
    return connection.vendor == "postgresql"


# Writing --------------------------------------------------------------------------------


def _texts(practice) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The practice's lexemes by weight (titles A, summaries and keywords B, the
    sections C), each language analysed in itself; and each lexeme with a word that
    gave it, for the lexicon."""
    weights: dict[str, list[str]] = {"A": [], "B": [], "C": []}
    words: dict[str, str] = {}

    def add(weight, text, code):
        for lexeme, word in text_search.analyse_words(text, code):
            weights[weight].append(lexeme)
            if not word.isdigit():
                words.setdefault(lexeme, word)

    for code in LANGUAGE_CODES:
        title = getattr(practice, f"title_{code}") or ""
        if not title and not getattr(practice, f"summary_{code}"):
            continue
        add("A", title, code)
        add("B", strip_tags(getattr(practice, f"summary_{code}") or ""), code)
        for section in Practice.SECTIONS[1:]:
            add("C", strip_tags(getattr(practice, f"{section}_{code}") or ""), code)
    for code in dict.fromkeys((practice.original_language, "en")):
        add("B", practice.keywords or "", code)
    return weights, words


def _facets(practice, terms: dict[str, list[str]], evidence: str) -> list[str]:
    facets = [f"country:{practice.country}"]
    for param, field_name in TERM_FACETS.items():
        facets += [f"{param}:{slug}" for slug in terms.get(field_name, [])]
    if evidence:
        facets.append(f"evidence:{evidence}")
    facets += [
        f"language:{code}"
        for code in LANGUAGE_CODES
        if getattr(practice, f"title_{code}", "")
    ]
    return sorted(set(facets))


def _translation_facets(practices) -> dict[int, list[str]]:
    """For each practice, the languages a reader can read it in ("readable:bg") and
    those it is written or reviewed in ("reviewed:bg"): the list's translation figures
    are counted from them (FacetCount) instead of over the inventory."""
    rows = TextTranslation.objects.filter(
        content_type=ContentType.objects.get_for_model(Practice),
        object_id__in=[practice.pk for practice in practices],
    ).values_list("object_id", "language", "status", "outdated")
    translated, unreviewed = set(), set()
    for pk, language, status, outdated in rows:
        translated.add((pk, language))
        if outdated or status != TranslationStatus.REVIEWED:
            unreviewed.add((pk, language))
    found = {}
    for practice in practices:
        facets = []
        for code in LANGUAGE_CODES:
            if code == practice.original_language:
                facets += [f"readable:{code}", f"reviewed:{code}"]
            elif not translating.missing_in(practice, code):
                facets.append(f"readable:{code}")
                key = (practice.pk, code)
                if key in translated and key not in unreviewed:
                    facets.append(f"reviewed:{code}")
        found[practice.pk] = facets
    return found


def held_by_all(facets) -> dict[str, int]:
    """How many published practices carry each of these facet values ("*": how many
    there are), from the stored counts."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT facet, count FROM inventory_facetcount "
            "WHERE given = '*' AND facet = ANY(%s)",
            [list(facets)],
        )
        return dict(cursor.fetchall())


def progress(language: str) -> dict:
    """translating.progress of the published practices, from the facet counts: how
    many there are, how many a reader of `language` can read, how many are written or
    reviewed in it (SQLite: from translating's own figures)."""
    if not is_supported():
        return translating.progress(
            translating.REGISTRY["practice"], language, exact=False
        )
    counts = held_by_all(["*", f"readable:{language}", f"reviewed:{language}"])
    return {
        "total": counts.get("*", 0),
        "readable": counts.get(f"readable:{language}", 0),
        "reviewed": counts.get(f"reviewed:{language}", 0),
    }


def _term_slugs(ids) -> dict[int, dict[str, list[str]]]:
    """For each practice, the slugs of its terms per many-to-many field (4 queries)."""
    found: dict[int, dict[str, list[str]]] = {pk: {} for pk in ids}
    for field_name in TERM_FACETS.values():
        through, target = vocabulary_links(field_name)
        rows = through.objects.filter(practice_id__in=ids).values_list(
            "practice_id", f"{target}__slug"
        )
        for pk, slug in rows:
            found[pk].setdefault(field_name, []).append(slug)
    return found


INSERT = """
INSERT INTO inventory_practicesearch
    (practice_id, vector, head, facets, published_at, adaptation_count)
SELECT id, a || b || c || d, a || b || d, facets, published_at, adaptation_count
FROM (
    SELECT %s AS id,
        setweight(to_tsvector('simple', %s), 'A') AS a,
        setweight(to_tsvector('simple', %s), 'B') AS b,
        setweight(to_tsvector('simple', %s), 'C') AS c,
        setweight(array_to_tsvector(%s::text[]), 'D') AS d,
        %s::text[] AS facets, %s::timestamptz AS published_at,
        %s::integer AS adaptation_count
) entry
ON CONFLICT (practice_id) DO UPDATE SET
    vector = EXCLUDED.vector,
    head = EXCLUDED.head,
    facets = EXCLUDED.facets,
    published_at = EXCLUDED.published_at,
    adaptation_count = EXCLUDED.adaptation_count
"""


def index_practices(*, practice_ids, counts: "Counts | None" = None) -> None:
    """Bring the search entries of these practices up to date: a published practice's
    entry is (re)written, any other practice has none; the lexicon and the facet counts
    follow. With `counts`, their changes are gathered there for the caller to write
    (a rebuild writes them once)."""
    if not is_supported():
        return
    ids = list(practice_ids)
    for start in range(0, len(ids), INDEX_BATCH):
        _index_batch(ids[start : start + INDEX_BATCH], counts)


@dataclass
class Counts:
    """Changes to the lexicon's and the facets' counts, to be written together."""

    words: Counter = field(default_factory=Counter)
    pairs: Counter = field(default_factory=Counter)
    spelled: dict = field(default_factory=dict)

    def add(self, facets, lexemes, sign: int = 1) -> None:
        """Count one stored entry in (or, with sign -1, out): its facet pairs and
        the words of its vector, as read from the table."""
        pairs = facet_pairs(facets)
        words = Counter(lexeme for lexeme in lexemes if _is_word(lexeme))
        if sign < 0:
            self.pairs.subtract(pairs)
            self.words.subtract(words)
        else:
            self.pairs.update(pairs)
            self.words.update(words)

    def remove(self, facets, lexemes) -> None:
        self.add(facets, lexemes, sign=-1)

    def write(self, cursor) -> None:
        count_words(cursor, self.words, self.spelled)
        count_facets(cursor, self.pairs)


@transaction.atomic
def _index_batch(ids, gathered: Counts | None = None) -> None:
    ids = sorted(ids)
    # Concurrent reindexes of one practice take turns (the practice row is locked), so
    # each subtracts from the facet counts what the other wrote.
    list(
        Practice.objects.filter(pk__in=ids)
        .order_by("pk")
        .select_for_update()
        .values_list("pk", flat=True)
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT practice_id, facets, tsvector_to_array(vector) "
            "FROM inventory_practicesearch WHERE practice_id = ANY(%s)",
            [ids],
        )
        old = {pk: (facets, lexemes) for pk, facets, lexemes in cursor.fetchall()}
    practices = list(
        Practice.objects.filter(pk__in=ids, status=Status.PUBLISHED).select_related(
            "evidence_level"
        )
    )
    terms = _term_slugs([p.pk for p in practices])
    languages = _translation_facets(practices)
    counts = gathered if gathered is not None else Counts()
    rows = []
    for practice in practices:
        weights, words = _texts(practice)
        evidence = practice.evidence_level.slug if practice.evidence_level else ""
        facets = _facets(practice, terms[practice.pk], evidence)
        facets += languages[practice.pk]
        for lexeme, word in words.items():
            counts.spelled.setdefault(lexeme, word)
        rows.append(
            (
                practice.pk,
                " ".join(weights["A"]),
                " ".join(weights["B"]),
                " ".join(weights["C"]),
                [f"@{facet}" for facet in facets],
                facets,
                practice.published_at,
                practice.adaptation_count,
            )
        )
    for facets, lexemes in old.values():
        counts.remove(facets, lexemes)
    indexed = [practice.pk for practice in practices]
    with connection.cursor() as cursor:
        gone = [pk for pk in old if pk not in indexed]
        if gone:
            cursor.execute(
                "DELETE FROM inventory_practicesearch WHERE practice_id = ANY(%s)",
                [gone],
            )
        if rows:
            cursor.executemany(INSERT, rows)
            # The entries are counted as they were stored, read back, so that what a
            # later reindex or `forget` subtracts is exactly what was added.
            cursor.execute(
                "SELECT facets, tsvector_to_array(vector) "
                "FROM inventory_practicesearch WHERE practice_id = ANY(%s)",
                [indexed],
            )
            for facets, lexemes in cursor.fetchall():
                counts.add(facets, lexemes)
        if gathered is None:
            counts.write(cursor)


def _is_word(lexeme: str) -> bool:
    """A lexeme of the lexicon: not a number, not a facet ("@country:MK")."""
    return not lexeme.startswith("@") and not lexeme.isdigit()


def count_words(cursor, delta: Counter, spelled: dict[str, str]) -> None:
    """Add `delta` to the lexicon's counts of practices per lexeme: new words are
    learned (as `spelled`), words no published practice holds any more forgotten."""
    more = [(lexeme, n) for lexeme, n in delta.items() if n > 0]
    fewer = [(lexeme, -n) for lexeme, n in delta.items() if n < 0]
    if fewer:
        # An UPDATE, not an upsert: PostgreSQL checks the row an upsert proposes (a
        # negative count) before it finds the conflict.
        cursor.execute(
            """
            UPDATE inventory_searchword AS word
            SET practice_count = GREATEST(word.practice_count - change.n, 0)
            FROM unnest(%s::text[], %s::int[]) AS change (lexeme, n)
            WHERE word.lexeme = change.lexeme
            """,
            [[lexeme for lexeme, _n in fewer], [n for _lexeme, n in fewer]],
        )
        cursor.execute(
            "DELETE FROM inventory_searchword "
            "WHERE lexeme = ANY(%s) AND practice_count = 0",
            [[lexeme for lexeme, _n in fewer]],
        )
    if more:
        cursor.execute(
            """
            INSERT INTO inventory_searchword (lexeme, word, practice_count)
            SELECT * FROM unnest(%s::text[], %s::text[], %s::int[])
            ON CONFLICT (lexeme) DO UPDATE
            SET practice_count =
                inventory_searchword.practice_count + EXCLUDED.practice_count
            """,
            [
                [lexeme for lexeme, _n in more],
                [spelled.get(lexeme, lexeme)[:60] for lexeme, _n in more],
                [n for _lexeme, n in more],
            ],
        )


def facet_pairs(facets) -> Counter:
    """The (given, facet) pairs one practice adds to the facet counts: each of its
    facets given each other one, and given "*" (any practice)."""
    items = ["*", *facets]
    return Counter((given, facet) for given in items for facet in items)


def count_facets(cursor, delta: Counter) -> None:
    """Add `delta` to the facet counts; pairs whose count reaches 0 are removed."""
    more = [(pair, n) for pair, n in delta.items() if n > 0]
    fewer = [(pair, -n) for pair, n in delta.items() if n < 0]
    if fewer:
        cursor.execute(
            """
            UPDATE inventory_facetcount AS counted
            SET count = GREATEST(counted.count - change.n, 0)
            FROM unnest(%s::text[], %s::text[], %s::int[]) AS change (given, facet, n)
            WHERE counted.given = change.given AND counted.facet = change.facet
            """,
            [
                [pair[0] for pair, _n in fewer],
                [pair[1] for pair, _n in fewer],
                [n for _pair, n in fewer],
            ],
        )
        cursor.execute(
            "DELETE FROM inventory_facetcount WHERE count = 0 AND given = ANY(%s)",
            [list({pair[0] for pair, _n in fewer})],
        )
    if more:
        cursor.execute(
            """
            INSERT INTO inventory_facetcount (given, facet, count)
            SELECT * FROM unnest(%s::text[], %s::text[], %s::int[])
            ON CONFLICT (given, facet) DO UPDATE
            SET count = inventory_facetcount.count + EXCLUDED.count
            """,
            [
                [pair[0] for pair, _n in more],
                [pair[1] for pair, _n in more],
                [n for _pair, n in more],
            ],
        )


# Reading --------------------------------------------------------------------------------


def _lexeme_literal(lexeme: str) -> str:
    """A lexeme as a tsquery operand, taken literally (no analysis, no operators)."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


@lru_cache(maxsize=1)
def _vocabulary_index(version) -> list[tuple[str, frozenset]]:
    """Each vocabulary term's names, in every language, as lexeme sets: the words that
    name it (generic ones like "pupils", shared by many terms, left out)."""
    names = []
    for param, (model, _field) in VOCABULARY_FACETS.items():
        for term in model.objects.all():
            for code in LANGUAGE_CODES:
                name = getattr(term, f"name_{code}", "") or ""
                lexemes = frozenset(text_search.analyse(name, code))
                if lexemes:
                    names.append((f"{param}:{term.slug}", lexemes))
    seen: dict[str, set] = {}
    for facet, lexemes in names:
        for lexeme in lexemes:
            seen.setdefault(lexeme, set()).add(facet.split(":")[1])
    generic = {lexeme for lexeme, facets in seen.items() if len(facets) > 2}
    return [(facet, lexemes - generic) for facet, lexemes in names if lexemes - generic]


def vocabulary_terms(groups: list[frozenset]) -> list[str]:
    """The vocabulary terms a query names, in any language (the facets to add)."""
    lexemes = set().union(*groups) if groups else set()
    return sorted(
        {
            facet
            for facet, words in _vocabulary_index(inventory_version())
            if words <= lexemes
        }
    )


@dataclass
class CompiledQuery:
    text: str
    words: list[str]
    groups: list[frozenset]
    terms: list[str] = field(default_factory=list)
    corrections: dict[str, list[str]] = field(default_factory=dict)
    # At least this many practices match (known from the lexicon: a one-word query
    # matches at least the practices of its most frequent form); 0 when unknown.
    least_matches: int = 0

    @property
    def tsquery(self) -> str:
        """`(a | b) & (c | d)`, or'ed with the vocabulary terms the query names."""
        parts = [
            "(" + " | ".join(_lexeme_literal(v) for v in sorted(group)) + ")"
            for group in self.groups
        ]
        query = " & ".join(parts)
        if self.terms:
            named = " | ".join(_lexeme_literal(f"@{term}") for term in self.terms)
            query = f"({query}) | {named}" if query else named
        return query

    @property
    def lexemes(self) -> set[str]:
        return set().union(*self.groups) if self.groups else set()

    @property
    def corrected_text(self) -> str:
        """The query with each corrected word replaced by its closest known word."""
        return " ".join(
            self.corrections[word][0] if word in self.corrections else word
            for word in self.words
        )


def highlight_terms(query: CompiledQuery | None) -> frozenset[str]:
    """The lexemes a text's words are marked for (inventory's `highlight` tag)."""
    return frozenset(query.lexemes) if query is not None else frozenset()


def suggestion(query: CompiledQuery | None) -> str:
    """For a search that found nothing: the query with its known words replaced by
    similar, more frequent ones ("did you mean …"), or "" when there are none. (Unknown
    words were already searched with their corrections.)"""
    if query is None or not is_supported():
        return ""
    replaced, changed = [], False
    for word, group in zip(query.words, query.groups, strict=True):
        if word in query.corrections:
            replaced.append(query.corrections[word][0])
            continue
        close = [w for lexeme, w in _similar(word) if lexeme not in group]
        changed = changed or bool(close)
        replaced.append(close[0] if close else word)
    return " ".join(replaced) if changed else ""


def compile_query(text: str) -> CompiledQuery | None:
    """The query's meaningful words with their variants, corrected where the lexicon
    does not know them; None when nothing is left (empty, only stop words or signs)."""
    words = text_search.query_words(text or "")
    if not words:
        return None
    groups = [set(text_search.variants(word)) for word in words]
    compiled = CompiledQuery(text=text, words=words, groups=[])
    if is_supported():
        frequency = _frequency(set().union(*groups))
        for word, group in zip(words, groups, strict=True):
            if group & frequency.keys():
                continue
            # A word no practice holds is taken for a typo of the closest known word,
            # and searched as that word would be.
            similar = _similar(word)
            if similar:
                closest = similar[0][1]
                compiled.corrections[word] = list(dict.fromkeys(w for _l, w in similar))
                group.update(text_search.variants(closest))
                frequency.update(_frequency(group))
        if len(groups) == 1:
            compiled.least_matches = max(
                (frequency.get(lexeme, 0) for lexeme in groups[0]), default=0
            )
    compiled.groups = [frozenset(group) for group in groups]
    compiled.terms = vocabulary_terms(compiled.groups)
    return compiled


def _frequency(lexemes: set[str]) -> dict[str, int]:
    """How many published practices hold each of these lexemes (those the lexicon
    knows)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT lexeme, practice_count FROM inventory_searchword "
            "WHERE lexeme = ANY(%s)",
            [sorted(lexemes)],
        )
        return dict(cursor.fetchall())


def _spellings(word: str) -> list[str]:
    """A query word as the lexicon may hold it: unaccented, and in the other script."""
    plain = text_search.unaccent(word)
    found = [plain]
    for language in ("mk", "bg"):
        if text_search.CYRILLIC.search(word):
            found.append(text_search.unaccent(cyrtranslit.to_latin(word, language)))
        else:
            found.append(cyrtranslit.to_cyrillic(plain, language))
    return list(dict.fromkeys(w.lower() for w in found))[:3]


def _similar(word: str) -> list[tuple[str, str]]:
    """The lexicon's words closest to a query word, best first, as (lexeme, word): the
    candidates that share trigrams with its spellings, from the lexicon's trigram index
    (never a scan of the lexicon or the texts), ranked by edits (Damerau-Levenshtein:
    a swap of two letters is one slip), then similarity, then how common they are."""
    spellings = (_spellings(word) * 3)[:3]
    with transaction.atomic(), connection.cursor() as cursor:
        # A small lexicon looks cheap to scan to the planner, but computing trigrams
        # for each of its words costs ten times the index.
        cursor.execute(
            "SET LOCAL enable_seqscan = off; "
            "SET LOCAL pg_trgm.similarity_threshold = 0.2"
        )
        cursor.execute(
            """
            SELECT lexeme, word, practice_count,
                   greatest(similarity(word, %s), similarity(word, %s),
                            similarity(word, %s)) AS score
            FROM inventory_searchword
            WHERE word %% %s OR word %% %s OR word %% %s
            ORDER BY score DESC, practice_count DESC, word
            LIMIT %s
            """,
            [*spellings, *spellings, SIMILAR_CANDIDATES],
        )
        rows = cursor.fetchall()
    allowed = max(1, len(word) // 3)
    ranked = []
    for lexeme, candidate, count, score in rows:
        edits = min(DamerauLevenshtein.distance(s, candidate) for s in spellings)
        if edits <= allowed:
            ranked.append((edits, -score, -count, candidate, lexeme))
    ranked.sort()
    return [(lexeme, candidate) for *_rank, candidate, lexeme in ranked][
        :SUGGESTIONS_PER_WORD
    ]


_RUM: dict[str, bool] = {}


def rum_index() -> bool:
    """Whether the heads have a RUM index (the first results of a ranked search come
    from the index in order) or not (ranking reads the matches: fine for a small
    inventory). Asked once per process and database."""
    alias = connection.settings_dict["NAME"]
    if alias not in _RUM:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT am.amname FROM pg_class c JOIN pg_am am ON am.oid = c.relam "
                "WHERE c.relname = 'inventory_ps_head'"
            )
            row = cursor.fetchone()
        _RUM[alias] = bool(row and row[0] == "rum")
    return _RUM[alias]


class PracticeSearchResults:
    """The published practices matching a query and the list's filters: a page of them
    in order, how many, and the facet counts (PostgreSQL).

    Facets are counted as a reader expects of facets: the options of a chosen facet
    count the practices the other facets leave (ticking a second country adds to the
    first). Counts come from FacetCount where it holds the state, else from the
    entries when the matches are few enough (FACET_LIMIT); a facet whose matches are
    more shows its options without counts.
    """

    def __init__(self, *, query: CompiledQuery | None, selected: dict, sort: str):
        self.query = query
        self.selected = {
            key: list(values) for key, values in selected.items() if values
        }
        self.sort = sort
        self._count = None
        self._exact = True
        self._shares = None

    # SQL ------------------------------------------------------------------------------

    def _where(self, skip: str | None = None, *, column: str = "words"):
        """The conditions, SQL and parameters: with a query, one tsquery on all the
        words of the practices (`words`: the GIN index of the stripped vectors, which
        answers without reading the rows) or on their heads (`head`: the RUM index),
        the chosen facets in it as the lexemes each vector holds ("@country:MK"), so
        that one index scan intersects them (GIN skips through a common word's entries
        with a rarer facet's); without one, the facets' own GIN index."""
        if self.query is not None:
            matched = "head" if column == "head" else "inventory_words(vector)"
            return f"{matched} @@ %s::tsquery", [self._tsquery(skip)]
        conditions, params = [], []
        for facet, values in self.selected.items():
            if facet != skip:
                # Any of a facet's values: `&&`, array overlap, exact in the GIN index.
                conditions.append("facets && %s::text[]")
                params.append([f"{facet}:{value}" for value in values])
        return (" AND ".join(conditions) or "TRUE"), params

    def _tsquery(self, skip: str | None = None) -> str:
        """The query's tsquery and'ed with each chosen facet but `skip` (any of its
        values)."""
        parts = [f"({self.query.tsquery})"]
        for facet, values in self.selected.items():
            if facet != skip:
                parts.append(
                    "("
                    + " | ".join(_lexeme_literal(f"@{facet}:{v}") for v in values)
                    + ")"
                )
        return " & ".join(parts)

    def _ranked(self) -> bool:
        """Best match first, unless another order is asked for, or the query's words
        are in most practices: ranking them tells little and costs most (every
        practice's head ranked), so those come newest first."""
        if self.query is None or self.sort in ("newest", "adapted"):
            return False
        if self.query.least_matches <= COUNT_LIMIT:
            return True  # surely not most practices: no need to look
        return self.query.least_matches <= RANKED_SHARE * self._held("*")

    def _select(self, where, params, order, order_params, limit, offset) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT practice_id FROM inventory_practicesearch WHERE {where} "  # noqa: S608 - fixed SQL
                f"ORDER BY {order} LIMIT %s OFFSET %s",
                [*params, *order_params, limit, offset],
            )
            return [row[0] for row in cursor.fetchall()]

    def ids(self, offset: int, limit: int) -> list[int]:
        """The ids of the practices at `offset`, in the list's order."""
        if self._ranked():
            return self._ranked_ids(offset, limit)
        order = "published_at DESC, practice_id DESC"
        if self.sort == "adapted":
            order = "adaptation_count DESC, published_at DESC, practice_id DESC"
        where, params = self._where()
        return self._select(where, params, order, [], limit, offset)

    def _ranked_ids(self, offset: int, limit: int) -> list[int]:
        """Best matches first, in two stages: the practices whose head (title,
        summary, keywords, terms) holds the words, by rank, from the RUM index over the
        heads, read in order and stopped at the page's end; then those that hold them
        only in their sections, newest first. Ranking a common word's head matches is
        a few thousand entries, not the tens of thousands its sections add."""
        tsquery = self._tsquery()
        where, params = self._where(column="head")
        if rum_index():
            order, order_params = "head <=> %s::tsquery", [tsquery]
        else:
            order = (
                "ts_rank(head, %s::tsquery) DESC, published_at DESC, practice_id DESC"
            )
            order_params = [tsquery]
        first = self._select(where, params, order, order_params, limit, offset)
        if len(first) == limit:
            return first
        if first:
            in_heads = offset + len(first)
        else:
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT count(*) FROM inventory_practicesearch WHERE {where}",  # noqa: S608
                    params,
                )
                in_heads = cursor.fetchone()[0]
        where, params = self._where()
        rest = self._select(
            f"{where} AND NOT head @@ %s::tsquery",
            [*params, tsquery],
            "published_at DESC, practice_id DESC",
            [],
            limit - len(first),
            max(0, offset - in_heads),
        )
        return first + rest

    def _counted(self, skip: str | None = None, cap: int | None = None) -> int:
        """How many match (without facet `skip`); with `cap`, counting stops after
        cap + 1."""
        where, params = self._where(skip)
        sql = f"SELECT 1 FROM inventory_practicesearch WHERE {where}"  # noqa: S608
        if cap is not None:
            sql = f"{sql} LIMIT {int(cap) + 1}"
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({sql}) matched", params)  # noqa: S608
            return cursor.fetchone()[0]

    def _many(self, skip: str | None = None) -> bool:
        """Whether the matches (without facet `skip`) are known to be more than
        COUNT_LIMIT without counting them: a one-word search for a word that more
        practices than that hold, and no facet chosen."""
        others = [facet for facet in self.selected if facet != skip]
        return (
            self.query is not None
            and not others
            and self.query.least_matches > COUNT_LIMIT
        )

    def _paired(self) -> int | None:
        """With no text and one value chosen in each of two facets, how many carry
        both, from the stored counts of pairs; None for any other state."""
        if self.query is not None or len(self.selected) != 2:
            return None
        (first, a), (second, b) = self.selected.items()
        if len(a) != 1 or len(b) != 1:
            return None
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count FROM inventory_facetcount WHERE given = %s AND facet = %s",
                [f"{first}:{a[0]}", f"{second}:{b[0]}"],
            )
            row = cursor.fetchone()
        return row[0] if row else 0

    def _expected(self, skip: str | None) -> float:
        """An estimate of the matches without facet `skip`, from the lexicon and the
        facet counts (words and facets taken as independent), to spare counting a
        state that is surely too broad for facet counts; 0 when unknown."""
        if self.query is None or not self.query.least_matches:
            return 0
        total = self._held("*") or 1
        expected = float(self.query.least_matches)
        for facet, values in self.selected.items():
            if facet != skip:
                held = sum(self._held(f"{facet}:{v}") for v in values)
                expected *= min(1.0, held / total)
        return expected

    def _held(self, facet: str) -> int:
        """How many published practices carry a chosen facet value ("*": all), from
        the stored counts (one query for all of them)."""
        if self._shares is None:
            self._shares = held_by_all(
                [
                    "*",
                    *(
                        f"{name}:{value}"
                        for name, chosen in self.selected.items()
                        for value in chosen
                    ),
                ]
            )
        return self._shares.get(facet, 0)

    @property
    def count(self) -> int:
        """How many match: exactly, or COUNT_LIMIT + 1 for "more than COUNT_LIMIT"
        when that is known without counting."""
        if self._count is None:
            if self._many():
                self._count = COUNT_LIMIT + 1
            elif (paired := self._paired()) is not None:
                self._count = paired
            else:
                self._count = self._counted(cap=COUNT_LIMIT)
            self._exact = self._count <= COUNT_LIMIT
        return self._count

    @property
    def is_capped(self) -> bool:
        return not self._exact

    # Facets ---------------------------------------------------------------------------

    def _stored(self, skip: str | None) -> dict[str, dict[str, int]] | None:
        """The facet counts of the practices matching all chosen facets but `skip`,
        from FacetCount, where it holds that state exactly: no text, and no value
        chosen, or one, or several of one facet a practice has one value of."""
        if self.query is not None:
            return None
        chosen = [
            f"{facet}:{value}"
            for facet, values in self.selected.items()
            if facet != skip
            for value in values
        ]
        facets = {item.split(":", 1)[0] for item in chosen}
        if len(chosen) > 1 and not (len(facets) == 1 and facets <= SINGLE_VALUED):
            return None
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT facet, sum(count) FROM inventory_facetcount "
                "WHERE given = ANY(%s) GROUP BY facet",
                [chosen or ["*"]],
            )
            rows = dict(cursor.fetchall())
        counts = _by_facet(rows)
        counts["*"] = {"": int(rows.get("*", 0))}
        return counts

    def _aggregated(self, skip: str | None) -> dict[str, dict[str, int]]:
        where, params = self._where(skip)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT f, count(*) FROM inventory_practicesearch, "  # noqa: S608
                f"unnest(facets) f WHERE {where} GROUP BY f",
                params,
            )
            return _by_facet(dict(cursor.fetchall()))

    def _counts_without(self, skip: str | None) -> dict[str, dict[str, int]] | None:
        stored = self._stored(skip)
        if stored is not None:
            if skip is None:
                self._count, self._exact = stored["*"][""], True
            return stored
        if skip is None:
            size = self.count if self._exact else FACET_LIMIT + 1
        else:
            expected = self._expected(skip)
            size = (
                FACET_LIMIT + 1
                if self._many(skip) or expected > 2 * FACET_LIMIT
                else self._counted(skip, cap=FACET_LIMIT)
            )
        if size > FACET_LIMIT:
            return None
        return self._aggregated(skip)

    def facet_counts(self) -> dict[str, dict[str, int] | None]:
        """{facet: {value: count}}; a facet None where its matches are too many to
        count on every request (a broad search: its options are shown without)."""
        result: dict[str, dict[str, int] | None] = {}
        plan: dict[str | None, list[str]] = {
            None: [facet for facet in FACET_PARAMS if facet not in self.selected]
        }
        for facet in self.selected:
            plan[facet] = [facet]
        for skip, facets in plan.items():
            counts = self._counts_without(skip) if facets or skip is None else None
            for facet in facets:
                result[facet] = None if counts is None else counts.get(facet, {})
        return result


def _by_facet(rows: dict[str, int]) -> dict[str, dict[str, int]]:
    """{"country:MK": 3, …} as {"country": {"MK": 3}, …}."""
    counts: dict[str, dict[str, int]] = {}
    for key, n in rows.items():
        facet, _sep, value = key.partition(":")
        if value:
            counts.setdefault(facet, {})[value] = int(n)
    return counts


class ResultList:
    """The matching practices as the paginator needs them: a length, and slices that
    load only the practices of one page (in the order of the results)."""

    def __init__(self, results: PracticeSearchResults, queryset):
        self.results = results
        self.queryset = queryset

    def count(self) -> int:
        return self.results.count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start = index.start or 0
        stop = index.stop if index.stop is not None else start + 20
        ids = self.results.ids(start, stop - start)
        found = self.queryset.in_bulk(ids)
        return [found[pk] for pk in ids if pk in found]


def forget(*, practice_ids) -> None:
    """Remove these practices' entries, their words and facets from the counts (before
    the practices themselves are deleted)."""
    if not is_supported():
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM inventory_practicesearch WHERE practice_id = ANY(%s) "
            "RETURNING facets, tsvector_to_array(vector)",
            [list(practice_ids)],
        )
        counts = Counts()
        for facets, lexemes in cursor.fetchall():
            counts.remove(facets, lexemes)
        counts.write(cursor)


def recount() -> None:
    """The lexicon's and the facets' counts computed again from the entries (whatever
    wrote to them, e.g. a practice deleted outside the services)."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("LOCK TABLE inventory_practicesearch IN SHARE MODE")
        cursor.execute("DELETE FROM inventory_facetcount")
        cursor.execute(
            """
            INSERT INTO inventory_facetcount (given, facet, count)
            SELECT g, f, count(*) FROM (
                SELECT array_append(facets, '*') AS items FROM inventory_practicesearch
            ) e, unnest(items) g, unnest(items) f
            GROUP BY g, f
            """
        )
        # Every lexeme of the entries with how many hold it: one pass over the vectors.
        cursor.execute(
            "CREATE TEMPORARY TABLE search_stat ON COMMIT DROP AS "
            "SELECT word AS lexeme, ndoc FROM ts_stat("
            "'SELECT vector FROM inventory_practicesearch') WHERE word NOT LIKE '@%'"
        )
        cursor.execute(
            """
            UPDATE inventory_searchword w SET practice_count = s.ndoc
            FROM search_stat s WHERE s.lexeme = w.lexeme AND w.practice_count <> s.ndoc
            """
        )
        cursor.execute(
            "DELETE FROM inventory_searchword w WHERE NOT EXISTS "
            "(SELECT 1 FROM search_stat s WHERE s.lexeme = w.lexeme)"
        )


def refresh() -> int:
    """Every practice's entry brought up to date, batch by batch (each batch its own
    transaction: searching goes on meanwhile; the counts stay exact, as on any
    reindex). Returns how many practices were looked at."""
    ids = set(
        Practice.objects.filter(status=Status.PUBLISHED).values_list("pk", flat=True)
    )
    ids.update(PracticeSearch.objects.values_list("practice_id", flat=True))
    index_practices(practice_ids=sorted(ids))
    recount()
    return len(ids)


def rebuild() -> int:
    """The entries, the lexicon and the facet counts written from scratch, in one
    transaction (after migrating an existing inventory, or to repair them): the vector
    indexes are dropped and built again once the rows are in, many times faster than
    growing them row by row, but searches wait until it is done. Returns how many
    practices were indexed."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'inventory_practicesearch' "
            "AND indexname IN ('inventory_ps_match', 'inventory_ps_head')"
        )
        definitions = [row[0] for row in cursor.fetchall()]
        for table in ("practicesearch", "searchword", "facetcount"):
            cursor.execute(f"DELETE FROM inventory_{table}")  # noqa: S608 - fixed names
        cursor.execute("DROP INDEX IF EXISTS inventory_ps_match, inventory_ps_head")
        ids = list(
            Practice.objects.filter(status=Status.PUBLISHED)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        counts = Counts()
        index_practices(practice_ids=ids, counts=counts)
        counts.write(cursor)
        # The rows' deferred foreign-key checks run first: an index cannot be built
        # over a table with pending trigger events.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        for definition in definitions:
            cursor.execute(definition)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE inventory_practicesearch")
        cursor.execute("ANALYZE inventory_searchword")
    return len(ids)
