// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Loads benchmark inputs into memory: every regular file under a corpus directory, sorted by
// name. The directory comes from $BOUNCE_BENCH_CORPUS, else the shared corpus next to the
// project (compile definition BOUNCE_BENCH_SHARED), else the project's own corpus/.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace bounce_bench {

inline std::string corpus_dir() {
  if (const char* env = std::getenv("BOUNCE_BENCH_CORPUS"); env && *env) return env;
  const std::string shared = std::string(BOUNCE_BENCH_SHARED) + "/corpus/sisimai/maildir/bsd";
  std::error_code ec;
  if (std::filesystem::is_directory(shared, ec)) return shared;
  return BOUNCE_BENCH_LOCAL_CORPUS;
}

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

struct corpus {
  std::string dir;
  std::vector<std::string> messages;
  std::size_t bytes = 0;
};

inline const corpus& load_corpus() {
  static const corpus c = [] {
    corpus out;
    out.dir = corpus_dir();
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(out.dir, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec) && it->path().filename().string()[0] != '.')
        files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      out.messages.push_back(read_file(f));
      out.bytes += out.messages.back().size();
    }
    return out;
  }();
  return c;
}

}  // namespace bounce_bench
