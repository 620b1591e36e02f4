from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView, TemplateView

from . import certificates, permissions, services, translating
from . import machine_translation as mt
from .forms import CertificateCodeForm, TranslationForm
from .i18n import LANGUAGE_NAMES, translated_field
from .models import Notification, Page
from .service_calls import ServiceCall
from .text import sanitize_html, text_to_html


class HomeView(TemplateView):
    template_name = "siehub/home.html"

    def get_context_data(self, **kwargs):
        # The one place where the core reads the apps above it (DESIGN.md: home page).
        from inventory.models import Practice
        from mobilities.models import MOBILITY_CARD_FIELDS, Mobility, MobilityStatus
        from network.models import Organisation

        context = super().get_context_data(**kwargs)
        context["partners"] = list(Organisation.objects.partners().by_name())
        context["latest_practices"] = list(
            Practice.objects.published()
            .select_related("organisation", "cover")
            .order_by("-featured", "-published_at")[:6]
        )
        # Cancelled events stay on the list of mobilities (with the notice), not here.
        context["upcoming_mobilities"] = list(
            Mobility.objects.filter(status=MobilityStatus.PUBLISHED)
            .upcoming()
            .only(*MOBILITY_CARD_FIELDS)[:3]
        )
        return context


class PageView(DetailView):
    model = Page
    template_name = "siehub/page_detail.html"
    context_object_name = "page"


class NotificationListView(LoginRequiredMixin, ListView):
    template_name = "siehub/notification_list.html"
    context_object_name = "notifications"
    paginate_by = 20

    def get_queryset(self):
        return Notification.objects.for_user(self.request.user).only(
            "subject", "language", "link", "created_at", "read_at"
        )


class NotificationsMarkReadView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        count = services.notifications_mark_read(user=request.user)
        if count:
            messages.success(request, _("All notifications are marked as read."))
        return redirect("notifications")


def healthz(request):
    """Liveness for a load balancer, and the benchmark's hello-world: the whole
    middleware stack, no database (bench_search measures the pages beside it)."""
    return HttpResponse("ok\n", content_type="text/plain")


def csrf_failure(request, reason=""):
    """A translated 403 in the site design instead of Django's technical CSRF page."""
    return render(request, "403_csrf.html", status=403)


# Certificates: the public verification page ----------------------------------------------


def _certificate_page(request, *, certificate=None, form=None, status=200, **context):
    """The verification page in any of its states: the form, a genuine certificate, a
    revoked one (410) or no certificate with that code (404). It names nobody but the
    holder, as the certificate does, and asks search engines not to index it."""
    context.update(
        certificate=certificate,
        details=certificates.certificate_details(certificate) if certificate else {},
        form=form or CertificateCodeForm(),
    )
    response = render(request, "siehub/certificate_verify.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


class CertificateVerifyFormView(View):
    """Type a code to check a certificate (a GET form that works without JavaScript).

    A code found leads to its verification page; anything else answers 404 with the form
    to try again. Codes are 60 random bits, so guessing is futile without a rate limit
    (see siehub.certificates).
    """

    def get(self, request):
        if "code" not in request.GET:
            return _certificate_page(request)
        form = CertificateCodeForm(request.GET)
        if not form.is_valid():
            return _certificate_page(request, form=form, status=400)
        certificate = certificates.certificate_find(form.cleaned_data["code"])
        if certificate is None:
            return _certificate_page(request, form=form, not_found=True, status=404)
        return redirect("certificate-verify", code=certificate.code)


class CertificateVerifyView(View):
    """Whether the certificate with this code is genuine: what it states, or that it was
    revoked (410), or that no certificate has this code (404). The code matches in any
    case, with or without dashes or spaces."""

    def get(self, request, code):
        certificate = certificates.certificate_find(code)
        if certificate is None:
            form = CertificateCodeForm(initial={"code": code[:40]})
            return _certificate_page(request, form=form, not_found=True, status=404)
        if not certificate.is_valid:
            return _certificate_page(request, certificate=certificate, status=410)
        return _certificate_page(request, certificate=certificate)


# How long a pending certificate waits before a download asks for its PDF again.
CERTIFICATE_RENDER_RETRY_SECONDS = 120


def certificate_download(request, certificate, *, filename: str):
    """The answer to a holder downloading `certificate` (the caller checked who may):
    the PDF as an attachment; a revoked one goes to its verification page; one not yet
    rendered (or whose rendering failed) gets a "being prepared" page and, at most every
    two minutes, another rendering."""
    if not certificate.is_valid:
        return redirect(certificate.get_absolute_url())
    if certificate.pdf:
        try:
            handle = certificate.pdf.open("rb")
        except FileNotFoundError:
            handle = None
        if handle is not None:
            response = FileResponse(
                handle,
                as_attachment=True,
                filename=filename,
                content_type="application/pdf",
            )
            response["Content-Security-Policy"] = "default-src 'none'; sandbox"
            response["Cache-Control"] = "private, no-store"
            return response
    key = f"certificate-render:{certificate.pk}"
    if cache.add(key, 1, CERTIFICATE_RENDER_RETRY_SECONDS):
        certificates.certificate_queue_render(certificate=certificate)
    return render(
        request, "siehub/certificate_pending.html", {"certificate": certificate}
    )


# Translators: the queue of each language and the side-by-side editor -------------------


TODO = "todo"


def _no_machine_path(sources, target: str, *, available: bool) -> set[str]:
    """The languages among `sources` from which no engine, directly or through other
    languages, reaches `target`, where machine translation is on (where it is off, the
    queue says so once)."""
    if not available:
        return set()
    return {source for source in set(sources) if mt.route(source, target) is None}


def _translator_language(request, language: str) -> str:
    """`language` if the user translates into it; anyone else gets a 404."""
    if not permissions.can_translate(request.user, language):
        raise Http404
    return language


class TranslationOverviewView(LoginRequiredMixin, TemplateView):
    """The languages a translator works in, with how much each kind of text readers
    can read in them; one language leads straight to its queue."""

    template_name = "siehub/translation_overview.html"

    def get(self, request, *args, **kwargs):
        languages = translating.translation_languages(request.user)
        if not languages:
            raise Http404
        if len(languages) == 1:
            return redirect("translation-queue", language=languages[0])
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = [
            {
                "code": code,
                "name": LANGUAGE_NAMES[code],
                "progress": [
                    {"kind": kind, **translating.progress(kind, code)}
                    for kind in translating.kinds()
                ],
            }
            for code in translating.translation_languages(self.request.user)
        ]
        return context


class TranslationQueueView(LoginRequiredMixin, TemplateView):
    """A language's queue: the public texts of one kind whose translation is missing,
    machine-only or outdated (or, on request, a person's or reviewed)."""

    template_name = "siehub/translation_queue.html"
    paginate_by = 20

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = _translator_language(self.request, self.kwargs["language"])
        kind = translating.REGISTRY.get(self.request.GET.get("kind", "practice"))
        if kind is None:
            kind = translating.REGISTRY["practice"]
        state = self.request.GET.get("state", TODO)
        if state != TODO and state not in translating.STATES:
            state = TODO
        if state == TODO:
            ids = set()
            for wanted in ("missing", "machine", "outdated"):
                ids |= set(
                    translating.queue_queryset(kind, language, wanted).values_list(
                        "pk", flat=True
                    )
                )
            queryset = kind.model._default_manager.filter(pk__in=ids)
        else:
            queryset = translating.queue_queryset(kind, language, state)
        paginator = Paginator(queryset.order_by("-pk"), self.paginate_by)
        page = paginator.get_page(self.request.GET.get("page"))
        machine_available = mt.available()
        no_path = _no_machine_path(
            [kind.original_language(obj) for obj in page.object_list],
            language,
            available=machine_available,
        )
        items = []
        for obj in page.object_list:
            states = translating.field_states(obj, language)
            original = kind.original_language(obj)
            title = translated_field(obj, kind.title_field, original)
            items.append(
                {
                    "obj": obj,
                    "title": title,
                    "state": translating.summary_state(states),
                    "original_name": LANGUAGE_NAMES[original],
                    "no_machine_path": original in no_path,
                    "url": reverse(
                        "translation-edit",
                        kwargs={"language": language, "kind": kind.key, "pk": obj.pk},
                    ),
                }
            )
        context.update(
            language=language,
            language_name=LANGUAGE_NAMES[language],
            languages=translating.translation_languages(self.request.user),
            kind=kind,
            kinds=translating.kinds(),
            state=state,
            states=translating.STATES,
            items=items,
            page_obj=page,
            paginator=paginator,
            progress=translating.progress(kind, language),
            machine_available=machine_available,
        )
        return context


class TranslationEditView(LoginRequiredMixin, View):
    """One text in one language beside its original: a translator saves a translation
    (pre-filled with the machine's), or saves it as reviewed."""

    template_name = "siehub/translation_edit.html"
    kind: translating.Kind  # set by get_object, which every method calls first

    def get_object(self):
        language = _translator_language(self.request, self.kwargs["language"])
        kind = translating.REGISTRY.get(self.kwargs["kind"])
        if kind is None:
            raise Http404
        self.kind = kind
        obj = get_object_or_404(
            kind.public(kind.model._default_manager.all()), pk=self.kwargs["pk"]
        )
        if self.kind.original_language(obj) == language:
            raise Http404
        return obj, language

    def render(self, request, obj, language, form, status=200):
        original = self.kind.original_language(obj)
        return render(
            request,
            self.template_name,
            {
                "obj": obj,
                "kind": self.kind,
                "language": language,
                "language_name": LANGUAGE_NAMES[language],
                "original_language": original,
                "original_name": LANGUAGE_NAMES[original],
                "title": translated_field(obj, self.kind.title_field, original),
                "form": form,
                "summary_state": translating.summary_state(form.states),
                "no_machine_path": bool(
                    _no_machine_path([original], language, available=mt.available())
                ),
                "queue_url": reverse("translation-queue", kwargs={"language": language})
                + f"?kind={self.kind.key}",
            },
            status=status,
        )

    def form(self, obj, language, data=None):
        states = translating.field_states(obj, language)
        return TranslationForm(data, kind=self.kind, states=states, language=language)

    def get(self, request, **kwargs):
        obj, language = self.get_object()
        return self.render(request, obj, language, self.form(obj, language))

    def post(self, request, **kwargs):
        obj, language = self.get_object()
        form = self.form(obj, language, request.POST)
        action = request.POST.get("action")
        if action not in ("save", "review") or not form.is_valid():
            if action not in ("save", "review"):
                form.add_error(
                    None, _("Choose to save the translation or to review it.")
                )
            return self.render(request, obj, language, form, status=400)
        texts = {name: form.cleaned_data[name] for name in form.changed_data}
        with ServiceCall(form) as call:
            if texts:
                translating.translation_save(
                    obj=obj,
                    language=language,
                    texts=texts,
                    translator=request.user,
                    reviewed=action == "review",
                )
            if action == "review":
                translating.translation_review(
                    obj=obj, language=language, reviewer=request.user
                )
        if call.failed:
            return self.render(request, obj, language, form, status=400)
        if action == "review":
            messages.success(request, _("The translation is saved and reviewed."))
        else:
            messages.success(request, _("The translation is saved."))
        return redirect(
            reverse("translation-queue", kwargs={"language": language})
            + f"?kind={self.kind.key}"
        )


# The longest text the formatting preview renders (a section is at most 10,000).
PREVIEW_LENGTH = 20_000


@require_POST
def markdown_preview(request):
    """A formatted text as it will be shown (site.js's "Preview" button): the same
    conversion and sanitising as on save. Members only, with the form's CSRF token."""
    if not request.user.is_authenticated:
        return HttpResponse(
            _("Log in to preview."), status=403, content_type="text/plain"
        )
    text = request.POST.get("text", "")
    if len(text) > PREVIEW_LENGTH:
        return HttpResponse(
            _("The text is too long to preview."), status=413, content_type="text/plain"
        )
    return HttpResponse(sanitize_html(text_to_html(text)), content_type="text/html")
