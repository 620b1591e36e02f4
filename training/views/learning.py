"""Learning: a unit's page with its self-assessment, marking units complete, answering
questions, and "My learning".

The units of a module are for members enrolled in it (others go back to the module's
page with a message); staff who author modules preview them without enrolling."""

from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.generic import ListView, TemplateView

from siehub.i18n import translated_columns, translated_field
from siehub.pagination import LastPageOnOverflowMixin
from siehub.service_calls import ServiceCall
from siehub.video import video_of

from ..forms.learning import AnswersForm
from ..models import Answer, Choice, Enrolment, Module, Question, Unit, UnitProgress
from ..permissions import can_preview_module
from ..services import learning as services
from .modules import UNIT_LIST_FIELDS, url_or_none


def video_link(url: str) -> dict | None:
    """The video of a unit: its link, and where it is on an allowed host (YouTube,
    Vimeo, the configured PeerTube servers: siehub.video) the video the page shows as a
    still whose player loads only when the member presses play."""
    if not url:
        return None
    video = video_of(url)
    if video is not None:
        return {"url": url, "platform": video.provider_name, "video": video}
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return {"url": url, "platform": host, "video": None}


class UnitMixin(LoginRequiredMixin):
    """Loads the module (published, or any for authoring staff), the member's
    enrolment, the units in order and the unit at `position`."""

    require_enrolment = False

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.module = get_object_or_404(
            Module.objects.visible_to(request.user).only(
                "slug",
                "status",
                "original_language",
                "pass_mark",
                *translated_columns("title"),
            ),
            slug=kwargs["slug"],
        )
        self.enrolment = (
            Enrolment.objects.with_progress()
            .filter(user=request.user, module=self.module)
            .first()
        )
        if self.enrolment is not None:
            self.enrolment.module = self.module
        self.is_preview = self.enrolment is None and can_preview_module(
            request.user, self.module
        )
        if self.enrolment is None and (self.require_enrolment or not self.is_preview):
            messages.info(request, _("Enrol in this module to follow its units."))
            return redirect(self.module)
        self.units = list(
            self.module.units.only(*UNIT_LIST_FIELDS).order_by("position", "pk")
        )
        index = next(
            (i for i, u in enumerate(self.units) if u.position == kwargs["position"]),
            None,
        )
        if index is None:
            raise Http404
        self.index = index
        self.unit = (
            Unit.objects.filter(pk=self.units[index].pk)
            .prefetch_related(
                Prefetch(
                    "questions",
                    queryset=Question.objects.order_by(
                        "position", "pk"
                    ).prefetch_related(
                        Prefetch(
                            "choices",
                            queryset=Choice.objects.order_by("position", "pk"),
                        )
                    ),
                )
            )
            .get()
        )
        self.unit.module = self.module
        return super().dispatch(request, *args, **kwargs)


class UnitDetailView(UnitMixin, TemplateView):
    """A unit: its text, image, video link, material; previous and next; its
    self-assessment questions, with feedback after answering."""

    template_name = "training/unit_detail.html"

    def get(self, request, *args, **kwargs):
        if self.enrolment is not None:
            services.unit_open(enrolment=self.enrolment, unit=self.unit)
        return super().get(request, *args, **kwargs)

    def answered(self) -> dict[int, int]:
        """The member's latest choice per question of this unit."""
        if self.enrolment is None:
            return {}
        return dict(
            Answer.objects.filter(
                enrolment=self.enrolment, question__unit=self.unit
            ).values_list("question_id", "choice_id")
        )

    def translated(self, obj, field):
        """As the `translated` tag: the original on ?show=original."""
        return translated_field(
            obj, field, show_original=self.request.GET.get("show") == "original"
        )

    def question_rows(self, form, results, previous):
        rows = []
        for question in form.questions:
            chosen = (
                form.chosen(question)
                if form.is_bound
                else str(previous.get(question.pk, ""))
            )
            name = f"question_{question.pk}"
            rows.append(
                {
                    "question": question,
                    "name": name,
                    "text": self.translated(question, "text"),
                    "explanation": self.translated(question, "explanation"),
                    "errors": form.errors.get(name, []) if form.is_bound else [],
                    "result": (results or {}).get(question.pk),
                    "choices": [
                        {
                            "choice": choice,
                            "text": self.translated(choice, "text"),
                            "checked": chosen == str(choice.pk),
                        }
                        for choice in question.choices.all()
                    ],
                }
            )
        return rows

    def get_context_data(self, form=None, results=None, complete_errors=(), **kwargs):
        context = super().get_context_data(**kwargs)
        questions = list(self.unit.questions.all())
        if form is None:
            form = AnswersForm(questions=questions)
        unit_done = (
            self.enrolment is not None
            and UnitProgress.objects.filter(
                enrolment=self.enrolment, unit=self.unit
            ).exists()
        )
        answered = self.answered()
        context.update(
            module=self.module,
            unit=self.unit,
            units=self.units,
            enrolment=self.enrolment,
            is_preview=self.is_preview,
            previous_unit=self.units[self.index - 1] if self.index > 0 else None,
            next_unit=(
                self.units[self.index + 1] if self.index + 1 < len(self.units) else None
            ),
            unit_number=self.index + 1,
            unit_done=unit_done,
            video=video_link(self.unit.video_url),
            form=form,
            questions=[
                *questions,
                *(
                    choice
                    for question in questions
                    for choice in question.choices.all()
                ),
            ],
            question_rows=self.question_rows(form, results, answered),
            unanswered_count=sum(q.pk not in answered for q in questions),
            progress=self.enrolment.progress_summary
            if self.enrolment is not None
            else None,
            results=results,
            right_count=sum(r.is_correct for r in (results or {}).values()),
            complete_errors=complete_errors,
        )
        return context


class UnitCompleteView(UnitDetailView):
    """Mark the unit complete, then go on to the next one (or back to the module); a
    unit whose questions are not all answered stays open: a 400 with the reason."""

    http_method_names = ["post"]
    require_enrolment = True

    def post(self, request, *args, **kwargs):
        was_completed = self.enrolment.is_completed
        with ServiceCall() as call:
            enrolment = services.unit_complete(enrolment=self.enrolment, unit=self.unit)
        if call.error is not None:
            return self.render_to_response(
                self.get_context_data(complete_errors=call.error.messages), status=400
            )
        if enrolment.is_completed and not was_completed:
            messages.success(request, _("Well done: you have completed this module."))
            return redirect(self.module)
        messages.success(request, _("Unit marked complete."))
        if self.index + 1 < len(self.units):
            return redirect(
                "training:unit-detail",
                slug=self.module.slug,
                position=self.units[self.index + 1].position,
            )
        return redirect(self.module)


class UnitAnswerView(UnitDetailView):
    """Answer the unit's questions: feedback on the same page; bad input is a 400
    with the answers chosen kept."""

    http_method_names = ["post"]
    require_enrolment = True

    def post(self, request, *args, **kwargs):
        form = AnswersForm(request.POST, questions=list(self.unit.questions.all()))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        was_completed = self.enrolment.is_completed
        with ServiceCall(form) as call:
            results = services.answers_submit(
                enrolment=self.enrolment,
                unit=self.unit,
                choices=form.choices_by_question(),
            )
        if call.failed:
            return self.render_to_response(self.get_context_data(form=form), status=400)
        self.enrolment = Enrolment.objects.with_progress().get(pk=self.enrolment.pk)
        self.enrolment.module = self.module
        if self.enrolment.is_completed and not was_completed:
            messages.success(request, _("Well done: you have completed this module."))
        return self.render_to_response(
            self.get_context_data(form=form, results=results)
        )


class MyLearningView(LoginRequiredMixin, LastPageOnOverflowMixin, ListView):
    """The member's modules: progress, then the score once every unit is done,
    completion and certificate."""

    template_name = "training/my_learning.html"
    context_object_name = "enrolments"
    paginate_by = 20

    def get_queryset(self):
        return (
            Enrolment.objects.filter(user=self.request.user)
            .select_related("module")
            .only(
                "module_id",
                "score",
                "completed_at",
                "certificate_id",
                "started_at",
                "last_activity_at",
                "last_unit_id",
                "module__slug",
                "module__status",
                "module__original_language",
                "module__pass_mark",
                *translated_columns("title", prefix="module__"),
            )
            .with_progress()
            .order_by("-last_activity_at", "-pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for enrolment in context["enrolments"]:
            enrolment.certificate_url = (
                url_or_none("training:certificate-download", slug=enrolment.module.slug)
                if enrolment.certificate_id
                else None
            )
        return context
