// SPDX-License-Identifier: BSD-2-Clause
// message/delivery-status bodies (RFC 3464 §2.1, §2.2, §2.3; RFC 6533 for the global form):
// split into groups, unfold, and hand every known field to its grammar.
#include "grammar/dsn.hpp"

#include <array>
#include <cstddef>
#include <utility>

#include "bounce/fields.hpp"
#include "detail/string_util.hpp"

namespace bounce::grammar {

namespace {

enum class field_kind {
  // per-message (RFC 3464 §2.2)
  reporting_mta,
  received_from_mta,
  arrival_date,
  original_envelope_id,
  // per-recipient (RFC 3464 §2.3)
  final_recipient,
  original_recipient,
  action,
  status,
  remote_mta,
  diagnostic_code,
  last_attempt_date,
  will_retry_until,
  final_log_id,
  other,  // X-* and unknown fields
};

struct known_field {
  std::string_view name;
  field_kind kind;
};
constexpr known_field known_fields[] = {
    {"final-recipient", field_kind::final_recipient},
    {"action", field_kind::action},
    {"status", field_kind::status},
    {"diagnostic-code", field_kind::diagnostic_code},
    {"remote-mta", field_kind::remote_mta},
    {"original-recipient", field_kind::original_recipient},
    {"last-attempt-date", field_kind::last_attempt_date},
    {"reporting-mta", field_kind::reporting_mta},
    {"arrival-date", field_kind::arrival_date},
    {"received-from-mta", field_kind::received_from_mta},
    {"original-envelope-id", field_kind::original_envelope_id},
    {"will-retry-until", field_kind::will_retry_until},
    {"final-log-id", field_kind::final_log_id},
};

// Known names of equal length differ in their first letter: length and first letter leave
// one candidate to compare (kind_of runs on every field line).
field_kind kind_of(std::string_view name) noexcept {
  if (name.empty()) return field_kind::other;
  char const first = detail::ascii_lower(name.front());
  for (auto const& f : known_fields)
    if (f.name.size() == name.size() && f.name.front() == first)
      return detail::iequals(name, f.name) ? f.kind : field_kind::other;
  return field_kind::other;
}
static_assert(
    [] {
      for (auto const& a : known_fields)
        for (auto const& b : known_fields)
          if (&a != &b && a.name.size() == b.name.size() && a.name.front() == b.name.front())
            return false;
      return true;
    }(),
    "kind_of: known names of one length must differ in their first letter");
constexpr bool is_message_field(field_kind k) noexcept {
  return k <= field_kind::original_envelope_id;
}
/// Fields whose presence makes a group a per-recipient group.
constexpr bool names_recipient(field_kind k) noexcept {
  return k == field_kind::final_recipient || k == field_kind::original_recipient ||
         k == field_kind::action || k == field_kind::status;
}

constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }

/// One field of a group. Values point into the body until a continuation forces a copy.
struct raw_field {
  std::string_view name;
  std::string_view first_line;
  std::string joined;
  bool continued = false;
  field_kind kind = field_kind::other;

  std::string_view value() const noexcept {
    return continued ? std::string_view(joined) : first_line;
  }
  void append(std::string_view more) {
    if (more.empty()) return;
    if (!continued) {
      joined.assign(first_line);
      continued = true;
    }
    if (!joined.empty()) joined.push_back(' ');
    joined.append(more);
  }
};

// RFC 5322 ftext: printable ASCII but ':'.
constexpr auto is_name_char = [] {
  std::array<bool, 256> t{};
  for (unsigned c = 33; c < 127; ++c) t[c] = c != ':';
  return t;
}();

/// "Name: value" (RFC 5322 field name, blanks allowed before the colon).
bool split_field(std::string_view line, std::string_view& name, std::string_view& value) noexcept {
  std::size_t i = 0;
  while (i < line.size() && is_name_char[static_cast<unsigned char>(line[i])]) ++i;
  if (i == 0) return false;
  std::size_t const name_end = i;
  while (i < line.size() && is_blank(line[i])) ++i;
  if (i == line.size() || line[i] != ':') return false;
  name = line.substr(0, name_end);
  value = detail::trim(line.substr(i + 1));
  return true;
}

void add_warning(std::vector<std::string>& warnings, std::string_view name) {
  std::string w = unparsed_field_warning(name);
  for (auto const& existing : warnings)
    if (existing == w) return;
  warnings.push_back(std::move(w));
}

dsn_field to_extra(raw_field const& f) { return {std::string(f.name), std::string(f.value())}; }

// Extra fields kept per recipient and per message. Only a few X- fields are ever read
// (X-Actual-Recipient, X-PowerMTA-BounceCategory); a group repeating a field thousands of times
// must not cost memory in proportion.
constexpr std::size_t max_extra_fields = 64;
// Fields of a group held before a field names a recipient: a group that long without one is a
// per-message group (or junk), read as such so that the buffer stays bounded.
constexpr std::size_t max_undecided_fields = 256;

void add_extra(std::vector<dsn_field>& extra, raw_field const& f) {
  if (extra.size() < max_extra_fields) extra.push_back(to_extra(f));
}

class dsn_parser {
 public:
  explicit dsn_parser(std::size_t max_recipients) : max_recipients_(max_recipients) {}

  dsn_message run(std::string_view body) {
    // Room for a usual group at once rather than regrowing (and moving) field by field; small
    // enough (8 x 72 bytes) for the allocator's per-thread cache: a 16-field block cost more.
    group_.reserve(8);
    reserve_recipients(body);
    std::size_t pos = 0;
    while (pos < body.size() && !msg_.truncated) {
      std::size_t const nl = body.find('\n', pos);
      std::string_view line =
          body.substr(pos, nl == std::string_view::npos ? body.size() - pos : nl - pos);
      pos = nl == std::string_view::npos ? body.size() : nl + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      take_line(line);
    }
    if (!msg_.truncated) flush_group();
    for (auto& r : msg_.recipients)
      if (r.final_recipient.empty() && !r.original_recipient.empty())
        r.final_recipient = r.original_recipient;
    return std::move(msg_);
  }

 private:
  static constexpr std::size_t none = static_cast<std::size_t>(-1);

  std::size_t max_recipients_;
  dsn_message msg_;
  // The fields of the current group not applied yet. A group is read as per-recipient once one
  // of its fields names a recipient (names_recipient()); from then on each field is applied as
  // soon as the next one starts (a fold may still extend it), so a group of any length holds
  // one field here. Before that, fields wait (at most max_undecided_fields).
  std::vector<raw_field> group_;
  std::size_t group_size_ = 0;  // fields in use; group_ keeps its capacity between groups
  bool recipient_group_ = false;
  std::size_t last_diagnostic_ =
      none;  // recipient whose Diagnostic-Code was the last field applied

  // State of the per-recipient group being read (recipient_field()).
  std::size_t cur_ = none;
  bool has_final_ = false, has_original_ = false;
  bool message_field_seen_ = false;   // a per-message field earlier in this group
  bool message_field_after_ = false;  // ... after the current recipient started
  std::vector<dsn_field> pending_;    // unknown fields before the first recipient

  // A report with many recipients gets its vector at once: growing it by doubling held the
  // old and the new buffer together (1.5x its size) and left the allocator's freed blocks
  // behind. Final-Recipient lines bound the groups well; a usual report (a few) is left as is.
  void reserve_recipients(std::string_view body) {
    constexpr std::size_t few = 16;
    std::size_t n = 0;
    for (std::size_t at = detail::ifind(body, "final-recipient:"); at != std::string_view::npos;
         at = detail::ifind(body, "final-recipient:", at + 16))
      if (++n > max_recipients_) break;
    if (n > few) msg_.recipients.reserve(n < max_recipients_ ? n : max_recipients_);
  }

  raw_field* last_field() { return group_size_ ? &group_[group_size_ - 1] : nullptr; }

  void take_line(std::string_view line) {
    std::string_view const text = detail::trim(line);
    if (text.empty()) {  // blank, or only white space: ends the group
      flush_group();
      return;
    }
    raw_field* prev = last_field();
    if (is_blank(line.front())) {  // a fold
      if (prev)
        prev->append(text);
      else
        orphan_line(text);
      return;
    }
    std::string_view name, value;
    if (split_field(line, name, value)) {
      field_kind const kind = kind_of(name);
      // A broken MTA wrapped Diagnostic-Code without indenting, and the wrapped text happens to
      // look like "word: …": an unknown non-X- name right after the diagnostic is text.
      bool const wrapped_text = prev && prev->kind == field_kind::diagnostic_code &&
                                kind == field_kind::other && !detail::istarts_with(name, "x-");
      if (!wrapped_text) {
        push_field(name, value, kind);
        return;
      }
    }
    // Not a field: a continuation without leading blank. Only a diagnostic is long enough to
    // be wrapped that way; anything else is noise.
    if (prev) {
      if (prev->kind == field_kind::diagnostic_code) prev->append(text);
    } else {
      orphan_line(text);
    }
  }

  void push_field(std::string_view name, std::string_view value, field_kind kind) {
    // Every field held so far is complete: a new one starts.
    if (!recipient_group_ && names_recipient(kind)) recipient_group_ = true;
    if (recipient_group_) {
      apply_held();
    } else if (group_size_ == max_undecided_fields) {
      message_fields();
      group_size_ = 0;
    }
    if (group_size_ == group_.size()) group_.emplace_back();
    raw_field& f = group_[group_size_++];
    f.name = name;
    f.first_line = value;
    f.joined.clear();
    f.continued = false;
    f.kind = kind;
  }

  void apply_held() {
    for (std::size_t i = 0; i < group_size_ && !msg_.truncated; ++i) recipient_field(group_[i]);
    group_size_ = 0;
  }

  /// A line that continues nothing in its group: when a blank line split a diagnostic, it
  /// belongs to the diagnostic before the blank line.
  void orphan_line(std::string_view text) {
    if (last_diagnostic_ == none) return;
    std::string& d = msg_.recipients[last_diagnostic_].diagnostic;
    if (!d.empty()) d.push_back(' ');
    d.append(text);
  }

  void flush_group() {
    if (recipient_group_) {
      apply_held();
      for (auto& p : pending_) msg_.extra.push_back(std::move(p));
      pending_.clear();
      cur_ = none;
      has_final_ = has_original_ = message_field_seen_ = message_field_after_ = false;
      recipient_group_ = false;
    } else if (group_size_ != 0) {
      message_fields();
    }
    group_size_ = 0;
  }

  /// A group that names no recipient: per-message fields, extras, and stray per-recipient
  /// fields (which belong to the recipient before: a blank line split its group).
  void message_fields() {
    for (std::size_t i = 0; i < group_size_; ++i) {
      raw_field const& f = group_[i];
      if (is_message_field(f.kind)) {
        apply_message(f);
      } else if (f.kind != field_kind::other && !msg_.recipients.empty()) {
        apply_recipient(msg_.recipients.size() - 1, f);
      } else {
        add_extra(msg_.extra, f);
        last_diagnostic_ = none;
      }
    }
  }

  /// One field of a group that names a recipient, in order. Single-group DSNs mix per-message
  /// and per-recipient fields; a group may name several recipients one after the other.
  void recipient_field(raw_field const& f) {
    if (is_message_field(f.kind)) {
      apply_message(f);
      message_field_seen_ = true;
      message_field_after_ = cur_ != none;
      return;
    }
    if (f.kind == field_kind::other) {
      if (cur_ != none)
        add_extra(msg_.recipients[cur_].extra, f);
      else if (message_field_seen_)
        add_extra(msg_.extra, f);
      else if (pending_.size() < max_extra_fields)
        pending_.push_back(to_extra(f));
      last_diagnostic_ = none;
      return;
    }
    bool start = cur_ == none;
    if (!start) {
      if (f.kind == field_kind::final_recipient)
        start = has_final_ || message_field_after_;
      else if (f.kind == field_kind::original_recipient)
        // Not on has_final alone: many MTAs write Original-Recipient after Final-Recipient,
        // Action and Status of the same recipient.
        start = has_original_ || message_field_after_;
    }
    if (start) {
      // Past the cap nothing more is read: the caller reports the truncation.
      if (msg_.recipients.size() >= max_recipients_) {
        msg_.truncated = true;
        return;
      }
      msg_.recipients.emplace_back();
      cur_ = msg_.recipients.size() - 1;
      auto& extra = msg_.recipients[cur_].extra;
      for (auto& p : pending_) extra.push_back(std::move(p));
      pending_.clear();
      has_final_ = has_original_ = message_field_after_ = false;
    }
    has_final_ |= f.kind == field_kind::final_recipient;
    has_original_ |= f.kind == field_kind::original_recipient;
    apply_recipient(cur_, f);
  }

  void apply_message(raw_field const& f) {
    last_diagnostic_ = none;
    std::string_view const v = f.value();
    if (v.empty()) return;
    auto typed_host = [&](std::string& out) {
      if (!out.empty()) return add_extra(msg_.extra, f);
      if (auto t = parse_typed_field(v)) {
        out = std::move(t->value);
      } else {
        out.assign(v);
        add_warning(msg_.warnings, f.name);
      }
    };
    switch (f.kind) {
      case field_kind::reporting_mta:
        return typed_host(msg_.reporting_mta);
      case field_kind::received_from_mta:
        return typed_host(msg_.received_from_mta);
      case field_kind::arrival_date:
        if (!msg_.arrival_date.empty()) return add_extra(msg_.extra, f);
        if (auto d = parse_date(v)) {
          msg_.arrival_date = d->to_rfc3339();
        } else {
          add_extra(msg_.extra, f);
          add_warning(msg_.warnings, f.name);
        }
        return;
      case field_kind::original_envelope_id:
        if (!msg_.original_envelope_id.empty()) return add_extra(msg_.extra, f);
        msg_.original_envelope_id.assign(v);
        return;
      default:
        return;
    }
  }

  void apply_recipient(std::size_t index, raw_field const& f) {
    last_diagnostic_ = none;
    dsn_recipient& r = msg_.recipients[index];
    std::string_view const v = f.value();
    if (v.empty()) return;
    auto duplicate = [&] { add_extra(r.extra, f); };
    auto unparsed = [&] { add_warning(r.warnings, f.name); };
    auto address = [&](std::string& out) {
      if (!out.empty()) return duplicate();
      // A failure means nothing is left once type, brackets and comment are gone: no raw copy.
      if (auto a = parse_address_field(v))
        out = std::move(*a);
      else
        unparsed();
    };
    auto date = [&](std::string& out) {
      if (!out.empty()) return duplicate();
      if (auto d = parse_date(v)) {
        out = d->to_rfc3339();
      } else {
        add_extra(r.extra, f);
        unparsed();
      }
    };
    switch (f.kind) {
      case field_kind::final_recipient:
        return address(r.final_recipient);
      case field_kind::original_recipient:
        return address(r.original_recipient);
      case field_kind::action:
        if (!r.action_raw.empty()) return duplicate();
        r.action_raw.assign(v);
        if (auto a = parse_action(v))
          r.action = *a;
        else
          unparsed();
        return;
      case field_kind::status:
        if (!r.status_raw.empty()) return duplicate();
        r.status_raw.assign(v);
        if (auto s = parse_status(v))
          r.status = *s;
        else
          unparsed();
        return;
      case field_kind::remote_mta:
        if (!r.remote_mta.empty()) return duplicate();
        if (auto t = parse_typed_field(v)) {
          r.remote_mta = std::move(t->value);
        } else {
          r.remote_mta.assign(v);
          unparsed();
        }
        return;
      case field_kind::diagnostic_code:
        if (!r.diagnostic.empty() || !r.diagnostic_type.empty()) return duplicate();
        if (auto t = parse_typed_field(v)) {
          r.diagnostic_type = std::move(t->type);
          for (char& c : r.diagnostic_type)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
          r.diagnostic = std::move(t->value);
        } else {
          r.diagnostic.assign(v);
          unparsed();
        }
        last_diagnostic_ = index;
        return;
      case field_kind::last_attempt_date:
        return date(r.last_attempt_date);
      case field_kind::will_retry_until:
        return date(r.will_retry_until);
      case field_kind::final_log_id:
        if (!r.final_log_id.empty()) return duplicate();
        r.final_log_id.assign(v);
        return;
      default:
        return;
    }
  }
};

}  // namespace

std::string unparsed_field_warning(std::string_view name) {
  return "field_unparsed:" + detail::to_lower(name);
}

dsn_message parse_dsn(std::string_view body, std::size_t max_recipients) {
  return dsn_parser{max_recipients}.run(body);
}

}  // namespace bounce::grammar
