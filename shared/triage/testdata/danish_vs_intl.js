// The console's hand-written Danish time, relative time and name order (app.js: when, relative,
// danishRelative, danishOrder) side by side with what Intl writes for the same input. Each check
// returns how many inputs it compared and its first differences. TestConsoleDanishMatchesIntl
// loads the console's script, which puts its functions in window.consoleDanish, then runs this.
window.intlChecks = (() => {
  const { when, relative, danishRelative, danishOrder, labels } = window.consoleDanish;
  const shown = 8; // differences reported per check
  const compare = (inputs, got, want, show) => {
    const diffs = [];
    let n = 0;
    for (const v of inputs) {
      n++;
      const g = got(v), w = want(v);
      if (g !== w && diffs.length < shown) diffs.push(show(v) + ": console " + JSON.stringify(g) + ", Intl " + JSON.stringify(w));
    }
    return { compared: n, diffs };
  };
  const MIN = 60000, HOUR = 60 * MIN, DAY = 24 * HOUR;

  const dateTime = new Intl.DateTimeFormat("da-DK", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Copenhagen" });
  const intlWhen = (iso) => dateTime.format(new Date(iso));
  function* every(from, to, step) { for (let t = from; t <= to; t += step) yield new Date(t).toISOString(); }
  // Every 15 minutes of the days the clock can change (the last Sunday of March or October falls
  // on the 25th–31st), found without the console's rule, and around each new year.
  function* clockChanges() {
    for (let y = 2020; y <= 2040; y++) {
      yield* every(Date.UTC(y, 2, 24), Date.UTC(y, 3, 1, 12), 15 * MIN);
      yield* every(Date.UTC(y, 9, 24), Date.UTC(y, 10, 1, 12), 15 * MIN);
      yield* every(Date.UTC(y, 0, 1) - DAY, Date.UTC(y, 0, 1) + DAY, 15 * MIN);
    }
  }

  const rtf = new Intl.RelativeTimeFormat("da", { numeric: "auto" });
  // intlRelative is relative() as the console had it before 5aef979, with Intl's formatter.
  const intlRelative = (s, now) => {
    const d = new Date(s);
    if (isNaN(d) || d.getFullYear() < 2000) return "";
    const min = Math.round((d - now) / 60000);
    if (Math.abs(min) < 60) return rtf.format(min, "minute");
    const h = Math.round(min / 60);
    if (Math.abs(h) < 48) return rtf.format(h, "hour");
    return rtf.format(Math.round(h / 24), "day");
  };
  // Offsets of whole seconds, minutes, hours, days, weeks, months (30 days) and years (365 days),
  // past and future, and around each unit's rounding points (±1 ms, ±1 s, half a unit ±1 ms).
  function* offsets() {
    const units = [[1000, 200], [MIN, 200], [HOUR, 100], [DAY, 400], [7 * DAY, 60], [30 * DAY, 30], [365 * DAY, 20]];
    for (const [unit, most] of units) {
      for (let k = -most; k <= most; k++) {
        for (const delta of [0, 1, -1, 1000, -1000, unit / 2, -unit / 2, unit / 2 + 1, unit / 2 - 1, -unit / 2 + 1, -unit / 2 - 1]) {
          yield k * unit + delta;
        }
      }
    }
  }
  const nows = ["2026-12-07T08:25:00.000Z", "2026-03-29T01:00:00.000Z", "2031-10-26T00:59:30.500Z"].map((s) => new Date(s));
  function* relativeCases() { for (const now of nows) for (const off of offsets()) yield [new Date(now.getTime() + off).toISOString(), now]; }
  function* counts(unit) {
    for (let n = -20000; n <= 20000; n++) yield [n, unit];
    for (const n of [99999, 100000, 999999, 1000000, 1234567]) { yield [n, unit]; yield [-n, unit]; }
  }

  const collator = new Intl.Collator("da");
  const sign = (x) => (x < 0 ? -1 : x > 0 ? 1 : 0);
  // Every pair of names must come out in the same order (or as equal) both ways.
  const pairs = (names) => { const p = []; for (const a of names) for (const b of names) if (a !== b) p.push([a, b]); return p; };
  const orderOf = (names, cmp) => JSON.stringify([...names].sort(cmp));
  const teams = Object.values(labels.team);
  // Names with æ, ø and å anywhere and in either case. Not here, because the console's rule
  // (lower case, then æ, ø, å after z) orders them unlike Intl and no team name has them: "aa" (Intl
  // takes it for å: Aabenraa after Borgerservice), names that differ only in case (Intl puts upper
  // case first) and accents other than æ, ø, å (Intl takes é for e, ü for y, ö for ø, ä for æ).
  // "team list order" fails if a team's name ever brings one of those into the list.
  const names = [
    "Ærø", "æble", "Øster", "østerbro", "Åbenrå", "åben", "Århus", "Zealand", "zebra", "Ørsted", "Ærtebjerg",
    "Ålborg", "A", "b", "Ane", "Åse", "Øje", "Ågade", "Bo", "Bøgh", "Bæk", "Båd", "Bz", "BØRGE", "bÆr",
    "Vagtcentralen, Fyn", "Vagtcentralen, Færøerne", "Vagtcentralen, Grønland", "DUP-teamet, Østjylland",
    "DUP-teamet, Nordsjælland", "Borgerservice (national)", "Sundhed og brand (national)", "Sønderjylland", "Søborg",
  ];

  return {
    "when at the clock changes": () => compare(clockChanges(), when, intlWhen, (s) => s),
    "when at ordinary instants": () => compare(every(Date.UTC(2000, 0, 2), Date.UTC(2045, 0, 1), 7 * HOUR + 13 * MIN + 17017), when, intlWhen, (s) => s),
    "relative time": () => compare(relativeCases(), ([s, now]) => relative(s, now), ([s, now]) => intlRelative(s, now), ([s, now]) => s + " from " + now.toISOString()),
    "relative minutes": () => compare(counts("minute"), ([n, u]) => danishRelative(n, u), ([n, u]) => rtf.format(n, u), ([n, u]) => n + " " + u),
    "relative hours": () => compare(counts("hour"), ([n, u]) => danishRelative(n, u), ([n, u]) => rtf.format(n, u), ([n, u]) => n + " " + u),
    "relative days": () => compare(counts("day"), ([n, u]) => danishRelative(n, u), ([n, u]) => rtf.format(n, u), ([n, u]) => n + " " + u),
    "team list order": () => compare([teams], (l) => orderOf(l, danishOrder), (l) => orderOf(l, collator.compare), () => "teams"),
    "name pairs": () => compare(pairs(teams.concat(names)), ([a, b]) => sign(danishOrder(a, b)), ([a, b]) => sign(collator.compare(a, b)), ([a, b]) => a + " vs " + b),
  };
})();
