// SPDX-License-Identifier: BSD-2-Clause
// The classifier on one text (bounce::classify): the phrase automaton with its token and word
// gaps, the provider tables, the status and reply grammars. The first line of the input, when
// there is one, is the remote MTA that gave the reply (a provider's host switches its tables on).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "bounce/classify.hpp"
#include "check.hpp"

namespace {

void check(const bounce::classification& c) {
  FUZZ_CHECK(!c.rule.empty());
  FUZZ_CHECK(!bounce::to_string(c.reason).empty());
  if (c.status) FUZZ_CHECK(c.status->cls == 2 || c.status->cls == 4 || c.status->cls == 5);
  if (c.reply_code) FUZZ_CHECK(*c.reply_code >= 200 && *c.reply_code <= 599);
  FUZZ_CHECK(fuzz::valid_utf8(bounce::to_json(c)));
}

bool same(const bounce::classification& a, const bounce::classification& b) {
  return a.reason == b.reason && a.rule == b.rule && a.hard_bounce == b.hard_bounce &&
         a.reply_code == b.reply_code && a.status == b.status;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const bounce::classification plain = bounce::classify(in);
  check(plain);
  // The same text again: the scan the rules share is per text, never left over from the last.
  FUZZ_CHECK(same(plain, bounce::classify(in)));
  const std::size_t eol = in.find('\n');
  if (eol != std::string_view::npos && eol <= 255) {
    const std::string host(in.substr(0, eol));
    const bounce::classification hosted =
        bounce::classify(in.substr(eol + 1), bounce::classify_context{host, "kim@example.com"});
    check(hosted);
  }
  return 0;
}
