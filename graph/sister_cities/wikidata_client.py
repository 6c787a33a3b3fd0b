"""SELECT queries to Wikidata (or a copy of its Query Service), through `web.fetch` like every request.

Written for the Wikidata Query Service and its rules: a descriptive User-Agent, JSON results only, one
query at a time, `Retry-After` obeyed, long queries sent by POST, each query answered in full
within `timeout` seconds (an overall deadline, `web.fetch`). Answers are cached on disk, so a second
run needs no network and a failing endpoint falls back to the last answer it gave.

Values never reach a query as pasted text: `fill_values` fills only the empty `VALUES ?name { }`
blocks a query declares, each with `queries.values_block`, the package's one serialiser of terms.

    >>> client = WikidataClient()                            # doctest: +SKIP
    >>> answer = client.select(fill_values(query, item=[qid_term("Q10340")]))  # doctest: +SKIP
    >>> answer.rows[0]["label"]                              # doctest: +SKIP
    rdflib.term.Literal('Bekasi Regency', lang='en')
"""
from __future__ import annotations

import email.utils
import hashlib
import json
import logging
import os
import platform
import re
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from . import __version__
from .lifetime import made_holding_interrupts
from .queries import json_term, values_block
from .vocab import QID_PATTERN

log = logging.getLogger(__name__)

WDQS_ENDPOINT = "https://query.wikidata.org/sparql"
CONTACT_URL = "https://w3id.org/sister-cities"
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
SPARQL_JSON = "application/sparql-results+json"
LONGEST_GET_URL = 2000
"""Beyond this many characters of URL a query goes by POST (servers and proxies cut long URLs)."""


def _user_agent() -> str:
    """Wikimedia asks for tool/version (contact) library/version; anonymous clients get 403."""
    return f"sister-cities/{__version__} ({CONTACT_URL}) Python-urllib/{platform.python_version()}"


USER_AGENT = _user_agent()


class WikidataError(Exception):
    """Something went wrong talking to Wikidata; the message is one line a user can act on."""


class InvalidQid(WikidataError, ValueError):
    """A string that is not a Wikidata item id (Q followed by digits) was about to enter a query."""


class QueryTemplateError(WikidataError, ValueError):
    """A query's declared `VALUES` parameters and the values given for it do not match."""


class EndpointError(WikidataError):
    """The endpoint did not give a usable answer; the on-disk cache may still have one."""


class EndpointUnavailable(EndpointError):
    """The endpoint could not be reached, or answered with a server error."""


class EndpointTimeout(EndpointError):
    """The endpoint did not answer within the timeout."""


class RateLimited(EndpointError):
    """The endpoint kept answering 429/503 and asked us to wait longer than we are willing to."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class AccessDenied(EndpointError):
    """The endpoint refused us (401/403): typically a banned or missing User-Agent."""


class QueryRejected(EndpointError):
    """The endpoint said the query is malformed (400): a bug in our query, not in the network."""


class BadResponse(EndpointError):
    """The endpoint answered 200 with something that is not SPARQL JSON results."""


class NotCached(WikidataError):
    """Offline mode was asked for and the cache holds no answer to this query."""


@dataclass(frozen=True)
class Answer:
    """The rows of a SELECT answer as rdflib terms, and when the endpoint gave them."""

    variables: tuple[str, ...]
    rows: tuple[dict[str, Identifier], ...]
    retrieved: datetime
    from_cache: bool = False


# ---------------------------------------------------------------------------------------------------
# Safe query building (pure)


def qid_term(qid: str) -> URIRef:
    """The entity IRI of a checked QID; anything else raises `InvalidQid` before it reaches a query."""
    if not isinstance(qid, str) or not QID_PATTERN.match(qid):
        raise InvalidQid(f"not a Wikidata item id: {qid!r} (expected Q followed by digits)")
    return URIRef(WIKIDATA_ENTITY + qid)


def qid_of(term: Identifier) -> str | None:
    """The QID of a Wikidata entity IRI, or None for any other term."""
    text = str(term)
    if isinstance(term, URIRef) and text.startswith(WIKIDATA_ENTITY):
        qid = text[len(WIKIDATA_ENTITY):]
        if QID_PATTERN.match(qid):
            return qid
    return None


_EMPTY_VALUES = re.compile(r"VALUES\s+\?([A-Za-z_][A-Za-z0-9_]*)\s*\{\s*\}")


def declared_values(query: str) -> list[str]:
    """The parameters of a query: the variables of its empty `VALUES ?name { }` blocks."""
    return _EMPTY_VALUES.findall(query)


def fill_values(query: str, **values: Sequence[URIRef | Literal]) -> str:
    """Fill each empty `VALUES ?name { }` block of `query` with the terms given as `name=`.

    A declared parameter left without values, or a value for a parameter the query does not declare, is
    a `QueryTemplateError`: the query and its caller disagree, and guessing would hide the bug.
    """
    declared = declared_values(query)
    missing = sorted(set(declared) - set(values))
    unknown = sorted(set(values) - set(declared))
    if missing or unknown:
        parts = []
        if missing:
            parts.append("no values for " + ", ".join("?" + name for name in missing))
        if unknown:
            parts.append("query does not declare " + ", ".join("?" + name for name in unknown))
        raise QueryTemplateError("; ".join(parts))
    return _EMPTY_VALUES.sub(lambda match: values_block(match.group(1), values[match.group(1)]), query)


# ---------------------------------------------------------------------------------------------------
# SPARQL JSON results (pure)


def parse_sparql_json(body: bytes) -> tuple[tuple[str, ...], tuple[dict[str, Identifier], ...]]:
    """Variables and rows of a SPARQL 1.1 JSON results document; anything else is `BadResponse`."""
    try:
        document = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise BadResponse(f"answer is not UTF-8 text: {error.reason}") from None
    except json.JSONDecodeError as error:
        raise BadResponse(f"answer is malformed JSON ({error.msg} at line {error.lineno})") from None
    except RecursionError:
        raise BadResponse("answer is JSON nested too deeply to be SPARQL results") from None
    try:
        variables = tuple(document["head"]["vars"])
        bindings = document["results"]["bindings"]
        rows = tuple(
            {name: json_term(value) for name, value in binding.items()} for binding in bindings
        )
    except (KeyError, TypeError, AttributeError, ValueError):
        raise BadResponse("answer is JSON but not SPARQL SELECT results (head.vars, results.bindings)") from None
    return variables, rows


# ---------------------------------------------------------------------------------------------------
# Disk cache


def default_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/sister-cities/wikidata`, or `~/.cache/sister-cities/wikidata`."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sister-cities" / "wikidata"


@dataclass(frozen=True)
class CachedAnswer:
    body: bytes
    retrieved: datetime


class ResponseCache:
    """Raw answers on disk, one file per endpoint + query, written atomically so no reader sees half."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def path(self, endpoint: str, query: str) -> Path:
        digest = hashlib.sha256(f"{endpoint}\n{query}".encode("utf-8")).hexdigest()
        return self.directory / digest[:2] / f"{digest}.json"

    def get(self, endpoint: str, query: str) -> CachedAnswer | None:
        """The cached answer, or None if there is none or the file is not one we wrote."""
        path = self.path(endpoint, query)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            if entry["endpoint"] != endpoint or entry["query"] != query:
                return None
            retrieved = datetime.fromisoformat(entry["retrieved"])
            body = entry["body"].encode("utf-8")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
            log.warning("ignoring unreadable cache entry %s: %s", path, error)
            return None
        return CachedAnswer(body=body, retrieved=retrieved)

    def put(self, endpoint: str, query: str, body: bytes, retrieved: datetime) -> None:
        path = self.path(endpoint, query)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            blocking = next((p for p in path.parents if p.exists() and not p.is_dir()), path.parent)
            raise WikidataError(f"cannot keep answers in the cache: {blocking} is a file, not a folder "
                                "(remove it, or set XDG_CACHE_HOME elsewhere)") from None
        entry = {
            "endpoint": endpoint,
            "query": query,
            "retrieved": retrieved.isoformat(),
            "body": body.decode("utf-8"),
        }
        (handle, temporary), release = made_holding_interrupts(
            lambda: tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json"))
        try:
            release()
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(entry, stream, ensure_ascii=False)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


# ---------------------------------------------------------------------------------------------------
# HTTP


class _Throttled(Exception):
    """429 or 503: the endpoint wants us to come back later (internal; becomes RateLimited)."""

    def __init__(self, status: int, retry_after: float | None) -> None:
        super().__init__(status)
        self.status = status
        self.retry_after = retry_after


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date); None if absent or bad."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


_ONE_QUERY_AT_A_TIME = threading.Lock()
"""WDQS allows a handful of parallel queries per client; we use one, whatever the caller's threads do."""


def _first_line(body: bytes, limit: int = 120) -> str:
    """The first line of an answer's body, as text safe to print (no NUL or escape codes)."""
    from .queries import printable

    text = body.decode("utf-8", errors="replace").strip()
    line = printable(text.splitlines()[0]) if text else "(empty body)"
    return line if len(line) <= limit else line[: limit - 1] + "…"


def http_select(endpoint: str, query: str, *, user_agent: str, timeout: float) -> bytes:
    """Send one SELECT query and return the raw SPARQL JSON body: the only request to Wikidata.

    GET when short, POST (a form) when long, JSON only; the whole exchange within `timeout` seconds
    (`web.fetch`). Statuses map to our exception classes, `_Throttled` for 429/503 so the caller can
    retry.
    """
    from .web import CutShort, DeadlineExceeded, Unreachable, fetch

    headers = {"Accept": SPARQL_JSON, "User-Agent": user_agent}
    encoded = urllib.parse.urlencode({"query": query})
    if len(endpoint) + len(encoded) > LONGEST_GET_URL:
        request = urllib.request.Request(endpoint, data=encoded.encode("ascii"), method="POST", headers={
            **headers, "Content-Type": "application/x-www-form-urlencoded"})
    else:
        request = urllib.request.Request(endpoint + ("&" if "?" in endpoint else "?") + encoded, headers=headers)
    try:
        response = fetch(request, deadline=timeout)
    except DeadlineExceeded:
        raise EndpointTimeout(f"{endpoint} did not answer within {timeout:g} s") from None
    except Unreachable as error:
        raise EndpointUnavailable(f"cannot reach {endpoint}: {error}") from None
    except CutShort as error:
        raise EndpointUnavailable(f"connection to {endpoint} failed: {error}") from None
    status, body = response.status, response.body
    if status in (429, 503):
        raise _Throttled(status, parse_retry_after(response.headers.get("Retry-After")))
    if status in (401, 403):
        raise AccessDenied(f"{endpoint} refused the query (HTTP {status}): {_first_line(body)}")
    if status == 400:
        raise QueryRejected(f"{endpoint} rejected the query as malformed (HTTP 400): {_first_line(body)}")
    if status == 414:
        raise QueryRejected(f"{endpoint} found the query URL too long (HTTP 414)")
    if status == 404:
        raise EndpointUnavailable(f"no SPARQL endpoint at {endpoint} (HTTP 404)")
    if status == 500 and b"TimeoutException" in body:  # how the Query Service reports its own 60 s limit
        raise EndpointTimeout(f"{endpoint} gave up on the query (server-side time limit)")
    if status == 500:
        raise EndpointUnavailable(f"{endpoint} answered HTTP 500 (internal server error)")
    if 500 <= status < 600:
        raise EndpointUnavailable(f"{endpoint} answered HTTP {status}")
    if not 200 <= status < 300:
        raise BadResponse(f"{endpoint} answered HTTP {status}: {_first_line(body)}")
    if response.content_type not in (SPARQL_JSON, "application/json"):
        raise BadResponse(f"{endpoint} answered {response.content_type}, not SPARQL JSON: {_first_line(body)}")
    return body


# ---------------------------------------------------------------------------------------------------
# The client


class WikidataClient:
    """SELECT queries against a Wikidata-shaped SPARQL endpoint, politely, with an on-disk cache.

    A cached answer younger than `max_age` is used without asking the endpoint; an older one is asked
    again and kept as the fallback if the endpoint fails. `offline=True` uses the cache only.
    429 and 503 are retried up to `max_retries` times, waiting what `Retry-After` says (or an
    exponential backoff from `backoff` seconds), but never longer than `longest_wait` per attempt.
    """

    def __init__(
        self,
        endpoint: str = WDQS_ENDPOINT,
        *,
        cache_dir: Path | str | None = None,
        timeout: float = 70.0,  # a little over the Query Service's own 60 s, so its verdict arrives first
        max_retries: int = 3,
        backoff: float = 2.0,
        longest_wait: float = 120.0,
        max_age: timedelta = timedelta(days=7),
        offline: bool = False,
        user_agent: str = USER_AGENT,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        from .web import BadURL, check_url

        try:
            check_url(endpoint)
        except BadURL as error:
            raise EndpointUnavailable(f"{error}; give the http(s) URL of a SPARQL endpoint") from None
        self.endpoint = endpoint
        self.cache = ResponseCache(Path(cache_dir) if cache_dir is not None else default_cache_dir())
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.longest_wait = longest_wait
        self.max_age = max_age
        self.offline = offline
        self.user_agent = user_agent
        self._sleep = sleep
        self._clock = clock

    def select(self, query: str) -> Answer:
        """Rows of a SELECT query: from a fresh cache entry, else the endpoint, else a stale cache entry."""
        cached = self.cache.get(self.endpoint, query)
        if cached is not None and (self.offline or self._clock() - cached.retrieved <= self.max_age):
            return self._answer(cached.body, cached.retrieved, from_cache=True)
        if self.offline:
            raise NotCached(f"offline, and the cache in {self.cache.directory} has no answer to this query")
        try:
            body = self._fetch(query)
            variables, rows = parse_sparql_json(body)
        except EndpointError as error:
            if cached is None:
                raise
            log.warning("%s; using the cached answer of %s", error, cached.retrieved.isoformat())
            return self._answer(cached.body, cached.retrieved, from_cache=True)
        retrieved = self._clock()
        self.cache.put(self.endpoint, query, body, retrieved)
        return Answer(variables, rows, retrieved, from_cache=False)

    def select_batched(
        self, query: str, variable: str, terms: Sequence[URIRef | Literal], *, batch_size: int = 200
    ) -> Answer:
        """One query per batch of `terms` in the `VALUES ?variable { }` block, run one after another."""
        unique = list(dict.fromkeys(terms))
        rows: list[dict[str, Identifier]] = []
        variables: tuple[str, ...] = ()
        oldest: datetime | None = None
        all_cached = True
        for start in range(0, len(unique), batch_size):
            answer = self.select(fill_values(query, **{variable: unique[start : start + batch_size]}))
            variables = answer.variables
            rows.extend(answer.rows)
            oldest = answer.retrieved if oldest is None else min(oldest, answer.retrieved)
            all_cached = all_cached and answer.from_cache
        return Answer(variables, tuple(rows), oldest or self._clock(), from_cache=all_cached and bool(unique))

    def _answer(self, body: bytes, retrieved: datetime, *, from_cache: bool) -> Answer:
        variables, rows = parse_sparql_json(body)
        return Answer(variables, rows, retrieved, from_cache=from_cache)

    def _fetch(self, query: str) -> bytes:
        """The body of a successful answer, after at most `max_retries` polite retries on 429/503."""
        for attempt in range(self.max_retries + 1):
            try:
                with _ONE_QUERY_AT_A_TIME:
                    return http_select(
                        self.endpoint, query, user_agent=self.user_agent, timeout=self.timeout
                    )
            except _Throttled as throttled:
                wait = throttled.retry_after
                if wait is None:
                    wait = self.backoff * (2**attempt)
                if wait > self.longest_wait:
                    raise RateLimited(
                        f"{self.endpoint} asks us to wait {wait:g} s (HTTP {throttled.status}); try again later",
                        retry_after=wait,
                    ) from None
                if attempt == self.max_retries:
                    raise RateLimited(
                        f"{self.endpoint} still answers HTTP {throttled.status} after "
                        f"{self.max_retries + 1} attempts; try again later",
                        retry_after=throttled.retry_after,
                    ) from None
                log.info("HTTP %s from %s, waiting %g s", throttled.status, self.endpoint, wait)
                self._sleep(wait)
        raise AssertionError("unreachable")  # the loop either returns or raises
