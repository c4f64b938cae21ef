/* SPDX-License-Identifier: BSD-2-Clause */
/* Tests the C API from C (style.md P14). Plain C89-style checks; exit status 1 on any failure. */
#include "bounce.h"

#include <stdio.h>
#include <string.h>

static int failures = 0;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                              \
    }                                                                          \
  } while (0)

static int same(const char *got, const char *want) {
  if (got == NULL || strcmp(got, want) != 0) {
    fprintf(stderr, "  got \"%s\", want \"%s\"\n", got ? got : "(null)", want);
    return 0;
  }
  return 1;
}

static const char dsn[] =
    "From: MAILER-DAEMON@relay.example.com (Mail Delivery System)\r\n"
    "To: sender@example.com\r\n"
    "Subject: Undelivered Mail Returned to Sender\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"XYZ\"\r\n"
    "\r\n"
    "--XYZ\r\n"
    "Content-Type: text/plain\r\n"
    "\r\n"
    "Delivery failed for two recipients.\r\n"
    "--XYZ\r\n"
    "Content-Type: message/delivery-status\r\n"
    "\r\n"
    "Reporting-MTA: dns; relay.example.com\r\n"
    "\r\n"
    "Final-Recipient: rfc822; alice@example.net\r\n"
    "Action: failed\r\n"
    "Status: 5.1.1\r\n"
    "Remote-MTA: dns; mx.example.net\r\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <alice@example.net>: User unknown\r\n"
    "\r\n"
    "Final-Recipient: rfc822; bob@example.net\r\n"
    "Action: failed\r\n"
    "Status: 5.2.2\r\n"
    "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\r\n"
    "--XYZ--\r\n";

/* Status 5.0.0 beside a 550 5.1.1 reply (status_conflict) and a diagnostic byte that is not UTF-8
 * (invalid_utf8): two warnings, the second added by the output. */
static const char warned[] =
    "From: MAILER-DAEMON@relay.example.com\n"
    "To: sender@example.com\n"
    "Subject: Undelivered\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"XYZ\"\n"
    "\n"
    "--XYZ\n"
    "Content-Type: text/plain\n"
    "\n"
    "failed.\n"
    "--XYZ\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; relay.example.com\n"
    "\n"
    "Final-Recipient: rfc822; carol@example.net\n"
    "Action: failed\n"
    "Status: 5.0.0\n"
    "Diagnostic-Code: smtp; 550 5.1.1 Benutzer \xfcnbekannt\n"
    "--XYZ--\n";

/* The schema's field names, in JSON order (docs/record-schema.md), written out independently. */
static const char *const field_names[] = {"source",
                                          "message_index",
                                          "recipient",
                                          "action",
                                          "status",
                                          "status_source",
                                          "status_class_title",
                                          "status_subject_title",
                                          "status_detail_title",
                                          "reply_code",
                                          "reason",
                                          "hard_bounce",
                                          "diagnostic_type",
                                          "diagnostic",
                                          "smtp_command",
                                          "remote_mta",
                                          "reporting_mta",
                                          "arrival_date",
                                          "last_attempt_date",
                                          "original_message_id",
                                          "original_from",
                                          "original_to",
                                          "original_subject",
                                          "feedback_type",
                                          "engine",
                                          "rule",
                                          "warnings",
                                          "timestamp",
                                          "timestamp_source",
                                          "sender",
                                          "sender_domain",
                                          "destination",
                                          "original_recipient",
                                          "list_id",
                                          "feedback_id",
                                          "to",
                                          "delivered_to",
                                          "verp_recipient",
                                          "token",
                                          "headers",
                                          "permanent",
                                          "esp",
                                          "esp_category",
                                          "esp_message_id",
                                          "envelope_id"};

/* Every field name is a key of the JSON line, in the same order, and bounce_result_field gives a
 * value exactly where the JSON has no null. */
static void check_fields_match_json(const bounce_result *r, size_t index) {
  const char *json = bounce_result_json(r, index);
  const char *at = json;
  char key[64];
  size_t i;
  CHECK(json != NULL);
  if (json == NULL) return;
  for (i = 0; i < bounce_field_count(); ++i) {
    const char *found;
    int is_null;
    sprintf(key, "\"%s\":", bounce_field_name(i));
    found = strstr(at, key);
    CHECK(found != NULL);
    if (found == NULL) return;
    at = found + strlen(key);
    is_null = strncmp(at, "null", 4) == 0;
    CHECK(is_null == (bounce_result_field(r, index, bounce_field_name(i)) == NULL));
  }
}

/* SendGrid Event Webhook body: a bounce, an open (not an outcome: no record), a spam report. */
static const char events[] =
    "[{\"email\":\"gone@example.net\",\"event\":\"bounce\",\"type\":\"bounce\","
    "\"sg_event_id\":\"e1\",\"status\":\"5.1.1\",\"reason\":\"550 5.1.1 no such user\"},\n"
    " {\"email\":\"gone@example.net\",\"event\":\"open\",\"sg_event_id\":\"e2\"},\n"
    " {\"email\":\"angry@example.net\",\"event\":\"spamreport\",\"sg_event_id\":\"e3\"}]\n";

int main(void) {
  bounce_result *r;
  const char *json;
  size_t i;

  /* the field list */
  CHECK(bounce_field_count() == sizeof field_names / sizeof field_names[0]);
  for (i = 0; i < sizeof field_names / sizeof field_names[0]; ++i)
    CHECK(same(bounce_field_name(i), field_names[i]));
  CHECK(bounce_field_name(bounce_field_count()) == NULL);

  CHECK(bounce_version() != NULL && strlen(bounce_version()) > 0);

  r = bounce_parse(dsn, sizeof dsn - 1);
  CHECK(r != NULL);
  CHECK(bounce_result_error(r) == NULL);
  CHECK(bounce_result_count(r) == 2);
  CHECK(same(bounce_result_field(r, 0, "recipient"), "alice@example.net"));
  CHECK(same(bounce_result_field(r, 0, "status"), "5.1.1"));
  CHECK(same(bounce_result_field(r, 0, "reason"), "userunknown"));
  CHECK(same(bounce_result_field(r, 0, "hard_bounce"), "true"));
  CHECK(same(bounce_result_field(r, 0, "reply_code"), "550"));
  CHECK(same(bounce_result_field(r, 0, "message_index"), "1"));
  CHECK(same(bounce_result_field(r, 0, "remote_mta"), "mx.example.net"));
  CHECK(same(bounce_result_field(r, 0, "warnings"), "[]"));
  CHECK(same(bounce_result_field(r, 1, "recipient"), "bob@example.net"));
  CHECK(same(bounce_result_field(r, 1, "status"), "5.2.2"));
  CHECK(same(bounce_result_field(r, 1, "hard_bounce"), "false"));
  /* absent (null) fields, unknown names, out-of-range indexes */
  CHECK(bounce_result_field(r, 1, "remote_mta") == NULL);
  CHECK(bounce_result_field(r, 0, "feedback_type") == NULL);
  CHECK(bounce_result_field(r, 0, "no_such_field") == NULL);
  CHECK(bounce_result_field(r, 0, NULL) == NULL);
  CHECK(bounce_result_field(r, 2, "recipient") == NULL);
  CHECK(bounce_result_json(r, 2) == NULL);
  json = bounce_result_json(r, 0);
  CHECK(json != NULL && json[0] == '{' && json[strlen(json) - 1] == '}');
  CHECK(json != NULL && strstr(json, "\"recipient\":\"alice@example.net\"") != NULL);
  check_fields_match_json(r, 0);
  check_fields_match_json(r, 1);
  CHECK(bounce_result_warning_count(r, 0) == 0);
  CHECK(bounce_result_warning(r, 0, 0) == NULL);
  bounce_result_free(r);

  /* warnings, one by one, without parsing JSON */
  r = bounce_parse(warned, sizeof warned - 1);
  CHECK(r != NULL && bounce_result_error(r) == NULL && bounce_result_count(r) == 1);
  CHECK(bounce_result_warning_count(r, 0) == 2);
  CHECK(same(bounce_result_warning(r, 0, 0), "status_conflict"));
  CHECK(same(bounce_result_warning(r, 0, 1), "invalid_utf8"));
  CHECK(bounce_result_warning(r, 0, 2) == NULL);
  CHECK(bounce_result_warning(r, 1, 0) == NULL);
  CHECK(bounce_result_warning_count(r, 1) == 0);
  CHECK(same(bounce_result_field(r, 0, "warnings"), "[\"status_conflict\",\"invalid_utf8\"]"));
  json = bounce_result_json(r, 0);
  CHECK(json != NULL &&
        strstr(json, "\"warnings\":[\"status_conflict\",\"invalid_utf8\"],") != NULL);
  /* fields are the record's bytes; the JSON line has U+FFFD in their place */
  CHECK(same(bounce_result_field(r, 0, "diagnostic"), "550 5.1.1 Benutzer \xfcnbekannt"));
  check_fields_match_json(r, 0);
  bounce_result_free(r);

  /* empty input: an error result, not a crash; NULL data with length 0 is allowed */
  r = bounce_parse("", 0);
  CHECK(r != NULL);
  CHECK(bounce_result_error(r) != NULL);
  CHECK(bounce_result_count(r) == 0);
  CHECK(bounce_result_field(r, 0, "recipient") == NULL);
  bounce_result_free(r);
  r = bounce_parse(NULL, 0);
  CHECK(r != NULL && bounce_result_error(r) != NULL);
  bounce_result_free(r);
  r = bounce_parse(NULL, 5);
  CHECK(r != NULL && bounce_result_error(r) != NULL);
  bounce_result_free(r);

  /* a message that is not a bounce: parsed, no records, no error */
  r = bounce_parse("Subject: hello\n\nhi\n", 19);
  CHECK(r != NULL && bounce_result_error(r) == NULL && bounce_result_count(r) == 0);
  bounce_result_free(r);

  /* options: a header of the returned message, VERP decoding; the new fields */
  {
    static const char verp[] =
        "Date: Wed, 11 Mar 2026 18:45:00 +0100\n"
        "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>\n"
        "To: bounces+lena=example.org@sender.example\n"
        "Subject: Delivery Status Notification (Failure)\n"
        "\n"
        "Your message could not be delivered.\n"
        "550 5.2.1 The mailbox is disabled\n";
    bounce_options *o = bounce_options_new();
    CHECK(o != NULL);
    CHECK(bounce_options_add_header(o, "X-Campaign-Id") == 0);
    CHECK(bounce_options_add_header(o, "Bad:Name") == -1);
    CHECK(bounce_options_add_verp_prefix(o, "a@b") == -1);
    CHECK(bounce_options_set_verp_separator(o, '@') == -1);
    CHECK(bounce_options_add_header(NULL, "X") == -1);
    r = bounce_parse_with(dsn, sizeof dsn - 1, o);
    CHECK(r != NULL && bounce_result_count(r) == 2);
    CHECK(same(bounce_result_field(r, 0, "headers"), "{\"X-Campaign-Id\":null}"));
    /* no returned message, no date: the sender is the address the bounce went to */
    CHECK(same(bounce_result_field(r, 0, "sender"), "sender@example.com"));
    CHECK(same(bounce_result_field(r, 0, "destination"), "example.net"));
    CHECK(bounce_result_field(r, 0, "timestamp") == NULL);
    CHECK(bounce_result_field(r, 0, "token") == NULL);
    check_fields_match_json(r, 0);
    bounce_result_free(r);
    r = bounce_parse_with(verp, sizeof verp - 1, o);
    CHECK(r != NULL && bounce_result_count(r) == 1);
    CHECK(same(bounce_result_field(r, 0, "recipient"), "lena@example.org"));
    CHECK(same(bounce_result_field(r, 0, "verp_recipient"), "lena@example.org"));
    CHECK(same(bounce_result_field(r, 0, "timestamp"), "2026-03-11T18:45:00+01:00"));
    CHECK(same(bounce_result_field(r, 0, "timestamp_source"), "date"));
    CHECK(bounce_result_field(r, 0, "token") != NULL &&
          strlen(bounce_result_field(r, 0, "token")) == 40);
    bounce_result_free(r);
    CHECK(bounce_options_set_verp(o, 0) == 0);
    r = bounce_parse_with(verp, sizeof verp - 1, o);
    CHECK(r != NULL && bounce_result_error(r) == NULL && bounce_result_count(r) == 0);
    bounce_result_free(r);
    bounce_options_free(o);
    bounce_options_free(NULL);
  }
  /* provider events (JSON) are recognised by content: one record per recipient per event,
     message_index the event's position, the provider's label kept (docs/esp.md) */
  r = bounce_parse(events, sizeof events - 1);
  CHECK(r != NULL && bounce_result_error(r) == NULL && bounce_result_count(r) == 2);
  CHECK(same(bounce_result_field(r, 0, "recipient"), "gone@example.net"));
  CHECK(same(bounce_result_field(r, 0, "esp"), "sendgrid"));
  CHECK(same(bounce_result_field(r, 0, "esp_category"), "bounce/bounce"));
  CHECK(same(bounce_result_field(r, 0, "reason"), "userunknown"));
  CHECK(same(bounce_result_field(r, 0, "reply_code"), "550"));
  CHECK(same(bounce_result_field(r, 1, "recipient"), "angry@example.net"));
  CHECK(same(bounce_result_field(r, 1, "message_index"), "3"));
  CHECK(same(bounce_result_field(r, 1, "reason"), "feedback"));
  check_fields_match_json(r, 0);
  bounce_result_free(r);

  /* classify: the reason rules on one text; a provider's code needs its host */
  {
    const char *text = "550 5.1.1 <a@example.net>: Recipient address rejected: User unknown";
    bounce_classification *c = bounce_classify(text, strlen(text), NULL, NULL);
    CHECK(c != NULL);
    CHECK(same(bounce_classification_field(c, "reason"), "userunknown"));
    CHECK(same(bounce_classification_field(c, "status"), "5.1.1"));
    CHECK(same(bounce_classification_field(c, "status_source"), "reply"));
    CHECK(same(bounce_classification_field(c, "reply_code"), "550"));
    CHECK(same(bounce_classification_field(c, "hard_bounce"), "true"));
    CHECK(bounce_classification_field(c, "no_such_key") == NULL);
    CHECK(same(bounce_classification_json(c),
               "{\"reason\":\"userunknown\",\"status\":\"5.1.1\",\"status_source\":\"reply\","
               "\"reply_code\":550,\"hard_bounce\":true,\"rule\":\"text/en/user-unknown\"}"));
    bounce_classification_free(c);

    c = bounce_classify("550 BL000010", 12, "mx1.comcast.net", NULL);
    CHECK(same(bounce_classification_field(c, "rule"), "provider/comcast/000010"));
    bounce_classification_free(c);
    c = bounce_classify("550 BL000010", 12, NULL, "user@comcast.net");
    CHECK(same(bounce_classification_field(c, "rule"), "provider/comcast/000010"));
    bounce_classification_free(c);

    /* no text: nothing known, no status, no reply code (null values are NULL) */
    c = bounce_classify(NULL, 0, NULL, NULL);
    CHECK(c != NULL);
    CHECK(same(bounce_classification_field(c, "reason"), "undefined"));
    CHECK(bounce_classification_field(c, "status") == NULL);
    CHECK(bounce_classification_field(c, "reply_code") == NULL);
    CHECK(same(bounce_classification_field(c, "hard_bounce"), "false"));
    bounce_classification_free(c);
    CHECK(bounce_classification_field(NULL, "reason") == NULL);
    CHECK(bounce_classification_json(NULL) == NULL);
    bounce_classification_free(NULL);
  }

  /* NULL results are tolerated everywhere */
  CHECK(bounce_result_error(NULL) == NULL);
  CHECK(bounce_result_count(NULL) == 0);
  CHECK(bounce_result_field(NULL, 0, "recipient") == NULL);
  CHECK(bounce_result_json(NULL, 0) == NULL);
  CHECK(bounce_result_warning_count(NULL, 0) == 0);
  CHECK(bounce_result_warning(NULL, 0, 0) == NULL);
  bounce_result_free(NULL);

  if (failures)
    fprintf(stderr, "%d check(s) failed\n", failures);
  else
    printf("capi_test: all checks passed\n");
  return failures ? 1 : 0;
}
