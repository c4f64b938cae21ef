// SPDX-License-Identifier: BSD-2-Clause
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

using text = std::optional<std::string>;

// One record's texts, computed once so that the returned pointers stay valid: every field of the
// schema (bounce::record_fields, in its order), the warnings one by one, and the JSON line.
struct record_texts {
  std::array<text, bounce::record_field_count> fields;
  /// The items of the "warnings" array: the record's, then invalid_utf8 when a string of the
  /// record had bytes the JSON writer replaces.
  std::vector<std::string> warnings;
  std::string json;
};

// The JSON text of a header_map field: {"Name":"value","Other":null}.
std::string header_map_json(bounce::span<const bounce::named_header> headers) {
  std::string object = "{";
  for (const bounce::named_header& h : headers) {
    if (object.size() > 1) object += ',';
    bounce::append_json_string(object, h.name);
    object += ':';
    if (h.value)
      bounce::append_json_string(object, *h.value);
    else
      object += "null";
  }
  object += '}';
  return object;
}

record_texts texts_of(const bounce::record& r) {
  record_texts t;
  bool clean = true;  // every string is valid UTF-8 (else the JSON has the invalid_utf8 warning)
  for (std::size_t i = 0; i < bounce::record_fields.size(); ++i) {
    const bounce::record_field& f = bounce::record_fields[i];
    const bounce::field_value v = f.get(r);
    if (f.is_null(v)) continue;  // stays nullopt
    switch (f.type) {
      case bounce::field_type::string:
        clean &= bounce::is_valid_utf8(v.string());
        t.fields[i] = std::string(v.string());
        break;
      case bounce::field_type::integer:
        t.fields[i] = std::to_string(v.integer());
        break;
      case bounce::field_type::boolean:
        t.fields[i] = v.boolean() ? "true" : "false";
        break;
      case bounce::field_type::string_list:  // "warnings": written below, after every string
        for (const std::string& item : v.strings()) {
          clean &= bounce::is_valid_utf8(item);
          t.warnings.push_back(item);
        }
        break;
      case bounce::field_type::header_map:
        for (const bounce::named_header& h : v.headers())
          clean &= bounce::is_valid_utf8(h.name) && (!h.value || bounce::is_valid_utf8(*h.value));
        t.fields[i] = header_map_json(v.headers());
        break;
    }
  }
  if (!clean) t.warnings.emplace_back(bounce::invalid_utf8_warning);
  std::string array = "[";
  for (std::size_t k = 0; k < t.warnings.size(); ++k) {
    if (k != 0) array += ',';
    bounce::append_json_string(array, t.warnings[k]);
  }
  array += ']';
  t.fields[bounce::warnings_field_index] = std::move(array);
  t.json = bounce::to_json(r);
  if (!t.json.empty() && t.json.back() == '\n') t.json.pop_back();
  return t;
}

}  // namespace

struct bounce_result {
  std::optional<std::string> error;
  std::vector<record_texts> records;
};

struct bounce_options {
  bounce::options opt;
};

struct bounce_classification {
  std::array<bounce::classification_field, 6> fields;  // as bounce::to_json writes them
  std::string json;
};

extern "C" {

bounce_options* bounce_options_new(void) {
  try {
    return new bounce_options;
  } catch (...) {
    return nullptr;
  }
}

void bounce_options_free(bounce_options* o) { delete o; }

int bounce_options_add_header(bounce_options* o, const char* name) {
  if (o == nullptr || name == nullptr || *name == '\0' || std::strchr(name, ':') != nullptr)
    return -1;
  try {
    o->opt.headers.emplace_back(name);
    return 0;
  } catch (...) {
    return -1;
  }
}

int bounce_options_set_verp(bounce_options* o, int enabled) {
  if (o == nullptr) return -1;
  o->opt.verp.enabled = enabled != 0;
  return 0;
}

int bounce_options_add_verp_prefix(bounce_options* o, const char* prefix) {
  if (o == nullptr || prefix == nullptr || *prefix == '\0' || std::strchr(prefix, '@') != nullptr)
    return -1;
  try {
    o->opt.verp.prefixes.emplace_back(prefix);
    return 0;
  } catch (...) {
    return -1;
  }
}

int bounce_options_set_verp_separator(bounce_options* o, char separator) {
  if (o == nullptr || separator == '\0' || separator == '@') return -1;
  o->opt.verp.separator = separator;
  return 0;
}

int bounce_options_set_failures_only(bounce_options* o, int failures_only) {
  if (o == nullptr) return -1;
  o->opt.include_delivered = o->opt.include_feedback = o->opt.include_vacation = !failures_only;
  return 0;
}

bounce_result* bounce_parse(const char* data, size_t len) {
  return bounce_parse_with(data, len, nullptr);
}

bounce_result* bounce_parse_with(const char* data, size_t len, const bounce_options* options) {
  try {
    auto* out = new bounce_result;
    try {
      if (data == nullptr && len != 0) {
        out->error = "invalid argument: NULL data with a non-zero length";
        return out;
      }
      static const bounce::options defaults;
      auto parsed = bounce::parse_message(std::string_view(data ? data : "", data ? len : 0),
                                          options ? options->opt : defaults);
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
  const bounce::record_field* f = bounce::find_record_field(name);
  if (f == nullptr) return nullptr;
  const text& t =
      r->records[index].fields[static_cast<std::size_t>(f - bounce::record_fields.data())];
  return t ? t->c_str() : nullptr;
}

size_t bounce_result_warning_count(const bounce_result* r, size_t index) {
  return r && index < r->records.size() ? r->records[index].warnings.size() : 0;
}

const char* bounce_result_warning(const bounce_result* r, size_t index, size_t i) {
  if (!r || index >= r->records.size() || i >= r->records[index].warnings.size()) return nullptr;
  return r->records[index].warnings[i].c_str();
}

const char* bounce_result_json(const bounce_result* r, size_t index) {
  return r && index < r->records.size() ? r->records[index].json.c_str() : nullptr;
}

size_t bounce_field_count(void) { return bounce::record_fields.size(); }

const char* bounce_field_name(size_t i) {
  // The names are string literals: NUL-terminated.
  return i < bounce::record_fields.size() ? bounce::record_fields[i].name.data() : nullptr;
}

void bounce_result_free(bounce_result* r) { delete r; }

bounce_classification* bounce_classify(const char* text, size_t len, const char* remote_mta,
                                       const char* recipient) {
  try {
    bounce::classify_context context;
    if (remote_mta) context.remote_mta = remote_mta;
    if (recipient) context.recipient = recipient;
    const bounce::classification c =
        bounce::classify(text ? std::string_view(text, len) : std::string_view(), context);
    auto* out = new bounce_classification{bounce::classification_fields(c), {}};
    out->json = bounce::to_json(c);
    return out;
  } catch (...) {
    return nullptr;  // only allocation can fail here
  }
}

const char* bounce_classification_field(const bounce_classification* c, const char* name) {
  if (!c || !name) return nullptr;
  for (const auto& f : c->fields)
    if (f.key == name) return f.text ? f.text->c_str() : nullptr;
  return nullptr;
}

const char* bounce_classification_json(const bounce_classification* c) {
  return c ? c->json.c_str() : nullptr;
}

void bounce_classification_free(bounce_classification* c) { delete c; }

const char* bounce_version(void) { return BOUNCE_VERSION_STRING; }

}  // extern "C"
