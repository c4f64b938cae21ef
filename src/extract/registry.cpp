// SPDX-License-Identifier: BSD-2-Clause
// The one ordered list of extractors (style.md P12), and the run over it.
#include <algorithm>
#include <array>
#include <stdexcept>

#include "detail/string_util.hpp"
#include "extract/common/catalogue.hpp"
#include "extract/common/dsn.hpp"
#include "extract/extractor.hpp"
#include "extract/extractors.hpp"
#include "extract/text_markers.hpp"

namespace bounce::extract {
namespace {

// Upper bound of all extractors' text markers together: the per-message hit table lives on
// the stack of run_extractors().
constexpr std::size_t k_max_markers = 256;

// The text markers of every extractor in one scanner; extractor i's markers are the
// `count[i]` markers from `base[i]`.
struct all_markers {
  std::vector<std::size_t> base, count;
  marker_scanner scanner;
};

marker_scanner scanner_of(std::span<const extractor* const> list, std::vector<std::size_t>& base,
                          std::vector<std::size_t>& count) {
  std::vector<std::string_view> markers;
  for (const extractor* e : list) {
    const auto own = e->text_markers();
    base.push_back(markers.size());
    count.push_back(own.size());
    markers.insert(markers.end(), own.begin(), own.end());
  }
  // Last, the anchors of challenge-response requests (run_extractors()).
  const auto anchors = kit::challenge_anchors();
  markers.insert(markers.end(), anchors.begin(), anchors.end());
  if (markers.size() > k_max_markers) throw std::length_error("extractors: too many text markers");
  return marker_scanner(std::move(markers));
}

const all_markers& markers_of_all() {
  static const all_markers m = [] {
    std::vector<std::size_t> base, count;
    marker_scanner s = scanner_of(ordered_extractors(), base, count);
    return all_markers{std::move(base), std::move(count), std::move(s)};
  }();
  return m;
}

}  // namespace

std::span<const extractor* const> ordered_extractors() {
  // The one ordered list; the first extractor that claims a message and yields a draft wins.
  // The constraints between entries are pinned by tests/unit/extract/order_test.cpp.
  static const extractor* const list[] = {
      // Providers and commercial MTAs, most specific first. Each claims only its own markers;
      // they come before the generic rfc3464 reader because their DSNs say more than RFC 3464
      // (the SMTP command, a suppression list, their own wording). receivingses before
      // amazonses: SES inbound reports also carry SES headers.
      &office365_extractor(),
      &gmail_extractor(),
      &googlegroups_extractor(),
      &googleworkspace_extractor(),
      &yahoo_extractor(),
      &zoho_extractor(),
      &exchange2003_extractor(),
      &domino_extractor(),
      &notes_extractor(),
      &verizon_extractor(),
      &amazonworkmail_extractor(),
      &receivingses_extractor(),
      &amazonses_extractor(),
      // Regional providers and mail-filter appliances, before the Unix MTA families: several
      // are Exim or Postfix underneath (Mail.Ru, GMX, 1&1, MXLogic, Yandex) and their own
      // wording must be read first. localized (generic non-English notices) is their last.
      &ezweb_extractor(),
      &kddi_extractor(),
      &biglobe_extractor(),
      &mfilter_extractor(),
      &gmx_extractor(),
      &einsundeins_extractor(),
      &mailru_extractor(),
      &yandex_extractor(),
      &mcafee_extractor(),
      &interscanmss_extractor(),
      &barracuda_extractor(),
      &mimecast_extractor(),
      &mxlogic_extractor(),
      &surfcontrol_extractor(),
      &bigfoot_extractor(),
      &localized_extractor(),
      // Unix MTA families, most specific first. Active!Hunter (Sendmail-like text) and amavis
      // (reports that may quote any MTA) before sendmail and postfix; v5sendmail takes the
      // transcripts sendmail leaves (no delivery-status fields anywhere); Haraka's template copies
      // qmail's wording, so haraka comes before qmail; the qmail-derived
      // X2/X4 notices after qmail.
      &activehunter_extractor(),
      &amavis_extractor(),
      &fml_extractor(),
      &mlmmj_extractor(),
      &mailman_extractor(),
      &sympa_extractor(),
      &imailserver_extractor(),
      &mailfoundry_extractor(),
      &mailmarshalsmtp_extractor(),
      &messagingserver_extractor(),
      &apachejames_extractor(),
      &dragonfly_extractor(),
      &nullmailer_extractor(),
      &chasquid_extractor(),
      &opensmtpd_extractor(),
      &courier_extractor(),
      &exim_extractor(),
      &postfix_extractor(),
      &sendmail_extractor(),
      &v5sendmail_extractor(),
      &haraka_extractor(),
      &qmail_extractor(),
      &x1_extractor(),
      &x2_extractor(),
      &x3_extractor(),
      &x4_extractor(),
      &x5_extractor(),
      &x6_extractor(),
      // The generic RFC 3464 reader after every family that sends RFC 3464 reports.
      &rfc3464_extractor(),
      // A Sieve reject's notice (RFC 5429): an MDN, no delivery-status part.
      &rfc5429_extractor(),
      // ARF feedback reports (RFC 5965) and RFC 3834 auto-replies: neither has a
      // delivery-status part, so rfc3464 never takes their messages.
      &arf_extractor(),
      &rfc3834_extractor(),
      // Last: anything that presents itself as a bounce and nobody else read.
      &fallback_extractor(),
  };
  return list;
}

namespace {

// ASCII case-insensitive order of addresses (the domain is case-insensitive; local parts that
// differ only in case name one mailbox at every MTA that reports them so).
bool iless(std::string_view a, std::string_view b) noexcept {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    const char x = detail::ascii_lower(a[i]), y = detail::ascii_lower(b[i]);
    if (x != y) return x < y;
  }
  return a.size() < b.size();
}

}  // namespace

void merge_repeated_recipients(std::vector<draft>& out, std::size_t first) {
  const std::size_t n = out.size() - first;
  if (n < 2) return;
  if (n <= 16) {  // the usual notice: a few drafts, compared pairwise without allocating
    for (std::size_t i = first + 1; i < out.size();) {
      std::size_t j = first;
      while (j < i &&
             (out[i].recipient.empty() || !detail::iequals(out[j].recipient, out[i].recipient)))
        ++j;
      if (j == i) {
        ++i;
        continue;
      }
      kit::merge_split_group(out[j], out[i]);
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(i));
    }
    return;
  }
  // Index sorted by recipient, then position: each run of one recipient starts with its first
  // draft, which keeps its place and takes what the later ones add (kit::merge_split_group()).
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = first + i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return iless(out[a].recipient, out[b].recipient);
  });
  bool merged = false;
  std::vector<bool> gone(n, false);
  for (std::size_t k = 1; k < n; ++k) {
    draft& cur = out[order[k]];
    if (cur.recipient.empty() || !detail::iequals(out[order[k - 1]].recipient, cur.recipient))
      continue;
    // order[k - 1] is the run's first draft or already folded into it: fold into the first.
    std::size_t head = k - 1;
    while (gone[order[head] - first]) --head;
    kit::merge_split_group(out[order[head]], cur);
    gone[order[k] - first] = true;
    merged = true;
  }
  if (!merged) return;
  std::size_t w = first;
  for (std::size_t i = first; i < out.size(); ++i) {
    if (gone[i - first]) continue;
    if (w != i) out[w] = std::move(out[i]);
    ++w;
  }
  out.erase(out.begin() + static_cast<std::ptrdiff_t>(w), out.end());
}

std::string_view run_extractors(const mime::report& rep, std::vector<draft>& out,
                                bool (*skip)(const extractor&)) {
  const all_markers& markers = markers_of_all();
  std::array<std::size_t, k_max_markers> first;
  markers.scanner.scan(rep.text, std::span(first).first(markers.scanner.size()));
  // A challenge-response request reports no failure, whatever extractor would take its words.
  // Its anchors are the scanner's last markers: the full check runs only when one occurs.
  bool maybe_challenge = kit::contains_folded(rep.subject, "verification required");
  for (std::size_t k = markers.scanner.size() - kit::challenge_anchors().size();
       k < markers.scanner.size() && !maybe_challenge; ++k)
    maybe_challenge = first[k] != marker_hits::npos;
  if (maybe_challenge && kit::challenge_response(rep)) return {};
  const auto list = ordered_extractors();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const extractor* e = list[i];
    if (skip && skip(*e)) continue;
    const marker_hits hits(rep.text,
                           markers.scanner.markers().subspan(markers.base[i], markers.count[i]),
                           first.data() + markers.base[i]);
    if (!e->claims(rep, hits)) continue;
    const std::size_t before = out.size();
    e->extract(rep, out);
    if (out.size() > before) {
      merge_repeated_recipients(out, before);
      return e->name();
    }
  }
  return {};
}

}  // namespace bounce::extract
