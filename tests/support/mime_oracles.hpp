// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Oracles for the MIME layer's differential tests (tests/unit/mime, fuzz/fuzz_mime_paths): what
// the tests compare the library with. Test support, not part of the library: built as the
// bounce_test_support target, linked by the tests and fuzzers that use it.
#include <string>
#include <string_view>

#include "bounce/options.hpp"
#include "bounce/result.hpp"
#include "mime/report.hpp"

namespace bounce::test_support {

/// The tree mimetic builds on one of its paths (fast: the const char* path, else the
/// input-iterator path), as text (fields, bodies, nesting). "(load failed)" when load() threw.
/// Bodies are shown without trailing newlines (the input path keeps the newline before a
/// delimiter when it fell at the edge of its 4 KiB buffer).
std::string mimetic_tree(std::string_view bytes, bool fast);

/// Whether mimetic parses the bytes through the input-iterator path without throwing (no tree
/// is kept): for the regression tests on mimetic's known bugs.
bool mimetic_parses(std::string_view bytes) noexcept;

/// build_report without mimetic's fast path and without cutting the returned message off: the
/// reference build_report is compared with.
result<mime::report> build_report_input_path(std::string_view lf_message, const limits&);

/// Every field of a report as text, for those comparisons (text fields without trailing
/// newlines: mimetic's input path keeps one at the edge of its 4 KiB buffer).
std::string report_digest(const mime::report&);

}  // namespace bounce::test_support
