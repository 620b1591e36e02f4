"""The demo's content as data (siehub/demo_data.py): every app's files read with the keys
its demo.py needs, and a broken file or a missing key reported with the file's name."""

import os
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

from siehub import demo_data
from siehub.demo_data import DemoDataError, MissingKey

# Every demo data file of the project and the top-level keys its demo.py reads.
FILES = {
    ("network", "organisations"): {"cities", "partners"},
    ("network", "people"): {"accounts", "logins", "colleagues", "translators"},
    ("network", "communities"): {"communities"},
    ("inventory", "authors"): {"authors"},
    ("inventory", "practices"): {"practices"},
    ("inventory", "adaptations"): {"adaptations"},
    ("inventory", "communities"): {"gathered"},
    ("training", "modules"): {"authors", "modules"},
    ("training", "library"): {"resources"},
    ("training", "pilot"): {"pilot"},
    ("mobilities", "participants"): {"participants", "registered_by"},
    ("mobilities", "places"): {"places"},
    ("mobilities", "madrid"): {
        "slug",
        "areas",
        "host",
        "starts_on",
        "programme",
        "participants",
        "evaluations",
    },
    ("mobilities", "sofia"): {
        "slug",
        "areas",
        "host",
        "starts_on",
        "programme",
        "registrations",
    },
}


def test_the_table_names_every_demo_data_file():
    on_disk = {
        (config.label, file.stem)
        for config in apps.get_app_configs()
        for file in (Path(config.path) / "demo_data").glob("*.y*ml")
    }

    assert on_disk == set(FILES)


@pytest.mark.parametrize(("app", "name"), sorted(FILES))
def test_every_demo_file_loads_with_its_top_level_keys(app, name):
    data = demo_data.load(app, name)

    assert isinstance(data, dict)
    assert FILES[app, name] <= set(data), FILES[app, name] - set(data)


@pytest.mark.parametrize(("app", "name"), sorted(FILES))
def test_every_demo_file_says_what_it_holds_at_its_top(app, name):
    first = demo_data.path(app, name).read_text(encoding="utf-8").splitlines()[0]

    assert first.startswith("# Demo data of the "), first


def test_a_block_text_loses_only_its_final_line_break(tmp_path):
    file = tmp_path / "texts.yaml"
    file.write_text(
        "summary: |\n  First paragraph.\n\n  - an item\n  - another\nname: Ana\n",
        encoding="utf-8",
    )

    data = demo_data.read(file)

    assert data == {
        "summary": "First paragraph.\n\n- an item\n- another",
        "name": "Ana",
    }


def test_a_malformed_file_is_reported_with_its_name_and_line(tmp_path):
    file = tmp_path / "broken.yaml"
    file.write_text(
        "practices:\n  - slug: one\n    title: fine\n   author: misaligned\n",
        encoding="utf-8",
    )

    with pytest.raises(DemoDataError) as error:
        demo_data.read(file)

    message = str(error.value)
    assert message.startswith(f"{file}, line 4, column 4: not valid YAML"), message


@pytest.mark.parametrize(
    ("content", "found"), [("", "nothing"), ("- a\n- b\n", "list")]
)
def test_a_file_without_keys_at_its_top_is_refused(tmp_path, content, found):
    file = tmp_path / "flat.yaml"
    file.write_text(content, encoding="utf-8")

    with pytest.raises(
        DemoDataError, match=f"{file}: should hold keys .* holds {found}"
    ):
        demo_data.read(file)


def test_a_missing_file_is_named():
    with pytest.raises(DemoDataError) as error:
        demo_data.load("network", "no-such-file")

    assert (
        str(error.value)
        == "network/demo_data/no-such-file.yaml: no such demo data file"
    )


def test_a_missing_key_is_reported_with_the_file_and_the_place():
    people = demo_data.load("network", "people")

    with pytest.raises(MissingKey) as error:
        people["accounts"][1]["nickname"]
    assert str(error.value) == (
        "network/demo_data/people.yaml: accounts[1] has no 'nickname'"
    )

    with pytest.raises(DemoDataError) as error:
        demo_data.load("mobilities", "madrid")["programme"][0]["title"]["fr"]
    assert str(error.value) == (
        "mobilities/demo_data/madrid.yaml: programme[0].title has no 'fr'"
    )

    with pytest.raises(KeyError, match="the top level has no 'managers'"):
        people["managers"]
    # A key that may be left out is still asked for with get().
    assert people["accounts"][0].get("claim") is None


def test_what_load_returns_is_the_callers_own():
    people = demo_data.load("network", "people")
    people["accounts"][0]["email"] = "changed@example.org"
    people["logins"].clear()

    again = demo_data.load("network", "people")

    assert again["accounts"][0]["email"] == "teacher@demo.siehub.eu"
    assert again["logins"]


def test_a_changed_file_is_read_again(tmp_path):
    file = tmp_path / "changing.yaml"
    file.write_text("name: Ana\n", encoding="utf-8")
    assert demo_data.read(file)["name"] == "Ana"

    file.write_text("name: Petar\n", encoding="utf-8")
    stat = file.stat()
    os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))

    assert demo_data.read(file)["name"] == "Petar"


def test_files_are_named_from_the_project_root():
    path = demo_data.path("inventory", "practices")

    assert path == settings.BASE_DIR / "inventory" / "demo_data" / "practices.yaml"
    assert path.is_file()


@pytest.mark.django_db
def test_network_vocabulary_slugs_are_terms_of_their_vocabularies():
    from siehub.models import Area, EducationLevel

    areas = set(Area.objects.values_list("slug", flat=True))
    levels = set(EducationLevel.objects.values_list("slug", flat=True))
    organisations = demo_data.load("network", "organisations")
    people = demo_data.load("network", "people")
    communities = demo_data.load("network", "communities")

    for partner in organisations["partners"]:
        assert set(partner.get("education_levels", [])) <= levels
        for school in partner["schools"]:
            assert set(school["education_levels"]) <= levels, school["slug"]
    for person in people["accounts"] + people["colleagues"]:
        assert set(person["expertise_areas"]) <= areas, person["email"]
    for community in communities["communities"]:
        assert community["area"] in areas


@pytest.mark.django_db
def test_inventory_and_training_vocabulary_slugs_are_terms_of_the_inventory():
    from inventory import demo as inventory_demo
    from inventory.models import EvidenceLevel
    from siehub.models import Area

    terms = {
        field: set(model.objects.values_list("slug", flat=True))
        for field, model in inventory_demo.VOCABULARY_FIELDS.items()
    }
    for practice in demo_data.load("inventory", "practices")["practices"]:
        for field, slugs in terms.items():
            assert set(practice.get(field, [])) <= slugs, (practice["slug"], field)
        evidence = practice.get("evidence_level")
        assert evidence is None or EvidenceLevel.objects.filter(slug=evidence).exists()
    areas = set(Area.objects.values_list("slug", flat=True))
    training = [
        *demo_data.load("training", "modules")["modules"],
        *demo_data.load("training", "library")["resources"],
    ]
    for item in training:
        assert set(item["areas"]) <= areas, item["slug"]
    for event in ("madrid", "sofia"):
        assert set(demo_data.load("mobilities", event)["areas"]) <= areas, event
