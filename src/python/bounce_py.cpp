// SPDX-License-Identifier: BSD-2-Clause
// The Python module `bounce` (pybind11): parse(bytes) -> list[dict], parse_path(path) -> iterator.
// Records become dicts keyed by the JSON names (docs/record-schema.md) with Python types, so a
// dict equals json.loads() of the line `bounce parse` prints for the same record.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>
#include <string_view>
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

py::list parse(py::bytes data, bool failures_only, const std::vector<std::string>& headers,
               bool verp, const std::vector<std::string>& verp_prefixes,
               const std::string& verp_separator) {
  std::string_view raw = data;  // borrowed: `data` stays alive for the call
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

// One item of parse_path: a record, or (errors=True) a message that could not be parsed.
struct item {
  bool is_error = false;
  bounce::record rec;
  std::string source, error;
  std::size_t index = 1;
};

py::iterator parse_path(py::object path, bool failures_only, bool errors,
                        const std::vector<std::string>& headers, bool verp,
                        const std::vector<std::string>& verp_prefixes,
                        const std::string& verp_separator) {
  const bounce::options opt =
      make_options(failures_only, headers, verp, verp_prefixes, verp_separator);
  const std::string p = py::str(py::module_::import("os").attr("fsdecode")(path));
  std::vector<item> items_;
  auto* items = &items_;
  bounce::result<std::size_t> walked = bounce::errc::usage;
  {
    py::gil_scoped_release unlocked;
    walked = bounce::for_each_message(
        p, opt, [&](const bounce::message_ref& ref, bounce::result<bounce::parsed_message>& r) {
          if (!r) {
            if (errors)
              items->push_back({true, {}, std::string(ref.source), r.error().message(), ref.index});
            return;
          }
          for (auto& rec : r->records) items->push_back({false, std::move(rec), {}, {}, ref.index});
        });
  }
  if (!walked) {
    PyErr_SetObject(PyExc_OSError, py::make_tuple(py::none(), walked.error().message(), p).ptr());
    // OSError(errno, strerror, filename): errno unknown, so None.
    throw py::error_already_set();
  }
  py::list out;
  for (const auto& it : *items) {
    if (it.is_error) {
      py::dict d;
      d["source"] = py::str(it.source);
      d["message_index"] = py::int_(it.index);
      d["error"] = py::str(it.error);
      out.append(std::move(d));
    } else {
      out.append(to_dict(it.rec));
    }
  }
  return py::iter(out);
}

py::dict classify(const std::string& diagnostic) {
  const bounce::classification c = bounce::classify(diagnostic);
  py::dict d;
  d["reason"] = py::str(std::string(bounce::to_string(c.reason)));
  d["status"] = c.status ? py::object(py::str(c.status->to_string())) : py::none();
  d["status_source"] =
      c.status ? py::object(py::str(std::string(bounce::to_string(c.status_source)))) : py::none();
  d["reply_code"] = c.reply_code ? py::object(py::int_(*c.reply_code)) : py::none();
  d["hard_bounce"] = py::bool_(c.hard_bounce);
  d["rule"] = py::str(c.rule);
  return d;
}

}  // namespace

PYBIND11_MODULE(bounce, m) {
  m.doc() =
      "Turns bounce e-mails (RFC 3464 DSNs and MTA notices) into delivery-failure records.\n"
      "Records are dicts keyed by the JSON field names of `bounce parse`.";
  m.attr("__version__") = BOUNCE_VERSION_STRING;
  m.def("parse", &parse, py::arg("data"), py::kw_only(), py::arg("failures_only") = false,
        py::arg("headers") = std::vector<std::string>{}, py::arg("verp") = true,
        py::arg("verp_prefixes") = std::vector<std::string>{}, py::arg("verp_separator") = "=",
        "parse(data: bytes, *, failures_only=False, headers=[], verp=True, verp_prefixes=[],\n"
        "      verp_separator='=') -> list[dict]\n\n"
        "Parses one raw message. Returns its records (an empty list for a message that is not a\n"
        "bounce). Raises ValueError when the bytes are not a mail message or are too large.\n"
        "Records have source \"\" and message_index 1. headers: names of returned-message\n"
        "headers to copy into each record's 'headers' dict; verp*: VERP decoding of the bounce\n"
        "address (docs/record-schema.md).");
  m.def("parse_path", &parse_path, py::arg("path"), py::kw_only(), py::arg("failures_only") = false,
        py::arg("errors") = false, py::arg("headers") = std::vector<std::string>{},
        py::arg("verp") = true, py::arg("verp_prefixes") = std::vector<std::string>{},
        py::arg("verp_separator") = "=",
        "parse_path(path, *, failures_only=False, errors=False, headers=[], verp=True,\n"
        "           verp_prefixes=[], verp_separator='=') -> Iterator[dict]\n\n"
        "Parses a file, a directory (recursively, in name order), an mbox or '-' (stdin).\n"
        "Records carry source and message_index. Messages that cannot be parsed are skipped;\n"
        "with errors=True each yields {'source', 'message_index', 'error'} instead.\n"
        "Raises OSError when path cannot be read at all. The whole path is read before the\n"
        "first item is returned.");
  m.def("classify", &classify, py::arg("diagnostic"),
        "classify(diagnostic: str) -> dict\n\n"
        "Classifies one diagnostic text: reason, status, status_source, reply_code, hard_bounce, "
        "rule.");
}
