// SPDX-License-Identifier: BSD-2-Clause
// gen_status_registry IN.txt OUT.inc
//
// Host tool run by CMake: reads the IANA "SMTP Enhanced Status Codes" table (plain text, see
// src/registry/iana-smtp-enhanced-status-codes.txt) and writes status_registry.inc, the C++ data
// that src/registry/status_registry.cpp includes. Standard library only, so no Python is needed
// to build.
//
// Format: each entry is seven cells (code, sample text, basic status codes, description,
// reference, submitter, change controller). A cell ends at a line whose last character is '|'; a
// cell may span lines, which are joined with one space. The tool is strict on purpose: anything it
// does not recognise (wrong cell count, malformed code, unknown basic-code cell, an entry count
// other than kExpectedEntries) stops the build with a message naming the line, so a refreshed copy
// of the registry is looked at by a person before it changes the library.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::size_t kExpectedEntries = 81;
constexpr int kSubjects = 8;  // X.0 .. X.7 (RFC 3463 section 2)

struct cell {
  std::string text;
  int line = 0;  // first line of the cell, 1-based
};

struct entry {
  int line = 0;
  int subject = 0;
  int detail = 0;
  std::string code, title, basic_text, description, reference;
  std::vector<int> basic;
  bool deprecated = false;
};

struct parse_error : std::runtime_error {
  int line;
  parse_error(int l, const std::string& what) : std::runtime_error(what), line(l) {}
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// Splits the file into cells. A line ending in '|' closes the current cell.
std::vector<cell> read_cells(std::istream& in) {
  std::vector<cell> cells;
  cell cur;
  bool open = false;
  std::string raw;
  int lineno = 0;
  while (std::getline(in, raw)) {
    ++lineno;
    std::string_view line = raw;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty()) {
      // A blank line is not part of the format; inside a cell it would silently change the text.
      if (open) throw parse_error(lineno, "blank line inside a cell");
      continue;
    }
    for (char c : line)
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
        throw parse_error(lineno, "control character");
    bool closes = line.back() == '|';
    if (closes) line.remove_suffix(1);
    line = trim(line);
    if (!open) {
      cur = cell{std::string(line), lineno};
      open = true;
    } else if (!line.empty()) {
      if (!cur.text.empty()) cur.text += ' ';
      cur.text += line;
    }
    if (closes) {
      cells.push_back(std::move(cur));
      open = false;
    }
  }
  if (open) throw parse_error(cur.line, "cell not terminated by '|' at end of file");
  return cells;
}

// Parses "X.<subject>.<detail>".
void parse_code(const cell& c, entry& e) {
  std::string_view s = c.text;
  auto fail = [&] { throw parse_error(c.line, "expected a code X.n.n, got \"" + c.text + "\""); };
  if (s.size() < 5 || s.substr(0, 2) != "X.") fail();
  s.remove_prefix(2);
  auto dot = s.find('.');
  if (dot == std::string_view::npos) fail();
  std::string_view subj = s.substr(0, dot), det = s.substr(dot + 1);
  if (!all_digits(subj) || !all_digits(det) || subj.size() > 3 || det.size() > 3) fail();
  e.subject = to_int(subj);
  e.detail = to_int(det);
  if (e.subject >= kSubjects)
    throw parse_error(c.line, "subject of " + c.text + " is not one of X.0 .. X.7 (RFC 3463)");
  e.code = c.text;
}

// Parses the "associated basic status codes" cell. Recognised forms:
//   ""  "Any"  "Not given"  "."           no list
//   "5XX"                                 a class wildcard, no numbers
//   "451, 550"  "451/550"  "250 or 251"   reply codes
//   any list followed by "(remark)"       the remark stays in the text only
void parse_basic(const cell& c, entry& e) {
  e.basic_text = c.text;
  std::string_view s = c.text;
  if (s.empty() || s == "Any" || s == "Not given" || s == ".") return;
  if (s.size() == 3 && (s[0] == '2' || s[0] == '4' || s[0] == '5') && s.substr(1) == "XX") return;
  auto fail = [&](const std::string& why) {
    throw parse_error(c.line, "basic status codes \"" + c.text + "\": " + why);
  };
  if (auto paren = s.find('('); paren != std::string_view::npos) {
    if (s.back() != ')' || paren == 0) fail("remark must be a trailing \"(...)\"");
    s = trim(s.substr(0, paren));
  }
  std::size_t i = 0;
  bool expect_code = true;
  while (i < s.size()) {
    if (expect_code) {
      if (i + 3 > s.size() || !all_digits(s.substr(i, 3)) ||
          (i + 3 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 3]))))
        fail("expected a three-digit reply code at offset " + std::to_string(i));
      int v = to_int(s.substr(i, 3));
      if (v < 200 || v > 599) fail("reply code " + std::to_string(v) + " out of range");
      e.basic.push_back(v);
      i += 3;
      expect_code = false;
    } else {
      std::string_view rest = s.substr(i);
      if (rest.starts_with(", "))
        i += 2;
      else if (rest.starts_with("/"))
        i += 1;
      else if (rest.starts_with(" or "))
        i += 4;
      else
        fail("unexpected separator at offset " + std::to_string(i));
      expect_code = true;
    }
  }
  if (expect_code) fail("list ends with a separator");
}

bool looks_like_code(std::string_view s) {
  return s.starts_with("X.") && s.size() <= 9 && s.find(' ') == std::string_view::npos;
}

std::vector<entry> parse(std::istream& in) {
  std::vector<cell> cells = read_cells(in);
  std::vector<entry> out;
  for (std::size_t i = 0; i < cells.size(); i += 7) {
    entry e;
    e.line = cells[i].line;
    try {
      parse_code(cells[i], e);
    } catch (const parse_error& err) {
      if (out.empty() || looks_like_code(cells[i].text)) throw;
      throw parse_error(err.line, std::string(err.what()) + "; does entry " + out.back().code +
                                      " (line " + std::to_string(out.back().line) +
                                      ") have more than 7 cells?");
    }
    const std::size_t n = std::min<std::size_t>(7, cells.size() - i);
    for (std::size_t k = 1; k < n; ++k)
      if (looks_like_code(cells[i + k].text))
        throw parse_error(cells[i + k].line, "entry " + e.code + " (line " +
                                                 std::to_string(e.line) +
                                                 ") does not have 7 cells: a new code starts "
                                                 "in its cell " +
                                                 std::to_string(k + 1));
    if (n < 7)
      throw parse_error(e.line, "entry " + e.code + " does not have 7 cells: the file ends after " +
                                    std::to_string(n) + " cells");
    e.title = cells[i + 1].text;
    parse_basic(cells[i + 2], e);
    e.description = cells[i + 3].text;
    e.reference = cells[i + 4].text;
    // X.6.10: empty title and contacts, "... is thus deprecated." Kept so that a code seen in the
    // wild still resolves, but flagged.
    e.deprecated = e.title.empty() || lower(e.description).find("deprecated") != std::string::npos;
    for (const entry& prev : out)
      if (prev.subject == e.subject && prev.detail == e.detail)
        throw parse_error(e.line, "duplicate code " + e.code + " (first at line " +
                                      std::to_string(prev.line) + ")");
    out.push_back(std::move(e));
  }
  if (out.size() != kExpectedEntries)
    throw parse_error(cells.empty() ? 1 : cells.back().line,
                      "found " + std::to_string(out.size()) + " entries, expected " +
                          std::to_string(kExpectedEntries) +
                          " (update kExpectedEntries and the unit test if the registry grew)");
  return out;
}

// A C++ string literal. Octal escapes are at most three digits, so they cannot swallow a
// following character the way \x escapes can.
std::string literal(std::string_view s) {
  std::string r = "\"";
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      r += '\\';
      r += ch;
    } else if (c < 0x20 || c >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      r += buf;
    } else {
      r += ch;
    }
  }
  return r + '"';
}

std::string base_name(const std::string& path) {
  auto slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string emit(const std::vector<entry>& entries, const std::string& source) {
  std::ostringstream o;
  o << "// generated from " << base_name(source)
    << " by gen_status_registry (src/registry/gen_status_registry.cpp); do not edit.\n"
    << "// " << entries.size() << " enumerated codes (IANA \"SMTP Enhanced Status Codes\"), "
    << "3 class codes and 8 subject codes (RFC 3463).\n"
    << "// Included once, by src/registry/status_registry.cpp.\n\n"
    << "#include <cstdint>\n\n#include \"bounce/status_registry.hpp\"\n\n"
    << "namespace bounce::registry_data {\n\n";

  // Class and subject codes are not in the IANA text; they come from RFC 3463.
  o << "// RFC 3463, section 2 \"Status Code Structure\": the class sub-codes.\n"
    << "constexpr status_category kClasses[] = {\n"
    << "    {2, \"2\", \"Success\"},\n"
    << "    {4, \"4\", \"Persistent Transient Failure\"},\n"
    << "    {5, \"5\", \"Permanent Failure\"},\n"
    << "};\n\n";
  static const char* const subjects[kSubjects] = {"Other or Undefined Status",
                                                  "Addressing Status",
                                                  "Mailbox Status",
                                                  "Mail System Status",
                                                  "Network and Routing Status",
                                                  "Mail Delivery Protocol Status",
                                                  "Message Content or Media Status",
                                                  "Security or Policy Status"};
  o << "// RFC 3463, section 2 \"Status Code Structure\": the subject sub-codes (their detail "
       "codes\n"
    << "// are enumerated in section 3 and in the IANA registry above).\n"
    << "constexpr status_category kSubjects[] = {\n";
  for (int i = 0; i < kSubjects; ++i)
    o << "    {" << i << ", \"X." << i << "\", " << literal(subjects[i]) << "},\n";
  o << "};\n\n";

  // All basic reply codes in one array; each entry holds a span into it.
  std::vector<std::size_t> offset;
  o << "constexpr int kBasicCodes[] = {\n";
  std::size_t total = 0;
  for (const entry& e : entries) {
    offset.push_back(total);
    if (e.basic.empty()) continue;
    o << "    ";
    for (int v : e.basic) o << v << ", ";
    o << "// " << e.code << "\n";
    total += e.basic.size();
  }
  if (total == 0) o << "    0,  // placeholder: no entry lists a reply code\n";
  o << "};\n\n";

  o << "constexpr status_entry kEntries[] = {\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const entry& e = entries[i];
    o << "    // " << e.code << ", line " << e.line << "\n"
      << "    {" << e.subject << ", " << e.detail << ", " << literal(e.code) << ",\n"
      << "     " << literal(e.title) << ",\n";
    if (e.basic.empty())
      o << "     {},\n";
    else
      o << "     span<const int>(kBasicCodes + " << offset[i] << ", " << e.basic.size() << "),\n";
    o << "     " << literal(e.basic_text) << ",\n"
      << "     " << literal(e.description) << ",\n"
      << "     " << literal(e.reference) << ",\n"
      << "     " << (e.deprecated ? "true" : "false") << "},\n";
  }
  o << "};\n\n";

  // Direct index for find(): kIndex[subject][detail] is the position in kEntries, or -1.
  int max_detail = 0;
  for (const entry& e : entries) max_detail = std::max(max_detail, e.detail);
  o << "constexpr int kMaxDetail = " << max_detail << ";\n"
    << "constexpr std::int16_t kIndex[" << kSubjects << "][kMaxDetail + 1] = {\n";
  for (int s = 0; s < kSubjects; ++s) {
    std::vector<int> row(static_cast<std::size_t>(max_detail) + 1, -1);
    for (std::size_t i = 0; i < entries.size(); ++i)
      if (entries[i].subject == s)
        row[static_cast<std::size_t>(entries[i].detail)] = static_cast<int>(i);
    o << "    {";
    for (std::size_t d = 0; d < row.size(); ++d) o << (d ? ", " : "") << row[d];
    o << "},  // X." << s << "\n";
  }
  o << "};\n\n}  // namespace bounce::registry_data\n";
  return o.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: gen_status_registry IN.txt OUT.inc\n";
    return 2;
  }
  const std::string in_path = argv[1], out_path = argv[2];
  std::ifstream in(in_path, std::ios::binary);
  if (!in) {
    std::cerr << in_path << ": cannot open\n";
    return 1;
  }
  std::string text;
  try {
    text = emit(parse(in), in_path);
  } catch (const parse_error& e) {
    std::cerr << in_path << ":" << e.line << ": error: " << e.what() << "\n";
    return 1;
  }
  // Write to a temporary and rename, so a failed run never leaves a half-written .inc behind.
  const std::string tmp = out_path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) {
      std::cerr << tmp << ": cannot write\n";
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), out_path.c_str()) != 0) {
    std::cerr << out_path << ": cannot replace\n";
    std::remove(tmp.c_str());
    return 1;
  }
  return 0;
}
