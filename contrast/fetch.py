"""``contrast add URL``: fetch one web page the user named, deny by default.

This is the only module that opens network connections, and only ``contrast add`` calls
it: a build reads what was saved under ``sources/`` and never goes online
(``tests/test_offline_build.py`` checks every process of a build). What a server sends
is hostile input, so the fetcher allows little:

- ``http`` and ``https`` only, for the URL given and for every redirect (a page that
  redirects to ``file://`` or ``ftp://`` is refused, not followed), at most
  :attr:`FetchLimits.max_redirects` redirects, a URL seen twice is a loop;
- no user name or password in a URL (they would be written to report.toml), and no
  redirect from a public address to a private, loopback or link-local one;
- a time limit to connect and between two reads, and one for the whole fetch, so a
  server that trickles bytes cannot hold ``add`` for ever;
- the body capped while it streams (a ``Content-Length`` over the cap is refused before
  reading; a gzip body is decompressed in bounded steps, so a small bomb cannot expand
  past the cap);
- only the content types a reader exists for (web pages, PDFs, plain text, Markdown):
  an image, a JSON API or a download is refused with its type named.

The opener is built from the HTTP and HTTPS handlers alone (no ``file:``, ``ftp:`` or
``data:`` handler exists to reach), follows no redirect by itself, and sends a
User-Agent that names contrast and its version, so a site's operator can see who asked.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from contrast.errors import FetchError
from contrast.ingest import html as html_reader
from contrast.ingest import pdf as pdf_reader
from contrast.ingest import text as text_reader
from contrast.version import __version__

ALLOWED_SCHEMES = ("http", "https")
USER_AGENT = f"contrast/{__version__} (media-comparison reports; fetches one page a user named)"

CONTENT_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/markdown": ".md",
}
"""Content type → the suffix of the reader that reads it (``contrast.ingest.source_suffixes()``)."""

MAX_BYTES = {".html": html_reader.MAX_BYTES, ".pdf": pdf_reader.MAX_BYTES, ".txt": text_reader.MAX_BYTES, ".md": text_reader.MAX_BYTES}
"""The cap for each kind is the reader's own: a body the reader would refuse is not downloaded."""

REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_SAFE_URL_CHARS = "!#$%&'()*+,/:;=?@[]~"
REFUSED_TO_PROGRAMS = frozenset({401, 403, 429, 451})
"""Answers many news sites give a program but not a reader's browser (bot walls, logins, rate limits)."""
SAVE_FROM_BROWSER = "if the page shows its article in a browser, save it from there (Save Page As…) and add the file"
"""What to do when a page cannot be fetched or read as fetched: the saved file reads the same way."""
"""Kept as they are when a URL is made ASCII: reserved characters and existing %-escapes."""


@dataclass(frozen=True)
class FetchLimits:
    """How much a fetch may cost; the defaults suit a news article on a slow connection."""

    max_redirects: int = 5
    timeout: float = 20.0
    """Seconds to connect, and at most between two reads of the answer."""
    deadline: float = 120.0
    """Seconds for the whole fetch, redirects and body included."""
    max_bytes: int | None = None
    """Cap on the body; ``None``: the cap of the reader for its content type (:data:`MAX_BYTES`)."""


@dataclass(frozen=True)
class Fetched:
    """One fetched page: where it ended up after redirects, and its bytes."""

    requested: str
    url: str
    """The final URL (after redirects), in ASCII: what the manifest records."""
    content_type: str
    suffix: str
    """The suffix of the reader for ``content_type`` (``.html``, ``.pdf``, ``.txt``, ``.md``)."""
    data: bytes


def is_url(argument: str) -> bool:
    """True when a command-line argument names a URL (``scheme://…``) rather than a file."""
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", argument) is not None


def looks_like_web_address(argument: str) -> bool:
    """True for a web address without its ``https://`` (``www.bbc.com/news/…``, as a browser's
    address bar shows it): ``www.`` or a host name with a dot and a path after it."""
    return re.match(r"^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?/)", argument, re.IGNORECASE) is not None


def fetch(url: str, *, limits: FetchLimits = FetchLimits()) -> Fetched:
    """Fetch ``url`` under ``limits``; any problem is one :class:`FetchError` naming the URL."""
    started = time.monotonic()
    current = check_url(url)
    seen = {current}
    opener = _opener()
    for _ in range(limits.max_redirects + 1):
        response = _open(opener, current, limits=limits, started=started, requested=url)
        with response:
            if response.status in REDIRECTS:
                location = response.headers.get("Location", "").strip()
                if not location:
                    raise FetchError(shown(current), f"the server answered {response.status} (a redirect) without saying where to")
                following = check_url(urljoin(current, location), redirected_from=current)
                if following in seen:
                    raise FetchError(shown(url), f"the redirects go round in a loop (back to {shown(following)})")
                _refuse_redirect_inwards(current, following)
                seen.add(following)
                current = following
                continue
            if response.status not in (200, 203):
                reason = f" {shown(response.reason, limit=60)}" if response.reason else ""  # the server's words: escaped
                hint = f"; {SAVE_FROM_BROWSER}" if response.status in REFUSED_TO_PROGRAMS else ""
                raise FetchError(shown(current), f"the server answered {response.status}{reason}, not the page{hint}")
            content_type, suffix = _reader_for(response, current)
            cap = limits.max_bytes if limits.max_bytes is not None else MAX_BYTES[suffix]
            data = _read_body(response, url=current, cap=cap, limits=limits, started=started)
            return Fetched(requested=url, url=current, content_type=content_type, suffix=suffix, data=data)
    raise FetchError(shown(url), f"more than {limits.max_redirects} redirects; the page was not fetched")


def page_name(url: str) -> str:
    """A name for a fetched page, made only of ``a-z``, ``0-9`` and ``-``: the id and the file
    name under ``sources/`` come from it, never from the URL's path as such.

    The last path segment usually carries the article's slug (``…/china-ready-to-fight-back``);
    when it has no words (``index.html``, ``9478622.html``, ``/``), the host comes first.
    """
    parts = urlsplit(url)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    last = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", segments[-1]) if segments else ""
    words = _slug(last)
    words = "" if words in ("index", "default", "amp", "article", "story", "news") else words
    if not re.search(r"[a-z]{3}", words):
        host = _slug(site_name(url))
        words = f"{host}-{words}" if words else host
    return words[:60].rstrip("-") or "page"


def site_name(url: str) -> str:
    """The host of ``url`` without ``www.`` (``bbc.com``): the outlet of a page that does not name its site."""
    return re.sub(r"^www\d*\.", "", (urlsplit(url).hostname or "").lower())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def check_url(url: str, *, redirected_from: str | None = None) -> str:
    """``url`` made ASCII (IDNA host, %-escaped path), or a FetchError if it may not be fetched."""
    where = shown(redirected_from or url)
    if any(ord(ch) < 33 or ord(ch) == 127 for ch in url):
        raise FetchError(where, "a URL cannot contain spaces or control characters")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        if redirected_from:
            raise FetchError(where, f"redirects to {shown(url)}; only http:// and https:// pages are fetched, redirects included")
        raise FetchError(where, f"only http:// and https:// pages are fetched, not {scheme or 'scheme-less'}: URLs")
    if parts.username is not None or parts.password is not None:
        where = shown(redirected_from) if redirected_from else f"{scheme}://…@{parts.hostname or ''}"
        raise FetchError(where, "the URL holds a user name or password, which would be saved in report.toml; remove them")
    try:
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        raise FetchError(where, "the URL's host or port is not valid") from None
    if not host:
        raise FetchError(where, "the URL names no host")
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise FetchError(where, "the URL's host name is not valid") from None
    netloc = f"[{ascii_host}]" if ":" in ascii_host else ascii_host
    netloc += f":{port}" if port is not None else ""
    path = quote(parts.path or "/", safe=_SAFE_URL_CHARS)
    query = quote(parts.query, safe=_SAFE_URL_CHARS)
    return urlunsplit((scheme, netloc, path, query, ""))


def shown(url: str, *, limit: int = 200) -> str:
    """A URL as it may appear in a one-line message: control characters escaped, long ones cut."""
    text = "".join(ch if 32 <= ord(ch) != 127 and not 0x80 <= ord(ch) < 0xA0 else f"\\x{ord(ch):02x}" for ch in url)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _refuse_redirect_inwards(current: str, following: str) -> None:
    """A page on the public internet may not redirect to a private, loopback or link-local
    address: a hostile page could otherwise have contrast fetch a router's admin page or a
    cloud machine's metadata service (credentials) and save it into the report. A URL the
    user gives for such an address is fetched; only a redirect from outside is refused.
    (The names are resolved here and again when connecting, so DNS that changes its answer
    in between is not caught.)"""
    here, there = _addresses(urlsplit(current).hostname or ""), _addresses(urlsplit(following).hostname or "")
    if here and all(address.is_global for address in here) and any(not address.is_global for address in there):
        raise FetchError(
            shown(current),
            f"redirects to {shown(following)}, an address on a private or local network; a public page may not send contrast there",
        )


def _addresses(host: str) -> set[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """The IP addresses ``host`` names or resolves to; empty when it does not resolve (the
    connection then says so)."""
    try:
        return {ipaddress.ip_address(host.strip("[]"))}
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        return set()
    return {ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos}


def _opener() -> urllib.request.OpenerDirector:
    """HTTP and HTTPS only (proxies from the environment), no redirect or error processing."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(context=ssl.create_default_context()),
        urllib.request.UnknownHandler(),
    ):
        opener.add_handler(handler)
    return opener


def _open(
    opener: urllib.request.OpenerDirector, url: str, *, limits: FetchLimits, started: float, requested: str
) -> http.client.HTTPResponse:
    left = limits.deadline - (time.monotonic() - started)
    if left <= 0:
        raise FetchError(shown(requested), f"took longer than {limits.deadline:g} s; the page was not fetched")
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,text/markdown;q=0.8",
        "Accept-Encoding": "identity",
    })
    try:
        response = opener.open(request, timeout=min(limits.timeout, left))
    except TimeoutError:
        raise FetchError(shown(url), f"no answer within {min(limits.timeout, left):g} s") from None
    except urllib.error.URLError as exc:
        raise FetchError(shown(url), f"could not connect: {_reason(exc.reason)}") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise FetchError(shown(url), f"could not fetch the page: {_reason(exc)}") from None
    if response is None:  # pragma: no cover - only when no handler took the scheme, which check_url prevents
        raise FetchError(shown(url), "no handler for this URL")
    return response


def _reader_for(response: http.client.HTTPResponse, url: str) -> tuple[str, str]:
    if response.headers.get("Content-Type") is None:
        raise FetchError(shown(url), "the server did not say what the page is (no Content-Type); save it from a browser and add the file")
    # Not get_content_type(): it turns a malformed type into "text/plain", which would be accepted.
    content_type = str(response.headers.get("Content-Type")).split(";")[0].strip().lower()
    suffix = CONTENT_TYPES.get(content_type)
    if suffix is None:
        raise FetchError(
            shown(url),
            f"the server says this is {content_type[:80]!r}, not a web page, PDF or text that contrast reads; "
            f"allowed: {', '.join(CONTENT_TYPES)}",
        )
    return content_type, suffix


def _read_body(response: http.client.HTTPResponse, *, url: str, cap: int, limits: FetchLimits, started: float) -> bytes:
    """The body, decompressed if the server compressed it anyway, never more than ``cap`` bytes in memory."""
    too_big = f"the page is over {cap:,} bytes, the limit for this kind of file; nothing was saved"
    declared = response.headers.get("Content-Length", "").strip()
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding not in ("identity", "", "gzip", "x-gzip", "deflate"):
        raise FetchError(shown(url), f"the page is compressed as {encoding[:40]!r}, which contrast does not read")
    if encoding in ("identity", "") and declared.isdigit() and int(declared) > cap:
        raise FetchError(shown(url), too_big)
    decompressor = zlib.decompressobj(wbits=47) if encoding not in ("identity", "") else None  # 47: gzip or zlib header
    chunks: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() - started > limits.deadline:
            raise FetchError(shown(url), f"took longer than {limits.deadline:g} s; nothing was saved")
        try:
            chunk = response.read1(_CHUNK)
        except TimeoutError:
            raise FetchError(shown(url), f"the server stopped sending for {limits.timeout:g} s; nothing was saved") from None
        except (http.client.HTTPException, OSError) as exc:
            raise FetchError(shown(url), f"the connection failed while reading: {_reason(exc)}; nothing was saved") from None
        if not chunk:
            break
        pieces = [chunk]
        if decompressor is not None:
            pieces = _inflate(decompressor, chunk, room=cap + 1 - total, url=url)
        for piece in pieces:
            total += len(piece)
            if total > cap:
                raise FetchError(shown(url), too_big)
            chunks.append(piece)
    if getattr(response, "length", None):  # read1 does not notice a connection closed early
        raise FetchError(shown(url), "the server closed the connection before the whole page arrived; nothing was saved")
    if decompressor is not None and not decompressor.eof:
        raise FetchError(shown(url), "the compressed page is truncated; nothing was saved")
    data = b"".join(chunks)
    if not data:
        raise FetchError(shown(url), "the server sent an empty page")
    return data


def _inflate(decompressor: zlib._Decompress, chunk: bytes, *, room: int, url: str) -> list[bytes]:
    """Decompress ``chunk``, at most ``room`` bytes of it (``room`` is one past the cap, so a bomb stops
    one byte over it and the caller refuses the page; it never expands in memory)."""
    pieces: list[bytes] = []
    pending = chunk
    try:
        while pending and room > 0 and not decompressor.eof:
            piece = decompressor.decompress(pending, room)
            pieces.append(piece)
            room -= len(piece)
            pending = decompressor.unconsumed_tail
    except zlib.error:
        raise FetchError(shown(url), "the compressed page is corrupt; nothing was saved") from None
    return pieces


def _reason(reason: object) -> str:
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"the site's TLS certificate was not accepted ({reason.verify_message})"
    if isinstance(reason, TimeoutError):
        return "timed out"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__
