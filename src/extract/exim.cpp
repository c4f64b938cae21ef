// SPDX-License-Identifier: BSD-2-Clause
// Exim bounces and delay warnings:
//   This message was created automatically by mail delivery software.
//   ... The following address(es) failed:
//     rcpt@example.org
//       host mx.example.org [192.0.2.1]
//       SMTP error from remote mail server after RCPT TO:<rcpt@example.org>:
//       550 5.1.1 <rcpt@example.org>: user unknown
//   ------ This is a copy of the message, including all the headers. ------
// An address line is indented two spaces, its details four. Newer Exims add an RFC 3464 part
// (with a generic Status: 5.0.0); the text still gives the command and the whole reply. Delay
// warnings ("has not yet been delivered ... after more than 24 hours") use the same blocks.
#include <algorithm>

#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "grammar/dsn.hpp"
#include "grammar/reply_syntax.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

// A multi-line SMTP reply unfolded onto one line, "550-5.7.1 a 550-5.7.1 b 550 5.7.1 c", as
// one reply line "550 5.7.1 a b c" (grammar::fold_reply).
std::string compact_reply(std::string_view diag) {
  if (diag.size() < 4 || diag[3] != '-' || !grammar::leading_reply_code(diag))
    return std::string(diag);
  std::string out =
      grammar::fold_reply(diag, {.keep_first = true, .line_starts_only = false, .code = 0});
  if (out.size() > 3 && out[3] == '-') out[3] = ' ';
  return detail::collapse_space(out);
}

// The text a pipe or local delivery wrote ("The following text was generated during the
// delivery attempt:" then "------ pipe to |... ------" then the output).
std::string generated_text(std::string_view text) {
  std::string_view t =
      kit::after_line(text, "the following text was generated during the delivery attempt");
  if (t.empty()) return {};
  // Skip the "------ address ------" header, which may span two lines.
  std::size_t pos = 0;
  for (std::string_view line : kit::split_lines(t)) {
    pos += line.size() + 1;
    std::string_view l = detail::trim(line);
    if (l.size() >= 6 && l.substr(l.size() - 6) == "------") break;
  }
  if (pos >= t.size()) return {};
  std::string_view body = kit::until_line(t.substr(pos), {"------ ", "-----"});
  return kit::join_lines(body);
}

constexpr std::string_view section_starts[] = {
    "the following address(es) failed:",
    "the address to which the message has not yet been delivered is:",
    "the addresses to which the message has not yet been delivered are:",
    "could not be delivered to one or more of its recipients",
    "could not be delivered to all of its recipients",
    // Exim's moan.c for a message whose recipients could not be parsed (Sisimai 4.25
    // Lhost/Exim.pm's marker "A message that you sent contained one or more recipient
    // addresses"): "... that were\nincorrectly constructed:" then "  addr: error".
    "incorrectly constructed:",
    // moan.c's moan_tell_someone() under a frozen message's notice: "  a@b: forced freeze",
    // "  a@b <parent@c>: ..." (Sisimai 4.25 Lhost/Exim.pm, marker "Message ... has been frozen").
    "the following address(es) have yet to be delivered:",
};

std::string_view failure_section(std::string_view text) {
  for (auto m : section_starts) {
    std::string_view s = kit::after_line(text, m);
    if (s.empty()) continue;
    return kit::until_line(
        s, {"------ This is a copy", "----- This is a copy", "------ The body of",
            "------ The following text", "The following text was generated", "--- The header of",
            "No action is required on your part"});
  }
  return {};
}

constexpr std::string_view k_engine = "exim";

enum text_marker : std::size_t {
  delivery_software,
  smtp_relay,
  not_all_recipients,
  bad_recipients,
  local_scan,
  frozen,
  frozen_on_arrival,
  marker_count
};
constexpr std::string_view markers[] = {
    "this message was created automatically by mail delivery software",
    "this message was created automatically by the smtp relay on",
    // Sisimai 4.25 Lhost/Exim.pm's other starts of Exim's notices (deliver.c, moan.c), taken
    // with its From "Mail Delivery System" (a notice written without the first sentence).
    "a message that you sent could not be delivered to all of its",
    "a message that you sent contained one or more recipient addresses",
    "a message that you sent was rejected by the local scan",
    // deliver.c "Message %s has been frozen%s.", receive.c "Message %s was frozen on arrival by
    // %s.": the message waits on the queue (Sisimai 4.25 Lhost/Exim.pm counts both as delays).
    " has been frozen", " was frozen on arrival by "};
static_assert(std::size(markers) == marker_count);

// The frozen sentence opens its line: "Message 1tQzAa-000Xy1-1P has been frozen ..." (a
// remote reply that says an account "has been frozen" is no such line). `at` is where the
// marker (" has been frozen") starts: what precedes it on its line is "Message <queue id>".
bool frozen_line(std::string_view text, std::size_t at) {
  if (at == marker_hits::npos) return false;
  const std::size_t nl = text.rfind('\n', at);
  const std::size_t start = nl == std::string_view::npos ? 0 : nl + 1;
  const std::string_view head = text.substr(start, at - start);
  constexpr std::string_view message = "message ";
  return detail::istarts_with(head, message) &&
         head.find(' ', message.size()) == std::string_view::npos;
}

bool claims(const mime::report& r, const marker_hits& text) {
  if (text.has(delivery_software) || text.has(smtp_relay)) return true;
  return (text.has(not_all_recipients) || text.has(bad_recipients) || text.has(local_scan) ||
          frozen_line(r.text, text.first(frozen)) ||
          frozen_line(r.text, text.first(frozen_on_arrival))) &&
         detail::istarts_with(detail::trim(r.headers.get("From")), "mail delivery system");
}

// Exim's delivery report names an alias in every group of the addresses it expanded to
// (deliver.c print_dsn_addr_action() walks up to the top parent): three failed members of
// team@ give three groups "Final-Recipient: rfc822;team@example.net". The text names each
// member in its block, "(generated from team@example.net)". When the blocks generated from an
// alias are as many as its groups and none is the alias itself, each group is a member's, in
// the text's order, and the alias is the member's original recipient.
void name_alias_members(std::vector<draft>& drafts, const std::vector<kit::exim_entry>& blocks) {
  // The aliases: what the blocks say their addresses were generated from (mostly none).
  std::vector<std::string> aliases;
  for (const auto& b : blocks)
    if (kit::is_address(b.generated) &&
        std::none_of(aliases.begin(), aliases.end(),
                     [&](const std::string& a) { return detail::iequals(a, b.generated); }))
      aliases.push_back(b.generated);
  for (const std::string& alias : aliases) {
    std::vector<draft*> groups;
    for (auto& d : drafts)
      if (detail::iequals(d.recipient, alias)) groups.push_back(&d);
    std::vector<const kit::exim_entry*> members;
    bool alias_has_block = false;
    for (const auto& b : blocks) {
      alias_has_block = alias_has_block || detail::iequals(b.recipient, alias);
      if (detail::iequals(b.generated, alias) && kit::is_address(b.recipient))
        members.push_back(&b);
    }
    if (groups.empty() || alias_has_block || members.size() != groups.size()) continue;
    // A group whose Diagnostic-Code names a member's address ("550 5.1.1 <zed@example.net>: ...")
    // is that member's (a group without one took a paragraph of the text, which may name them
    // all). The others pair in the reverse order: Exim writes its report's groups in the reverse
    // of its list (deliver.c), so two members of one alias come the other way round.
    std::vector<bool> taken(members.size(), false);
    std::vector<draft*> unnamed;
    for (draft* g : groups) {
      std::size_t named = members.size();
      for (std::size_t k = 0;
           k < members.size() && named == members.size() && !g->diagnostic_type.empty(); ++k)
        if (!taken[k] &&
            detail::icontains(g->diagnostic, "<" + detail::to_lower(members[k]->recipient) + ">"))
          named = k;
      if (named == members.size()) {
        unnamed.push_back(g);
        continue;
      }
      taken[named] = true;
      g->recipient = members[named]->recipient;
      g->original_recipient = alias;
    }
    std::size_t k = members.size();
    for (draft* g : unnamed) {
      while (k > 0 && taken[k - 1]) --k;
      if (k == 0) break;
      taken[--k] = true;
      g->recipient = members[k]->recipient;
      g->original_recipient = alias;
    }
  }
}

// What Exim tells the sender of a pipe that failed: transports/pipe.c sets the bland
// user_message "local delivery failed" for any failure of the command, whose details stay in
// Exim's log. It is the local program's failure.
constexpr kit::phrase pipe_messages[] = {
    {"local delivery failed", reason_kind::mailererror, "pipe-failed"},
};

void extract(const mime::report& r, std::vector<draft>& out) {
  const bool delayed = detail::icontains(r.text, "has not yet been delivered") ||
                       detail::icontains(r.text, "have yet to be delivered:");
  const auto blocks = kit::exim_entries(failure_section(r.text), kit::exim_layout::exim);
  const std::string generated = generated_text(r.text);
  const auto failed_header = r.headers.get_all("X-Failed-Recipients");

  std::vector<draft> drafts;
  if (!r.delivery_status.empty()) kit::dsn_drafts(r, drafts);
  const bool from_report = !drafts.empty();

  auto recipient_of = [&](const kit::exim_entry& b) -> std::string {
    if (b.is_pipe || !kit::is_address(b.recipient)) {
      if (kit::is_address(b.generated)) return b.generated;
      // "kijitora" alone: X-Failed-Recipients has the whole address.
      for (auto v : failed_header)
        for (auto& a : kit::find_addresses(v))
          if (detail::istarts_with(a, b.recipient + "@")) return a;
      if (b.is_pipe) {
        std::string a = kit::find_address(b.recipient);
        if (!a.empty()) return a;
      }
    }
    return b.recipient;
  };

  if (drafts.empty()) {
    for (const auto& b : blocks) {
      std::string rcpt = recipient_of(b);
      if (!kit::is_address(rcpt)) continue;
      draft d = kit::make_draft(rcpt, compact_reply(b.diagnostic), b.command);
      d.remote_mta = b.remote_mta;
      drafts.push_back(std::move(d));
    }
    if (drafts.empty())
      for (auto v : failed_header)
        for (auto& a : kit::find_addresses(v))
          drafts.push_back(kit::make_draft(a, kit::join_lines(failure_section(r.text))));
  }
  if (from_report) name_alias_members(drafts, blocks);
  // Records follow the notice's text: Exim writes its report's groups in another order (the
  // reverse of its list, deliver.c), and the list is what the sender reads.
  std::vector<std::size_t> text_order;
  text_order.reserve(drafts.size());
  for (auto& d : drafts) {
    // Match the DSN recipient (or pipe command) to its text block.
    const kit::exim_entry* b = nullptr;
    for (const auto& x : blocks)
      if (detail::iequals(x.recipient, d.recipient) ||
          detail::iequals(recipient_of(x), d.recipient))
        b = &x;
    if (!b && blocks.size() == 1) b = &blocks.front();
    if (b) {
      std::string rcpt = recipient_of(*b);
      if (!kit::is_address(d.recipient) && kit::is_address(rcpt)) d.recipient = rcpt;
      // "(generated from alias)": the address the sender mailed, which the recipient came from.
      if (d.original_recipient.empty() && kit::is_address(b->generated) &&
          !detail::iequals(b->generated, d.recipient))
        d.original_recipient = b->generated;
      if (!b->command.empty()) d.smtp_command = b->command;
      if (d.remote_mta.empty()) d.remote_mta = b->remote_mta;
      // A group without a Diagnostic-Code took the text's paragraph naming its recipient, which
      // in Exim 4.96's list (blocks with no blank line between them) is every recipient's: the
      // block, even an empty one, is this recipient's own.
      // A Diagnostic-Code without its type ("Diagnostic-Code: 554 5.7.1 ...", fetchmail's
      // sink.c, which copies Exim's wording) is the group's own, kept raw with a warning.
      const bool untyped_code =
          std::find(d.warnings.begin(), d.warnings.end(),
                    grammar::unparsed_field_warning("Diagnostic-Code")) != d.warnings.end();
      const bool took_paragraph = from_report && d.diagnostic_type.empty() && !untyped_code;
      if (took_paragraph || (!b->diagnostic.empty() && b->diagnostic.size() >= d.diagnostic.size()))
        d.diagnostic = compact_reply(b->diagnostic);
      if (b->is_pipe) {
        d.diagnostic_type = "X-UNIX";
        if (!generated.empty()) d.diagnostic = generated;
        kit::apply_catalogue(d, k_engine, pipe_messages);
      }
    }
    if (d.diagnostic.empty() && !generated.empty()) d.diagnostic = generated;
    if (d.diagnostic_type != "X-UNIX") kit::apply_exim_catalogue(d, k_engine);
    if (delayed) kit::mark_delayed(d);
    text_order.push_back(b && blocks.size() > 1 ? static_cast<std::size_t>(b - blocks.data())
                                                : blocks.size());
  }
  std::vector<std::size_t> by_text(drafts.size());
  for (std::size_t i = 0; i < by_text.size(); ++i) by_text[i] = i;
  std::stable_sort(by_text.begin(), by_text.end(),
                   [&](std::size_t a, std::size_t b) { return text_order[a] < text_order[b]; });
  for (std::size_t i : by_text) out.push_back(std::move(drafts[i]));
}

}  // namespace

const extractor& exim_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
