// Borgerfeedback console. Plain JavaScript, no libraries, no requests to third parties.
// Every piece of text from the API is put into the page with textContent (or as an SVG text
// node), never parsed as HTML: citizen free text is always inert. The page's CSP also enforces
// Trusted Types, so an accidental HTML sink would throw instead of rendering.
"use strict";

(function () {
  const NOTE = "bf.note."; // sessionStorage: an unsent note per item, kept if the session ends
  const PKCE = "bf.pkce";

  const labels = {
    status: { new: "Ny", triaged: "Vurderet", in_progress: "I gang", resolved: "Løst", closed: "Afsluttet" },
    priority: { P1: "P1 – akut", P2: "P2 – høj", P3: "P3 – normal", P4: "P4 – lav" },
    category: {
      response_time: "Ventetid", conduct: "Optræden", not_taken_seriously: "Ikke taget alvorligt",
      advice: "Vejledning", follow_up: "Opfølgning", technical: "Teknik", accessibility: "Tilgængelighed",
      praise: "Ros", other: "Andet",
    },
    outcome: {
      explained: "Forklaret for borgeren", apology: "Undskyldning givet", staff_guidance: "Vejledning/træning af medarbejder",
      procedure_changed: "Procedure ændret", forwarded: "Videresendt (DUP, politidirektør, region)",
      praise_shared: "Ros givet videre", no_action: "Ingen handling nødvendig",
    },
    channel: { "112": "112", "114": "114" },
    centreKind: { alarm: "Alarmcentral", service: "Servicecenter", duty: "Vagtcentral" },
    sort: { newest: "Nyeste først", urgent: "Mest akutte først (prioritet, så tidligste frist)" },
    answer: { yes: "Ja", partly: "Delvist", no: "Nej", dont_know: "Ved ikke" },
    event: {
      created: "Modtaget", status: "Status", assignee: "Tildeling", priority: "Prioritet", outcome: "Udfald",
      confirmed_category: "Bekræftet kategori", note: "Notat", contact_viewed: "Kontaktoplysninger vist",
      withdrawn: "Tilbagekaldt af borgeren", anonymised: "Anonymiseret efter sletteregler", legal_hold: "Retligt tilbageholdt",
      legal_release: "Tilbageholdelse ophævet", access_report: "Indsigtsrapport udarbejdet",
    },
    suppression: {
      doNotContact: "Må ikke kontaktes", sensitive: "Følsom henvendelse", minor: "Mindreårig", withheld: "Skjult nummer",
      nonMobile: "Ikke mobilnummer", safetyList: "Sikkerhedslisten", optedOut: "Frameldt", frequency: "Inviteret for nylig",
      sampling: "Uden for stikprøve",
    },
  };
  const districts = {
    "nordjylland": "Nordjylland", "oestjylland": "Østjylland", "midt-vestjylland": "Midt- og Vestjylland",
    "sydoestjylland": "Sydøstjylland", "syd-soenderjylland": "Syd- og Sønderjylland", "fyn": "Fyn",
    "sydsjaelland-lolland-falster": "Sydsjælland og Lolland-Falster", "midt-vestsjaelland": "Midt- og Vestsjælland",
    "nordsjaelland": "Nordsjælland", "koebenhavns-vestegn": "Københavns Vestegn", "koebenhavn": "København",
    "bornholm": "Bornholm", "groenland": "Grønland", "faeroeerne": "Færøerne",
  };
  labels.district = districts;
  // Teams: per district (vagtcentral, DUP) and the two national ones; the filter lists them by name.
  labels.team = { "citizen-service": "Borgerservice (national)", "medical-fire": "Sundhed og brand (national)" };
  for (const [id, name] of Object.entries(districts)) {
    labels.team["duty-" + id] = "Vagtcentralen, " + name;
    labels.team["dup-" + id] = "DUP-teamet, " + name;
  }
  // Intl's formatters take milliseconds each to build (locale data), so each is built on first use:
  // the list does not pay for the statistics' number formats or the language names.
  const lazy = (make) => { let v = null; return () => v || (v = make()); };
  const languageNames = lazy(() => { try { return new Intl.DisplayNames(["da"], { type: "language" }); } catch (e) { return { of: (c) => c }; } });
  const languageName = (code) => { if (!code) return "–"; try { return languageNames().of(code) || code; } catch (e) { return code; } };
  const statusOrder = ["new", "triaged", "in_progress", "resolved", "closed"];
  // danishOrder sorts names in Danish order (æ, ø, å after z) without Intl.Collator: building one
  // loads ICU's collation data, most of the console's start-up script time. Intl's order only for
  // names without "aa", other accents or mere case differences (TestConsoleDanishMatchesIntl).
  const danishKey = (s) => s.toLowerCase().replace(/[æøå]/g, (c) => ({ "æ": "{", "ø": "|", "å": "}" })[c]);
  const danishOrder = (a, b) => { const x = danishKey(a), y = danishKey(b); return x < y ? -1 : x > y ? 1 : 0; };

  const $ = (id) => document.getElementById(id);
  const dayFmt = lazy(() => new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "short", timeZone: "UTC" }));
  const num = lazy(() => new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 }));
  const pct = lazy(() => new Intl.NumberFormat("da-DK", { style: "percent", maximumFractionDigits: 1 }));

  // el builds an element; string children become text nodes, never markup.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") e.textContent = v;
      else if (k === "className") e.className = v;
      else e.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return e;
  }
  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }
  const label = (kind, v) => (v && labels[kind] && labels[kind][v]) || v || "–";
  // when is a time as Danes read it, in Danish time ("07.12.2026, 08.05": what Intl.DateTimeFormat
  // da-DK, short, Europe/Copenhagen writes), worked out by hand: building that formatter takes
  // about 10 ms (ICU's time-zone and pattern data), a large part of the list's script. Danish time
  // is CET, and CEST from the last Sunday of March to the last Sunday of October at 01:00 UTC (the
  // EU rule since 1996; checked against Intl for every minute around each change 2020–2034).
  const pad2 = (n) => (n < 10 ? "0" : "") + n;
  function danishTime(d) {
    const y = d.getUTCFullYear();
    const lastSunday = (month) => { const t = new Date(Date.UTC(y, month + 1, 0, 1)); t.setUTCDate(t.getUTCDate() - t.getUTCDay()); return t.getTime(); };
    const summer = d.getTime() >= lastSunday(2) && d.getTime() < lastSunday(9);
    return new Date(d.getTime() + (summer ? 7200000 : 3600000));
  }
  const when = (s) => {
    const d = new Date(s);
    if (isNaN(d) || d.getFullYear() < 2000) return "–";
    const c = danishTime(d);
    return pad2(c.getUTCDate()) + "." + pad2(c.getUTCMonth() + 1) + "." + c.getUTCFullYear() + ", " + pad2(c.getUTCHours()) + "." + pad2(c.getUTCMinutes());
  };

  function options(select, kind, values, any) {
    select.replaceChildren();
    if (any !== undefined) select.append(el("option", { value: "", text: any }));
    for (const v of values) select.append(el("option", { value: v, text: label(kind, v) }));
  }

  function flash(msg) { $("flash").textContent = msg || ""; }

  // ---- session ----------------------------------------------------------------------------

  let config = { mode: "local" };
  let me = null;

  // The session (shared/triage/session.go says why): the ID token lives only in this variable;
  // the refresh token is in an httpOnly cookie the script cannot read. A new ID token is fetched
  // from /console/auth/refresh well before the old one expires, on load, and when a hidden tab
  // comes back; if that fails the session has ended, and an unsent note stays in sessionStorage.
  let idToken = null;
  let expiresAt = 0; // ms, with a margin for the clock and the request's way
  let refreshTimer = 0;
  let refreshing = null;
  // bf.tokenMs (localStorage) shortens the token's life as the page sees it, for the browser test.
  const TOKEN_MS = Number(localStorage.getItem("bf.tokenMs")) || 0;

  function token() { return idToken && Date.now() < expiresAt ? idToken : null; }

  function setSession(t) {
    idToken = t.idToken;
    let life = (t.expiresIn || 3600) * 1000;
    try { // the token's own expiry, when it says one
      const payload = JSON.parse(atob(t.idToken.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")));
      if (payload.exp) life = Math.min(life, payload.exp * 1000 - Date.now());
    } catch (e) { /* keep expiresIn */ }
    if (TOKEN_MS) life = Math.min(life, TOKEN_MS);
    expiresAt = Date.now() + life - Math.min(10000, life * 0.1);
    clearTimeout(refreshTimer);
    // Renew after 80 % of the token's life, and at least 5 minutes before it ends.
    refreshTimer = setTimeout(() => { refreshSession(); }, Math.max(1000, Math.min(life * 0.8, life - 300000)));
  }

  function clearSession() {
    idToken = null;
    expiresAt = 0;
    clearTimeout(refreshTimer);
  }

  // refreshSession asks for a new ID token with the session's cookie; true when there is one.
  // Concurrent callers share one request.
  function refreshSession() {
    if (!refreshing) {
      refreshing = authPost("/console/auth/refresh").then(async (r) => {
        if (r.ok) { setSession(await r.json()); return true; }
        if (r.status === 401) {
          clearSession();
          if (me) showLogin("Din session er udløbet. Log ind igen – et notat, du var i gang med, er gemt.");
        }
        return false;
      }, () => false).finally(() => { refreshing = null; });
    }
    return refreshing;
  }

  function authPost(path, body) {
    return fetch(path, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body || {}),
    });
  }

  class APIError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ("HTTP " + status));
      this.status = status;
      this.problem = problem;
    }
  }

  async function api(method, path, body) {
    const r = await send(method, path, body);
    return (r.headers.get("Content-Type") || "").startsWith("text/csv") ? r.blob() : r.json();
  }

  // send makes an authorised request and returns the response, or throws an APIError (a 401 after
  // one refresh shows the login).
  async function send(method, path, body, retried) {
    if (!token() && !(await refreshSession())) {
      if (me) showLogin("Din session er udløbet. Log ind igen – et notat, du var i gang med, er gemt.");
      throw new APIError(401);
    }
    const init = { method, headers: { Authorization: "Bearer " + token(), Accept: "application/json" }, credentials: "omit" };
    if (body !== undefined) { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
    const r = await fetch(path, init);
    if (r.status === 401) {
      // The token was refused (revoked, or the clock is off): one refresh, one retry.
      clearSession();
      if (!retried && (await refreshSession())) return send(method, path, body, true);
      if (me) showLogin("Din session er udløbet. Log ind igen – et notat, du var i gang med, er gemt.");
      throw new APIError(401);
    }
    if (!r.ok) {
      let p = null;
      try { p = await r.json(); } catch (e) { /* not JSON */ }
      throw new APIError(r.status, p);
    }
    return r;
  }

  // problemText is the Danish message of a failed request. The API's problem details are English
  // and technical; they are never shown as they are.
  function problemText(err) {
    if (!(err instanceof APIError)) return "Ingen forbindelse til serveren. Tjek netværket, og prøv igen.";
    switch (err.status) {
      case 400: return "Forespørgslen kunne ikke læses. Genindlæs siden, og prøv igen.";
      case 403: return "Din rolle giver ikke adgang til dette.";
      case 404: return "Sagen eller siden findes ikke.";
      case 409: return "Sagen er ændret af en anden, siden du åbnede den. Den er indlæst igen – gentag din ændring.";
      case 413: return "Teksten er for lang.";
      case 422:
        if (err.problem && err.problem.errors && err.problem.errors.length) {
          return err.problem.errors.map((f) => fieldText(f.field, f.message)).join(" ");
        }
        return "Oplysningerne kan ikke gemmes sådan. Ret dem, og prøv igen.";
      case 429: return "For mange forespørgsler lige nu. Vent et øjeblik, og prøv igen.";
    }
    if (err.status >= 500) return "Der skete en fejl hos os. Prøv igen om lidt.";
    return "Noget gik galt. Prøv igen.";
  }

  // fieldText is the Danish message of one field error of the API (problem details "errors").
  function fieldText(field, message) {
    const m = message || "";
    const many = /at most (\d+)/.exec(m);
    switch (field) {
      case "status": {
        const move = /cannot go from (\S+) to (\S+)/.exec(m);
        if (move) return "Status kan ikke skifte fra »" + label("status", move[1]) + "« til »" + label("status", move[2]) + "«.";
        return "Vælg en gyldig status.";
      }
      case "outcome": return m.includes("required") ? "Vælg et udfald, før sagen afsluttes." : "Vælg et gyldigt udfald.";
      case "confirmedCategory": return m.includes("required") ? "Bekræft kategorien (årsagen), før sagen afsluttes." : "Vælg en gyldig kategori.";
      case "priority": return "Vælg en gyldig prioritet.";
      case "assignee": return m.includes("too long") ? "Brugernavnet er for langt." : "Skriv et gyldigt brugernavn (fx navn@politi.dk), eller lad feltet stå tomt.";
      case "text": return many ? "Notatet må højst være " + many[1] + " tegn." : "Skriv et notat.";
      case "phone": return "Skriv borgerens telefonnummer, fx +45 20 30 40 50 eller 20304050.";
      case "reason": return many ? "Begrundelsen må højst være " + many[1] + " tegn." : "Skriv, hvorfor opførelsen ophæves (mindst 10 tegn). Begrundelsen gemmes med dit navn.";
      case "consent": return "Skriv, hvordan og hvornår borgeren bad om at få SMS igen (10–1000 tegn). Det gemmes med dit navn.";
      case "hold": return "Sagen er allerede tilbageholdt eller frigivet af en anden. Den er indlæst igen.";
      case "from": case "to":
        return m.includes("range") ? "Perioden skal være 1–366 dage, og »Fra« skal ligge før »Til«." : "Skriv datoen som dd-mm-åååå.";
      case "version": case "body": return "Siden er forældet. Genindlæs sagen, og prøv igen.";
      case "username": case "password": return "Skriv brugernavn og adgangskode.";
    }
    return "Et filter eller felt har en ugyldig værdi. Nulstil filtrene, og prøv igen.";
  }

  // fieldErrors shows err's field errors next to the controls of form they concern (the API's field
  // name is the control's name) and returns the Danish summary; every old message of form is cleared
  // first. texts gives a form's own Danish message for an API field where fieldText's would not fit.
  function fieldErrors(form, err, texts) {
    clearFieldErrors(form);
    if (err && err.status === 422 && err.problem && err.problem.errors) {
      let marked = false;
      for (const f of err.problem.errors) {
        marked = markField(form, f.field, (texts && texts[f.field]) || fieldText(f.field, f.message)) || marked;
      }
      if (marked) return "Ikke gemt – ret det markerede.";
    }
    return err ? problemText(err) : "";
  }

  // markField shows text next to form's control name and marks it invalid; the first control
  // marked since the form's messages were cleared takes the focus. False when form has no such control.
  function markField(form, name, text) {
    const control = form.elements[name];
    if (!control || !control.id) return false;
    const id = control.id + "-error";
    let p = $(id);
    if (!p) {
      p = el("p", { id, className: "field-error" });
      control.closest(".field").append(p);
    }
    p.textContent = (p.textContent ? p.textContent + " " : "") + text;
    if (!form.querySelector("[aria-invalid]")) control.focus();
    control.setAttribute("aria-invalid", "true");
    control.setAttribute("aria-describedby", ((control.dataset.describedby || "") + " " + id).trim());
    return true;
  }

  function clearFieldErrors(form) {
    for (const p of form.querySelectorAll(".field-error")) p.remove();
    for (const c of form.querySelectorAll("[aria-invalid]")) {
      c.removeAttribute("aria-invalid");
      if (c.dataset.describedby) c.setAttribute("aria-describedby", c.dataset.describedby); else c.removeAttribute("aria-describedby");
    }
  }

  let shown = "";

  // showOnly shows one view; moving to another view puts the focus on its heading, so keyboard
  // and screen-reader users land where the content changed.
  function showOnly(id) {
    const changed = shown !== id;
    shown = id;
    for (const s of ["login-view", "list-view", "detail-view", "stats-view", "safety-view"]) $(s).hidden = s !== id;
    if (changed && id !== "login-view") {
      const h = $(id).querySelector("h1");
      h.setAttribute("tabindex", "-1");
      // After the view's other writes of this task: focus needs a layout, and one taken before
      // them would be done again for the frame.
      queueMicrotask(() => { if (shown === id) h.focus(); });
    }
    for (const a of document.querySelectorAll("#nav a")) a.removeAttribute("aria-current");
  }

  function showLogin(msg) {
    me = null;
    showOnly("login-view");
    document.body.classList.add("signed-out");
    $("login-form").hidden = config.mode !== "local";
    $("sso").hidden = config.mode === "local";
    $("login-error").textContent = msg || "";
    document.title = "Log ind – Borgerfeedback";
    (config.mode === "local" ? $("username") : $("sso-button")).focus();
  }

  async function localLogin(ev) {
    ev.preventDefault();
    const username = $("username").value.trim(), password = $("password").value;
    if (!username || !password) { $("login-error").textContent = "Skriv brugernavn og adgangskode."; return; }
    $("login-submit").disabled = true;
    try {
      const r = await authPost("/console/auth/login", { username, password });
      if (!r.ok) { $("login-error").textContent = r.status === 401 ? "Forkert brugernavn eller adgangskode." : "Login mislykkedes."; return; }
      setSession(await r.json());
      $("password").value = "";
      await start();
    } finally {
      $("login-submit").disabled = false;
    }
  }

  // Cognito managed login: authorization code with PKCE (RFC 7636).
  const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const redirectURI = () => location.origin + "/console/";

  async function ssoLogin() {
    const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
    const state = b64url(crypto.getRandomValues(new Uint8Array(16)));
    const challenge = b64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
    sessionStorage.setItem(PKCE, JSON.stringify({ verifier, state }));
    const u = new URL(config.authorizeUrl);
    u.search = new URLSearchParams({
      response_type: "code", client_id: config.clientId, redirect_uri: redirectURI(), scope: "openid email profile",
      state, code_challenge: challenge, code_challenge_method: "S256",
    }).toString();
    location.assign(u.toString());
  }

  async function finishSSO() {
    const q = new URLSearchParams(location.search);
    if (!q.has("code")) return;
    history.replaceState(null, "", location.pathname + location.hash);
    const saved = JSON.parse(sessionStorage.getItem(PKCE) || "null");
    sessionStorage.removeItem(PKCE);
    if (!saved || saved.state !== q.get("state")) { flash("Login kunne ikke bekræftes. Prøv igen."); return; }
    // The function exchanges the code, so the refresh token goes straight into its httpOnly cookie.
    const r = await authPost("/console/auth/code", { code: q.get("code"), verifier: saved.verifier, redirectUri: redirectURI() });
    if (!r.ok) { flash("Login mislykkedes."); return; }
    setSession(await r.json());
  }

  // logout revokes the refresh token (in the function) and forgets the ID token; with the
  // managed login it then ends the login's own session too.
  async function logout() {
    clearSession();
    try { await authPost("/console/auth/logout"); } catch (e) { /* the cookie expires anyway */ }
    if (config.mode === "cognito" && config.logoutUrl) {
      const u = new URL(config.logoutUrl);
      u.search = new URLSearchParams({ client_id: config.clientId, logout_uri: redirectURI() }).toString();
      location.assign(u.toString());
      return;
    }
    showLogin("Du er logget ud.");
  }

  // ---- routing ----------------------------------------------------------------------------

  function route() {
    if (!me) return;
    const hash = location.hash || "#/list";
    const [path, query] = hash.slice(1).split("?");
    const params = new URLSearchParams(query || "");
    flash("");
    if (path.startsWith("/item/")) return showDetail(decodeURIComponent(path.slice(6)));
    if (path === "/stats") return showStats(params);
    if (path === "/safety") return showSafety();
    return showList(params);
  }

  // ---- list -------------------------------------------------------------------------------

  // The list's place lives in its URL (#/list?<filters>&y=<scroll>&n=<rows shown>&sel=<item>), so
  // back, reload and a shared link all return to it. The filters go to the API; y, n and sel do not.
  const FILTERS = ["status", "priority", "category", "district", "channel", "team", "assignee", "sort"];
  const FLAGS = ["open", "overdue"];
  const PLACE = "bf.list"; // sessionStorage: {hash, ids} of the list last shown, for next/previous
  const POLL_MS = Number(localStorage.getItem("bf.pollMs")) || 30000;

  let listNext = "";
  let listTotal = null; // every match, counted by the API on a first page
  let listTotalAtLeast = false;
  let listParams = new URLSearchParams();
  let listItems = [];
  let cursorIndex = -1;
  let newestSeen = "";
  const selected = new Set();
  // danishRelative writes what Intl.RelativeTimeFormat("da", { numeric: "auto" }) writes for whole
  // minutes, hours and days ("for 3 timer siden", "i går", "om 2 dage"), by hand for the same
  // reason as when: the first Intl formatter loads ICU's Danish data, 10–20 ms of the list's
  // script. (Checked equal to Intl for −20,000…20,000 of each unit.)
  const danishRelative = (n, unit) => {
    if (unit === "day" && Math.abs(n) <= 2) return ["i forgårs", "i går", "i dag", "i morgen", "i overmorgen"][n + 2];
    const words = { minute: ["minut", "minutter", "dette minut"], hour: ["time", "timer", "denne time"], day: ["dag", "dage"] }[unit];
    if (n === 0) return words[2];
    const a = Math.abs(n), count = String(a).replace(/\B(?=(\d{3})+(?!\d))/g, ".") + " " + (a === 1 ? words[0] : words[1]);
    return n < 0 ? "for " + count + " siden" : "om " + count;
  };

  function relative(s, now) {
    const d = new Date(s);
    if (isNaN(d) || d.getFullYear() < 2000) return "";
    const min = Math.round((d - now) / 60000);
    if (Math.abs(min) < 60) return danishRelative(min, "minute");
    const h = Math.round(min / 60);
    if (Math.abs(h) < 48) return danishRelative(h, "hour");
    return danishRelative(Math.round(h / 24), "day");
  }

  function fillFilters(params) {
    const f = $("filters");
    for (const name of FILTERS) f.elements[name].value = params.get(name) || (name === "sort" ? "newest" : "");
    for (const name of FLAGS) f.elements[name].checked = params.get(name) === "true";
  }

  function filterParams() {
    const f = $("filters");
    const p = new URLSearchParams();
    for (const name of FILTERS) {
      const v = f.elements[name].value.trim();
      if (v && !(name === "sort" && v === "newest")) p.set(name, v);
    }
    for (const name of FLAGS) if (f.elements[name].checked) p.set(name, "true");
    return p;
  }

  // apiParams are the filters of a list URL, as the API takes them.
  function apiParams(params) {
    const p = new URLSearchParams();
    for (const name of FILTERS.concat(FLAGS)) if (params.get(name)) p.set(name, params.get(name));
    return p;
  }

  function listHash(params) { const q = params.toString(); return "#/list" + (q ? "?" + q : ""); }

  // lastScrollY is the window's scroll position as the last scroll event (or the list's own
  // scrolling) left it. rememberPlace reads it rather than window.scrollY: reading scrollY right
  // after the rows are appended forces the browser to lay them all out inside the script, and
  // under DevTools' tracing (Lighthouse) a layout forced from a script records the script's stack
  // with every box it adds: about 30 ms more CPU for 200 rows (docs/benchmarks.md).
  let lastScrollY = 0;

  // rememberPlace writes scroll position, rows shown and the current row into the list's URL
  // (without a new history entry) and keeps the list's order for next/previous on the item page.
  function rememberPlace() {
    // Only while the address is the list's: a view that loads before it shows (item, safety list)
    // has its address already, and a list answer arriving meanwhile must not take it back.
    if (shown !== "list-view" || (location.hash && !location.hash.startsWith("#/list"))) return;
    const p = apiParams(listParams);
    if (lastScrollY > 0) p.set("y", String(Math.round(lastScrollY)));
    if (listItems.length > 50) p.set("n", String(listItems.length));
    if (cursorIndex >= 0 && listItems[cursorIndex]) p.set("sel", listItems[cursorIndex].id);
    listParams = p;
    const h = listHash(p);
    if (location.hash !== h) history.replaceState(null, "", h);
    sessionStorage.setItem(PLACE, JSON.stringify({ hash: h, ids: listItems.map((it) => it.id) }));
  }

  async function showList(params) {
    showOnly("list-view");
    $("nav-list").setAttribute("aria-current", "page");
    document.title = "Feedback – Borgerfeedback";
    fillFilters(params);
    listParams = params;
    markQueue();
    $("export").hidden = !me.can.export;
    await loadList(false, params);
  }

  function markQueue() {
    const h = listHash(apiParams(listParams));
    for (const a of document.querySelectorAll("#queues a")) {
      if (a.getAttribute("href") === h) a.setAttribute("aria-current", "true"); else a.removeAttribute("aria-current");
    }
  }

  // row clones the row template and fills its cells (textContent only, like el): one clone per
  // item instead of a DOM call per cell keeps a list of 200 cheap to build.
  let rowTemplate = null;
  function row(it, now) {
    rowTemplate = rowTemplate || $("row-template").content.firstElementChild;
    const tr = rowTemplate.cloneNode(true);
    const c = tr.children;
    tr.setAttribute("data-id", it.id);
    if (it.overdue) tr.className = "overdue";
    const box = c[0].firstChild;
    box.setAttribute("aria-label", "Vælg " + it.id);
    box.setAttribute("data-id", it.id);
    box.checked = selected.has(it.id);
    const a = c[1].firstChild;
    a.setAttribute("href", "#/item/" + encodeURIComponent(it.id));
    a.textContent = it.id;
    c[2].prepend(when(it.createdAt));
    c[2].lastChild.textContent = relative(it.createdAt, now);
    c[3].textContent = label("priority", it.priority);
    if (it.urgent || it.conduct || it.needsTranslation) {
      c[3].append(" ");
      if (it.urgent) c[3].append(el("span", { className: "badge urgent", text: "Akut" }));
      if (it.conduct) c[3].append(el("span", { className: "badge conduct", text: "DUP" }));
      if (it.needsTranslation) c[3].append(el("span", { className: "badge status", text: "Skal oversættes (" + languageName(it.language) + ")" }));
    }
    c[4].textContent = label("status", it.status);
    c[5].textContent = label("category", it.category);
    c[6].textContent = label("district", it.district);
    c[7].textContent = String(it.rating);
    c[8].textContent = (it.text.length > 140 ? it.text.slice(0, 140) + "…" : it.text) || "–";
    const due = relative(it.dueAt, now);
    const open = it.status !== "resolved" && it.status !== "closed";
    c[9].textContent = when(it.dueAt);
    if (it.overdue) c[9].append(el("span", { className: "badge overdue", text: "Overskredet " + due }));
    else if (open && due) c[9].append(el("span", { className: "age", text: "Frist " + due }));
    return tr;
  }

  async function loadList(more, restore) {
    const p = apiParams(listParams);
    if (more && listNext) p.set("cursor", listNext);
    const n = restore ? Number(restore.get("n")) || 0 : 0;
    if (!more && n > 50) p.set("limit", String(Math.min(n, 200)));
    if (!more) p.set("total", "true");
    $("list-status").textContent = "Henter …";
    try {
      const r = await api("GET", "/api/feedback?" + p.toString());
      const now = new Date();
      if (!more) { listItems = []; cursorIndex = -1; $("list-body").replaceChildren(); hideFresh(); }
      listItems = listItems.concat(r.items);
      $("list-body").append(...r.items.map((it) => row(it, now)));
      newestSeen = listItems.reduce((m, it) => (it.createdAt > m ? it.createdAt : m), "");
      listNext = r.next || "";
      if (!more) { listTotal = r.total === undefined ? null : r.total; listTotalAtLeast = !!r.totalAtLeast; }
      $("more").hidden = !listNext;
      const overdue = listItems.filter((it) => it.overdue).length;
      const total = listTotal === null ? "" : (listTotalAtLeast ? "mindst " : "") + listTotal;
      $("list-status").textContent = listItems.length === 0 ? "Ingen feedback matcher filtrene." :
        (listNext && total ? "Viser " + listItems.length + " af " + total + " sager" : (total || listItems.length) + (listItems.length === 1 ? " sag" : " sager") + (listNext ? " vist" : "")) +
        (overdue ? " (" + overdue + " af de viste med overskredet frist)" : "") +
        (listNext ? " – »Vis flere« henter resten." : " – det er alle.");
      updateSortHeaders();
      updateBulk();
      if (restore) {
        const sel = restore.get("sel");
        const i = sel ? listItems.findIndex((it) => it.id === sel) : -1;
        if (i >= 0) moveCursor(i, false);
        const y = Number(restore.get("y")) || 0;
        if (y) { window.scrollTo(0, y); lastScrollY = window.scrollY; }
      }
      rememberPlace();
    } catch (err) {
      if (err.status !== 401) $("list-status").textContent = problemText(err);
    }
  }

  function moveCursor(i, scroll) {
    const rows = $("list-body").children;
    if (!rows.length) return;
    i = Math.max(0, Math.min(rows.length - 1, i));
    if (rows[cursorIndex]) rows[cursorIndex].classList.remove("current");
    cursorIndex = i;
    rows[i].classList.add("current");
    const a = rows[i].querySelector("a");
    a.focus({ preventScroll: !scroll });
    if (scroll) { rows[i].scrollIntoView({ block: "nearest" }); lastScrollY = window.scrollY; }
    rememberPlace();
  }

  function updateSortHeaders() {
    const urgent = (listParams.get("sort") || "newest") === "urgent";
    $("th-created").setAttribute("aria-sort", urgent ? "none" : "descending");
    $("th-due").setAttribute("aria-sort", urgent ? "ascending" : "none");
  }

  function sortBy(sort) {
    const p = apiParams(listParams);
    if (sort === "newest") p.delete("sort"); else p.set("sort", sort);
    location.hash = listHash(p);
  }

  // ---- new items since you looked ---------------------------------------------------------

  // poll asks for the first page of the same list every POLL_MS while the list is on screen and
  // the tab visible; items newer than the newest shown are counted, never inserted under the
  // reader's eyes. r (or the button) reloads the list.
  async function poll() {
    if (shown !== "list-view" || document.visibilityState !== "visible" || !me) return;
    const p = apiParams(listParams);
    p.set("limit", "20");
    try {
      const r = await api("GET", "/api/feedback?" + p.toString());
      const seen = new Set(listItems.map((it) => it.id));
      const fresh = r.items.filter((it) => !seen.has(it.id) && it.createdAt > newestSeen).length;
      if (fresh > 0) showFresh(fresh, r.next && fresh === r.items.length);
    } catch (err) { /* a failed poll waits for the next */ }
  }

  function showFresh(n, more) {
    $("fresh-text").textContent = (more ? "Mindst " : "") + n + (n === 1 ? " ny sag" : " nye sager") + " siden du kiggede.";
    $("fresh").hidden = false;
    document.title = "(" + n + ") Feedback – Borgerfeedback";
  }

  function hideFresh() {
    $("fresh").hidden = true;
    $("fresh-text").textContent = "";
    if (shown === "list-view") document.title = "Feedback – Borgerfeedback";
  }

  function refreshList() {
    listParams.delete("y");
    listParams.delete("sel");
    window.scrollTo(0, 0);
    lastScrollY = 0;
    loadList(false, null).then(() => { flash("Listen er opdateret."); });
  }

  // ---- bulk actions -----------------------------------------------------------------------

  function updateBulk() {
    for (const id of [...selected]) if (!listItems.some((it) => it.id === id)) selected.delete(id);
    const n = selected.size;
    $("bulk-count").textContent = n === 0 ? "Ingen sager valgt." : n === 1 ? "1 sag valgt." : n + " sager valgt.";
    for (const b of ["bulk-take", "bulk-status-go", "bulk-clear"]) $(b).disabled = n === 0;
    const all = $("pick-all");
    all.checked = n > 0 && n === listItems.length;
    all.indeterminate = n > 0 && n < listItems.length;
  }

  // bulk sends one PATCH per selected item with the version the list showed: each item is its own
  // audited change with optimistic concurrency, so a conflict or refusal on one is reported and the
  // others go through.
  async function bulk(change, what) {
    const items = listItems.filter((it) => selected.has(it.id));
    if (!items.length) return;
    $("bulk-result").textContent = "Opdaterer " + items.length + " …";
    const failed = [];
    let done = 0;
    for (const it of items) {
      try {
        await api("PATCH", "/api/feedback/" + encodeURIComponent(it.id), Object.assign({ version: it.version }, change));
        done++;
        selected.delete(it.id);
      } catch (err) {
        if (err.status === 401) return;
        failed.push(it.id + ": " + (err.status === 409 ? "ændret af en anden, efter listen blev hentet – åbn sagen og prøv igen." : problemText(err)));
      }
    }
    await loadList(false, listParams);
    $("bulk-result").replaceChildren(
      el("span", { text: done + (done === 1 ? " sag " : " sager ") + what + "." + (failed.length ? " " + failed.length + " ikke ændret:" : "") }),
      failed.length ? el("ul", {}, ...failed.map((f) => el("li", { text: f }))) : "");
  }

  // exportCSV fetches the export page by page (paged=true, then each page's Link rel="next"; the
  // pages after the first carry rows only) and offers the file only when every page has arrived. A
  // page that fails ends the export with a message saying so: no file is offered, never part of one.
  let exporting = false;
  async function exportCSV() {
    if (exporting) return;
    exporting = true;
    const button = $("export");
    button.disabled = true;
    const p = filterParams();
    p.set("delimiter", "semicolon"); // Danish Excel's list separator
    p.set("paged", "true");
    const parts = [];
    let next = "/api/export.csv?" + p.toString(), rows = 0;
    try {
      while (next) {
        flash("Eksporterer … " + rows.toLocaleString("da-DK") + " sager hentet (side " + (parts.length + 1) + ").");
        const r = await send("GET", next);
        parts.push(await r.blob());
        rows += Number(r.headers.get("Export-Rows") || 0);
        const link = /<([^>]+)>;\s*rel="next"/.exec(r.headers.get("Link") || "");
        next = link ? link[1] : "";
      }
      const url = URL.createObjectURL(new Blob(parts, { type: "text/csv;charset=utf-8" }));
      const a = el("a", { href: url, download: "feedback.csv" });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      flash("Eksporten er hentet: " + rows.toLocaleString("da-DK") + (rows === 1 ? " sag." : " sager."));
    } catch (err) {
      if (err.status !== 401) {
        flash("Eksporten mislykkedes efter " + rows.toLocaleString("da-DK") + " sager (side " + (parts.length + 1) +
          "), og der er ikke gemt nogen fil. " + problemText(err));
      }
    } finally {
      exporting = false;
      button.disabled = false;
    }
  }

  // ---- saved queues -----------------------------------------------------------------------

  function queues() {
    const q = [["Mine åbne", "#/list?assignee=me&sort=urgent&open=true"]];
    if (me.districts.length === 1) q.push(["Mit distrikt, åbne", "#/list?district=" + encodeURIComponent(me.districts[0]) + "&sort=urgent&open=true"]);
    else q.push([me.districts.length ? "Mine distrikter, åbne" : "Alle åbne", "#/list?sort=urgent&open=true"]);
    q.push(["Akut", "#/list?priority=P1&sort=urgent&open=true"]);
    let own = [];
    try { own = JSON.parse(localStorage.getItem("bf.queues." + me.username) || "[]"); } catch (e) { own = []; }
    return q.concat(own.filter((x) => Array.isArray(x) && typeof x[0] === "string" && typeof x[1] === "string" && x[1].startsWith("#/list")));
  }

  function renderQueues() {
    $("queues-list").replaceChildren(...queues().map(([name, href]) => el("li", {}, el("a", { href, text: name }))));
    markQueue();
  }

  function saveQueue(ev) {
    ev.preventDefault();
    const name = $("queue-name").value.trim();
    clearFieldErrors($("queue-form"));
    if (!name) { markField($("queue-form"), "name", "Giv køen et navn."); return; }
    let own = [];
    try { own = JSON.parse(localStorage.getItem("bf.queues." + me.username) || "[]"); } catch (e) { own = []; }
    own = own.filter((x) => x[0] !== name).concat([[name, listHash(filterParams())]]).slice(-10);
    localStorage.setItem("bf.queues." + me.username, JSON.stringify(own));
    $("queue-name").value = "";
    renderQueues();
    flash("Køen »" + name + "« er gemt.");
  }

  // ---- detail -----------------------------------------------------------------------------

  let current = null;

  function allowedStatuses(from) {
    const i = statusOrder.indexOf(from);
    const out = [from];
    for (const s of statusOrder) {
      if (s === from || s === "new") continue;
      const reopen = (from === "resolved" || from === "closed") && (s === "triaged" || s === "in_progress");
      if (statusOrder.indexOf(s) > i || reopen) out.push(s);
    }
    return out;
  }

  function eventText(ev) {
    const kind = { status: "status", priority: "priority", outcome: "outcome", confirmed_category: "category" }[ev.type];
    const v = (x) => (kind ? label(kind, x) : x) || "–";
    switch (ev.type) {
      case "created": return "Modtaget og klassificeret";
      case "note": return ev.erased ? "Notat (teksten er slettet)" : "Notat";
      case "contact_viewed": return "Kontaktoplysninger vist";
      case "withdrawn": case "anonymised": case "legal_hold": case "legal_release": case "access_report": return label("event", ev.type);
      case "assignee": return ev.to ? "Tildelt " + ev.to + (ev.from ? " (før: " + ev.from + ")" : "") : "Tildeling fjernet (" + (ev.from || "–") + ")";
      default: return label("event", ev.type) + ": " + v(ev.from) + " → " + v(ev.to);
    }
  }

  function renderDetail(d) {
    if (!current || current.id !== d.id) { $("hold-reason").value = ""; forgetReport(); }
    current = d;
    document.title = d.id + " – Borgerfeedback";
    $("detail-title").textContent = "Feedback " + d.id;
    const badges = $("detail-badges");
    badges.replaceChildren(el("span", { className: "badge status", text: label("status", d.status) }));
    if (d.urgent) badges.append(el("span", { className: "badge urgent", text: "Akut" }));
    if (d.conduct) badges.append(el("span", { className: "badge conduct", text: "DUP-sag (optræden)" }));
    if (d.needsTranslation) badges.append(el("span", { className: "badge status", text: "Skal oversættes (sprog: " + languageName(d.language) + ")" }));
    if (d.overdue) badges.append(el("span", { className: "badge overdue", text: "Frist overskredet" }));
    if (d.notice) badges.append(el("span", { className: "badge notice", text: d.notice.charAt(0).toUpperCase() + d.notice.slice(1) }));
    if (d.legalHold) badges.append(el("span", { className: "badge notice", text: "Retligt tilbageholdt" }));

    $("detail-text").textContent = d.text || (d.notice ? "(" + d.notice + ": teksten er slettet)" : "(ingen tekst)");
    $("contact-box").hidden = !(d.contactAvailable && d.permissions.viewContact);
    $("contact-value").hidden = true;
    $("contact-value").textContent = "";

    const facts = [
      ["Modtaget", when(d.createdAt)], ["Kanal", label("channel", d.channel)], ["Central", d.centreId + " (" + label("centreKind", d.centreKind) + ")"],
      ["Politikreds", label("district", d.district)], ["Bedømmelse", d.rating + " af 5"],
      ["Taget alvorligt", label("answer", d.takenSeriously)], ["Ventetid acceptabel", label("answer", d.waitAcceptable)],
      ["Kategori", label("category", d.category)], ["Prioritet", label("priority", d.priority)], ["Team", label("team", d.team)],
      ["Sprog", languageName(d.language)], ["Frist", when(d.dueAt) + (d.overdue ? " (overskredet " + relative(d.dueAt, new Date()) + ")" : "")],
      ["Tildelt", d.assignee || "–"],
      ["Bekræftet kategori", label("category", d.confirmedCategory)], ["Udfald", label("outcome", d.outcome)],
      ["Version", String(d.version)], ["Klassifikator", d.classifierVersion || "–"],
    ];
    $("detail-facts").replaceChildren(...facts.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
    $("detail-reasons").replaceChildren(...(d.reasons && d.reasons.length ? d.reasons.map((r) => el("li", { text: r, lang: "en" })) : [el("li", { text: "(ingen)" })]));

    options($("u-status"), "status", allowedStatuses(d.status));
    $("u-status").value = d.status;
    options($("u-priority"), "priority", ["P1", "P2", "P3", "P4"]);
    $("u-priority").value = d.priority;
    options($("u-category"), "category", Object.keys(labels.category), "(ikke bekræftet)");
    $("u-category").value = d.confirmedCategory || "";
    options($("u-outcome"), "outcome", Object.keys(labels.outcome), "(intet)");
    $("u-outcome").value = d.outcome || "";
    $("u-assignee").value = d.assignee || "";
    $("u-assignee").readOnly = !d.permissions.reassign;
    $("u-take").hidden = !!d.assignee && d.assignee !== me.username && !d.permissions.reassign;
    $("u-take").textContent = d.assignee === me.username ? "Giv sagen fra mig" : "Tag sagen";
    for (const e of $("update-form").elements) e.disabled = !d.permissions.work;
    $("update-error").textContent = "";
    $("note-error").textContent = "";
    clearFieldErrors($("update-form"));
    clearFieldErrors($("note-form"));
    $("note-text").value = sessionStorage.getItem(NOTE + d.id) || "";

    renderRights(d);

    $("history").replaceChildren(...d.history.slice().reverse().map((ev) => el("li", {},
      el("span", { className: "when", text: when(ev.at) + " · " + ev.actor }), " ",
      el("span", { className: "what", text: eventText(ev) }),
      ev.note ? el("span", { className: "note", text: ev.note }) : null,
    )));
  }

  // siblings fills the previous/next links from the list last shown, and points the list's place
  // at this item, so going back lands on it.
  function siblings(id) {
    let place = null;
    try { place = JSON.parse(sessionStorage.getItem(PLACE) || "null"); } catch (e) { place = null; }
    const ids = (place && place.ids) || [];
    const i = ids.indexOf(id);
    const link = (a, other) => {
      a.hidden = !other;
      if (other) a.setAttribute("href", "#/item/" + encodeURIComponent(other));
    };
    link($("prev-item"), i > 0 ? ids[i - 1] : "");
    link($("next-item"), i >= 0 && i < ids.length - 1 ? ids[i + 1] : "");
    $("item-pos").textContent = i >= 0 ? "Sag " + (i + 1) + " af " + ids.length + " i listen" : "";
    let back = "#/list";
    if (place && place.hash) {
      const [path, query] = place.hash.slice(1).split("?");
      const q = new URLSearchParams(query || "");
      if (i >= 0) q.set("sel", id);
      back = "#" + path + (q.toString() ? "?" + q.toString() : "");
      sessionStorage.setItem(PLACE, JSON.stringify({ hash: back, ids }));
    }
    $("back").setAttribute("href", back);
  }

  // showDetail shows the item page once its item is rendered: shown empty and then filled, its
  // parts would move under the reader (layout shift). A later navigation wins over a slower answer.
  let detailSeq = 0;
  async function showDetail(id) {
    const seq = ++detailSeq;
    if (current && current.id !== id) current = null;
    let d = null, failure = null;
    try {
      d = await api("GET", "/api/feedback/" + encodeURIComponent(id));
    } catch (err) {
      failure = err;
    }
    if (seq !== detailSeq) return;
    siblings(id);
    if (d) renderDetail(d);
    else {
      $("detail-title").textContent = "Feedback " + id;
      $("history").replaceChildren();
    }
    showOnly("detail-view");
    if (failure && failure.status !== 401) flash(problemText(failure));
  }

  let keyboardSave = false;

  async function save(change) {
    $("update-error").textContent = "";
    flash("");
    clearFieldErrors($("update-form"));
    const fromKeyboard = keyboardSave;
    keyboardSave = false;
    try {
      renderDetail(await api("PATCH", "/api/feedback/" + encodeURIComponent(current.id), Object.assign({ version: current.version }, change)));
      flash("Gemt.");
      if (fromKeyboard) $("detail-title").focus(); // saved from the keyboard: the shortcuts work again
    } catch (err) {
      if (err.status === 401) return;
      if (err.status === 409) {
        renderDetail(await api("GET", "/api/feedback/" + encodeURIComponent(current.id)));
        $("update-error").textContent = problemText(err);
        return;
      }
      $("update-error").textContent = fieldErrors($("update-form"), err);
    }
  }

  function submitUpdate(ev) {
    ev.preventDefault();
    const f = $("update-form").elements;
    const change = {};
    if (f.status.value !== current.status) change.status = f.status.value;
    if (f.priority.value !== current.priority) change.priority = f.priority.value;
    if (f.assignee.value.trim() !== (current.assignee || "")) change.assignee = f.assignee.value.trim();
    if (f.confirmedCategory.value !== (current.confirmedCategory || "")) change.confirmedCategory = f.confirmedCategory.value;
    if (f.outcome.value !== (current.outcome || "")) change.outcome = f.outcome.value;
    if (Object.keys(change).length === 0) { flash(""); clearFieldErrors($("update-form")); $("update-error").textContent = "Intet at gemme – du har ikke ændret noget."; return; }
    save(change);
  }

  function take() {
    save({ assignee: current.assignee === me.username ? "" : me.username });
  }

  async function addNote(ev) {
    ev.preventDefault();
    const text = $("note-text").value.trim();
    flash("");
    $("note-error").textContent = "";
    if (!text) {
      $("note-error").textContent = fieldErrors($("note-form"), { status: 422, problem: { errors: [{ field: "text", message: "required" }] } });
      return;
    }
    try {
      await api("POST", "/api/feedback/" + encodeURIComponent(current.id) + "/notes", { text });
      sessionStorage.removeItem(NOTE + current.id);
      $("note-text").value = "";
      renderDetail(await api("GET", "/api/feedback/" + encodeURIComponent(current.id)));
      flash("Notatet er tilføjet.");
    } catch (err) {
      if (err.status !== 401) $("note-error").textContent = fieldErrors($("note-form"), err);
    }
  }

  async function showContact() {
    try {
      const c = await api("POST", "/api/feedback/" + encodeURIComponent(current.id) + "/contact");
      renderDetail(await api("GET", "/api/feedback/" + encodeURIComponent(current.id))); // shows the recorded view
      $("detail-text").textContent = c.text || "(ingen tekst)";
      $("contact-value").textContent = "Kontakt: " + c.contact;
      $("contact-value").hidden = false;
    } catch (err) {
      if (err.status !== 401) flash(problemText(err));
    }
  }

  // ---- the citizen's rights on the item page ---------------------------------------------

  // renderRights offers legal hold (supervisors, national unit) and the access report (national
  // unit) only to those the item's permissions allow; the API checks again.
  function renderRights(d) {
    const p = d.permissions;
    $("rights").hidden = !p.legalHold && !p.accessReport;
    $("hold-form").hidden = !p.legalHold;
    $("report-box").hidden = !p.accessReport;
    $("hold-state").textContent = d.legalHold ?
      "Sagen er retligt tilbageholdt" + (d.legalHoldReason ? ": »" + d.legalHoldReason + "«" : "") + ". Fritekst, kontaktoplysninger og noter slettes ikke, før tilbageholdelsen ophæves." :
      "Sagen er ikke tilbageholdt. Personoplysningerne slettes efter slettereglerne.";
    $("hold-submit").textContent = d.legalHold ? "Ophæv tilbageholdelsen" : "Tilbagehold sagen";
    $("hold-error").textContent = "";
    clearFieldErrors($("hold-form"));
  }

  // holdItem puts the item on legal hold or releases it, with the version shown: a change by
  // someone else meanwhile (409, or 422 "already so") reloads the item and says so; the reason typed
  // stays, so the change can be repeated.
  async function holdItem(ev) {
    ev.preventDefault();
    const form = $("hold-form");
    const reason = $("hold-reason").value.trim();
    const hold = !current.legalHold;
    flash("");
    clearFieldErrors(form);
    $("hold-error").textContent = "";
    if (!reason) {
      markField(form, "reason", hold ? "Skriv, hvorfor sagen tilbageholdes." : "Skriv, hvorfor tilbageholdelsen ophæves.");
      $("hold-error").textContent = "Ikke gemt – ret det markerede.";
      return;
    }
    $("hold-submit").disabled = true;
    try {
      renderDetail(await api("POST", "/api/feedback/" + encodeURIComponent(current.id) + "/legal-hold", { hold, reason, version: current.version }));
      $("hold-reason").value = "";
      flash(hold ? "Sagen er retligt tilbageholdt." : "Tilbageholdelsen er ophævet.");
    } catch (err) {
      if (err.status === 401) return;
      const changed = err.status === 409 || (err.status === 422 && err.problem && (err.problem.errors || []).some((f) => f.field === "hold"));
      if (changed) renderDetail(await api("GET", "/api/feedback/" + encodeURIComponent(current.id)));
      $("hold-error").textContent = fieldErrors(form, err, { reason: "Skriv en begrundelse på højst 500 tegn." });
    } finally {
      $("hold-submit").disabled = false;
    }
  }

  // The access report is fetched with the session's token (a plain link would carry none), saved
  // as an HTML file and offered again from a link to the same copy: producing it is recorded in
  // the history, so the item is shown again with that event.
  let reportURL = "";

  function forgetReport() {
    if (reportURL) URL.revokeObjectURL(reportURL);
    reportURL = "";
    $("report-done").replaceChildren();
  }

  async function accessReport() {
    const id = current.id;
    const button = $("report-button");
    button.disabled = true;
    flash("");
    try {
      const blob = await (await send("GET", "/api/feedback/" + encodeURIComponent(id) + "/access-report?format=html")).blob();
      renderDetail(await api("GET", "/api/feedback/" + encodeURIComponent(id)));
      forgetReport();
      reportURL = URL.createObjectURL(new Blob([blob], { type: "text/html;charset=utf-8" }));
      const name = "indsigt-" + id + ".html";
      const save = el("a", { href: reportURL, download: name });
      document.body.append(save);
      save.click();
      save.remove();
      $("report-done").replaceChildren("Rapporten er hentet som filen " + name + ". ",
        el("a", { id: "report-link", href: reportURL, target: "_blank", rel: "noopener", text: "Åbn rapporten" }));
      flash("Indsigtsrapporten er udarbejdet og registreret i historikken.");
    } catch (err) {
      if (err.status !== 401) flash("Indsigtsrapporten kunne ikke laves. " + problemText(err));
    } finally {
      button.disabled = false;
    }
  }

  // ---- statistics -------------------------------------------------------------------------

  let stats = null;

  // statsView puts the statistics view's content in place from its template, on first use.
  function statsView() {
    const t = $("stats-template");
    if (!t) return;
    t.replaceWith(t.content);
    $("stats-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const p = new URLSearchParams();
      if ($("s-from").value) p.set("from", $("s-from").value);
      if ($("s-to").value) p.set("to", $("s-to").value);
      location.hash = "#/stats?" + p.toString();
    });
    $("s-dim").addEventListener("change", () => { if (stats) categoryChart(); });
  }

  async function showStats(params) {
    statsView();
    showOnly("stats-view");
    $("nav-stats").setAttribute("aria-current", "page");
    document.title = "Statistik – Borgerfeedback";
    if (!me.can.stats) { $("stats-status").textContent = "Statistik er for tilsynsførende og den nationale enhed."; return; }
    const q = new URLSearchParams();
    for (const k of ["from", "to"]) {
      if (params.get(k)) { q.set(k, params.get(k)); $("s-" + k).value = params.get(k); }
    }
    $("stats-status").textContent = "Henter …";
    try {
      stats = await api("GET", "/api/stats?" + q.toString());
      $("s-from").value = stats.from;
      $("s-to").value = stats.to;
      $("stats-status").textContent = "Perioden " + stats.from + " – " + stats.to + " (UTC-dage).";
      renderStats();
      // Shown once drawn: tiles and charts filled in on screen would push what is below them.
      $("stats-body").hidden = false;
    } catch (err) {
      if (err.status !== 401) $("stats-status").textContent = fieldErrors($("stats-form"), err);
    }
  }

  function tile(value, text) {
    return el("div", { className: "tile" }, el("span", { className: "value", text: value }), el("span", { className: "label", text }));
  }

  function renderStats() {
    const t = stats.total;
    const inv = t.invitations;
    const suppressed = Object.values(inv.suppressed).reduce((a, b) => a + b, 0);
    $("stats-summary").replaceChildren(
      tile(String(t.count), "svar"),
      tile(t.meanRating !== undefined ? num().format(t.meanRating) : "–",
        "gennemsnitlig bedømmelse" + (t.ci95 ? " (95 %-KI " + num().format(t.ci95[0]) + "–" + num().format(t.ci95[1]) + ")" : "")),
      tile(pct().format(t.urgentShare), "akutte"),
      tile(pct().format(t.conductShare), "om optræden (DUP)"),
      tile(String(inv.sent), "invitationer sendt"),
      tile(String(suppressed), "invitationer undladt"),
      tile(inv.sent ? pct().format(inv.answered / inv.sent) : "–", "svarprocent"),
    );
    $("sat-desc").textContent = "Daglig gennemsnitlig bedømmelse (1–5) med 95 %-konfidensinterval. " + stats.ciMethod + ".";
    satisfactionChart();
    categoryChart();
    invitationTable();
    centreTable();
    weightedTable();
    samplingTable();
  }

  const pp = (x) => num().format(x * 100) + " pp";

  // The weighted share of satisfied replies (ratings 4–5) per centre, with its interval, the
  // unweighted counts beside it; a centre whose interval is wider than its target is marked.
  function weightedTable() {
    $("weighted-desc").textContent = "Andel tilfredse (bedømmelse 4–5) vægtet med invitationssandsynligheden. " + stats.satisfiedMethod + ".";
    const rows = (stats.byDimension.centre || []).filter((r) => r.satisfied);
    const body = rows.map((r) => {
      const s = r.satisfied;
      const name = el("th", { scope: "row", text: r.value });
      if (s.widerThanTarget) name.append(el("span", { className: "badge warn", text: "bredere end målet" }));
      return el("tr", { className: s.widerThanTarget ? "stands-out" : null }, name,
        el("td", { className: "num", text: pct().format(s.estimate) }),
        el("td", { className: "num", text: pct().format(s.ci95[0]) + "–" + pct().format(s.ci95[1]) }),
        el("td", { className: "num", text: "±" + pp(s.halfWidth) }),
        el("td", { className: "num", text: s.target ? "±" + pp(s.target) : "–" }),
        el("td", { className: "num", text: String(r.count) }),
        el("td", { className: "num", text: String(s.satisfiedReplies) + " (" + pct().format(s.unweightedShare) + ")" }),
        el("td", { className: "num", text: num().format(s.nEff) }));
    });
    $("weighted-table").replaceChildren(rows.length ? el("table", { id: "centre-satisfied" },
      el("caption", { className: "sr-only", text: "Vægtet andel tilfredse pr. central" }),
      el("thead", {}, el("tr", {}, ...["Central", "Tilfredse (vægtet)", "95 %-KI", "Usikkerhed", "Mål", "Svar", "Tilfredse (uvægtet)", "Effektive svar"]
        .map((h, i) => el("th", { scope: "col", className: i ? "num" : null, text: h })))),
      el("tbody", {}, ...body)) : el("p", { text: "Ingen svar i perioden." }));
  }

  // The sampling controller's plan per centre for the current month: rate, expected SMS spend,
  // achieved and projected precision.
  function samplingTable() {
    const sm = stats.sampling;
    if (!sm) { $("sampling-desc").textContent = ""; $("sampling-table").replaceChildren(); return; }
    $("sampling-desc").textContent = "Måned " + sm.month + ". Tilstand: " + (sm.mode === "adaptive" ? "tilpasset pr. central" : "fast sats " + sm.mode) +
      ". Forventet SMS-forbrug " + num().format(sm.expectedDkk) + " kr." + (sm.budgetDkk ? " af et budget på " + num().format(sm.budgetDkk) + " kr." : " (intet budgetloft).") +
      " Satsen gælder henvendelser uden risikosignaler; lang ventetid, afbrudte, viderestillede og gentagne opkald spørges altid.";
    const body = sm.centres.map((p) => {
      const name = el("th", { scope: "row", text: p.centre.id });
      if (p.overBudget) name.append(el("span", { className: "badge warn", text: "over budget" }));
      else if (p.budgetLimited) name.append(el("span", { className: "badge warn", text: "begrænset af budget" }));
      if (p.fromPrior) name.append(el("span", { className: "badge", text: "ny: antaget" }));
      return el("tr", { className: p.overBudget || p.budgetLimited ? "stands-out" : null }, name,
        el("td", { className: "num", text: pct().format(p.rate) }),
        el("td", { className: "num", text: num().format(Math.round(p.expectedSms)) }),
        el("td", { className: "num", text: num().format(Math.round(p.expectedDkk)) + " kr." }),
        el("td", { className: "num", text: p.achieved ? "±" + pp(p.achieved.halfWidth) : "–" }),
        el("td", { className: "num", text: "±" + pp(p.projectedMargin) }),
        el("td", { className: "num", text: "±" + pp(p.target) }));
    });
    $("sampling-table").replaceChildren(sm.centres.length ? el("table", { id: "sampling-plan" },
      el("caption", { className: "sr-only", text: "Stikprøvesats, forventet SMS-forbrug og præcision pr. central" }),
      el("thead", {}, el("tr", {}, ...["Central", "Sats", "SMS (forventet)", "Forbrug", "Opnået", "Forventet ved månedens slutning", "Mål"]
        .map((h, i) => el("th", { scope: "col", className: i ? "num" : null, text: h })))),
      el("tbody", {}, ...body)) : el("p", { text: "Ingen henvendelser denne måned endnu." }));
  }

  function dataTable(caption, head, rows) {
    return el("details", {}, el("summary", { text: "Vis som tabel" }),
      el("div", { className: "table-wrap", tabindex: "0", role: "region", "aria-label": caption }, el("table", {},
        el("caption", { text: caption }),
        el("thead", {}, el("tr", {}, ...head.map((h, i) => el("th", { scope: "col", className: i ? "num" : null, text: h })))),
        el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c, i) => i ? el("td", { className: "num", text: c }) : el("th", { scope: "row", text: c }))))))));
  }

  // Satisfaction over time: the daily mean with its confidence interval as a band.
  function satisfactionChart() {
    const days = stats.byDay;
    const W = 900, H = 280, L = 44, R = 12, T = 12, B = 40;
    const x = (i) => L + (days.length <= 1 ? 0 : (i * (W - L - R)) / (days.length - 1));
    const y = (v) => T + ((5 - v) * (H - T - B)) / 4;
    const s = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-labelledby": "sat-svg-title sat-svg-desc" });
    s.append(svg("title", { id: "sat-svg-title" }, "Tilfredshed over tid"));
    const withData = days.filter((d) => d.meanRating !== undefined);
    s.append(svg("desc", { id: "sat-svg-desc" }, withData.length ?
      "Gennemsnit fra " + num().format(Math.min(...withData.map((d) => d.meanRating))) + " til " + num().format(Math.max(...withData.map((d) => d.meanRating))) + " over " + withData.length + " dage med svar." :
      "Ingen svar i perioden."));
    for (let v = 1; v <= 5; v++) {
      s.append(svg("line", { class: "grid", x1: L, x2: W - R, y1: y(v), y2: y(v) }));
      s.append(svg("text", { x: L - 8, y: y(v) + 4, "text-anchor": "end" }, String(v)));
    }
    s.append(svg("line", { class: "axis", x1: L, x2: L, y1: T, y2: H - B }));
    s.append(svg("line", { class: "axis", x1: L, x2: W - R, y1: H - B, y2: H - B }));
    const step = Math.max(1, Math.ceil(days.length / 10));
    days.forEach((d, i) => {
      if (i % step === 0) s.append(svg("text", { x: x(i), y: H - B + 18, "text-anchor": "middle" }, dayFmt().format(new Date(d.day + "T00:00:00Z"))));
    });
    // Runs of consecutive days with data: one band and one line per run.
    let run = [];
    const flush = () => {
      if (!run.length) return;
      const withCI = run.filter(([, d]) => d.ci95);
      if (withCI.length) {
        const upper = withCI.map(([i, d]) => x(i) + "," + y(d.ci95[1]));
        const lower = withCI.slice().reverse().map(([i, d]) => x(i) + "," + y(d.ci95[0]));
        s.append(svg("polygon", { class: "band", points: upper.concat(lower).join(" ") }));
      }
      s.append(svg("polyline", { class: "mean", points: run.map(([i, d]) => x(i) + "," + y(d.meanRating)).join(" ") }));
      for (const [i, d] of run) s.append(svg("circle", { class: "dot", cx: x(i), cy: y(d.meanRating), r: 3 }));
      run = [];
    };
    days.forEach((d, i) => { if (d.meanRating === undefined) flush(); else run.push([i, d]); });
    flush();
    $("sat-chart").replaceChildren(s,
      el("figcaption", { className: "hint", text: "Linjen er dagens gennemsnit, det skraverede bånd 95 %-konfidensintervallet; dage uden svar er udeladt." }),
      dataTable("Tilfredshed pr. dag", ["Dag", "Svar", "Gennemsnit", "95 %-KI"], days.map((d) => [d.day, String(d.count),
        d.meanRating !== undefined ? num().format(d.meanRating) : "–", d.ci95 ? num().format(d.ci95[0]) + "–" + num().format(d.ci95[1]) : "–"])));
  }

  // Categories by a dimension: one stacked bar per value, shares of its replies.
  function categoryChart() {
    const dim = $("s-dim").value;
    const rows = (stats.byDimension[dim] || []).filter((r) => r.count > 0);
    const cats = Object.keys(labels.category);
    const dimLabel = (v) => dim === "district" ? label("district", v) : dim === "centreKind" ? label("centreKind", v) : v;
    const rowH = 28, L = 190, W = 900, R = 60, T = 8;
    const H = T + rows.length * rowH + 30;
    const s = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-labelledby": "cat-svg-title" });
    s.append(svg("title", { id: "cat-svg-title" }, "Kategorifordeling pr. " + $("s-dim").selectedOptions[0].textContent.toLowerCase()));
    rows.forEach((r, j) => {
      const yy = T + j * rowH;
      s.append(svg("text", { x: L - 8, y: yy + 18, "text-anchor": "end" }, dimLabel(r.value)));
      let x0 = L;
      cats.forEach((c, k) => {
        const n = r.categories[c] || 0;
        if (!n) return;
        const w = (n / r.count) * (W - L - R);
        const rect = svg("rect", { class: "c" + k, x: x0, y: yy + 4, width: Math.max(w, 0.5), height: rowH - 8 });
        rect.append(svg("title", {}, dimLabel(r.value) + ": " + label("category", c) + " " + n + " (" + pct().format(n / r.count) + ")"));
        s.append(rect);
        x0 += w;
      });
      s.append(svg("text", { x: W - R + 6, y: yy + 18 }, String(r.count)));
    });
    if (!rows.length) s.append(svg("text", { x: L, y: 20 }, "Ingen svar i perioden."));
    const legend = el("ul", { className: "legend" }, ...cats.map((c, k) => el("li", {}, el("span", { className: "swatch c" + k, "aria-hidden": "true" }), label("category", c))));
    $("cat-chart").replaceChildren(legend, s,
      dataTable("Kategorier pr. " + $("s-dim").selectedOptions[0].textContent.toLowerCase(), ["", "Svar"].concat(cats.map((c) => label("category", c))),
        rows.map((r) => [dimLabel(r.value), String(r.count)].concat(cats.map((c) => String(r.categories[c] || 0))))));
  }

  function invitationTable() {
    const inv = stats.total.invitations;
    const rows = [["Sendt", String(inv.sent)], ["Besvaret", String(inv.answered)]];
    for (const r of stats.suppressionReasons) rows.push(["Undladt: " + label("suppression", r), String(inv.suppressed[r] || 0)]);
    $("inv-table").replaceChildren(el("table", {}, el("caption", { className: "sr-only", text: "Invitationer i perioden" }),
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Udfald" }), el("th", { scope: "col", className: "num", text: "Antal" }))),
      el("tbody", {}, ...rows.map(([k, v]) => el("tr", {}, el("th", { scope: "row", text: k }), el("td", { className: "num", text: v }))))));
  }

  // Suppressions by reason per centre. A centre that sends invitations but never flags a contact
  // (doNotContact, sensitive, minor) is marked: it may not be flagging at all.
  function centreTable() {
    const reasons = stats.suppressionReasons;
    const flags = ["doNotContact", "sensitive", "minor"];
    const rows = (stats.byDimension.centre || []).filter((r) => r.invitations.sent > 0 || Object.keys(r.invitations.suppressed).length);
    const head = ["Central", "Sendt"].concat(reasons.map((r) => label("suppression", r)), ["Andel markeret"]);
    const body = rows.map((r) => {
      const inv = r.invitations;
      const all = inv.sent + Object.values(inv.suppressed).reduce((a, b) => a + b, 0);
      const flagged = flags.reduce((a, f) => a + (inv.suppressed[f] || 0), 0);
      const silent = flagged === 0 && inv.sent > 0;
      const name = el("th", { scope: "row", text: r.value });
      if (silent) name.append(el("span", { className: "badge warn", text: "markerer intet" }));
      return el("tr", { className: silent ? "stands-out" : null }, name,
        el("td", { className: "num", text: String(inv.sent) }),
        ...reasons.map((k) => el("td", { className: "num", text: String(inv.suppressed[k] || 0) })),
        el("td", { className: "num", text: all ? pct().format(flagged / all) : "–" }));
    });
    $("centre-table").replaceChildren(rows.length ? el("table", { id: "centre-suppressions" },
      el("caption", { className: "sr-only", text: "Undladte invitationer pr. central og årsag" }),
      el("thead", {}, el("tr", {}, ...head.map((h, i) => el("th", { scope: "col", className: i ? "num" : null, text: h })))),
      el("tbody", {}, ...body)) : el("p", { text: "Ingen invitationer i perioden." }));
  }

  // ---- safety list and opt-outs ----------------------------------------------------------

  // The two ways back to feedback SMS for a number, for the national unit: lifting a safety-list
  // entry (with a reason) and lifting an opt-out (with the citizen's consent). Staff type the
  // number; the API hashes it and never shows it back, so the lists show who lifted what, when and why.
  const lifts = {
    safety: {
      form: "lift-form", path: "/api/safety-list/lifts", table: "lifts", list: "lifts",
      caption: "Ophævede opførelser på sikkerhedslisten, nyeste først",
      head: ["Ophævet", "Af", "Klasse", "Opført", "Ville udløbe", "Begrundelse"],
      cells: (l) => [when(l.liftedAt), l.liftedBy, label("suppression", l.class), when(l.listedAt), when(l.listedUntil), l.reason],
      count: ["ophævet opførelse", "ophævede opførelser"],
      done: (l) => "Opførelsen (" + label("suppression", l.class).toLowerCase() + ", opført " + when(l.listedAt) + ") er ophævet og registreret med dit navn.",
      notFound: "Nummeret er ikke på sikkerhedslisten (aldrig opført, udløbet eller allerede ophævet).",
      conflict: "Nummeret blev opført igen, mens du ophævede. Overvej det igen, og ophæv på ny, hvis det stadig er rigtigt.",
    },
    optout: {
      form: "optout-form", path: "/api/opt-outs/lifts", table: "optout-lifts", list: "optout-lifts",
      caption: "Ophævede frameldinger, nyeste først",
      head: ["Ophævet", "Af", "Frameldt", "Borgerens samtykke"],
      cells: (l) => [when(l.liftedAt), l.liftedBy, when(l.optedOutAt), l.consent],
      count: ["ophævet framelding", "ophævede frameldinger"],
      done: (l) => "Frameldingen (fra " + when(l.optedOutAt) + ") er ophævet og registreret med dit navn. Nummeret kan få feedback-SMS igen.",
      notFound: "Nummeret er ikke frameldt (aldrig frameldt, eller frameldingen er allerede ophævet).",
      conflict: "Frameldingen blev ændret, mens du ophævede. Hent siden igen, og prøv på ny.",
    },
  };

  // showSafety shows the view once both lists are in place: filled in on screen, the first list
  // would push the second form down (layout shift). A later navigation wins over a slower answer.
  async function showSafety() {
    $("safety-work").hidden = !me.can.safetyList;
    $("safety-role").hidden = me.can.safetyList;
    if (me.can.safetyList) {
      await Promise.all(Object.keys(lifts).map(loadLifts));
      if (!me || !location.hash.startsWith("#/safety")) return; // signed out or gone elsewhere meanwhile
    }
    showOnly("safety-view");
    $("nav-safety").setAttribute("aria-current", "page");
    document.title = "Sikkerhedsliste og frameldinger – Borgerfeedback";
  }

  async function loadLifts(kind) {
    const k = lifts[kind], status = $(k.list + "-status");
    status.textContent = "Henter …";
    try {
      const r = await api("GET", k.path);
      const n = r.lifts.length;
      status.textContent = n ? n + " " + k.count[n === 1 ? 0 : 1] + ", nyeste først." : "Ingen ophævelser endnu.";
      $(k.list + "-table").replaceChildren(n ? el("table", { id: k.table },
        el("caption", { className: "sr-only", text: k.caption }),
        el("thead", {}, el("tr", {}, ...k.head.map((h) => el("th", { scope: "col", text: h })))),
        el("tbody", {}, ...r.lifts.map((l) => el("tr", {}, ...k.cells(l).map((c) => el("td", { text: c })))))) : "");
    } catch (err) {
      if (err.status !== 401) status.textContent = problemText(err);
    }
  }

  // lift sends a lift form; the form's fields are the API's (phone, and reason or consent).
  async function lift(ev, kind) {
    ev.preventDefault();
    const k = lifts[kind], form = $(k.form), error = form.querySelector(".error"), button = form.querySelector("button[type=submit]");
    error.textContent = "";
    flash("");
    clearFieldErrors(form);
    button.disabled = true;
    try {
      const l = await api("POST", k.path, Object.fromEntries(new FormData(form)));
      form.reset();
      flash(k.done(l));
      await loadLifts(kind);
    } catch (err) {
      if (err.status === 404) { markField(form, "phone", k.notFound); error.textContent = "Ikke ophævet – ret det markerede."; }
      else if (err.status === 409) error.textContent = k.conflict;
      else if (err.status !== 401) error.textContent = fieldErrors(form, err);
    } finally {
      button.disabled = false;
    }
  }

  // ---- keyboard --------------------------------------------------------------------------

  // Shortcuts work when the focus is not in a field: ? help, j/k next/previous, Enter open,
  // / filters, a assign to me, s status, n note, g l back to the list, r refresh, x select.
  let gPending = 0;

  function editable(t) {
    return t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));
  }

  function onKey(ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || !me) return;
    if ($("help").open) return; // the dialog handles Escape itself
    if (editable(ev.target)) {
      if (ev.key === "Escape") ev.target.blur();
      return;
    }
    const k = ev.key;
    if (k === "?") { ev.preventDefault(); $("help").showModal(); return; }
    if (gPending && Date.now() - gPending < 1500) {
      gPending = 0;
      if (k === "l") { ev.preventDefault(); location.hash = $("back").getAttribute("href") || "#/list"; }
      return;
    }
    if (k === "g") { gPending = Date.now(); return; }
    const act = (f) => { ev.preventDefault(); f(); };
    if (shown === "list-view") {
      if (k === "j") return act(() => moveCursor(cursorIndex + 1, true));
      if (k === "k") return act(() => moveCursor(cursorIndex < 0 ? 0 : cursorIndex - 1, true));
      if (k === "Enter" && cursorIndex >= 0 && !(ev.target.closest && ev.target.closest("a, button"))) return act(() => $("list-body").children[cursorIndex].querySelector("a").click());
      if (k === "/") return act(() => $("f-status").focus());
      if (k === "r") return act(refreshList);
      if (k === "x" && cursorIndex >= 0) return act(() => { const b = $("list-body").children[cursorIndex].querySelector("input.pick"); b.click(); });
    } else if (shown === "detail-view") {
      if (k === "j" && !$("next-item").hidden) return act(() => $("next-item").click());
      if (k === "k" && !$("prev-item").hidden) return act(() => $("prev-item").click());
      if (!current) return; // the item is still loading
      if (k === "a" && current.permissions.work && current.assignee !== me.username) return act(() => save({ assignee: me.username }));
      if (k === "s" && current.permissions.work) return act(() => $("u-status").focus());
      if (k === "n") return act(() => $("note-text").focus());
      if (k === "r") return act(() => showDetail(current.id));
    }
  }

  // ---- start ------------------------------------------------------------------------------

  async function start() {
    // A reload or a new tab: the session's cookie gives a fresh ID token without a new sign-in
    // (bf_session, readable, says there is one; the refresh token itself is httpOnly).
    const hasSession = document.cookie.split("; ").includes("bf_session=1");
    if (!token() && !(hasSession && (await refreshSession()))) { showLogin(); return; }
    try {
      me = await api("GET", "/api/me");
    } catch (err) {
      showLogin(err.status === 401 ? "" : "Kunne ikke hente din profil.");
      return;
    }
    $("who").textContent = me.username;
    $("who").title = me.username;
    renderQueues();
    // The header's signed-in parts keep their place while hidden (visibility, app.css), so the
    // page below does not move when they appear.
    document.body.classList.remove("signed-out");
    // A menu entry the role lacks keeps its place unseen (nav-off): the header does not reflow.
    $("nav-stats").parentElement.classList.toggle("nav-off", !me.can.stats);
    $("nav-safety").parentElement.classList.toggle("nav-off", !me.can.safetyList);
    if (!me.can.seeItems && !location.hash.startsWith("#/stats")) {
      location.hash = me.can.stats ? "#/stats" : "#/list";
    }
    route();
  }

  async function init() {
    options($("f-status"), "status", statusOrder, "Alle");
    options($("f-priority"), "priority", ["P1", "P2", "P3", "P4"], "Alle");
    options($("f-category"), "category", Object.keys(labels.category), "Alle");
    options($("f-district"), "district", Object.keys(districts), "Alle");
    options($("f-channel"), "channel", ["112", "114"], "Begge");
    options($("f-sort"), "sort", ["newest", "urgent"]);
    options($("f-team"), "team", Object.keys(labels.team).sort((a, b) => danishOrder(label("team", a), label("team", b))), "Alle");
    options($("bulk-status"), "status", statusOrder.filter((x) => x !== "new"));
    for (const c of document.querySelectorAll("[aria-describedby]")) c.dataset.describedby = c.getAttribute("aria-describedby");
    document.addEventListener("keydown", onKey);
    // Escape leaves a field (in the capture phase: a select does not pass Escape on).
    document.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape" && editable(ev.target) && !$("help").open) { ev.target.blur(); document.body.focus(); }
    }, true);
    $("help-close").addEventListener("click", () => $("help").close());
    $("help-open").addEventListener("click", () => $("help").showModal());
    $("th-created-sort").addEventListener("click", () => sortBy("newest"));
    $("th-due-sort").addEventListener("click", () => sortBy("urgent"));
    $("fresh-load").addEventListener("click", refreshList);
    $("list-body").addEventListener("change", (ev) => {
      const b = ev.target.closest("input.pick");
      if (!b) return;
      if (b.checked) selected.add(b.dataset.id); else selected.delete(b.dataset.id);
      updateBulk();
    });
    $("list-body").addEventListener("focusin", (ev) => {
      const tr = ev.target.closest("tr");
      const i = tr ? [...$("list-body").children].indexOf(tr) : -1;
      if (i >= 0 && i !== cursorIndex) {
        if ($("list-body").children[cursorIndex]) $("list-body").children[cursorIndex].classList.remove("current");
        cursorIndex = i;
        tr.classList.add("current");
        rememberPlace();
      }
    });
    $("pick-all").addEventListener("change", () => {
      for (const b of $("list-body").querySelectorAll("input.pick")) {
        b.checked = $("pick-all").checked;
        if (b.checked) selected.add(b.dataset.id); else selected.delete(b.dataset.id);
      }
      updateBulk();
    });
    $("bulk-take").addEventListener("click", () => bulk({ assignee: me.username }, "tildelt dig"));
    $("bulk-status-go").addEventListener("click", () => bulk({ status: $("bulk-status").value }, "sat til »" + label("status", $("bulk-status").value) + "«"));
    $("bulk-clear").addEventListener("click", () => {
      selected.clear();
      for (const b of $("list-body").querySelectorAll("input.pick")) b.checked = false;
      updateBulk();
    });
    $("queue-form").addEventListener("submit", saveQueue);
    $("note-text").addEventListener("input", () => {
      if (!current) return;
      if ($("note-text").value) sessionStorage.setItem(NOTE + current.id, $("note-text").value);
      else sessionStorage.removeItem(NOTE + current.id);
    });
    // Enter on a select of the item's form saves, so the status can be set from the keyboard alone.
    $("update-form").addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" && ev.target.tagName === "SELECT") { ev.preventDefault(); keyboardSave = true; $("update-form").requestSubmit(); }
    });
    let scrollTimer = 0;
    window.addEventListener("scroll", () => { lastScrollY = window.scrollY; clearTimeout(scrollTimer); scrollTimer = setTimeout(rememberPlace, 200); }, { passive: true });
    setInterval(poll, POLL_MS);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState !== "visible") return;
      // A hidden tab's timers are throttled: renew now if the token is near its end.
      if (idToken && Date.now() > expiresAt - 300000) refreshSession();
      poll();
    });
    sessionStorage.removeItem("bf.idToken"); // where earlier versions kept the token
    $("login-form").addEventListener("submit", localLogin);
    $("sso-button").addEventListener("click", ssoLogin);
    $("logout").addEventListener("click", logout);
    $("filters").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const p = filterParams().toString();
      const target = "#/list" + (p ? "?" + p : "");
      if (location.hash === target) route(); else location.hash = target;
    });
    $("f-reset").addEventListener("click", () => { location.hash = "#/list"; });
    $("more").addEventListener("click", () => loadList(true));
    $("export").addEventListener("click", exportCSV);
    $("update-form").addEventListener("submit", submitUpdate);
    $("u-take").addEventListener("click", take);
    $("note-form").addEventListener("submit", addNote);
    $("contact-button").addEventListener("click", showContact);
    $("hold-form").addEventListener("submit", holdItem);
    $("report-button").addEventListener("click", accessReport);
    $("optout-form").addEventListener("submit", (ev) => lift(ev, "optout"));
    $("lift-form").addEventListener("submit", (ev) => lift(ev, "safety"));
    window.addEventListener("hashchange", route);
    try {
      const r = await fetch("/console/config.json", { credentials: "omit" });
      config = await r.json();
    } catch (e) { /* keep the local default */ }
    await finishSSO();
    await start();
  }

  document.addEventListener("DOMContentLoaded", init);
})();
