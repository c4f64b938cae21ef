// SPDX-License-Identifier: BSD-2-Clause
// The pipeline behind bounce::parse_message: normalise -> mime -> extract -> classify -> records.
#include "bounce/parse.hpp"

#include <algorithm>

#include "bounce/fields.hpp"
#include "bounce/timestamp.hpp"
#include "classify/classifier.hpp"
#include "classify/reason_table.hpp"
#include "detail/string_util.hpp"
#include "esp/events.hpp"
#include "extract/extractor.hpp"
#include "extract/common/addresses.hpp"
#include "extract/common/dsn.hpp"
#include "extract/extractors.hpp"
#include "input/input.hpp"
#include "mime/report.hpp"
#include "pipeline/finish_record.hpp"
#include "pipeline/verp.hpp"

namespace bounce {
namespace {

std::string strip_angles(std::string_view v) {
  v = detail::trim(v);
  if (v.size() >= 2 && v.front() == '<' && v.back() == '>') v = v.substr(1, v.size() - 2);
  return std::string(v);
}

// An address header of the returned message: its first address, else its decoded text.
std::string address_header(std::string_view v) {
  std::string a = extract::kit::find_address(v);
  if (a.empty()) return mime::decode_rfc2047(detail::trim(v));
  return a;  // moved out; in a conditional expression it would be copied
}

// An address of a header, or empty.
std::string address_of(std::string_view v) { return extract::kit::find_address(v); }

// A date field as RFC 3339 with its own offset, or empty when it does not parse.
std::string rfc3339_of(std::string_view v) {
  auto d = parse_date(detail::trim(v));
  return d ? d->to_rfc3339() : std::string();
}

// The newest date of the bounce's Received: fields (each ends in "; date", RFC 5321 4.4), with
// its own offset; empty when none parses.
std::string newest_received(const mime::header_block& headers) {
  std::string best;
  long long best_epoch = 0;
  for (const mime::field f : headers) {
    if (!detail::iequals(f.name, "Received")) continue;
    const std::size_t semi = f.value.rfind(';');
    if (semi == std::string_view::npos) continue;
    std::string when = rfc3339_of(f.value.substr(semi + 1));
    const auto t = parse_rfc3339(when);
    if (t && (best.empty() || t->epoch > best_epoch)) {
      best_epoch = t->epoch;
      best = std::move(when);
    }
  }
  return best;
}

// RFC 2919 2: the list identifier is the part in angle brackets ("Name <id.example.org>").
std::string list_id_of(std::string_view v) {
  v = detail::trim(v);
  const std::size_t lt = v.rfind('<'), gt = v.rfind('>');
  if (lt != std::string_view::npos && gt != std::string_view::npos && lt < gt)
    return std::string(v.substr(lt + 1, gt - lt - 1));
  return std::string(v);
}

// Local parts that receive a site's copies of bounces rather than the sender's own (RFC 5321
// 4.5.1 postmaster; "MAILER-DAEMON" the name of many MTAs' notices): never the sender.
bool site_mailbox(std::string_view address) {
  const std::string_view local = address.substr(0, address.rfind('@'));
  return detail::iequals(local, "postmaster") || detail::iequals(local, "mailer-daemon");
}

// The headers of the bounce that name the address it was delivered to: the envelope recipient
// as MTAs record it at final delivery (Delivered-To: Postfix, qmail, Exim; X-Original-To:
// Postfix; Envelope-To: Exim), then its To.
constexpr std::string_view envelope_headers[] = {"Delivered-To", "X-Original-To", "Envelope-To",
                                                 "X-Envelope-To", "To"};

// The returned message's and the bounce's fields that every record of the message carries.
struct message_fields {
  std::string message_id, from, to, subject;
  std::string return_path;  // the returned message's Return-Path address
  std::string list_id, feedback_id;
  std::string bounce_to, delivered_to;
  std::string date, received;         // the bounce's Date:, its newest Received: date (RFC 3339)
  std::string verp;                   // the recipient a VERP bounce address encodes
  std::vector<std::string> envelope;  // the bounce's envelope-recipient addresses, in order
  std::vector<named_header> headers;  // options::headers
};

message_fields read_fields(const mime::report& rep, const options& opt) {
  const mime::header_block& orig = rep.original;
  message_fields f;
  f.message_id = strip_angles(orig.get("Message-ID"));
  f.from = address_header(orig.get("From"));
  f.to = address_header(orig.get("To"));
  f.subject = mime::decode_rfc2047(detail::trim(orig.get("Subject")));
  f.return_path = address_of(orig.get("Return-Path"));
  f.list_id = list_id_of(orig.get("List-Id"));
  f.feedback_id = std::string(detail::trim(orig.get("Feedback-ID")));
  f.bounce_to = address_of(rep.headers.get("To"));
  f.delivered_to = address_of(rep.headers.get("Delivered-To"));
  f.date = rfc3339_of(rep.headers.get("Date"));
  if (f.date.empty()) f.received = newest_received(rep.headers);
  for (std::string_view name : envelope_headers) {
    std::string a = address_of(rep.headers.get(name));
    if (a.empty() || site_mailbox(a)) continue;
    if (f.verp.empty()) f.verp = pipeline::decode_verp(a, opt.verp);
    f.envelope.push_back(std::move(a));
  }
  if (f.verp.empty()) f.verp = pipeline::decode_verp(f.return_path, opt.verp);
  f.headers.reserve(opt.headers.size());
  for (const std::string& name : opt.headers) {
    named_header& h = f.headers.emplace_back();
    h.name = name;
    if (orig.has(name)) h.value = mime::decode_rfc2047(detail::trim(orig.get(name)));
  }
  return f;
}

// Copies the fields into a record, or moves them into the message's last one: most messages
// have one recipient, and then nothing is copied.
template <typename T>
void give(T& from, bool last, T& to) {
  if (last)
    to = std::move(from);
  else
    to = from;
}
void give_fields(message_fields& f, bool last, record& rec) {
  give(f.message_id, last, rec.original_message_id);
  give(f.from, last, rec.original_from);
  give(f.to, last, rec.original_to);
  give(f.subject, last, rec.original_subject);
  give(f.list_id, last, rec.list_id);
  give(f.feedback_id, last, rec.feedback_id);
  give(f.bounce_to, last, rec.to);
  give(f.delivered_to, last, rec.delivered_to);
  give(f.verp, last, rec.verp_recipient);
  give(f.headers, last, rec.headers);
}

// timestamp: the DSN's Last-Attempt-Date, else its Arrival-Date, else the bounce's Date:, else
// its newest Received: date (docs/record-schema.md).
void set_timestamp(const message_fields& f, record& rec) {
  const std::pair<const std::string*, timestamp_source> order[] = {
      {&rec.last_attempt_date, timestamp_source::last_attempt_date},
      {&rec.arrival_date, timestamp_source::arrival_date},
      {&f.date, timestamp_source::date},
      {&f.received, timestamp_source::received},
  };
  for (const auto& [value, source] : order)
    if (!value->empty()) {
      rec.timestamp = *value;
      rec.timestamp_source = source;
      return;
    }
}

// sender: the returned message's From, else its Return-Path, else the address the bounce was
// delivered to (its envelope recipient, else its To) when that is not the failed recipient
// (a bounce goes to the sender's bounce address, RFC 5321 4.5.5).
void set_sender(const message_fields& f, record& rec) {
  if (extract::kit::is_address(f.from)) {
    rec.sender = f.from;
  } else if (!f.return_path.empty()) {
    rec.sender = f.return_path;
  } else {
    for (const std::string& a : f.envelope)
      if (!detail::iequals(a, rec.recipient)) {
        rec.sender = a;
        break;
      }
  }
}

// Consumes drafts: each one's strings move into its record, and each finished record goes to
// emit at once (a notice with thousands of recipients never holds them all).
void add_records(const mime::report& rep, std::string_view engine,
                 std::vector<extract::draft>& drafts, const options& opt, message_fields& fields,
                 const record_callback& emit, message_summary& out) {
  const bool truncated = drafts.size() > opt.limits.max_recipients;
  if (truncated) {
    drafts.resize(opt.limits.max_recipients);
    out.warnings.emplace_back("truncated_recipients");
  }
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    record rec;
    std::string original_recipient = std::move(drafts[i].original_recipient);
    std::string envelope_id = std::move(drafts[i].envelope_id);
    rules::classify_draft(std::move(drafts[i]), engine, opt.limits, rec);
    if (!opt.wants(rec.reason)) continue;
    rec.original_recipient = std::move(original_recipient);
    rec.envelope_id = std::move(envelope_id);
    set_timestamp(fields, rec);
    set_sender(fields, rec);
    give_fields(fields, i + 1 == drafts.size(), rec);
    pipeline::finish_record(rec, opt);
    rec.warnings.insert(rec.warnings.end(), rep.warnings.begin(), rep.warnings.end());
    if (truncated) rec.warnings.emplace_back("truncated_recipients");
    ++out.records;
    emit(rec);
  }
}

// A bounce that names no recipient (no address at all in its text) but was sent to a VERP
// address: the address encodes the recipient, and the notice's text is the evidence for the reason.
// The record says so (warning recipient_from_verp).
bool draft_from_verp(const mime::report& rep, const message_fields& fields, const options& opt,
                     std::vector<extract::draft>& drafts) {
  if (fields.verp.empty()) return false;
  if (rep.delivery_status.empty() && !extract::kit::presents_as_bounce(rep)) return false;
  // Only when the notice names nobody: an address in its text (other than the bounce address
  // itself) means a format no extractor reads, and which address failed is not known.
  for (const std::string& a : extract::kit::find_addresses(rep.text, 16)) {
    const bool own = std::any_of(fields.envelope.begin(), fields.envelope.end(),
                                 [&](const std::string& e) { return detail::iequals(a, e); });
    if (!own) return false;
  }
  extract::draft& d = drafts.emplace_back();
  d.recipient = fields.verp;
  // The classifier caps the diagnostic at max_diagnostic (UTF-8-safe); copy no more than that
  // much of a long notice's text.
  const std::string_view text = detail::trim(rep.text);
  d.diagnostic.assign(text.substr(0, std::min(text.size(), opt.limits.max_diagnostic + 4)));
  d.warnings.emplace_back("recipient_from_verp");
  return true;
}

// A wrapper (wrapped_report drafts) names nobody itself: its records come from the report it
// wraps.
bool wraps_report(const std::vector<extract::draft>& drafts) {
  return !drafts.empty() && drafts.front().wrapped_report;
}

// The fallback's guesses are not wanted inside a report a gateway attached as a delivery-status
// report: what its extractor does not find is not there.
bool skip_in_wrapped(const extract::extractor& e) { return &e == &extract::fallback_extractor(); }

// The drafts of the bounce report a wrapper attached, read with the caller's limits. A wrapper
// inside it is not unwrapped again.
void read_wrapped_report(std::string_view raw, const options& opt,
                         std::vector<extract::draft>& drafts) {
  auto inner = mime::build_report(raw, opt.limits);
  if (!inner) return;
  extract::run_extractors(*inner, drafts, skip_in_wrapped);
  std::erase_if(drafts, [](const extract::draft& d) { return d.wrapped_report; });
}

// Provider events are read whole (their reader caps them at max_recipients records); their
// records then go out one by one like a notice's.
message_summary emit_events(std::string_view json, const options& opt,
                            const record_callback& emit) {
  parsed_message events = esp::parse_events(json, opt, pipeline::finish_record);
  message_summary out;
  out.warnings = std::move(events.warnings);
  for (record& rec : events.records) {
    ++out.records;
    emit(rec);
  }
  return out;
}

result<message_summary> parse_normalized(std::string_view lf, const options& opt, int depth,
                                         const record_callback& emit) {
  // Provider events (JSON), bare or in an SES notification mail: the same reader (docs/esp.md).
  if (esp::is_event_input(lf)) return emit_events(lf, opt, emit);
  auto rep = mime::build_report(lf, opt.limits);
  if (!rep) return rep.error();
  if (const std::string ses = extract::ses_notification_json(*rep); !ses.empty())
    return emit_events(ses, opt, emit);
  message_summary out;
  std::vector<extract::draft> drafts;
  std::string_view engine = extract::run_extractors(*rep, drafts);
  // A re-run on the returned message, with the caller's options: for a wrapper (x5) its
  // report's recipients become this message's records; for a forwarded bounce (nothing found
  // here) the embedded message's records are the result (a re-run that finds none gave none).
  // Two levels: a person forwards a bounce that is itself forwarded or wrapped (a support
  // mailbox gets both); the work stays bounded (each level reads at most 64 KiB of its
  // returned message).
  constexpr int kMaxReruns = 2;
  bool rerun_left = depth < kMaxReruns;
  if (wraps_report(drafts)) {
    drafts.clear();
    if (rerun_left) read_wrapped_report(rep->original_raw, opt, drafts);
    rerun_left = false;
  }
  if (drafts.empty()) {
    if (rerun_left && !rep->original_raw.empty()) {
      auto inner = parse_normalized(rep->original_raw, opt, depth + 1, emit);
      if (inner && inner->records != 0) return inner;
    }
  }
  message_fields fields = read_fields(*rep, opt);
  if (drafts.empty()) {
    if (!draft_from_verp(*rep, fields, opt, drafts)) {
      // A delivery report that names nobody: its part is there, or its top-level type says it
      // is one (RFC 6522 report-type) though its body could not be read (a relay dropped it).
      if (!rep->delivery_status.empty() || rep->report_type == "delivery-status")
        out.warnings.emplace_back("no_recipient");
      // A fallback (mime_limits, mime_malformed) must be visible even when it left nothing to
      // read.
      out.warnings.insert(out.warnings.end(), rep->warnings.begin(), rep->warnings.end());
      return out;
    }
    if (engine.empty()) engine = "verp";
  }
  add_records(*rep, engine, drafts, opt, fields, emit, out);  // drafts are spent after this
  out.warnings.insert(out.warnings.end(), rep->warnings.begin(), rep->warnings.end());
  return out;
}

}  // namespace

result<message_summary> parse_message_each(std::string_view raw, const message_ref& ref,
                                           const options& opt, const record_callback& emit) {
  if (raw.size() > opt.limits.max_message_bytes) return errc::message_too_large;
  // Every record carries where its message came from; an event keeps its own position.
  const bool events = esp::is_event_input(raw);
  const record_callback stamped = [&](record& rec) {
    rec.source.assign(ref.source);
    if (!events) rec.message_index = ref.index;
    emit(rec);
  };
  if (raw.find('\r') == std::string_view::npos) return parse_normalized(raw, opt, 0, stamped);
  const std::string lf = input::normalize_newlines(raw);
  return parse_normalized(lf, opt, 0, stamped);
}

result<parsed_message> parse_message_at(std::string_view raw, const message_ref& ref,
                                        const options& opt) {
  parsed_message out;
  auto summary = parse_message_each(raw, ref, opt,
                                    [&](record& rec) { out.records.push_back(std::move(rec)); });
  if (!summary) return summary.error();
  out.warnings = std::move(summary->warnings);
  return out;
}

result<parsed_message> parse_message(std::string_view raw, const options& opt) {
  return parse_message_at(raw, message_ref{}, opt);
}

result<std::size_t> for_each_message(std::string_view path, const options& opt,
                                     const message_callback& cb) {
  // The input layer has normalised line endings and enforced the size limit: parse_message_at
  // finds nothing more to do there.
  return input::for_each_raw(
      path, opt.limits,
      [&](std::string_view source, std::size_t index, result<std::string>& bytes) {
        const message_ref ref{source, index};
        if (!bytes) {
          result<parsed_message> failed(bytes.error());
          cb(ref, failed);
          return;
        }
        result<parsed_message> parsed = parse_message_at(*bytes, ref, opt);
        cb(ref, parsed);
      });
}

}  // namespace bounce
