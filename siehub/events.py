"""What the apps announce for code that depends on them without being imported by them
(DESIGN.md: dependencies point one way; the results page reads every app).

A receiver only schedules work for after the commit; it never changes data itself.
"""

from django.dispatch import Signal

# Something became public or stopped being public: a practice, an adaptation, the
# figures an adapting school reported. `sender` is its model.
publication_changed = Signal()

# A curator added, edited or deleted a term of a vocabulary (whole-school areas, the
# inventory's target groups...). `sender` is the term's model.
vocabulary_changed = Signal()
