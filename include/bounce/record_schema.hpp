// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file record_schema.hpp  The record schema, defined once: every field of bounce::record with
/// its JSON name, type, null rule and accessor (docs/record-schema.md). The JSON writer, the C
/// API's field lookup and the Python conversion all walk record_fields; a new field is added to
/// the struct (record.hpp) and to this table, nowhere else.
#include <array>
#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>

#include "bounce/record.hpp"
#include "bounce/span.hpp"

namespace bounce {

/// The JSON type of a field.
enum class field_type : unsigned char { string, integer, boolean, string_list, header_map };

/// When a field is null.
enum class field_null : unsigned char {
  never,      ///< always a value ("" for an empty string)
  if_empty,   ///< a string (or map) that is null when empty
  if_absent,  ///< an optional member that is null when unset
};

/// One field's value as read from a record, without allocating: strings are views into the
/// record (or static names); a status code is formatted into the value itself, so a copy of the
/// value stays valid as long as the record does.
class field_value {
 public:
  // Not constexpr: own_ is left uninitialised (below), which C++17 forbids in constant
  // expressions, and the public headers compile as C++17.
  static field_value null_value() noexcept { return {}; }
  static field_value of_string(std::string_view s) noexcept {
    field_value v;
    v.null_ = false;
    v.view_ = s;
    return v;
  }
  static field_value of_integer(long long i) noexcept {
    field_value v;
    v.null_ = false;
    v.integer_ = i;
    return v;
  }
  static field_value of_boolean(bool b) noexcept { return of_integer(b ? 1 : 0); }
  static field_value of_strings(span<const std::string> list) noexcept {
    field_value v;
    v.null_ = false;
    v.list_ = list;
    return v;
  }
  static field_value of_headers(span<const named_header> map) noexcept {
    field_value v;
    v.null_ = false;
    v.headers_ = map;
    return v;
  }
  /// "5.1.1": the text of status_code::to_string(), without its allocations.
  static field_value of_status(const status_code& s) noexcept {
    field_value v;
    v.null_ = false;
    char* p = v.own_;
    char* const end = v.own_ + sizeof v.own_;
    p = std::to_chars(p, end, s.cls).ptr;
    *p++ = '.';
    p = std::to_chars(p, end, s.subject).ptr;
    *p++ = '.';
    p = std::to_chars(p, end, s.detail).ptr;
    v.own_size_ = static_cast<unsigned char>(p - v.own_);
    return v;
  }

  constexpr bool is_null() const noexcept { return null_; }
  /// The text of a string field (empty for the other types).
  constexpr std::string_view string() const noexcept {
    return own_size_ != 0 ? std::string_view(own_, own_size_) : view_;
  }
  constexpr long long integer() const noexcept { return integer_; }  ///< integer fields
  constexpr bool boolean() const noexcept { return integer_ != 0; }  ///< boolean fields
  /// The items of a string_list field.
  constexpr span<const std::string> strings() const noexcept { return list_; }
  /// The entries of a header_map field.
  constexpr span<const named_header> headers() const noexcept { return headers_; }
  /// An empty string, list or map.
  constexpr bool empty() const noexcept {
    return string().empty() && list_.empty() && headers_.empty();
  }

 private:
  bool null_ = true;
  unsigned char own_size_ = 0;
  // A formatted status code (three ints, two dots). Not zeroed: own_size_ says what is set,
  // and the JSON writer reads a value per field of every record.
  char own_[40];
  std::string_view view_;
  long long integer_ = 0;
  span<const std::string> list_;
  span<const named_header> headers_;
};

/// One field of the schema.
struct record_field {
  std::string_view
      name;  ///< JSON key, C API field name, Python dict key (a NUL-terminated literal)
  field_type type;
  field_null nulls;
  /// The raw value; null only for an unset optional (is_null() applies the null rule).
  field_value (*get)(const record&) noexcept;

  /// Whether v, this field's raw value in a record (get(r)), is null by the field's rule.
  constexpr bool is_null(const field_value& v) const noexcept {
    return v.is_null() || (nulls == field_null::if_empty && v.empty());
  }
};

/// The accessors of record_fields, one per field.
namespace record_access {
using fv = field_value;
inline fv source(const record& r) noexcept { return fv::of_string(r.source); }
inline fv message_index(const record& r) noexcept {
  return fv::of_integer(static_cast<long long>(r.message_index));
}
inline fv recipient(const record& r) noexcept { return fv::of_string(r.recipient); }
inline fv action(const record& r) noexcept { return fv::of_string(to_string(r.action)); }
inline fv status(const record& r) noexcept { return r.status ? fv::of_status(*r.status) : fv{}; }
inline fv status_source(const record& r) noexcept {
  return r.status_source ? fv::of_string(to_string(*r.status_source)) : fv{};
}
inline fv status_class_title(const record& r) noexcept {
  return fv::of_string(r.status_class_title);
}
inline fv status_subject_title(const record& r) noexcept {
  return fv::of_string(r.status_subject_title);
}
inline fv status_detail_title(const record& r) noexcept {
  return fv::of_string(r.status_detail_title);
}
inline fv reply_code(const record& r) noexcept {
  return r.reply_code ? fv::of_integer(*r.reply_code) : fv{};
}
inline fv reason(const record& r) noexcept { return fv::of_string(to_string(r.reason)); }
inline fv hard_bounce(const record& r) noexcept { return fv::of_boolean(r.hard_bounce); }
inline fv diagnostic_type(const record& r) noexcept { return fv::of_string(r.diagnostic_type); }
inline fv diagnostic(const record& r) noexcept { return fv::of_string(r.diagnostic); }
inline fv smtp_command(const record& r) noexcept { return fv::of_string(r.smtp_command); }
inline fv remote_mta(const record& r) noexcept { return fv::of_string(r.remote_mta); }
inline fv reporting_mta(const record& r) noexcept { return fv::of_string(r.reporting_mta); }
inline fv arrival_date(const record& r) noexcept { return fv::of_string(r.arrival_date); }
inline fv last_attempt_date(const record& r) noexcept { return fv::of_string(r.last_attempt_date); }
inline fv original_message_id(const record& r) noexcept {
  return fv::of_string(r.original_message_id);
}
inline fv original_from(const record& r) noexcept { return fv::of_string(r.original_from); }
inline fv original_to(const record& r) noexcept { return fv::of_string(r.original_to); }
inline fv original_subject(const record& r) noexcept { return fv::of_string(r.original_subject); }
inline fv feedback_type(const record& r) noexcept { return fv::of_string(r.feedback_type); }
inline fv engine(const record& r) noexcept { return fv::of_string(r.engine); }
inline fv rule(const record& r) noexcept { return fv::of_string(r.rule); }
inline fv warnings(const record& r) noexcept { return fv::of_strings(r.warnings); }
inline fv timestamp(const record& r) noexcept { return fv::of_string(r.timestamp); }
inline fv timestamp_source(const record& r) noexcept {
  return r.timestamp_source ? fv::of_string(to_string(*r.timestamp_source)) : fv{};
}
inline fv sender(const record& r) noexcept { return fv::of_string(r.sender); }
inline fv sender_domain(const record& r) noexcept { return fv::of_string(r.sender_domain); }
inline fv destination(const record& r) noexcept { return fv::of_string(r.destination); }
inline fv original_recipient(const record& r) noexcept {
  return fv::of_string(r.original_recipient);
}
inline fv list_id(const record& r) noexcept { return fv::of_string(r.list_id); }
inline fv feedback_id(const record& r) noexcept { return fv::of_string(r.feedback_id); }
inline fv to(const record& r) noexcept { return fv::of_string(r.to); }
inline fv delivered_to(const record& r) noexcept { return fv::of_string(r.delivered_to); }
inline fv verp_recipient(const record& r) noexcept { return fv::of_string(r.verp_recipient); }
inline fv token(const record& r) noexcept { return fv::of_string(r.token); }
inline fv headers(const record& r) noexcept { return fv::of_headers(r.headers); }
inline fv permanent(const record& r) noexcept { return fv::of_boolean(r.permanent); }
inline fv esp(const record& r) noexcept { return fv::of_string(r.esp); }
inline fv esp_category(const record& r) noexcept { return fv::of_string(r.esp_category); }
inline fv esp_message_id(const record& r) noexcept { return fv::of_string(r.esp_message_id); }
inline fv envelope_id(const record& r) noexcept { return fv::of_string(r.envelope_id); }
}  // namespace record_access

/// Every field of a record, in JSON key order (docs/record-schema.md): the first release's fields
/// up to "warnings", then the fields added since (new keys go at the end). The printed warnings
/// add invalid_utf8_warning when any string of the record (or a warning) was not valid UTF-8.
inline constexpr std::array<record_field, 45> record_fields = [] {
  namespace a = record_access;
  constexpr auto S = field_type::string, I = field_type::integer, B = field_type::boolean,
                 L = field_type::string_list, M = field_type::header_map;
  constexpr auto never = field_null::never, if_empty = field_null::if_empty,
                 if_absent = field_null::if_absent;
  // clang-format off
  return std::array<record_field, 45>{{
      // name                   type null rule  accessor
      {"source",               S, never,     a::source},
      {"message_index",        I, never,     a::message_index},
      {"recipient",            S, if_empty,  a::recipient},
      {"action",               S, never,     a::action},
      {"status",               S, if_absent, a::status},
      {"status_source",        S, if_absent, a::status_source},
      {"status_class_title",   S, if_empty,  a::status_class_title},
      {"status_subject_title", S, if_empty,  a::status_subject_title},
      {"status_detail_title",  S, if_empty,  a::status_detail_title},
      {"reply_code",           I, if_absent, a::reply_code},
      {"reason",               S, never,     a::reason},
      {"hard_bounce",          B, never,     a::hard_bounce},
      {"diagnostic_type",      S, if_empty,  a::diagnostic_type},
      {"diagnostic",           S, if_empty,  a::diagnostic},
      {"smtp_command",         S, if_empty,  a::smtp_command},
      {"remote_mta",           S, if_empty,  a::remote_mta},
      {"reporting_mta",        S, if_empty,  a::reporting_mta},
      {"arrival_date",         S, if_empty,  a::arrival_date},
      {"last_attempt_date",    S, if_empty,  a::last_attempt_date},
      {"original_message_id",  S, if_empty,  a::original_message_id},
      {"original_from",        S, if_empty,  a::original_from},
      {"original_to",          S, if_empty,  a::original_to},
      {"original_subject",     S, if_empty,  a::original_subject},
      {"feedback_type",        S, if_empty,  a::feedback_type},
      {"engine",               S, never,     a::engine},
      {"rule",                 S, never,     a::rule},
      {"warnings",             L, never,     a::warnings},
      {"timestamp",            S, if_empty,  a::timestamp},
      {"timestamp_source",     S, if_absent, a::timestamp_source},
      {"sender",               S, if_empty,  a::sender},
      {"sender_domain",        S, if_empty,  a::sender_domain},
      {"destination",          S, if_empty,  a::destination},
      {"original_recipient",   S, if_empty,  a::original_recipient},
      {"list_id",              S, if_empty,  a::list_id},
      {"feedback_id",          S, if_empty,  a::feedback_id},
      {"to",                   S, if_empty,  a::to},
      {"delivered_to",         S, if_empty,  a::delivered_to},
      {"verp_recipient",       S, if_empty,  a::verp_recipient},
      {"token",                S, if_empty,  a::token},
      {"headers",              M, if_empty,  a::headers},
      {"permanent",            B, never,     a::permanent},
      {"esp",                  S, if_empty,  a::esp},
      {"esp_category",         S, if_empty,  a::esp_category},
      {"esp_message_id",       S, if_empty,  a::esp_message_id},
      {"envelope_id",          S, if_empty,  a::envelope_id},
  }};
  // clang-format on
}();
inline constexpr std::size_t record_field_count = record_fields.size();

/// The index of "warnings" in record_fields: the writers add invalid_utf8 to it after checking
/// every other string of the record, including the fields that follow it.
inline constexpr std::size_t warnings_field_index = [] {
  std::size_t i = 0;
  while (record_fields[i].name != "warnings") ++i;
  return i;
}();
static_assert(record_fields[warnings_field_index].type == field_type::string_list,
              "warnings is the one string_list field");

/// The field named name (a JSON key), or null.
constexpr const record_field* find_record_field(std::string_view name) noexcept {
  for (const record_field& f : record_fields)
    if (f.name == name) return &f;
  return nullptr;
}

/// The warning every output adds when it replaced bytes that are not UTF-8 by U+FFFD.
inline constexpr std::string_view invalid_utf8_warning = "invalid_utf8";

}  // namespace bounce
