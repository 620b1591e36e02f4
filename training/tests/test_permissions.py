"""Training's predicates, asked directly: anonymous, member, other member, authorised.
The pages that ask them are tested in the other modules."""

import pytest
from django.contrib.auth.models import AnonymousUser, Permission

from network.tests.factories import PartnerFactory, UserFactory
from training.models import Module
from training.permissions import (
    can_download_certificates,
    can_preview_module,
    can_see_results,
)
from training.tests.factories import DraftModuleFactory, ModuleFactory

pytestmark = pytest.mark.django_db

ANONYMOUS = AnonymousUser()


def staff_with(*codenames, is_staff=True):
    user = UserFactory(is_staff=is_staff)
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="training", codename__in=codenames
        )
    )
    return user


def test_see_results_four_steps():
    module = ModuleFactory()
    partner = PartnerFactory()
    coordinator = UserFactory()
    partner.coordinators.add(coordinator)
    assert not can_see_results(ANONYMOUS, module)
    assert not can_see_results(UserFactory(organisation=partner), module)
    assert can_see_results(coordinator, module)
    assert can_see_results(staff_with("view_feedback"), module)
    assert can_see_results(staff_with("change_module"), module)


def test_preview_four_steps():
    draft = DraftModuleFactory()
    assert not can_preview_module(ANONYMOUS, draft)
    assert not can_preview_module(UserFactory(), draft)
    assert not can_preview_module(staff_with("view_feedback"), draft)
    author = staff_with("change_module")
    assert can_preview_module(author, draft)
    assert set(Module.objects.visible_to(author)) == {draft}
    assert not Module.objects.visible_to(UserFactory()).exists()


def test_download_certificates_four_steps():
    assert not can_download_certificates(ANONYMOUS)
    assert not can_download_certificates(UserFactory())
    assert not can_download_certificates(staff_with("view_enrolment", is_staff=False))
    assert can_download_certificates(staff_with("view_enrolment"))
    assert can_download_certificates(staff_with("change_module"))
