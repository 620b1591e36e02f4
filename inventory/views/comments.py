"""Comments on practices and adaptations: posting, reporting, hiding."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views import View

from ..forms.comments import CommentForm
from ..models import (
    Comment,
    Practice,
    Status,
)
from ..services.comments import comment_hide, comment_post, comment_report
from .practices import PracticeDetailView


class CommentCreateView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request, slug):
        practice = get_object_or_404(Practice.objects.published(), slug=slug)
        form = CommentForm(request.POST)
        if not form.is_valid():
            detail = PracticeDetailView()
            detail.setup(request, slug=slug)
            detail.object = detail.get_object()
            context = detail.get_context_data(object=detail.object)
            context["comment_form"] = form
            return render(request, detail.template_name, context, status=400)
        comment_post(
            subject=practice, author=request.user, body=form.cleaned_data["body"]
        )
        messages.success(request, _("Your comment has been published."))
        return HttpResponseRedirect(practice.get_absolute_url() + "#comments")


class CommentReportView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        comment = get_object_or_404(
            Comment.objects.visible().filter(practice__status=Status.PUBLISHED), pk=pk
        )
        if comment_report(
            comment=comment,
            reporter=request.user,
            reason=request.POST.get("reason", ""),
        ):
            messages.success(
                request, _("Thank you. The curators will look at this comment.")
            )
        else:
            messages.info(request, _("You have already reported this comment."))
        return HttpResponseRedirect(comment.practice.get_absolute_url() + "#comments")


class CommentHideView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        comment = get_object_or_404(Comment.objects.select_related("practice"), pk=pk)
        try:
            comment_hide(comment=comment, curator=request.user)
        except PermissionDenied:
            raise Http404 from None
        messages.success(request, _("The comment is hidden."))
        return HttpResponseRedirect(comment.practice.get_absolute_url() + "#comments")
