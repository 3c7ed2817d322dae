"""Running Kestrel's executables (the bench programs, kestrel-cli, the kestrel GUI) and NeoMutt for
scripts/bench, and reading back what they measured."""
import os
import shutil
import subprocess
import time

BENCH_TARGETS = ["kestrel", "kestrel-cli", "bench_sync", "bench_window", "bench_imap_parser", "bench_cache"]
ACCOUNT_NAME = "Bench"


def build(build_dir):
    if not os.path.exists(os.path.join(build_dir, "CMakeCache.txt")):
        raise SystemExit(f"bench: {build_dir} is not a configured build folder (see README.md, or --build-dir)")
    subprocess.run(["cmake", "--build", build_dir, "-j2", "--target"] + BENCH_TARGETS, check=True)


def bench_lines(text):
    """{name: [values]} from the executables' "BENCH name value unit" lines."""
    values = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "BENCH":
            values.setdefault(parts[1], []).append(float(parts[2]))
    return values


class Tools:
    def __init__(self, build_dir, server, work):
        self.build_dir = build_dir
        self.server = server
        self.work = work
        self.base_profile = os.path.join(work, "profile-base")
        self._sequence = 0

    def executable(self, name):
        for sub in ("tests/bench/sync", "tests/bench/window", "tests/bench/parser", "tests/bench/cache", "app"):
            path = os.path.join(self.build_dir, sub, name)
            if os.path.exists(path):
                return path
        raise SystemExit(f"bench: {name} is not built in {self.build_dir}")

    def server_args(self, folder="INBOX"):
        return ["--port", str(self.server.ports["IMAP_PORT"]), "--user", "alice", "--password", "secret",
                "--folder", folder]

    def fresh_dir(self, name):
        self._sequence += 1
        path = os.path.join(self.work, f"{self._sequence:03d}-{name}")
        os.makedirs(path)
        return path

    def run_bench(self, name, arguments):
        command = [self.executable(name)] + arguments
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            raise SystemExit(f"bench: {' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
        return bench_lines(done.stdout)

    def add_account_profile(self):
        """The profile every scenario copies: one account added the way a user would, password in the
        (throw-away) keychain; plain IMAP, as the raw client and NeoMutt use. Body prefetch is off: the
        fill's messages all arrived "today", so the recent-mail prefetch would download every body after
        the headers, which is not what scenarios 1, 2, 9 and 11 compare."""
        ports = self.server.ports
        subprocess.run([self.executable("kestrel-cli"), "--profile", self.base_profile, "account", "add",
                        "--name", ACCOUNT_NAME, "--email", "alice@example.test", "--user", "alice",
                        "--imap-host", "127.0.0.1", "--imap-port", str(ports["IMAP_PORT"]), "--imap-security", "none",
                        "--smtp-host", "127.0.0.1", "--smtp-port", str(ports["SUBMISSION_PORT"]),
                        "--smtp-security", "none", "--prefetch", "none", "--password-stdin"],
                       input="secret\n", text=True, check=True, stdout=subprocess.DEVNULL)

    def fresh_profile(self, name):
        """A never-synced profile: the base profile's accounts.json and nothing else."""
        path = self.fresh_dir(name)
        shutil.copy(os.path.join(self.base_profile, "accounts.json"), path)
        return path

    def settle_server_cache(self, fetch, most=4):
        """Runs `fetch(attempt)` (untimed; attempt counts from 0) until Dovecot's cache file stops
        growing. Dovecot decides to cache a field on its first FETCH and writes it for every message on
        the second: at 100k, the cache held 10 MB after one FETCH of the headers-first items and 41.5 MB
        after two, and the second FETCH took 3.4 s against 1.6 s for the next ones. With a single
        warm-up, the first timed run of each client paid that write instead of the server being in the
        same state for everyone."""
        previous = None
        for attempt in range(most):
            fetch(attempt)
            size = self.server.index_cache_bytes()
            if size == previous:
                return
            previous = size

    def warm_up(self):
        self.settle_server_cache(lambda _attempt: self.run_bench("bench_sync", self.server_args() + ["--mode", "raw"]))

    def cli_sync(self, profile):
        """`kestrel-cli sync` of the account's Inbox: (wall time, the process's CPU time over all its threads,
        the whole machine's CPU time meanwhile, Dovecot's included, or None where /proc/stat is missing), ms."""
        machine_before = machine_cpu_ms()
        started = time.monotonic()
        process = subprocess.Popen([self.executable("kestrel-cli"), "--profile", profile, "sync", ACCOUNT_NAME, "INBOX"],
                                   stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = (time.monotonic() - started) * 1000.0
        machine_after = machine_cpu_ms()
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise subprocess.CalledProcessError(process.returncode, process.args)
        machine = None if machine_before is None or machine_after is None else machine_after - machine_before
        return wall, (usage.ru_utime + usage.ru_stime) * 1000.0, machine

    def cli_search(self, profile, query):
        """`kestrel-cli search QUERY` on `profile`: (wall time in ms, the lines it printed, one a hit). The
        first after a sync also indexes what the sync left queued for the search index."""
        started = time.monotonic()
        done = subprocess.run([self.executable("kestrel-cli"), "--profile", profile, "search", query],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wall = (time.monotonic() - started) * 1000.0
        if done.returncode != 0 or done.stderr:
            raise SystemExit(f"bench: kestrel-cli search {query!r} failed ({done.returncode}):\n{done.stderr}")
        return wall, done.stdout.splitlines()


def machine_cpu_ms():
    """CPU time the whole machine has spent working (all cores, all processes) in ms, from /proc/stat;
    idle, iowait and steal (another guest's) left out. None where there is no /proc/stat."""
    try:
        with open("/proc/stat") as stat:
            fields = stat.readline().split()
    except OSError:
        return None
    if len(fields) < 8 or fields[0] != "cpu":
        return None
    busy = sum(int(fields[i]) for i in (1, 2, 3, 6, 7))  # user nice system irq softirq
    return busy * 1000.0 / os.sysconf("SC_CLK_TCK")


def first_paint(kestrel, profile):
    """Starts the GUI on `profile` as a user does (`kestrel --profile P`: the window, the sync of the
    account and push start) with KESTREL_REPORT_FIRST_PAINT=1 and KESTREL_QUIT_AFTER_FIRST_PAINT=1: the
    application prints "first-paint-ms N" once the message list's viewport has finished painting its
    first rows, then quits. Returns the milliseconds from spawning the process until that line arrived,
    the application's own N (since the kernel started the process; 10 ms resolution), and the process's
    peak RSS in KiB (the folder open and painted)."""
    env = dict(os.environ, KESTREL_REPORT_FIRST_PAINT="1", KESTREL_QUIT_AFTER_FIRST_PAINT="1")
    started = time.monotonic()
    process = subprocess.Popen([kestrel, "--profile", profile], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env, text=True)
    painted, reported = None, None
    for line in process.stdout:  # ends when the application closes its stdout (it quits)
        if line.startswith("first-paint-ms "):
            painted = (time.monotonic() - started) * 1000.0
            reported = float(line.split()[1])
            break
    if painted is None:
        process.kill()
    process.stdout.close()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if painted is None:
        raise SystemExit(f"bench: kestrel --profile {profile} never reported its first paint "
                         f"(exit code {process.returncode})")
    return painted, reported, usage.ru_maxrss


def neomutt_open(tools, header_cache, messages, name):
    """NeoMutt in a detached tmux window opening the same Inbox over plain IMAP with its header cache in
    `header_cache`; milliseconds until its status line shows all `messages` (tmux capture-pane polling)."""
    ports = tools.server.ports
    muttrc = os.path.join(tools.work, f"muttrc-{name}")
    with open(muttrc, "w") as f:
        f.write(f"""set folder="imap://alice@127.0.0.1:{ports['IMAP_PORT']}/"
set spoolfile="+INBOX"
set imap_user="alice"
set imap_pass="secret"
set ssl_starttls=no
set ssl_force_tls=no
set header_cache="{header_cache}/"
set imap_check_subscribed=no
set mail_check_stats=no
set quit=yes
set sort=date
set status_format="-%r-NeoMutt: %f [Msgs:%?M?%M/?%m%?n? New:%n?%?o? Old:%o?%?d? Del:%d?%?F? Flag:%F?%?t? Tag:%t?%?p? Post:%p?%?b? Inc:%b?%?l? %l?]---(%s/%S)-%>-(%P)---"
""")
    session = f"kestrel-bench-{os.getpid()}-{name}"
    wanted = f"Msgs:{messages}"
    env = dict(os.environ, HOME=tools.work, TERM="xterm-256color")
    started = time.monotonic()
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "200", "-y", "50",
                    f"neomutt -n -F {muttrc}"], check=True, env=env)
    opened = None
    try:
        deadline = started + 1800
        while time.monotonic() < deadline:
            screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", session], stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL, text=True).stdout
            if wanted in screen:
                opened = (time.monotonic() - started) * 1000.0
                break
            if subprocess.run(["tmux", "has-session", "-t", session], stderr=subprocess.DEVNULL).returncode != 0:
                break
            time.sleep(0.02)
        if opened is not None:  # quit properly, so the header cache is closed and complete
            subprocess.run(["tmux", "send-keys", "-t", session, "q"], stderr=subprocess.DEVNULL)
            for _ in range(500):
                if subprocess.run(["tmux", "has-session", "-t", session], stderr=subprocess.DEVNULL).returncode != 0:
                    break
                time.sleep(0.02)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], stderr=subprocess.DEVNULL)
    if opened is None:
        raise SystemExit(f"bench: NeoMutt never showed {wanted}")
    return opened
