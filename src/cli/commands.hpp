// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Subcommands of the bounce CLI. Each returns the process exit code (0 ok, 1 input failed, 2
// usage). argv[0] is the subcommand's name.
namespace bounce::cli {
int cmd_parse(int argc, char** argv);     // JSON Lines records
int cmd_registry(int argc, char** argv);  // the IANA status code registry
int cmd_stats(int argc, char** argv);     // counts by reason, hard/soft, recipient domain
int cmd_explain(int argc, char** argv);   // where each record came from, in words
int cmd_classify(int argc, char** argv);  // classify one diagnostic text
}  // namespace bounce::cli
