// SPDX-License-Identifier: BSD-2-Clause
// `bounce registry`: print the IANA SMTP enhanced status code registry as JSON Lines.
// Uses only the public headers.
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/status.hpp"
#include "bounce/jsonl.hpp"
#include "bounce/status_registry.hpp"
#include "commands.hpp"

namespace bounce::cli {

namespace {

constexpr const char* kUsage =
    "usage: bounce registry [CODE...]\n"
    "       bounce registry --classes | --subjects\n"
    "\n"
    "Prints the IANA SMTP enhanced status codes (RFC 3463, RFC 5248) as JSON Lines.\n"
    "  (no argument)  all enumerated entries, in registry order\n"
    "  CODE           the entry for CODE, written X.1.1 or 5.1.1; a concrete class\n"
    "                 (2, 4 or 5) adds \"class_title\" and \"subject_title\"\n"
    "  --classes      the class codes 2, 4, 5\n"
    "  --subjects     the subject codes X.0 .. X.7\n"
    "  -h, --help     this text\n"
    "\n"
    "Exit status: 0 ok, 1 a code is not registered, 2 usage error.\n";

void append_string(std::string& out, std::string_view s) { (void)append_json_string(out, s); }

void append_key(std::string& out, std::string_view key) {
  out += out.back() == '{' ? "" : ",";
  append_string(out, key);
  out += ':';
}

// Keys in a fixed order: code, title, basic_codes, basic_codes_text, description, reference,
// deprecated, then (for a concrete code) class_title, subject_title.
void append_entry(std::string& out, const status_entry& e, const status_lookup* concrete) {
  out += '{';
  append_key(out, "code");
  append_string(out, e.code);
  append_key(out, "title");
  append_string(out, e.title);
  append_key(out, "basic_codes");
  out += '[';
  for (std::size_t i = 0; i < e.basic_codes.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(e.basic_codes[i]);
  }
  out += ']';
  append_key(out, "basic_codes_text");
  append_string(out, e.basic_codes_text);
  append_key(out, "description");
  append_string(out, e.description);
  append_key(out, "reference");
  append_string(out, e.reference);
  append_key(out, "deprecated");
  out += e.deprecated ? "true" : "false";
  if (concrete) {
    append_key(out, "class_title");
    append_string(out, concrete->cls ? concrete->cls->title : std::string_view{});
    append_key(out, "subject_title");
    append_string(out, concrete->subject ? concrete->subject->title : std::string_view{});
  }
  out += "}\n";
}

void append_category(std::string& out, const status_category& c) {
  out += '{';
  append_key(out, "code");
  append_string(out, c.code);
  append_key(out, "title");
  append_string(out, c.title);
  out += "}\n";
}

bool parse_number(std::string_view s, int& v) {
  if (s.empty() || s.size() > 3) return false;
  v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  return true;
}

// "X.s.d" (any class) or "c.s.d" (a concrete class, one digit). cls is 0 for X.
bool parse_code(std::string_view s, status_code& code) {
  if (s.size() < 5 || s[1] != '.') return false;
  if (s[0] == 'X' || s[0] == 'x')
    code.cls = 0;
  else if (s[0] >= '0' && s[0] <= '9')
    code.cls = s[0] - '0';
  else
    return false;
  s.remove_prefix(2);
  auto dot = s.find('.');
  if (dot == std::string_view::npos) return false;
  return parse_number(s.substr(0, dot), code.subject) &&
         parse_number(s.substr(dot + 1), code.detail);
}

int usage_error(std::string_view why) {
  std::cerr << "bounce registry: " << why << "\nTry 'bounce registry --help'.\n";
  return 2;
}

int write(const std::string& out) {
  std::cout << out;
  return std::cout.flush() ? 0 : 1;
}

}  // namespace

int cmd_registry(int argc, char** argv) {
  enum class mode { entries, classes, subjects } m = mode::entries;
  bool mode_set = false;
  bool end_of_options = false;
  std::vector<std::string_view> codes;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (!end_of_options && a == "--") {
      end_of_options = true;
    } else if (!end_of_options && (a == "-h" || a == "--help")) {
      std::cout << kUsage;
      return 0;
    } else if (!end_of_options && (a == "--classes" || a == "--subjects")) {
      if (mode_set) return usage_error("--classes and --subjects are exclusive");
      m = a == "--classes" ? mode::classes : mode::subjects;
      mode_set = true;
    } else if (!end_of_options && a.size() > 1 && a[0] == '-') {
      return usage_error("unknown option " + std::string(a));
    } else {
      codes.push_back(a);
    }
  }
  if (mode_set && !codes.empty()) return usage_error("--classes and --subjects take no CODE");

  std::string out;
  if (m == mode::classes) {
    for (const auto& c : status_registry::classes()) append_category(out, c);
    return write(out);
  }
  if (m == mode::subjects) {
    for (const auto& s : status_registry::subjects()) append_category(out, s);
    return write(out);
  }
  if (codes.empty()) {
    for (const auto& e : status_registry::entries()) append_entry(out, e, nullptr);
    return write(out);
  }

  // Check every argument first, so a usage error prints nothing on stdout.
  std::vector<status_code> parsed;
  for (std::string_view a : codes) {
    status_code c;
    if (!parse_code(a, c)) return usage_error("not a status code: \"" + std::string(a) + "\"");
    parsed.push_back(c);
  }
  int rc = 0;
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    const status_code& c = parsed[i];
    if (c.cls == 0) {  // X.s.d
      if (const status_entry* e = status_registry::find(c.subject, c.detail))
        append_entry(out, *e, nullptr);
      else {
        std::cerr << "bounce registry: " << codes[i] << ": not registered\n";
        rc = 1;
      }
      continue;
    }
    status_lookup r = status_registry::lookup(c);
    if (r.cls && r.detail) {
      append_entry(out, *r.detail, &r);
      continue;
    }
    std::cerr << "bounce registry: " << codes[i] << ": ";
    if (!r.cls)
      std::cerr << "class " << c.cls << " is not 2, 4 or 5\n";
    else if (r.subject)
      std::cerr << "not registered (" << r.cls->title << "; " << r.subject->title << ")\n";
    else
      std::cerr << "not registered (" << r.cls->title << ")\n";
    rc = 1;
  }
  if (write(out) != 0) return 1;
  return rc;
}

}  // namespace bounce::cli
