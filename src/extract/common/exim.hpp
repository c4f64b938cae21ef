#pragma once
// The extractor toolkit, topic "Exim-style failure lists": Exim's notice (and the providers
// that run Exim underneath: Mail.Ru, Yandex, GMX, 1&1, MXLogic ...) lists each failed address
// with the remote host's reply:
//   "  addr\n    SMTP error from remote mail server after RCPT TO:<addr>:\n    host h [ip]: 550
//   ..." "  <addr>: 550 5.1.1 ..."
// One reading of "... after RCPT TO:", one catalogue of Exim's own messages.
#include <string>
#include <string_view>
#include <vector>

#include "extract/draft.hpp"

namespace bounce::extract::kit {

/// One recipient block of an Exim-style failure list.
struct exim_entry {
  std::string recipient;
  std::string diagnostic;  ///< the remote MTA's reply (or Exim's own message), joined by spaces
  std::string command;     ///< from "... after RCPT TO:" etc.
  std::string remote_mta;  ///< from "host NAME [ip]:"
};

/// The command of Exim's "SMTP error from remote mail server after RCPT TO:<a@b>:" (RCPT);
/// also "after end of data", "after MAIL FROM:<>", "after initial connection", "after
/// pipelined ...", "after sending data block". Empty when the line names none.
std::string exim_command(std::string_view line);

/// Reads the blocks of an Exim-style list (the text after "... failed:"). Stops at a line that
/// starts with "------" or at a line at column 0 after the list has begun.
std::vector<exim_entry> exim_entries(std::string_view list);

/// The United Internet (GMX, WEB.DE, 1&1/IONOS) bounce body after "... failed:": an address
/// alone on a line ("\"a@b\":", "<a@b>", "a@b") starts a block; "SMTP error from remote server
/// after RCPT command:" gives the command, "host: NAME" the remote MTA, "Reason:" and
/// "For the following reason:" are labels, other lines are the diagnostic.
std::vector<exim_entry> united_internet_entries(std::string_view list);

/// Exim's catalogue: when d carries Exim's own message (no SMTP command, no remote reply
/// code) that names a situation ("retry timeout exceeded", "unrouteable address" ...), its
/// verdict with rule "extractor/<engine>/<id>". False when it does not.
bool apply_exim_catalogue(draft& d, std::string_view engine);

/// The drafts of a United Internet notice (GMX, WEB.DE, 1&1/IONOS): united_internet_entries()
/// of the text after "... failed:", through exim_drafts().
void united_internet_drafts(std::string_view text, std::string_view engine,
                            std::vector<draft>& out);

/// Turns exim entries into drafts (command, remote MTA, diagnostic; Exim's catalogue) for
/// engine.
void exim_drafts(std::vector<exim_entry>&& entries, std::string_view engine,
                 std::vector<draft>& out);

}  // namespace bounce::extract::kit
