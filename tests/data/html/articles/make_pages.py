# ruff: noqa: E501  (the page template holds whole lines of HTML, as saved pages do)
"""Regenerate the three saved article pages of this folder (see README.md here).

Each page wraps one article text of ``reports/us-china-tariffs-2018-07/sources/`` in the
markup of a news site's article page: metadata in ``<head>``, scripts, navigation, a
cookie banner, share buttons, related-story lists, a newsletter box and a footer —
the furniture the ingest stage must drop. Run from the repository root:
``.venv/bin/python tests/data/html/articles/make_pages.py``.
"""

from __future__ import annotations

import html
import re
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parents[3] / "reports" / "us-china-tariffs-2018-07" / "sources"

PAGES = {
    "peoples-daily-c90000-9478622.html": {
        "file": "01_peoples_daily_news.txt",
        "site": "People's Daily Online",
        "author": "",
        "published": "2018-07-07T08:44:00+08:00",
        "nav": ["China", "World", "Business", "Military", "Society", "Culture", "Travel", "Science", "Sports", "Photos"],
        "related": ["China, Russia vow to enhance cooperation", "Chinese premier arrives in Sofia for China-CEEC summit",
                    "Xi meets Greek PM", "Yuan steady as tariffs take effect", "China's retail sales grow 9.5 pct"],
        "split": True,
    },
    "china-ready-to-fight-back-as-us-begins-trade-war.html": {
        "file": "03_the_guardian.txt",
        "site": "The Guardian",
        "author": "",
        "published": "2018-07-06T10:12:00+01:00",
        "nav": ["News", "Opinion", "Sport", "Culture", "Lifestyle", "World", "UK", "Environment", "Science", "Business"],
        "related": ["Trump's trade war: what is at stake for the US and China?", "Iowa farmers brace for Chinese tariffs",
                    "Stock markets rally as tariff deadline passes", "The yuan's slide explained"],
        "split": False,
    },
    "business-44707253.html": {
        "file": "04_bbc_news.txt",
        "site": "BBC News",
        "author": "",
        "published": "2018-07-06T07:54:00+01:00",
        "nav": ["Home", "UK", "World", "Business", "Politics", "Tech", "Science", "Health", "Family & Education", "Entertainment & Arts"],
        "related": ["Trump threatens tariffs on $500bn of Chinese goods", "China's economy: Six things you need to know",
                    "Soya farmers fear trade war fallout", "Why are steel tariffs so controversial?"],
        "split": False,
    },
}


def _article(path: Path, *, split: bool) -> tuple[str, list[str]]:
    manifest = tomllib.loads((path.parent.parent / "report.toml").read_text(encoding="utf-8"))
    title = next(s["title"] for s in manifest["sources"] if s["path"] == f"sources/{path.name}")
    body = path.read_text(encoding="utf-8").strip()
    if split:  # the scrape is one paragraph: cut it into paragraphs of four sentences
        sentences = re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])", body)
        paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    else:
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    return title, paragraphs


def page(name: str, spec: dict[str, object]) -> str:
    title, paragraphs = _article(SOURCES / str(spec["file"]), split=bool(spec["split"]))
    site, author, published = str(spec["site"]), str(spec["author"]), str(spec["published"])
    e = html.escape
    nav = "".join(f'<li><a href="/{e(item.lower())}">{e(item)}</a></li>' for item in spec["nav"])  # type: ignore[union-attr]
    related = "".join(f'<li><a href="/related/{i}">{e(item)}</a></li>' for i, item in enumerate(spec["related"]))  # type: ignore[arg-type]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paragraphs)
    byline = f'<p class="byline">By <a rel="author" href="/profile/{e(author.lower().replace(" ", "-"))}">{e(author)}</a></p>' if author else ""
    author_meta = f'\n  <meta name="author" content="{e(author)}">' if author else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} | {e(site)}</title>
  <meta name="description" content="{e(paragraphs[0][:150])}">{author_meta}
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(site)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="article:published_time" content="{e(published)}">
  <link rel="canonical" href="https://example.invalid/{e(name)}">
  <link rel="stylesheet" href="/static/css/site.min.css">
  <script>window.__CONFIG__ = {{"ads": true, "section": "world", "abTests": ["related-rail", "sticky-share"]}};</script>
  <script async src="/static/js/analytics.js"></script>
  <style>.cookie-banner{{position:fixed;bottom:0}} .share a{{margin:0 4px}}</style>
</head>
<body class="article-page">
  <div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to show you personalised advertising. By continuing you agree to our cookie policy.</p><button>Accept all</button> <button>Manage settings</button></div>
  <header class="site-header">
    <a class="logo" href="/">{e(site)}</a>
    <nav aria-label="Sections"><ul>{nav}</ul></nav>
    <form class="search" action="/search"><input name="q" placeholder="Search"><button>Search</button></form>
    <a class="subscribe" href="/subscribe">Subscribe</a> <a class="signin" href="/signin">Sign in</a>
  </header>
  <main id="main-content">
    <article>
      <p class="kicker"><a href="/business">Business</a> · <a href="/trade">Trade war</a></p>
      <h1>{e(title)}</h1>
      {byline}
      <p class="dateline"><time datetime="{e(published)}">{e(published[:10])}</time></p>
      <div class="share"><a href="/share/facebook">Share on Facebook</a><a href="/share/twitter">Share on Twitter</a><a href="/share/email">Share via Email</a></div>
{body}
      <aside class="newsletter"><h2>Sign up for our daily newsletter</h2><p>Get the day's top stories in your inbox every morning.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></aside>
    </article>
    <aside class="related"><h2>More on this story</h2><ul>{related}</ul></aside>
    <section class="comments"><h2>Comments (213)</h2><p>Comments are closed for this article.</p></section>
  </main>
  <footer class="site-footer">
    <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookies</a></li></ul>
    <p>© 2018 {e(site)}. All rights reserved.</p>
  </footer>
  <script>document.querySelectorAll('.share a').forEach(function (a) {{ a.addEventListener('click', track); }});</script>
</body>
</html>
"""


if __name__ == "__main__":
    for name, spec in PAGES.items():
        (HERE / name).write_text(page(name, spec), encoding="utf-8")
