"""A practice's or an adaptation's attachments and pictures as pages show them."""

from django.http import FileResponse
from django.shortcuts import get_object_or_404
from django.views import View

from siehub.video import video_of

from ..models import (
    Attachment,
    Practice,
)


def media_context(owner) -> dict:
    """A practice's or an adaptation's cover, the rest of its gallery (prefetched: no
    query) and its video, if its address is still one we can show."""
    pictures = list(owner.pictures.all())
    cover = next((p for p in pictures if p.pk == owner.cover_id), None)
    return {
        "cover": cover,
        "gallery": [p for p in pictures if p is not cover],
        "video": video_of(owner.video_url) if owner.video_url else None,
    }


class AttachmentDownloadView(View):
    """Serve an uploaded file of a practice the visitor may see, always as a download."""

    def get(self, request, pk):
        attachment = get_object_or_404(
            Attachment.objects.filter(
                practice__in=Practice.objects.visible_to(request.user)
            ).exclude(file=""),
            pk=pk,
        )
        handle = attachment.file.open("rb")
        filename = attachment.file.name.rsplit("/", 1)[-1]
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=filename,
            content_type=attachment.content_type or "application/octet-stream",
        )
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response
