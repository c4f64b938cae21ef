// SPDX-License-Identifier: BSD-2-Clause
// Provider events through parse_message (src/esp/): detection by content, one record per
// recipient per outcome event with the event's position, the provider's label kept as evidence,
// skipped and broken events, the limits, and mail-borne SES notifications giving the records of
// the bare JSON.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/read_file.hpp"
#include "bounce/jsonl.hpp"
#include "bounce/parse.hpp"
#include "esp/events.hpp"

using namespace bounce;
using bounce::testing::read_file;

namespace {

parsed_message parse(std::string_view bytes, const options& opt = {}) {
  auto r = parse_message(bytes, opt);
  REQUIRE(r);
  return std::move(*r);
}

bool has_warning(const parsed_message& m, std::string_view prefix) {
  for (const auto& w : m.warnings)
    if (w.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace

TEST_CASE("esp: input is recognised by content, not by name") {
  struct detect_case {
    std::string_view text;
    bool events;
  };
  const detect_case cases[] = {
      {"{\"event\":\"bounce\"}", true},
      {"\xEF\xBB\xBF\n  [ {} ]", true},
      {"mandrill_events=%5B%5D", true},
      {"From: a@example.org\n\n{\"notificationType\":\"Bounce\"}", false},
      {"", false},
      {"   ", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(esp::is_event_input(c.text) == c.events);
  }
}

TEST_CASE("esp: one record per recipient per outcome event, in order, with its position") {
  const std::string events = R"([
    {"email": "a@example.net", "event": "bounce", "type": "blocked", "sg_event_id": "1",
     "sg_message_id": "m1", "timestamp": 1772445600, "status": "5.7.13",
     "reason": "525 5.7.13 Disabled recipient address"},
    {"email": "b@example.net", "event": "open", "sg_event_id": "2", "timestamp": 1772445601},
    {"RecordType": "Bounce", "Type": "HardBounce", "TypeCode": 1, "Email": "c@example.net",
     "Details": "smtp;550 5.1.1 no such user", "From": "Shop <shop@example.org>",
     "MessageID": "pm-1", "BouncedAt": "2026-03-02T13:00:00Z"}
  ])";
  const parsed_message m = parse(events);
  REQUIRE(m.records.size() == 2);
  const record& a = m.records[0];
  CHECK(a.recipient == "a@example.net");
  CHECK(a.message_index == 1);
  CHECK(a.esp == "sendgrid");
  CHECK(a.esp_category == "bounce/blocked");
  CHECK(a.esp_message_id == "m1");
  CHECK(a.status->to_string() == "5.7.13");
  CHECK(a.reply_code == 525);
  CHECK(a.timestamp == "2026-03-02T10:00:00Z");
  CHECK(a.timestamp_source == timestamp_source::event);
  CHECK(a.destination == "example.net");  // finish_record ran
  // The label says "blocked"; the reply says the address is disabled: the classifier decides.
  CHECK(a.reason == reason_kind::suspend);
  const record& c = m.records[1];
  CHECK(c.message_index == 3);
  CHECK(c.esp == "postmark");
  CHECK(c.reason == reason_kind::userunknown);
  CHECK(c.sender == "shop@example.org");
  CHECK(c.sender_domain == "example.org");
  CHECK(has_warning(m, "skipped_events: 1"));
}

TEST_CASE("esp: a provider label is evidence, the SMTP reply can name a more specific cause") {
  // SES labels this Transient; the reply is a permanent 5.1.1 user unknown.
  const std::string ses = R"({"notificationType": "Bounce", "mail": {"messageId": "x",
    "source": "a@example.org"}, "bounce": {"bounceType": "Transient", "bounceSubType": "General",
    "bouncedRecipients": [{"emailAddress": "u@example.net", "status": "5.1.1",
    "diagnosticCode": "smtp; 550 5.1.1 user unknown"}]}})";
  const parsed_message m = parse(ses);
  REQUIRE(m.records.size() == 1);
  CHECK(m.records[0].reason == reason_kind::userunknown);
  CHECK(m.records[0].esp_category == "Transient/General");
  CHECK(m.records[0].action == action_kind::delayed);
}

TEST_CASE("esp: a broken or unknown event is an error for that event only") {
  const std::string lines =
      "{\"email\":\"a@example.net\",\"event\":\"dropped\",\"sg_event_id\":\"1\","
      "\"reason\":\"Bounced Address\"}\n"
      "{\"email\":\"b@example.net\",\"event\":\"bou\n"
      "{\"hello\":\"world\"}\n"
      "{\"email\":\"c@example.net\",\"event\":\"spamreport\",\"sg_event_id\":\"3\"}\n";
  const parsed_message m = parse(lines);
  REQUIRE(m.records.size() == 2);
  CHECK(m.records[0].recipient == "a@example.net");
  CHECK(m.records[0].reason == reason_kind::suppressed);
  CHECK(m.records[1].recipient == "c@example.net");
  CHECK(m.records[1].message_index == 4);
  CHECK(has_warning(m, "error: event 2: truncated JSON"));
  CHECK(has_warning(m, "error: event 3: unknown event shape"));
}

TEST_CASE("esp: JSON with no provider event in it is not event input: no records, no error") {
  // bounce's own records fed back in, or any other JSON document.
  const parsed_message m = parse(
      "{\"source\":\"a.eml\",\"recipient\":\"a@example.net\",\"reason\":\"userunknown\"}\n"
      "{\"source\":\"b.eml\",\"recipient\":\"b@example.net\",\"reason\":\"expired\"}\n");
  CHECK(m.records.empty());
  CHECK_FALSE(has_warning(m, "error:"));
  CHECK(has_warning(m, "no_provider_event: 2"));
}

TEST_CASE("esp: limits bound hostile input: depth, event size, event count") {
  options opt;
  SUBCASE("10k-deep nesting") {
    const parsed_message m = parse(std::string(10000, '[') + std::string(10000, ']'), opt);
    CHECK(m.records.empty());
    CHECK(has_warning(m, "error: event 1: JSON nested too deep"));
  }
  SUBCASE("an event over max_event_bytes") {
    opt.limits.max_event_bytes = 100;
    const parsed_message m = parse("[{\"email\":\"" + std::string(500, 'a') + "\"}]", opt);
    CHECK(m.records.empty());
    CHECK(has_warning(m, "error: event 1: event too large"));
  }
  SUBCASE("100 MB of array: an error after max_events, quickly, not an OOM") {
    opt.limits.max_message_bytes = 200u << 20;
    std::string big = "[";
    const std::string item = R"({"email":"a@example.net","event":"open","sg_event_id":"1"},)";
    big.reserve((100u << 20) + item.size());
    while (big.size() < (100u << 20)) big += item;
    big += "{}]";
    const auto t0 = std::chrono::steady_clock::now();
    const parsed_message m = parse(big, opt);
    const auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK(m.records.empty());
    CHECK(has_warning(m, "error: event 100001: too many events (limit 100000)"));
    CHECK(secs < 20.0);
  }
  SUBCASE("truncated in the middle of the array") {
    const parsed_message m = parse(R"([{"email":"a@example.net","event":"spamreport",
        "sg_event_id":"1"}, {"email":"b@exa)");
    REQUIRE(m.records.size() == 1);
    CHECK(has_warning(m, "error: event 2: truncated JSON"));
  }
}

TEST_CASE("esp: a mail-borne SES notification gives the records of the bare JSON") {
  const std::filesystem::path dir = std::filesystem::path(BOUNCE_SOURCE_DIR) / "corpus/esp/ses";
  const std::string bare = read_file(dir / "sns-bounce-inner.json");
  REQUIRE(!bare.empty());
  // The SNS e-mail form: the event as the body of a notification mail.
  const std::string mail =
      "From: AWS Notifications <no-reply@sns.amazonaws.com>\n"
      "To: ops@example.org\n"
      "Subject: AWS Notification Message\n"
      "x-amz-sns-message-id: 00000000-1111-2222-3333-444444444444\n"
      "Content-Type: text/plain; charset=UTF-8\n\n" +
      bare +
      "\n--\nIf you wish to stop receiving notifications from this topic, please click "
      "below.\n";
  const parsed_message from_json = parse(bare), from_mail = parse(mail);
  REQUIRE(from_json.records.size() == 2);
  REQUIRE(from_mail.records.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    std::string a, b;
    append_json(a, from_json.records[i]);
    append_json(b, from_mail.records[i]);
    CHECK(a == b);
  }
}

TEST_CASE("esp: the corpus samples give the expected reasons per provider label") {
  // A spot check across providers; the golden test holds the full records.
  struct expect {
    std::string_view file, recipient;
    reason_kind reason;
  };
  const expect cases[] = {
      {"ses/bounce-subtypes.ndjson", "user4@example.net", reason_kind::suppressed},
      {"ses/event-publishing.json", "virus@example.net", reason_kind::virusdetected},
      {"mailgun/events-page.json", "supp@example.net", reason_kind::suppressed},
      {"mandrill/webhook.form", "nouser@example.net", reason_kind::userunknown},
      {"sparkpost/webhook.json", "away@example.net", reason_kind::vacation},
      {"postmark/webhooks.ndjson", "pm04@example.net", reason_kind::vacation},
  };
  const std::filesystem::path dir = std::filesystem::path(BOUNCE_SOURCE_DIR) / "corpus/esp";
  for (const auto& c : cases) {
    CAPTURE(c.file);
    const parsed_message m = parse(read_file(dir / c.file));
    bool found = false;
    for (const auto& r : m.records)
      if (r.recipient == c.recipient) {
        found = true;
        CHECK(r.reason == c.reason);
      }
    CHECK(found);
  }
}

TEST_CASE(
    "esp: --header looks in the event's own headers, then its metadata, by name in any case") {
  // corpus/esp/<provider>/metadata.json. A real header comes before a metadata key of the same
  // name; a number or boolean is its JSON text; an object or list (other than SES tag values and
  // SendGrid categories, joined) gives null, as does a name the event does not carry.
  struct header_case {
    std::string_view file, name;
    std::optional<std::string_view> value;
    std::size_t index = 0;  // the record of the file
  };
  const std::optional<std::string_view> none;
  const header_case cases[] = {
      // SES: mail.headers, then mail.tags.
      {"ses/metadata.json", "x-campaign-id", "spring-2026"},  // the header, not the tag
      {"ses/metadata.json", "SUBJECT", "Your March offers"},
      {"ses/metadata.json", "PLAN", "pro"},               // tag "Plan"
      {"ses/metadata.json", "segment", "returning, eu"},  // a tag of two values
      {"ses/metadata.json", "X-None", none},
      // SendGrid (no headers in its events): custom arguments, then category.
      {"sendgrid/metadata.json", "user_id", "u-1001"},  // "User_Id"
      {"sendgrid/metadata.json", "user_id", "u-1002", 1},
      {"sendgrid/metadata.json", "Category", "newsletter, spring"},
      {"sendgrid/metadata.json", "category", "transactional", 1},
      {"sendgrid/metadata.json", "attempt_no", "3"},
      {"sendgrid/metadata.json", "is_test", "false"},
      {"sendgrid/metadata.json", "extra", none},  // an object
      {"sendgrid/metadata.json", "email", none},  // SendGrid's own field, not a custom argument
      {"sendgrid/metadata.json", "X-None", none},
      // Mailgun: message.headers, then user-variables.
      {"mailgun/metadata.json", "Message-ID", "20260302.mg.meta@mg.example.org"},
      {"mailgun/metadata.json", "Subject", "Your March offers"},  // not the variable "subject"
      {"mailgun/metadata.json", "USER-ID", "u-1001"},
      {"mailgun/metadata.json", "plan_level", "2"},
      {"mailgun/metadata.json", "profile", none},  // an object
      {"mailgun/metadata.json", "tags", none},     // not a source
      {"mailgun/metadata.json", "X-None", none},
      // Postmark: Headers, then Metadata, then Tag.
      {"postmark/metadata.json", "x-campaign-id", "spring-2026"},  // Headers before Metadata
      {"postmark/metadata.json", "userid", "u-1001"},
      {"postmark/metadata.json", "tag", "spring-offers"},
      {"postmark/metadata.json", "cohort", "7"},
      {"postmark/metadata.json", "VIP", "true"},
      {"postmark/metadata.json", "X-None", none},
      // SparkPost (no headers in its events): rcpt_meta, then campaign_id.
      {"sparkpost/metadata.json", "user_id", "u-1001"},
      {"sparkpost/metadata.json", "Campaign_ID", "spring-2026"},
      {"sparkpost/metadata.json", "score", "4.5"},
      {"sparkpost/metadata.json", "prefs", none},  // a list
      {"sparkpost/metadata.json", "tags", none},
      {"sparkpost/metadata.json", "X-None", none},
      // Mandrill (no headers in its events): msg.metadata.
      {"mandrill/metadata.json", "USER_ID", "111"},  // a number, as written
      {"mandrill/metadata.json", "plan", "pro"},
      {"mandrill/metadata.json", "flags", none},  // an object
      {"mandrill/metadata.json", "tags", none},
      {"mandrill/metadata.json", "X-None", none},
  };
  const std::filesystem::path dir = std::filesystem::path(BOUNCE_SOURCE_DIR) / "corpus/esp";
  for (const auto& c : cases) {
    CAPTURE(c.file);
    CAPTURE(c.name);
    options opt;
    opt.headers = {std::string(c.name)};
    const parsed_message m = parse(read_file(dir / c.file), opt);
    REQUIRE(m.records.size() > c.index);
    const record& r = m.records[c.index];
    REQUIRE(r.headers.size() == 1);
    CHECK(r.headers[0].name == c.name);  // the name as asked
    CHECK(r.headers[0].value.has_value() == c.value.has_value());
    if (c.value && r.headers[0].value) CHECK(*r.headers[0].value == *c.value);
  }
}

TEST_CASE("esp: --header names come in the order asked, and none asked gives none") {
  const std::filesystem::path dir = std::filesystem::path(BOUNCE_SOURCE_DIR) / "corpus/esp";
  const std::string bytes = read_file(dir / "ses/metadata.json");
  options opt;
  opt.headers = {"X-None", "X-User-Id", "segment"};
  const parsed_message m = parse(bytes, opt);
  REQUIRE(m.records.size() == 1);
  const auto& h = m.records[0].headers;
  REQUIRE(h.size() == 3);
  CHECK(h[0].name == "X-None");
  CHECK(!h[0].value);
  CHECK(h[1].value == std::optional<std::string>("u-1001"));
  CHECK(h[2].value == std::optional<std::string>("returning, eu"));
  std::string json;
  append_json(json, m.records[0]);
  CHECK(json.find(R"("headers":{"X-None":null,"X-User-Id":"u-1001","segment":"returning, eu"})") !=
        std::string::npos);
  const parsed_message plain = parse(bytes);
  REQUIRE(plain.records.size() == 1);
  CHECK(plain.records[0].headers.empty());
}
