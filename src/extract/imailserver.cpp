// SPDX-License-Identifier: BSD-2-Clause
// Ipswitch IMail Server notices (X-Mailer: <SMTP32 v...>, Subject "Undeliverable Mail"): one line
// per failure, "<error>: rcpt@example.org" (or IMail's bare "undeliverable to rcpt@example.org"),
// optionally the remote reply on the lines below it ("RCPT TO generated following response:",
// "553 5.3.0 ..."), then "Original message follows." The error words and the step names are
// IMail's own, mapped here (the same catalogue as Sisimai's IMailServer module).
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

// "undeliverable to" is all IMail says when it gives no cause; "Delivery failed 20 attempts"
// ("... attempts") is its retry limit, i.e. the message expired in the queue.
// Sources: " attempts" 9 messages (lhost-amazonses-01, -02, lhost-mailfoundry-01 ...); "unknown
// user" 11 messages (lhost-imailserver-01, lhost-courier-02 ...); "host unknown" 3 messages
// (lhost-sendmail-42, lhost-v5sendmail-05, -07) and Sendmail's libsm/strexit.c; "undeliverable
// to" states no cause (undefined); "invalid final delivery userid" one message
// (lhost-imailserver-03), kept: without it the shared corpus' reason drops.
constexpr kit::phrase errors[] = {
    {" attempts", reason_kind::expired, "retries-exhausted"},
    {"undeliverable to", reason_kind::undefined, "no-cause"},
    {"unknown user", reason_kind::userunknown, "unknown-user"},
    {"invalid final delivery userid", reason_kind::userunknown, "invalid-userid"},
    {"host unknown", reason_kind::hostunknown, "host-unknown"},
};

// IMail's names for the SMTP step whose reply follows.
constexpr kit::command_phrase steps[] = {
    {"smtp connection failed", "CONN"},
    {"unexpected connection response from server", "CONN"},
    {"unexpected response to ehlo/helo", "EHLO"},
    {"server response to mail from", "MAIL"},
    {"rcpt to generated following response", "RCPT"},
    {"data command generated response", "DATA"},
};

// "undeliverable to a@b" (IMail writes one or more spaces): the address; empty otherwise.
std::string_view undeliverable_to(std::string_view line) {
  if (!detail::istarts_with(line, "undeliverable ")) return {};
  line = detail::trim(line.substr(14));
  if (!detail::istarts_with(line, "to ")) return {};
  return kit::strip_address(line.substr(3));
}

constexpr std::string_view k_engine = "imailserver";

enum text_marker : std::size_t { original_follows, marker_count };
constexpr std::string_view markers[] = {"\noriginal message follows."};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  return detail::istarts_with(r.headers.get("X-Mailer"), "<smtp32 v") ||
         (detail::icontains(r.subject, "undeliverable mail") && text.has(original_follows));
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view body = kit::until_line(r.text, {"Original message follows."});
  const std::size_t first = out.size();
  for (std::string_view raw : kit::split_lines(body)) {
    std::string_view line = detail::trim(raw);
    auto colon = line.rfind(": ");
    std::string_view who = undeliverable_to(line);
    std::string_view what = who.empty() ? line : std::string_view("undeliverable to");
    if (who.empty() && colon != std::string_view::npos) {
      who = kit::strip_address(line.substr(colon + 2));
      what = line.substr(0, colon);
    }
    if (!kit::is_address(who)) {
      // A line under a failure: IMail's name of the SMTP step, then the remote reply.
      if (out.size() == first || line.empty()) continue;
      draft& last = out.back();
      if (const auto command = kit::find_command_phrase(line, steps); !command.empty())
        last.smtp_command = std::string(command);
      last.diagnostic.push_back(' ');
      last.diagnostic.append(line);
      continue;
    }
    draft d = kit::make_draft(who, std::string(line));
    kit::apply_catalogue(d, k_engine, errors, what);
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& imailserver_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
