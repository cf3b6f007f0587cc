#!/usr/bin/env python3
"""Turns the benchmark's HTML pages into Jinja/Django templates of the same shape: a `{% load %}`
line, `{% block %}` around the head's and body's content, `{{ … }}` in text and in script `src`
values, and `{% if %}` around some scripts. Deterministic. Usage: make_template_corpus.py SRC DEST"""
import os
import re
import sys

src, dest = sys.argv[1], sys.argv[2]
count = 0
for d, _, files in os.walk(src):
    for f in sorted(files):
        if not f.endswith(".html"):
            continue
        text = open(os.path.join(d, f), encoding="utf-8", errors="replace").read()
        text = "{% load static %}\n" + text
        text = re.sub(r"(<head[^>]*>)", r"\1{% block head %}", text, count=1)
        text = text.replace("</head>", "{% endblock %}</head>", 1)
        text = re.sub(r'src="([^"{}]+\.js)"', lambda m: 'src="{% static \'' + m.group(1) + '\' %}"', text)
        n = [0]
        def wrap(m):
            n[0] += 1
            return "{% if debug %}" + m.group(0) + "{% endif %}" if n[0] % 5 == 0 else m.group(0)
        text = re.sub(r"<script\b[^>]*>.*?</script>", wrap, text, flags=re.S)
        text = re.sub(r"<h1>", "<h1>{{ page.title }} ", text)
        out = os.path.join(dest, os.path.relpath(d, src), f)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        open(out, "w", encoding="utf-8").write(text)
        count += 1
print(f"{count} templates in {dest}")
