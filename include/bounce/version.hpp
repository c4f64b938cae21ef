// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file version.hpp  Library version.
#define BOUNCE_VERSION_MAJOR 0
#define BOUNCE_VERSION_MINOR 1
#define BOUNCE_VERSION_PATCH 0
#define BOUNCE_VERSION_STRING "0.1.0"
