// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file result.hpp  bounce::result<T>: a value or a std::error_code (style.md P2).
///
/// A small dependency-free type so that public headers need neither Boost nor C++23.
#include <cassert>
#include <system_error>
#include <utility>
#include <variant>

#include "bounce/error.hpp"

namespace bounce {

template <class T>
class [[nodiscard]] result {
 public:
  result(T value) : v_(std::move(value)) {}   // NOLINT: implicit by design
  result(std::error_code ec) : v_(ec) {}      // NOLINT
  result(errc e) : v_(make_error_code(e)) {}  // NOLINT

  bool has_value() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  T& value() & {
    assert(has_value());
    return std::get<0>(v_);
  }
  const T& value() const& {
    assert(has_value());
    return std::get<0>(v_);
  }
  T&& value() && {
    assert(has_value());
    return std::get<0>(std::move(v_));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  /// The error; a default (success) error_code when a value is held.
  std::error_code error() const noexcept {
    return has_value() ? std::error_code{} : std::get<1>(v_);
  }

 private:
  std::variant<T, std::error_code> v_;
};

}  // namespace bounce
