// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file span.hpp  bounce::span<T>: a view of contiguous elements, the part of C++20's std::span
/// the public headers use, so that they compile as C++17 (a consumer's standard may be older
/// than the library's). The same type in every standard, so C++17 and C++20 code agree on it.
#include <cstddef>
#include <iterator>
#include <type_traits>

namespace bounce {

template <class T>
class span {
 public:
  using element_type = T;
  using value_type = std::remove_cv_t<T>;
  using iterator = T*;

  constexpr span() noexcept = default;
  constexpr span(T* data, std::size_t size) noexcept : data_(data), size_(size) {}
  /// Any contiguous container or array lvalue whose elements convert (std::vector, std::array,
  /// T[N], std::span ...). Not from temporaries: the view would outlive them.
  template <class C, class = std::enable_if_t<
                         std::is_convertible_v<decltype(std::data(std::declval<C&>())), T*>>>
  constexpr span(C& c) noexcept  // NOLINT: implicit like std::span's
      : data_(std::data(c)), size_(std::size(c)) {}

  constexpr T* data() const noexcept { return data_; }
  constexpr std::size_t size() const noexcept { return size_; }
  constexpr bool empty() const noexcept { return size_ == 0; }
  constexpr T* begin() const noexcept { return data_; }
  constexpr T* end() const noexcept { return data_ + size_; }
  constexpr T& operator[](std::size_t i) const noexcept { return data_[i]; }
  constexpr T& front() const noexcept { return data_[0]; }
  constexpr T& back() const noexcept { return data_[size_ - 1]; }

 private:
  T* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace bounce
