"""What scripts/bench measured, judged against issue 8's targets, as one table (text and JSON)."""
import statistics

KIB = 1024


class Results:
    def __init__(self, runs):
        self.runs = runs
        self.values = {}
        self.sanity_failures = []
        self.text_bytes = None  # scenario 8: the text part's size on the wire

    def add(self, scenario, name, values):
        self.values.setdefault(name, []).extend(values)

    def add_all(self, scenario, measured):
        for name, values in measured.items():
            self.add(scenario, name, values)

    def expect(self, condition, what):
        if not condition:
            self.sanity_failures.append(what)
            print(f"[bench] sanity check failed: {what}")


# (metric, label, unit, target text, how the target is judged). Judges get (median, results) and return
# (met, ratio or None); ratios compare two medians measured in the same run.
def _at_most(limit):
    return lambda median, results: (median <= limit, None)


def _at_least(limit):
    return lambda median, results: (median >= limit, None)


def _ratio(numerator, denominator, test):
    def judge(median, results):
        top, bottom = results.values.get(numerator), results.values.get(denominator)
        if not top or not bottom:
            return None, None
        ratio = statistics.median(top) / statistics.median(bottom)
        return test(ratio), ratio
    return judge


def _open_bytes(median, results):
    if results.text_bytes is None:
        return None, None
    return median <= results.text_bytes + 16 * KIB, None


ROWS = [
    ("raw_fetch_ms", "1. raw socket client: UID FETCH 1:* of the same items", "ms", "baseline", None),
    ("raw_fetch_machine_cpu_ms", "   (CPU time of the whole machine meanwhile, mostly Dovecot)", "ms", "", None),
    ("sync_ms", "1. initial headers-first sync into the cache", "ms", "<= 1.5 x raw",
     _ratio("sync_ms", "raw_fetch_ms", lambda r: r <= 1.5)),
    ("sync_cpu_ms", "   (CPU time of Kestrel's threads)", "ms", "", None),
    ("sync_machine_cpu_ms", "   (CPU time of the whole machine meanwhile)", "ms", "", None),
    ("search_index_ms", "   (then the search index of it, on the same thread)", "ms", "", None),
    ("first_rows_ms", "2. first 50 rows after selecting a never-synced folder", "ms", "<= 500", _at_most(500)),
    ("window_sync_ms", "   (the whole sync, in the GUI's set-up)", "ms", "", None),
    ("raw_select_ms", "3. raw client: connect, login, SELECT (no changes)", "ms", "floor", None),
    ("resync_ms", "3. resync, no changes (QRESYNC)", "ms", "<= 100", _at_most(100)),
    ("raw_select_flags_ms", "3. raw client: the same after another client's STORE", "ms", "floor", None),
    ("resync_flags_ms", "3. resync, 1% of the flags changed elsewhere", "ms", "<= 300", _at_most(300)),
    ("raw_select_flags_owned_ms", "3. raw client after a STORE, Dovecot as its Maildir's only writer", "ms",
     "floor", None),
    ("resync_flags_owned_ms", "3. resync, 1% changed, Dovecot as its Maildir's only writer", "ms", "<= 300",
     _at_most(300)),
    ("first_paint_ms", "4. cold start to the first painted folder", "ms", "<= 500", _at_most(500)),
    ("first_paint_reported_ms", "   (as the application counts it, from its start)", "ms", "", None),
    ("peak_rss_mib", "5. peak RSS of the GUI with the folder open", "MiB", "<= 150", _at_most(150)),
    ("parser_mb_per_s", "6. parser throughput, FETCH transcript", "MB/s", ">= 300", _at_least(300)),
    ("fts_median_ms", "7. local full-text search (median of 240 queries)", "ms", "<= 30", _at_most(30)),
    ("open_bytes", "8. bytes received opening the 10 MB-attachment message", "bytes", "<= text + 16 KiB", _open_bytes),
    ("longest_stall_ms", "9. longest GUI event-loop stall during the sync", "ms", "<= 50", _at_most(50)),
    ("longest_stall_cpu_ms", "   (of it, the GUI thread running)", "ms", "", None),
    ("longest_stall_waiting_ms", "   (of it, the GUI thread waiting for a core)", "ms", "", None),
    ("busiest_gap_cpu_ms", "   (most GUI-thread CPU within any one gap)", "ms", "", None),
    ("idle_latency_ms", "10. LMTP delivery to the list model (IDLE)", "ms", "<= 1000", _at_most(1000)),
    ("cli_sync_cold_ms", "11. kestrel-cli sync, never-synced profile", "ms", "", None),
    ("cli_sync_cold_cpu_ms", "   (CPU time of its threads)", "ms", "", None),
    ("cli_sync_cold_machine_cpu_ms", "   (CPU time of the whole machine meanwhile)", "ms", "", None),
    ("neomutt_cold_ms", "11. NeoMutt opening it, empty header cache", "ms", ">= 3 x Kestrel",
     _ratio("neomutt_cold_ms", "cli_sync_cold_ms", lambda r: r >= 3)),
    ("neomutt_cold_third_ms", "   (a third of it: the time 3x leaves Kestrel)", "ms", "", None),
    ("raw_fetch_neomutt_ms", "11. raw client: NeoMutt's own FETCH of every header", "ms", "server floor", None),
    ("raw_fetch_neomutt_machine_cpu_ms", "   (CPU time of the whole machine meanwhile, mostly Dovecot)", "ms", "",
     None),
    ("cli_sync_warm_ms", "11. kestrel-cli sync again (nothing new)", "ms", "", None),
    ("cli_search_first_ms", "11. then kestrel-cli search, indexing what the sync left", "ms", "", None),
    ("cli_search_again_ms", "11. kestrel-cli search again (index up to date)", "ms", "", None),
    ("neomutt_warm_ms", "11. NeoMutt opening it, header cache filled", "ms", ">= 3 x Kestrel",
     _ratio("neomutt_warm_ms", "cli_sync_warm_ms", lambda r: r >= 3)),
]


def table(results, messages):
    rows = []
    for metric, label, unit, target, judge in ROWS:
        values = results.values.get(metric)
        if not values:
            continue
        median = statistics.median(values)
        met, ratio = judge(median, results) if judge else (None, None)
        if metric == "open_bytes" and results.text_bytes is not None:
            target = f"<= {results.text_bytes + 16 * KIB} (text {results.text_bytes} + 16 KiB)"
        rows.append({"metric": metric, "scenario": label, "unit": unit, "median": median, "min": min(values),
                     "max": max(values), "samples": len(values),
                     "values": list(values),  # in run order, to tell a slow first run from noise
                     "target": target,
                     "verdict": None if met is None else ("met" if met else "MISSED"), "ratio": ratio})
    return rows


def _number(value, unit):
    if unit == "bytes":
        return f"{value:,.0f}"
    return f"{value:.1f}" if value < 100 else f"{value:,.0f}"


def render(rows, messages, runs, load_before, load_after):
    header = ["scenario", "unit", "median", "min", "max", "n", "target", "ratio", "verdict"]
    lines = [[r["scenario"], r["unit"], _number(r["median"], r["unit"]), _number(r["min"], r["unit"]),
              _number(r["max"], r["unit"]), str(r["samples"]), r["target"],
              "" if r["ratio"] is None else f"{r['ratio']:.2f}", r["verdict"] or ""] for r in rows]
    widths = [max(len(x[i]) for x in [header] + lines) for i in range(len(header))]
    out = [f"Kestrel benchmarks: {messages} messages, {runs} runs each; load average "
           f"{load_before[0]:.2f} before, {load_after[0]:.2f} after",
           "| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |",
           "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += ["| " + " | ".join(c.ljust(w) for c, w in zip(line, widths)) + " |" for line in lines]
    return "\n".join(out)
