"""One layout for every app (issue 15): each app's writes, pages and forms are packages
by subject (services/, views/, forms/), each package says in its docstring which subject
modules it holds, and no app reaches into another app's views or forms: what apps share
lives in models, services or the core. The project's URLconf (siehub/urls.py) is the one
module that imports apps' views, to mount them; the rest of the core imports none.

results is exempt from the packages: it has a single subject (the figures), one form and
one page with its downloads, so packages would hold one module each. The test holds it to
that: once its forms.py has a second form, it takes the packages too.

The modules are parsed (ast), not imported: imports inside functions count, and the test
needs no database.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ("network", "inventory", "training", "mobilities", "results")
CORE = "siehub"
LAYERS = ("views", "forms")
PACKAGES = ("services", "views", "forms")
SINGLE_SUBJECT = {"results"}
URLCONF = Path("siehub/urls.py")


def modules(package: str) -> list[Path]:
    """The Python modules of `package`, relative to the root, migrations aside."""
    return sorted(
        path.relative_to(ROOT)
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    )


def imported_names(path: Path, source: str | None = None) -> set[str]:
    """Every module `path` (or `source` as if it were there) imports, as absolute dotted
    names; for `from a import b`, both `a` and `a.b` (b may be a module)."""
    if source is None:
        source = (ROOT / path).read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    package = list(path.parent.parts)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def foreign_layer(name: str, own: str) -> bool:
    """Whether `name` is the views or forms (module or package) of an app not `own`."""
    parts = name.split(".")
    return (
        len(parts) > 1 and parts[0] in APPS and parts[0] != own and parts[1] in LAYERS
    )


def test_the_check_resolves_relative_imports_and_finds_another_apps_layers():
    source = (
        "from ..services import media\n"
        "from .practices import TextSectionsMixin\n"
        "import network.views.accounts\n"
    )
    assert imported_names(Path("inventory/forms/media.py"), source) == {
        "inventory.services",
        "inventory.services.media",
        "inventory.forms.practices",
        "inventory.forms.practices.TextSectionsMixin",
        "network.views.accounts",
    }
    assert imported_names(Path("inventory/forms/__init__.py"), "from . import x") == {
        "inventory.forms",
        "inventory.forms.x",
    }
    assert foreign_layer("network.views.accounts", "mobilities")
    assert foreign_layer("network.forms", "inventory")
    assert not foreign_layer("network.views", "network")
    assert not foreign_layer("network.models", "inventory")
    assert not foreign_layer("siehub.forms", "inventory")


@pytest.mark.parametrize("package", [*APPS, CORE])
def test_no_app_imports_another_apps_views_or_forms(package):
    found = [
        f"{path}: {name}"
        for path in modules(package)
        if path != URLCONF
        for name in sorted(imported_names(path))
        if foreign_layer(name, package)
    ]
    assert not found, "\n".join(found)


def has_views(app: str) -> bool:
    return (ROOT / app / "views.py").exists() or (ROOT / app / "views").is_dir()


@pytest.mark.parametrize("app", [app for app in APPS if app not in SINGLE_SUBJECT])
def test_every_app_has_services_views_and_forms_packages(app):
    assert has_views(app)
    for name in PACKAGES:
        assert (ROOT / app / name / "__init__.py").exists(), f"{app}/{name}/"
        assert not (ROOT / app / f"{name}.py").exists(), f"{app}/{name}.py"


@pytest.mark.parametrize("app", sorted(SINGLE_SUBJECT))
def test_a_single_subject_app_keeps_flat_modules_with_one_form(app):
    for name in PACKAGES:
        assert (ROOT / app / f"{name}.py").exists(), f"{app}/{name}.py"
    tree = ast.parse((ROOT / app / "forms.py").read_text(encoding="utf-8"))
    forms = [node.name for node in tree.body if isinstance(node, ast.ClassDef)]
    assert len(forms) == 1, f"{app} has several forms ({forms}): make it packages"


@pytest.mark.parametrize(
    "package",
    [f"{app}/{name}" for app in APPS if app not in SINGLE_SUBJECT for name in PACKAGES],
)
def test_each_package_says_in_one_line_which_modules_it_holds(package):
    init = ROOT / package / "__init__.py"
    docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
    assert docstring and "\n" not in docstring, f"{package}: one line, please"
    subjects = sorted(
        path.stem for path in (ROOT / package).glob("*.py") if path.stem != "__init__"
    )
    missing = [s for s in subjects if not re.search(rf"\b{s}\b", docstring)]
    assert not missing, f"{package}/__init__.py does not name {missing}"
