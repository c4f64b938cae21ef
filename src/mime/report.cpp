// SPDX-License-Identifier: BSD-2-Clause
// build_report: pre-scan, mimetic (input-iterator path, load() in try/catch), an iterative
// depth-limited walk over its tree, and the report view. The only user of mimetic.
#include <mimetic/mimetic.h>

#include <cstdint>
#include <cstring>
#include <iterator>
#include <new>
#include <optional>
#include <streambuf>

#include "detail/byte_search.hpp"
#include "detail/string_util.hpp"
#include "input/input.hpp"
#include "mime/detail.hpp"
#include "mime/load.hpp"
#include "mime/report.hpp"

namespace bounce::mime {
namespace {

using bounce::detail::iequals;
using detail::content_type;

constexpr std::size_t kOriginalRawCap = 64u << 10;

// The delivery-status part: RFC 3464's type, RFC 6533's, and the pre-standard
// "message/xdelivery-status" that some gateways still send beside a copy in the text (Sisimai
// 4.25 RFC3464.pm accepts "message/x?delivery-status"; a spam-filter rejection among
// Mail::DeliveryStatus::BounceParser's samples carries it).
bool is_delivery_status(const content_type& ct) {
  return ct.is("message", "delivery-status") || ct.is("message", "global-delivery-status") ||
         ct.is("message", "xdelivery-status");
}

void add_warning(report& rep, std::string_view w) {
  for (const auto& have : rep.warnings)
    if (have == w) return;
  rep.warnings.emplace_back(w);
}

std::string_view skip_blank_lines(std::string_view s) noexcept {
  for (;;) {
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
    if (i < s.size() && s[i] == '\n') {
      s.remove_prefix(i + 1);
      continue;
    }
    return s;
  }
}

// A later text/plain part whose content is a delivery-status report: it starts with the field
// that opens the report's per-message block or a per-recipient one (RFC 3464 sections 2.2 and
// 2.3: Reporting-MTA, Final-Recipient, Original-Recipient), whatever type it is labelled with
// (a multipart/mixed notice whose report part is text/plain). Read as a second text, its
// recipients were lost; Sisimai 4.25 reads them (MIME.pm makeflat joins every part into one body).
bool starts_like_delivery_status(std::string_view body) {
  const std::string_view t = skip_blank_lines(body);
  return bounce::detail::istarts_with(t, "reporting-mta:") ||
         bounce::detail::istarts_with(t, "final-recipient:") ||
         bounce::detail::istarts_with(t, "original-recipient:");
}

/// At most cap bytes, cut after the last complete line when there is one.
std::string capped(std::string_view s, std::size_t cap = kOriginalRawCap) {
  if (s.size() <= cap) return std::string(s);
  std::string_view head = s.substr(0, cap);
  const std::size_t nl = head.rfind('\n');
  if (nl != std::string_view::npos) head = head.substr(0, nl + 1);
  return std::string(head);
}

std::string normalized(std::string s) {
  input::normalize_newlines_inplace(s);
  return s;
}

/// The returned message (or its header block), LF text from its first line: its fields and
/// its capped bytes become the report's.
void take_original(std::string_view message, report& rep) {
  rep.has_original = true;
  detail::parse_returned_header_block(message, rep.original);
  rep.original_raw = capped(message);
}

/// Decoded, UTF-8, LF text of a text part (HTML reduced to text).
std::string decode_text(std::string_view body, std::string_view cte, std::string_view charset,
                        bool html, report& rep) {
  // Only an encoded body needs a decoded copy; otherwise to_utf8 reads it in place.
  const bool encoded = cte == "base64" || cte == "quoted-printable";
  const std::string decoded = encoded ? detail::decode_cte(body, cte) : std::string();
  const std::string_view bytes = encoded ? std::string_view(decoded) : body;
  std::string_view cs = charset;
  const bool ascii_label = cs.empty() || iequals(bounce::detail::trim(cs), "us-ascii");
  if (ascii_label && (bytes.find("\x1b$B") != std::string_view::npos ||
                      bytes.find("\x1b$@") != std::string_view::npos))
    cs = "iso-2022-jp";  // unlabelled JIS text, common in Japanese bounces
  bool ok = true;
  std::string text = to_utf8(bytes, cs, &ok);
  if (!ok) add_warning(rep, "charset_unknown");
  input::normalize_newlines_inplace(text);
  return html ? detail::html_to_text(text) : text;
}

/// Raw Content-Type, Content-Transfer-Encoding and Content-Disposition values of an entity,
/// read before any typed access (after it, mimetic returns re-serialised values).
struct raw_fields {
  std::string content_type, cte, disposition;
};

raw_fields read_raw(const mimetic::MimeEntity& e) {
  raw_fields r;
  bool ct = false, cte = false, disp = false;
  for (const mimetic::Field& f : e.header()) {
    const std::string_view name(f.name().data(), f.name().size());
    if (!ct && iequals(name, "content-type")) {
      r.content_type = f.value();
      ct = true;
    } else if (!cte && iequals(name, "content-transfer-encoding")) {
      r.cte = f.value();
      cte = true;
    } else if (!disp && iequals(name, "content-disposition")) {
      r.disposition = f.value();
      disp = true;
    }
  }
  return r;
}

/// Part k (0-based) of a multipart body split on "--boundary" lines, as mimetic splits it
/// (prefix match at line start; "--boundary--" closes; end of input closes an open part).
std::optional<std::string_view> nth_part(std::string_view body, std::string_view boundary,
                                         std::size_t k) {
  const std::size_t n = body.size();
  std::size_t pos = 0, part_start = std::string_view::npos;
  std::size_t index = 0;
  bool open = false;
  while (pos < n) {
    const std::size_t end = bounce::detail::newline_at(body, pos);
    const std::size_t next = end < n ? end + 1 : n;
    const std::string_view line = body.substr(pos, end - pos);
    if (line.size() >= 2 + boundary.size() && line[0] == '-' && line[1] == '-' &&
        line.substr(2, boundary.size()) == boundary) {
      if (open && index == k)
        return body.substr(part_start, (pos > part_start ? pos - 1 : pos) - part_start);
      if (open) ++index;
      if (line.substr(2 + boundary.size(), 2) == "--") return std::nullopt;
      open = true;
      part_start = next;
    }
    pos = next;
  }
  if (open && index == k) return body.substr(std::min(part_start, n));
  return std::nullopt;
}

struct text_candidate {
  std::string_view body;
  std::string cte, charset;
  bool html = false, set = false;
};

class walker {
 public:
  walker(std::string_view msg, const content_type& top, const limits& lim, bool fast,
         std::optional<std::string_view> cut, report& rep)
      : msg_(msg), top_(top), lim_(lim), fast_(fast), cut_(cut), rep_(rep) {}

  void run(const mimetic::MimeEntity& root) {
    nodes_.push_back({&root, kNone, 0, 0, {}, false});
    std::vector<std::uint32_t> stack{0};
    while (!stack.empty()) {
      const std::uint32_t idx = stack.back();
      stack.pop_back();
      visit(idx, stack);
    }
    finish_text();
  }

 private:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  struct node {
    const mimetic::MimeEntity* e;
    std::uint32_t parent, ordinal, depth;
    std::string boundary;  // set on multipart nodes whose children were walked
    bool digest;           // a multipart/digest: children default to message/rfc822
  };

  void visit(std::uint32_t idx, std::vector<std::uint32_t>& stack) {
    const mimetic::MimeEntity& e = *nodes_[idx].e;
    const raw_fields raw = read_raw(e);  // before any typed access
    content_type ct = idx == 0 ? top_ : detail::parse_content_type(raw.content_type);
    if (idx != 0 && !ct.present && nodes_[nodes_[idx].parent].digest) {
      ct.type = "message";
      ct.subtype = "rfc822";
    }
    const std::string cte = detail::parse_cte(raw.cte);
    if (ct.type == "multipart") {
      if (ct.subtype == "report" && rep_.report_type.empty())
        rep_.report_type = bounce::detail::to_lower(ct.param("report-type"));
      // The tree is mimetic's, so its reading of the boundary is the one that split it (typed
      // access, after read_raw; on the fast path the gate found ours equal to it). Without one,
      // "--" matched every line: an opaque leaf.
      std::string boundary =
          fast_ ? std::string(ct.param("boundary")) : e.header().contentType().param("boundary");
      if (boundary.empty()) return;
      if (nodes_[idx].depth >= lim_.max_depth) return;
      const auto& parts = e.body().parts();
      nodes_[idx].boundary = std::move(boundary);
      nodes_[idx].digest = ct.subtype == "digest";
      const std::size_t first = nodes_.size();
      std::uint32_t ordinal = 0;
      for (const mimetic::MimeEntity* child : parts) {
        if (child == nullptr) continue;
        nodes_.push_back({child, idx, ordinal++, nodes_[idx].depth + 1, {}, false});
      }
      for (std::size_t i = nodes_.size(); i > first; --i)
        stack.push_back(static_cast<std::uint32_t>(i - 1));
      return;
    }
    if (ct.is_returned_message()) {
      returned_message(idx, ct, cte);
      return;  // never descend: its text is not the bounce's
    }
    if (ct.is_returned_headers()) {
      if (rep_.has_original) return;
      const auto own = cut_content(idx);
      const std::string decoded =
          normalized(detail::decode_cte(own ? *own : std::string_view(e.body()), cte));
      take_original(skip_blank_lines(decoded), rep_);
      return;
    }
    if (is_delivery_status(ct)) {
      if (have_dsn_) return;
      have_dsn_ = true;
      rep_.global_dsn = ct.subtype == "global-delivery-status";
      rep_.delivery_status = normalized(detail::decode_cte(e.body(), cte));
      return;
    }
    if (ct.is("message", "feedback-report")) {
      if (have_feedback_) return;
      have_feedback_ = true;
      rep_.feedback_report = normalized(detail::decode_cte(e.body(), cte));
      return;
    }
    if (ct.is("message", "disposition-notification")) {
      if (have_mdn_) return;
      have_mdn_ = true;
      rep_.disposition_notification = normalized(detail::decode_cte(e.body(), cte));
      return;
    }
    if (ct.is("text", "plain") && (have_dsn_ || plain_.set) && !rep_.has_original &&
        returned_as_text(idx, cte))
      return;
    if (ct.is("text", "plain") && plain_.set && !have_dsn_ &&
        starts_like_delivery_status(e.body())) {
      have_dsn_ = true;
      rep_.delivery_status = normalized(detail::decode_cte(e.body(), cte));
      return;
    }
    if (ct.type == "text" && (ct.subtype == "plain" || ct.subtype == "html")) {
      const bool attachment =
          bounce::detail::istarts_with(bounce::detail::trim(raw.disposition), "attachment");
      text_candidate& slot = ct.subtype == "html" ? (attachment ? html_att_ : html_)
                                                  : (attachment ? plain_att_ : plain_);
      if (slot.set) return;
      slot = {e.body(), cte, std::string(ct.param("charset")), ct.subtype == "html", true};
    }
  }

  /// A text/plain part after the notice's text or its delivery-status part that starts with a
  /// message's header block: the returned message (RFC 6522's third part) labelled as text, as
  /// Oracle Communications Messaging Server and gateways attach it. Its fields are the returned
  /// message's, and its text is not the notice's.
  bool returned_as_text(std::uint32_t idx, const std::string& cte) {
    // A text part is not a returned message's copy (the last part of the root, cut off before
    // mimetic): its body is mimetic's. Unencoded, it is checked in place, so that a large text
    // attachment is not copied only to be turned down.
    const std::string_view body = nodes_[idx].e->body();
    const bool encoded = cte == "base64" || cte == "quoted-printable";
    if (!encoded && !detail::starts_with_message_header(skip_blank_lines(body))) return false;
    const std::string decoded = normalized(detail::decode_cte(body, cte));
    const std::string_view message = skip_blank_lines(decoded);
    if (!detail::starts_with_message_header(message)) return false;
    take_original(message, rep_);
    return true;
  }

  /// The content of node idx when mimetic was not given it (the root's last part, cut off).
  std::optional<std::string_view> cut_content(std::uint32_t idx) const {
    if (!cut_ || nodes_[idx].parent != 0) return std::nullopt;
    const auto& siblings = nodes_[0].e->body().parts();
    std::uint32_t count = 0;
    for (const mimetic::MimeEntity* c : siblings) count += c != nullptr;
    if (nodes_[idx].ordinal + 1 != count) return std::nullopt;
    return cut_;
  }

  void returned_message(std::uint32_t idx, const content_type& ct, const std::string& cte) {
    if (rep_.has_original) return;
    rep_.has_original = true;
    if (const auto own = cut_content(idx)) {
      // Unencoded (the usual case) it is read in place: the fast path had no CR to normalise.
      const bool encoded = cte == "base64" || cte == "quoted-printable";
      const std::string decoded =
          encoded ? normalized(detail::decode_cte(*own, cte)) : std::string();
      take_original(skip_blank_lines(encoded ? std::string_view(decoded) : *own), rep_);
      return;
    }
    const mimetic::MimeEntity& e = *nodes_[idx].e;
    const auto& parts = e.body().parts();
    const bool encoded = cte == "base64" || cte == "quoted-printable";
    if (ct.subtype == "rfc822" && !encoded && !parts.empty() && parts.front() != nullptr) {
      // mimetic parsed the content as a nested entity and keeps no bytes of it. Locate them in
      // our buffer and parse the headers with our own rules (the same unfolding as everywhere);
      // when that fails, take the headers from mimetic's nested entity.
      if (auto raw = raw_range(idx)) {
        take_original(skip_blank_lines(raw->substr(detail::header_length(*raw))), rep_);
        return;
      }
      const mimetic::MimeEntity& inner = *parts.front();
      for (const mimetic::Field& f : inner.header()) {
        rep_.original.add(bounce::detail::trim(std::string_view(f.name().data(), f.name().size())),
                          bounce::detail::trim(f.value()));
      }
      std::string rebuilt;
      for (const field f : rep_.original)
        rebuilt.append(f.name).append(": ").append(f.value).append("\n");
      rebuilt += "\n";
      rebuilt.append(inner.body(), 0, std::min<std::size_t>(inner.body().size(), kOriginalRawCap));
      rep_.original_raw = capped(rebuilt);
      return;
    }
    // A leaf for mimetic (message/global, an encoded message/rfc822): its body is the message.
    std::string_view content = e.body();
    std::optional<std::string_view> raw;
    if (!parts.empty()) {  // encoded but parsed as nested: take the bytes from our buffer
      raw = raw_range(idx);
      if (!raw) return;
      content = raw->substr(detail::header_length(*raw));
    }
    const std::string decoded = normalized(detail::decode_cte(content, cte));
    take_original(skip_blank_lines(decoded), rep_);
  }

  /// The bytes of node idx (its header block and body), located in our buffer by replaying the
  /// path from the root: mimetic keeps no offsets, and copies no message/rfc822 content.
  std::optional<std::string_view> raw_range(std::uint32_t idx) const {
    std::vector<std::uint32_t> path;
    for (std::uint32_t i = idx; i != 0 && i != kNone; i = nodes_[i].parent) path.push_back(i);
    std::string_view cur = msg_;
    for (std::size_t k = path.size(); k > 0; --k) {
      const node& nd = nodes_[path[k - 1]];
      const node& parent = nodes_[nd.parent];
      const std::string_view body = cur.substr(detail::header_length(cur));
      if (parent.boundary.empty()) return std::nullopt;  // only multiparts have children here
      auto part = nth_part(body, parent.boundary, nd.ordinal);
      if (!part) return std::nullopt;
      cur = *part;
    }
    return cur;
  }

  void finish_text() {
    const text_candidate* pick = plain_.set       ? &plain_
                                 : plain_att_.set ? &plain_att_
                                 : html_.set      ? &html_
                                 : html_att_.set  ? &html_att_
                                                  : nullptr;
    if (pick) rep_.text = decode_text(pick->body, pick->cte, pick->charset, pick->html, rep_);
  }

  std::string_view msg_;
  const content_type& top_;
  const limits& lim_;
  bool fast_;  // mimetic's fast path split the message (pointer_path_safe)
  // The content of the root's last part, which mimetic was not given (returned_last_part).
  std::optional<std::string_view> cut_;
  report& rep_;
  std::vector<node> nodes_;
  bool have_dsn_ = false, have_feedback_ = false, have_mdn_ = false;
  text_candidate plain_, plain_att_, html_, html_att_;
};

/// A message whose top level is a single part: no structure, so no mimetic.
void single_part(std::string_view body, const content_type& ct, std::string_view cte, report& rep) {
  if (ct.is_returned_message() || ct.is_returned_headers()) {
    const std::string decoded = normalized(detail::decode_cte(body, cte));
    take_original(skip_blank_lines(decoded), rep);
    return;
  }
  if (is_delivery_status(ct)) {
    rep.global_dsn = ct.subtype == "global-delivery-status";
    rep.delivery_status = normalized(detail::decode_cte(body, cte));
    return;
  }
  if (ct.is("message", "feedback-report")) {
    rep.feedback_report = normalized(detail::decode_cte(body, cte));
    return;
  }
  if (ct.is("message", "disposition-notification")) {
    rep.disposition_notification = normalized(detail::decode_cte(body, cte));
    return;
  }
  rep.text = decode_text(body, cte, ct.param("charset"), ct.is("text", "html"), rep);
}

/// The flat view: top headers (already parsed) and the body as text.
void flat_view(std::string_view body, const content_type& ct, std::string_view cte, report& rep,
               std::string_view warning) {
  add_warning(rep, warning);
  rep.text.clear();
  rep.delivery_status.clear();
  rep.feedback_report.clear();
  rep.has_original = false;
  rep.original = {};
  rep.original_raw.clear();
  rep.global_dsn = false;
  if (ct.type == "multipart" || ct.type == "message") {
    rep.text = std::string(body);  // no part structure to decode by
  } else {
    rep.text = decode_text(body, cte, ct.param("charset"), ct.is("text", "html"), rep);
  }
}

}  // namespace

namespace detail {

namespace {
// The report of the message's MIME structure (its parts, or the flat view).
result<report> build_structure(std::string_view lf_message, const limits& lim, bool allow_fast) {
  std::string owned;
  // memchr needs a non-null pointer even for 0 bytes: an empty view may have data() == nullptr.
  if (!lf_message.empty() && std::memchr(lf_message.data(), '\r', lf_message.size()) != nullptr) {
    owned = input::normalize_newlines(lf_message);
    lf_message = owned;
  }
  std::string repaired = detail::repair_unfolded_params(lf_message);
  if (!repaired.empty()) lf_message = repaired;
  std::string_view msg = lf_message;
  if (input::looks_like_mbox(msg)) {  // an mbox separator left in a single file
    const std::size_t nl = msg.find('\n');
    msg = nl == std::string_view::npos ? std::string_view() : msg.substr(nl + 1);
  }
  msg = skip_blank_lines(msg);
  const std::string_view first_line = msg.substr(0, msg.find('\n'));
  if (msg.empty() || !detail::is_field_line(first_line)) return errc::not_a_message;

  report rep;
  rep.limits = lim;
  const std::size_t body_at = parse_header_block(msg, rep.headers);
  rep.subject = detail::notice_subject(rep.headers.get("Subject"));
  detail::notice_from(rep.headers.get("From"), rep.from_name, rep.from_address);
  const std::string_view body = msg.substr(body_at);
  const content_type top = detail::parse_content_type(rep.headers.get("Content-Type"));
  const std::string cte = detail::parse_cte(rep.headers.get("Content-Transfer-Encoding"));
  rep.content_type = top.full();
  if (top.type == "multipart" && top.subtype == "report")
    rep.report_type = bounce::detail::to_lower(top.param("report-type"));

  if (top.type != "multipart") {  // no structure: our linear code only, mimetic is not needed
    single_part(body, top, cte, rep);
    return rep;
  }
  std::vector<std::size_t> content_type_lines;
  if (!detail::prescan_ok(msg, lim, allow_fast ? &content_type_lines : nullptr)) {
    flat_view(body, top, cte, rep, "mime_limits");
    return rep;
  }
  if (top.param("boundary").empty()) {  // an opaque multipart: nothing to split on
    rep.text = std::string(body);
    return rep;
  }
  mimetic::MimeEntity root;
  const mimetic::MimeEntity& croot = root;
  // The returned message at the end is read by our own code: mimetic need not parse it. The
  // gate then judges the bytes mimetic is given.
  std::optional<std::string_view> cut =
      allow_fast ? detail::returned_last_part(msg, top.param("boundary")) : std::nullopt;
  std::size_t load_end = cut ? static_cast<std::size_t>(cut->data() - msg.data()) : msg.size();
  const bool fast =
      allow_fast && detail::pointer_path_safe(msg.substr(0, load_end), &content_type_lines);
  if (!fast) {  // the input path reads the whole message
    cut.reset();
    load_end = msg.size();
  }
  // And mimetic need not parse the top header block either: it gets the structure only. Not
  // for a large body: the copy would double the message in memory for a gain (the top header
  // block) that is small beside the body's own parsing.
  constexpr std::size_t structure_copy_limit = 1u << 20;
  thread_local std::string structure;  // reused: the copy is cheap, a fresh allocation is not
  // The input path gets it too when the top header block is the bulk of the message (100k
  // header fields cost mimetic ~6x their size in Field objects); our header parser read them.
  constexpr std::size_t large_header_block = 64u << 10;
  const bool structure_only =
      allow_fast && (fast || body_at > large_header_block) &&
      load_end - body_at <= structure_copy_limit &&
      detail::structure_for_mimetic(msg, body_at, rep.content_type, top.param("boundary"), load_end,
                                    structure);
  const std::string_view to_load =
      structure_only ? std::string_view(structure) : msg.substr(0, load_end);
  const bool loaded = detail::load_mimetic(to_load, fast, root);
  if (structure.capacity() > structure_copy_limit)
    std::string().swap(structure);  // keep no large buffer
  if (!loaded) {
    flat_view(body, top, cte, rep, "mime_malformed");
    return rep;
  }
  try {  // typed access parses field values: nothing of mimetic's may escape this layer
    if (croot.body().parts().empty() ||
        (!fast && croot.header().contentType().param("boundary").empty())) {
      flat_view(body, top, cte, rep, "mime_malformed");  // no part where one was promised
      return rep;
    }
    walker(msg, top, lim, fast, cut, rep).run(croot);
  } catch (const std::bad_alloc&) {
    throw;
  } catch (...) {
    flat_view(body, top, cte, rep, "mime_malformed");
  }
  return rep;
}
}  // namespace

result<report> build_report_on(std::string_view lf_message, const limits& lim, bool allow_fast) {
  result<report> rep = build_structure(lf_message, lim, allow_fast);
  if (!rep) return rep;
  if (const std::size_t sig = signature_at(rep->text); sig != std::string_view::npos)
    rep->text.resize(sig);
  read_inline_original(*rep);
  return rep;
}

}  // namespace detail

result<report> build_report(std::string_view lf_message, const limits& lim) {
  return detail::build_report_on(lf_message, lim, true);
}

}  // namespace bounce::mime
