// SPDX-License-Identifier: BSD-2-Clause
// The extension module bounce._bounce (pybind11) behind the package `bounce` (python/bounce/):
// parse(bytes) -> list[dict], parse_path(path) -> a lazy iterator of dicts, classify(str) -> dict.
// Records become dicts keyed by the JSON names (docs/record-schema.md) with Python types, so a
// dict equals json.loads() of the line `bounce parse` prints for the same record.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "bounce/bounce.hpp"

namespace py = pybind11;

namespace {

// Decodes as UTF-8, replacing invalid bytes with U+FFFD like the JSON writer; notes the repair.
py::object text(std::string_view s, bool& clean) {
  PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "strict");
  if (!o) {
    PyErr_Clear();
    clean = false;
    o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
    if (!o) throw py::error_already_set();
  }
  return py::reinterpret_steal<py::object>(o);
}

// A record as a dict: every field of the schema (bounce::record_fields) under its JSON name.
py::dict to_dict(const bounce::record& r) {
  bool clean = true;  // every string was valid UTF-8 (else warnings gets invalid_utf8, as in JSON)
  py::dict d;
  py::list warnings;
  for (const bounce::record_field& f : bounce::record_fields) {
    const bounce::field_value v = f.get(r);
    py::str key(f.name.data(), f.name.size());
    if (f.is_null(v)) {
      d[key] = py::none();
      continue;
    }
    switch (f.type) {
      case bounce::field_type::string:
        d[key] = text(v.string(), clean);
        break;
      case bounce::field_type::integer:
        d[key] = py::int_(v.integer());
        break;
      case bounce::field_type::boolean:
        d[key] = py::bool_(v.boolean());
        break;
      case bounce::field_type::string_list:  // "warnings": completed after every string
        for (const std::string& item : v.strings()) warnings.append(text(item, clean));
        d[key] = warnings;
        break;
      case bounce::field_type::header_map: {
        py::dict headers;
        for (const bounce::named_header& h : v.headers())
          headers[text(h.name, clean)] = h.value ? text(*h.value, clean) : py::none();
        d[key] = std::move(headers);
        break;
      }
    }
  }
  if (!clean)
    warnings.append(
        py::str(bounce::invalid_utf8_warning.data(), bounce::invalid_utf8_warning.size()));
  return d;
}

// The keyword options of parse and parse_path (docs/python.md).
bounce::options make_options(bool failures_only, const std::vector<std::string>& headers, bool verp,
                             const std::vector<std::string>& verp_prefixes,
                             const std::string& verp_separator) {
  bounce::options opt;
  if (failures_only) opt.include_delivered = opt.include_feedback = opt.include_vacation = false;
  opt.headers = headers;
  opt.verp.enabled = verp;
  opt.verp.prefixes = verp_prefixes;
  if (verp_separator.size() != 1 || verp_separator == "@")
    throw py::value_error("verp_separator must be one character other than '@'");
  opt.verp.separator = verp_separator[0];
  return opt;
}

// The public functions take their arguments through bounce/__init__.py, which checks types and
// converts str and path-like arguments; pybind11's own TypeError would quote the arguments, i.e.
// the whole message with its recipient addresses, into application logs. So every argument here
// is a py::object checked by hand, with messages that name types only.
std::string_view bytes_view(const py::handle& data, const char* what) {
  if (!PyBytes_Check(data.ptr()))
    throw py::type_error(std::string(what) + " must be bytes, not " +
                         std::string(py::str(py::type::handle_of(data).attr("__name__"))));
  return {PyBytes_AS_STRING(data.ptr()), static_cast<std::size_t>(PyBytes_GET_SIZE(data.ptr()))};
}

py::list parse(const py::object& data, bool failures_only, const std::vector<std::string>& headers,
               bool verp, const std::vector<std::string>& verp_prefixes,
               const std::string& verp_separator) {
  const std::string_view raw = bytes_view(data, "data");  // borrowed: `data` outlives the call
  const bounce::options opt =
      make_options(failures_only, headers, verp, verp_prefixes, verp_separator);
  bounce::result<bounce::parsed_message> r = bounce::errc::usage;
  {
    py::gil_scoped_release unlocked;
    r = bounce::parse_message(raw, opt);
  }
  if (!r) throw py::value_error(r.error().message());
  py::list out;
  for (const auto& rec : r->records) out.append(to_dict(rec));
  return out;
}

// OSError(errno, strerror, filename): Python picks the subclass from errno (FileNotFoundError,
// PermissionError, NotADirectoryError ...).
[[noreturn]] void raise_os_error(int err, const py::object& filename) {
  if (err == 0) err = EIO;
  py::object exc =
      py::reinterpret_borrow<py::object>(PyExc_OSError)(err, std::strerror(err), filename);
  PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exc.ptr())), exc.ptr());
  throw py::error_already_set();
}

// parse_path's iterator. A reader thread walks the path (for_each_message) and hands parsed
// messages over through a small bounded queue, so memory stays that of a few messages however
// many the path holds, and the first record arrives before the walk ends. The thread never takes
// the GIL; __next__ releases it while waiting. Dropping the iterator stops the walk at the next
// message: the thread is detached (it may be blocked reading a pipe) and owns the shared state.
class path_iterator {
 public:
  path_iterator(std::string path, py::object filename, bounce::options opt, bool errors)
      : state_(std::make_shared<shared>()), filename_(std::move(filename)), errors_(errors) {
    std::thread(&path_iterator::walk, state_, std::move(path), std::move(opt)).detach();
  }
  path_iterator(const path_iterator&) = delete;
  path_iterator& operator=(const path_iterator&) = delete;
  ~path_iterator() {
    // Stop the walk and give it a moment to end, so that no thread is left parsing while the
    // interpreter exits; a walk blocked reading a pipe is left behind (detached).
    py::gil_scoped_release unlocked;
    std::unique_lock lock(state_->mu);
    state_->cancelled = true;
    state_->space.notify_all();
    state_->ready.wait_for(lock, std::chrono::seconds(2), [&] { return state_->done; });
  }

  py::object next() {
    for (;;) {
      if (next_record_ < current_.records.size()) {
        py::dict d = to_dict(current_.records[next_record_]);
        current_.records[next_record_++] = bounce::record{};  // the dict has it now
        return d;
      }
      current_ = message{};
      next_record_ = 0;
      bool have = false;
      {
        py::gil_scoped_release unlocked;
        std::unique_lock lock(state_->mu);
        state_->ready.wait(lock, [&] { return !state_->queue.empty() || state_->done; });
        if (!state_->queue.empty()) {
          current_ = std::move(state_->queue.front());
          state_->queue.pop_front();
          state_->space.notify_one();
          have = true;
        }
      }
      if (!have) {
        if (state_->walk_errno >= 0) {
          const int err = state_->walk_errno;
          state_->walk_errno = -1;  // raised once; then the iterator is exhausted
          raise_os_error(err, filename_);
        }
        throw py::stop_iteration();
      }
      if (current_.is_error && errors_) {
        py::dict d;
        bool clean = true;
        d["source"] = text(current_.source, clean);
        d["message_index"] = py::int_(current_.index);
        d["error"] = py::str(current_.error);
        current_ = message{};
        return d;
      }
    }
  }

 private:
  struct message {
    bool is_error = false;
    std::vector<bounce::record> records;
    std::string source, error;
    std::size_t index = 1;
  };
  struct cancelled {};  // thrown through for_each_message to stop the walk
  struct shared {
    std::mutex mu;
    std::condition_variable ready, space;
    std::deque<message> queue;
    bool done = false, cancelled = false;
    int walk_errno = -1;  // >= 0: the path itself could not be read (0: errno unknown)
  };
  // Parsed messages waiting for __next__: enough to keep both threads busy, few enough that
  // memory does not grow with the size of the path.
  static constexpr std::size_t kQueueMessages = 16;

  static void walk(std::shared_ptr<shared> st, std::string path, bounce::options opt) {
    int err = -1;
    try {
      const bounce::result<std::size_t> walked = bounce::for_each_message(
          path, opt,
          [&](const bounce::message_ref& ref, bounce::result<bounce::parsed_message>& r) {
            message m;
            m.index = ref.index;
            if (r) {
              if (r->records.empty()) return;  // not a bounce: nothing to hand over
              m.records = std::move(r->records);
            } else {
              m.is_error = true;
              m.source = std::string(ref.source);
              m.error = r.error().message();
            }
            std::unique_lock lock(st->mu);
            st->space.wait(lock,
                           [&] { return st->cancelled || st->queue.size() < kQueueMessages; });
            if (st->cancelled) throw cancelled{};
            st->queue.push_back(std::move(m));
            st->ready.notify_one();
          });
      if (!walked) err = errno;  // the failing stat/open/opendir of the path itself
    } catch (const cancelled&) {
    } catch (const std::bad_alloc&) {
      err = ENOMEM;
    }
    std::lock_guard lock(st->mu);
    st->walk_errno = err;
    st->done = true;
    st->ready.notify_all();
  }

  std::shared_ptr<shared> state_;
  py::object filename_;  // for OSError.filename, as the caller gave it
  bool errors_;
  message current_;
  std::size_t next_record_ = 0;
};

path_iterator* parse_path(const py::object& path, const py::object& filename, bool failures_only,
                          bool errors, const std::vector<std::string>& headers, bool verp,
                          const std::vector<std::string>& verp_prefixes,
                          const std::string& verp_separator) {
  bounce::options opt = make_options(failures_only, headers, verp, verp_prefixes, verp_separator);
  // bytes (os.fsencode): a file name that is not UTF-8 reaches open() unchanged.
  return new path_iterator(std::string(bytes_view(path, "path")), filename, std::move(opt), errors);
}

py::dict classify(const std::string& diagnostic, const std::string& remote_mta,
                  const std::string& recipient) {
  const bounce::classification c = bounce::classify(diagnostic, {remote_mta, recipient});
  py::dict d;
  // The keys and values of bounce::classification_fields(), the JSON object's: a value that is
  // not a string is an integer or true/false there.
  for (const bounce::classification_field& f : bounce::classification_fields(c)) {
    py::object v = py::none();
    if (f.text && f.is_string)
      v = py::str(*f.text);
    else if (f.text && (*f.text == "true" || *f.text == "false"))
      v = py::bool_(*f.text == "true");
    else if (f.text)
      v = py::int_(std::stoll(*f.text));
    d[py::str(std::string(f.key))] = v;
  }
  return d;
}

}  // namespace

PYBIND11_MODULE(_bounce, m) {
  m.doc() =
      "The compiled part of the package bounce; use the functions of `bounce` (bounce/__init__.py\n"
      "checks and converts the arguments).";
  m.attr("__version__") = BOUNCE_VERSION_STRING;
  m.def("parse", &parse, py::arg("data"), py::arg("failures_only"), py::arg("headers"),
        py::arg("verp"), py::arg("verp_prefixes"), py::arg("verp_separator"));
  py::class_<path_iterator>(m, "PathIterator")
      .def("__iter__", [](py::object self) { return self; })
      .def("__next__", &path_iterator::next);
  m.def("parse_path", &parse_path, py::arg("path"), py::arg("filename"), py::arg("failures_only"),
        py::arg("errors"), py::arg("headers"), py::arg("verp"), py::arg("verp_prefixes"),
        py::arg("verp_separator"));
  m.def("classify", &classify, py::arg("diagnostic"), py::arg("remote_mta"), py::arg("recipient"));
}
