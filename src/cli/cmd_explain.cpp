// SPDX-License-Identifier: BSD-2-Clause
// bounce explain FILE...: for each record, in words, which part of the bounce it came from and
// which rule decided its reason, and the evidence that lost (bounce::reason_candidates, which
// asks the reason stages again on what the record carries).
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/bounce.hpp"
#include "bounce/classify.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/exit_status.hpp"

namespace bounce::cli {
namespace {

constexpr const char* explain_usage =
    "usage: bounce explain [options] PATH...\n"
    "\n"
    "Parses PATH... (a message, a directory, an mbox or - for stdin) and explains each record in\n"
    "plain text: which extractor read which part of the bounce, where the status code came from,\n"
    "which rule decided the reason, the evidence that lost (each stage that found something,\n"
    "its rule and reason, and why it lost), and what the warnings mean.\n"
    "\n"
    "options:\n"
    "  --failures-only   leave out delivered, feedback and vacation records\n"
    "  -h, --help        this text\n"
    "\n"
    "exit status: 0 every input was read; 1 some inputs were not mail or could not be parsed;\n"
    "2 usage error; 3 an input path could not be opened; 4 output could not be written\n";

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string engine_text(std::string_view e) {
  if (e == "rfc3464")
    return "the standard extractor (rfc3464) read the machine-readable delivery report "
           "(the message/delivery-status part of a multipart/report, RFC 3464)";
  if (e == "fallback")
    return "the generic text scan (fallback) read the human-readable text, because no "
           "machine-readable report or MTA-specific format was recognised";
  if (e == "arf")
    return "the feedback-report extractor (arf) read the message/feedback-report part (RFC 5965)";
  if (e == "rfc3834")
    return "the auto-reply extractor (rfc3834) read the Auto-Submitted headers and the text of an "
           "automatic reply (RFC 3834)";
  return "the " + std::string(e) +
         " extractor recognised that MTA's or provider's own format and read "
         "its notice (its text part, and its delivery report when it sends one)";
}

std::string status_text(const record& r) {
  if (!r.status) return "no status code (normal for feedback reports and auto-replies)";
  std::string s = r.status->to_string();
  if (!r.status_detail_title.empty()) s += " \"" + r.status_detail_title + "\"";
  if (!r.status_class_title.empty())
    s += " (" + r.status_class_title +
         (r.status_subject_title.empty() ? "" : " / " + r.status_subject_title) + ")";
  if (!r.status_source) return s;
  switch (*r.status_source) {
    case status_source::dsn:
      s += ", taken from the Status: field of the delivery report";
      break;
    case status_source::reply:
      s += ", taken from the enhanced code inside the SMTP reply text";
      break;
    case status_source::text:
      s += ", found in the prose of the notice by the extractor";
      break;
    case status_source::inferred:
      s += ", inferred from the reason because the bounce carried no code (class from the "
           "action, reply code or wording)";
      break;
  }
  return s;
}

std::string rule_text(const record& r) {
  const std::string_view rule = r.rule;
  const std::string reason(to_string(r.reason));
  const std::string q = "\"" + r.rule + "\"";
  if (starts_with(rule, "status/"))
    return q + ": the status code " + std::string(rule.substr(7)) +
           " has a specific meaning, "
           "which maps to " +
           reason;
  if (starts_with(rule, "class/"))
    return q +
           ": nothing more specific matched, so a general fallback on the status subject, "
           "reply code, SMTP command or diagnostic type gave " +
           reason;
  if (starts_with(rule, "text/")) {
    const auto slash = rule.find('/', 5);
    const std::string lang(rule.substr(5, slash == std::string_view::npos ? 0 : slash - 5));
    return q + ": a phrase in the diagnostic text (phrase set \"" +
           std::string(slash == std::string_view::npos ? rule.substr(5) : rule.substr(slash + 1)) +
           "\"" + (lang.empty() ? "" : ", language " + lang) + ") matched, which means " + reason;
  }
  if (starts_with(rule, "provider/"))
    return q +
           ": a provider-specific rule (keyed on the remote host or recipient domain) matched "
           "the provider's wording, which means " +
           reason;
  if (starts_with(rule, "extractor/"))
    return q + ": the extractor's format states the reason itself (" + reason + ")";
  if (starts_with(rule, "outcome/"))
    return q + ": the report states the outcome itself (" + reason + ")";
  if (rule == "fallback/onhold")
    return q + ": there is a diagnostic text but no rule recognised it, so the record is onhold";
  if (rule == "fallback/undefined")
    return q + ": there was no diagnostic text or code to judge, so the reason is undefined";
  if (rule.empty()) return "no rule name recorded; reason " + reason;
  return q + " decided " + reason;
}

std::string warning_text(std::string_view w) {
  if (w == "invalid_utf8") return "some text had invalid UTF-8, replaced by U+FFFD";
  if (w == "status_conflict")
    return "the bounce carried two disagreeing status codes; the other one lost";
  if (w == "mime_limits") return "the message exceeded a MIME limit, so it was read as flat text";
  if (w == "mime_malformed") return "the MIME structure was broken, so it was read as flat text";
  if (w == "charset_unknown") return "a part used an unknown charset";
  if (w == "truncated_diagnostic") return "the diagnostic text was cut at the length limit";
  if (w == "truncated_recipients") return "more recipients than the limit; the rest were dropped";
  if (starts_with(w, "field_unparsed:"))
    return "the field " + std::string(w.substr(15)) + " did not parse; its raw text was used";
  return {};
}

const char* outcome_note(const record& r) {
  switch (r.reason) {
    case reason_kind::delivered:
      return " (a success report, not a failure)";
    case reason_kind::feedback:
      return " (a complaint/feedback report, not a delivery failure)";
    case reason_kind::vacation:
      return " (an automatic reply, not a delivery failure)";
    default:
      return r.hard_bounce ? " (hard bounce: do not retry this address)"
                           : " (soft bounce: the address may work later)";
  }
}

// The evidence that lost as well as the one that won: every stage of the reason decision that
// found something (docs/reasons.md, "How a reason is decided"), asked again on the record.
void explain_candidates(std::string& out, const record& r) {
  const std::vector<reason_candidate> all = reason_candidates(r);
  std::size_t lost = 0;
  for (const auto& c : all) lost += !c.decided;
  if (!all.empty() && all.front().rule != r.rule)
    out += "\n  note:        the stages, asked again on what the record keeps, decide \"" +
           all.front().rule +
           "\": the record's rule used evidence the record does not keep "
           "(the extractor's own reading)";
  if (lost == 0) {
    out += "\n  other evidence: none (no other stage found anything)";
    return;
  }
  out += "\n  evidence:";
  for (const auto& c : all) {
    out += c.decided ? "\n    won   " : "\n    lost  ";
    out += "stage " + c.stage + ": \"" + c.rule + "\" -> " + std::string(to_string(c.reason));
    if (!c.decided) out += " (" + c.lost_because + ")";
  }
}

void explain(std::string& out, const record& r, std::size_t n, std::size_t total) {
  char head[64];
  std::snprintf(head, sizeof head, "#%zu, record %zu of %zu: ", r.message_index, n, total);
  out += r.source.empty() ? "-" : r.source;
  out += head;
  out += r.recipient.empty() ? "(no recipient)" : r.recipient;
  out += "\n  outcome:     ";
  out += std::string(to_string(r.action)) + ", reason " + std::string(to_string(r.reason)) +
         outcome_note(r);
  out += "\n  found by:    " + engine_text(r.engine);
  out += "\n  status:      " + status_text(r);
  if (r.reply_code) out += "\n  reply code:  " + std::to_string(*r.reply_code);
  if (!r.diagnostic.empty()) {
    out += "\n  diagnostic:  ";
    if (!r.diagnostic_type.empty()) out += "(" + r.diagnostic_type + ") ";
    out += r.diagnostic;
  }
  if (!r.smtp_command.empty()) out += "\n  failed at:   the SMTP " + r.smtp_command + " command";
  if (!r.remote_mta.empty()) out += "\n  remote MTA:  " + r.remote_mta;
  if (!r.feedback_type.empty()) out += "\n  feedback:    " + r.feedback_type;
  out += "\n  decided by:  " + rule_text(r);
  explain_candidates(out, r);
  if (r.warnings.empty()) {
    out += "\n  warnings:    none";
  } else {
    for (const auto& w : r.warnings) {
      out += "\n  warning:     " + w;
      const std::string t = warning_text(w);
      if (!t.empty()) out += " (" + t + ")";
    }
  }
  out += "\n\n";
}

}  // namespace

int cmd_explain(int argc, char** argv) {
  options opt;
  std::vector<std::string_view> paths;
  arg_reader args(argc, argv);
  while (args.next()) {
    const std::string_view a = args.arg();
    if (a == "-h" || a == "--help") {
      std::fputs(explain_usage, stdout);
      return 0;
    } else if (a == "--failures-only") {
      opt.include_delivered = opt.include_feedback = opt.include_vacation = false;
    } else if (args.is_option()) {
      return usage_error("explain", "unknown option", a);
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) return usage_error("explain", "no PATH given (- reads standard input)");
  int status = 0;
  for (std::string_view path : paths) {
    auto walked =
        for_each_message(path, opt, [&](const message_ref& ref, result<parsed_message>& r) {
          std::string out;
          if (!r) {
            status = worse(status, exit_unreadable_message);
            std::fflush(stdout);
            std::fprintf(stderr, "bounce: %.*s#%zu: %s\n", static_cast<int>(ref.source.size()),
                         ref.source.data(), ref.index, r.error().message().c_str());
            return;
          }
          if (r->records.empty()) {
            out = std::string(ref.source) + "#" + std::to_string(ref.index) +
                  ": no records (not a bounce, or a report that names no recipient)";
            for (const auto& w : r->warnings) out += "; warning " + w;
            out += "\n\n";
          }
          for (std::size_t i = 0; i < r->records.size(); ++i)
            explain(out, r->records[i], i + 1, r->records.size());
          std::fputs(out.c_str(), stdout);
        });
    if (!walked) {
      status = worse(status, exit_path);
      std::fflush(stdout);
      std::fprintf(stderr, "bounce: %.*s: %s\n", static_cast<int>(path.size()), path.data(),
                   std::string(path_reason(path, walked.error().message())).c_str());
    }
  }
  return finish_stdout(status);
}

}  // namespace bounce::cli
