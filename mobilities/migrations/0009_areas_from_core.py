"""Events say which areas of the whole-school approach they work on (the core's shared
vocabulary), and the list filters by them."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('mobilities', '0008_pictures_machine_translated'),
        ('siehub', '0011_vocabularies_from_inventory'),
    ]

    operations = [
        migrations.AddField(
            model_name='mobility',
            name='areas',
            field=models.ManyToManyField(blank=True, help_text='The areas of the whole-school approach the event works on.', related_name='mobilities', to='siehub.area', verbose_name='whole-school areas'),
        ),
    ]
