// SPDX-License-Identifier: BSD-2-Clause
// for_each_raw: files, directories (recursive, sorted, hidden entries skipped), mbox, stdin.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <istream>
#include <memory>
#include <utility>
#include <vector>

#include "input/input.hpp"
#include "input/peek_buf.hpp"

namespace bounce::input {
namespace {

namespace fs = std::filesystem;

struct fd_guard {
  int fd;
  ~fd_guard() {
    if (fd >= 0) ::close(fd);
  }
};

// What a directory entry is, from its directory entry's type (links are followed later).
enum class entry_kind : char { file, dir, special };

struct walker {
  const limits& lim;
  const raw_callback& cb;
  std::size_t count = 0;

  void emit(std::string_view source, std::size_t index, result<std::string> r) {
    ++count;
    cb(source, index, r);
  }

  // An mbox or a single message from a stream (stdin, a pipe, a file of unknown size).
  // gzip, bzip2 and xz are recognised by their first bytes and read through their decoder,
  // a file as well as an mbox, with the same limits; source stays the archive's name.
  void read_stream(int fd, std::string_view source) {
    fd_buf fb(fd);
    const compression kind = compression_of(fb.peek(6));
    if (kind == compression::none) {
      read_messages(fb, source);
      return;
    }
    decompress_buf db(fb, kind);
    read_messages(db, source);
  }

  void read_messages(peek_buf& fb, std::string_view source) {
    if (looks_like_mbox(fb.peek(5))) {
      std::istream in(&fb);
      mbox_reader reader(in, lim.max_message_bytes);
      std::string msg;
      bool too_large = false;
      std::size_t index = 0;
      while (reader.next(msg, too_large)) {
        ++index;
        if (too_large) {
          emit(source, index, errc::message_too_large);
        } else {
          emit(source, index, std::move(msg));
          msg = std::string();
        }
      }
      if (fb.failed()) emit(source, index + 1, errc::io_error);
      return;
    }
    std::string msg;
    char chunk[16384];
    for (;;) {
      const std::streamsize got = fb.sgetn(chunk, sizeof chunk);
      if (got <= 0) break;
      if (msg.size() + static_cast<std::size_t>(got) > lim.max_message_bytes) {
        emit(source, 1, errc::message_too_large);
        return;
      }
      msg.append(chunk, static_cast<std::size_t>(got));
    }
    if (fb.failed()) {
      emit(source, 1, errc::io_error);
      return;
    }
    normalize_newlines_inplace(msg);
    emit(source, 1, std::move(msg));
  }

  // A regular file: the size is checked before anything is read.
  void read_regular(int fd, const struct stat& st, std::string_view source) {
    char head[6];
    ssize_t got;
    do {
      got = ::pread(fd, head, sizeof head, 0);
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
      emit(source, 1, errc::io_error);
      return;
    }
    const std::string_view h(head, static_cast<std::size_t>(got));
    if (looks_like_mbox(h) || compression_of(h) != compression::none) {
      read_stream(fd, source);
      return;
    }
    if (static_cast<std::uintmax_t>(st.st_size) > lim.max_message_bytes) {
      emit(source, 1, errc::message_too_large);
      return;
    }
    std::string msg;
    msg.resize(static_cast<std::size_t>(st.st_size) + 1);  // +1 notices a file that grew
    std::size_t have = 0;
    for (;;) {
      if (have == msg.size()) {
        if (msg.size() > lim.max_message_bytes) {
          emit(source, 1, errc::message_too_large);
          return;
        }
        msg.resize(std::min<std::size_t>(msg.size() * 2, lim.max_message_bytes + 1));
      }
      got = ::read(fd, msg.data() + have, msg.size() - have);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) {
        emit(source, 1, errc::io_error);
        return;
      }
      if (got == 0) break;
      have += static_cast<std::size_t>(got);
    }
    if (have > lim.max_message_bytes) {
      emit(source, 1, errc::message_too_large);
      return;
    }
    msg.resize(have);
    normalize_newlines_inplace(msg);
    emit(source, 1, std::move(msg));
  }

  // Opens and reads one non-directory path; the system's error when it cannot be opened (a
  // symlink loop gives ELOOP). A path named by the caller may be a stream (a pipe,
  // `<(zcat x)`); an entry met in a directory is read only when it is a regular file once links
  // are followed (else errc::not_regular_file): it is opened non-blocking, so a symlink to a
  // FIFO with no writer can never stop the walk in open().
  std::error_code read_file(const std::string& path, std::string_view source, bool stream_allowed) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | (stream_allowed ? 0 : O_NONBLOCK));
    if (fd < 0) return {errno, std::system_category()};
    fd_guard guard{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) return {errno, std::system_category()};
    if (S_ISREG(st.st_mode)) {
      read_regular(fd, st, source);
    } else if (stream_allowed) {
      read_stream(fd, source);
    } else {
      return errc::not_regular_file;
    }
    return {};
  }

  static std::string join(std::string_view dir, std::string_view name) {
    std::string out(dir);
    if (out.empty() || out.back() != '/') out.push_back('/');
    out.append(name);
    return out;
  }

  // Depth-first, entries sorted by name (byte order); directory symlinks are not followed,
  // so loops cannot occur; file symlinks are read. Special files (FIFOs, sockets, devices, or
  // links to them) are reported as errc::not_regular_file and never opened blocking.
  bool walk_dir(const std::string& root) {
    struct frame {
      std::vector<std::pair<std::string, entry_kind>> entries;
      std::size_t next = 0;
      std::string source;
    };
    std::vector<frame> stack;
    auto list = [&](const std::string& dir, std::string source) -> std::error_code {
      std::error_code ec;
      fs::directory_iterator it(fs::path(dir), ec);
      if (ec) return ec;
      frame f;
      f.source = std::move(source);
      for (const fs::directory_iterator end; it != end; it.increment(ec)) {
        if (ec) break;
        std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        // The entry's type comes from readdir (d_type) where the file system gives it: no
        // lstat per file, which cost as much as parsing a small bounce.
        std::error_code sec;
        entry_kind kind = entry_kind::file;  // a file, or a symlink read_file checks
        if (it->is_symlink(sec)) {
          if (!sec && it->is_directory(sec)) continue;  // never follow a directory symlink
        } else if (!sec && it->is_directory(sec)) {
          kind = entry_kind::dir;
        } else if (!sec && !it->is_regular_file(sec)) {
          kind = entry_kind::special;  // fifos, sockets, devices inside a tree are not messages
        }
        f.entries.emplace_back(std::move(name), kind);
      }
      if (ec) return ec;
      std::sort(f.entries.begin(), f.entries.end());
      skip_maildir_tmp(f.entries);
      stack.push_back(std::move(f));
      return {};
    };
    if (list(root, root)) return false;
    while (!stack.empty()) {
      frame& top = stack.back();
      if (top.next == top.entries.size()) {
        stack.pop_back();
        continue;
      }
      const entry_kind kind = top.entries[top.next].second;
      std::string source = join(top.source, top.entries[top.next].first);
      ++top.next;  // `top` may dangle once list() pushes a frame
      std::error_code ec;
      if (kind == entry_kind::dir)
        ec = list(source, source);  // may reallocate stack
      else if (kind == entry_kind::special)
        ec = errc::not_regular_file;
      else
        ec = read_file(source, source, false);
      if (ec) emit(source, 1, ec);
    }
    return true;
  }

  // A Maildir's tmp/ holds deliveries still being written (maildir(5)): a directory with cur/,
  // new/ and tmp/ is a Maildir, and its tmp/ is left out. entries are sorted by name.
  static void skip_maildir_tmp(std::vector<std::pair<std::string, entry_kind>>& entries) {
    const auto has_dir = [&](std::string_view name) {
      return std::binary_search(entries.begin(), entries.end(),
                                std::pair<std::string, entry_kind>(name, entry_kind::dir));
    };
    if (!has_dir("cur") || !has_dir("new")) return;
    std::erase(entries, std::pair<std::string, entry_kind>("tmp", entry_kind::dir));
  }
};

}  // namespace

result<std::size_t> for_each_raw(std::string_view path, const limits& lim, const raw_callback& cb) {
  walker w{lim, cb};
  if (path == "-") {
    w.read_stream(STDIN_FILENO, "-");
    return w.count;
  }
  const std::string p(path);
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return errc::io_error;
  if (S_ISDIR(st.st_mode)) {
    if (!w.walk_dir(p)) return errc::io_error;
    return w.count;
  }
  if (w.read_file(p, path, true)) return errc::io_error;  // the CLI names the system's reason
  return w.count;
}

}  // namespace bounce::input
