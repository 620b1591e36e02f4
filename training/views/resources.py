"""The resource library: published support tools with filters, a page per resource, and
the download (counted, then the file or the link)."""

import os

from django.http import FileResponse, Http404, HttpResponseRedirect
from django.urls import NoReverseMatch
from django.views.generic import DetailView, View
from django.views.generic.detail import SingleObjectMixin

from siehub.filters import FilteredListView
from siehub.i18n import translated_columns

from ..filters import ResourceFilter
from ..models import Audience, Module, Resource
from ..services.resources import resource_count_download

RESOURCE_CARD_FIELDS = (
    "slug",
    "kind",
    "original_language",
    "content_language",
    "download_count",
    "file",
    "url",
    "created_at",
    *translated_columns("title", "description"),
)


class ResourceListView(FilteredListView):
    """Published resources, newest first, filtered by kind, audience, area, language."""

    template_name = "training/resource_list.html"
    context_object_name = "resources"
    filterset_class = ResourceFilter
    paginate_by = 24

    def base_queryset(self):
        return Resource.objects.published().only(*RESOURCE_CARD_FIELDS)


class ResourceDetailView(DetailView):
    template_name = "training/resource_detail.html"
    context_object_name = "resource"

    def get_queryset(self):
        return Resource.objects.published().prefetch_related("areas")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        resource = self.object
        labels = dict(Audience.choices)
        context["audience"] = [labels[a] for a in resource.audience if a in labels]
        context["module"] = context["module_url"] = None
        if resource.module_id:
            module = Module.objects.published().filter(pk=resource.module_id).first()
            if module is not None:
                try:
                    context["module_url"] = module.get_absolute_url()
                    context["module"] = module
                except NoReverseMatch:
                    pass
        return context


class ResourceDownloadView(SingleObjectMixin, View):
    """The file as an attachment, or a redirect to the link; each request counts once."""

    def get_queryset(self):
        return Resource.objects.published().only("slug", "file", "url")

    def get(self, request, *args, **kwargs):
        resource = self.get_object()
        if resource.file:
            try:
                handle = resource.file.open("rb")
            except (FileNotFoundError, OSError) as error:
                raise Http404 from error
            resource_count_download(resource=resource)
            response = FileResponse(
                handle,
                as_attachment=True,
                filename=os.path.basename(resource.file.name),
            )
            response["X-Content-Type-Options"] = "nosniff"
            # Never run as a page of the site, whatever the file holds.
            response["Content-Security-Policy"] = "default-src 'none'; sandbox"
            return response
        resource_count_download(resource=resource)
        return HttpResponseRedirect(resource.url)
