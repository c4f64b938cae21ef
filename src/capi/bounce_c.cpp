// The C API (include/bounce.h): a thin wrapper over the public C++ API. Nothing may throw across
// the extern "C" boundary, so every entry point catches everything.
#include "bounce.h"

#include <array>
#include <cstring>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/bounce.hpp"

namespace {

// JSON keys in record order (the order of bounce::append_json).
constexpr std::array<std::string_view, 28> field_names = {
    "source", "message_index", "recipient", "action", "status", "status_source",
    "status_class_title", "status_subject_title", "status_detail_title", "reply_code", "reason",
    "hard_bounce", "diagnostic_type", "diagnostic", "smtp_command", "remote_mta", "reporting_mta",
    "arrival_date", "last_attempt_date", "original_message_id", "original_from", "original_to",
    "original_subject", "feedback_type", "engine", "rule", "warnings", "json"};
constexpr std::size_t field_count = field_names.size() - 1;  // "json" is not a field
constexpr std::size_t json_slot = field_names.size() - 1;

using text = std::optional<std::string>;

text or_null(std::string_view v) { return v.empty() ? text{} : text{std::string(v)}; }

// All texts of one record, computed once so the returned pointers stay valid.
std::array<text, field_names.size()> texts_of(const bounce::record& r) {
  std::array<text, field_names.size()> t;
  std::string json = bounce::to_json(r);
  if (!json.empty() && json.back() == '\n') json.pop_back();
  // "warnings" is the last key; the sequence "warnings": cannot occur inside a JSON string
  // (its quote would be escaped), so the last occurrence starts the array.
  const std::size_t w = json.rfind("\"warnings\":");
  std::string warnings = "[]";
  if (w != std::string::npos && json.size() >= w + 12) warnings = json.substr(w + 11, json.size() - w - 12);
  t = {text{r.source},
       text{std::to_string(r.message_index)},
       or_null(r.recipient),
       text{std::string(bounce::to_string(r.action))},
       r.status ? text{r.status->to_string()} : text{},
       r.status_source ? text{std::string(bounce::to_string(*r.status_source))} : text{},
       or_null(r.status_class_title),
       or_null(r.status_subject_title),
       or_null(r.status_detail_title),
       r.reply_code ? text{std::to_string(*r.reply_code)} : text{},
       text{std::string(bounce::to_string(r.reason))},
       text{r.hard_bounce ? "true" : "false"},
       or_null(r.diagnostic_type),
       or_null(r.diagnostic),
       or_null(r.smtp_command),
       or_null(r.remote_mta),
       or_null(r.reporting_mta),
       or_null(r.arrival_date),
       or_null(r.last_attempt_date),
       or_null(r.original_message_id),
       or_null(r.original_from),
       or_null(r.original_to),
       or_null(r.original_subject),
       or_null(r.feedback_type),
       text{r.engine},
       text{r.rule},
       text{std::move(warnings)},
       text{std::move(json)}};
  return t;
}

}  // namespace

struct bounce_result {
  std::optional<std::string> error;
  std::vector<std::array<text, field_names.size()>> records;
};

extern "C" {

bounce_result* bounce_parse(const char* data, size_t len) {
  try {
    auto* out = new bounce_result;
    try {
      if (data == nullptr && len != 0) {
        out->error = "invalid argument: NULL data with a non-zero length";
        return out;
      }
      auto parsed = bounce::parse_message(std::string_view(data ? data : "", data ? len : 0));
      if (!parsed) {
        out->error = parsed.error().message();
        return out;
      }
      out->records.reserve(parsed->records.size());
      for (const auto& rec : parsed->records) out->records.push_back(texts_of(rec));
      return out;
    } catch (const std::bad_alloc&) {
      delete out;
      return nullptr;
    } catch (const std::exception& e) {
      // Not expected (the C++ API throws only bad_alloc), but never let anything escape.
      out->records.clear();
      out->error = std::string("internal error: ") + e.what();
      return out;
    } catch (...) {
      out->records.clear();
      out->error = "internal error";
      return out;
    }
  } catch (...) {
    return nullptr;
  }
}

const char* bounce_result_error(const bounce_result* r) {
  return r && r->error ? r->error->c_str() : nullptr;
}

size_t bounce_result_count(const bounce_result* r) { return r ? r->records.size() : 0; }

const char* bounce_result_field(const bounce_result* r, size_t index, const char* name) {
  if (!r || !name || index >= r->records.size()) return nullptr;
  const std::string_view n(name);
  for (std::size_t i = 0; i < field_count; ++i)
    if (field_names[i] == n) {
      const text& t = r->records[index][i];
      return t ? t->c_str() : nullptr;
    }
  return nullptr;
}

const char* bounce_result_json(const bounce_result* r, size_t index) {
  if (!r || index >= r->records.size()) return nullptr;
  const text& t = r->records[index][json_slot];
  return t ? t->c_str() : nullptr;
}

void bounce_result_free(bounce_result* r) { delete r; }

const char* bounce_version(void) { return BOUNCE_VERSION_STRING; }

}  // extern "C"
