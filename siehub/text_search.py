"""Words, not strings: how the platform's texts and its readers' queries are analysed for
search, in four languages and two scripts.

Each text is analysed in its own language: split into words, lower-cased, unaccented,
stop words dropped, each word reduced to its stem:

- English and Spanish: the Snowball stemmers (`snowballstemmer`, the algorithms of
  PostgreSQL's own `english` and `spanish` configurations);
- Bulgarian: BulStem (Preslav Nakov's inflectional stemmer, the reference one for
  Bulgarian, with the rules learned from a corpus), then the derivational "-ски" of
  adjectives, so that "ромски" and "роми" meet in "ром";
- Macedonian: no stemmer or dictionary for Macedonian is published (Snowball, Hunspell,
  Lucene have none; Debian ships no Macedonian Hunspell dictionary), so a light stemmer
  of our own strips what Macedonian adds to a word: the postfixed article
  ("училиште|то", "жена|та", "ученици|те", "ученик|от"), the final vowel of gender and
  number ("семејств|а", "семејств|о"), and the adjectival "-ск-". Light stemming is the
  approach that works best for morphologically rich languages without a lexicon
  (Savoy's light stemmers; Nakov's for Bulgarian), and Macedonian's endings are few.

A query is analysed in every language it could be in, and across scripts: "romi" is also
looked for as "роми" (Macedonian and Bulgarian transliteration, `cyrtranslit`), "Битола"
as "Bitola". Each query word becomes the set of its variants; a document matches a word
when it holds any of them.
"""

import re
import unicodedata
from functools import lru_cache

import cyrtranslit
import snowballstemmer
from bulstem.stem import BulStemmer

LANGUAGES = ("en", "mk", "bg", "es")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# A word longer than this is no word a reader types (and could bloat the index).
MAX_WORD = 40
MAX_QUERY_WORDS = 12


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Stop words: what every text holds and no query is about. English and Spanish follow
# Snowball's lists (as PostgreSQL's configurations do), shortened to the common ones;
# Macedonian and Bulgarian are the function words of each language.
STOP_WORDS = {
    "en": _word_set(
        """a an and are as at be but by for from has have he her his i if in into is it its
        of on or our she so than that the their them then there these they this those to
        was we were what when where which who will with you your"""
    ),
    "es": _word_set(
        """a al algo algunos ante con contra cual cuando de del desde donde durante e el
        ella ellas ellos en entre era es esa ese eso esta este esto estos ha han hasta
        la las le les lo los mas me mi muy ni no nos o os otra otro para pero por que se
        sea ser si sin sobre su sus también te tu un una uno unos y ya"""
    ),
    "mk": _word_set(
        """а ако би во врз да де до е за и или исто ја је ги го дека кај како кога која
        кое кои кој ли ме ми мн на над не него нив нивни ние ним од околу па по под
        поради при со сè се си само сите ова овие овој оваа она оние оној таа те тие тој
        тоа ќе што уште"""
    ),
    "bg": _word_set(
        """а аз ако в във вие все да до е за и или из как какво като кой които която което
        към ли на над не него нея ние них но о от по под при с са се си след със също та
        те тези тя това той ще че"""
    ),
}

_EN = snowballstemmer.stemmer("english")
_ES = snowballstemmer.stemmer("spanish")
_BULSTEM = None


def _bulstem() -> BulStemmer:
    global _BULSTEM
    if _BULSTEM is None:
        # The rules of one letter of context that were seen at least five times: short
        # stems ("ром" of "роми", "ромите") without cutting rare words to pieces.
        _BULSTEM = BulStemmer.from_file("stem-context-1", min_freq=5, left_context=1)
    return _BULSTEM


def unaccent(text: str) -> str:
    """Latin letters without their accents ("educación" → "educacion"); Cyrillic kept
    as it is (й, ё, ѓ, ќ are letters of their own there)."""
    out: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.category(char) == "Mn" and out and not CYRILLIC.match(out[-1]):
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased (markup is the caller's to remove)."""
    return [w.lower() for w in WORD.findall(text or "") if len(w) <= MAX_WORD]


_MK_ARTICLES = ("иот", "от", "ов", "он")  # after a consonant: ученик|от
_MK_VOWEL_ARTICLES = ("та", "то", "те", "ва", "во", "ве", "на", "но", "не")
_VOWELS = set("аеиоуъяю")


def _strip_adjective(stem: str) -> str:
    """The derivational "-ск-" of adjectives ("ромск" → "ром"), leaving a root."""
    if stem.endswith("ск") and len(stem) > 4:
        return stem[:-2]
    return stem


# Bulgarian adjectives in "-ск-" with their endings: "ромски", "ромската", "ромския".
_BG_ADJECTIVE = re.compile(r"^(.{3,}?)ск(и|а|о|ите|ата|ото|ия|ият)$")


def stem_mk(word: str) -> str:
    """Macedonian light stemming: the article, then a final vowel, then "-ск-"."""
    stem = word
    for article in _MK_VOWEL_ARTICLES:
        if (
            stem.endswith(article)
            and len(stem) - len(article) >= 3
            and stem[-len(article) - 1] in _VOWELS
        ):
            stem = stem[: -len(article)]
            break
    else:
        for article in _MK_ARTICLES:
            if (
                stem.endswith(article)
                and len(stem) - len(article) >= 3
                and stem[-len(article) - 1] not in _VOWELS
            ):
                stem = stem[: -len(article)]
                break
    if len(stem) > 3 and stem[-1] in _VOWELS:
        stem = stem[:-1]
    return _strip_adjective(stem)


def stem_bg(word: str) -> str:
    """Bulgarian: the adjectival "-ск-" with its ending, else BulStem; a final vowel
    left on a long stem goes too."""
    adjective = _BG_ADJECTIVE.match(word)
    if adjective:
        return adjective.group(1)
    stem = _bulstem().stem(word)
    if len(stem) > 4 and stem[-1] in _VOWELS:
        stem = stem[:-1]
    return stem


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """The stem of one lower-case word in `language` (memoised: the vocabulary of a
    platform is small beside its texts)."""
    if language == "en":
        return unaccent(_EN.stemWord(unaccent(word)))
    if language == "es":
        return unaccent(_ES.stemWord(unaccent(word)))
    if language == "mk":
        return stem_mk(word) if CYRILLIC.search(word) else unaccent(_EN.stemWord(word))
    if language == "bg":
        return stem_bg(word) if CYRILLIC.search(word) else unaccent(_EN.stemWord(word))
    return unaccent(word)


def analyse(text: str, language: str) -> list[str]:
    """The lexemes of a text written in `language`, in order, stop words dropped."""
    stop = STOP_WORDS.get(language, frozenset())
    return [stem(w, language) for w in words(text) if w not in stop]


def analyse_words(text: str, language: str) -> list[tuple[str, str]]:
    """(lexeme, word) for each word of a text written in `language` (stop words
    dropped): the lexemes and the words as written, which a correction offers."""
    stop = STOP_WORDS.get(language, frozenset())
    return [(stem(w, language), w) for w in words(text) if w not in stop]


def _light(word: str, stemmed: str) -> str:
    """A transliterated word's stem, unless the stemmer cut it to a short root that many
    other words share ("mohovo" → "мохово" → "мох", "kakune" → "как"): a word typed in
    the other script is a name or a loan more often than an inflected form. One letter
    may go ("romi" → "роми" → "ром")."""
    if len(stemmed) >= 4 or len(stemmed) >= len(word) - 1:
        return stemmed
    return word


@lru_cache(maxsize=20_000)
def variants(word: str) -> frozenset[str]:
    """Every lexeme a query word could stand for, in any of the four languages and in
    either script: its stems as English, Spanish, Macedonian and Bulgarian, and those
    of its transliteration into the other script."""
    found = set()
    if CYRILLIC.search(word):
        for language in ("mk", "bg"):
            found.add(stem(word, language))
            latin = unaccent(cyrtranslit.to_latin(word, language)).lower()
            found.update({latin, stem(latin, "en"), stem(latin, "es")})
    else:
        plain = unaccent(word)
        found.update({plain, stem(word, "en"), stem(word, "es")})
        for language in ("bg", "mk"):
            cyrillic = cyrtranslit.to_cyrillic(plain, language).lower()
            if not re.search(r"[a-z]", cyrillic):
                found.add(_light(cyrillic, stem(cyrillic, language)))
    # A transliteration that kept letters of the other script is no word of either.
    return frozenset(
        item
        for item in found
        if item and not (CYRILLIC.search(item) and re.search(r"[a-z]", item))
    )


def query_words(text: str) -> list[str]:
    """The words of a query that carry meaning: stop words of every language dropped,
    at most MAX_QUERY_WORDS of them."""
    stop = set().union(*STOP_WORDS.values())
    found = [w for w in words(text) if w not in stop]
    return found[:MAX_QUERY_WORDS]
