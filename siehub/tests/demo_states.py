"""The demo (`seed_demo`) with what some pages need and the demo leaves out, for the
tests that read every page: the HTML check and the check for English on translated
pages."""

from django.utils import timezone

TEACHER = "teacher@demo.siehub.eu"
PARTNER = "partner@demo.siehub.eu"
HOST = "carmen.ruiz@demo.siehub.eu"
CURATOR = "curator@demo.siehub.eu"
MADRID = "initiating-positive-change-madrid-2021"
SOFIA = "families-mediators-schools-sofia"


def prepare_demo_states():
    """What the demo data leaves out and some page shapes need: a notification, learning
    in progress and completed, a pending application, an invitation, certificates, a
    draft practice and adaptation, compendia, a recent post."""
    from inventory.models import Adaptation, Compendium, Practice, Status
    from inventory.tests.factories import AdaptationFactory, PracticeFactory
    from mobilities.models import Evaluation, Mobility, Registration
    from mobilities.services import hosting
    from mobilities.services import registrations as registration_services
    from network.models import Community, Organisation, User
    from network.services.communities import post_create
    from siehub.certificates import certificates_revoke
    from siehub.models import Certificate, Notification
    from training.models import Module
    from training.services import learning

    users = {
        user.email: user
        for user in User.objects.filter(email__endswith="demo.siehub.eu")
    }
    teacher = users[TEACHER]
    Notification.objects.create(
        recipient=teacher,
        to_email=teacher.email,
        kind="welcome",
        language="en",
        subject="Welcome to SIE HUB+",
        body_text="Welcome.",
        link="/en/my/profile/",
    )

    modules = list(Module.objects.published().order_by("pk"))
    done = learning.enrolment_start(module=modules[0], user=teacher)
    for unit in modules[0].units.prefetch_related("questions__choices"):
        right = {
            question.pk: next(c.pk for c in question.choices.all() if c.is_correct)
            for question in unit.questions.all()
        }
        if right:
            learning.answers_submit(enrolment=done, unit=unit, choices=right)
        learning.unit_complete(enrolment=done, unit=unit)
    done.refresh_from_db()
    assert done.completed_at, "the teacher should have completed the first module"
    started = learning.enrolment_start(module=modules[1], user=teacher)
    learning.unit_open(
        enrolment=started, unit=modules[1].units.order_by("position").first()
    )

    sofia = Mobility.objects.get(slug=SOFIA)
    applied = registration_services.registration_apply(
        mobility=sofia,
        member=teacher,
        data={"role": "teacher", "motivation": "To learn from the mediators of Sofia."},
    )
    invited = registration_services.registration_register(
        mobility=sofia,
        coordinator=users[PARTNER],
        partner=Organisation.objects.get(coordinators=users[PARTNER], is_partner=True),
        email="colleague@example.org",
        name="Ana Stojanova",
        language="bg",
        data={"role": "teacher"},
    )
    madrid = Mobility.objects.get(slug=MADRID)
    # The teacher has not evaluated the week yet (the form); another participant has.
    Evaluation.objects.filter(registration__participant=teacher).delete()
    evaluated = (
        Registration.objects.filter(evaluation__isnull=False)
        .select_related("participant")
        .order_by("pk")
        .first()
    )
    evaluated.who = evaluated.participant.email
    hosting.certificates_issue_for(mobility=madrid, issuer=users[HOST])
    attendance = Certificate.objects.filter(source__startswith="mobilities.")
    revoked = attendance.exclude(holder=teacher).order_by("pk").first()
    certificates_revoke(
        certificates=Certificate.objects.filter(pk=revoked.pk),
        reason="Issued by mistake",
    )
    published = Practice.objects.published().order_by("pk").first()
    community = (
        Community.objects.filter(memberships__user=teacher).order_by("pk").first()
    )
    return {
        "users": users,
        "modules": modules,
        "applied": applied,
        "invited": invited,
        "evaluated": evaluated,
        "madrid_registration": Registration.objects.get(
            mobility=madrid, participant=teacher
        ),
        "draft": PracticeFactory(
            author=teacher,
            organisation=teacher.organisation,
            title_en="A draft practice",
        ),
        "published": published,
        "adaptation": Adaptation.objects.filter(status=Status.PUBLISHED)
        .order_by("pk")
        .first(),
        "draft_adaptation": AdaptationFactory(
            practice=published, author=teacher, school=teacher.organisation
        ),
        "completion": Certificate.objects.get(holder=teacher, kind="completion"),
        "revoked": revoked,
        "ready": Compendium.objects.create(
            language="en",
            state=Compendium.State.READY,
            progress=100,
            practice_count=12,
            finished_at=timezone.now(),
        ),
        "running": Compendium.objects.create(
            language="mk", state=Compendium.State.RUNNING, progress=40
        ),
        "community": community,
        "post": post_create(
            community=community, author=teacher, body="Who has tried family breakfasts?"
        ),
    }
