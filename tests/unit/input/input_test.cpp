// SPDX-License-Identifier: BSD-2-Clause
#include "input/input.hpp"
#include "input/peek_buf.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using bounce::errc;
using bounce::input::mbox_reader;
using bounce::input::normalize_newlines;
using bounce::input::normalize_newlines_inplace;

namespace {

struct seen {
  std::string source;
  std::size_t index;
  bool ok;
  std::string bytes;
  std::error_code ec;
};

std::vector<seen> walk(std::string_view path, const bounce::limits& lim = {},
                       bounce::result<std::size_t>* ret = nullptr) {
  std::vector<seen> out;
  auto r = bounce::input::for_each_raw(
      path, lim, [&](std::string_view src, std::size_t idx, bounce::result<std::string>& b) {
        out.push_back(
            {std::string(src), idx, b.has_value(), b.has_value() ? *b : std::string(), b.error()});
      });
  if (ret) *ret = r;
  return out;
}

std::vector<std::string> split_mbox(const std::string& text, std::size_t max = 1u << 20,
                                    std::vector<bool>* large = nullptr) {
  std::istringstream in(text);
  mbox_reader reader(in, max);
  std::vector<std::string> out;
  std::string msg;
  bool too_large = false;
  while (reader.next(msg, too_large)) {
    out.push_back(msg);
    if (large) large->push_back(too_large);
  }
  return out;
}

struct temp_dir {
  fs::path path;
  temp_dir() {
    path = fs::temp_directory_path() / ("bounce-input-test-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~temp_dir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  void write(const std::string& rel, const std::string& bytes) const {
    fs::create_directories((path / rel).parent_path());
    std::ofstream(path / rel, std::ios::binary) << bytes;
  }
};

}  // namespace

TEST_SUITE("input/normalize") {
  TEST_CASE("LF input is unchanged") {
    CHECK(normalize_newlines("a\nb\n") == "a\nb\n");
    CHECK(normalize_newlines("") == "");
  }
  TEST_CASE("CRLF and bare CR become LF") {
    CHECK(normalize_newlines("a\r\nb\r\n") == "a\nb\n");
    CHECK(normalize_newlines("a\rb\r") == "a\nb\n");
    CHECK(normalize_newlines("a\r\r\nb\n\rc") == "a\n\nb\n\nc");
    CHECK(normalize_newlines("\r") == "\n");
  }
  TEST_CASE("in place gives the same result") {
    for (std::string s : {"", "x", "a\r\nb", "a\rb\r\n\r\n", "\r\r\r", "no cr at all\n"}) {
      std::string t = s;
      normalize_newlines_inplace(t);
      CHECK(t == normalize_newlines(s));
    }
  }
  TEST_CASE("looks_like_mbox") {
    CHECK(bounce::input::looks_like_mbox("From MAILER-DAEMON Thu Jan  1 00:00:00 2020\n"));
    CHECK_FALSE(bounce::input::looks_like_mbox("From: someone\n"));
    CHECK_FALSE(bounce::input::looks_like_mbox("Fro"));
  }
}

TEST_SUITE("input/mbox") {
  TEST_CASE("splits on From_ lines and drops them") {
    auto m = split_mbox(
        "From a@b Mon Jan 1 00:00:00 2024\nSubject: 1\n\nbody1\n\n"
        "From c@d Mon Jan 1 00:00:00 2024\nSubject: 2\n\nbody2\n");
    REQUIRE(m.size() == 2);
    CHECK(m[0] == "Subject: 1\n\nbody1\n");  // the separating blank line is stripped
    CHECK(m[1] == "Subject: 2\n\nbody2\n");
  }
  TEST_CASE("only one trailing blank line is stripped") {
    auto m = split_mbox("From x\nA: 1\n\nb\n\n\nFrom y\nA: 2\n\nc\n\n");
    REQUIRE(m.size() == 2);
    CHECK(m[0] == "A: 1\n\nb\n\n");
    CHECK(m[1] == "A: 2\n\nc\n");
  }
  TEST_CASE("unquotes >From and mboxrd >>From") {
    auto m = split_mbox("From x\nA: 1\n\n>From here\n>>From there\n>not from\n> From spaced\n");
    REQUIRE(m.size() == 1);
    CHECK(m[0] == "A: 1\n\nFrom here\n>From there\n>not from\n> From spaced\n");
  }
  TEST_CASE("a From_ line without a preceding blank line still splits") {
    auto m = split_mbox("From x\nA: 1\n\nbody\nFrom y\nA: 2\n");
    REQUIRE(m.size() == 2);
    CHECK(m[0] == "A: 1\n\nbody\n");
    CHECK(m[1] == "A: 2\n");
  }
  TEST_CASE("CRLF mbox is normalised per message") {
    auto m = split_mbox("From x\r\nA: 1\r\n\r\nb\r\n\r\nFrom y\r\nA: 2\r\n");
    REQUIRE(m.size() == 2);
    CHECK(m[0] == "A: 1\n\nb\n");
    CHECK(m[1] == "A: 2\n");
  }
  TEST_CASE("CR-only (old Mac) mbox is split and normalised") {
    auto m = split_mbox("From x\rA: 1\r\rb\r\rFrom y\rA: 2\r>From z\r");
    REQUIRE(m.size() == 2);
    CHECK(m[0] == "A: 1\n\nb\n");
    CHECK(m[1] == "A: 2\nFrom z\n");
  }
  TEST_CASE("a CR at the end of a read buffer is not split from its LF") {
    std::string body;
    while (body.size() < 200000) body += "line of text\r\n";
    for (int pad = 0; pad < 14; ++pad) {  // puts a CR on the last byte of the first read
      const std::string head = "A: " + std::string(static_cast<std::size_t>(pad), 'x');
      auto m = split_mbox("From x\r\n" + head + "\r\n\r\n" + body + "\r\nFrom y\r\nA: 2\r\n");
      REQUIRE(m.size() == 2);
      CHECK(m[0] == head + "\n\n" + bounce::input::normalize_newlines(body));
      CHECK(m[1] == "A: 2\n");
    }
  }
  TEST_CASE("too large messages are skipped and reported") {
    std::string big(5000, 'x');
    std::vector<bool> large;
    auto m = split_mbox("From a\nA: 1\n\n" + big + "\n\nFrom b\nA: 2\n\nsmall\n", 1000, &large);
    REQUIRE(m.size() == 2);
    CHECK(large[0]);
    CHECK(m[0].empty());
    CHECK_FALSE(large[1]);
    CHECK(m[1] == "A: 2\n\nsmall\n");
  }
  TEST_CASE("a line longer than the read buffer is kept whole and never splits") {
    std::string line(200000, 'y');
    line.replace(70000, 5, "From ");  // not at line start
    auto m = split_mbox("From a\nA: 1\n\n" + line + "\nFrom b\nA: 2\n", 1u << 20);
    REQUIRE(m.size() == 2);
    CHECK(m[0] == "A: 1\n\n" + line + "\n");
  }
  TEST_CASE("a giant line in a too-large message stays bounded") {
    std::string line(300000, 'z');
    std::vector<bool> large;
    auto m = split_mbox("From a\nA: 1\n\n" + line + "\nFrom b\nA: 2\n", 1000, &large);
    REQUIRE(m.size() == 2);
    CHECK(large[0]);
    CHECK(m[1] == "A: 2\n");
  }
  TEST_CASE("empty input and a lone From_ line") {
    CHECK(split_mbox("").empty());
    auto m = split_mbox("From x\n");
    REQUIRE(m.size() == 1);
    CHECK(m[0].empty());
  }
  TEST_CASE("last message without a final newline") {
    auto m = split_mbox("From x\nA: 1\n\nend");
    REQUIRE(m.size() == 1);
    CHECK(m[0] == "A: 1\n\nend");
  }
}

TEST_SUITE("input/for_each_raw") {
  TEST_CASE("directory walk: sorted, recursive, hidden skipped, sources joined") {
    temp_dir t;
    t.write("b.eml", "B: 1\r\n\r\nb\r\n");
    t.write("a.eml", "A: 1\n\na\n");
    t.write("sub/c.eml", "C: 1\n\nc\n");
    t.write("sub/.hidden", "H: 1\n\nh\n");
    t.write(".git/x.eml", "X: 1\n\nx\n");
    t.write("z/empty.eml", "");
    fs::create_directory_symlink(t.path,
                                 t.path / "sub" / "loop");  // directory symlinks are not followed
    fs::create_symlink(t.path / "a.eml", t.path / "sub" / "link.eml");  // file symlinks are read
    const std::string root = t.path.string();
    bounce::result<std::size_t> ret = std::size_t{0};
    auto v = walk(root, {}, &ret);
    REQUIRE(ret.has_value());
    CHECK(*ret == v.size());
    REQUIRE(v.size() == 5);
    CHECK(v[0].source == root + "/a.eml");
    CHECK(v[1].source == root + "/b.eml");
    CHECK(v[1].bytes == "B: 1\n\nb\n");
    CHECK(v[2].source == root + "/sub/c.eml");
    CHECK(v[3].source == root + "/sub/link.eml");
    CHECK(v[3].bytes == "A: 1\n\na\n");
    CHECK(v[4].source == root + "/z/empty.eml");
    CHECK(v[4].ok);
    CHECK(v[4].bytes.empty());
    for (auto& s : v) CHECK(s.index == 1);
    // a trailing slash does not double
    auto w = walk(root + "/");
    REQUIRE(w.size() == 5);
    CHECK(w[0].source == root + "/a.eml");
  }
  TEST_CASE("special files in a directory are reported, never opened blocking; loops too") {
    temp_dir t;
    t.write("d/a.eml", "A: 1\n\na\n");
    t.write("d/z.eml", "Z: 1\n\nz\n");
    REQUIRE(::mkfifo((t.path / "fifo").c_str(), 0600) == 0);
    REQUIRE(::mkfifo((t.path / "d" / "b-fifo").c_str(), 0600) == 0);
    fs::create_symlink(t.path / "fifo", t.path / "d" / "m.eml");  // no writer: open() would block
    fs::create_symlink(t.path / "d" / "loop1", t.path / "d" / "loop2");
    fs::create_symlink(t.path / "d" / "loop2", t.path / "d" / "loop1");
    auto v = walk((t.path / "d").string());
    // In name order: a.eml; the bare FIFO; the two links of the loop (the system's reason,
    // ELOOP); the link to the FIFO; z.eml.
    REQUIRE(v.size() == 6);
    CHECK(v[0].bytes == "A: 1\n\na\n");
    CHECK(v[1].source == (t.path / "d" / "b-fifo").string());
    CHECK(v[1].ec == errc::not_regular_file);
    CHECK(v[2].source == (t.path / "d" / "loop1").string());
    CHECK(v[2].ec == std::error_code(ELOOP, std::system_category()));
    CHECK(v[3].ec == std::error_code(ELOOP, std::system_category()));
    CHECK(v[4].source == (t.path / "d" / "m.eml").string());
    CHECK(v[4].ec == errc::not_regular_file);
    CHECK(v[5].bytes == "Z: 1\n\nz\n");
  }
  TEST_CASE("a Maildir's tmp/ (deliveries being written) is not read; tmp/ elsewhere is") {
    temp_dir t;
    t.write("Maildir/cur/1.eml", "A: 1\n\ncur\n");
    t.write("Maildir/new/2.eml", "A: 1\n\nnew\n");
    t.write("Maildir/tmp/3.eml", "A: 1\n\npartial");
    t.write("other/tmp/4.eml", "A: 1\n\nkept\n");
    auto v = walk(t.path.string());
    REQUIRE(v.size() == 3);
    CHECK(v[0].bytes == "A: 1\n\ncur\n");
    CHECK(v[1].bytes == "A: 1\n\nnew\n");
    CHECK(v[2].bytes == "A: 1\n\nkept\n");
  }
  TEST_CASE("an mbox file gives 1-based indexes, too large ones reported") {
    temp_dir t;
    t.write("box", "From a\nA: 1\n\none\n\nFrom b\nA: 2\n\n" + std::string(3000, 'x') +
                       "\n\nFrom c\nA: 3\n\nthree\n");
    bounce::limits lim;
    lim.max_message_bytes = 1000;
    auto v = walk((t.path / "box").string(), lim);
    REQUIRE(v.size() == 3);
    CHECK(v[0].index == 1);
    CHECK(v[0].bytes == "A: 1\n\none\n");
    CHECK(v[1].index == 2);
    CHECK_FALSE(v[1].ok);
    CHECK(v[1].ec == errc::message_too_large);
    CHECK(v[2].index == 3);
    CHECK(v[2].bytes == "A: 3\n\nthree\n");
  }
  TEST_CASE("a plain file over the limit is message_too_large") {
    temp_dir t;
    t.write("big.eml", "A: 1\n\n" + std::string(5000, 'x'));
    bounce::limits lim;
    lim.max_message_bytes = 1000;
    auto v = walk((t.path / "big.eml").string(), lim);
    REQUIRE(v.size() == 1);
    CHECK_FALSE(v[0].ok);
    CHECK(v[0].ec == errc::message_too_large);
    CHECK(v[0].source == (t.path / "big.eml").string());
  }
  TEST_CASE("a missing path is io_error from for_each_raw") {
    bounce::result<std::size_t> ret = std::size_t{0};
    auto v = walk("/nonexistent/bounce/path", {}, &ret);
    CHECK(v.empty());
    REQUIRE_FALSE(ret.has_value());
    CHECK(ret.error() == errc::io_error);
  }
  TEST_CASE("an unreadable file inside a directory gives the system's reason via the callback") {
    temp_dir t;
    t.write("d/bad.eml", "A: 1\n\nx\n");
    t.write("d/good.eml", "A: 1\n\nx\n");
    fs::create_symlink(t.path / "nowhere", t.path / "d" / "broken.eml");  // unreadable on any uid
    auto v = walk((t.path / "d").string());
    REQUIRE(v.size() == 3);
    CHECK(v[1].source == (t.path / "d" / "broken.eml").string());
    CHECK_FALSE(v[1].ok);
    CHECK(v[1].ec == std::error_code(ENOENT, std::system_category()));
    CHECK(v[1].ec.message() == std::strerror(ENOENT));
    CHECK(v[2].ok);
  }
  TEST_CASE("stdin: '-' reads an mbox or one message") {
    temp_dir t;
    t.write("in.mbox", "From a\nA: 1\n\none\n\nFrom b\nA: 2\n\ntwo\n");
    t.write("in.eml", "A: 1\r\n\r\nbody\r\n");
    const int saved = ::dup(0);
    REQUIRE(saved >= 0);
    auto run = [&](const fs::path& file) {
      const int fd = ::open(file.c_str(), O_RDONLY);
      REQUIRE(fd >= 0);
      ::dup2(fd, 0);
      ::close(fd);
      auto v = walk("-");
      ::dup2(saved, 0);
      return v;
    };
    auto m = run(t.path / "in.mbox");
    REQUIRE(m.size() == 2);
    CHECK(m[0].source == "-");
    CHECK(m[1].index == 2);
    CHECK(m[1].bytes == "A: 2\n\ntwo\n");
    auto s = run(t.path / "in.eml");
    REQUIRE(s.size() == 1);
    CHECK(s[0].bytes == "A: 1\n\nbody\n");
    ::close(saved);
  }
}

TEST_SUITE("input/compression") {
  TEST_CASE("formats are recognised by their magic bytes only") {
    using bounce::input::compression;
    using bounce::input::compression_of;
    const struct {
      std::string_view head;
      compression want;
    } rows[] = {
        {std::string_view("\x1f\x8b\x08\x00\x00\x00", 6), compression::gzip},
        {"BZh91AY", compression::bzip2},
        {"BZh", compression::none},   // no block size digit
        {"BZh0", compression::none},  // block size out of 1-9
        {std::string_view("\xfd"
                          "7zXZ\0",
                          6),
         compression::xz},
        {std::string_view("\xfd"
                          "7zXZ",
                          5),
         compression::none},
        {"From a@b Thu Jan  1", compression::none},
        {"Return-Path: <>", compression::none},
        {"", compression::none},
    };
    for (const auto& r : rows) CHECK(compression_of(r.head) == r.want);
  }
}
