#!/usr/bin/env python3
"""Writes the benchmark corpus: deterministic (seeded) pages shaped like real sites.

About 2 000 pages and 200 MB: documentation pages (Sphinx/Doxygen-like: long text, code, tables),
CMS pages (WordPress/Bitrix-like: dozens of scripts, inline JSON, deep nesting, analytics), SPA
shells, and a few pages over 5 MB. Usage: make_corpus.py OUT-DIR [--seed N] [--pages N] [--mb N]
"""
import argparse
import os
import random

WORDS = ("the parser script browser render layout module import defer async page head body table "
         "value option element request cache token stream buffer client server index search result "
         "section figure caption header footer navigation widget counter analytics theme plugin").split()


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def script(rng, k):
    kind = rng.random()
    if kind < 0.35:
        attrs = rng.choice(["", " defer", " async", " async defer", ' type="text/javascript"'])
        return f'<script src="/static/js/chunk-{k}-{rng.randrange(1 << 30):x}.js"{attrs}></script>'
    if kind < 0.55:
        return "<script>window.__cfg%d = %s;</script>" % (k, '{"a": 1, "b": [1, 2, 3], "c": "' + words(rng, 8) + '"}')
    if kind < 0.65:
        return '<script type="application/ld+json">{"@context": "https://schema.org", "name": "%s"}</script>' % words(rng, 5)
    if kind < 0.75:
        return '<script async src="https://www.googletagmanager.com/gtag/js?id=G-%d"></script>' % rng.randrange(10 ** 6)
    if kind < 0.85:
        return '<script type="module" src="/assets/m%d.js"></script>' % k
    return "<script>\n" + "\n".join("  var v%d = '%s' + (a < b ? '</div>' : '');" % (j, words(rng, 4)) for j in range(rng.randint(3, 40))) + "\n</script>"


def doc_page(rng, target):
    head = ['<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s</title>' % words(rng, 5),
            '<link rel="stylesheet" href="_static/pygments.css">', '<script src="_static/documentation_options.js"></script>',
            '<script src="_static/doctools.js"></script>', "</head>\n<body>\n<div class=\"document\">"]
    parts = head
    size = sum(len(p) for p in parts)
    k = 0
    while size < target:
        r = rng.random()
        if r < 0.5:
            p = "<p>%s <a href=\"#s%d\">%s</a> %s.</p>" % (words(rng, 30), k, words(rng, 2), words(rng, 20))
        elif r < 0.7:
            p = '<div class="highlight"><pre><span class="k">def</span> <span class="nf">f%d</span>(x):\n    %s\n</pre></div>' % (k, words(rng, 12))
        elif r < 0.85:
            p = "<table class=\"docutils\"><tr>" + "".join("<td>%s</td>" % words(rng, 3) for _ in range(6)) + "</tr></table>"
        elif r < 0.95:
            p = '<section id="s%d"><h2>%s<a class="headerlink" href="#s%d">¶</a></h2>' % (k, words(rng, 4), k) + "<ul>" + "".join("<li>%s</li>" % words(rng, 6) for _ in range(5)) + "</ul></section>"
        else:
            p = "<!-- %s -->" % words(rng, 8)
        parts.append(p)
        size += len(p)
        k += 1
    parts.append("</div>\n<script>document.getElementById('searchbox').style.display = 'block'</script>\n</body>\n</html>\n")
    return "\n".join(parts)


def cms_page(rng, target):
    parts = ['<!DOCTYPE html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n<title>%s</title>' % words(rng, 6)]
    for k in range(rng.randint(10, 40)):
        parts.append(script(rng, k) if rng.random() < 0.7 else '<link rel="stylesheet" href="/css/p%d.css">' % k)
    parts.append("</head>\n<body class=\"home page\">")
    size = sum(len(p) for p in parts)
    k = 100
    depth = 0
    while size < target:
        r = rng.random()
        if r < 0.25 and depth < 30:
            p = '<div class="wp-block-%s col-%d">' % (rng.choice(WORDS), k % 12)
            depth += 1
        elif r < 0.4 and depth > 0:
            p = "</div>"
            depth -= 1
        elif r < 0.75:
            p = '<p>%s <img src="/upload/%d.jpg" alt="%s"> %s</p>' % (words(rng, 25), k, words(rng, 2), words(rng, 15))
        elif r < 0.9:
            p = script(rng, k)
        else:
            p = '<ul class="menu">' + "".join('<li class="menu-item"><a href="/%s/">%s</a></li>' % (rng.choice(WORDS), words(rng, 2)) for _ in range(8)) + "</ul>"
        parts.append(p)
        size += len(p)
        k += 1
    parts.append("</div>" * depth)
    for k in range(rng.randint(5, 25)):
        parts.append(script(rng, 1000 + k))
    parts.append("</body>\n</html>\n")
    if rng.random() < 0.2:
        parts.append('<script src="/bitrix/js/after-html.js"></script>\n')
    return "\n".join(parts)


def spa_page(rng, target):
    p = ['<!doctype html><html><head><meta charset="utf-8"><title>App</title>',
         '<script type="importmap">{"imports": {"vue": "/vue.js"}}</script>',
         '<script type="module" src="/assets/index-%x.js"></script>' % rng.randrange(1 << 30),
         '<link rel="stylesheet" href="/assets/index.css"></head><body><div id="app"></div>',
         '<script id="__DATA__" type="application/json">%s</script>' % ("[" + ",".join('{"id": %d, "t": "%s"}' % (j, words(rng, 6)) for j in range(max(1, target // 60))) + "]"),
         "</body></html>\n"]
    return "".join(p)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--mb", type=int, default=200)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    budget = args.mb * 1024 * 1024
    if args.pages == 1:
        # A single page of exactly the budget (the 100 MB page), or a small one for --mb 0.
        big, big_sizes = 1, [max(3_000, budget)]
    else:
        big = args.pages // 500           # a few pages over 5 MB
        big_sizes = [rng.randint(5_500_000, 9_000_000) for _ in range(big)]
    average = max(2_000, (budget - sum(big_sizes)) // max(1, args.pages - big))
    total = 0
    for n in range(args.pages):
        if n < big:
            target, make = big_sizes[n], (cms_page if args.pages == 1 else rng.choice([doc_page, cms_page]))
        else:
            target = int(rng.lognormvariate(0, 0.6) * average * 0.84)
            make = rng.choices([doc_page, cms_page, spa_page], weights=[45, 45, 10])[0]
        html = make(rng, target)
        sub = os.path.join(args.out, "site%02d" % (n % 20))
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "page%04d.html" % n), "w", encoding="utf-8") as f:
            f.write(html)
        total += len(html.encode("utf-8"))
    print(f"{args.pages} pages, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
