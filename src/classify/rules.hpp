// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The ordered reason rules of docs/reasons.md as data tables, evaluated in fixed stages.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/record.hpp"
#include "bounce/status.hpp"

namespace bounce::rules {

class text_hits;

/// What the rules look at. text is the diagnostic, whitespace-collapsed and ASCII lower-cased.
struct evidence {
  std::string_view text;
  std::optional<status_code> status;
  std::optional<int> reply_code;
  std::string_view command;           ///< upper-case SMTP command: CONN, EHLO, MAIL, RCPT, DATA ...
  bool command_assumed = false;       ///< command is assumed (draft::smtp_command_assumed)
  std::string_view diagnostic_type;   ///< upper-case: SMTP, X-UNIX ...
  std::string_view remote_mta;        ///< lower-case host name
  std::string_view recipient_domain;  ///< lower-case
  std::string_view reporting_mta;     ///< host name of the MTA that wrote the report, any case
  bool delayed = false;               ///< Action delayed / delay notice
  /// The extractor's own verdict (draft.reason, draft.rule, draft.reason_strength): evidence
  /// weighed in the verdict stages of reason_stages.cpp, not a decision by itself.
  std::optional<reason_kind> verdict;
  std::string_view verdict_rule;  ///< "extractor/<engine>/<id>"
  bool verdict_stated = false;    ///< the format states the outcome (strength::stated)
  /// Where the rules keep the one scan of text they share (classify_draft's, reset per
  /// record), made by the first rule that asks; null: each rule scans text itself.
  text_hits* hits = nullptr;
};

/// A rule's own inferred status (X.subject.detail, registered), where it reads a kind of its
/// reason whose code differs from the reason's (docs/reasons.md, the inferred column): a sending
/// rate is X.7.0 rather than ratelimited's X.4.5, a recipient's size limit X.2.3 rather than
/// emailtoolarge's X.3.4. The "inferred status" column of the rule tables; unset: the reason's.
struct inferred_status {
  int subject = -1;
  int detail = -1;
  constexpr bool set() const noexcept { return subject >= 0; }
};

struct decision {
  reason_kind reason = reason_kind::undefined;
  std::string rule;  ///< stable rule name written to record.rule
  /// The words of a local delivery agent (mail.local, maildrop ...), not an SMTP reply: no SMTP
  /// step qualifies them.
  bool local_agent = false;
  inferred_status inferred = {};  ///< the deciding row's own inferred status, if it has one
  /// The deciding row's source says its MTA defers on these words (phrase_set::defers): an
  /// inferred status is class 4.
  bool temporary = false;
};

/// Stage 3: provider tables keyed by remote host or recipient domain, then their wording.
std::optional<decision> provider_rule(const evidence&);
/// Stages 4 and 6: phrase sets; strong == true for stage 4.
std::optional<decision> phrase_rule(const evidence&, bool strong,
                                    std::optional<reason_kind> only = std::nullopt);
/// Specific status codes (no X.0.0, no X.Y.0, no 5.7.1). decisive: the codes whose meaning is
/// unambiguous (X.2.2, X.3.4, X.1.8 ...), tried before the wording; otherwise the codes that are
/// often sent for other failures (X.1.1, X.4.7 ...), tried after the strong wording.
std::optional<decision> status_rule(const evidence&, bool decisive);
/// Stage 3b: the cause sets (phrase_strength::cause), wording that names a cause which servers
/// send under a decisive status code of another meaning; before the decisive codes.
std::optional<decision> cause_phrase_rule(const evidence&);
/// For bounce explain: every phrase set (strong, local or weak) with a phrase in the text, in
/// table order; allowed is false for a content set that the SMTP step rules out.
struct phrase_match {
  decision found;
  bool strong = false;
  bool allowed = true;
};
std::vector<phrase_match> phrase_matches(const evidence&);
/// Stage 9b: a bare 5xx reply at RCPT (no enhanced status) whose wording refuses the recipient
/// without naming why ("Recipient address rejected").
std::optional<decision> refused_recipient_rule(const evidence&);
/// The SMTP command as evidence: MAIL -> rejected, CONN/EHLO/HELO -> blocked.
std::optional<decision> command_rule(const evidence&);
/// How many rows of the status-code tables name no source (RFC or registry): 0 (a test holds it).
std::size_t code_rules_without_source();
/// Stage 7: class fallbacks (X.6 -> contenterror, X-UNIX -> mailererror, delayed -> expired ...).
std::optional<decision> class_rule(const evidence&);

/// One stage's finding, for bounce explain: the stage ("5 strong phrase"), what it found, and,
/// when it is not the decision, why it lost.
struct candidate {
  std::string stage;
  decision found;
  std::string lost;  ///< empty for the decision
};

/// The reason stages of docs/reasons.md in order, from the extractor's verdict to the fallbacks
/// (reason_stages.cpp); never empty (onhold / undefined last). With all, every stage is asked
/// and all of them that found something are appended, the decision first (bounce explain);
/// without, decide stops at the first stage that decides.
decision decide(const evidence&, std::vector<candidate>* all = nullptr);

/// Reasons that name what became of the message rather than why it failed (the sender gave up,
/// nothing decided): a more specific cause in the evidence beats an extractor's verdict of one.
bool is_generic_outcome(reason_kind);

/// ASCII lower-case and whitespace collapse, the form phrases are matched against.
std::string normalize_text(std::string_view);
/// The same into out (replacing its content), so that a caller can reuse one buffer.
void normalize_text(std::string_view, std::string& out);

/// Evidence that the failure is temporary: class-4 status, 4xx reply, delayed, or wording.
bool looks_temporary(const evidence&);

}  // namespace bounce::rules
