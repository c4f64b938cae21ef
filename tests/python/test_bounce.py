# SPDX-License-Identifier: BSD-2-Clause
"""Tests of the Python module `bounce` (run by ctest with PYTHONPATH set to the module's folder)."""
import json
import os
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
    "esp", "esp_category", "esp_message_id",
]


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
            bounce.parse("not bytes")

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

    def test_missing_path(self):
        with tempfile.TemporaryDirectory() as d:
            with self.assertRaises(OSError):
                list(bounce.parse_path(os.path.join(d, "missing.eml")))


class ClassifyTest(unittest.TestCase):
    def test_classify(self):
        c = bounce.classify("550 5.1.1 <a@example.net>: Recipient address rejected: User unknown")
        self.assertEqual(c["reason"], "userunknown")
        self.assertEqual(c["status"], "5.1.1")
        self.assertEqual(c["reply_code"], 550)
        self.assertIs(c["hard_bounce"], True)
        self.assertTrue(c["rule"])

    def test_version(self):
        self.assertRegex(bounce.__version__, r"^\d+\.\d+\.\d+$")


if __name__ == "__main__":
    unittest.main()
