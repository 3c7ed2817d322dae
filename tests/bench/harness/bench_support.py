"""scripts/bench's helpers in one namespace: servers, tools, results."""
from bench_results import Results, render, table  # noqa: F401
from bench_servers import CountingRelay, Dovecot  # noqa: F401
from bench_tools import Tools, build, first_paint, neomutt_open  # noqa: F401
