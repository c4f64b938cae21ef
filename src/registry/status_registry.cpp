// SPDX-License-Identifier: BSD-2-Clause
// The IANA SMTP enhanced status code registry. All data is generated at build time by
// gen_status_registry from iana-smtp-enhanced-status-codes.txt; this file only looks it up.
#include "bounce/status_registry.hpp"

#include <iterator>

#include "status_registry.inc"

namespace bounce::status_registry {

namespace data = bounce::registry_data;

span<const status_entry> entries() noexcept { return data::kEntries; }
span<const status_category> classes() noexcept { return data::kClasses; }
span<const status_category> subjects() noexcept { return data::kSubjects; }

const status_entry* find(int subject, int detail) noexcept {
  // A direct table: subject is 0..7 and detail 0..kMaxDetail, so no search and no hashing.
  if (subject < 0 || subject >= static_cast<int>(std::size(data::kSubjects)) || detail < 0 ||
      detail > data::kMaxDetail)
    return nullptr;
  const int i = data::kIndex[subject][detail];
  return i < 0 ? nullptr : &data::kEntries[i];
}

namespace {
const status_category* find_class(int cls) noexcept {
  for (const status_category& c : data::kClasses)
    if (c.number == cls) return &c;
  return nullptr;
}
const status_category* find_subject(int subject) noexcept {
  if (subject < 0 || subject >= static_cast<int>(std::size(data::kSubjects))) return nullptr;
  return &data::kSubjects[subject];
}
}  // namespace

status_lookup lookup(const status_code& code) noexcept {
  status_lookup r;
  r.cls = find_class(code.cls);
  r.subject = find_subject(code.subject);
  r.detail = find(code.subject, code.detail);
  // The detail is unknown but a coarser title (class and/or subject) still describes the code;
  // RFC 3463 asks readers of an unknown detail code to fall back to its class and subject.
  r.fell_back = r.detail == nullptr && (r.cls != nullptr || r.subject != nullptr);
  return r;
}

bool is_registered(const status_code& code) noexcept {
  return find_class(code.cls) != nullptr && find(code.subject, code.detail) != nullptr;
}

}  // namespace bounce::status_registry
