"""Professional communities in a real browser: a coordinator opens one, a teacher joins
and posts, a colleague replies without JavaScript of our own; axe-core on every page."""

from playwright.sync_api import expect

from inventory.models import GatheredPractice
from inventory.tests.factories import PublishedPracticeFactory
from network.models import Community, Post
from network.tests.factories import (
    CommunityFactory,
    FacilitatorFactory,
    MembershipFactory,
    PartnerFactory,
    UserFactory,
)


def test_a_coordinator_opens_a_community(page, login, assert_accessible):
    coordinator = UserFactory(first_name="Ana", last_name="Ruiz")
    PartnerFactory().coordinators.add(coordinator)
    login(coordinator)
    page.goto("/en/communities/")
    assert_accessible(page)
    page.get_by_role("link", name="Start a community").click()
    assert_accessible(page)

    page.get_by_role("button", name="Open the community").click()
    expect(page.get_by_role("alert")).to_contain_text("Please correct the following")
    assert_accessible(page)

    page.get_by_label("Name").fill("Parents as partners")
    page.get_by_label("Description").fill("Schools that bring parents in.")
    page.get_by_label("Whole-school area").select_option("parental-involvement")
    page.get_by_role("button", name="Open the community").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Parents as partners")
    assert_accessible(page)
    assert Community.objects.get().memberships.get().user == coordinator


def test_a_teacher_joins_and_posts_and_a_colleague_replies(
    page, login, mailoutbox, assert_accessible
):
    community = CommunityFactory(name_en="Roma mediators")
    facilitator = FacilitatorFactory(
        community=community,
        user=UserFactory(first_name="Elena", last_name="Ivanova", public_profile=True),
    ).user
    GatheredPractice.objects.create(
        community=community,
        practice=PublishedPracticeFactory(title_en="Homework club"),
        added_by=facilitator,
    )
    page.goto(community.get_absolute_url())
    expect(page.get_by_role("link", name="Homework club")).to_be_visible()
    assert_accessible(page)

    teacher = login(UserFactory(first_name="Marko", last_name="Petrov"))
    page.goto(community.get_absolute_url())
    page.get_by_role("button", name="Join the community").click()
    expect(page.get_by_role("status").first).to_contain_text("Welcome")
    assert_accessible(page)

    # An empty post is refused with an error summary; the page stays accessible.
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.get_by_role("alert")).to_contain_text("Write a message first.")
    assert_accessible(page)

    page.get_by_label("Your message").fill(
        "How do you follow up absences? See https://example.org/guide"
    )
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.get_by_role("link", name="https://example.org/guide")).to_be_visible()
    assert_accessible(page)
    assert [mail.to for mail in mailoutbox] == [[facilitator.email]]

    login(facilitator)
    page.goto(community.get_absolute_url())
    page.get_by_text("Reply", exact=True).click()
    page.get_by_label("Your reply to Marko Petrov").fill("We call on day two.")
    page.get_by_role("button", name="Publish reply").click()
    expect(page.get_by_text("We call on day two.")).to_be_visible()
    assert_accessible(page)
    reply = Post.objects.get(body="<p>We call on day two.</p>")
    assert reply.parent.author == teacher

    MembershipFactory(community=community)
    page.get_by_role("button", name="Hide the post by Marko Petrov").click()
    expect(page.get_by_text("Hidden from members")).to_be_visible()
    assert_accessible(page)
