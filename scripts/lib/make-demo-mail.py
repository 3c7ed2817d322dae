#!/usr/bin/env python3
"""Write a realistic, deterministic demo mailbox straight into Dovecot Maildir++ folders.

Usage: make-demo-mail.py MAILDIR_ROOT [--user alice|bob] [--seed N] [--count N]

MAILDIR_ROOT is the user's ~/Maildir (mail_location = maildir:~/Maildir, separator "/"): INBOX is
the root itself and "Projects/Kestrel" is the directory .Projects.Kestrel. Each message goes to
cur/<date>.M<n>P<pid>.demo,S=<size>:2,<flags> with the file's mtime set to its Date (Dovecot's
INTERNALDATE); a "subscriptions" file (Dovecot's version 2) lists the folders. The same
--seed gives the same mail (dates are relative to now). Stdlib only, Python >= 3.9. Refuses to add
to folders that already hold mail. All people and domains are fictional (example.test/.ru/.lv);
remote images point at 127.0.0.1:1 so they never reach anything.
"""
import argparse, base64, html, io, os, quopri, random, re, struct, sys, textwrap, time, zipfile, zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.charset import Charset
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

# Share of the total per folder: special messages land where they belong, fillers top folders up.
FOLDERS = {"INBOX": .50, "Projects": .06, "Projects/Kestrel": .12, "Lists/debian-devel": .12,
           "Family": .06, "Receipts": .05, "Sent": .09}
USERS = {"alice": ("Alice Andersen", "alice@example.test"), "bob": ("Bob Brennan", "bob@example.test")}
P = {  # display name, address, UTC offset in hours (for the Date header)
    "tom": ("Tom Whitfield", "tom@kestrel.example.test", -5),
    "priya": ("Priya Raman", "priya@kestrel.example.test", 1),
    "hannah": ("Hannah Becker", "hannah.becker@example.test", 1),
    "marta": ("Marta Kalniņa", "marta.kalnina@example.lv", 2),
    "janis": ("Jānis Ozols", "janis.ozols@example.lv", 2),
    "sergey": ("Сергей Волков", "sergey.volkov@example.ru", 3),
    "olga": ("Ольга Смирнова", "olga.smirnova@example.ru", 3),
    "dmitri": ("Dmitri Orlov", "d.orlov@example.ru", 3),
    "tracker": ("Kestrel Tracker", "tracker@kestrel.example.test", 0),
    "news": ("Kestrel Weekly", "news@kestrel.example.test", 0),
}
LISTERS = [("Kai Lindqvist", "kai@lindqvist.example.test", 1), ("Rosa Martín", "rosa@martin.example.test", 1),
           ("Yuki Tanaka", "yuki@tanaka.example.test", 9), ("Guillem Ferrer", "gferrer@example.test", 1),
           ("Ivo Petrov", "ivo@petrov.example.test", 2)]
SHOPS = [("Northwind Books", "orders@northwind.example.test", 0, "en"),
         ("Rīgas Velo", "pasutijumi@rigasvelo.example.lv", 2, "lv"),
         ("Книжный дом", "zakaz@knizhny.example.ru", 3, "ru")]
LIST = "debian-devel@lists.example.test"

WORK = ["I pushed a fix to the branch, can you give it a spin before Friday?",
        "The nightly build failed again; the log is at https://ci.kestrel.example.test/job/nightly/{n}/console",
        "Let's go through it at the sync tomorrow, it is easier to talk it over.",
        "I agree with Tom here: the simpler approach is good enough for the first release.",
        "Could you review https://git.kestrel.example.test/kestrel/-/merge_requests/{n} when you have a minute?",
        "Opening a folder with 50k messages now takes 1.2 s, down from 3.4 s last week.",
        "I'm out on Monday, back on Tuesday morning.",
        "The threading view still gets confused when In-Reply-To and References disagree.",
        "Design notes are in https://wiki.kestrel.example.test/Design/OfflineCache (section {n}).",
        "We should not block the release on this, but it needs a ticket.",
        "Tested on Debian 12 and on a Wayland session, both look fine.",
        "Do we keep the old keyboard shortcuts as an option, or just switch?"]
LISTY = ["I'd rather see this discussed on the list before anything is uploaded.",
         "The transition tracker is at https://release.lists.example.test/transitions/{n}.html",
         "That breaks reproducible builds for at least {n} source packages, see the attached numbers.",
         "Please file a bug against the package instead of replying to this thread.",
         "Seconded. This has been a pain point for years.",
         "What happens on upgrade from the previous stable release?",
         "The policy text is ambiguous here; a clarification would help everybody."]
FAMILY = ["Lovely photos, thank you! The garden looks so different in spring.",
          "Dinner on Sunday at six? Leo is bringing the dessert.",
          "Don't forget Grandma's birthday next week.",
          "The train was late again, but we made it home in the end.",
          "Can you send me the recipe for that soup? https://recipes.example.test/soup/{n}"]
RU = ["Высылаю обновлённый план работ на следующую неделю.",
      "Посмотрите, пожалуйста, раздел про синхронизацию папок - там изменились сроки.",
      "Встреча переносится на четверг, 15:00. Если кому-то неудобно, напишите до среды.",
      "Спасибо за быстрый ответ. Всё получилось, отчёт уже в бухгалтерии.",
      "Напоминаю, что в субботу едем на дачу. Возьмите тёплые вещи, обещают дождь.",
      "Проверил новую сборку на трёх машинах, на одной вложения открываются медленно.",
      "Съешь же ещё этих мягких французских булок, да выпей чаю."]
RU_SUBJ = ["Отчёт за квартал", "Встреча в четверг", "План работ на неделю", "Поездка на дачу",
           "Новая сборка: результаты проверки", "Счёт за электроэнергию", "Фотографии с юбилея"]
LV = ["Sūtu tev sestdienas pasākuma plānu, lūdzu, apskati, vai laiks der.",
      "Rīt no rīta būšu birojā, varam apspriest jauno versiju pie kafijas.",
      "Paldies par palīdzību! Viss strādā, un ziņojums jau ir nosūtīts.",
      "Ķekavā šonedēļ būs tirgus; ņemšu līdzi ābolus un medu.",
      "Glāžšķūņa rūķīši dzērumā čiepj Baha koncertflīģeļu vākus."]
LV_SUBJ = ["Sestdienas plāns", "Ķekavas tirgus", "Rēķins par februāri", "Jaunā versija", "Ģimenes vakariņas"]
WORK_SUBJ = ["Threading view: References vs In-Reply-To", "Release 0.4 checklist", "IMAP IDLE drops after suspend",
             "Icons for dark mode", "Offline cache size limits", "Q3 roadmap review", "Lunch on Friday?",
             "Conference travel booking", "Keyboard shortcuts proposal", "Crash when opening large attachments"]
# fillers combine these, so unrelated messages rarely share a subject (THREAD=REFERENCES groups by subject)
TOPIC = ["Question about", "Update on", "Notes from", "Quick question:", "Draft of", "Feedback on", "Plan for",
         "Follow-up:", "Numbers for", "Help with"]
THING = ["the 0.4 release", "folder sync", "the search index", "attachment previews", "the Riga meetup",
         "HiDPI icons", "OAuth login", "the test bed", "offline mode", "the Latvian translation", "Sieve filters",
         "quota warnings", "the budget", "the team offsite", "printing", "the crash reporter"]
FAMILY_SUBJ = ["Sunday lunch", "Photos from the garden", "Hello!", "Grandma's birthday", "Train tickets",
               "The soup recipe", "Weekend plans", "Leo's school concert", "Holiday dates"]
LIST_SUBJ = ["Proposal: default compression for source packages", "Summary of the buildd meeting",
             "Bug#10{n}: ITP: kestrel -- Qt desktop mail client", "Intent to orphan: libmailparse-perl",
             "Mass bug filing: missing build dependencies on python3-setuptools", "Time zone data in chroots"]


def png(w, h, rng=None, rgb=(70, 130, 180)):
    """A valid PNG: solid colour, or (with rng) a grainy gradient that hardly compresses ("photo")."""
    rows = []
    for y in range(h):
        if rng is None:
            rows.append(b"\0" + bytes(rgb) * w)
        else:   # a warm-to-cool gradient plus random grain (max 200 + 100 + 47 < 256, so no wrap-around)
            base = bytes(v for x in range(w) for v in (200 - y * 150 // h, 90 + x * 100 // w, 60))
            rows.append(b"\0" + bytes(b + (g & 47) for b, g in zip(base, rng.randbytes(3 * w))))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def pdf(lines):
    """A minimal one-page PDF with correct xref offsets (ASCII text only, Helvetica)."""
    text = "".join("(%s) Tj T* " % l.replace("\\", "").replace("(", "[").replace(")", "]") for l in lines)
    stream = "BT /F1 12 Tf 16 TL 72 770 Td %sET" % text
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = "%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n%s" % (len(objs) + 1, "".join("%010d 00000 n \n" % o for o in offsets))
    return (out + "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()


def zipped(files):
    """A real zip (fixed timestamps, so the bytes depend only on the seed)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, method in files:
            z.writestr(zipfile.ZipInfo(name, (2024, 3, 1, 12, 0, 0)), data, compress_type=method)
    return buf.getvalue()


def wrap(text, width=66):
    # never break URLs: a broken link in a demo looks like a client bug
    return "\n\n".join(textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False)
                       for p in text.split("\n\n"))


def quote(body):
    """Quote the body above the signature: "> " per level, so older levels become "> > "."""
    return "\n".join(">" + (" " + l if l else "") for l in body.split("\n-- \n")[0].rstrip().split("\n"))


def ew(text, charset):
    """RFC 2047 encoded-word(s) in a chosen charset (EmailMessage would re-encode them as UTF-8)."""
    return Header(text, charset).encode(linesep="\r\n")


class Demo:
    def __init__(self, user, seed):
        self.rng = random.Random("%d/%s" % (seed, user))   # str seeds are stable across runs
        name, addr = USERS[user]
        self.me = (name, addr, 2)
        self.family = [("Margaret " + name.split()[1], "margaret@family.example.test", 0),
                       ("Leo " + name.split()[1], "leo@family.example.test", 0)]
        self.now = time.time()
        self.midnight = datetime.now().replace(hour=0, minute=0, second=0, microsecond=0).timestamp()
        self.items = []   # (folder, unixtime, flags, bytes)

    # --- small helpers -------------------------------------------------------------------------
    def hex(self, n=16):
        return "%0*x" % (n, self.rng.getrandbits(4 * n))

    def mid(self, person):
        return "<%s.%s@%s>" % (self.hex(12), self.hex(8), person[1].split("@")[1])

    def date(self, t, person):
        return format_datetime(datetime.fromtimestamp(t, timezone(timedelta(hours=person[2]))))

    def when(self):
        """A time in the last 90 days; ~8% today and ~8% yesterday so 'time only for today' shows."""
        r, lo_today, hi = self.rng.random(), self.midnight, self.now - 30
        if r < .08:
            return int(self.rng.uniform(min(lo_today, hi - 1), hi))
        if r < .16:
            return int(self.rng.uniform(lo_today - 86400, lo_today))
        return int(self.rng.uniform(self.now - 90 * 86400, lo_today - 86400))

    def times(self, n):
        """n increasing times for a conversation ending at when(), 10 minutes to 9 hours apart."""
        ts = [self.when()]
        for _ in range(n - 1):
            ts.insert(0, max(ts[0] - int(self.rng.uniform(600, 32400)), int(self.now - 90 * 86400) + len(ts)))
        return sorted(ts)

    def text(self, pool, k=2, greet=None, sig=None):
        say = ""
        for sentence in self.rng.sample(pool, min(k, len(pool))):   # sometimes a new paragraph
            say += ("" if not say else "\n\n" if self.rng.random() < .4 else " ") + sentence
        say = say.replace("{n}", str(self.rng.randint(100, 9999)))
        body = wrap(say if greet is None else greet + "\n\n" + say)
        return body + ("\n\n-- \n" + sig if sig else "")

    @staticmethod
    def sig(person):
        return person[0] + ("\nKestrel release team - https://kestrel.example.test/" if person == P["tom"] else "")

    def flags(self, folder, t):
        """~30% unread overall, more among recent and list mail; a few flagged or replied."""
        if folder == "Sent":
            return "S"
        unread = .65 if self.now - t < 2 * 86400 else .45 if folder.startswith("Lists") else .31
        f = "" if self.rng.random() < unread else "S"
        f += "F" if self.rng.random() < .07 else ""
        return f + ("R" if "S" in f and self.rng.random() < .05 else "")

    def new(self, who, to, subject, t, parent=None, cc=()):
        m = EmailMessage(policy=policy.SMTP)   # CRLF line ends, 8-bit bodies kept as they are
        m["From"] = Address(who[0], addr_spec=who[1])
        m["To"] = [Address(p[0], addr_spec=p[1]) for p in to]
        if cc:
            m["Cc"] = [Address(p[0], addr_spec=p[1]) for p in cc]
        m["Subject"], m["Date"], m["Message-ID"] = subject, self.date(t, who), self.mid(who)
        if parent:   # parent = (message-id, references of the parent)
            m["In-Reply-To"], m["References"] = parent[0], " ".join(parent[1] + [parent[0]])
        return m

    def tidy(self, part, top=True):
        """Deterministic boundaries (email's own are random) and no MIME-Version in body parts."""
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_kestrel_" + self.hex(24))
            for sub in part.iter_parts():
                self.tidy(sub, False)
        elif part.get_content_type() == "message/rfc822":
            self.tidy(part.get_payload(0), True)
        if not top:
            del part["MIME-Version"]

    def add(self, folder, t, msg, flags=None):
        if isinstance(msg, EmailMessage):
            self.tidy(msg)
            msg = msg.as_bytes()
        self.items.append((folder, t, self.flags(folder, t) if flags is None else flags, msg))

    # --- kinds of message ----------------------------------------------------------------------
    def thread(self, folder, cast, subject, n, pool, lang=None):
        """A 3-8 message conversation (sometimes branching). The user's own messages go to Sent and,
        on a mailing list, come back into the list folder too (same Message-ID in two folders)."""
        posts, replied, is_list = [], set(), folder.startswith("Lists")
        for i, t in enumerate(self.times(n)):
            parent = None if i == 0 else posts[-1] if self.rng.random() < .75 else self.rng.choice(posts)
            if parent is None:
                who = cast[0]
            elif parent["who"] != self.me and self.rng.random() < .35:
                who = self.me
            else:
                who = self.rng.choice([p for p in cast + [self.me] if p != parent["who"]])
            body = self.text(pool, self.rng.randint(1, 3), "Hi all," if is_list else None, self.sig(who))
            if parent:
                head = "On %s, %s wrote:\n" % (self.date(parent["t"], parent["who"])[:-6], parent["who"][0])
                quoted = head + quote(parent["body"])   # Outlook-style top-posting has no "-- " line
                body = body.replace("\n-- \n", "\n") + "\n\n" + quoted if self.rng.random() < .25 \
                    else quoted + "\n\n" + body
                if who == self.me:
                    replied.add(parent["mid"])
            if is_list:
                to, cc = [("debian-devel", LIST, 0)], []
            else:   # To: whoever is answered, Cc: the rest of the conversation (the user included)
                rcpt = [p for p in dict.fromkeys([parent["who"] if parent else cast[1]] + cast + [self.me]) if p != who]
                to, cc = rcpt[:1], rcpt[1:]
            prefix = "" if not parent else "AW: " if who == P["hannah"] else "Re: "   # German Outlook says AW:
            m = self.new(who, to, prefix + subject, t, parent and (parent["mid"], parent["refs"]), cc)
            m.set_content(body, cte=None if lang is None else self.rng.choice(["8bit", "quoted-printable", "base64"]))
            posts.append({"who": who, "t": t, "body": body, "mid": m["Message-ID"], "msg": m,
                          "refs": (parent["refs"] + [parent["mid"]]) if parent else []})
            if who == self.me:
                self.add("Sent", t, m)
            if is_list:   # what the list server sends out
                self.list_headers(m)
        for p in posts:   # filed after the loop: only now is it known which ones the user answered
            if p["who"] == self.me:
                if is_list:
                    self.add(folder, p["t"], p["msg"], "S")
            else:
                self.add(folder, p["t"], p["msg"], self.flags(folder, p["t"]) + ("RS" if p["mid"] in replied else ""))

    def list_headers(self, m):
        m["List-Id"] = "Debian development <debian-devel.lists.example.test>"
        m["List-Post"] = "<mailto:%s>" % LIST
        m["List-Unsubscribe"] = "<mailto:debian-devel-request@lists.example.test?subject=unsubscribe>"
        m["List-Archive"] = "<https://lists.example.test/debian-devel/>"
        m["Precedence"] = "list"

    def list_post(self):
        who = self.rng.choice(LISTERS)
        t = self.when()
        m = self.new(who, [("debian-devel", LIST, 0)], self.rng.choice(LIST_SUBJ).replace("{n}", self.hex(4)), t)
        m.set_content(self.text(LISTY, 3, "Hi,", who[0]))
        self.list_headers(m)
        self.add("Lists/debian-devel", t, m)

    def html(self, paras, tracker=False, image=None):
        body = "".join("<p>%s</p>\n" % re.sub(r"(https?://[^\s<]+[^\s<.,])", r'<a href="\1">\1</a>',
                                              html.escape(p).replace("\n", "<br>")) for p in paras)
        img = '<p><img src="cid:%s" alt="Kestrel logo" width="16" height="16"></p>\n' % image[1:-1] if image else ""
        track = '<img src="http://127.0.0.1:1/tracker.png" width="1" height="1" alt="">\n' if tracker else ""
        return ('<!DOCTYPE html>\n<html><body style="font-family: sans-serif; max-width: 40em">\n%s%s'
                '<p style="color:#888;font-size:small"><a href="https://www.example.test/unsubscribe">'
                'Unsubscribe</a></p>\n%s</body></html>\n' % (img, body, track))

    def alternative(self, who, subject, paras, tracker=False, inline_image=False):
        """text/plain + text/html; with inline_image the HTML is multipart/related with a cid: PNG."""
        t = self.when()
        m = self.new(who, [self.me], subject, t)
        cid = "<logo.%s@kestrel.example.test>" % self.hex(8) if inline_image else None
        m.set_content("\n\n".join(wrap(p) for p in paras) + "\n")
        m.add_alternative(self.html(paras, tracker, cid), subtype="html")
        if cid:
            m.get_payload()[1].add_related(png(16, 16, rgb=(230, 120, 30)), "image", "png", cid=cid)
        return m, t

    def newsletter(self, folder="INBOX", inline_image=False):
        issue = self.rng.randint(10, 99)
        paras = ["Kestrel Weekly, issue %d." % issue] + self.text(WORK, 3).split("\n\n")
        m, t = self.alternative(P["news"], "Kestrel Weekly #%d: %s" % (issue, self.rng.choice(WORK_SUBJ)),
                                paras, tracker=True, inline_image=inline_image)
        m["List-Unsubscribe"] = "<https://news.kestrel.example.test/unsubscribe?u=%s>" % self.hex(8)
        self.add(folder, t, m)

    def notification(self, folder="Projects/Kestrel"):
        n = self.rng.randint(100, 999)
        m, t = self.alternative(P["tracker"], "[Kestrel #%d] %s" % (n, self.rng.choice(WORK_SUBJ)),
                                ["%s commented:" % self.rng.choice(list(P.values())[:3])[0],
                                 self.text(WORK, 2), "https://tracker.kestrel.example.test/issues/%d" % n])
        self.add(folder, t, m)

    def receipt(self, with_pdf=False, inline_image=False):
        shop = self.rng.choice(SHOPS)
        order = "%s-%05d" % (shop[1][:2].upper(), self.rng.randint(0, 99999))
        eur = "%d.%02d EUR" % (self.rng.randint(3, 180), self.rng.randint(0, 99))
        subject, paras = {"en": ("Your order %s has shipped" % order, ["Thank you for your order %s." % order,
                                                                         "Total: " + eur]),
                          "lv": ("Pasūtījums %s apstiprināts" % order, ["Paldies par pasūtījumu %s!" % order,
                                                                        "Kopā: " + eur]),
                          "ru": ("Ваш заказ %s оформлен" % order, ["Спасибо за заказ %s!" % order,
                                                                  "Итого: " + eur])}[shop[3]]
        m, t = self.alternative(shop, subject, paras, self.rng.random() < .5, inline_image)
        if with_pdf:
            m.add_attachment(pdf(["Invoice " + order, "Total " + eur]), "application", "pdf",
                             filename="invoice-%s.pdf" % order)
        self.add("Receipts", t, m)

    def attachments(self, folder, who, subject, files, to_me=True):
        """multipart/mixed: a plain text part plus the given (data, maintype, subtype, filename)."""
        t = self.when()
        sender, to = (who, [self.me]) if to_me else (self.me, [who])
        m = self.new(sender, to, subject, t)
        m.set_content(self.text(WORK, 2, "Hi %s," % to[0][0].split()[0], sender[0]))
        for data, maintype, subtype, name in files:   # non-ASCII names come out as RFC 2231 filename*=
            if maintype == "text":
                m.add_attachment(data, subtype=subtype, filename=name)
            else:
                m.add_attachment(data, maintype, subtype, filename=name)
        self.add("Sent" if not to_me else folder, t, m)

    def attachments_2047(self, who, name, charset):
        """Attachment names as RFC 2047 encoded-words inside quoted parameters, the way Outlook and
        older Thunderbird write them; built by hand because email would rewrite them as RFC 2231."""
        t, b = self.when(), "----=_NextPart_" + self.hex(20)
        word = Charset(charset).header_encode(name)   # one encoded-word, as those mailers do
        text = wrap("Hi,\n\nthe document is attached.\n\n" + who[0]).replace("\n", "\r\n")
        pdf64 = base64.encodebytes(pdf(["Scanned document", "Page 1 of 1"]))
        parts = [("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit", text.encode()),
                 ('Content-Type: application/pdf; name="%s"\r\nContent-Transfer-Encoding: base64\r\n'
                  'Content-Disposition: attachment; filename="%s"' % (word, word),
                  pdf64.replace(b"\n", b"\r\n").rstrip())]
        prefix = "Dokuments: " if charset == "utf-8" else "Документ: "
        lines = self.head(who, ew(who[0], charset), ew(prefix + name, charset), t) + [
            "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="%s"' % b]
        body = b"".join(b"--%s\r\n%s\r\n\r\n%s\r\n" % (b.encode(), h.encode(), d) for h, d in parts)
        self.add("INBOX", t, self.raw(lines, b"This is a multi-part message in MIME format.\r\n\r\n"
                                      + body + b"--%s--\r\n" % b.encode()))

    def head(self, who, name_field, subject_field, t):
        return ["From: %s <%s>" % (name_field, who[1]), "To: %s <%s>" % (self.me[0], self.me[1]),
                "Subject: " + subject_field, "Date: " + self.date(t, who), "Message-ID: " + self.mid(who)]

    @staticmethod
    def raw(lines, body):
        """Header lines (str, or bytes for deliberately raw 8-bit) and a body, joined with CRLF."""
        return b"".join((l if isinstance(l, bytes) else l.encode("ascii")) + b"\r\n" for l in lines) + b"\r\n" + body

    def legacy(self, who, subject, text, charset, cte, label="charset", folder="INBOX"):
        """Single-part text in a given charset and transfer encoding, built by hand so that header
        encoded-words keep their charset. label: "charset" = correct; "none" = text/plain without
        charset; a charset name = mislabelled; "bare" = no MIME headers and raw 8-bit headers."""
        t = self.when()
        data = (text.replace("\n", "\r\n") + "\r\n").encode(charset)
        body = {"8bit": data, "base64": base64.encodebytes(data).replace(b"\n", b"\r\n"),
                "quoted-printable": quopri.encodestring(data.replace(b"\r\n", b"\n")).replace(b"\n", b"\r\n")}[cte]
        if label == "bare":   # an old mailer: no MIME at all, 8-bit bytes straight in the headers
            lines = [b"From: " + who[0].encode(charset) + b" <" + who[1].encode() + b">",
                     "To: %s" % self.me[1], b"Subject: " + subject.encode(charset), "Date: " + self.date(t, who),
                     "Message-ID: " + self.mid(who)]
        else:
            ctype = {"charset": "text/plain; charset=" + charset, "none": "text/plain"}.get(
                label, "text/plain; charset=" + label)
            lines = self.head(who, ew(who[0], charset), ew(subject, charset), t) + [
                "MIME-Version: 1.0", "Content-Type: " + ctype, "Content-Transfer-Encoding: " + cte]
        self.add(folder, t, self.raw(lines, body))

    def forward(self, by_me=False):
        """A message forwarded as a message/rfc822 attachment (by a colleague, or by the user: Sent)."""
        orig_from = self.rng.choice([P["sergey"], P["marta"], P["dmitri"]])
        t0 = self.when()
        inner = self.new(orig_from, [P["tom"] if not by_me else self.me], self.rng.choice(WORK_SUBJ), t0 - 7200)
        inner.set_content(self.text(WORK, 3, "Hello,", orig_from[0]))
        if self.rng.random() < .5:
            inner.add_attachment(png(16, 16, rgb=(40, 160, 90)), "image", "png", filename="screenshot.png")
        fwd_by, to = (self.me, [P["priya"]]) if by_me else (P["tom"], [self.me])
        m = self.new(fwd_by, to, "Fwd: " + inner["Subject"], t0)
        m.set_content(wrap("FYI, see the forwarded message. What do you think?") + "\n\n-- \n" + fwd_by[0])
        m.add_attachment(inner, filename=str(inner["Subject"]) + ".eml")
        self.add("Sent" if by_me else "INBOX", t0, m)

    def filler(self, folder):
        """One ordinary message for a folder (keeps the total exactly at --count)."""
        if folder == "Lists/debian-devel":
            return self.list_post()
        if folder == "Receipts":
            return self.receipt(self.rng.random() < .3)
        if folder == "Projects/Kestrel" and self.rng.random() < .4:
            return self.notification()
        if folder == "INBOX" and self.rng.random() < .1:
            return self.newsletter()
        t = self.when()
        people = self.family if folder == "Family" else [P[k] for k in ("tom", "priya", "hannah", "dmitri")]
        who = self.rng.choice(people)
        pool = FAMILY if folder == "Family" else WORK
        sender, to = (self.me, [who]) if folder == "Sent" else (who, [self.me])
        subject = self.rng.choice(FAMILY_SUBJ) if pool is FAMILY else \
            "%s %s" % (self.rng.choice(TOPIC), self.rng.choice(THING))
        m = self.new(sender, to, subject, t)
        m.set_content(self.text(pool, self.rng.randint(1, 4), "Hi %s," % to[0][0].split()[0], sender[0]))
        self.add(folder, t, m)

    def specials(self):
        """Each kind of message a mail client must handle, several times."""
        r = self.rng
        work = [P["tom"], P["priya"], P["hannah"]]
        for i in range(4):
            self.thread("INBOX", r.sample(work, 2) + [P["dmitri"]], WORK_SUBJ[i], r.randint(3, 8), WORK)
            self.thread("Projects/Kestrel", r.sample(work, 3), WORK_SUBJ[4 + i], r.randint(3, 8), WORK)
            self.thread("Lists/debian-devel", r.sample(LISTERS, 3), LIST_SUBJ[i].replace("{n}", "6042"),
                        r.randint(3, 8), LISTY)
        self.thread("Projects", [P["sergey"], P["olga"]], RU_SUBJ[1], 4, RU, "ru")
        self.thread("Family", [P["marta"], P["janis"]], LV_SUBJ[0], 5, LV, "lv")
        self.thread("Family", self.family, "Sunday dinner", 3, FAMILY)
        for i in range(3):
            self.newsletter(inline_image=i == 2)
            self.notification()
            self.receipt(with_pdf=i == 1, inline_image=i == 0)
            self.forward(by_me=i == 2)
        self.newsletter("Projects", inline_image=True)
        self.attachments("INBOX", P["hannah"], "Minutes and slides", [
            (pdf(["Minutes, weekly sync", "1. Release 0.4", "2. Offline cache"]), "application", "pdf", "minutes.pdf"),
            (png(16, 16), "image", "png", "architecture.png")])
        self.attachments("Projects/Kestrel", P["tom"], "Config for the test bed", [
            (zipped([("kestrel/accounts.ini", b"[alice]\nhost=127.0.0.1\n", zipfile.ZIP_DEFLATED)]),
             "application", "octet-stream", "kestrel-config.zip")])
        self.attachments("INBOX", P["sergey"], "Отчёт за 2024 год", [
            (pdf(["Otchet 2024", "Itogi goda"]), "application", "pdf", "Отчёт 2024.pdf"),
            (png(16, 16, rgb=(200, 30, 30)), "image", "png", "Диаграмма продаж.png")])
        self.attachments("Family", P["marta"], "Ķekavas plāns", [
            ("Sestdien: tirgus 10:00, pusdienas 13:00.\nSvētdien: pastaiga gar Daugavu.\n", "text", "plain",
             "Ķekava plāns.txt")])
        self.attachments("Sent", P["janis"], "Tāme un fotogrāfijas", [
            (pdf(["Tame 2024"]), "application", "pdf", "Tāme 2024 (galīgā).pdf")], to_me=False)
        self.attachments_2047(P["marta"], "Līgums ar īrnieku.pdf", "utf-8")
        self.attachments_2047(P["sergey"], "Счёт 17.pdf", "koi8-r")
        self.attachments_2047(P["olga"], "Акт сверки №5.pdf", "windows-1251")
        # larger messages: photos (grainy PNGs barely compress) and a stored zip of random logs
        self.attachments("Family", self.family[1], "Photos from the weekend", [
            (png(400, 300, r), "image", "png", "IMG_2041.png")])
        self.attachments("INBOX", P["hannah"], "Scanned whiteboard", [(png(320, 240, r), "image", "png", "whiteboard.png")])
        self.attachments("Projects/Kestrel", P["priya"], "Build logs from the crash", [
            (zipped([("build.log", r.randbytes(250000), zipfile.ZIP_STORED)]), "application", "octet-stream",
             "build-logs.zip")])
        # Russian and Latvian text in many charsets and transfer encodings
        ru = [P["sergey"], P["olga"]]
        for i, (cs, cte, label) in enumerate([
                ("utf-8", "base64", "charset"), ("utf-8", "base64", "charset"), ("utf-8", "quoted-printable", "charset"),
                ("utf-8", "quoted-printable", "charset"), ("koi8-r", "8bit", "charset"), ("koi8-r", "base64", "charset"),
                ("koi8-r", "quoted-printable", "charset"), ("koi8-r", "8bit", "bare"), ("koi8-r", "8bit", "none"),
                ("koi8-r", "8bit", "iso-8859-1"), ("windows-1251", "8bit", "charset"),
                ("windows-1251", "quoted-printable", "charset"), ("windows-1251", "base64", "charset")]):
            self.legacy(ru[i % 2], RU_SUBJ[i % len(RU_SUBJ)], self.text(RU, 3, "Добрый день!", ru[i % 2][0]),
                        cs, cte, label, "Projects" if i % 4 == 3 else "INBOX")
        lv = [P["marta"], P["janis"]]
        for i, (cs, cte) in enumerate([("utf-8", "base64"), ("utf-8", "quoted-printable"), ("utf-8", "8bit"),
                                       ("iso-8859-13", "quoted-printable"), ("iso-8859-13", "8bit")]):
            self.legacy(lv[i % 2], LV_SUBJ[i], self.text(LV, 3, "Sveiki!", lv[i % 2][0]), cs, cte,
                        folder="Family" if i % 2 else "INBOX")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("root", metavar="MAILDIR_ROOT")
    ap.add_argument("--user", choices=sorted(USERS), default="alice")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=320)
    a = ap.parse_args()
    if a.count < 0:
        ap.error("--count must not be negative")
    dirs = {f: a.root if f == "INBOX" else os.path.join(a.root, "." + f.replace("/", ".")) for f in FOLDERS}
    for d in dirs.values():
        if any(os.listdir(os.path.join(d, s)) for s in ("cur", "new") if os.path.isdir(os.path.join(d, s))):
            sys.exit("make-demo-mail: %s already holds mail; use an empty Maildir" % d)
    demo = Demo(a.user, a.seed)
    demo.specials()
    if len(demo.items) > a.count:   # a small --count keeps a random subset of the special messages
        demo.items = demo.rng.sample(demo.items, a.count)
    have = {f: sum(1 for i in demo.items if i[0] == f) for f in FOLDERS}
    for _ in range(a.count - len(demo.items)):   # top up the folder furthest below its share
        f = max(FOLDERS, key=lambda f: FOLDERS[f] * a.count - have[f])
        demo.filler(f)
        have[f] += 1
    for f, d in dirs.items():
        for s in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(d, s), exist_ok=True)
        if f != "INBOX":
            open(os.path.join(d, "maildirfolder"), "a").close()
    for n, (folder, t, flags, data) in enumerate(sorted(demo.items, key=lambda i: i[1])):
        name = "%d.M%dP%d.demo,S=%d:2,%s" % (t, n, os.getpid(), len(data), "".join(sorted(set(flags))))
        tmp = os.path.join(dirs[folder], "tmp", name)
        with open(tmp, "wb") as fh:   # the usual Maildir delivery: write in tmp/, then rename
            fh.write(data)
        os.utime(tmp, (t, t))
        os.rename(tmp, os.path.join(dirs[folder], "cur", name))
    # Dovecot's version 2 format: a tab separates levels. A version 1 file would need the Maildir++
    # spelling ("Projects.Kestrel"); Dovecot drops "Projects/Kestrel" there as an invalid entry.
    with open(os.path.join(a.root, "subscriptions"), "w") as fh:
        fh.write("V\t2\n\n" + "".join(f.replace("/", "\t") + "\n" for f in FOLDERS))
    unseen = sum(1 for i in demo.items if "S" not in i[2])
    print("make-demo-mail: %s: %s; total %d (%d unread)" % (
        a.user, ", ".join("%s %d" % (f, have[f]) for f in FOLDERS), len(demo.items), unseen))


if __name__ == "__main__":
    main()
