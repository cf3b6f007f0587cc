#!/usr/bin/env python3
"""Proof against Django itself: the fixture app (Fixtures/platforms/django) served by Django's own
engine — its order form page and the admin's add page for its ModelAdmin, logged in — holds each
media script where `scriptlint --print-model` places it when reading the app's Python and
templates with Django's admin templates: placement, async and defer, script by script.

usage: check.py SCRIPTLINT REPOSITORY WORKDIR
"""
import json
import os
import shutil
import subprocess
import sys

scriptlint, repo, work = sys.argv[1:4]
app_root = os.path.join(repo, "Fixtures/platforms/django")
sys.path.insert(0, app_root)

import django
from django.conf import settings

admin_templates = os.path.join(os.path.dirname(django.__file__), "contrib/admin/templates")
settings.configure(
    DEBUG=False,
    SECRET_KEY="fixture",
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
                    "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles", "shop"],
    MIDDLEWARE=["django.contrib.sessions.middleware.SessionMiddleware", "django.middleware.common.CommonMiddleware",
                "django.middleware.csrf.CsrfViewMiddleware", "django.contrib.auth.middleware.AuthenticationMiddleware",
                "django.contrib.messages.middleware.MessageMiddleware"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [os.path.join(app_root, "templates")],
                "APP_DIRS": True, "OPTIONS": {"context_processors": ["django.template.context_processors.request",
                                                                     "django.contrib.auth.context_processors.auth",
                                                                     "django.contrib.messages.context_processors.messages"]}}],
    STATIC_URL="/static/",
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
)
django.setup()

from django.contrib import admin
from django.shortcuts import render
from django.urls import path


def order_view(request):
    from shop.forms import OrderForm
    return render(request, "shop/order_form.html", {"form": OrderForm()})


urlpatterns = [path("admin/", admin.site.urls), path("order/", order_view)]

from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

call_command("migrate", run_syncdb=True, verbosity=0)
user = User.objects.create_superuser("admin", "admin@example.org", "pw")
client = Client()
client.force_login(user)

if os.path.exists(work):
    shutil.rmtree(work)
os.makedirs(work)
pages = {"order.html": "/order/", "admin-add.html": "/admin/shop/order/add/", "admin-list.html": "/admin/shop/order/"}
for name, url in pages.items():
    response = client.get(url)
    if response.status_code != 200:
        sys.exit(f"{url}: HTTP {response.status_code}")
    with open(os.path.join(work, name), "wb") as f:
        f.write(response.content)


def model(paths):
    out = subprocess.run([scriptlint, "--print-model", *paths], capture_output=True, text=True)
    if out.returncode != 0 or out.stderr:
        sys.exit(f"scriptlint --print-model failed: {out.stderr}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


source = {}
for rec in model([app_root, admin_templates]):
    if rec.get("platform") == "django":
        source.setdefault(rec["src"], []).append(rec)

compared = agree = 0
problems = []
for name in pages:
    for served in model([os.path.join(work, name)]):
        src = served.get("src") or ""
        key = src[len("/static/"):] if src.startswith("/static/") else src
        if key not in source:
            # The fixture app's own scripts must all be read, literal parts included.
            if key.startswith("shop/"):
                problems.append(f"{name}: {key} is served but not in the source model")
            continue  # Django's own admin scripts (their Media is built from settings)
        compared += 1
        want = (served["placement"], served["async"], served["defer"])
        got = {(s["placement"], s["async"], s["defer"]) for s in source[key]}
        if got == {want}:
            agree += 1
        else:
            problems.append(f"{name}: {key}: served {want}, source {sorted(got)} ({source[key][0]['why']})")
print(f"Django {django.get_version()}: {len(pages)} pages, {compared} media scripts compared, {agree} agree")
for p in problems:
    print("DISAGREE " + p)
sys.exit(1 if problems or compared < 5 else 0)
