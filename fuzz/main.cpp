// SPDX-License-Identifier: BSD-2-Clause
// Replay driver for the fuzz targets when they are built without libFuzzer (BOUNCE_FUZZ_LINKMAIN,
// style.md P11): runs LLVMFuzzerTestOneInput once over every file named on the command line or
// found (recursively) under a directory named there, prints how many it ran, and exits 0.
// A crash, sanitizer report or failed check in a target ends the process, which fails the ctest.
#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

bool run_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "replay: cannot read %s\n", p.string().c_str());
    return false;
  }
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // An exactly sized heap copy, so ASan sees any read past the end.
  std::vector<std::uint8_t> copy(bytes.begin(), bytes.end());
  LLVMFuzzerTestOneInput(copy.empty() ? nullptr : copy.data(), copy.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  std::size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path root(argv[i]);
    if (!root.empty() && root.string()[0] == '-') continue;  // libFuzzer-style flags are ignored
    std::error_code ec;
    if (std::filesystem::is_directory(root, ec)) {
      std::vector<std::filesystem::path> files;
      for (std::filesystem::recursive_directory_iterator it(root, ec), end; !ec && it != end;
           it.increment(ec))
        if (it->is_regular_file(ec)) files.push_back(it->path());
      std::sort(files.begin(), files.end());  // a stable order, so a failure is reproducible
      for (const auto& f : files) count += run_file(f);
    } else {
      count += run_file(root);
    }
  }
  std::printf("%s: ran %zu inputs\n", argc > 0 ? argv[0] : "replay", count);
  return 0;
}
