# SPDX-License-Identifier: BSD-2-Clause
"""Tests of the Python package `bounce`: run by ctest against the build tree (PYTHONPATH), and by
tests/python/pip_install_test.sh against a pip-installed copy (BOUNCE_INSTALLED=1)."""
import errno
import json
import os
import re
import subprocess
import tempfile
import unittest

import bounce

SOURCE_DIR = os.environ.get(
    "BOUNCE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(SOURCE_DIR, "corpus")
TWO = os.path.join(CORPUS, "rfc3464", "postfix-two-recipients.eml")

KEYS = [
    "source", "message_index", "recipient", "action", "status", "status_source",
    "status_class_title", "status_subject_title", "status_detail_title", "reply_code", "reason",
    "hard_bounce", "diagnostic_type", "diagnostic", "smtp_command", "remote_mta",
    "reporting_mta", "arrival_date", "last_attempt_date", "original_message_id",
    "original_from", "original_to", "original_subject", "feedback_type", "engine", "rule",
    "warnings",
    # added after the first release, at the end
    "timestamp", "timestamp_source", "sender", "sender_domain", "destination", "original_recipient", "list_id",
    "feedback_id", "to", "delivered_to", "verp_recipient", "token", "headers", "permanent",
    "esp", "esp_category", "esp_message_id", "envelope_id",
]


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def read(path):
    with open(path, "rb") as f:
        return f.read()


class ParseTest(unittest.TestCase):
    def test_two_recipients(self):
        recs = bounce.parse(read(TWO))
        self.assertEqual(len(recs), 2)
        a, b = recs
        self.assertEqual(list(a.keys()), KEYS)
        self.assertEqual(a["recipient"], "alice.nguyen@example.net")
        self.assertEqual(a["status"], "5.1.1")
        self.assertEqual(a["reason"], "userunknown")
        self.assertIs(a["hard_bounce"], True)
        self.assertEqual(a["reply_code"], 550)
        self.assertIsInstance(a["reply_code"], int)
        self.assertEqual(a["message_index"], 1)
        self.assertEqual(a["source"], "")
        self.assertIsNone(a["feedback_type"])
        self.assertEqual(a["warnings"], [])
        self.assertEqual(b["recipient"], "b.kowalski@example.net")
        self.assertIs(b["hard_bounce"], False)

    def test_types(self):
        for rec in bounce.parse(read(TWO)):
            for key, value in rec.items():
                self.assertIsInstance(value, (type(None), int, bool, str, list), key)

    def test_errors_raise_value_error(self):
        with self.assertRaises(ValueError):
            bounce.parse(b"")
        with self.assertRaises(ValueError):
            bounce.parse(b"\x00\x01\x02 binary junk")
        with self.assertRaises(TypeError):
            bounce.parse(12345)

    def test_str_and_bytes_like(self):
        raw = read(TWO)
        expected = bounce.parse(raw)
        self.assertEqual(bounce.parse(raw.decode("utf-8", "surrogateescape")), expected)
        self.assertEqual(bounce.parse(bytearray(raw)), expected)
        self.assertEqual(bounce.parse(memoryview(raw)), expected)

    def test_errors_quote_no_content(self):
        # Exception texts end up in application logs: they must not carry the message (nor its
        # recipient addresses), whatever the wrong argument, including the compiled module's own
        # checks (pybind11 would otherwise print the arguments it was given).
        secret = "alice.nguyen@example.net"
        raw = read(TWO)
        calls = [
            lambda: bounce.parse([raw.decode()]),
            lambda: bounce.parse(raw, bogus=True),
            lambda: bounce.parse(raw.decode(), True),
            lambda: bounce.parse_path([secret]),
            lambda: bounce.parse_path(os.path.join("/nonexistent", secret)),
            lambda: bounce.classify(raw),
            lambda: bounce._bounce.parse(raw.decode(), False, [], True, [], "="),
            lambda: bounce._bounce.parse_path(secret, secret, False, False, [], True, [], "="),
            lambda: bounce.parse(b"\x00" + secret.encode()),
        ]
        for call in calls:
            with self.assertRaises((TypeError, ValueError, OSError)) as cm:
                call()
            text = str(cm.exception) + repr(cm.exception.args)
            if isinstance(cm.exception, OSError):
                text = cm.exception.strerror or ""  # the filename is the caller's own path
            self.assertNotIn("alice", text)
            self.assertNotIn("Invoked with", text)

    def test_warnings_and_invalid_utf8(self):
        # Status 5.0.0 beside a 550 5.1.1 reply (status_conflict), a byte that is not UTF-8 in
        # the diagnostic: replaced by U+FFFD, and invalid_utf8 added last, as in the JSON line.
        raw = (b"From: MAILER-DAEMON@relay.example.com\n"
               b"Subject: Undelivered\n"
               b"MIME-Version: 1.0\n"
               b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"XYZ\"\n"
               b"\n--XYZ\nContent-Type: text/plain\n\nfailed.\n"
               b"--XYZ\nContent-Type: message/delivery-status\n\n"
               b"Reporting-MTA: dns; relay.example.com\n\n"
               b"Final-Recipient: rfc822; carol@example.net\nAction: failed\nStatus: 5.0.0\n"
               b"Diagnostic-Code: smtp; 550 5.1.1 Benutzer \xfcnbekannt\n--XYZ--\n")
        (rec,) = bounce.parse(raw)
        self.assertEqual(list(rec.keys()), KEYS)
        self.assertEqual(rec["diagnostic"], "550 5.1.1 Benutzer \ufffdnbekannt")
        self.assertEqual(rec["warnings"], ["status_conflict", "invalid_utf8"])

    def test_provider_events(self):
        # JSON input is provider events, recognised by content (docs/esp.md): a Postmark bounce
        # and a delivery, one record each, with the provider's label kept as evidence.
        raw = (b'{"RecordType": "Bounce", "Type": "HardBounce", "TypeCode": 1, '
               b'"Email": "gone@example.net", "Details": "smtp;550 5.1.1 no such user", '
               b'"MessageID": "pm-1", "From": "shop@example.org", '
               b'"BouncedAt": "2026-03-02T13:00:00Z"}\n'
               b'{"RecordType": "Delivery", "Recipient": "ok@example.net", "MessageID": "pm-2", '
               b'"DeliveredAt": "2026-03-02T13:01:00Z", "Details": "250 OK"}\n')
        bounced, delivered = bounce.parse(raw)
        self.assertEqual(list(bounced.keys()), KEYS)
        self.assertEqual(bounced["esp"], "postmark")
        self.assertEqual(bounced["esp_category"], "HardBounce")
        self.assertEqual(bounced["reason"], "userunknown")
        self.assertEqual(bounced["sender"], "shop@example.org")
        self.assertEqual(bounced["timestamp_source"], "event")
        self.assertEqual(delivered["message_index"], 2)
        self.assertEqual(delivered["reason"], "delivered")
        self.assertEqual(len(bounce.parse(raw, failures_only=True)), 1)

    def test_not_a_bounce(self):
        self.assertEqual(bounce.parse(b"Subject: hi\n\nhello\n"), [])

    def test_failures_only(self):
        path = os.path.join(CORPUS, "rfc3464", "success-dsn.eml")
        self.assertTrue(bounce.parse(read(path)))
        self.assertEqual(bounce.parse(read(path), failures_only=True), [])

    def test_record_keys_and_options(self):
        path = os.path.join(CORPUS, "records", "original-recipient.eml")
        (rec,) = bounce.parse(read(path), headers=["X-Campaign-Id", "X-Absent"])
        self.assertEqual(rec["original_recipient"], "info+sales@example.net")
        self.assertEqual(rec["sender"], "news@example.com")
        self.assertEqual(rec["timestamp"], "2026-03-09T08:02:08+01:00")
        self.assertEqual(rec["headers"], {"X-Campaign-Id": "c-2026-03-march", "X-Absent": None})
        self.assertEqual(len(rec["token"]), 40)
        verp = read(os.path.join(CORPUS, "records", "verp-no-recipient.eml"))
        self.assertEqual(bounce.parse(verp)[0]["recipient"], "lena.fischer@example.org")
        self.assertEqual(bounce.parse(verp, verp=False), [])
        self.assertEqual(bounce.parse(verp, verp_prefixes=["other+"]), [])
        with self.assertRaises(ValueError):
            bounce.parse(verp, verp_separator="==")

    def test_matches_cli_json(self):
        cli = os.environ.get("BOUNCE_CLI")
        if not cli:
            self.skipTest("BOUNCE_CLI not set")
        out = subprocess.run([cli, "parse", TWO], capture_output=True, check=True).stdout
        from_cli = [json.loads(line) for line in out.decode().splitlines()]
        from_py = list(bounce.parse_path(TWO))
        self.assertEqual(from_cli, from_py)


class ParsePathTest(unittest.TestCase):
    def test_file(self):
        recs = list(bounce.parse_path(TWO))
        self.assertEqual([r["source"] for r in recs], [TWO, TWO])
        self.assertEqual([r["message_index"] for r in recs], [1, 1])

    def test_mbox(self):
        recs = list(bounce.parse_path(os.path.join(CORPUS, "mbox", "three-messages.mbox")))
        self.assertTrue(recs)
        self.assertIn(1, {r["message_index"] for r in recs})
        self.assertLessEqual({r["message_index"] for r in recs}, {1, 2, 3})

    def test_directory_with_junk(self):
        junk = os.path.join(CORPUS, "junk")
        recs = list(bounce.parse_path(junk))
        self.assertTrue(any(r["source"].endswith("good-dsn.eml") for r in recs))
        self.assertTrue(all("error" not in r for r in recs))
        with_errors = list(bounce.parse_path(junk, errors=True))
        errors = [r for r in with_errors if "error" in r]
        self.assertTrue(errors)
        self.assertTrue(all(set(e) == {"source", "message_index", "error"} for e in errors))

    def test_pathlike(self):
        import pathlib
        self.assertEqual(len(list(bounce.parse_path(pathlib.Path(TWO)))), 2)

    def test_os_errors_carry_errno_and_filename(self):
        with tempfile.TemporaryDirectory() as d:
            missing = os.path.join(d, "missing.eml")
            with self.assertRaises(FileNotFoundError) as cm:
                bounce.parse_path(missing)
            self.assertEqual(cm.exception.errno, errno.ENOENT)
            self.assertEqual(cm.exception.filename, missing)
            with self.assertRaises(NotADirectoryError) as cm:
                bounce.parse_path(os.path.join(TWO, "x"))
            self.assertEqual(cm.exception.errno, errno.ENOTDIR)
            if os.geteuid() != 0:  # root reads everything
                locked = os.path.join(d, "locked")
                os.mkdir(locked, 0)
                with self.assertRaises(PermissionError):
                    bounce.parse_path(locked)

    def test_non_utf8_bytes_path(self):
        with tempfile.TemporaryDirectory() as d:
            name = os.path.join(os.fsencode(d), b"caf\xe9-bounce.eml")
            with open(name, "wb") as f:
                f.write(read(TWO))
            recs = list(bounce.parse_path(name))
            self.assertEqual([r["recipient"] for r in recs],
                             ["alice.nguyen@example.net", "b.kowalski@example.net"])
            self.assertEqual(len(list(bounce.parse_path(os.fsencode(d)))), 2)
            self.assertEqual(len(list(bounce.parse_path(os.fsdecode(name)))), 2)

    def test_lazy(self):
        # parse_path reads message by message: after the first record, files removed from the
        # directory are never read (an eager reader would already hold all of them).
        raw = read(TWO)
        with tempfile.TemporaryDirectory() as d:
            for i in range(200):
                with open(os.path.join(d, "m%03d.eml" % i), "wb") as f:
                    f.write(raw)
            it = bounce.parse_path(d)
            self.assertIs(iter(it), it)
            self.assertNotIsInstance(it, list)
            first = next(it)
            self.assertTrue(first["source"].endswith("m000.eml"))
            for name in os.listdir(d):
                os.unlink(os.path.join(d, name))
            self.assertLess(len(list(it)), 100)
            with self.assertRaises(StopIteration):
                next(it)

    def test_dropped_iterator(self):
        # Abandoning an iterator half-way stops its reader; nothing hangs or leaks a crash.
        for _ in range(20):
            it = bounce.parse_path(CORPUS)
            next(it)
            del it
        self.assertTrue(list(bounce.parse_path(TWO)))

    def test_memory_flat(self):
        # 20000 small messages: memory after the last is about that after the first thousand
        # (an eager reader held every record: ~4.5 kB each).
        raw = read(TWO).replace(b"\nFrom ", b"\n>From ")
        with tempfile.TemporaryDirectory() as d:
            mbox = os.path.join(d, "many.mbox")
            with open(mbox, "wb") as f:
                for _ in range(20000):
                    f.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + raw + b"\n")
            n = 0
            for n, _ in enumerate(bounce.parse_path(mbox), 1):
                if n == 2000:
                    early = rss_kib()
            self.assertEqual(n, 40000)
            self.assertLess(rss_kib() - early, 20 * 1024)


class ClassifyTest(unittest.TestCase):
    def test_classify(self):
        c = bounce.classify("550 5.1.1 <a@example.net>: Recipient address rejected: User unknown")
        self.assertEqual(c["reason"], "userunknown")
        self.assertEqual(c["status"], "5.1.1")
        self.assertEqual(c["reply_code"], 550)
        self.assertIs(c["hard_bounce"], True)
        self.assertTrue(c["rule"])

    def test_classify_provider_context(self):
        # Comcast's own code is read only when Comcast's host or a recipient of its domain is named.
        bare = bounce.classify("550 BL000010")
        self.assertFalse(bare["rule"].startswith("provider/"), bare)
        by_host = bounce.classify("550 BL000010", remote_mta="mx1.comcast.net")
        self.assertEqual(by_host["rule"], "provider/comcast/000010")
        self.assertEqual(by_host["reason"], "blocked")
        by_rcpt = bounce.classify("550 BL000010", recipient="user@comcast.net")
        self.assertEqual(by_rcpt["rule"], "provider/comcast/000010")
        with self.assertRaises(TypeError):
            bounce.classify("550 BL000010", remote_mta=b"mx1.comcast.net")
        with self.assertRaises(TypeError):
            bounce.classify("550 BL000010", "mx1.comcast.net")  # keyword-only

    def test_version(self):
        # One version: project(bounce VERSION) in CMakeLists.txt, seen by the module, the CLI and
        # the installed distribution's metadata (pip install; tests/python/pip_install_test.sh).
        with open(os.path.join(SOURCE_DIR, "CMakeLists.txt")) as f:
            cmake = re.search(r"project\(\s*bounce\s+VERSION\s+([0-9.]+)", f.read()).group(1)
        self.assertEqual(bounce.__version__, cmake)
        cli = os.environ.get("BOUNCE_CLI")
        if cli:
            out = subprocess.run([cli, "--version"], capture_output=True, check=True).stdout
            self.assertEqual(out.decode().split(), ["bounce", cmake])
        if os.environ.get("BOUNCE_INSTALLED"):
            from importlib.metadata import version
            self.assertEqual(version("bounce"), cmake)

    def test_typed(self):
        folder = os.path.dirname(bounce.__file__)
        self.assertTrue(os.path.isfile(os.path.join(folder, "py.typed")))
        self.assertTrue(os.path.isfile(os.path.join(folder, "_bounce.pyi")))


if __name__ == "__main__":
    unittest.main()
