// SPDX-License-Identifier: BSD-2-Clause
// Localized free-text notices in no known MTA's format: a mail server's own non-English
// template ("Ihre Nachricht konnte an den folgenden Empfänger nicht zugestellt werden",
// "Votre message n'a pas pu être remis", "次の宛先に配送できませんでした" ...) naming the failed
// address and a reason, then the returned headers after a dashed separator. Claimed only when
// there is no delivery-status part and none of the English MTA templates that their own
// extractors read; the reason is left to the phrase tables (phrases/intl.inc).
#include <array>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

// "could not be delivered" in the languages of phrases/intl.inc (ASCII-folded, lower-case).
constexpr std::string_view failure_markers[] = {
    // de
    "nicht zugestellt werden",
    "konnte nicht zugestellt",
    "unzustellbar",
    // The same clause in any word order: German puts the verb cluster at the end of the clause
    // ("konnte nicht an folgende Empfänger zugestellt werden", "konnte an den folgenden
    // Empfänger nicht zugestellt werden").
    "zugestellt werden",
    // fr
    "n'a pas pu être remis",
    "n'a pas pu etre remis",
    "n'a pas pu être distribué",
    "impossible de remettre",
    "impossible de distribuer",
    // es
    "no se pudo entregar",
    "no pudo ser entregado",
    "no ha podido ser entregado",
    "no se ha podido entregar",
    // pt
    "não pôde ser entregue",
    "não foi possível entregar",
    "não pode ser entregue",
    "não foi entregue",
    // it
    "non è stato possibile consegnare",
    "non può essere consegnato",
    "non è stato consegnato",
    "impossibile recapitare",
    "non recapitabile",
    // ru
    "не может быть доставлено",
    "не удалось доставить",
    "не было доставлено",
    // zh
    "无法投递",
    "無法投遞",
    "投递失败",
    "投遞失敗",
    "无法送达",
    "無法送達",
    "未能送达",
    // ja
    "配送できませんでした",
    "送信できませんでした",
    "配信できませんでした",
    "届けることができませんでした",
    "配送できません",
    "送信に失敗しました",
};

// English templates that other extractors own.
constexpr std::string_view english_templates[] = {
    "this message was created automatically by mail delivery software",
    "this is the mail system at host",
    "this is the postfix program",
    "the original message was received at",
    "this is the qmail-send program",
    "i'm afraid i wasn't able to deliver",
    "delivery has failed to these recipients",
    "could not be delivered to one or more",
    "transcript of session follows",
};

// Both lists, for the one pass over the text (text_markers.hpp): failure markers first.
constexpr auto markers = [] {
  std::array<std::string_view, std::size(failure_markers) + std::size(english_templates)> all{};
  std::size_t n = 0;
  for (auto m : failure_markers) all[n++] = m;
  for (auto m : english_templates) all[n++] = m;
  return all;
}();

// Only the head of the text is read: the notice, not the returned message it quotes.
constexpr std::size_t k_head = 4096;

// A separator before the returned headers: a line that starts with three dashes or underscores.
bool separator(std::string_view t) { return t.starts_with("---") || t.starts_with("___"); }

constexpr std::string_view k_engine = "localized";

bool claims(const mime::report& r, const marker_hits& text) {
  if (!r.delivery_status.empty()) return false;
  const std::string_view from = r.headers.get("From");
  const bool from_system =
      detail::icontains(from, "mailer-daemon") || detail::icontains(from, "postmaster") ||
      detail::icontains(from, "mail delivery") || detail::icontains(from, "mailer_daemon");
  if (!from_system) return false;
  auto in_head = [&](std::size_t k) {
    return text.has(k) && text.first(k) + markers[k].size() <= k_head;
  };
  bool failure = false, english = false;
  for (std::size_t k = 0; k < std::size(failure_markers); ++k) failure = failure || in_head(k);
  for (std::size_t k = std::size(failure_markers); k < markers.size(); ++k)
    english = english || in_head(k);
  return failure && !english;
}

// A reason longer than this is not read further (the classifier keeps a few KiB).
constexpr std::size_t k_reason_bytes = 4096;

void extract(const mime::report& r, std::vector<draft>& out) {
  // The notice ends at the separator before the returned headers, or at those headers when no
  // separator comes before them (two lines in a row that start with a message's fields: "From:",
  // "To:", "Subject:" ...), whose addresses are the returned message's, not failed recipients.
  std::vector<std::string_view> lines = kit::split_lines(r.text);
  std::size_t end = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (separator(detail::trim(lines[i])) ||
        (i + 1 < lines.size() && mime::starts_message_field(lines[i]) &&
         mime::starts_message_field(lines[i + 1]))) {
      end = i;
      break;
    }
  const std::string sender = kit::find_address(r.headers.get("To"));
  const std::string reporter = kit::find_address(r.headers.get("From"));
  // For each line, the first line from it on that is blank or more than a list of addresses:
  // each recipient of a long list reaches the reason below it in one step (a notice may list
  // thousands).
  std::vector<std::size_t> next_text(end + 1, end);
  for (std::size_t i = end; i-- > 0;) {
    const std::string_view t = detail::trim(lines[i]);
    next_text[i] = (t.empty() || !kit::lists_addresses_only(t)) ? i : next_text[i + 1];
  }
  const auto blank = [&lines](std::size_t j) { return detail::trim(lines[j]).empty(); };
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < end; ++i) {
    for (std::string& addr : kit::find_addresses(lines[i], 8)) {
      if (detail::iequals(addr, sender) || detail::iequals(addr, reporter)) continue;
      if (!seen.insert(detail::to_lower(addr)).second) continue;
      // The reason is the rest of this paragraph, else the next one ("Grund: ..."); the other
      // addresses of a list are not a reason (several recipients above one reason).
      std::string diag;
      std::size_t j = next_text[i + 1];
      for (; j < end && !blank(j) && diag.size() < k_reason_bytes; j = next_text[j + 1])
        append_spaced(diag, lines[j]);
      if (diag.empty()) {
        while (j < end && blank(j)) ++j;
        while (j < end && !blank(j) && diag.size() < k_reason_bytes)
          append_spaced(diag, lines[j++]);
      }
      draft d;
      d.recipient = std::move(addr);
      d.diagnostic = std::move(diag);
      out.push_back(std::move(d));
    }
  }
}

}  // namespace

const extractor& localized_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
