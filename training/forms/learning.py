"""The self-assessment form of a unit: one radio group per question."""

from django import forms
from django.utils.translation import gettext_lazy as _

from siehub.i18n import translated_field


def field_name(question) -> str:
    return f"question_{question.pk}"


class AnswersForm(forms.Form):
    """Built from the questions of a unit (their choices prefetched); the template
    renders each question as a fieldset with its legend."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            self.fields[field_name(question)] = forms.ChoiceField(
                label=translated_field(question, "text")["value"],
                choices=[
                    (str(choice.pk), translated_field(choice, "text")["value"])
                    for choice in question.choices.all()
                ],
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Please choose an answer to this question."),
                    "invalid_choice": _(
                        "That answer is not one of the choices of this question."
                    ),
                },
            )

    def chosen(self, question) -> str:
        """The choice (its id as text) picked for `question`, kept when re-shown."""
        return str(self.data.get(field_name(question), "")) if self.is_bound else ""

    def choices_by_question(self) -> dict[int, int]:
        return {
            question.pk: int(self.cleaned_data[field_name(question)])
            for question in self.questions
        }
