#pragma once
// One extractor per MTA family behind this interface, listed in one ordered registry
// (registry.cpp): rfc3464 first, fallback last (architecture.md §4, style.md P12).
#include <span>
#include <string_view>
#include <vector>

#include "extract/draft.hpp"
#include "mime/report.hpp"

namespace bounce::extract {

struct extractor {
  virtual ~extractor() = default;
  /// Becomes record.engine.
  virtual std::string_view name() const = 0;
  /// Cheap sniff: does this message look like this extractor's format? No allocation.
  virtual bool claims(const mime::report&) const = 0;
  /// Appends drafts for every recipient the message reports on.
  virtual void extract(const mime::report&, std::vector<draft>& out) const = 0;
};

/// All extractors, in the order they are tried.
std::span<const extractor* const> ordered_extractors();

/// Runs the ordered extractors: the first that claims the message and yields a draft wins.
/// Returns that extractor's name (empty when none did).
std::string_view run_extractors(const mime::report&, std::vector<draft>& out);

}  // namespace bounce::extract
