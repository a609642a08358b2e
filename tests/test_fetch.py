"""The URL fetcher of ``contrast add URL``, against a local server: what it follows, what it refuses.

Every refusal is one FetchError naming the URL; what a server sends is hostile (loops,
endless or compressed-bomb bodies, wrong types, stalls), so each case stops early.
"""

from __future__ import annotations

import gzip
import re
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contrast import __version__
from contrast.errors import FetchError
from contrast.fetch import CONTENT_TYPES, FetchLimits, check_url, fetch, is_url, looks_like_web_address, page_name
from contrast.ingest import source_suffixes
from tests.webserver import Page, redirect, serve

ARTICLE = (Path(__file__).parent / "data" / "html" / "news-article.html").read_bytes()
FAST = FetchLimits(timeout=1.0, deadline=3.0)

pytestmark = pytest.mark.usefixtures("no_proxy")


def test_fetches_a_page_with_a_user_agent_naming_contrast_and_its_version() -> None:
    with serve({"/a": Page(ARTICLE)}) as server:
        page = fetch(server.url("/a"), limits=FAST)
    assert page.data == ARTICLE and page.suffix == ".html" and page.content_type == "text/html"
    agent = server.requests[0][1]["User-Agent"]
    assert agent.startswith(f"contrast/{__version__} ")


def test_follows_a_relative_redirect_and_records_the_final_url() -> None:
    with serve({"/old": redirect("/new?from=old", 301), "/new": Page(ARTICLE)}) as server:
        page = fetch(server.url("/old"), limits=FAST)
    assert page.url == server.url("/new?from=old") and page.requested == server.url("/old")


def test_a_redirect_loop_is_refused() -> None:
    with serve({"/a": redirect("/b"), "/b": redirect("/a")}) as server, pytest.raises(FetchError, match="loop"):
        fetch(server.url("/a"), limits=FAST)
    assert len(server.requests) == 2


def test_more_redirects_than_the_limit_are_refused() -> None:
    routes = {f"/{i}": redirect(f"/{i + 1}") for i in range(10)}
    with serve(routes) as server, pytest.raises(FetchError, match="more than 3 redirects"):
        fetch(server.url("/0"), limits=FetchLimits(max_redirects=3, timeout=1.0))
    assert len(server.requests) == 4


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://example.com/page.html", "data:text/html,<p>x</p>", "gopher://x/"])
def test_a_redirect_to_another_scheme_is_refused_not_followed(target: str) -> None:
    with serve({"/a": redirect(target)}) as server, pytest.raises(FetchError) as caught:
        fetch(server.url("/a"), limits=FAST)
    assert "only http:// and https://" in str(caught.value) and server.url("/a") in str(caught.value)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/a.html", "javascript://x", "http:///no-host"])
def test_urls_that_are_not_http_pages_are_refused_before_any_connection(url: str) -> None:
    with pytest.raises(FetchError):
        fetch(url, limits=FAST)


def test_credentials_in_a_url_are_refused_and_not_repeated() -> None:
    with pytest.raises(FetchError, match="user name or password") as caught:
        check_url("https://alice:s3cret@example.com/a")
    assert "s3cret" not in str(caught.value)


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    with serve({"/big": Page(b"<p>x</p>" * 2000)}) as server, pytest.raises(FetchError, match="over 1,000 bytes"):
        fetch(server.url("/big"), limits=FetchLimits(max_bytes=1000, timeout=1.0))


def _endless(handler: BaseHTTPRequestHandler) -> None:
    """A body without a length that never ends: the cap must stop it, not the server."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Connection", "close")
    handler.end_headers()
    chunk = b"<p>" + b"spam " * 2000 + b"</p>\n"
    for _ in range(100_000):  # ~1 GB if nobody stops reading
        handler.wfile.write(chunk)


def test_an_endless_body_is_cut_at_the_cap_while_streaming() -> None:
    started = time.monotonic()
    with serve({"/endless": _endless}) as server, pytest.raises(FetchError, match="over 200,000 bytes"):
        fetch(server.url("/endless"), limits=FetchLimits(max_bytes=200_000, timeout=2.0))
    assert time.monotonic() - started < 5


def test_a_gzip_bomb_stops_at_the_cap() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)  # 50 MB of zeros in ~50 kB
    page = Page(bomb, "text/html", headers={"Content-Encoding": "gzip"})
    with serve({"/bomb": page}) as server, pytest.raises(FetchError, match="over 1,000,000 bytes"):
        fetch(server.url("/bomb"), limits=FetchLimits(max_bytes=1_000_000, timeout=2.0))


def test_a_gzip_body_a_server_sends_anyway_is_decompressed() -> None:
    page = Page(gzip.compress(ARTICLE), "text/html", headers={"Content-Encoding": "gzip"})
    with serve({"/gz": page}) as server:
        assert fetch(server.url("/gz"), limits=FAST).data == ARTICLE


@pytest.mark.parametrize("content_type", ["image/png", "application/json", "application/octet-stream", "video/mp4", "texthtml"])
def test_content_types_without_a_reader_are_refused_with_the_type_named(content_type: str) -> None:
    with serve({"/x": Page(b"\x89PNG\r\n" * 10, content_type)}) as server, pytest.raises(FetchError) as caught:
        fetch(server.url("/x"), limits=FAST)
    assert repr(content_type) in str(caught.value) and "text/html" in str(caught.value)


def test_a_page_without_a_content_type_is_refused() -> None:
    with serve({"/x": Page(ARTICLE, None)}) as server, pytest.raises(FetchError, match="no Content-Type"):
        fetch(server.url("/x"), limits=FAST)


@pytest.mark.parametrize(("content_type", "suffix"), [("application/pdf", ".pdf"), ("text/plain; charset=utf-8", ".txt"),
                                                      ("application/xhtml+xml", ".html"), ("text/markdown", ".md")])
def test_other_readable_types_are_saved_with_their_readers_suffix(content_type: str, suffix: str) -> None:
    with serve({"/doc": Page(b"body", content_type)}) as server:
        assert fetch(server.url("/doc"), limits=FAST).suffix == suffix


def test_every_accepted_content_type_has_a_reader() -> None:
    assert set(CONTENT_TYPES.values()) <= set(source_suffixes())


def _stalls(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(3)


def test_a_server_that_does_not_answer_times_out() -> None:
    started = time.monotonic()
    with serve({"/slow": _stalls}) as server, pytest.raises(FetchError, match=r"no answer within 0\.5 s"):
        fetch(server.url("/slow"), limits=FetchLimits(timeout=0.5, deadline=10))
    assert time.monotonic() - started < 2.5


def _html_headers(handler: BaseHTTPRequestHandler, length: int) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(length))
    handler.end_headers()


def _trickles(handler: BaseHTTPRequestHandler) -> None:
    """Headers at once, then a byte every 0.1 s: never silent long enough for the read timeout."""
    _html_headers(handler, 100_000)
    for _ in range(100_000):
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(0.1)


def test_a_trickling_server_is_stopped_by_the_deadline() -> None:
    started = time.monotonic()
    with serve({"/drip": _trickles}) as server, pytest.raises(FetchError, match="took longer than 1 s"):
        fetch(server.url("/drip"), limits=FetchLimits(timeout=1.0, deadline=1.0))
    assert time.monotonic() - started < 3


def _truncated(handler: BaseHTTPRequestHandler) -> None:
    _html_headers(handler, 5000)
    handler.wfile.write(b"<html><p>only the start")


def test_a_body_shorter_than_its_declared_length_is_refused() -> None:
    with serve({"/cut": _truncated}) as server, pytest.raises(FetchError, match="before the whole page arrived"):
        fetch(server.url("/cut"), limits=FAST)


@pytest.mark.parametrize("status", [404, 403, 500, 204])
def test_an_answer_other_than_the_page_is_refused_with_its_status(status: int) -> None:
    with serve({"/x": Page(b"", "text/html", status)}) as server, pytest.raises(FetchError, match=f"answered {status}"):
        fetch(server.url("/x"), limits=FAST)


@pytest.mark.parametrize(("status", "hint"), [(403, True), (401, True), (429, True), (451, True), (404, False), (500, False)])
def test_a_site_that_refuses_programs_gets_the_advice_to_save_the_page_from_a_browser(status: int, hint: bool) -> None:
    """Many news sites answer a program 401/403/429 and a reader's browser the article."""
    with serve({"/x": Page(b"", "text/html", status)}) as server, pytest.raises(FetchError) as caught:
        fetch(server.url("/x"), limits=FAST)
    assert ("save it from there" in str(caught.value)) == hint


def test_a_refused_connection_is_one_clear_error() -> None:
    with serve({}) as server:
        url = server.url("/gone")
    with pytest.raises(FetchError, match="could not connect"):
        fetch(url, limits=FAST)


def test_is_url_tells_urls_from_file_names() -> None:
    assert is_url("https://example.com/a") and is_url("FTP://x/y")
    assert not is_url("article.html") and not is_url("C:\\Users\\a.txt") and not is_url("notes:today.txt")


@pytest.mark.parametrize(("argument", "address"), [
    ("www.bbc.com/news/business-44707253", True), ("bbc.com/news/business-44707253", True), ("WWW.BBC.COM", True),
    ("127.0.0.1:8000/a.html", True), ("english.people.com.cn/n3/2018/0707/c90000-9478622.html", True),
    ("notes.md", False), ("sources/page.html", False), ("Culture Week.md", False), ("./www/page.html", False), ("page.html", False),
])
def test_a_web_address_without_its_scheme_is_told_from_a_file_name(argument: str, address: bool) -> None:
    assert looks_like_web_address(argument) == address


@pytest.mark.parametrize(("url", "name"), [
    ("https://www.theguardian.com/world/2018/jul/06/china-ready-to-fight-back-as-us-begins-trade-war",
     "china-ready-to-fight-back-as-us-begins-trade-war"),
    ("https://www.bbc.com/news/business-44707253", "business-44707253"),
    ("http://english.people.com.cn/n3/2018/0707/c90000-9478622.html", "english-people-com-cn-c90000-9478622"),
    ("https://example.org/", "example-org"),
    ("https://example.org/news/index.html", "example-org"),
    ("https://example.org/a/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "etc-passwd"),
])
def test_page_names_come_from_the_url_slug(url: str, name: str) -> None:
    assert page_name(url) == name


@given(st.text(max_size=300))
def test_a_page_name_is_always_a_safe_file_name(path: str) -> None:
    name = page_name("https://example.com/" + path)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name) and len(name) <= 60


def _hostile_status(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(b"HTTP/1.1 404 Not \x1b[2J\x1b]0;owned\x07Found\r\nContent-Length: 0\r\n\r\n")


def test_a_servers_reason_phrase_cannot_put_escapes_in_the_message() -> None:
    with serve({"/x": _hostile_status}) as server, pytest.raises(FetchError, match="answered 404") as caught:
        fetch(server.url("/x"), limits=FAST)
    assert "\x1b" not in str(caught.value) and "\x07" not in str(caught.value)


def test_a_public_page_may_not_redirect_to_a_local_address(monkeypatch: pytest.MonkeyPatch) -> None:
    """The local server stands for a public site (its address is reported as public); its
    redirect to localhost, as to a router's admin page or a metadata service, is refused."""
    import ipaddress

    import contrast.fetch

    real = contrast.fetch._addresses
    public = {ipaddress.ip_address("93.184.216.34")}
    monkeypatch.setattr(contrast.fetch, "_addresses", lambda host: public if host == "127.0.0.1" else real(host))
    with serve({"/a": redirect("/b")}) as server:
        server.routes["/a"] = redirect(server.url("/meta").replace("127.0.0.1", "localhost"))
        with pytest.raises(FetchError, match="private or local network"):
            fetch(server.url("/a"), limits=FAST)
        server.routes["/a"] = redirect("/article")  # same public host: followed
        server.routes["/article"] = Page(ARTICLE)
        assert fetch(server.url("/a"), limits=FAST).data == ARTICLE
    assert [path for path, _ in server.requests] == ["/a", "/a", "/article"]


@pytest.mark.parametrize(("address", "public"), [
    ("93.184.216.34", True), ("10.0.0.1", False), ("169.254.169.254", False), ("::1", False), ("192.168.1.1", False),
    ("2606:4700::1111", True),
])
def test_which_addresses_count_as_public(address: str, public: bool) -> None:
    from contrast.fetch import _addresses

    assert all(a.is_global == public for a in _addresses(address))
