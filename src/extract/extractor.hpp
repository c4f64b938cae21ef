// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// One extractor per MTA family behind this interface, listed in one ordered registry
// (registry.cpp): the MTA and provider families first, then rfc3464, then the formats without
// a delivery-status part, fallback last (architecture.md §4, style.md P12).
#include <span>
#include <string_view>
#include <vector>

#include "extract/draft.hpp"
#include "extract/text_markers.hpp"
#include "mime/report.hpp"

namespace bounce::extract {

struct extractor {
  virtual ~extractor() = default;
  /// Becomes record.engine.
  virtual std::string_view name() const = 0;
  /// Lower-case strings whose presence in report.text claims() asks about. run_extractors()
  /// finds the markers of all extractors in one pass over the text (text_markers.hpp) and
  /// hands each claims() its own hits, indexed like this list.
  virtual std::span<const std::string_view> text_markers() const { return {}; }
  /// Cheap sniff: does this message look like this extractor's format? No allocation.
  /// `text` tells which of text_markers() occur in report.text; those answers are already
  /// there, so claims() asks them before header lookups and other searches.
  virtual bool claims(const mime::report&, const marker_hits& text) const = 0;
  /// Appends drafts for every recipient the message reports on.
  virtual void extract(const mime::report&, std::vector<draft>& out) const = 0;
};

/// All extractors, in the order they are tried.
std::span<const extractor* const> ordered_extractors();

/// Folds every later draft from index first on that names the same recipient as an earlier one
/// (ASCII case-insensitive) into the earlier one (kit::merge_split_group()): a recipient the
/// notice names twice (two DSN groups, a list and a transcript, a repeated paragraph) gives one
/// record, at its first place.
void merge_repeated_recipients(std::vector<draft>& out, std::size_t first);

/// Runs the ordered extractors: the first that claims the message and yields a draft wins; its
/// drafts go through merge_repeated_recipients(). Returns that extractor's name (empty when
/// none did).
/// skip: extractors not to try (none when null).
std::string_view run_extractors(const mime::report&, std::vector<draft>& out,
                                bool (*skip)(const extractor&) = nullptr);

}  // namespace bounce::extract
