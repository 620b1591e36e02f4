"""The public pages of the mobilities: list, event page, calendar files, and the events
shown on the home page and on an organisation's page."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Permission
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import get_language_info, gettext
from icalendar import Calendar

from conftest import jpeg_upload, warm_site_cache
from inventory.tests.factories import AdaptationFactory, PublishedPracticeFactory
from mobilities.models import (
    Mobility,
    MobilityKind,
    MobilityStatus,
    Photo,
    Quota,
    Registration,
    RegistrationStatus,
    Session,
)
from mobilities.tests.factories import SessionFactory
from network.tests.factories import (
    OrganisationFactory,
    PartnerFactory,
    UserFactory,
    terms,
)
from siehub.models import Area
from siehub.pictures import clean_upload

pytestmark = pytest.mark.django_db

LIST = "/en/mobilities/"
_slugs = iter(range(10_000))


def make_mobility(**fields) -> Mobility:
    """A published event 30 days ahead, open for registration, hosted in Madrid."""
    start = fields.pop("starts_on", timezone.localdate() + dt.timedelta(days=30))
    number = next(_slugs)
    values = {
        "title_en": f"Joint staff training {number}",
        "slug": f"training-{number}",
        "summary_en": "A week of learning from colleagues.",
        "description_en": "Visits to schools.\n\nWorkshops on family outreach.",
        "host": fields.pop("host", None)
        or PartnerFactory(name="C.E.I.P. San Carlos", city="Madrid", country="ES"),
        "venue": "C.E.I.P. San Carlos",
        "address": "Calle de San Carlos 1",
        "city": "Madrid",
        "country": "ES",
        "starts_on": start,
        "ends_on": start + dt.timedelta(days=4),
        "capacity": 18,
        "status": MobilityStatus.PUBLISHED,
    }
    values.update(fields)
    return Mobility.objects.create(**values)


def past_mobility(days_ago: int = 400, **fields) -> Mobility:
    start = timezone.localdate() - dt.timedelta(days=days_ago)
    return make_mobility(starts_on=start, **fields)


def register(mobility, partner, *, status=RegistrationStatus.CONFIRMED, **fields):
    participant = fields.pop("participant", None) or UserFactory()
    extra = {}
    if status == RegistrationStatus.WAITLISTED:
        extra["waitlisted_at"] = timezone.now()
    if status == RegistrationStatus.OFFERED:
        extra["offer_expires_at"] = timezone.now() + dt.timedelta(hours=48)
    return Registration.objects.create(
        mobility=mobility,
        participant=participant,
        sending_partner=partner,
        role=fields.pop("role", "teacher"),
        status=status,
        **extra,
        **fields,
    )


def published_adaptation(**fields):
    now = timezone.now()
    return AdaptationFactory(
        status="published", published_at=now, submitted_at=now, **fields
    )


def staff_with(*codenames):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return user


def titles_in(html: str) -> list[str]:
    return re.findall(
        r'class="mobility-card__title">\s*<a href="[^"]+">([^<]+)</a>', html
    )


# The list ----------------------------------------------------------------------------


class TestList:
    def test_upcoming_soonest_first_above_past_most_recent_first(self, client):
        today = timezone.localdate()
        make_mobility(title_en="Later", starts_on=today + dt.timedelta(days=90))
        make_mobility(title_en="Sooner", starts_on=today + dt.timedelta(days=10))
        # Ends today: still upcoming.
        make_mobility(title_en="Ending today", starts_on=today - dt.timedelta(days=4))
        past_mobility(days_ago=900, title_en="Long ago")
        past_mobility(days_ago=100, title_en="Recently")

        response = client.get(LIST)

        assert response.status_code == 200
        html = response.content.decode()
        upcoming, past = html.split('id="past-title"')
        assert titles_in(upcoming) == ["Ending today", "Sooner", "Later"]
        assert titles_in(past) == ["Recently", "Long ago"]

    def test_open_registration_and_cancellation_have_badges(self, client):
        make_mobility(title_en="Open one")
        make_mobility(title_en="Called off", status=MobilityStatus.CANCELLED)

        html = client.get(LIST).content.decode()

        assert html.count("status-badge--open") == 1
        assert "status-badge--cancelled" in html
        assert "Called off" in html

    def test_drafts_are_listed_only_for_staff_who_manage_mobilities(self, client):
        make_mobility(title_en="Secret plan", status=MobilityStatus.DRAFT)

        assert "Secret plan" not in client.get(LIST).content.decode()
        client.force_login(UserFactory(is_staff=True))
        assert "Secret plan" not in client.get(LIST).content.decode()
        client.force_login(staff_with("change_mobility"))
        html = client.get(LIST).content.decode()
        assert "Secret plan" in html
        assert "status-badge--draft" in html

    def test_filters_by_kind_and_country(self, client):
        make_mobility(title_en="Training in Madrid")
        make_mobility(
            title_en="Meeting in Sofia",
            kind=MobilityKind.PROJECT_MEETING,
            city="Sofia",
            country="BG",
        )

        by_kind = client.get(LIST + "?kind=meeting").content.decode()
        by_country = client.get(LIST + "?country=ES").content.decode()

        assert titles_in(by_kind) == ["Meeting in Sofia"]
        assert titles_in(by_country) == ["Training in Madrid"]

    def test_filters_by_whole_school_area_of_the_shared_vocabulary(self, client):
        parents = make_mobility(title_en="Parents as partners")
        parents.areas.set(terms(Area, ["parental-involvement", "teachers"]))
        make_mobility(title_en="Leading the school").areas.set(
            terms(Area, ["school-governance"])
        )
        make_mobility(title_en="No area given")

        html = client.get(LIST + "?area=parental-involvement").content.decode()
        everything = client.get(LIST).content.decode()

        assert titles_in(html) == ["Parents as partners"]
        assert len(titles_in(everything)) == 3
        # The choices are the core's terms, named in the reader's language.
        assert '<option value="parental-involvement">' in everything
        with translation.override("bg"):
            bulgarian = client.get("/bg/mobilities/").content.decode()
        name = Area.objects.get(slug="parental-involvement").name_bg
        assert f'<option value="parental-involvement">{name}</option>' in bulgarian

    def test_each_section_says_when_it_is_empty_and_why(self, client):
        past_mobility(days_ago=30, title_en="Long done")

        html = client.get(LIST).content.decode()
        upcoming, past = html.split('id="past-title"')
        assert "No event is planned at the moment." in upcoming
        assert "Long done" in past and "empty-state" not in past

        filtered = client.get(LIST + "?kind=meeting").content.decode()
        upcoming, past = filtered.split('id="past-title"')
        assert "No upcoming event matches your filters." in upcoming
        assert "No past event matches your filters." in past

    def test_an_unknown_area_is_ignored_with_a_note(self, client):
        make_mobility(title_en="Still listed")

        response = client.get(LIST + "?area=nowhere")

        assert response.status_code == 200
        html = response.content.decode()
        assert "Still listed" in html and "have been ignored" in html

    def test_country_filter_offers_only_the_countries_of_listed_events(self, client):
        make_mobility(title_en="Training in Madrid")
        make_mobility(
            title_en="Called off in Sofia",
            city="Sofia",
            country="BG",
            status=MobilityStatus.CANCELLED,
        )
        # A draft is not shown to visitors: not a reason to offer its country.
        make_mobility(city="Lisbon", country="PT", status=MobilityStatus.DRAFT)

        html = client.get(LIST).content.decode()

        select = html[html.index('name="country"') :]
        select = select[: select.index("</select>")]
        assert re.findall(r'<option value="(\w*)"', select) == ["", "BG", "ES"]

    @pytest.mark.parametrize(
        "query", ["?kind=party", "?country=XX", "?kind[]=1&country=%00", "?page=abc"]
    )
    def test_bad_filter_values_are_ignored_with_a_note(self, client, query):
        make_mobility(title_en="Still listed")

        response = client.get(LIST + query)

        assert response.status_code == 200
        html = response.content.decode()
        assert "Still listed" in html
        if "page" not in query and "kind[]" not in query:
            assert "have been ignored" in html

    def test_past_events_are_paginated_and_upcoming_shown_on_the_first_page(
        self, client
    ):
        make_mobility(title_en="Coming up")
        for days in range(13):
            past_mobility(days_ago=100 + days)

        first = client.get(LIST).content.decode()
        second = client.get(LIST + "?page=2").content.decode()

        assert len(titles_in(first)) == 1 + 12
        assert "Coming up" in first
        assert len(titles_in(second)) == 1
        assert "Coming up" not in second
        assert 'href="?page=2"' in first

    def test_query_count_does_not_grow_with_events(
        self, client, django_assert_max_num_queries, django_assert_num_queries
    ):
        host = PartnerFactory()
        make_mobility(host=host)
        past_mobility(host=host)
        warm_site_cache()
        with django_assert_max_num_queries(10) as few:
            client.get(LIST + "?country=ES")
        for _ in range(6):
            make_mobility(host=PartnerFactory())
            past_mobility(host=PartnerFactory())
        with django_assert_num_queries(len(few.captured_queries)):
            html = client.get(LIST + "?country=ES").content.decode()
        assert len(titles_in(html)) == 14


# The event page ----------------------------------------------------------------------


class TestVisibility:
    def test_draft_is_a_404_for_visitors_members_and_other_staff(self, client):
        mobility = make_mobility(status=MobilityStatus.DRAFT)
        url = mobility.get_absolute_url()

        assert client.get(url).status_code == 404
        client.force_login(UserFactory())
        assert client.get(url).status_code == 404
        client.force_login(UserFactory(is_staff=True))
        assert client.get(url).status_code == 404

    def test_draft_is_shown_to_staff_who_manage_mobilities_with_a_notice(self, client):
        mobility = make_mobility(status=MobilityStatus.DRAFT)
        client.force_login(staff_with("view_mobility"))

        response = client.get(mobility.get_absolute_url())

        assert response.status_code == 200
        assert "This event is a draft" in response.content.decode()

    def test_draft_is_shown_to_the_host_coordinators(self, client):
        mobility = make_mobility(status=MobilityStatus.DRAFT)
        coordinator = UserFactory()
        mobility.host.coordinators.add(coordinator)
        client.force_login(coordinator)

        assert client.get(mobility.get_absolute_url()).status_code == 200

    def test_cancelled_event_says_so_and_offers_no_registration(self, client):
        mobility = make_mobility(status=MobilityStatus.CANCELLED)

        html = client.get(mobility.get_absolute_url()).content.decode()

        assert "This event has been cancelled." in html
        assert "Log in to apply" not in html
        assert 'id="registration-title"' not in html

    def test_unknown_slug_is_a_404(self, client):
        assert client.get("/en/mobilities/no-such-event/").status_code == 404


class TestDetail:
    def test_shows_description_host_venue_and_dates(self, client):
        mobility = make_mobility(
            starts_on=dt.date(2031, 9, 3),
            ends_on=dt.date(2031, 9, 9),
            title_en="Initiating positive change",
        )

        html = client.get(mobility.get_absolute_url()).content.decode()

        assert "Initiating positive change</h1>" in html
        assert "<p>Visits to schools.</p>" in html
        assert (
            f'href="/en/organisations/{mobility.host.slug}/">C.E.I.P. San Carlos'
            in html
        )
        assert "Calle de San Carlos 1" in html
        assert "Joint staff training event" in html
        assert '<time datetime="2031-09-03">' in html
        assert '<time datetime="2031-09-09">' in html

    def test_names_the_whole_school_areas_it_works_on(self, client):
        mobility = make_mobility(title_en="Parents as partners")
        bare = make_mobility(title_en="Nothing said")
        mobility.areas.set(terms(Area, ["teachers", "parental-involvement"]))

        html = client.get(mobility.get_absolute_url()).content.decode()
        bare_html = client.get(bare.get_absolute_url()).content.decode()

        assert "<dt>Whole-school areas</dt><dd>Teachers, Parental involvement</dd>" in (
            html
        )
        assert "Whole-school areas" not in bare_html

    def test_shows_the_visitor_language_or_the_original_with_a_note(self, client):
        mobility = make_mobility(
            title_en="Initiating positive change",
            title_mk="Иницирање позитивна промена",
            description_mk="Посети на училишта.",
            summary_mk="Една недела учење од колегите.",
            venue_mk="Основно училиште „Сан Карлос“",
            city_mk="Мадрид",
        )
        untranslated = make_mobility(title_en="Only in English", title_bg="")

        mk = client.get(f"/mk/mobilities/{mobility.slug}/").content.decode()
        bg = client.get(f"/bg/mobilities/{untranslated.slug}/").content.decode()

        assert "Иницирање позитивна промена</h1>" in mk
        assert "Посети на училишта." in mk
        assert "translation-note" not in mk
        assert 'lang="en">Only in English</h1>' in bg
        assert 'class="translation-note translation-notice"' in bg

    def test_programme_and_venue_in_the_readers_language_or_marked(self, client):
        mobility = make_mobility(
            title_bg="Обучение", venue_en="Training hall", venue_bg="Учебна зала"
        )
        SessionFactory(
            mobility=mobility,
            title_en="Welcome",
            title_bg="Добре дошли",
            description_en="Who we are.",
            location_en="Library",
            location_bg="Библиотека",
        )

        bg = client.get(f"/bg/mobilities/{mobility.slug}/").content.decode()
        es = client.get(f"/es/mobilities/{mobility.slug}/").content.decode()

        assert "<dd>Учебна зала</dd>" in bg
        assert ">Библиотека</span>" in bg
        # The description has no Bulgarian: shown in English, said so, marked English.
        assert (
            '<div class="prose prose--small" lang="en"><p>Who we are.</p></div>' in bg
        )
        with translation.override("bg"):
            language = str(get_language_info("en")["name_translated"])
            note = gettext("Not yet translated: shown in %(languages)s.")
        assert note % {"languages": language} in bg
        # Nothing in Spanish: the venue and place in English, marked as such.
        assert '<dd lang="en">Training hall</dd>' in es
        assert '<span lang="en">Library</span>' in es

    def test_visitor_is_invited_to_log_in_to_apply(self, client):
        mobility = make_mobility()

        html = client.get(mobility.get_absolute_url()).content.decode()

        assert "Log in to apply" in html
        assert f"/en/accounts/login/?next=/en/mobilities/{mobility.slug}/" in html

    def test_member_gets_the_apply_link_while_registration_is_open(self, member_client):
        mobility = make_mobility()
        try:
            apply_url = reverse(
                "mobilities:registration-apply", kwargs={"slug": mobility.slug}
            )
        except NoReverseMatch:
            pytest.skip("the registration pages are not installed yet")

        html = member_client.get(mobility.get_absolute_url()).content.decode()

        assert f'href="{apply_url}">Apply</a>' in html
        assert "Log in to apply" not in html

    def test_member_sees_their_own_registration_instead_of_apply(
        self, member_client, member
    ):
        mobility = make_mobility()
        partner = PartnerFactory()
        register(mobility, partner, participant=member, status="waitlisted")

        html = member_client.get(mobility.get_absolute_url()).content.decode()

        assert "Your registration: On the waiting list." in html
        assert ">Apply</a>" not in html

    def test_coordinators_of_a_sending_partner_and_of_the_host_get_their_links(
        self, client
    ):
        mobility = make_mobility()
        partner = PartnerFactory()
        Quota.objects.create(mobility=mobility, partner=partner, seats=2)
        coordinator = UserFactory()
        partner.coordinators.add(coordinator)
        host_coordinator = UserFactory()
        mobility.host.coordinators.add(host_coordinator)
        links = {}
        for name in ("coordination-event", "host-event"):
            try:
                links[name] = reverse(
                    f"mobilities:{name}", kwargs={"slug": mobility.slug}
                )
            except NoReverseMatch:
                pytest.skip("the coordination and host pages are not installed yet")

        client.force_login(coordinator)
        as_partner = client.get(mobility.get_absolute_url()).content.decode()
        client.force_login(host_coordinator)
        as_host = client.get(mobility.get_absolute_url()).content.decode()
        client.force_login(UserFactory())
        as_member = client.get(mobility.get_absolute_url()).content.decode()

        assert f'href="{links["coordination-event"]}"' in as_partner
        assert f'href="{links["host-event"]}"' not in as_partner
        assert f'href="{links["host-event"]}"' in as_host
        assert "For coordinators" not in as_member

    def test_registration_not_yet_open_says_when_it_opens(self, client):
        opens = timezone.localdate() + dt.timedelta(days=5)
        mobility = make_mobility(registration_opens_on=opens)

        html = client.get(mobility.get_absolute_url()).content.decode()

        assert "Registration opens on" in html
        assert "Log in to apply" not in html

    def test_registration_window_runs_from_midnight_to_midnight_at_the_venue(self):
        sofia = ZoneInfo("Europe/Sofia")
        mobility = make_mobility(
            timezone="Europe/Sofia",
            starts_on=dt.date(2031, 4, 6),
            ends_on=dt.date(2031, 4, 10),
            registration_opens_on=dt.date(2031, 2, 1),
            registration_closes_on=dt.date(2031, 3, 1),
        )

        def at(*args):
            return dt.datetime(*args, tzinfo=sofia)

        assert not mobility.is_registration_open(at(2031, 1, 31, 23, 59))
        assert mobility.is_registration_open(at(2031, 2, 1, 0, 0))
        assert mobility.is_registration_open(at(2031, 3, 1, 23, 59))
        # Midnight in Sofia is 23:00 of the same day in Skopje, the site's time zone.
        assert not mobility.is_registration_open(at(2031, 3, 2, 0, 0))

    def test_registration_window_is_shown_as_days_without_a_time(self, client):
        mobility = make_mobility(
            timezone="Europe/Sofia",
            registration_opens_on=timezone.localdate() - dt.timedelta(days=3),
            registration_closes_on=dt.date(2031, 3, 1),
            starts_on=dt.date(2031, 4, 6),
        )
        html = client.get(f"/mk/mobilities/{mobility.slug}/").content.decode()
        assert '<time datetime="2031-03-01">1 март 2031</time>' in html
        assert "23:00" not in html

    def test_registration_closed_says_so(self, client):
        mobility = make_mobility(
            registration_opens_on=timezone.localdate() - dt.timedelta(days=10),
            registration_closes_on=timezone.localdate() - dt.timedelta(days=1),
        )

        html = client.get(mobility.get_absolute_url()).content.decode()

        assert "Registration is closed." in html
        assert "Log in to apply" not in html

    @pytest.mark.parametrize(
        ("language", "heading"),
        [
            ("mk", "Среда, 3 септември 2031"),
            ("bg", "Сряда, 3 септември 2031 г."),
            ("es", "Miércoles, 3 de septiembre de 2031"),
            ("en", "Wednesday, 3 September 2031"),
        ],
    )
    def test_programme_days_start_with_the_weekday_alike_in_every_language(
        self, client, language, heading
    ):
        mobility = make_mobility(starts_on=dt.date(2031, 9, 3))
        Session.objects.create(
            mobility=mobility,
            day=dt.date(2031, 9, 3),
            starts_at=dt.time(9, 30),
            title_en="Welcome and introductions",
        )
        html = client.get(f"/{language}{mobility.get_absolute_url()[3:]}")
        assert (
            f'<time datetime="2031-09-03">{heading}</time></h3>'
            in html.content.decode()
        )

    def test_programme_groups_sessions_by_day_with_practices_presented(self, client):
        mobility = make_mobility(starts_on=dt.date(2031, 9, 3))
        shown = PublishedPracticeFactory(title_en="Family breakfasts")
        hidden = PublishedPracticeFactory(title_en="Unpublished idea", status="draft")
        first = Session.objects.create(
            mobility=mobility,
            day=dt.date(2031, 9, 3),
            starts_at=dt.time(9, 30),
            ends_at=dt.time(11, 0),
            title_en="Welcome and introductions",
            description_en="Who we are.",
            facilitator="Carmen Ruiz",
            location="Library",
        )
        first.practices.add(shown, hidden)
        Session.objects.create(
            mobility=mobility,
            day=dt.date(2031, 9, 3),
            starts_at=dt.time(12, 0),
            title_en="School visit",
        )
        Session.objects.create(
            mobility=mobility,
            day=dt.date(2031, 9, 4),
            starts_at=dt.time(9, 0),
            title_en="Workshop",
        )

        html = client.get(mobility.get_absolute_url()).content.decode()

        programme = html.split('id="programme-title"')[1].split('id="seats-title"')[0]
        assert programme.count('class="programme-day"') == 2
        assert programme.index("Welcome and introductions") < programme.index(
            "School visit"
        )
        assert programme.index("School visit") < programme.index("Workshop")
        assert '<time datetime="09:30">' in programme
        assert "Facilitated by Carmen Ruiz" in programme
        assert "Library" in programme
        assert f'href="{shown.get_absolute_url()}">Family breakfasts</a>' in programme
        assert "Unpublished idea" not in programme

    def test_seats_table_counts_seats_taken_left_and_waiting_per_partner(self, client):
        mobility = make_mobility()
        bitola = PartnerFactory(name="Bitola partner")
        sofia = PartnerFactory(name="Sofia partner")
        Quota.objects.create(mobility=mobility, partner=bitola, seats=3)
        Quota.objects.create(mobility=mobility, partner=sofia, seats=2)
        register(mobility, bitola)
        register(mobility, bitola)
        register(mobility, bitola, status=RegistrationStatus.OFFERED)
        register(mobility, bitola, status=RegistrationStatus.WAITLISTED)
        register(mobility, bitola, status=RegistrationStatus.CANCELLED)
        register(mobility, sofia, status=RegistrationStatus.PENDING)
        register(mobility, sofia, status=RegistrationStatus.DECLINED)

        response = client.get(mobility.get_absolute_url())

        rows = {row["partner"].name: row for row in response.context["seat_rows"]}
        assert rows["Bitola partner"] | {"partner": None} == {
            "partner": None,
            "seats": 3,
            "taken": 3,
            "left": 0,
            "waiting": 1,
        }
        assert (rows["Sofia partner"]["taken"], rows["Sofia partner"]["left"]) == (0, 2)
        assert response.context["seat_totals"] == {
            "seats": 5,
            "taken": 3,
            "left": 2,
            "waiting": 1,
        }
        html = response.content.decode()
        assert '<th scope="col" class="table__number">Left</th>' in html
        assert "2 confirmed participants." in html

    def test_public_participants_are_confirmed_ones_who_consented(self, client):
        mobility = make_mobility()
        partner = PartnerFactory(name="Bitola partner")
        school = OrganisationFactory(name="OOU Goce Delchev", partner=partner)
        listed = register(
            mobility,
            partner,
            school=school,
            listed_publicly=True,
            role="headteacher",
            special_needs="Wheelchair access, please",
            participant=UserFactory(first_name="Vesna", last_name="Listed"),
        )
        register(
            mobility,
            partner,
            participant=UserFactory(first_name="Quiet", last_name="Unlisted"),
        )
        register(
            mobility,
            partner,
            status=RegistrationStatus.WAITLISTED,
            listed_publicly=True,
            participant=UserFactory(first_name="Waiting", last_name="Listed"),
        )
        register(
            mobility,
            partner,
            status=RegistrationStatus.CANCELLED,
            listed_publicly=True,
            participant=UserFactory(first_name="Gone", last_name="Listed"),
        )

        html = client.get(mobility.get_absolute_url()).content.decode()

        participants = html.split('id="participants-title"')[1]
        assert "Vesna Listed" in participants
        assert "Headteacher or deputy" in participants
        assert "OOU Goce Delchev" in participants
        for name in ("Quiet", "Waiting", "Gone"):
            assert name not in participants
        assert "2 confirmed participants." in participants
        assert listed.participant.email not in html
        assert "@example.org" not in html
        assert "Wheelchair" not in html

    def test_participant_without_a_name_is_never_shown_by_email(self, client):
        mobility = make_mobility()
        partner = PartnerFactory()
        register(
            mobility,
            partner,
            listed_publicly=True,
            participant=UserFactory(first_name="", last_name=""),
        )

        html = client.get(mobility.get_absolute_url()).content.decode()

        assert "@example.org" not in html
        assert "a member" in html

    def test_after_the_event_shows_report_photos_and_published_outputs(self, client):
        mobility = past_mobility(report_en="<p>We visited five schools.</p>")
        photo = Photo.objects.create(
            mobility=mobility,
            image=clean_upload(jpeg_upload("workshop.jpg")).file,
            alt_text_en="Teachers around a table with posters",
            caption_en="The family outreach workshop",
            credit="Carmen Ruiz",
        )
        practice = PublishedPracticeFactory(title_en="Welcome class")
        draft = PublishedPracticeFactory(title_en="Draft output", status="draft")
        adaptation = published_adaptation(title_en="Welcome class in Bitola")
        mobility.outputs_practices.add(practice, draft)
        mobility.outputs_adaptations.add(adaptation)

        html = client.get(mobility.get_absolute_url()).content.decode()

        assert "<p>We visited five schools.</p>" in html
        assert 'alt="Teachers around a table with posters" loading="lazy"' in html
        assert f'src="{photo.image.url}"' in html
        assert photo.image.url.startswith("/media/mobilities/photos/")
        assert "The family outreach workshop" in html
        assert "Photo: Carmen Ruiz" in html
        assert f'href="{practice.get_absolute_url()}">Welcome class</a>' in html
        assert "Draft output" not in html
        assert f'href="{adaptation.get_absolute_url()}">Welcome class in Bitola' in html
        assert 'id="registration-title"' not in html

    def test_report_is_not_shown_before_the_event(self, client):
        mobility = make_mobility(report_en="Written too early.")

        assert (
            "Written too early."
            not in client.get(mobility.get_absolute_url()).content.decode()
        )

    def test_links_to_both_calendar_files(self, client):
        mobility = make_mobility()
        Session.objects.create(
            mobility=mobility,
            day=mobility.starts_on,
            starts_at=dt.time(9),
            title_en="A",
        )

        html = client.get(mobility.get_absolute_url()).content.decode()

        assert f'href="/en/mobilities/{mobility.slug}/event.ics"' in html
        assert f'href="/en/mobilities/{mobility.slug}/programme.ics"' in html

    def test_query_count_does_not_grow_with_sessions_quotas_participants_photos(
        self, client, django_assert_max_num_queries, django_assert_num_queries
    ):
        mobility = past_mobility(days_ago=10)

        def add_one():
            partner = PartnerFactory()
            Quota.objects.create(mobility=mobility, partner=partner, seats=3)
            register(
                mobility, partner, listed_publicly=True, school=OrganisationFactory()
            )
            register(mobility, partner, status=RegistrationStatus.WAITLISTED)
            session = Session.objects.create(
                mobility=mobility,
                day=mobility.starts_on,
                starts_at=dt.time(9),
                title_en="Session",
            )
            session.practices.add(
                PublishedPracticeFactory(), PublishedPracticeFactory()
            )
            Photo.objects.create(
                mobility=mobility,
                image=clean_upload(jpeg_upload()).file,
                alt_text_en="A",
            )
            mobility.outputs_practices.add(PublishedPracticeFactory())
            mobility.outputs_adaptations.add(published_adaptation())

        add_one()
        client.force_login(UserFactory())
        warm_site_cache()
        with django_assert_max_num_queries(20) as few:
            client.get(mobility.get_absolute_url())
        for _ in range(5):
            add_one()
        with django_assert_num_queries(len(few.captured_queries)):
            response = client.get(mobility.get_absolute_url())
        assert len(response.context["participants"]) == 6
        assert len(response.context["photos"]) == 6


# Calendar files ----------------------------------------------------------------------


class TestCalendarFiles:
    def test_event_file_is_a_text_calendar_attachment(self, client):
        mobility = make_mobility(title_en="Initiating positive change")

        response = client.get(f"/en/mobilities/{mobility.slug}/event.ics")

        assert response.status_code == 200
        assert response["Content-Type"] == "text/calendar; charset=utf-8"
        assert response["Content-Disposition"] == (
            f'attachment; filename="{mobility.slug}.ics"'
        )
        [event] = Calendar.from_ical(response.content).walk("VEVENT")
        assert str(event["SUMMARY"]) == "Initiating positive change"

    def test_programme_file_has_the_sessions_in_the_page_language(self, client):
        mobility = make_mobility(title_mk="Обука")
        for hour in (9, 11, 14):
            Session.objects.create(
                mobility=mobility,
                day=mobility.starts_on,
                starts_at=dt.time(hour),
                title_en=f"Session at {hour}",
                title_mk=f"Сесија во {hour}",
            )

        response = client.get(f"/mk/mobilities/{mobility.slug}/programme.ics")

        assert response["Content-Disposition"] == (
            f'attachment; filename="{mobility.slug}-programme.ics"'
        )
        events = Calendar.from_ical(response.content).walk("VEVENT")
        assert [str(e["SUMMARY"]) for e in events] == [
            "Обука",
            "Сесија во 9",
            "Сесија во 11",
            "Сесија во 14",
        ]

    def test_calendar_of_a_draft_is_a_404(self, client):
        mobility = make_mobility(status=MobilityStatus.DRAFT)

        assert (
            client.get(f"/en/mobilities/{mobility.slug}/event.ics").status_code == 404
        )
        assert (
            client.get(f"/en/mobilities/{mobility.slug}/programme.ics").status_code
            == 404
        )

    def test_calendar_files_answer_only_get(self, client):
        mobility = make_mobility()

        assert (
            client.post(f"/en/mobilities/{mobility.slug}/event.ics").status_code == 405
        )


# Home and organisation pages ---------------------------------------------------------


class TestHomePage:
    def test_shows_up_to_three_upcoming_published_events_soonest_first(self, client):
        today = timezone.localdate()
        for days in (40, 10, 20, 30):
            make_mobility(
                title_en=f"In {days} days", starts_on=today + dt.timedelta(days=days)
            )
        make_mobility(title_en="A draft", status=MobilityStatus.DRAFT)
        make_mobility(title_en="Called off", status=MobilityStatus.CANCELLED)
        past_mobility(title_en="Over")

        response = client.get("/en/")

        assert [m.title for m in response.context["upcoming_mobilities"]] == [
            "In 10 days",
            "In 20 days",
            "In 30 days",
        ]
        html = response.content.decode()
        assert "In 40 days" not in html
        assert "A draft" not in html
        assert "Called off" not in html
        assert "Registration open" in html
        assert 'href="/en/mobilities/"' in html

    def test_shows_the_title_in_the_visitor_language(self, client):
        make_mobility(title_en="Positive change", title_es="Cambio positivo")

        html = client.get("/es/").content.decode()

        assert "Cambio positivo</a>" in html

    def test_one_query_for_the_upcoming_events(
        self, client, django_assert_max_num_queries, django_assert_num_queries
    ):
        make_mobility()
        warm_site_cache()
        with django_assert_max_num_queries(10) as few:
            client.get("/en/")
        for _ in range(4):
            make_mobility()
        with django_assert_num_queries(len(few.captured_queries)):
            client.get("/en/")


class TestOrganisationPage:
    def test_lists_events_hosted_and_sent_to_once_each(self, client):
        partner = PartnerFactory(name="Sofia partner")
        school = OrganisationFactory(partner=partner)
        hosted = make_mobility(host=partner, title_en="Hosted in Sofia")
        visited = past_mobility(title_en="Visited Madrid")
        register(visited, partner)
        register(visited, partner)
        from_school = make_mobility(title_en="School went")
        register(from_school, PartnerFactory(), school=school)
        declined = make_mobility(title_en="Declined trip")
        register(declined, partner, status=RegistrationStatus.DECLINED)
        draft = make_mobility(host=partner, title_en="Draft here", status="draft")

        partner_html = client.get(partner.get_absolute_url()).content.decode()
        school_html = client.get(school.get_absolute_url()).content.decode()

        section = partner_html.split('id="organisation-mobilities"')[1]
        assert section.count("Hosted in Sofia") == 1
        assert section.count("Visited Madrid") == 1
        assert "Declined trip" not in section
        assert draft.title not in section
        assert hosted.get_absolute_url() in section
        assert "hosted" in section and "sent participants" in section
        assert "School went" in school_html.split('id="organisation-mobilities"')[1]

    def test_query_count_does_not_grow_with_events(
        self, client, django_assert_max_num_queries, django_assert_num_queries
    ):
        partner = PartnerFactory()
        make_mobility(host=partner)
        warm_site_cache()
        with django_assert_max_num_queries(20) as few:
            client.get(partner.get_absolute_url())
        for _ in range(4):
            make_mobility(host=partner)
            register(past_mobility(), partner)
        with django_assert_num_queries(len(few.captured_queries)):
            response = client.get(partner.get_absolute_url())
        assert len(response.context["mobilities"]) == 9
