"""What the results page shows, computed in two steps.

`compute()` asks each app's tables for aggregates (GROUP BY over indexed columns, a few
queries, run by Celery: results.tasks) and keeps them as small rows by year and country
in a Snapshot. `tables(data, filters)` then sums those rows for the reader's country and
period: a request reads one snapshot and adds up a few hundred numbers.

Every table a chart draws is a `Table` (a title, columns and rows): the page shows it
beside its chart, and the CSV and the curators' spreadsheet are written from it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils.translation import gettext as _

from siehub.countries import country_name
from siehub.models import Area

# Fewer people than this in one cell (one gender at one event, say) could be recognised:
# such a cell is shown as "fewer than 5" and left out of charts and sums.
SMALL_COUNT = 5

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _names(obj, field: str) -> dict[str, str]:
    """A translated field in the languages that have it (the snapshot serves all four;
    `_name` chooses, as the site does for a missing translation)."""
    return {
        code: value
        for code in LANGUAGES
        if (value := getattr(obj, f"{field}_{code}", "") or "")
    }


def compute() -> dict:
    """The platform's figures as aggregated rows (see the module's docstring)."""
    from inventory.models import (
        Adaptation,
        MeasureType,
        OutcomeIndicator,
        Practice,
        Status,
        TargetGroup,
    )
    from mobilities.models import Mobility, Registration
    from network.models import (
        Community,
        Membership,
        Organisation,
        OrganisationKind,
        Post,
        User,
    )
    from training.models import Enrolment, Feedback, Module

    data: dict = {}
    published = Practice.objects.filter(status=Status.PUBLISHED)
    year = ExtractYear("published_at")
    data["practices"] = [
        [row["y"], row["country"], "all", "", row["n"]]
        for row in published.annotate(y=year)
        .values("y", "country")
        .annotate(n=Count("pk"))
        .order_by()
    ]
    for dimension, relation in (
        ("target_group", "target_groups__slug"),
        ("area", "areas__slug"),
        ("measure", "measure_types__slug"),
    ):
        data["practices"] += [
            [row["y"], row["country"], dimension, row["value"], row["n"]]
            for row in published.filter(**{f"{relation}__isnull": False})
            .annotate(y=year, value=F(relation))
            .values("y", "country", "value")
            .annotate(n=Count("pk"))
            .order_by()
        ]
    data["terms"] = {
        dimension: {term.slug: _names(term, "name") for term in model.objects.all()}
        for dimension, model in (
            ("target_group", TargetGroup),
            ("area", Area),
            ("measure", MeasureType),
        )
    }

    adaptations = Adaptation.objects.filter(
        status=Status.PUBLISHED, practice__status=Status.PUBLISHED
    )
    data["adaptations"] = [
        [
            row["y"],
            row["practice__country"],
            row["school__country"],
            row["practice_id"],
            row["school_id"],
        ]
        for row in adaptations.annotate(y=year)
        .values("y", "practice__country", "school__country", "practice_id", "school_id")
        .order_by()
    ]
    adapted = {row[3] for row in data["adaptations"]}
    data["practice_titles"] = {
        str(practice.pk): {"slug": practice.slug, "names": _names(practice, "title")}
        for practice in Practice.objects.filter(pk__in=adapted).only(
            "slug", *[f"title_{code}" for code in LANGUAGES]
        )
    }

    data["outcomes"] = [
        [
            row["period_end"].year,
            row["adaptation__school__country"],
            row["indicator"],
            row["measurement"],
            float(row["baseline"]),
            float(row["result"]),
            row["adaptation__school_id"],
        ]
        for row in OutcomeIndicator.objects.published()
        .values(
            "period_end",
            "adaptation__school__country",
            "indicator",
            "measurement",
            "baseline",
            "result",
            "adaptation__school_id",
        )
        .order_by()
    ]

    partners = Organisation.objects.filter(is_partner=True)
    data["partners"] = {str(p.pk): _names(p, "name") for p in partners}
    data["schools"] = [
        [row["y"], row["country"], row["partner_id"], row["n"]]
        for row in Organisation.objects.filter(kind=OrganisationKind.SCHOOL)
        .annotate(y=ExtractYear("created_at"))
        .values("y", "country", "partner_id")
        .annotate(n=Count("pk"))
        .order_by()
    ]
    data["members"] = [
        # A member belongs to the network of their organisation's partner (or of their
        # organisation, when it is a partner).
        [
            row["y"],
            row["country"],
            row["organisation_id"]
            if row["organisation__is_partner"]
            else row["organisation__partner_id"],
            row["n"],
        ]
        for row in User.objects.filter(is_active=True)
        .annotate(y=ExtractYear("date_joined"))
        .values(
            "y",
            "country",
            "organisation_id",
            "organisation__partner_id",
            "organisation__is_partner",
        )
        .annotate(n=Count("pk"))
        .order_by()
    ]
    data["communities"] = {
        "count": Community.objects.filter(is_active=True).count(),
        "memberships": Membership.objects.filter(community__is_active=True).count(),
    }
    data["posts"] = [
        [row["y"], row["n"]]
        for row in Post.objects.filter(is_hidden=False)
        .annotate(y=ExtractYear("created_at"))
        .values("y")
        .annotate(n=Count("pk"))
        .order_by()
    ]

    data["modules"] = {str(m.pk): _names(m, "title") for m in Module.objects.all()}
    data["enrolments"] = [
        [row["y"], row["user__country"], row["module_id"], row["n"], row["done"]]
        for row in Enrolment.objects.annotate(y=ExtractYear("started_at"))
        .values("y", "user__country", "module_id")
        .annotate(n=Count("pk"), done=Count("pk", filter=Q(completed_at__isnull=False)))
        .order_by()
    ]
    data["feedback"] = [
        [
            row["y"],
            row["enrolment__user__country"],
            row["enrolment__module_id"],
            row["total"],
            row["n"],
        ]
        for row in Feedback.objects.annotate(y=ExtractYear("created_at"))
        .values("y", "enrolment__user__country", "enrolment__module_id")
        .annotate(total=Sum("rating"), n=Count("pk"))
        .order_by()
    ]

    data["mobilities"] = {str(m.pk): _names(m, "title") for m in Mobility.objects.all()}
    # A participant is someone present on at least one day of the event.
    attended = (
        Registration.objects.annotate(
            days=Count("attendance", filter=Q(attendance__present=True))
        )
        .filter(days__gt=0)
        .values(
            "mobility_id",
            "mobility__starts_on",
            "sending_partner__country",
            "role",
            "gender",
            "days",
        )
    )
    data["participants"] = [
        [
            row["mobility__starts_on"].year,
            row["sending_partner__country"],
            row["mobility_id"],
            row["role"],
            row["gender"] or "",
            row["days"],
        ]
        for row in attended.order_by()
    ]
    return data


# What the reader chose ------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    country: str = ""
    year_from: int | None = None
    year_to: int | None = None

    def holds(self, year: int | None, country: str | None) -> bool:
        if self.country and country != self.country:
            return False
        return self.in_period(year)

    def in_period(self, year: int | None) -> bool:
        if year is None:
            return self.year_from is None and self.year_to is None
        if self.year_from is not None and year < self.year_from:
            return False
        return self.year_to is None or year <= self.year_to


@dataclass
class Table:
    """One figure of the page: its data as a table, drawn by a chart of `chart` kind
    (results.charts) from the numeric columns after the first."""

    key: str
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    chart: str = "hbar"
    note: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.rows


def suppressed() -> str:
    return _("fewer than %(n)s") % {"n": SMALL_COUNT}


def shown(count: int) -> int | str:
    """A count of people, or "fewer than 5" where it could point at someone."""
    return count if count == 0 or count >= SMALL_COUNT else suppressed()


class Named(str):
    """A name as a table shows it: `lang` when it is in another language than the
    page's (no translation yet), for screen readers and translators; `url` when it
    leads to its page."""

    lang = ""
    url = ""


def small_count_note() -> str:
    return _(
        "Fewer than %(n)s people in one group are not shown, so that nobody can "
        "be recognised."
    ) % {"n": SMALL_COUNT}


def _name(names: dict | None, language: str, default: str = "") -> str:
    """A name in `language`, else in the closest language that has it (as on the rest
    of the site: settings.MODELTRANSLATION_FALLBACK_LANGUAGES), else in any."""
    if not names:
        return default
    close = settings.MODELTRANSLATION_FALLBACK_LANGUAGES.get(language, ())
    for code in (language, *close, *names):
        if names.get(code):
            if code == language:
                return names[code]
            named = Named(names[code])
            named.lang = code
            return named
    return default


def tables(data: dict, filters: Filters, language: str) -> dict:
    """Every table of the page for this country and period, in `language` (and, under
    "reach" and "communities", the totals the page states in words)."""
    result: dict = {}
    keep = filters.holds

    # Practices -----------------------------------------------------------------------
    practices = [row for row in data.get("practices", []) if keep(row[0], row[1])]
    per_year: dict[int, Counter] = defaultdict(Counter)
    for y, country, dimension, _value, n in practices:
        if dimension == "all" and y is not None:
            per_year[y][country] += n
    countries = sorted({c for counts in per_year.values() for c in counts})
    result["practices_by_year"] = Table(
        "practices_by_year",
        _("Practices published per year, by country"),
        [_("Year"), *[country_name(c) for c in countries], _("Total")],
        [
            [str(y), *[per_year[y][c] for c in countries], sum(per_year[y].values())]
            for y in sorted(per_year)
        ],
        chart="stacked",
    )
    titles = {
        "target_group": _("Practices by target group"),
        "area": _("Practices by whole-school area"),
        "measure": _("Practices by type of measure"),
    }
    first = {
        "target_group": _("Target group"),
        "area": _("Whole-school area"),
        "measure": _("Type of measure"),
    }
    for dimension, title in titles.items():
        counts: Counter = Counter()
        for _y, _country, kind, value, n in practices:
            if kind == dimension:
                counts[value] += n
        terms = data.get("terms", {}).get(dimension, {})
        result[f"practices_by_{dimension}"] = Table(
            f"practices_by_{dimension}",
            title,
            [first[dimension], _("Practices")],
            [
                [_name(terms.get(slug), language, slug), counts[slug]]
                for slug in terms
                if counts[slug]
            ],
        )

    # Reach of the practices ----------------------------------------------------------
    adaptations = [row for row in data.get("adaptations", []) if keep(row[0], row[1])]
    reach: dict[int, dict] = defaultdict(
        lambda: {"n": 0, "schools": set(), "countries": set()}
    )
    for _y, _pc, school_country, practice_id, school_id in adaptations:
        item = reach[practice_id]
        item["n"] += 1
        item["schools"].add(school_id)
        item["countries"].add(school_country)
    ranked = sorted(
        reach.items(), key=lambda kv: (-kv[1]["n"], -len(kv[1]["schools"]), kv[0])
    )[:10]
    titles_ = data.get("practice_titles", {})

    def practice(pk) -> Named:
        known = titles_.get(str(pk)) or {}
        title = _name(known.get("names"), language, str(pk))
        linked = Named(title)
        linked.lang = getattr(title, "lang", "")
        if known.get("slug"):
            linked.url = reverse("inventory:practice-detail", args=[known["slug"]])
        return linked

    result["most_adapted"] = Table(
        "most_adapted",
        _("The most adapted practices"),
        [_("Practice"), _("Adaptations"), _("Schools"), _("Countries")],
        [
            [practice(pk), item["n"], len(item["schools"]), len(item["countries"])]
            for pk, item in ranked
        ],
    )
    result["reach"] = {
        "adaptations": len(adaptations),
        "practices": len(reach),
        "schools": len({row[4] for row in adaptations}),
        "countries": len({row[2] for row in adaptations}),
    }

    # Outcomes ------------------------------------------------------------------------
    from inventory.models import Indicator, Measurement

    outcomes = [row for row in data.get("outcomes", []) if keep(row[0], row[1])]
    by_indicator: dict[str, list] = defaultdict(list)
    for row in outcomes:
        by_indicator[row[2]].append(row)
    rows = []
    for indicator in Indicator.values:
        reports = by_indicator.get(indicator)
        if not reports:
            continue
        measured = Counter(row[3] for row in reports)
        rows.append(
            [
                str(Indicator(indicator).label),
                len({row[6] for row in reports}),
                round(sum(row[4] for row in reports) / len(reports), 1),
                round(sum(row[5] for row in reports) / len(reports), 1),
                measured[Measurement.SELF_REPORTED],
                measured[Measurement.MONITORED],
                measured[Measurement.EVALUATED],
            ]
        )
    result["outcomes"] = Table(
        "outcomes",
        _("Reported outcomes: the mean before and after"),
        [
            _("Indicator"),
            _("Schools"),
            _("Before"),
            _("After"),
            _("Self-reported"),
            _("Monitored"),
            _("Evaluated"),
        ],
        rows,
        chart="pair",
        note=_(
            "Attendance and grade repetition in per cent of pupils, absences in days "
            "per pupil, the others in pupils."
        ),
    )

    # The network ---------------------------------------------------------------------
    schools = [row for row in data.get("schools", []) if keep(row[0], row[1])]
    members = [row for row in data.get("members", []) if keep(row[0], row[1] or None)]
    by_country: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_partner: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _y, country, partner, n in schools:
        by_country[country][0] += n
        by_partner[str(partner or "")][0] += n
    for _y, country, partner, n in members:
        by_country[country or ""][1] += n
        by_partner[str(partner or "")][1] += n
    result["network_by_country"] = Table(
        "network_by_country",
        _("Schools and members by country"),
        [_("Country"), _("Schools"), _("Members")],
        [
            [country_name(c) if c else _("Not given"), *by_country[c]]
            for c in sorted(by_country, key=lambda c: (not c, c))
        ],
        chart="bar",
    )
    partners = data.get("partners", {})
    result["network_by_partner"] = Table(
        "network_by_partner",
        _("Schools and members by partner network"),
        [_("Partner"), _("Schools"), _("Members")],
        [
            [
                _name(partners.get(p), language, _("No partner network")),
                *by_partner[p],
            ]
            for p in sorted(
                by_partner, key=lambda p: (not p, _name(partners.get(p), language))
            )
        ],
    )
    # Posts have no country: the communities' activity is the whole network's.
    posts = sum(n for y, n in data.get("posts", []) if filters.in_period(y))
    result["communities"] = {
        **data.get("communities", {"count": 0, "memberships": 0}),
        "posts": posts,
    }

    # Professional development --------------------------------------------------------
    enrolments = [
        row for row in data.get("enrolments", []) if keep(row[0], row[1] or None)
    ]
    feedback = [row for row in data.get("feedback", []) if keep(row[0], row[1] or None)]
    per_module: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0])
    for _y, _c, module, n, done in enrolments:
        per_module[str(module)][0] += n
        per_module[str(module)][1] += done
    for _y, _c, module, total, n in feedback:
        per_module[str(module)][2] += total
        per_module[str(module)][3] += n
    modules = data.get("modules", {})
    result["training"] = Table(
        "training",
        _("Enrolments and completions per module"),
        [
            _("Module"),
            _("Enrolments"),
            _("Completions and certificates"),
            _("Mean rating (1-5)"),
            _("Ratings"),
        ],
        [
            [
                _name(modules.get(m), language, m),
                values[0],
                values[1],
                round(values[2] / values[3], 1) if values[3] else "",
                values[3],
            ]
            for m, values in sorted(per_module.items(), key=lambda kv: -kv[1][0])
        ],
        chart="bar",
    )

    # Mobilities ----------------------------------------------------------------------
    from mobilities.models import Gender
    from network.models import Position

    participants = [row for row in data.get("participants", []) if keep(row[0], row[1])]
    country_counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    roles: Counter = Counter()
    genders: Counter = Counter()
    per_event: dict[str, Counter] = defaultdict(Counter)
    for _y, country, mobility, role, gender, days in participants:
        country_counts[country][0] += 1
        country_counts[country][1] += days
        roles[role] += 1
        genders[gender] += 1
        per_event[str(mobility)][gender] += 1
    result["participants_by_country"] = Table(
        "participants_by_country",
        _("Mobility participants by country of the sending partner"),
        [_("Country"), _("Participants"), _("Days attended")],
        [[country_name(c), *country_counts[c]] for c in sorted(country_counts)],
        chart="bar",
    )
    result["participants_by_role"] = Table(
        "participants_by_role",
        _("Mobility participants by role"),
        [_("Role"), _("Participants")],
        [
            [str(Position(r).label) if r in Position.values else r, roles[r]]
            for r in sorted(roles)
        ],
    )
    gender_order = [*Gender.values, ""]
    gender_names = [str(Gender(g).label) for g in Gender.values] + [_("Not given")]
    result["participants_by_gender"] = Table(
        "participants_by_gender",
        _("Mobility participants by gender"),
        [_("Gender"), _("Participants")],
        [
            [name, shown(genders[g])]
            for g, name in zip(gender_order, gender_names, strict=True)
            if genders[g]
        ],
        note=small_count_note(),
    )
    events = data.get("mobilities", {})
    result["participants_by_event"] = Table(
        "participants_by_event",
        _("Participants of each mobility, by gender"),
        [_("Mobility"), *gender_names, _("Total")],
        [
            [
                _name(events.get(m), language, m),
                *[shown(counts[g]) for g in gender_order],
                sum(counts.values()),
            ]
            for m, counts in sorted(
                per_event.items(), key=lambda kv: -sum(kv[1].values())
            )
        ],
        chart="",
        note=small_count_note(),
    )
    return result


def years(data: dict) -> list[int]:
    """The years the figures cover (for the period's choices)."""
    found = {
        row[0]
        for key in (
            "practices",
            "adaptations",
            "outcomes",
            "enrolments",
            "participants",
        )
        for row in data.get(key, [])
        if row[0] is not None
    }
    return sorted(found)
