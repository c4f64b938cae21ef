// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The extractor toolkit (namespace bounce::extract::kit), one header per topic:
//   lines.hpp       lines and paragraphs, cutting a notice, headers
//   addresses.hpp   addresses, host names, "<address>:" paragraphs
//   catalogue.hpp   message catalogues and the extractor's verdict
//   dsn.hpp         RFC 3464 groups, embedded delivery-status bodies, split-group merge
//   transcript.hpp  SMTP commands, reply codes, Sendmail transcripts, qmail paragraphs
//   exim.hpp        Exim-style failure lists and Exim's catalogue
//   shape.hpp       the extractor shape most extractors are defined with
// An extractor file includes this header and nothing else of the toolkit.
#include "extract/common/addresses.hpp"
#include "extract/common/catalogue.hpp"
#include "extract/common/dsn.hpp"
#include "extract/common/exim.hpp"
#include "extract/common/lines.hpp"
#include "extract/common/shape.hpp"
#include "extract/common/transcript.hpp"
