"""Whole-school areas and education levels move from the inventory to the core, where every
app reads them: the rows and their tables stay (inventory 0013 renamed the tables to the
core's names), only Django's idea of which app holds the models changes here."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('siehub', '0010_notification_next_attempt_at'),
        ('inventory', '0013_vocabularies_tables_to_core'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
        migrations.CreateModel(
            name='Area',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(max_length=60, unique=True, verbose_name='slug')),
                ('name', models.CharField(max_length=150, verbose_name='name')),
                ('name_en', models.CharField(max_length=150, null=True, verbose_name='name')),
                ('name_mk', models.CharField(max_length=150, null=True, verbose_name='name')),
                ('name_bg', models.CharField(max_length=150, null=True, verbose_name='name')),
                ('name_es', models.CharField(max_length=150, null=True, verbose_name='name')),
                ('description', models.TextField(blank=True, verbose_name='description')),
                ('description_en', models.TextField(blank=True, null=True, verbose_name='description')),
                ('description_mk', models.TextField(blank=True, null=True, verbose_name='description')),
                ('description_bg', models.TextField(blank=True, null=True, verbose_name='description')),
                ('description_es', models.TextField(blank=True, null=True, verbose_name='description')),
                ('position', models.PositiveSmallIntegerField(default=0, verbose_name='position')),
            ],
            options={
                'verbose_name': 'whole-school area',
                'verbose_name_plural': 'whole-school areas',
                'ordering': ['position', 'slug'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='EducationLevel',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(max_length=60, unique=True, verbose_name='slug')),
                ('name', models.CharField(max_length=150, verbose_name='name')),
                ('name_en', models.CharField(max_length=150, null=True, verbose_name='name')),
                ('name_mk', models.CharField(max_length=150, null=True, verbose_name='name')),
                ('name_bg', models.CharField(max_length=150, null=True, verbose_name='name')),
                ('name_es', models.CharField(max_length=150, null=True, verbose_name='name')),
                ('description', models.TextField(blank=True, verbose_name='description')),
                ('description_en', models.TextField(blank=True, null=True, verbose_name='description')),
                ('description_mk', models.TextField(blank=True, null=True, verbose_name='description')),
                ('description_bg', models.TextField(blank=True, null=True, verbose_name='description')),
                ('description_es', models.TextField(blank=True, null=True, verbose_name='description')),
                ('position', models.PositiveSmallIntegerField(default=0, verbose_name='position')),
            ],
            options={
                'verbose_name': 'education level',
                'verbose_name_plural': 'education levels',
                'ordering': ['position', 'slug'],
                'abstract': False,
            },
        ),
                ],
        ),
    ]
