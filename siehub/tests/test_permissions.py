"""The core's predicates and the `can` tag through which templates ask any app's."""

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.template import Context, Template
from django.test import RequestFactory

from network.models import Translator
from network.tests.factories import PartnerFactory, UserFactory
from siehub.permissions import (
    can_translate,
    can_use_admin,
    predicate,
)

pytestmark = pytest.mark.django_db


def render(source: str, user, **context) -> str:
    request = RequestFactory().get("/")
    request.user = user
    template = Template("{% load siehub %}" + source)
    return template.render(Context({"request": request, **context})).strip()


class TestCanTag:
    def test_asks_the_named_predicate_for_the_requests_user(self):
        coordinator = UserFactory()
        PartnerFactory().coordinators.add(coordinator)
        source = (
            '{% can "network.coordinate_partner" as may %}'
            "{% if may %}coordinates{% else %}does not{% endif %}"
        )
        assert render(source, coordinator) == "coordinates"
        assert render(source, UserFactory()) == "does not"
        assert render(source, AnonymousUser()) == "does not"

    def test_passes_its_arguments_after_the_user(self):
        partner, other = PartnerFactory(), PartnerFactory()
        coordinator = UserFactory()
        partner.coordinators.add(coordinator)
        source = '{% can "network.coordinate_partner" partner as may %}{{ may }}'
        assert render(source, coordinator, partner=partner) == "True"
        assert render(source, coordinator, partner=other) == "False"

    def test_without_a_request_asks_for_a_visitor(self):
        template = Template(
            '{% load siehub %}{% can "siehub.use_admin" as may %}{{ may }}'
        )
        assert template.render(Context({})) == "False"

    @pytest.mark.parametrize(
        "name", ["network", "network.", "nowhere.edit", "network.fly_to_the_moon"]
    )
    def test_a_name_without_a_predicate_is_an_error(self, name):
        with pytest.raises(LookupError):
            predicate(name)

    def test_names_only_predicates(self):
        """`network.permissions` holds a helper too; only a `can_…` answers."""
        with pytest.raises(LookupError):
            predicate("network.partner_languages")
        assert predicate("inventory.review").__name__ == "can_review"


class TestCanUseAdmin:
    def test_four_steps(self):
        assert not can_use_admin(AnonymousUser())
        assert not can_use_admin(UserFactory())
        assert not can_use_admin(UserFactory(is_staff=True, is_active=False))
        assert can_use_admin(UserFactory(is_staff=True))


class TestCanTranslate:
    def test_four_steps(self):
        partner = PartnerFactory(country="BG")
        translator, member = UserFactory(), UserFactory()
        Translator.objects.create(user=translator, language="bg", partner=partner)
        curator = UserFactory(is_staff=True)
        curator.user_permissions.add(
            Permission.objects.get(codename="change_texttranslation")
        )
        assert not can_translate(AnonymousUser(), "bg")
        assert not can_translate(member, "bg")
        assert not can_translate(translator, "mk")  # named for another language
        assert can_translate(translator, "bg")
        assert can_translate(curator, "mk")
        assert not can_translate(curator, "xx")  # not a language of the platform
