"""Practices: the list with its facets, a practice's page, a member's own practices, the
practice form and withdrawing a submission."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.db.models import Prefetch
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView

from siehub.i18n import (
    LANGUAGE_NAMES,
    translation_fields,
)
from siehub.pagination import LastPageOnOverflowMixin
from siehub.service_calls import ServiceCall

from .. import search
from ..filters import (
    QUERY_LENGTH,
    PracticeFilter,
    facet_counts,
    facet_options,
    selected_values,
)
from ..forms.comments import CommentForm
from ..forms.media import (
    AttachmentFormSet,
    AttachmentRemovalForm,
    PictureUploads,
    bound_slots,
    filled_slots,
)
from ..forms.practices import PracticeForm
from ..models import (
    Adaptation,
    Comment,
    OutcomeIndicator,
    Practice,
    Status,
)
from ..services.media import pictures_update, practice_attachments_update
from ..services.practices import (
    practice_create,
    practice_submit,
    practice_update,
    practice_withdraw,
)
from .media import media_context

LIST_PARAMETERS = set(PracticeFilter.base_filters) | {"page"}
CARD_COVER_FIELDS = ("image", "width", "height", "renditions")


class PracticeListView(LastPageOnOverflowMixin, ListView):
    """Published practices: facets with counts, search, sort, pagination, all in the URL."""

    template_name = "inventory/practice_list.html"
    context_object_name = "practices"
    paginate_by = 20

    def get_filterset(self):
        data = self.request.GET.copy()
        for key in list(data):
            if key not in LIST_PARAMETERS:
                del data[key]
        if len(data.get("q", "")) > QUERY_LENGTH:
            # A pasted paragraph is searched by its beginning, not refused.
            data["q"] = data["q"][:QUERY_LENGTH]
        filterset = PracticeFilter(data, queryset=self.practices, request=self.request)
        self.ignored = []
        if not filterset.is_valid():
            # A shared link with a stale or mistyped value still shows a list: drop what
            # does not validate and say so.
            self.ignored = sorted(filterset.errors)
            for key in self.ignored:
                data.pop(key, None)
            filterset = PracticeFilter(
                data, queryset=self.practices, request=self.request
            )
            filterset.is_valid()  # cleans what is left, for cleaned_data
        return filterset

    def base_queryset(self):
        return (
            Practice.objects.published()
            .select_related("organisation", "cover")
            .only(
                *translation_fields("title", "summary"),
                "title",
                "summary",
                "slug",
                "country",
                "original_language",
                "published_at",
                "adaptation_count",
                "status",
                "machine_translated",
                *translation_fields("name", prefix="organisation__"),
                "organisation__slug",
                # The card's cover: a decorative picture beside the title (no alt).
                *(f"cover__{name}" for name in CARD_COVER_FIELDS),
            )
        )

    def get_queryset(self):
        # Built once (modeltranslation rewrites each of its many columns).
        self.practices = self.base_queryset()
        self.filterset = filterset = self.get_filterset()
        data = filterset.form.cleaned_data
        text = data.get("q") or ""
        self.compiled = search.compile_query(text) if text else None
        self.common_words_only = bool(text) and self.compiled is None
        language = get_language()
        if not search.is_supported():
            self.facets = facet_counts(filterset, language)
            self.results = None
            return filterset.qs
        # PostgreSQL: the search entries answer search, filters, order and counts.
        selected = selected_values(filterset)
        self.results = search.PracticeSearchResults(
            query=self.compiled, selected=selected, sort=data.get("sort") or ""
        )
        self.facets = facet_options(self.results.facet_counts(), selected, language)
        return search.ResultList(self.results, self.practices)

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True):
        paginator = super().get_paginator(
            queryset, per_page, orphans, allow_empty_first_page
        )
        if self.results is None:
            # The total comes with the cached facet counts: no COUNT per request.
            paginator.count = self.facets["total"]
        return paginator

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset
        context["filter"] = filterset
        context["facets"] = self.facets
        context["query"] = filterset.form.cleaned_data.get("q", "")
        context["search_terms"] = search.highlight_terms(self.compiled)
        context["common_words_only"] = self.common_words_only
        context["count_capped"] = self.results is not None and self.results.is_capped
        context["count_limit"] = search.COUNT_LIMIT
        context["ignored"] = self.ignored
        active = QueryDict(mutable=True)
        for key in filterset.data:
            if key != "page":
                active.setlist(key, filterset.data.getlist(key))
        context["active_filters"] = active

        def searching_for(text):
            params = active.copy()
            params["q"] = text
            return f"?{params.urlencode()}"

        compiled = self.compiled
        context["corrections"] = compiled.corrections if compiled else {}
        if compiled and compiled.corrections:
            context["corrected_text"] = compiled.corrected_text
            context["corrected_url"] = searching_for(compiled.corrected_text)
        if compiled and not context["page_obj"].object_list:
            # Nothing found: what the reader may have meant, if the lexicon knows it.
            context["suggestion"] = search.suggestion(compiled)
            context["suggestion_url"] = searching_for(context["suggestion"])
        context["has_filters"] = any(
            key not in ("sort",) and filterset.data.getlist(key)
            for key in filterset.data
        )
        language = get_language()
        context["translation_progress"] = search.progress(language)
        context["language_name"] = LANGUAGE_NAMES.get(language, language)
        return context

    def get_template_names(self):
        htmx = getattr(self.request, "htmx", None)
        if htmx and not htmx.boosted and not htmx.history_restore_request:
            return ["inventory/includes/_browse.html"]
        return [self.template_name]

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        # The fragment and the full page share a URL: caches must tell them apart.
        patch_vary_headers(response, ["HX-Request"])
        return response


class PracticeDetailView(DetailView):
    template_name = "inventory/practice_detail.html"
    context_object_name = "practice"

    def get_queryset(self):
        return (
            Practice.objects.visible_to(self.request.user)
            .select_related("organisation", "author", "evidence_level")
            .prefetch_related(
                "target_groups",
                "measure_types",
                "areas",
                "education_levels",
                "attachments",
                "pictures",
                Prefetch(
                    "adaptations",
                    queryset=Adaptation.objects.published().select_related("school"),
                    to_attr="published_adaptations",
                ),
                Prefetch(
                    "comments",
                    queryset=Comment.objects.visible().select_related("author"),
                    to_attr="visible_comments",
                ),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        practice = self.object
        adaptations = practice.published_adaptations
        context["adaptation_countries"] = len({a.school.country for a in adaptations})
        context["adaptation_schools"] = len({a.school_id for a in adaptations})
        context["outcomes"] = (
            OutcomeIndicator.objects.published()
            .filter(adaptation__practice=practice)
            .summary()
            if adaptations
            else []
        )
        context.update(media_context(practice))
        context["comment_form"] = CommentForm()
        context["share_url"] = self.request.build_absolute_uri(
            practice.get_absolute_url()
        )
        return context


class MyPracticesView(LoginRequiredMixin, TemplateView):
    template_name = "inventory/my_practices.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["practices"] = Practice.objects.filter(author=user).order_by(
            "-updated_at"
        )
        context["adaptations"] = (
            Adaptation.objects.filter(author=user)
            .select_related("practice")
            .order_by("-updated_at")
        )
        return context


def render_practice_form(
    request,
    form,
    practice,
    *,
    status=200,
    attachments=None,
    removal=None,
    choose_files_again=False,
    pictures=None,
):
    """The practice form page, with similar practices and the attachments: those kept
    (each with a box to remove it) and empty slots for new files and links."""
    similar = []
    title = form["title"].value() or ""
    if title:
        similar = [
            p
            for p in Practice.objects.similar_to_title(title)
            if practice is None or p.pk != practice.pk
        ]
    removal = removal or AttachmentRemovalForm(practice=practice)
    pictures = pictures or PictureUploads(owner=practice)
    context = {
        "form": form,
        "practice": practice,
        "similar": similar,
        "attachments": list(practice.attachments.all()) if practice else [],
        "attachment_formset": attachments or AttachmentFormSet(prefix="attachments"),
        "removal_form": removal,
        "removing": removal.removing(),
        "choose_files_again": choose_files_again,
        **pictures.context(),
    }
    return render(request, "inventory/practice_form.html", context, status=status)


class PracticeFormView(LoginRequiredMixin, View):
    """Create or edit a practice with its attachments: save a draft, preview it, or
    submit it for review."""

    def get_practice(self):
        slug = self.kwargs.get("slug")
        if slug is None:
            return None
        return get_object_or_404(
            Practice.objects.editable_by(self.request.user), slug=slug
        )

    def get(self, request, slug=None):
        practice = self.get_practice()
        form = PracticeForm(practice=practice, user=request.user)
        return render_practice_form(request, form, practice)

    def post(self, request, slug=None):
        practice = self.get_practice()
        form = PracticeForm(request.POST, practice=practice, user=request.user)
        attachments = bound_slots(request, AttachmentFormSet, "attachments")
        removal = AttachmentRemovalForm(request.POST, practice=practice)
        pictures = PictureUploads(request, owner=practice)
        action = request.POST.get("action", "save")
        # Every part is checked, so that all the problems show at once.
        valid = [
            form.is_valid(),
            not attachments.is_bound or attachments.is_valid(),
            removal.is_valid(),
            pictures.is_valid(),
        ]
        if not all(valid):
            return render_practice_form(
                request,
                form,
                practice,
                status=400,
                attachments=attachments,
                removal=removal,
                # Browsers never send a chosen file twice: nothing was saved, say so.
                choose_files_again=bool(request.FILES),
                pictures=pictures,
            )
        data = dict(form.cleaned_data)
        with transaction.atomic():
            if practice is None:
                practice = practice_create(author=request.user, data=data)
            else:
                practice = practice_update(
                    practice=practice, editor=request.user, data=data
                )
            practice_attachments_update(
                practice=practice,
                author=request.user,
                add=filled_slots(attachments),
                remove=removal.cleaned_data["remove_attachments"],
            )
            pictures_update(owner=practice, author=request.user, **pictures.changes())
        if action == "submit":
            with ServiceCall(form) as call:
                practice_submit(practice=practice, author=request.user)
            if call.failed:
                # The draft and its attachments are saved: the page shows them kept.
                return render_practice_form(request, form, practice, status=400)
            messages.success(
                request,
                _("Thank you! Your practice has been sent to the curators for review."),
            )
            return redirect("inventory:my-practices")
        if action == "preview":
            return redirect(practice.get_absolute_url())
        messages.success(request, _("Your draft has been saved."))
        return redirect("inventory:practice-edit", slug=practice.slug)


class PracticeWithdrawView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request, slug):
        practice = get_object_or_404(
            Practice.objects.filter(author=request.user, status=Status.SUBMITTED),
            slug=slug,
        )
        practice_withdraw(practice=practice, author=request.user)
        messages.success(request, _("The practice is a draft again; you can edit it."))
        return redirect("inventory:practice-edit", slug=practice.slug)


class SimilarPracticesView(View):
    """Published practices resembling a title being typed (HTML fragment for htmx)."""

    def get(self, request):
        title = request.GET.get("title", "")[:200]
        exclude = request.GET.get("exclude", "")
        similar = Practice.objects.similar_to_title(title)
        similar = [p for p in similar if p.slug != exclude]
        return render(
            request, "inventory/includes/_similar_practices.html", {"similar": similar}
        )
