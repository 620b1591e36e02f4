"""Learning: enrolment, units, progress and resume, self-assessment and the pass mark,
completion (with its certificate), "My learning", and constant query counts."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from conftest import warm_site_cache
from siehub.models import Certificate
from training.models import Answer, Enrolment, UnitProgress
from training.services import learning as services
from training.views.learning import video_link

from .factories import (
    DraftModuleFactory,
    EnrolmentFactory,
    ModuleFactory,
    QuestionFactory,
    UnitFactory,
    right_choice,
    understanding_early_school_leaving,
    wrong_choice,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def unit_url(unit, name="training:unit-detail"):
    return reverse(name, kwargs={"slug": unit.module.slug, "position": unit.position})


def answer_all(enrolment, unit, *, right=True):
    pick = right_choice if right else wrong_choice
    return services.answers_submit(
        enrolment=enrolment,
        unit=unit,
        choices={q.pk: pick(q).pk for q in unit.questions.all()},
    )


def complete_all(enrolment):
    for unit in enrolment.module.units.all():
        enrolment = services.unit_complete(enrolment=enrolment, unit=unit)
    return enrolment


# Enrolment --------------------------------------------------------------------------------


def test_enrolling_twice_returns_the_same_enrolment(member):
    module = ModuleFactory(units=1)
    first = services.enrolment_start(module=module, user=member)
    assert services.enrolment_start(module=module, user=member) == first
    assert Enrolment.objects.count() == 1


def test_a_draft_takes_no_enrolment(member):
    with pytest.raises(ValidationError):
        services.enrolment_start(module=DraftModuleFactory(), user=member)


def test_enrol_view_enrols_and_opens_the_first_unit(member_client, member):
    module = ModuleFactory(units=2)
    url = reverse("training:module-enrol", kwargs={"slug": module.slug})
    assert member_client.get(url).status_code == 405
    response = member_client.post(url)
    assert response.status_code == 302
    assert response.url == unit_url(module.units.get(position=1))
    member_client.post(url)
    assert Enrolment.objects.filter(user=member, module=module).count() == 1


def test_anonymous_visitor_is_sent_to_log_in(client):
    module = ModuleFactory(units=1)
    response = client.post(reverse("training:module-enrol", args=[module.slug]))
    assert response.status_code == 302
    assert "login" in response.url
    response = client.get(unit_url(module.units.get()))
    assert response.status_code == 302
    assert "login" in response.url


# Units and progress -----------------------------------------------------------------------


def test_units_need_an_enrolment(member_client, member):
    module = ModuleFactory(units=1)
    unit = module.units.get()
    response = member_client.get(unit_url(unit))
    assert response.status_code == 302
    assert response.url == module.get_absolute_url()
    response = member_client.post(unit_url(unit, "training:unit-complete"))
    assert response.url == module.get_absolute_url()
    assert not UnitProgress.objects.exists()
    response = member_client.get(module.get_absolute_url())
    assert "Enrol in this module to follow its units." in response.content.decode()


def test_cannot_complete_a_unit_of_another_module(member):
    enrolment = EnrolmentFactory(user=member)
    other = UnitFactory()
    with pytest.raises(ValidationError):
        services.unit_complete(enrolment=enrolment, unit=other)
    with pytest.raises(ValidationError):
        services.unit_open(enrolment=enrolment, unit=other)
    assert not UnitProgress.objects.exists()


def test_unit_page_shows_body_video_link_navigation_and_progress(member_client, member):
    module = ModuleFactory(units=3)
    EnrolmentFactory(user=member, module=module)
    unit = module.units.get(position=2)
    unit.body_en = "<p>Safe</p><script>alert(1)</script>"
    unit.video_url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    unit.save()
    response = member_client.get(unit_url(unit))
    assert response.status_code == 200
    content = response.content.decode()
    assert "<p>Safe</p>" in content
    assert "<script>alert(1)</script>" not in content
    assert "Play the video (YouTube)" in content
    # The player loads only when the member presses play (site.js).
    assert "<iframe" not in content
    assert 'data-video-embed="https://www.youtube-nocookie.com/embed/' in content
    assert 'rel="prev"' in content
    assert 'rel="next"' in content
    assert '<progress value="0" max="3"' in content
    assert "Mark this unit complete" in content


def test_a_known_host_is_a_click_to_load_video_and_others_a_link():
    link = video_link("https://youtu.be/dQw4w9WgXcQ")
    assert link["platform"] == "YouTube"
    assert link["video"].embed_url.startswith(
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    )
    assert video_link("https://vimeo.com/12345")["video"].provider == "vimeo"
    other = video_link("https://example.org/film.mp4")
    assert (other["platform"], other["video"]) == ("example.org", None)


def test_opening_a_unit_is_where_the_member_resumes(member_client, member):
    module = ModuleFactory(units=3)
    enrolment = EnrolmentFactory(user=member, module=module)
    page = member_client.get(module.get_absolute_url())
    # Nothing opened yet: the first unit not completed.
    assert page.context["resume_unit"].position == 1
    services.unit_complete(enrolment=enrolment, unit=module.units.get(position=1))
    assert (
        member_client.get(module.get_absolute_url()).context["resume_unit"].position
        == 2
    )
    third = module.units.get(position=3)
    member_client.get(unit_url(third))
    enrolment.refresh_from_db()
    assert enrolment.last_unit == third
    response = member_client.get(module.get_absolute_url())
    assert response.context["resume_unit"] == third
    assert unit_url(third) in response.content.decode()


def test_marking_complete_moves_on_and_completes_only_with_all_units(
    member_client, member
):
    module = ModuleFactory(units=2)
    enrolment = EnrolmentFactory(user=member, module=module)
    first, second = module.units.order_by("position")
    response = member_client.post(unit_url(first, "training:unit-complete"))
    assert response.url == unit_url(second)
    member_client.post(unit_url(first, "training:unit-complete"))
    assert UnitProgress.objects.filter(enrolment=enrolment).count() == 1
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    response = member_client.post(unit_url(second, "training:unit-complete"))
    assert response.url == module.get_absolute_url()
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert Certificate.objects.filter(pk=enrolment.certificate_id).exists()


def test_completion_is_recorded_once(member):
    module = ModuleFactory(units=1)
    enrolment = EnrolmentFactory(user=member, module=module)
    done = complete_all(enrolment)
    completed_at = done.completed_at
    again = services.unit_complete(enrolment=done, unit=module.units.get())
    assert again.completed_at == completed_at
    assert Certificate.objects.count() == 1


# Self-assessment and the pass mark --------------------------------------------------------


def test_score_is_the_share_of_the_module_questions_answered_right(member):
    module = ModuleFactory(units=2, units__questions=2)
    enrolment = EnrolmentFactory(user=member, module=module)
    assert services.enrolment_score(enrolment) == 0
    first, second = module.units.order_by("position")
    answer_all(enrolment, first)
    assert services.enrolment_score(enrolment) == 50
    assert (
        services.enrolment_score(EnrolmentFactory(module=ModuleFactory(units=1)))
        is None
    )


def test_below_the_pass_mark_is_not_complete_and_retrying_passes(member_client, member):
    module = understanding_early_school_leaving()
    enrolment = EnrolmentFactory(user=member, module=module)
    _first, second, third = module.units.order_by("position")
    answer_all(enrolment, second, right=True)
    answer_all(enrolment, third, right=False)
    enrolment = complete_all(enrolment)
    assert enrolment.score == 50
    assert enrolment.completed_at is None
    assert not Certificate.objects.exists()
    content = member_client.get(module.get_absolute_url()).content.decode()
    assert "below the pass mark of 70%" in content
    assert unit_url(third) + "#self-assessment" in content
    # Retry: the latest answer counts.
    question = third.questions.get()
    response = member_client.post(
        unit_url(third, "training:unit-answer"),
        {f"question_{question.pk}": right_choice(question).pk},
    )
    assert response.status_code == 200
    assert "Right." in response.content.decode()
    assert Answer.objects.filter(enrolment=enrolment).count() == 2
    enrolment.refresh_from_db()
    assert enrolment.score == 100
    assert enrolment.completed_at is not None
    assert enrolment.certificate_id is not None


def test_passing_the_questions_before_the_last_unit_completes_with_it(member):
    module = ModuleFactory(units=2, units__questions=1, pass_mark=100)
    enrolment = EnrolmentFactory(user=member, module=module)
    for unit in module.units.all():
        answer_all(enrolment, unit)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert complete_all(enrolment).completed_at is not None


def test_answering_shows_feedback_with_the_explanation(member_client, member):
    module = ModuleFactory(units=1)
    unit = module.units.get()
    question = QuestionFactory(unit=unit, explanation_en="Absences come first.")
    EnrolmentFactory(user=member, module=module)
    response = member_client.post(
        unit_url(unit, "training:unit-answer"),
        {f"question_{question.pk}": wrong_choice(question).pk},
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Not quite." in content
    assert "Absences come first." in content
    assert "You answered 0 of 1 question right." in content
    assert "<legend" in content and "<fieldset" in content


@pytest.mark.parametrize("bad", ["missing", "other-question", "not-a-number"])
def test_bad_answers_are_a_400_that_keeps_what_was_chosen(member_client, member, bad):
    module = ModuleFactory(units=1)
    unit = module.units.get()
    one, two = QuestionFactory(unit=unit), QuestionFactory(unit=unit)
    other = QuestionFactory()
    EnrolmentFactory(user=member, module=module)
    kept = wrong_choice(one)
    data = {f"question_{one.pk}": kept.pk}
    if bad == "other-question":
        data[f"question_{two.pk}"] = right_choice(other).pk
    elif bad == "not-a-number":
        data[f"question_{two.pk}"] = "abc"
    response = member_client.post(unit_url(unit, "training:unit-answer"), data)
    assert response.status_code == 400
    content = response.content.decode()
    if bad == "missing":
        assert "Please choose an answer to this question." in content
    else:
        assert "That answer is not one of the choices of this question." in content
    assert f'value="{kept.pk}" checked' in content
    assert not Answer.objects.exists()


def test_answers_of_a_unit_need_every_question_and_their_own_choices(member):
    module = ModuleFactory(units=1)
    unit = module.units.get()
    one, two = QuestionFactory(unit=unit), QuestionFactory(unit=unit)
    enrolment = EnrolmentFactory(user=member, module=module)
    with pytest.raises(ValidationError):
        services.answers_submit(
            enrolment=enrolment, unit=unit, choices={one.pk: right_choice(one).pk}
        )
    with pytest.raises(ValidationError):
        services.answers_submit(
            enrolment=enrolment,
            unit=unit,
            choices={one.pk: right_choice(two).pk, two.pk: right_choice(two).pk},
        )
    assert not Answer.objects.exists()


def test_answers_need_an_enrolment(member_client):
    module = ModuleFactory(units=1, units__questions=1)
    unit = module.units.get()
    question = unit.questions.get()
    response = member_client.post(
        unit_url(unit, "training:unit-answer"),
        {f"question_{question.pk}": right_choice(question).pk},
    )
    assert response.status_code == 302
    assert not Answer.objects.exists()


# My learning ------------------------------------------------------------------------------


def test_my_learning_lists_progress_score_and_certificate(member_client, member):
    done = EnrolmentFactory(user=member, module=ModuleFactory(units=1, title_en="Done"))
    complete_all(done)
    going = EnrolmentFactory(user=member, module=ModuleFactory(units=3))
    services.unit_complete(enrolment=going, unit=going.module.units.first())
    EnrolmentFactory(module=ModuleFactory(title_en="Someone else's"))
    response = member_client.get(reverse("training:my-learning"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "1 of 3 units completed" in content
    assert "1 of 1 unit completed" in content
    assert "Completed on" in content
    assert "Someone else" not in content
    assert (
        reverse("training:certificate-download", kwargs={"slug": done.module.slug})
        in content
    )


def test_my_learning_says_so_before_the_first_enrolment(member_client):
    html = member_client.get(reverse("training:my-learning")).content.decode()
    assert "You have not enrolled in a module yet." in html
    assert "card-grid" not in html


def test_my_learning_needs_a_login(client):
    assert client.get(reverse("training:my-learning")).status_code == 302


def test_my_learning_query_count_does_not_grow(
    member_client, member, django_assert_num_queries
):
    EnrolmentFactory(user=member)
    warm_site_cache()
    with django_assert_num_queries(6):
        member_client.get(reverse("training:my-learning"))
    for _ in range(4):
        EnrolmentFactory(user=member, module=ModuleFactory(units=3))
    with django_assert_num_queries(6):
        response = member_client.get(reverse("training:my-learning"))
    assert len(response.context["enrolments"]) == 5


def test_unit_page_query_count_does_not_grow_with_questions(
    member_client, member, django_assert_num_queries
):
    small = ModuleFactory(units=1, units__questions=1)
    EnrolmentFactory(user=member, module=small)
    url = unit_url(small.units.get())
    # session, user, 2 permissions, module, enrolment, units, the unit, its questions,
    # their choices, the resume update (3 with its savepoint), progress, answers, and
    # the page around: notifications, coordination, footer pages
    warm_site_cache()
    with django_assert_num_queries(17):
        member_client.get(url)
    large = ModuleFactory(units=8, units__questions=5)
    EnrolmentFactory(user=member, module=large)
    url = unit_url(large.units.get(position=4))
    with django_assert_num_queries(17):
        response = member_client.get(url)
    assert len(response.context["question_rows"]) == 5


# Completing a unit needs its self-assessment answered ---------------------------------------


def test_a_unit_with_questions_is_not_complete_before_they_are_all_answered(member):
    module = ModuleFactory(units=1)
    unit = module.units.get()
    one, two = QuestionFactory(unit=unit), QuestionFactory(unit=unit)
    enrolment = EnrolmentFactory(user=member, module=module)
    with pytest.raises(ValidationError) as raised:
        services.unit_complete(enrolment=enrolment, unit=unit)
    assert raised.value.code == "unanswered"
    # One question of two answered is not enough either.
    Answer.objects.create(
        enrolment=enrolment, question=one, choice=right_choice(one), is_correct=True
    )
    with pytest.raises(ValidationError):
        services.unit_complete(enrolment=enrolment, unit=unit)
    assert not UnitProgress.objects.exists()
    answer_all(enrolment, unit)
    assert two.answers.filter(enrolment=enrolment).exists()
    enrolment = services.unit_complete(enrolment=enrolment, unit=unit)
    assert UnitProgress.objects.filter(enrolment=enrolment, unit=unit).exists()
    assert enrolment.completed_at is not None


def test_marking_a_unit_complete_without_answering_is_a_400_that_keeps_the_answers(
    member_client, member
):
    module = ModuleFactory(units=2)
    first = module.units.get(position=1)
    question = QuestionFactory(unit=first)
    enrolment = EnrolmentFactory(user=member, module=module)
    response = member_client.get(unit_url(first))
    content = response.content.decode()
    assert "Answer the self-assessment question above to mark this unit" in content
    assert 'aria-describedby="complete-hint"' in content

    response = member_client.post(unit_url(first, "training:unit-complete"))
    assert response.status_code == 400
    content = response.content.decode()
    assert (
        "Please answer every self-assessment question of this unit before you mark "
        "it complete." in content
    )
    assert 'role="alert"' in content
    assert f'name="question_{question.pk}"' in content
    assert not UnitProgress.objects.filter(enrolment=enrolment).exists()

    chosen = wrong_choice(question)
    member_client.post(
        unit_url(first, "training:unit-answer"), {f"question_{question.pk}": chosen.pk}
    )
    response = member_client.post(unit_url(first, "training:unit-complete"))
    assert response.status_code == 302
    assert UnitProgress.objects.filter(enrolment=enrolment, unit=first).exists()
    # The answer given is kept, shown again on the unit's page.
    content = member_client.get(unit_url(first)).content.decode()
    assert f'value="{chosen.pk}" checked' in content


def test_a_unit_completed_before_the_rule_can_be_marked_again(member):
    module = ModuleFactory(units=1)
    unit = module.units.get()
    enrolment = EnrolmentFactory(user=member, module=module)
    UnitProgress.objects.create(enrolment=enrolment, unit=unit)
    QuestionFactory(unit=unit)
    services.unit_complete(enrolment=enrolment, unit=unit)
    assert UnitProgress.objects.filter(enrolment=enrolment).count() == 1


# Progress before the score -----------------------------------------------------------------


def test_mid_course_the_self_assessment_is_progress_not_a_failing_score(
    member_client, member
):
    module = ModuleFactory(units=2, units__questions=2, pass_mark=70)
    enrolment = EnrolmentFactory(user=member, module=module)
    first, second = module.units.order_by("position")
    response = member_client.post(
        unit_url(first, "training:unit-answer"),
        {f"question_{q.pk}": right_choice(q).pk for q in first.questions.all()},
    )
    content = response.content.decode()
    assert "You answered 2 of 2 questions right." in content
    so_far = "Self-assessment so far: 2 of 4 questions answered, 2 right."
    assert so_far in content
    assert "50%" not in content
    assert "Your score for the module" not in content
    member_client.post(unit_url(first, "training:unit-complete"))

    for url in (module.get_absolute_url(), reverse("training:my-learning")):
        content = member_client.get(url).content.decode()
        assert "1 of 2 units completed" in content
        assert so_far in content
        assert "50%" not in content
        assert "Self-assessment score" not in content
        assert "below the pass mark" not in content

    # Finished: the score is held against the pass mark.
    answer_all(enrolment, second)
    member_client.post(unit_url(second, "training:unit-complete"))
    for url in (module.get_absolute_url(), reverse("training:my-learning")):
        content = member_client.get(url).content.decode()
        assert "Self-assessment score: 100% (pass mark 70%)" in content
        assert "Self-assessment so far" not in content


def test_a_finished_module_below_the_pass_mark_says_what_to_do(member_client, member):
    module = ModuleFactory(units=2, units__questions=1, pass_mark=70)
    enrolment = EnrolmentFactory(user=member, module=module)
    first, second = module.units.order_by("position")
    answer_all(enrolment, first, right=True)
    answer_all(enrolment, second, right=False)
    complete_all(enrolment)
    content = member_client.get(reverse("training:my-learning")).content.decode()
    assert "Self-assessment score: 50% (pass mark 70%)" in content
    assert (
        "Your score of 50% is below the pass mark of 70%: answer again the questions "
        "you got wrong to complete the module." in content
    )
    question = second.questions.get()
    response = member_client.post(
        unit_url(second, "training:unit-answer"),
        {f"question_{question.pk}": wrong_choice(question).pk},
    )
    content = response.content.decode()
    assert "Your score for the module: 50% (pass mark 70%)." in content
    assert "That is below the pass mark: answer again the questions" in content
    content = member_client.get(module.get_absolute_url()).content.decode()
    assert "is below the pass mark of 70%. Try the questions again:" in content
    assert unit_url(second) + "#self-assessment" in content
