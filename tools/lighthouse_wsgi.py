"""The site as gunicorn serves it in production, with its uploads served beside it, for
tools/lighthouse.sh only (`gunicorn tools.lighthouse_wsgi` from the project's root).

Production leaves /media/ to the proxy in front of gunicorn or to S3-compatible storage
(README, "Running in production"); Django serves uploads only with DEBUG, which would
measure another site. Here WhiteNoise answers /media/ from MEDIA_ROOT as a web server
would: from disk, with a length and a type, without Django.
"""

from django.conf import settings
from whitenoise import WhiteNoise

from siehub.wsgi import application as django_application

application = WhiteNoise(django_application)
application.add_files(str(settings.MEDIA_ROOT), prefix=settings.MEDIA_URL)
