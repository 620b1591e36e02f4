"""Factories of the training app (owned by helper LEARNING; others append below).

ModuleFactory makes a published module written in English; `ModuleFactory(units=3)`
adds three units, `ModuleFactory(units=2, units__questions=1)` one question with choices per
unit. `understanding_early_school_leaving()` builds the shape of the demo module."""

import factory
from django.utils import timezone

from network.tests.factories import UserFactory
from siehub.models import Area
from training.models import (
    Audience,
    Choice,
    Enrolment,
    Level,
    Module,
    ModuleStatus,
    Question,
    Unit,
)


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Area
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"area-{n}")
    name_en = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").capitalize())


class ModuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Module
        skip_postgeneration_save = True

    title_en = factory.Sequence(lambda n: f"Working with families {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    summary_en = "How schools and families keep pupils in school together."
    objectives_en = "Recognise early signs\nTalk with families"
    original_language = "en"
    languages = factory.LazyFunction(lambda: ["en"])
    audience = factory.LazyFunction(lambda: [Audience.TEACHERS])
    level = Level.INTRODUCTORY
    duration_minutes = 90
    authors = "SIE HUB+ partnership"
    pass_mark = 70
    status = ModuleStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def units(obj, create, extracted, **kwargs):
        """`units=n` adds n units at positions 1..n; `units__questions=k` adds k
        questions with choices to each."""
        if not create or not extracted:
            return
        for position in range(1, extracted + 1):
            UnitFactory(
                module=obj, position=position, questions=kwargs.get("questions")
            )

    @factory.post_generation
    def areas(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.areas.set(extracted)


class DraftModuleFactory(ModuleFactory):
    status = ModuleStatus.DRAFT
    published_at = None


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit
        skip_postgeneration_save = True

    module = factory.SubFactory(ModuleFactory)
    position = factory.Sequence(lambda n: n + 1)
    title_en = factory.Sequence(lambda n: f"Unit {n}")
    body_en = "<p>Pupils rarely leave school from one day to the next.</p>"
    minutes = 20

    @factory.post_generation
    def questions(obj, create, extracted, **kwargs):
        """`questions=k` adds k questions, each with a right and a wrong choice."""
        if not create or not extracted:
            return
        for position in range(1, extracted + 1):
            QuestionFactory(unit=obj, position=position)


class QuestionFactory(factory.django.DjangoModelFactory):
    """A question with `choices` (default 3) of which the first is right."""

    class Meta:
        model = Question
        skip_postgeneration_save = True

    unit = factory.SubFactory(UnitFactory)
    position = factory.Sequence(lambda n: n + 1)
    text_en = factory.Sequence(lambda n: f"Which sign comes first? ({n})")
    explanation_en = "Absences usually come before the drop in marks."

    @factory.post_generation
    def choices(obj, create, extracted, **kwargs):
        if not create:
            return
        count = 3 if extracted is None else extracted
        for position in range(1, count + 1):
            Choice.objects.create(
                question=obj,
                position=position,
                text_en=f"Answer {position}",
                is_correct=position == 1,
            )


def right_choice(question: Question) -> Choice:
    return question.choices.get(is_correct=True)


def wrong_choice(question: Question) -> Choice:
    return question.choices.filter(is_correct=False).first()


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    user = factory.SubFactory(UserFactory)
    module = factory.SubFactory(ModuleFactory, units=2)


def understanding_early_school_leaving() -> Module:
    """The shape of the demo module (seed_demo writes the real one): three units, the
    last two with a question, in English and Macedonian, pass mark 70%."""
    module = ModuleFactory(
        title_en="Understanding early school leaving",
        title_mk="Разбирање на раното напуштање на училиштето",
        slug="understanding-early-school-leaving",
        summary_en="Why pupils leave school early, the warning signs, and what a "
        "whole school can do about it.",
        summary_mk="Зошто учениците рано го напуштаат училиштето и што може да "
        "направи целото училиште.",
        objectives_en="Explain the main causes of early school leaving\n"
        "Recognise early warning signs\nName your own role in a whole-school approach",
        languages=["en", "mk"],
        audience=[Audience.TEACHERS, Audience.SCHOOL_LEADERS, Audience.COUNSELLORS],
        duration_minutes=90,
        pass_mark=70,
        areas=[AreaFactory(slug="school-governance")],
    )
    titles = [
        ("What is early school leaving?", "Што е рано напуштање на училиштето?", 0),
        ("Warning signs", "Предупредувачки знаци", 1),
        ("A whole-school approach", "Пристап на целото училиште", 1),
    ]
    for position, (title_en, title_mk, questions) in enumerate(titles, start=1):
        UnitFactory(
            module=module,
            position=position,
            title_en=title_en,
            title_mk=title_mk,
            minutes=30,
            questions=questions,
        )
    return module
