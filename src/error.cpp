// SPDX-License-Identifier: BSD-2-Clause
// The "bounce" error category (include/bounce/error.hpp).
#include "bounce/error.hpp"

#include <string>

namespace bounce {
namespace {

class category final : public std::error_category {
 public:
  const char* name() const noexcept override { return "bounce"; }
  std::string message(int ev) const override {
    switch (static_cast<errc>(ev)) {
      case errc::ok:
        return "success";
      case errc::io_error:
        return "input could not be opened or read";
      case errc::message_too_large:
        return "message exceeds the size limit";
      case errc::not_a_message:
        return "not a mail message (no header block)";
      case errc::bad_field:
        return "field does not match the grammar";
      case errc::usage:
        return "invalid argument";
      case errc::not_regular_file:
        return "not a regular file (a FIFO, socket or device): skipped";
    }
    return "unknown bounce error";
  }
};

}  // namespace

const std::error_category& error_category() noexcept {
  static const category instance;
  return instance;
}

}  // namespace bounce
