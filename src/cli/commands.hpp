#pragma once
// Subcommands of the bounce CLI. Each returns the process exit code (0 ok, 1 input failed, 2 usage).
namespace bounce::cli {
int cmd_parse(int argc, char** argv);     // argv[0] is "parse"
int cmd_registry(int argc, char** argv);  // argv[0] is "registry"
}  // namespace bounce::cli
