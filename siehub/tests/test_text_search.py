"""Words, not strings: each language's analysis, and queries across scripts
(siehub.text_search). No database: the analysis is the same on SQLite and PostgreSQL."""

import pytest

from siehub import text_search
from siehub.text_search import analyse, query_words, stem, unaccent, variants


# Each language: forms of one word that must meet, and a near word that must not.
@pytest.mark.parametrize(
    ("language", "same", "other"),
    [
        ("en", ("family", "families"), "familiar"),
        ("en", ("mediators", "mediation"), "media"),
        ("es", ("familia", "familias"), "falla"),
        ("es", ("educación", "educacion", "educativa"), "escuela"),
        ("bg", ("роми", "ромите", "ромски", "ромския"), "рим"),
        ("bg", ("училище", "училищата"), "учител"),
        ("mk", ("роми", "ромите", "ромски"), "рим"),
        ("mk", ("училиште", "училиштето", "училишта"), "учител"),
        ("mk", ("семејство", "семејството", "семејства"), "семинар"),
    ],
)
def test_forms_of_a_word_meet_and_a_near_word_does_not(language, same, other):
    stems = {stem(word, language) for word in same}
    assert len(stems) == 1, stems
    assert stem(other, language) not in stems


def test_each_text_is_analysed_in_its_own_language():
    # Spanish "familias" and English "families" meet; the English stemmer alone
    # would leave the Spanish plural apart.
    assert analyse("familias", "es") == analyse("families", "en")
    assert stem("familias", "en") != stem("families", "en")


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "the school and the families", ["school", "famili"]),
        ("es", "la escuela y las familias", ["escuel", "famili"]),
        ("mk", "училиштето и семејствата на децата", ["училишт", "семејств", "дец"]),
        ("bg", "училището и семействата на децата", ["училищ", "семейств", "дец"]),
    ],
)
def test_stop_words_are_dropped_per_language(language, text, kept):
    assert analyse(text, language) == kept


def test_latin_text_is_unaccented_cyrillic_letters_are_kept():
    assert unaccent("Educación compensatòria") == "Educacion compensatoria"
    # й, ѓ, ќ are letters of their own, not accented и, г, к.
    assert unaccent("Ќустендил ѓубре й") == "Ќустендил ѓубре й"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("romi", "роми"), ("Bitola", "Битола"), ("Kyustendil", "Кюстендил")],
)
def test_a_word_in_either_script_finds_the_other(latin, cyrillic):
    # What the text holds: the Cyrillic word analysed in its language (mk or bg) and
    # the Latin word in English or Spanish; the query's variants reach each.
    in_cyrillic = {stem(cyrillic.lower(), "mk"), stem(cyrillic.lower(), "bg")}
    in_latin = {stem(latin.lower(), "en"), stem(latin.lower(), "es")}
    assert variants(latin.lower()) & in_cyrillic
    assert variants(cyrillic.lower()) & in_latin


def test_no_variant_mixes_the_scripts():
    for word in ("school", "bitola", "kyustendil", "шкoла", "жxy"):
        for variant in variants(word):
            mixed = text_search.CYRILLIC.search(variant) and any(
                "a" <= char <= "z" for char in variant
            )
            assert not mixed, (word, variant)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("the and of и на la y", []),  # stop words of every language only
        ('"mediators" & | ! (roma) :* <b>', ["mediators", "roma", "b"]),
        ("🙂🙂 roma 🙂", ["roma"]),
        ("x" * 1000, []),  # no word longer than MAX_WORD
        (" ".join(f"w{n}" for n in range(30)), [f"w{n}" for n in range(12)]),
    ],
)
def test_queries_keep_only_words(text, expected):
    assert query_words(text) == expected
