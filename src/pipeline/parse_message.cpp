// SPDX-License-Identifier: BSD-2-Clause
// The pipeline behind bounce::parse_message: normalise -> mime -> extract -> classify -> records.
#include "bounce/parse.hpp"

#include "classify/classifier.hpp"
#include "classify/reason_table.hpp"
#include "detail/string_util.hpp"
#include "esp/events.hpp"
#include "extract/extractor.hpp"
#include "extract/common/addresses.hpp"
#include "extract/extractors.hpp"
#include "input/input.hpp"
#include "mime/report.hpp"
#include "pipeline/finish_record.hpp"

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

bool wanted(const record& r, const options& opt) {
  switch (r.reason) {
    case reason_kind::delivered:
      return opt.include_delivered;
    case reason_kind::feedback:
      return opt.include_feedback;
    case reason_kind::vacation:
      return opt.include_vacation;
    default:
      return true;
  }
}

// The returned message's fields that every record of the message carries.
struct message_fields {
  std::string message_id, from, to, subject;
};

// Copies the fields into a record, or moves them into the message's last one: most messages
// have one recipient, and then nothing is copied.
void give_fields(message_fields& f, bool last, record& rec) {
  if (last) {
    rec.original_message_id = std::move(f.message_id);
    rec.original_from = std::move(f.from);
    rec.original_to = std::move(f.to);
    rec.original_subject = std::move(f.subject);
  } else {
    rec.original_message_id = f.message_id;
    rec.original_from = f.from;
    rec.original_to = f.to;
    rec.original_subject = f.subject;
  }
}

// Consumes drafts: each one's strings move into its record.
void add_records(const mime::report& rep, std::string_view engine,
                 std::vector<extract::draft>& drafts, const options& opt, parsed_message& out) {
  message_fields fields{strip_angles(rep.original.get("Message-ID")),
                        address_header(rep.original.get("From")),
                        address_header(rep.original.get("To")),
                        mime::decode_rfc2047(detail::trim(rep.original.get("Subject")))};
  if (drafts.size() > opt.limits.max_recipients) {
    drafts.resize(opt.limits.max_recipients);
    out.warnings.emplace_back("truncated_recipients");
  }
  const bool truncated = !out.warnings.empty() && out.warnings.back() == "truncated_recipients";
  // Each record is classified where it stays (a record is two dozen strings: moving it costs).
  out.records.reserve(out.records.size() + drafts.size());
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    record& rec = out.records.emplace_back();
    rules::classify_draft(std::move(drafts[i]), engine, opt.limits, rec);
    if (!wanted(rec, opt)) {
      out.records.pop_back();
      continue;
    }
    give_fields(fields, i + 1 == drafts.size(), rec);
    pipeline::finish_record(rec, opt);
    rec.warnings.insert(rec.warnings.end(), rep.warnings.begin(), rep.warnings.end());
    if (truncated) rec.warnings.emplace_back("truncated_recipients");
  }
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
// inside it is not unwrapped again: the pipeline re-runs once.
void read_wrapped_report(std::string_view raw, const options& opt,
                         std::vector<extract::draft>& drafts) {
  auto inner = mime::build_report(raw, opt.limits);
  if (!inner) return;
  extract::run_extractors(*inner, drafts, skip_in_wrapped);
  std::erase_if(drafts, [](const extract::draft& d) { return d.wrapped_report; });
}

result<parsed_message> parse_normalized(std::string_view lf, const options& opt, int depth) {
  // Provider events (JSON), bare or in an SES notification mail: the same reader (docs/esp.md).
  if (esp::is_event_input(lf)) return esp::parse_events(lf, opt, pipeline::finish_record);
  auto rep = mime::build_report(lf, opt.limits);
  if (!rep) return rep.error();
  if (const std::string ses = extract::ses_notification_json(*rep); !ses.empty())
    return esp::parse_events(ses, opt, pipeline::finish_record);
  parsed_message out;
  std::vector<extract::draft> drafts;
  std::string_view engine = extract::run_extractors(*rep, drafts);
  // The one re-run, on the returned message, with the caller's options: for a wrapper (x5) its
  // report's recipients become this message's records; for a forwarded bounce (nothing found
  // here) the embedded message's records are the result.
  bool rerun_left = depth == 0;
  if (wraps_report(drafts)) {
    drafts.clear();
    if (rerun_left) read_wrapped_report(rep->original_raw, opt, drafts);
    rerun_left = false;
  }
  if (drafts.empty()) {
    if (rerun_left && !rep->original_raw.empty()) {
      auto inner = parse_normalized(rep->original_raw, opt, depth + 1);
      if (inner && !inner->records.empty()) return inner;
    }
    if (!rep->delivery_status.empty()) out.warnings.emplace_back("no_recipient");
    // A fallback (mime_limits, mime_malformed) must be visible even when it left nothing to read.
    out.warnings.insert(out.warnings.end(), rep->warnings.begin(), rep->warnings.end());
    return out;
  }
  add_records(*rep, engine, drafts, opt, out);  // drafts are spent after this
  out.warnings.insert(out.warnings.end(), rep->warnings.begin(), rep->warnings.end());
  return out;
}

}  // namespace

result<parsed_message> parse_message(std::string_view raw, const options& opt) {
  if (raw.size() > opt.limits.max_message_bytes) return errc::message_too_large;
  if (raw.find('\r') == std::string_view::npos) return parse_normalized(raw, opt, 0);
  const std::string lf = input::normalize_newlines(raw);
  return parse_normalized(lf, opt, 0);
}

result<std::size_t> for_each_message(std::string_view path, const options& opt,
                                     const message_callback& cb) {
  return input::for_each_raw(
      path, opt.limits,
      [&](std::string_view source, std::size_t index, result<std::string>& bytes) {
        message_ref ref{source, index};
        if (!bytes) {
          result<parsed_message> failed(bytes.error());
          cb(ref, failed);
          return;
        }
        result<parsed_message> parsed = parse_normalized(*bytes, opt, 0);
        if (parsed) {
          const bool events = esp::is_event_input(*bytes);  // events keep their position
          for (auto& rec : parsed->records) {
            rec.source = std::string(source);
            if (!events) rec.message_index = index;
          }
        }
        cb(ref, parsed);
      });
}

}  // namespace bounce
