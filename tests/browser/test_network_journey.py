"""The network's acceptance journey on the demo data, in a real browser: the Bulgarian
partner coordinator adds a school and approves a teacher's claim, the teacher joins a
community and posts, and a member who reads the daily digest gets it. axe-core checks
every page on the way."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from network.models import ClaimStatus, Organisation, OrganisationClaim, User
from network.services.communities import community_digests_send

CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@pytest.fixture
def demo(transactional_db):
    call_command("seed_demo", force=True, stdout=open("/dev/null", "w"))  # noqa: SIM115
    return {user.email: user for user in User.objects.all()}


def test_coordinator_adds_a_school_approves_a_claim_and_the_digest_carries_a_post(
    page, login, demo, mailoutbox, assert_accessible
):
    coordinator = demo["partner@demo.siehub.eu"]
    teacher = demo["uchitelka@demo.siehub.eu"]
    reader = demo["maestra@demo.siehub.eu"]  # daily digest of "Families and mediators"
    claim = OrganisationClaim.objects.get(user=teacher, status=ClaimStatus.PENDING)

    # The coordinator adds a school to the Sofia network.
    login(coordinator)
    page.goto("/en/my/network/")
    assert_accessible(page)
    page.get_by_role("link", name="Add a school or organisation").first.click()
    assert_accessible(page)
    page.get_by_role("button", name="Add to the network").click()
    expect(page.get_by_role("alert")).to_contain_text("Please correct the following")
    assert_accessible(page)
    page.get_by_label("Name", exact=True).fill("ОУ „Иван Вазов“")
    page.get_by_label("Kind").select_option("school")
    page.get_by_label("Country").select_option("BG")
    page.get_by_label("City").fill("Vidin")
    page.get_by_label("Primary education (ISCED 1)").check()
    page.get_by_role("button", name="Add to the network").click()
    expect(page.get_by_text("ОУ „Иван Вазов“").first).to_be_visible()
    assert_accessible(page)
    school = Organisation.objects.get(name="ОУ „Иван Вазов“")
    assert school.partner.slug == "ceicsem-sofia"
    assert school.slug == "ou-ivan-vazov"

    # ... and approves the teacher's claim to a school of the network.
    page.goto("/en/my/network/members/")
    assert_accessible(page)
    page.get_by_role("button", name="Approve Mariya Georgieva").click()
    expect(page.get_by_role("button", name="Approve Mariya Georgieva")).to_have_count(0)
    assert_accessible(page)
    claim.refresh_from_db()
    teacher.refresh_from_db()
    assert claim.status == ClaimStatus.APPROVED
    assert teacher.organisation.slug == "ou-hristo-botev-kyustendil"
    approved = [m for m in mailoutbox if m.to == [teacher.email]]
    assert len(approved) == 1
    # In her Bulgarian: the subject is not the English one around the school's name.
    assert "You now belong to" not in approved[0].subject
    assert CYRILLIC.search(approved[0].body.replace(teacher.organisation.name, ""))

    # The teacher joins a community and posts.
    login(teacher)
    page.goto("/en/communities/")
    assert_accessible(page)
    page.get_by_role("link", name="Families and school mediators").click()
    page.get_by_role("button", name="Join the community").click()
    assert_accessible(page)
    page.get_by_label("Your message").fill(
        "Нашите медиатори посещават семействата в петък. Кой има добър пример?"
    )
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.get_by_text("Нашите медиатори посещават семействата")).to_be_visible()
    assert_accessible(page)

    # The next morning's digest reaches the member who chose it, once.
    mailoutbox.clear()
    community_digests_send()
    digests = [m for m in mailoutbox if m.to == [reader.email]]
    assert len(digests) == 1
    assert "Нашите медиатори посещават семействата" in digests[0].body
    mailoutbox.clear()
    community_digests_send()
    assert not [m for m in mailoutbox if m.to == [reader.email]]
