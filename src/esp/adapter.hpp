// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// What a provider adapter gives for one event: evidence per recipient (an extract::draft, as an
// extractor gives for mail, plus the event's own fields), or "not mine", or "skipped" (an event
// that is not a delivery outcome: open, click, unsubscribe ...). The classifier decides.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/fields.hpp"
#include "esp/json.hpp"
#include "extract/common/catalogue.hpp"
#include "extract/draft.hpp"

namespace bounce::esp {

/// Where an event carries values a caller may ask for by name (options::headers ->
/// record.headers): an object of name -> value, or an array of {name, value} objects, reached
/// from the event by a path of member names. Each provider's file has a table of them in order of
/// precedence: a real header first, then metadata and variables (docs/esp.md).
struct header_source {
  enum class shape : unsigned char { object, pairs };
  std::string_view path[2] = {};  ///< member names from the event's root ("" ends the path)
  shape form = shape::object;
  std::string_view only = {};  ///< when set, the one name this source answers (a field of its own)
  bool join_lists = false;     ///< an array of strings gives its items joined with ", "
  std::span<const std::string_view> except = {};  ///< names it never answers (provider fields)
};

/// The header sources of one event: its root object and its provider's table.
struct header_lookup {
  const json::value* root = nullptr;
  std::span<const header_source> sources;
};

/// One recipient of one event.
struct evidence {
  extract::draft d;
  std::string category;    ///< the provider's label (record.esp_category)
  std::string message_id;  ///< the provider's id of the sent message (record.esp_message_id)
  std::string timestamp;   ///< RFC 3339
  std::string sender;      ///< the sending address
  std::string original_message_id, original_from, original_to, original_subject;
  std::string list_id, feedback_id;
  /// A numeric code the event states in a field of its own (Mailgun delivery-status.code,
  /// SparkPost error_code): the payload's reply code even where the classifier would drop it.
  std::optional<int> stated_reply;
  /// Where options::headers are looked up; the event's tree outlives the evidence.
  header_lookup headers;
};

enum class verdict : unsigned char { not_mine, outcome, skipped };

/// One provider: its name (record.esp), its engine (record.engine, the rule prefix) and its
/// adapter, which appends one evidence per recipient of an outcome event.
struct provider {
  std::string_view esp;
  std::string_view engine;
  verdict (*read)(const json::value& event, std::vector<evidence>& out);
};

verdict read_ses(const json::value&, std::vector<evidence>&);
verdict read_sendgrid(const json::value&, std::vector<evidence>&);
verdict read_mailgun(const json::value&, std::vector<evidence>&);
verdict read_postmark(const json::value&, std::vector<evidence>&);
verdict read_sparkpost(const json::value&, std::vector<evidence>&);
verdict read_mandrill(const json::value&, std::vector<evidence>&);

inline constexpr std::string_view k_ses_engine = "amazonses";  // the mail extractor's name too

// ---- helpers shared by the adapters (adapter.cpp) ----

/// Seconds since the epoch ("1529701969.818328", "1464825748") as RFC 3339 UTC
/// ("2018-06-22T21:12:49Z"); "" when the text is not a number.
std::string unix_to_rfc3339(std::string_view seconds);

/// An SMTP diagnostic ("smtp; 550 5.1.1 ...", "550 5.1.1 ...") into d: diagnostic without its
/// type prefix, diagnostic_type "SMTP", the SMTP command it names.
void set_diagnostic(extract::draft& d, std::string_view text);

/// The first address in a header value ("Jane <jane@example.com>" -> "jane@example.com"); the
/// trimmed value when it has none.
std::string address_of(std::string_view header_value);

/// An integer code ("550", 550); nullopt when it is not one within 100..999.
std::optional<int> code_of(std::string_view text);

/// The member of object named name, ASCII case-insensitively (the first such); nullptr when
/// none or object is not an object.
const json::value* find_member(const json::value& object, std::string_view name) noexcept;

/// The value of name in the sources of an event, the first source that has it as a string, a
/// number (as written) or a boolean; an object, an array (unless join_lists) or null does not
/// count. nullopt when no source has it.
std::optional<std::string> header_value(const header_lookup& in, std::string_view name);

/// "<id>" -> "id".
std::string without_angles(std::string_view v);

/// The entry of table whose text equals value (ASCII case-insensitively); nullptr when none.
const extract::kit::phrase* find_label(std::string_view value,
                                       std::span<const extract::kit::phrase> table);

}  // namespace bounce::esp
