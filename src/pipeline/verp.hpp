// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// VERP (variable envelope return path) bounce addresses: the recipient a sender encoded into the
// address its bounces go to (docs/record-schema.md, "VERP").
#include <string>
#include <string_view>

#include "bounce/options.hpp"

namespace bounce::pipeline {

/** The recipient encoded in a VERP bounce address, lower-case domain; empty when address is not
    one. The local part is PREFIX USER SEP DOMAIN: with opt.prefixes empty PREFIX runs to the
    first '+', else to the last '-' before SEP, and must not be empty; else it is one of
    opt.prefixes.
    USER is split from DOMAIN at the last opt.separator; USER must be non-empty and DOMAIN a
    dotted name.
    @par Example  "bounces+jo=example.org@sender.example" -> "jo@example.org"
                  "list-bounces-jo=example.org@lists.example" with prefix "list-bounces-" ->
                  "jo@example.org" */
std::string decode_verp(std::string_view address, const verp_options& opt);

}  // namespace bounce::pipeline
