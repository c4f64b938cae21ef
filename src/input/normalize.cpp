// SPDX-License-Identifier: BSD-2-Clause
// Line-ending normalisation: CRLF and bare CR become LF.
#include "input/input.hpp"

#include <cstring>

namespace bounce::input {

std::string normalize_newlines(std::string_view bytes) {
  const char* p = bytes.data();
  const std::size_t n = bytes.size();
  const void* cr = n ? std::memchr(p, '\r', n) : nullptr;
  if (cr == nullptr) return std::string(bytes);
  std::string out;
  out.reserve(n);
  std::size_t r = 0;
  while (r < n) {
    const void* next = std::memchr(p + r, '\r', n - r);
    const std::size_t end = next ? static_cast<std::size_t>(static_cast<const char*>(next) - p) : n;
    out.append(p + r, end - r);
    r = end;
    if (r < n) {  // at a CR
      out.push_back('\n');
      r += (r + 1 < n && p[r + 1] == '\n') ? 2 : 1;
    }
  }
  return out;
}

void normalize_newlines_inplace(std::string& bytes) {
  char* p = bytes.data();
  const std::size_t n = bytes.size();
  void* cr = n ? std::memchr(p, '\r', n) : nullptr;
  if (cr == nullptr) return;
  std::size_t r = static_cast<std::size_t>(static_cast<char*>(cr) - p);
  std::size_t w = r;
  while (r < n) {
    if (p[r] == '\r') {
      p[w++] = '\n';
      r += (r + 1 < n && p[r + 1] == '\n') ? 2 : 1;
      continue;
    }
    void* next = std::memchr(p + r, '\r', n - r);
    const std::size_t end = next ? static_cast<std::size_t>(static_cast<char*>(next) - p) : n;
    std::memmove(p + w, p + r, end - r);
    w += end - r;
    r = end;
  }
  bytes.resize(w);
}

bool looks_like_mbox(std::string_view head) noexcept { return head.substr(0, 5) == "From "; }

}  // namespace bounce::input
