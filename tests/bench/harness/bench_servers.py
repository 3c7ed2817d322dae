"""The servers scripts/bench talks to: the project's test-bed Dovecot (tests/testbed) filled straight on
disk, and a counting relay in front of it that measures what a client received."""
import base64
import os
import socket
import subprocess
import threading
import time


def free_ports(count):
    sockets = [socket.socket() for _ in range(count)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


class Dovecot:
    """tests/testbed/start-dovecot.sh on free loopback ports; alice's Maildir is written directly."""

    PORT_NAMES = ("IMAP_PORT", "IMAPS_PORT", "SUBMISSION_PORT", "SUBMISSIONS_PORT", "LMTP_PORT", "RELAY_PORT")

    def __init__(self, root, directory):
        self.testbed = os.path.join(root, "tests", "testbed")
        self.directory = directory
        self.ports = dict(zip(self.PORT_NAMES, free_ports(len(self.PORT_NAMES))))
        self.maildir = os.path.join(directory, "home", "alice", "Maildir")
        self.started = False
        self.started_config = None  # dovecot.conf as start-dovecot.sh wrote it, once reconfigure() changed it

    def start(self):
        """free_ports() does not hold the ports: something else on the machine (a test beside this run) can
        take one before Dovecot binds it. Dovecot then exits with "Address already in use", and fresh ports
        are tried, five times at most."""
        attempts = 5
        for attempt in range(attempts):
            env = dict(os.environ, **{k: str(v) for k, v in self.ports.items()})
            done = subprocess.run([os.path.join(self.testbed, "start-dovecot.sh"), self.directory], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if done.returncode == 0:
                self.started = True
                return
            if "already in use" not in done.stderr or attempt == attempts - 1:
                raise SystemExit(f"bench: start-dovecot.sh failed ({done.returncode}):\n{done.stderr}")
            self.ports = dict(zip(self.PORT_NAMES, free_ports(len(self.PORT_NAMES))))

    def stop(self):
        if self.started:
            subprocess.run([os.path.join(self.testbed, "stop.sh"), os.path.join(self.directory, "dovecot.pid")],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.started = False

    def reconfigure(self, extra_lines):
        """Rewrites dovecot.conf as started plus `extra_lines` and reloads Dovecot; new sessions see it."""
        path = os.path.join(self.directory, "dovecot.conf")
        if self.started_config is None:
            with open(path) as f:
                self.started_config = f.read()
        with open(path, "w") as f:
            f.write(self.started_config + "".join(line + "\n" for line in extra_lines))
        subprocess.run(["/usr/bin/doveadm", "-c", path, "reload"], check=True)
        time.sleep(1.0)  # the master replaces its processes; sessions started before keep the old settings

    def fill_inbox(self, count):
        """The test bed's fill-maildir.py into the Maildir++ root, which is the Inbox."""
        subprocess.run(["/usr/bin/python3", os.path.join(self.testbed, "fill-maildir.py"), self.maildir, str(count)],
                       check=True)
        marker = os.path.join(self.maildir, "maildirfolder")  # marks sub-folders only, not the Inbox
        if os.path.exists(marker):
            os.remove(marker)

    def add_attachment_message(self, folder, attachment_bytes):
        """One message in `folder`: a short text part and an attachment of `attachment_bytes`.
        Returns the size of the text part as it is on the wire (what opening the message must fetch)."""
        path = os.path.join(self.maildir, "." + folder)
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(path, sub), exist_ok=True)
        open(os.path.join(path, "maildirfolder"), "a").close()
        text = ("Hello Alice,\r\n\r\nthe measurements are attached; the short version is below.\r\n\r\n"
                + "".join(f"Line {i}: nothing here needs the attachment to be read.\r\n" for i in range(40)))
        blob = base64.encodebytes(os.urandom(attachment_bytes)).replace(b"\n", b"\r\n")
        message = ("From: Bob <bob@example.test>\r\nTo: alice@example.test\r\nSubject: measurements (10 MB)\r\n"
                   "Date: Mon, 01 Jan 2024 00:00:00 +0000\r\nMessage-ID: <attachment-1@example.test>\r\n"
                   "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                   "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text +
                   "\r\n--b1\r\nContent-Type: application/octet-stream\r\n"
                   "Content-Disposition: attachment; filename=\"measurements.bin\"\r\n"
                   "Content-Transfer-Encoding: base64\r\n\r\n").encode() + blob + b"\r\n--b1--\r\n"
        name = f"{int(time.time())}.M1P0.bench,S={len(message)}:2,"
        with open(os.path.join(path, "cur", name), "wb") as f:
            f.write(message)
        return len(text.encode())

    def index_cache_bytes(self):
        """Total size of Dovecot's dovecot.index.cache files: it grows while Dovecot is still deciding
        which fields to cache and writing them (see Tools.settle_server_cache)."""
        total = 0
        for folder, _, files in os.walk(self.directory):
            if "dovecot.index.cache" in files:
                total += os.path.getsize(os.path.join(folder, "dovecot.index.cache"))
        return total

    def fix_ownership(self):
        if os.getuid() == 0:  # Dovecot's mail processes run as nobody when started by root
            subprocess.run(["chown", "-R", "nobody:nogroup", os.path.join(self.directory, "home")], check=True)


class CountingRelay:
    """A TCP relay on a free loopback port to Dovecot's plain IMAP port, counting the bytes the
    server sent to the client (scenario 8: what opening a message cost)."""

    def __init__(self, upstream_port):
        self.upstream_port = upstream_port
        self.bytes_to_client = 0
        self._lock = threading.Lock()
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(8)
        self.port = self._listener.getsockname()[1]
        self._threads = []
        self._closed = False

    def __enter__(self):
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self._closed = True
        self._listener.close()

    def settle(self, timeout=5.0):
        """Waits until every relayed connection has closed (the client exited), bounded."""
        deadline = time.monotonic() + timeout
        for thread in list(self._threads):
            thread.join(max(0.0, deadline - time.monotonic()))

    def _accept(self):
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.upstream_port))
            down = threading.Thread(target=self._pump, args=(server, client, True), daemon=True)
            up = threading.Thread(target=self._pump, args=(client, server, False), daemon=True)
            self._threads += [down, up]
            down.start()
            up.start()

    def _pump(self, source, target, counted):
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if counted:
                    with self._lock:
                        self.bytes_to_client += len(data)
                target.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, target):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
