// SPDX-License-Identifier: BSD-2-Clause
// Oracles for the MIME layer's differential tests (mime_oracles.hpp).
#include "support/mime_oracles.hpp"

#include <mimetic/mimetic.h>

#include <vector>

#include "mime/load.hpp"

namespace bounce::test_support {

std::string mimetic_tree(std::string_view bytes, bool fast) {
  mimetic::MimeEntity root;
  if (!mime::detail::load_mimetic(bytes, fast, root)) return "(load failed)";
  std::string out;
  struct item {
    const mimetic::MimeEntity* e;
    std::size_t depth;
  };
  std::vector<item> stack{{&root, 0}};
  while (!stack.empty()) {
    const item it = stack.back();
    stack.pop_back();
    out.append(it.depth, '>').append("entity\n");
    for (const mimetic::Field& f : it.e->header())
      out.append(f.name()).append(": ").append(f.value()).append("\n");
    // The input path keeps the newline before a delimiter when it fell at the edge of its 4 KiB
    // buffer (flushed before the delimiter is seen); the fast path never does. Not a difference
    // in structure: compare bodies without trailing newlines.
    std::string_view body = it.e->body();
    while (!body.empty() && body.back() == '\n') body.remove_suffix(1);
    out.append("body ").append(std::to_string(body.size())).append(":").append(body).append("\n");
    const auto& parts = it.e->body().parts();
    for (auto p = parts.rbegin(); p != parts.rend(); ++p)
      if (*p != nullptr) stack.push_back({*p, it.depth + 1});
  }
  return out;
}

bool mimetic_parses(std::string_view bytes) noexcept {
  try {
    mimetic::MimeEntity me;
    return mime::detail::load_mimetic(bytes, false, me);
  } catch (...) {
    return false;
  }
}

result<mime::report> build_report_input_path(std::string_view lf_message, const limits& lim) {
  return mime::detail::build_report_on(lf_message, lim, false);
}

std::string report_digest(const mime::report& r) {
  std::string out;
  const auto text = [&](std::string_view name, std::string_view v) {
    while (!v.empty() && v.back() == '\n') v.remove_suffix(1);  // mimetic's 4 KiB edge
    out.append(name)
        .append(" ")
        .append(std::to_string(v.size()))
        .append(":")
        .append(v)
        .append("\n");
  };
  const auto block = [&](std::string_view name, const mime::header_block& h) {
    for (const mime::field f : h) text(name, std::string(f.name).append(": ").append(f.value));
  };
  block("header", r.headers);
  text("content_type", r.content_type);
  text("report_type", r.report_type);
  text("text", r.text);
  text("delivery_status", r.delivery_status);
  text("global_dsn", r.global_dsn ? "yes" : "no");
  text("feedback_report", r.feedback_report);
  text("disposition_notification", r.disposition_notification);
  text("has_original", r.has_original ? "yes" : "no");
  block("original", r.original);
  text("original_raw", r.original_raw);
  for (const std::string& w : r.warnings) text("warning", w);
  return out;
}

}  // namespace bounce::test_support
