"""The network client: real HTTP on 127.0.0.1, against a scripted server (faults) and Oxigraph (answers)."""
from __future__ import annotations

import json
import urllib.parse
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from servers import OxigraphServer, Reply, ScriptedServer, free_port
from sister_cities.wikidata_client import (
    USER_AGENT,
    AccessDenied,
    BadResponse,
    EndpointTimeout,
    EndpointUnavailable,
    InvalidQid,
    NotCached,
    QueryRejected,
    QueryTemplateError,
    RateLimited,
    WikidataClient,
    fill_values,
    parse_retry_after,
    qid_term,
    values_block,
)

QUERY = "SELECT ?item WHERE { VALUES ?item { <http://www.wikidata.org/entity/Q10340> } }"
RESULTS = json.dumps(
    {"head": {"vars": ["item"]},
     "results": {"bindings": [{"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q10340"}}]}}
).encode()
JSON_HEADERS = {"Content-Type": "application/sparql-results+json; charset=utf-8"}
BEKASI_REGENCY = URIRef("http://www.wikidata.org/entity/Q10340")


def ok() -> Reply:
    return Reply(200, RESULTS, dict(JSON_HEADERS))


def client_for(url: str, tmp_path: Path, **options: object) -> tuple[WikidataClient, list[float]]:
    """A client with its own cache directory and a sleep that records instead of waiting."""
    waits: list[float] = []
    options.setdefault("timeout", 5.0)
    client = WikidataClient(url, cache_dir=tmp_path / "cache", sleep=waits.append, **options)
    return client, waits


# --- what a request looks like ------------------------------------------------------------------


def test_request_has_user_agent_json_accept_and_uses_get_when_short(tmp_path: Path) -> None:
    with ScriptedServer([ok()]) as server:
        client, _ = client_for(server.url, tmp_path)
        answer = client.select(QUERY)
    assert answer.rows == ({"item": BEKASI_REGENCY},)
    assert answer.from_cache is False
    request = server.received[0]
    assert request.method == "GET"
    assert request.headers["Accept"] == "application/sparql-results+json"
    assert request.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("sister-cities/0.1.0 (https://w3id.org/sister-cities) Python-urllib/")
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(request.path).query)["query"] == [QUERY]


def test_long_query_goes_by_post(tmp_path: Path) -> None:
    many = [qid_term(f"Q{n}") for n in range(1, 400)]
    query = fill_values("SELECT ?item WHERE { VALUES ?item { } }", item=many)
    with ScriptedServer([ok()]) as server:
        client, _ = client_for(server.url, tmp_path)
        client.select(query)
    request = server.received[0]
    assert request.method == "POST"
    assert urllib.parse.parse_qs(request.body.decode())["query"] == [query]


def test_second_run_needs_no_network(tmp_path: Path) -> None:
    with ScriptedServer([ok()]) as server:
        client_for(server.url, tmp_path)[0].select(QUERY)
        endpoint = server.url
    # the server is gone now; a fresh client with the same cache answers anyway
    again, _ = client_for(endpoint, tmp_path)
    answer = again.select(QUERY)
    assert answer.from_cache is True
    assert answer.rows == ({"item": BEKASI_REGENCY},)
    cached = list((tmp_path / "cache").rglob("*.json"))
    assert len(cached) == 1
    assert json.loads(cached[0].read_text())["endpoint"] == endpoint


def test_offline_without_cache_says_so(tmp_path: Path) -> None:
    client, _ = client_for("http://127.0.0.1:9/sparql", tmp_path, offline=True)
    with pytest.raises(NotCached, match="^offline, and the cache in .* has no answer to this query$"):
        client.select(QUERY)


# --- faults -------------------------------------------------------------------------------------


def test_connection_refused_is_endpoint_unavailable(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/sparql"
    client, _ = client_for(url, tmp_path)
    with pytest.raises(EndpointUnavailable, match=f"^cannot reach {url}: Connection refused$"):
        client.select(QUERY)


def test_slow_answer_is_timeout(tmp_path: Path) -> None:
    with ScriptedServer([Reply(200, RESULTS, dict(JSON_HEADERS), delay=1.5)]) as server:
        client, _ = client_for(server.url, tmp_path, timeout=0.3)
        with pytest.raises(EndpointTimeout, match=r"^http://127\.0\.0\.1:\d+/sparql did not answer within 0\.3 s$"):
            client.select(QUERY)


def test_429_waits_what_retry_after_says_then_succeeds(tmp_path: Path) -> None:
    replies = [Reply(429, b"Too Many Requests", {"Retry-After": "7"}),
               Reply(503, b"busy", {"Retry-After": "3"}), ok()]
    with ScriptedServer(replies) as server:
        client, waits = client_for(server.url, tmp_path)
        answer = client.select(QUERY)
    assert waits == [7.0, 3.0]
    assert len(server.received) == 3
    assert answer.rows == ({"item": BEKASI_REGENCY},)


def test_429_without_retry_after_backs_off_exponentially_and_gives_up(tmp_path: Path) -> None:
    with ScriptedServer([Reply(429, b"slow down")]) as server:
        client, waits = client_for(server.url, tmp_path, max_retries=3, backoff=0.5)
        with pytest.raises(RateLimited, match=r"still answers HTTP 429 after 4 attempts; try again later$"):
            client.select(QUERY)
    assert waits == [0.5, 1.0, 2.0]
    assert len(server.received) == 4


def test_retry_after_longer_than_we_wait_is_rate_limited_at_once(tmp_path: Path) -> None:
    with ScriptedServer([Reply(429, b"banned", {"Retry-After": "3600"})]) as server:
        client, waits = client_for(server.url, tmp_path, longest_wait=60)
        with pytest.raises(RateLimited, match=r"asks us to wait 3600 s \(HTTP 429\); try again later$") as caught:
            client.select(QUERY)
    assert caught.value.retry_after == 3600.0
    assert waits == []
    assert len(server.received) == 1


def test_server_error_is_endpoint_unavailable(tmp_path: Path) -> None:
    with ScriptedServer([Reply(500, b"java.lang.OutOfMemoryError")]) as server:
        client, waits = client_for(server.url, tmp_path)
        with pytest.raises(EndpointUnavailable, match=r"answered HTTP 500 \(internal server error\)$"):
            client.select(QUERY)
    assert waits == []


def test_query_service_time_limit_is_timeout(tmp_path: Path) -> None:
    body = b"SPARQL-QUERY: queryStr=...\njava.util.concurrent.TimeoutException\n\tat java.util.concurrent.FutureTask.get"
    with ScriptedServer([Reply(500, body, {"Content-Type": "text/plain"})]) as server:
        client, _ = client_for(server.url, tmp_path)
        with pytest.raises(EndpointTimeout, match=r"gave up on the query \(server-side time limit\)$"):
            client.select(QUERY)


def test_plain_text_200_is_bad_response(tmp_path: Path) -> None:
    message = b"Please set a user-agent and respect our robot policy https://w.wiki/4wJS.\nMore text."
    with ScriptedServer([Reply(200, message, {"Content-Type": "text/plain"})]) as server:
        client, _ = client_for(server.url, tmp_path)
        with pytest.raises(
            BadResponse,
            match=r"answered text/plain, not SPARQL JSON: Please set a user-agent and respect our robot policy https://w.wiki/4wJS.$",
        ):
            client.select(QUERY)


def test_malformed_json_is_bad_response(tmp_path: Path) -> None:
    with ScriptedServer([Reply(200, b'{"head": {"vars": ["item"]}, "results": {"bindi', dict(JSON_HEADERS))]) as server:
        client, _ = client_for(server.url, tmp_path)
        with pytest.raises(BadResponse, match=r"^answer is malformed JSON \(Unterminated string"):
            client.select(QUERY)
    assert list((tmp_path / "cache").rglob("*.json")) == []


def test_json_that_is_not_sparql_results_is_bad_response(tmp_path: Path) -> None:
    with ScriptedServer([Reply(200, b'{"error": "nope"}', dict(JSON_HEADERS))]) as server:
        client, _ = client_for(server.url, tmp_path)
        with pytest.raises(BadResponse, match=r"^answer is JSON but not SPARQL SELECT results"):
            client.select(QUERY)


def test_403_is_access_denied_with_the_server_message(tmp_path: Path) -> None:
    with ScriptedServer([Reply(403, b"You have been banned.\n")]) as server:
        client, _ = client_for(server.url, tmp_path)
        with pytest.raises(AccessDenied, match=r"refused the query \(HTTP 403\): You have been banned.$"):
            client.select(QUERY)


def test_400_is_query_rejected(tmp_path: Path) -> None:
    with OxigraphServer() as server:
        client, _ = client_for(server.query_url, tmp_path)
        with pytest.raises(QueryRejected, match=r"rejected the query as malformed \(HTTP 400\)"):
            client.select("SELECT WHERE {")


@pytest.mark.parametrize(
    "failure",
    [
        Reply(500, b"boom"),
        Reply(200, b"Please set a user-agent", {"Content-Type": "text/plain"}),
        Reply(200, b"{not json", dict(JSON_HEADERS)),
        Reply(429, b"", {"Retry-After": "86400"}),
    ],
    ids=["500", "plain-text", "malformed", "429"],
)
def test_stale_cache_answers_when_the_endpoint_fails(tmp_path: Path, failure: Reply) -> None:
    now = [datetime(2026, 1, 1, tzinfo=timezone.utc)]
    with ScriptedServer([ok(), failure]) as server:
        client, _ = client_for(server.url, tmp_path, max_age=timedelta(days=1), clock=lambda: now[0])
        first = client.select(QUERY)
        now[0] += timedelta(days=2)  # the cached answer is now stale, so the endpoint is asked again
        second = client.select(QUERY)
    assert len(server.received) == 2
    assert second.from_cache is True
    assert second.rows == first.rows
    assert second.retrieved == datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_stale_cache_answers_when_the_server_is_gone(tmp_path: Path) -> None:
    now = [datetime(2026, 1, 1, tzinfo=timezone.utc)]
    with ScriptedServer([ok()]) as server:
        client, _ = client_for(server.url, tmp_path, max_age=timedelta(days=1), clock=lambda: now[0])
        client.select(QUERY)
    now[0] += timedelta(days=30)
    assert client.select(QUERY).from_cache is True


def test_corrupt_cache_entry_is_ignored_and_replaced(tmp_path: Path) -> None:
    with ScriptedServer([ok()]) as server:
        client, _ = client_for(server.url, tmp_path)
        path = client.cache.path(server.url, QUERY)
        path.parent.mkdir(parents=True)
        path.write_text("{half")
        assert client.select(QUERY).from_cache is False
    assert json.loads(path.read_text())["query"] == QUERY


# --- safe query building ------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["Q0", "Q012", "q42", "P190", "Q42 } ; DROP ALL", "", "Q1.5", 42])
def test_bad_qids_never_reach_a_query(bad: object) -> None:
    with pytest.raises(InvalidQid, match="^not a Wikidata item id: "):
        qid_term(bad)  # type: ignore[arg-type]


def test_labels_are_escaped_literals() -> None:
    hostile = Literal('Bekasi" } ?x ?y ?z { \\', lang="id")
    assert values_block("label", [hostile, qid_term("Q10340")]) == (
        'VALUES ?label { "Bekasi\\" } ?x ?y ?z { \\\\"@id <http://www.wikidata.org/entity/Q10340> }'
    )


def test_fill_values_checks_declared_parameters() -> None:
    query = "SELECT * WHERE { VALUES ?item { } VALUES ?label {} }"
    assert fill_values(query, item=[qid_term("Q3724")], label=[Literal("Jawa Barat", lang="id")]) == (
        'SELECT * WHERE { VALUES ?item { <http://www.wikidata.org/entity/Q3724> } '
        'VALUES ?label { "Jawa Barat"@id } }'
    )
    with pytest.raises(QueryTemplateError, match=r"^no values for \?label$"):
        fill_values(query, item=[])
    with pytest.raises(QueryTemplateError, match=r"^no values for \?label; query does not declare \?country$"):
        fill_values(query, item=[], country=[])


def test_hostile_label_round_trips_through_a_real_endpoint(tmp_path: Path) -> None:
    hostile = 'Sétif" } UNION { ?s ?p ?o } #\n\\'
    data = '<http://www.wikidata.org/entity/Q1> <http://www.w3.org/2000/01/rdf-schema#label> %s .\n' % Literal(
        hostile, lang="fr").n3()
    with OxigraphServer() as server:
        server.load(data=data, content_type="text/turtle")
        client, _ = client_for(server.query_url, tmp_path)
        query = fill_values(
            "SELECT ?item ?label WHERE { VALUES ?label { } ?item <http://www.w3.org/2000/01/rdf-schema#label> ?label }",
            label=[Literal(hostile, lang="fr")],
        )
        answer = client.select(query)
    assert answer.rows == ({"item": URIRef("http://www.wikidata.org/entity/Q1"), "label": Literal(hostile, lang="fr")},)


def test_batches_run_one_query_each_and_merge(tmp_path: Path) -> None:
    data = "".join(
        f"<http://www.wikidata.org/entity/Q{n}> <http://www.wikidata.org/prop/direct/P17> "
        "<http://www.wikidata.org/entity/Q252> .\n"
        for n in range(1, 8)
    )
    with OxigraphServer() as server:
        server.load(data=data, content_type="application/n-triples")
        client, _ = client_for(server.query_url, tmp_path)
        query = "SELECT ?item WHERE { VALUES ?item { } ?item <http://www.wikidata.org/prop/direct/P17> ?country }"
        answer = client.select_batched(query, "item", [qid_term(f"Q{n}") for n in (1, 2, 3, 2, 5, 9, 7)], batch_size=2)
    assert sorted(str(row["item"]) for row in answer.rows) == [
        f"http://www.wikidata.org/entity/Q{n}" for n in (1, 2, 3, 5, 7)
    ]
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 3


def test_retry_after_forms() -> None:
    now = datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Sat, 28 Nov 2026 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Sat, 28 Nov 2026 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


# --- property: no text escapes its literal ------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402
import pyoxigraph  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(text=st.text(), language=st.sampled_from(["en", "id", "fr"]))
def test_any_label_stays_one_literal(text: str, language: str) -> None:
    """Whatever a name holds (quotes, braces, backslashes, newlines), it binds as exactly itself.

    Evaluated by Oxigraph's engine (rdflib's own turns a tab in a literal into spaces).
    """
    query = fill_values("SELECT ?name WHERE { VALUES ?name { } }", name=[Literal(text, lang=language)])
    rows = [(row["name"].value, row["name"].language) for row in pyoxigraph.Store().query(query)]
    assert rows == [(text, language)]


# --- the reusable server helper ---------------------------------------------------------------------


@pytest.mark.parametrize("union", [False, True])
def test_oxigraph_server_keeps_graph_names_of_quads(tmp_path: Path, union: bool) -> None:
    quads = tmp_path / "data.nq"
    quads.write_text('<http://example.org/a> <http://example.org/p> "in a named graph" <http://example.org/g> .\n')
    with OxigraphServer(quads, union_default_graph=union) as server:
        server.load(data='<http://example.org/b> <http://example.org/p> "default" .\n',
                    content_type="application/n-triples")
        client, _ = client_for(server.query_url, tmp_path)
        default = client.select("SELECT ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?o")
        named = client.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        url = server.url
    expected = [Literal("default"), Literal("in a named graph")] if union else [Literal("default")]
    assert [row["o"] for row in default.rows] == expected
    assert [row["g"] for row in named.rows] == [URIRef("http://example.org/g")]
    with pytest.raises(EndpointUnavailable, match="^cannot reach"):  # stopped on exit
        WikidataClient(url + "/query", cache_dir=tmp_path / "other", timeout=2).select("SELECT * {}")


@pytest.mark.live
def test_live_query_service_accepts_us_and_answers_json(tmp_path: Path) -> None:
    from sister_cities.wikidata import load_query
    from sister_cities.wikidata_client import WDQS_ENDPOINT

    client = WikidataClient(WDQS_ENDPOINT, cache_dir=tmp_path / "cache")
    answer = client.select(fill_values(load_query("countries-by-code"), code=[Literal("ID"), Literal("KR")]))
    assert sorted((str(row["code"]), str(row["item"])) for row in answer.rows) == [
        ("ID", "http://www.wikidata.org/entity/Q252"), ("KR", "http://www.wikidata.org/entity/Q884")]
    assert answer.from_cache is False
    assert client.select(fill_values(load_query("countries-by-code"), code=[Literal("ID"), Literal("KR")])).from_cache


def test_oxigraph_server_moves_on_when_its_port_is_taken(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import socket

    import servers

    with socket.socket() as squatter:  # listens, so connections succeed, but never answers HTTP
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        ports = iter([taken])
        monkeypatch.setattr(servers, "free_port", lambda: next(ports, None) or free_port())
        with OxigraphServer() as server:
            assert server.port != taken
            client, _ = client_for(server.query_url, tmp_path)
            assert client.select("SELECT (1 AS ?one) {}").rows == ({"one": Literal(1)},)
