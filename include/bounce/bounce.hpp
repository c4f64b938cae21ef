// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file bounce.hpp  Umbrella header: everything public in the C++ API.
#include "bounce/classify.hpp"
#include "bounce/error.hpp"
#include "bounce/fields.hpp"
#include "bounce/jsonl.hpp"
#include "bounce/options.hpp"
#include "bounce/parse.hpp"
#include "bounce/record.hpp"
#include "bounce/record_schema.hpp"
#include "bounce/result.hpp"
#include "bounce/sisimai_json.hpp"
#include "bounce/status.hpp"
#include "bounce/status_registry.hpp"
#include "bounce/timestamp.hpp"
#include "bounce/version.hpp"
