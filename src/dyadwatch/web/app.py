"""The dashboard and the REST API: ``create_app(db_path)`` builds the FastAPI application.

* JSON under ``/api/`` (OpenAPI spec at ``/api/openapi.json``); unknown country codes and
  dyads without events answer 404, bad parameters 422, both as ``{"detail": "one line"}``.
* Server-rendered pages (Jinja2): ``/`` overview, ``/dyad/A/B``, ``/events/A/B``,
  ``/region?countries=...``. Charts are inline SVG drawn on the server; the one script,
  ``static/app.js``, only makes the event filters update in place. Nothing is loaded from
  outside the server.
* The server reads a private snapshot of the store (see :mod:`.snapshot`), so ``ingest``
  and ``sync`` can write the store while it runs.
* Reading is open; writing (the watchlist, the briefs' playbook) needs ``DYADWATCH_TOKEN``: an ``Authorization:
  Bearer`` header, or the cookie set by ``/login``. Without a token, writing is off.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
import re
import socket
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import parse_qs, urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import countries
from ..schema import ASPECTS, DATASETS, QUAD_NAMES
from ..store import DyadwatchError
from ..watchlist import Observation, Watchlist, watchlist_path
from . import charts
from .cache import ResultCache
from .service import DEFAULT_PARAMS, AssessParams, BadRequest, NotFound, Service
from .snapshot import SnapshotManager

log = logging.getLogger("dyadwatch.web")

HERE = Path(__file__).parent
TOKEN_ENV = "DYADWATCH_TOKEN"
MAX_PLAYBOOK = 256 * 1024
COOKIE = "dyadwatch_token"

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'"
BRIEF_TYPES = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8", "pdf": "application/pdf"}
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]

STATE_WORDS = {
    "stable": "stable", "improving": "improving", "deteriorating": "deteriorating", "stalled": "stalled",
    "frozen": "frozen", "escalating": "escalating", "insufficient_data": "insufficient data",
}

Code = Annotated[str, PathParam(pattern=r"^[A-Za-z]{3}$", description="CAMEO/ISO-3 country code, e.g. RUS")]
AspectQ = Literal["diplomacy", "security", "energy", "economy", "transport", "society"]
DatasetQ = Literal["gdelt1", "gdelt2", "icews", "text"]
assert set(AspectQ.__args__) == set(ASPECTS) and set(DatasetQ.__args__) == set(DATASETS)  # type: ignore[attr-defined]


# --- response models (the OpenAPI spec) --------------------------------------------------------


class Problem(BaseModel):
    """An error: one line saying what was wrong."""

    detail: str
    errors: list[dict[str, Any]] | None = None


class DyadSummary(BaseModel):
    a: str
    b: str
    a_name: str
    b_name: str
    events: int | None = None
    state: str | None = None
    confidence: float | None = None
    confidence_label: str | None = None
    balance: float | None = None
    shift: float | None = None
    as_of: str | None = None
    spark: list[float | None] = []
    error: str | None = None
    watched: bool | None = None
    checked_state: str | None = None
    checked_at: str | None = None
    changed_since_check: bool | None = None


class DyadsOut(BaseModel):
    version: str | None
    watchlist: list[DyadSummary] | None = None
    top: list[DyadSummary] | None = None


class EventOut(BaseModel):
    event_id: str
    dataset: str
    date: str | None
    source_country: str | None
    source_name: str | None
    target_country: str | None
    target_name: str | None
    cameo_code: str | None
    cameo_name: str | None
    quad: int | None
    quad_name: str | None
    goldstein: float | None
    tone: float | None
    articles: int | None
    aspect: str | None
    evidence: str | None
    source_url: str | None


class EventsOut(BaseModel):
    a: str
    b: str
    total: int
    page: int
    per_page: int
    pages: int
    events: list[EventOut]


class Country(BaseModel):
    code: str
    name: str


class RegionOut(BaseModel):
    countries: list[Country]
    dyads: list[DyadSummary]
    version: str | None


class WatchIn(BaseModel):
    a: str = Field(pattern=r"^[A-Za-z]{3}$")
    b: str = Field(pattern=r"^[A-Za-z]{3}$")


class WatchedOut(BaseModel):
    a: str
    b: str
    a_name: str
    b_name: str
    added_at: str
    state: str | None
    confidence: float | None
    as_of: str | None
    checked_at: str | None


class ChangeOut(BaseModel):
    a: str
    b: str
    old_state: str | None
    new_state: str
    confidence: float | None
    as_of: str | None
    checked_at: str


class ChangesOut(BaseModel):
    last_check: dict[str, Any] | None
    changes: list[ChangeOut]


class PlaybookOut(BaseModel):
    rules: int
    uploaded: bool


class CheckOut(BaseModel):
    checked_at: str
    changes: list[ChangeOut]
    first: list[ChangeOut]
    failures: dict[str, str]


INVALID: dict[int | str, dict[str, Any]] = {422: {"model": Problem, "description": "A parameter is not valid"}}
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": Problem, "description": "Unknown country code, or no events for the dyad"},
    **INVALID,
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    401: {"model": Problem, "description": "Missing or wrong token"},
    403: {"model": Problem, "description": "Writing is off: the server has no DYADWATCH_TOKEN"},
}


# --- security ----------------------------------------------------------------------------------


class SecurityHeaders:
    """Adds the security headers to every response (pure ASGI: no body buffering)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                have = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in have]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def is_loopback(host: str) -> bool:
    """True for an address only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def listen_socket(host: str, port: int) -> socket.socket:
    """A bound TCP socket for the server; a one-line error if the address cannot be used."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise DyadwatchError(f"--host {host}: not an address of this machine ({e.strerror})") from None
    family, _, _, _, addr = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(addr)
    except OSError as e:
        sock.close()
        raise DyadwatchError(f"cannot listen on {host}:{port} ({e.strerror or e})") from None
    sock.set_inheritable(True)
    return sock


def _token_ok(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected).encode(), str(given).encode())


def _request_token(request: Request) -> tuple[str | None, bool]:
    """The token a request carries and whether it came from the cookie."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip(), False
    return request.cookies.get(COOKIE), True


def _same_origin(request: Request) -> bool:
    """A cookie-authenticated write must come from this site's own pages."""
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin:
        return True  # same-site form posts without Origin (old browsers); SameSite=Strict covers the rest
    m = re.match(r"^https?://([^/]+)", origin)
    return bool(m) and m.group(1) == request.headers.get("host")


# --- the app -----------------------------------------------------------------------------------


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    watchlist: str | Path | None = None,
    playbook: str | Path | None = None,
    snapshot_dir: str | Path | None = None,
    check_interval: float = 1.0,
    cache_size: int = 512,
    top: int = 8,
    warm: bool = True,
) -> FastAPI:
    """The dashboard and API over the store at ``db_path``.

    ``token`` (default ``$DYADWATCH_TOKEN``) enables writing; ``watchlist`` defaults to the
    file beside the store, ``playbook`` (where an uploaded playbook is kept) to
    ``<store>.playbook.yaml`` beside it; ``snapshot_dir`` holds the server's private copies of the store
    (default: a temporary folder beside it); ``top`` dyads are listed when nothing is watched.
    """
    token = token if token is not None else (os.environ.get(TOKEN_ENV) or None)
    snapshots = SnapshotManager(db_path, snapshot_dir, check_interval=check_interval)
    wl = Watchlist(watchlist if watchlist is not None else watchlist_path(db_path))
    if playbook is None and str(db_path) != ":memory:":
        playbook = Path(db_path).with_name(Path(db_path).stem + ".playbook.yaml")
    service = Service(snapshots, wl, ResultCache(cache_size), top=top,
                      playbook=Path(playbook) if playbook is not None else None)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    _template_helpers(templates)

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # noqa: ANN202
        yield
        snapshots.close()

    app = FastAPI(
        title="dyadwatch",
        version=_version(),
        description="Relationships between states from political event data: series, assessments, events, "
        "regions and the watchlist. Errors are `{\"detail\": \"one line\"}`.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.service = service
    app.state.token = token
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def after_read() -> None:
        if warm:
            service.warm_in_background()

    # --- errors ------------------------------------------------------------------------------

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith("/api/")

    def problem(request: Request, status: int, message: str, errors: list | None = None) -> Response:
        if wants_html(request):
            return templates.TemplateResponse(
                request, "error.html", {"status": status, "message": message, **_page_ctx(service)}, status_code=status
            )
        body: dict[str, Any] = {"detail": message}
        if errors is not None:
            body["errors"] = errors
        return JSONResponse(body, status_code=status)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return problem(request, 404, str(exc))

    @app.exception_handler(DyadwatchError)
    async def bad_request(request: Request, exc: DyadwatchError) -> Response:
        return problem(request, 422, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errs = exc.errors()
        msgs = []
        for e in errs:
            loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body")]
            msgs.append(f"{'.'.join(loc) or 'request'}: {e.get('msg', 'not valid')}")
        clean = [{"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in errs]
        return problem(request, 422, "; ".join(msgs) or "request not valid", clean)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        resp = problem(request, exc.status_code, str(exc.detail))
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        if exc.status_code == 405:  # every method of every route on this path, not just the first's
            methods: set[str] = set()
            for route in app.router.routes:
                match, _ = route.matches(request.scope)
                if match != Match.NONE:
                    methods |= set(getattr(route, "methods", None) or ())
            resp.headers["Allow"] = ", ".join(sorted(methods))
        return resp

    @app.exception_handler(404)
    async def no_route(request: Request, exc: Exception) -> Response:
        return problem(request, 404, f"no such page: {request.url.path}")

    # --- writing -----------------------------------------------------------------------------

    def require_token(request: Request) -> None:
        if not token:
            raise HTTPException(403, f"writing is off: start the server with {TOKEN_ENV} set")
        given, from_cookie = _request_token(request)
        if not _token_ok(token, given):
            raise HTTPException(401, "missing or wrong token (send 'Authorization: Bearer TOKEN' or sign in)",
                                headers={"WWW-Authenticate": "Bearer"})
        if from_cookie and not _same_origin(request):
            raise HTTPException(403, "cross-site request refused")

    # --- JSON API ----------------------------------------------------------------------------

    @app.get("/api/dyads", response_model=DyadsOut, responses=ERRORS, tags=["dyads"])
    def api_dyads(
        which: Annotated[Literal["all", "watchlist", "top"], Query(alias="list")] = "all",
        top: Annotated[int, Query(ge=1, le=50)] = service.top,
    ) -> dict:
        """Watched dyads (state now, state at the last check, changed since) and the most
        reported dyads, each with state, confidence, recent balance and a balance series."""
        out = service.dyads(which, top)
        after_read()
        return out

    @app.get("/api/series/{a}/{b}", response_model=list[dict[str, Any]], responses=ERRORS, tags=["dyads"])
    def api_series(
        a: Code, b: Code,
        by: Literal["day", "week", "month", "quarter", "year"] = "month",
        directed: bool = False,
        start: date | None = None,
        end: date | None = None,
    ) -> list[dict]:
        """Per-period measures of the dyad (``dyadwatch series``)."""
        return service.series(a, b, by=by, directed=directed, start=start, end=end)

    @app.get("/api/assess/{a}/{b}", response_model=dict[str, Any], responses=ERRORS, tags=["dyads"])
    def api_assess(
        a: Code, b: Code,
        as_of: date | None = None,
        window: Annotated[int, Query(ge=1, le=120)] = DEFAULT_PARAMS.window,
        baseline: Annotated[int, Query(ge=1, le=600)] = DEFAULT_PARAMS.baseline,
    ) -> dict:
        """State, turning points, drivers, stances and partner shifts (``dyadwatch assess``)."""
        body = service.assess_json(a, b, AssessParams(as_of, window, baseline))
        return Response(body, media_type="application/json")  # type: ignore[return-value]

    @app.get("/api/events/{a}/{b}", response_model=EventsOut, responses=ERRORS, tags=["dyads"])
    def api_events(
        a: Code, b: Code,
        aspect: AspectQ | None = None,
        quad: Annotated[int | None, Query(ge=1, le=4)] = None,
        start: date | None = None,
        end: date | None = None,
        dataset: DatasetQ | None = None,
        directed: bool = False,
        page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        per_page: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> dict:
        """The dyad's events, newest first, one page at a time, with evidence and source URLs."""
        return service.events(a, b, aspect=aspect, quad=quad, start=start, end=end, dataset=dataset,
                              directed=directed, page=page, per_page=per_page)

    @app.get(
        "/api/brief/{a}/{b}.{fmt}", response_class=Response, tags=["dyads"],
        responses={200: {"description": "The brief as a download", "content": {
            "text/markdown": {"schema": {"type": "string"}}, "text/html": {"schema": {"type": "string"}},
            "application/pdf": {"schema": {"type": "string", "format": "binary"}}}}, **ERRORS},
    )
    def api_brief(a: Code, b: Code, fmt: Literal["md", "html", "pdf"], as_of: date | None = None) -> Response:
        """The analyst brief (``dyadwatch brief``): Markdown, self-contained HTML, or PDF."""
        body = service.brief(a, b, fmt, as_of)
        a, b = a.upper(), b.upper()
        name = f"{a}-{b}-brief{'-' + as_of.isoformat() if as_of else ''}.{fmt}"
        headers = {"Content-Disposition": f'{"inline" if fmt == "html" else "attachment"}; filename="{name}"'}
        if fmt == "html":  # a standalone document with its own inline CSS and no script at all
            headers["Content-Security-Policy"] = BRIEF_CSP
        return Response(body, media_type=BRIEF_TYPES[fmt], headers=headers)

    @app.get("/api/region", response_model=RegionOut, responses=ERRORS, tags=["dyads"])
    def api_region(
        countries_: Annotated[str, Query(
            alias="countries", pattern=r"^\s*[A-Za-z]{3}(\s*,\s*[A-Za-z]{3}){1,11}\s*$",
            description="2 to 12 comma-separated country codes, e.g. RUS,AZE,ARM,GEO,TUR,IRN")],
    ) -> dict:
        """Every dyad among the countries with its state and balance."""
        out = service.region([c.strip() for c in countries_.split(",")])
        return out

    @app.get("/api/watchlist", response_model=list[WatchedOut], tags=["watchlist"])
    def api_watchlist() -> list[dict]:
        """The watched dyads with the state found at the last check."""
        return [w.to_dict() for w in wl.items()]

    @app.post("/api/watchlist", response_model=WatchedOut, status_code=201, responses=WRITE_ERRORS,
              tags=["watchlist"])
    def api_watch_add(item: WatchIn, request: Request) -> dict:
        """Watch a dyad (needs the token)."""
        require_token(request)
        a, b = service.code(item.a), service.code(item.b)
        if a == b:
            raise BadRequest(f"A and B are the same country ({a}): name two different countries")
        wl.add(a, b)
        return next(w.to_dict() for w in wl.items() if {w.a, w.b} == {a, b})

    @app.delete("/api/watchlist/{a}/{b}", status_code=204, responses=WRITE_ERRORS, tags=["watchlist"])
    def api_watch_remove(a: Code, b: Code, request: Request) -> Response:
        """Stop watching a dyad (needs the token)."""
        require_token(request)
        if not wl.remove(a, b):
            raise NotFound(f"{a.upper()}–{b.upper()} is not on the watchlist")
        return Response(status_code=204)

    @app.post("/api/watchlist/check", response_model=CheckOut, responses=WRITE_ERRORS, tags=["watchlist"])
    def api_watch_check(request: Request) -> dict:
        """Assess every watched dyad now and record state changes (as ``dyadwatch watch check``)."""
        require_token(request)
        return _check_result(run_check(service))

    @app.get("/api/playbook", response_class=Response, tags=["playbook"], responses={200: {
        "description": "The playbook YAML the briefs use", "content": {"application/yaml": {"schema": {
            "type": "object", "description": "a mapping whose 'rules' list holds the rules (docs/brief.md)"}}}}})
    def api_playbook() -> Response:
        """The playbook of the briefs: the uploaded one, else the bundled one (header
        ``X-Dyadwatch-Playbook: uploaded|bundled``)."""
        text, uploaded = service.playbook_text()
        return Response(text, media_type="application/yaml",
                        headers={"X-Dyadwatch-Playbook": "uploaded" if uploaded else "bundled"})

    @app.put("/api/playbook", response_model=PlaybookOut, responses=WRITE_ERRORS, tags=["playbook"],
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/yaml": {"schema": {"type": "string"}}, "text/plain": {"schema": {"type": "string"}}}}})
    async def api_playbook_put(request: Request) -> dict:
        """Upload a playbook for the briefs (needs the token). It is checked first: a broken
        one is refused with the line and rule at fault, and the old one stays."""
        require_token(request)
        body = await request.body()
        if len(body) > MAX_PLAYBOOK:
            raise BadRequest(f"playbook: larger than {MAX_PLAYBOOK // 1024} KB")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as e:
            raise BadRequest(f"playbook: not UTF-8 text ({e.reason} at byte {e.start})") from None
        return {"rules": service.set_playbook(text), "uploaded": True}

    @app.delete("/api/playbook", status_code=204, responses=WRITE_ERRORS, tags=["playbook"])
    def api_playbook_delete(request: Request) -> Response:
        """Go back to the bundled playbook (needs the token)."""
        require_token(request)
        if not service.reset_playbook():
            raise NotFound("no playbook was uploaded: the briefs use the bundled one")
        return Response(status_code=204)

    @app.get("/api/changes", response_model=ChangesOut, responses=INVALID, tags=["watchlist"])
    def api_changes(limit: Annotated[int, Query(ge=1, le=500)] = 50) -> dict:
        """State changes found by watchlist checks, newest first."""
        return service.changes(limit)

    @app.get("/api/status", response_model=dict[str, Any], tags=["server"])
    def api_status() -> dict:
        """Which copy of the store the server reads, and the cache."""
        return {**service.snapshots.status(), "cache": service.cache.stats(), "writing": bool(token)}

    # --- pages -------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request) -> Response:
        data = service.dyads("all")
        after_read()
        ctx = {"data": data, "changes": service.changes(20), "signed_in": _signed_in(request, token),
               "writing": bool(token), **_page_ctx(service)}
        return templates.TemplateResponse(request, "overview.html", ctx)

    @app.get("/dyad/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, a: Code, b: Code) -> Response:
        a, b, n = service.dyad(a, b)
        signed_in, watched = _signed_in(request, token), wl.contains(a, b)
        page_ctx = _page_ctx(service)

        def render() -> str:
            try:
                d = service.assess(a, b)
                error = None
            except BadRequest as e:
                d, error = None, str(e)
            series = None if d else service.series(a, b, by="month")
            ctx = {"a": a, "b": b, "a_name": countries.name_for(a), "b_name": countries.name_for(b), "events": n,
                   "d": d, "error": error, "watched": watched, "signed_in": signed_in, "writing": bool(token),
                   "chart": _dyad_chart(d, series), "brief_formats": BRIEF_TYPES if d else (), **page_ctx}
            if d:
                ctx.update(_dyad_sections(d, a, b))
            return templates.env.get_template("dyad.html").render(ctx)

        # the page depends on the data, the viewer's rights, the watchlist and the store's status
        key = ("dyad-page", a, b, signed_in, watched, page_ctx["store_status"]["stale"])
        return HTMLResponse(service.memo(key, render))

    @app.get("/events/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def events_page(
        request: Request, a: Code, b: Code,
        aspect: str | None = None, quad: str | None = None, start: str | None = None, end: str | None = None,
        dataset: str | None = None, page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        partial: bool = False,
    ) -> Response:
        filters = _page_filters(aspect, quad, start, end, dataset)
        data = service.events(a, b, page=page, per_page=50, **filters)
        a, b = data["a"], data["b"]
        form = {k: ("" if v is None else str(v)) for k, v in filters.items()}
        ctx = {"a": a, "b": b, "a_name": countries.name_for(a), "b_name": countries.name_for(b), "data": data,
               "form": form, "aspects": ASPECTS, "datasets": DATASETS, "quads": QUAD_NAMES,
               "page_url": lambda p: f"/events/{a}/{b}?" + urlencode({**{k: v for k, v in form.items() if v},
                                                                        "page": p}),
               **_page_ctx(service)}
        return templates.TemplateResponse(request, "events_table.html" if partial else "events.html", ctx)

    @app.get("/region", response_class=HTMLResponse, include_in_schema=False)
    def region_page(request: Request, countries_: Annotated[str, Query(alias="countries")] = "") -> Response:
        codes = [c.strip() for c in countries_.split(",") if c.strip()]
        data = service.region(codes) if codes else None
        net = None
        if data:
            nodes = [charts.Node(c["code"], c["name"]) for c in data["countries"]]
            edges = [charts.Edge(d["a"], d["b"], d["state"] or "insufficient_data", d["balance"], d["events"],
                                 f"/dyad/{d['a']}/{d['b']}")
                     for d in data["dyads"] if d["events"]]
            net = charts.network(nodes, edges)
        ctx = {"data": data, "network": net, "query": countries_ or "RUS,AZE,ARM,GEO,TUR,IRN", **_page_ctx(service)}
        return templates.TemplateResponse(request, "region.html", ctx)

    @app.get("/playbook", response_class=HTMLResponse, include_in_schema=False)
    def playbook_page(request: Request) -> Response:
        text, uploaded = service.playbook_text()
        ctx = {"text": text, "uploaded": uploaded, "writing": bool(token), "signed_in": _signed_in(request, token),
               "message": None, **_page_ctx(service)}
        return templates.TemplateResponse(request, "playbook.html", ctx)

    @app.post("/playbook", include_in_schema=False)
    async def playbook_form(request: Request) -> Response:
        form = await _form(request)
        require_token(request)
        if form.get("action") == "reset":
            service.reset_playbook()
        else:
            try:
                service.set_playbook(form.get("text", ""))
            except BadRequest as e:
                ctx = {"text": form.get("text", ""), "uploaded": service.playbook_text()[1], "writing": True,
                       "signed_in": True, "message": str(e), **_page_ctx(service)}
                return templates.TemplateResponse(request, "playbook.html", ctx, status_code=422)
        return RedirectResponse("/playbook", status_code=303)

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request, next: str = "/") -> Response:
        return templates.TemplateResponse(request, "login.html", {"next": _local(next), "writing": bool(token),
                                                                   "failed": False, **_page_ctx(service)})

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await _form(request)
        nxt = _local(form.get("next", "/"))
        if not _token_ok(token, form.get("token")):
            return templates.TemplateResponse(
                request, "login.html", {"next": nxt, "writing": bool(token), "failed": True, **_page_ctx(service)},
                status_code=401)
        resp = RedirectResponse(nxt, status_code=303)
        resp.set_cookie(COOKIE, token or "", httponly=True, samesite="strict", path="/")
        return resp

    @app.post("/logout", include_in_schema=False)
    def logout() -> Response:
        resp = RedirectResponse("/", status_code=303)
        resp.delete_cookie(COOKIE, path="/")
        return resp

    @app.post("/watch", include_in_schema=False)
    async def watch_form(request: Request) -> Response:
        form = await _form(request)
        require_token(request)
        action = form.get("action", "add")
        a, b = form.get("a", ""), form.get("b", "")
        if action == "remove":
            wl.remove(a, b)
        elif action == "check":
            run_check(service)
        else:
            a, b = service.code(a), service.code(b)
            if a == b:
                raise BadRequest(f"A and B are the same country ({a}): name two different countries")
            wl.add(a, b)
        return RedirectResponse(_local(form.get("next", "/")), status_code=303)

    return app


# --- helpers -------------------------------------------------------------------------------------


def run_check(service: Service) -> Any:
    """A watchlist check against the server's current snapshot (as ``dyadwatch watch check``)."""

    def observe(a: str, b: str) -> Observation:
        d = service.assess(a, b)
        return Observation(d["state"], d["confidence"], d["as_of"])

    return service.watchlist.check(observe)


def _check_result(r: Any) -> dict:
    return {
        "checked_at": r.checked_at,
        "changes": [c.to_dict() for c in r.changes],
        "first": [c.to_dict() for c in r.first],
        "failures": {f"{a}-{b}": msg for (a, b), msg in r.failures.items()},
    }


async def _form(request: Request) -> dict[str, str]:
    """A urlencoded form body (the pages' forms are small and never multipart)."""
    body = (await request.body())[:65536].decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}


def _local(url: str) -> str:
    """Only redirect within this site."""
    return url if url.startswith("/") and not url.startswith("//") and "\\" not in url else "/"


def _signed_in(request: Request, token: str | None) -> bool:
    return _token_ok(token, request.cookies.get(COOKIE))


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dyadwatch")
    except PackageNotFoundError:
        return "0"


def _page_ctx(service: Service) -> dict:
    return {"store_status": service.snapshots.status()}


def _page_filters(aspect: str | None, quad: str | None, start: str | None, end: str | None,
                  dataset: str | None) -> dict:
    """Event filters from the page's form (empty fields mean no filter); a bad value is a 422."""
    out: dict[str, Any] = {"aspect": aspect or None, "quad": None, "start": None, "end": None,
                           "dataset": dataset or None}
    if quad:
        if quad not in ("1", "2", "3", "4"):
            raise BadRequest(f"quad {quad!r}: use 1, 2, 3 or 4")
        out["quad"] = int(quad)
    for name, value in (("start", start), ("end", end)):
        if value:
            try:
                out[name] = date.fromisoformat(value)
            except ValueError:
                raise BadRequest(f"{name}: {value!r} is not a date (use YYYY-MM-DD)") from None
    return out


def _d(s: str | None) -> date | None:
    return date.fromisoformat(s[:10]) if s else None


def _dyad_chart(d: dict | None, series: list[dict] | None) -> Any:
    """The balance/engagement chart from the assessment's monthly series (with its turning
    points), or the plain monthly series when there is no assessment."""
    if d:
        pts = [charts.Point(_d(r["period_start"]), _d(r["period_end"]), r.get("balance"), int(r.get("events") or 0),
                            r.get("window") == "recent") for r in d.get("series", [])]
        marks = [charts.Marker(_d(t["date"]), f"tp-{t['direction']}",
                               f"{t['date']}: {t['direction']}, balance {t['balance_before']:+.2f} → "
                               f"{t['balance_after']:+.2f}") for t in d.get("turning_points", [])]
        return charts.dyad_chart(pts, marks)
    if series:
        from datetime import timedelta

        pts = []
        for i, r in enumerate(series):
            start = _d(str(r["period"]))
            nxt = _d(str(series[i + 1]["period"])) if i + 1 < len(series) else None
            end = (nxt - timedelta(days=1)) if nxt else start
            g = r.get("goldstein_wmean")
            pts.append(charts.Point(start, end, None if g is None else g / 10.0, int(r.get("events") or 0)))
        return charts.dyad_chart(pts, title="Goldstein mean and events per month",
                                 value_label="article-weighted Goldstein mean ÷ 10")
    return None


def _dyad_sections(d: dict, a: str, b: str) -> dict:
    """Regroup the assessment's JSON for the page's tables (no new numbers)."""
    stances: dict[str, dict[str, dict]] = {}
    for s in d.get("stances", []):
        stances.setdefault(s["aspect"], {})[s["side"]] = s
    order = ["all", *ASPECTS]
    stance_rows = [(asp, stances[asp].get(a), stances[asp].get(b)) for asp in order if asp in stances]
    sparks = {asp["aspect"]: charts.sparkline([r.get("balance") for r in asp.get("series", [])], width=120, height=26,
                                              label=f"{asp['aspect']} balance by month")
              for asp in d.get("aspects", [])}
    shifts = {asp["aspect"]: charts.shift_bar(((asp.get("balance") or {}).get("shift") or {}).get("estimate"))
              for asp in d.get("aspects", [])}
    return {"stance_rows": stance_rows, "aspect_shifts": shifts, "aspect_sparks": sparks}


def _template_helpers(templates: Jinja2Templates) -> None:
    env = templates.env

    def signed(x: Any, digits: int = 2) -> str:
        return "–" if x is None else f"{float(x):+.{digits}f}"

    def num(x: Any, digits: int = 2) -> str:
        if x is None:
            return "–"
        if isinstance(x, int):
            return f"{x:,}"
        return f"{float(x):,.{digits}f}"

    def pct(x: Any) -> str:
        return "–" if x is None else f"{100 * float(x):.0f}%"

    def state_word(s: str | None) -> str:
        return "no call" if s is None else STATE_WORDS.get(s, s.replace("_", " "))

    env.filters["signed"] = signed
    env.filters["num"] = num
    env.filters["pct"] = pct
    env.filters["state_word"] = state_word
    env.globals["sparkline"] = charts.sparkline
    env.globals["quad_names"] = QUAD_NAMES
    env.globals["country_name"] = countries.name_for

