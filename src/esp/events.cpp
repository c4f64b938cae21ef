// SPDX-License-Identifier: BSD-2-Clause
// Provider events -> records: finds the events in the input (a single object, an array, JSON
// Lines, the SNS / Mailgun / Mandrill wrappers), hands each to the adapter of its provider, and
// classifies the evidence with the classifier mail goes through.
#include "esp/events.hpp"

#include <string>
#include <utility>
#include <vector>

#include "classify/classifier.hpp"
#include "detail/string_util.hpp"
#include "esp/adapter.hpp"
#include "esp/json.hpp"

namespace bounce::esp {
namespace {

// Tried in this order; each adapter recognises its own shape and says "not mine" to others.
// SendGrid before Mailgun: both have "event", SendGrid's have "email" and sg_* ids.
constexpr provider k_providers[] = {
    {"ses", k_ses_engine, read_ses},
    {"postmark", "postmark", read_postmark},
    {"sparkpost", "sparkpost", read_sparkpost},
    {"mandrill", "mandrill", read_mandrill},
    {"sendgrid", "sendgrid", read_sendgrid},
    {"mailgun", "mailgun", read_mailgun},
};

constexpr std::string_view k_mandrill_field = "mandrill_events=";
// Broken events reported one by one; past this, only their number (a flood of junk must not
// become a flood of warnings).
constexpr std::size_t k_max_reported_errors = 20;

std::string_view skip_bom_and_space(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  std::size_t i = 0;
  while (i < s.size() && detail::is_space(s[i])) ++i;
  return s.substr(i);
}

// application/x-www-form-urlencoded value: '+' is a space, %XX a byte. Never longer than its
// input.
std::string form_decode(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (c == '+') {
      out.push_back(' ');
    } else if (const int b = c == '%' ? detail::hex_byte(v, i + 1) : -1; b >= 0) {
      out.push_back(static_cast<char>(b));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

class reader {
 public:
  reader(const options& opt, record_finisher finish, parsed_message& out)
      : opt_(opt), finish_(finish), out_(out) {}

  void read(std::string_view text) {
    text = skip_bom_and_space(text);
    if (text.substr(0, k_mandrill_field.size()) == k_mandrill_field) {
      std::string_view field = text.substr(k_mandrill_field.size());
      field = field.substr(0, field.find('&'));
      const std::string json = form_decode(field);
      read_stream(json);
    } else {
      read_stream(text);
    }
    // Valid JSON of which nothing is a provider event (a file of bounce's own records, some
    // other JSON document) is not event input at all, as a message that is not a bounce: no
    // records and no error, a warning. Among provider events, an unknown one is an error.
    if (recognised_ == 0 && unknown_count_ != 0) {
      out_.warnings.push_back("no_provider_event: " + std::to_string(unknown_count_) +
                              " JSON values of no known provider shape");
    } else {
      for (auto& u : unknown_) report(u.first, u.second);
    }
    if (skipped_ != 0)
      out_.warnings.push_back("skipped_events: " + std::to_string(skipped_) +
                              " (not delivery outcomes)");
    if (errors_ > k_max_reported_errors)
      out_.warnings.push_back("error: " + std::to_string(errors_ - k_max_reported_errors) +
                              " more broken events");
  }

 private:
  // The events of text: the items of a top-level array, or one value after another (a single
  // event, JSON Lines).
  void read_stream(std::string_view text) {
    base_ = text;
    std::size_t i = skip_ws(text, 0);
    if (i < text.size() && text[i] == '[') {
      read_array(text, i);
      return;
    }
    while (!stopped_) {
      i = skip_ws(text, i);
      if (i >= text.size()) return;
      std::size_t end = 0;
      json::error err;
      if (text[i] != '{' && text[i] != '[') {
        err = {json::error_kind::syntax, i};
      } else if (json::value_extent(text, i, opt_.limits.max_event_depth,
                                    opt_.limits.max_event_bytes, end, err)) {
        read_value(text.substr(i, end - i), i);
        i = end;
        continue;
      }
      // A broken value: report it, then go on at the next line that starts a value (JSON
      // Lines), if any.
      fail(position_ + 1, err);
      ++position_;
      const std::size_t next = text.find("\n{", i + 1);
      if (next == std::string_view::npos) return;
      i = next + 1;
    }
  }

  void read_array(std::string_view text, std::size_t i) {
    ++i;  // '['
    while (!stopped_) {
      i = skip_ws(text, i);
      if (i >= text.size()) {
        fail(position_ + 1, {json::error_kind::truncated, i});
        return;
      }
      if (text[i] == ']') return;
      std::size_t end = 0;
      json::error err;
      if (!json::value_extent(text, i, opt_.limits.max_event_depth, opt_.limits.max_event_bytes,
                              end, err)) {
        // Without the item's end there is no next item to go on with.
        fail(position_ + 1, err);
        return;
      }
      read_value(text.substr(i, end - i), i);
      i = skip_ws(text, end);
      if (i < text.size() && text[i] == ',') {
        ++i;
      } else if (i >= text.size()) {
        fail(position_ + 1, {json::error_kind::truncated, i});
        return;
      } else if (text[i] != ']') {
        fail(position_ + 1, {json::error_kind::syntax, i});
        return;
      }
    }
  }

  static std::size_t skip_ws(std::string_view s, std::size_t i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    return i;
  }

  // One event as written: a new position.
  void read_value(std::string_view text, std::size_t offset) {
    if (!next_position()) return;
    json::error err;
    if (!json::parse(text, opt_.limits.max_event_depth, value_, err)) {
      err.offset += offset;
      fail(position_, err);
      return;
    }
    unwrap(value_);
  }

  bool next_position() {
    if (position_ >= opt_.limits.max_events) {
      report(position_ + 1, "too many events (limit " + std::to_string(opt_.limits.max_events) +
                                "); the rest of the input is not read");
      stopped_ = true;
      return false;
    }
    ++position_;
    return true;
  }

  // The wrappers providers put around events.
  void unwrap(const json::value& v) {
    if (v.is_array()) {  // an array inside a line or a form field: its items are the events
      for (std::size_t k = 0; k < v.items.size() && !stopped_; ++k) {
        if (k != 0 && !next_position()) return;
        dispatch(v.items[k]);
      }
      return;
    }
    if (!v.is_object()) {
      unknown(position_, "not an event object");
      return;
    }
    // Amazon SNS: {"Type": "Notification", "Message": "<the event as a JSON string>"}.
    const std::string_view sns_type = v.str("Type");
    if ((sns_type == "Notification" || sns_type == "SubscriptionConfirmation" ||
         sns_type == "UnsubscribeConfirmation") &&
        (v.get("TopicArn") || v.get("Message"))) {
      const json::value* message = v.get("Message");
      if (sns_type != "Notification" || !message || message->type != json::value::kind::string) {
        ++skipped_;  // SubscriptionConfirmation, UnsubscribeConfirmation
        ++recognised_;
        return;
      }
      json::value inner;
      json::error err;
      if (!json::parse(message->text, opt_.limits.max_event_depth, inner, err)) {
        report(position_, std::string(json::to_string(err.kind)) + " in the SNS Message");
        return;
      }
      dispatch(inner);
      return;
    }
    // Mailgun webhook: {"signature": {...}, "event-data": {...}}.
    if (const json::value* data = v.get("event-data"); data && data->is_object()) {
      dispatch(*data);
      return;
    }
    // Mailgun Events API page: {"items": [...], "paging": {...}}.
    if (const json::value* items = v.get("items"); items && items->is_array() && v.get("paging")) {
      unwrap(*items);
      return;
    }
    dispatch(v);
  }

  void dispatch(const json::value& v) {
    if (!v.is_object()) {
      unknown(position_, "not an event object");
      return;
    }
    for (const provider& p : k_providers) {
      evidence_.clear();
      const verdict r = p.read(v, evidence_);
      if (r == verdict::not_mine) continue;
      if (r == verdict::skipped) {
        ++skipped_;
        ++recognised_;
        return;
      }
      ++recognised_;
      emit(p);
      return;
    }
    unknown(position_, "unknown event shape");
  }

  void emit(const provider& p) {
    for (evidence& e : evidence_) {
      if (out_.records.size() >= opt_.limits.max_recipients) {
        if (!truncated_) out_.warnings.emplace_back("truncated_recipients");
        truncated_ = true;
        return;
      }
      record& rec = out_.records.emplace_back();
      rules::classify_draft(std::move(e.d), p.engine, opt_.limits, rec);
      if (!opt_.wants(rec.reason)) {
        out_.records.pop_back();
        continue;
      }
      // The payload's own code stays what the payload says (Mailgun's 605, a 4xx with a 5.x.x
      // status): the classifier's consistency check is for codes found in text.
      if (e.stated_reply) rec.reply_code = e.stated_reply;
      rec.message_index = position_;
      rec.esp.assign(p.esp);
      rec.esp_category = std::move(e.category);
      rec.esp_message_id = std::move(e.message_id);
      if (!e.timestamp.empty()) {
        rec.timestamp = std::move(e.timestamp);
        rec.timestamp_source = timestamp_source::event;
      }
      rec.sender = std::move(e.sender);
      rec.original_message_id = std::move(e.original_message_id);
      rec.original_from = std::move(e.original_from);
      rec.original_to = std::move(e.original_to);
      rec.original_subject = std::move(e.original_subject);
      rec.list_id = std::move(e.list_id);
      rec.feedback_id = std::move(e.feedback_id);
      rec.headers.reserve(opt_.headers.size());
      for (const std::string& name : opt_.headers)
        rec.headers.push_back({name, header_value(e.headers, name)});
      if (finish_) finish_(rec, opt_);
    }
  }

  void fail(std::size_t position, const json::error& err) {
    report(position,
           std::string(json::to_string(err.kind)) + " at byte " + std::to_string(err.offset));
  }

  // An event of no known shape: an error, unless the input turns out to hold no provider event
  // at all (read()). Kept until then, as many as can be reported.
  void unknown(std::size_t position, std::string_view what) {
    if (++unknown_count_ <= k_max_reported_errors) unknown_.emplace_back(position, what);
  }

  void report(std::size_t position, const std::string& what) {
    if (++errors_ > k_max_reported_errors) return;
    out_.warnings.push_back("error: event " + std::to_string(position) + ": " + what);
  }

  const options& opt_;
  record_finisher finish_;
  parsed_message& out_;
  std::string_view base_;
  json::value value_;  // reused from one event to the next
  std::vector<evidence> evidence_;
  std::vector<std::pair<std::size_t, std::string>> unknown_;
  std::size_t position_ = 0, skipped_ = 0, errors_ = 0, recognised_ = 0, unknown_count_ = 0;
  bool stopped_ = false, truncated_ = false;
};

}  // namespace

bool is_event_input(std::string_view bytes) noexcept {
  bytes = skip_bom_and_space(bytes);
  if (bytes.empty()) return false;
  return bytes.front() == '{' || bytes.front() == '[' ||
         bytes.substr(0, k_mandrill_field.size()) == k_mandrill_field;
}

parsed_message parse_events(std::string_view bytes, const options& opt, record_finisher finish) {
  parsed_message out;
  reader(opt, finish, out).read(bytes);
  return out;
}

}  // namespace bounce::esp
