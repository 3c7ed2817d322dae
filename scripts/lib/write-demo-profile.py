#!/usr/bin/env python3
"""Writes the demo profile's accounts.json (the format of core/account/AccountSettings) for the two demo
accounts on the loopback test bed. Usage: write-demo-profile.py PROFILE IMAPS_PORT SMTP_PORT SHA256"""
import json, os, sys

profile, imaps_port, smtp_port, sha256 = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4].lower()

def account(user, name):
    return {"id": "demo-" + user, "displayName": name, "email": user + "@example.test", "userName": user,
            "imap": {"host": "127.0.0.1", "port": imaps_port, "security": "tls"},
            "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "starttls"},
            # The demo's self-signed certificate, pinned as if the user had accepted it once.
            "trustedCertificates": [{"host": "127.0.0.1", "port": p, "sha256": sha256} for p in (imaps_port, smtp_port)],
            "enabled": True}

doc = {"version": 1, "accounts": [account("alice", "Alice (work)"), account("bob", "Bob (home)")]}
with open(os.path.join(profile, "accounts.json"), "w") as f:
    json.dump(doc, f, indent=2)
