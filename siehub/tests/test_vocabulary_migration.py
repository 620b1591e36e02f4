"""The shared vocabularies' move to the core (siehub 0011, inventory 0013/0014, training
0004, network 0009) keeps every link: the inventory's and training's rows stay, and the
slugs the network stored become links to the core's terms."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("siehub", "0010_notification_next_attempt_at"),
    ("inventory", "0012_pictures_machine_translated"),
    ("training", "0003_machine_translated_fields"),
    ("network", "0008_posts_formatted_text"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


@pytest.fixture
def before():
    apps = migrate(BEFORE)
    yield apps
    migrate(latest())


@pytest.mark.django_db(transaction=True)
def test_links_survive_the_move_to_the_core(before):
    Area = before.get_model("inventory", "Area")
    Organisation = before.get_model("network", "Organisation")
    User = before.get_model("network", "User")
    Community = before.get_model("network", "Community")
    Module = before.get_model("training", "Module")
    # A curator had deleted "teachers"; a member still names it.
    Area.objects.filter(slug="teachers").delete()
    school = Organisation.objects.create(
        name="School",
        slug="school",
        kind="school",
        country="MK",
        education_levels=["isced-2", "isced-1", "isced-9"],
    )
    member = User.objects.create(
        email="m@example.org", expertise_areas=["teachers", "school-governance"]
    )
    community = Community.objects.create(
        name="Parents", slug="parents", area="parental-involvement"
    )
    plain = Community.objects.create(name="All", slug="all", area="")
    module = Module.objects.create(
        slug="m", title="M", summary="S", duration_minutes=30, pass_mark=80
    )
    module.areas.add(Area.objects.get(slug="support-to-learners"))

    after = migrate(latest())

    Organisation = after.get_model("network", "Organisation")
    User = after.get_model("network", "User")
    Community = after.get_model("network", "Community")
    Module = after.get_model("training", "Module")
    levels = Organisation.objects.get(pk=school.pk).education_levels
    assert sorted(levels.values_list("slug", flat=True)) == ["isced-1", "isced-2"]
    areas = User.objects.get(pk=member.pk).expertise_areas
    assert sorted(areas.values_list("slug", flat=True)) == [
        "school-governance",
        "teachers",
    ]
    restored = after.get_model("siehub", "Area").objects.get(slug="teachers")
    assert restored.name_en == "Teachers"
    assert Community.objects.get(pk=community.pk).area.slug == "parental-involvement"
    assert Community.objects.get(pk=plain.pk).area is None
    assert list(
        Module.objects.get(pk=module.pk).areas.values_list("slug", flat=True)
    ) == ["support-to-learners"]
