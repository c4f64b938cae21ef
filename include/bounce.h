/* SPDX-License-Identifier: BSD-2-Clause */
/* bounce.h: the C API of the bounce library (style.md P14).
 *
 * A thin, exception-free layer over bounce::parse_message(). It is part of the library target
 * bounce::bounce (CMake) / bounce (pkg-config); link with a C++ linker or add -lstdc++.
 *
 *   bounce_result *r = bounce_parse(data, len);
 *   if (r && !bounce_result_error(r)) {
 *     size_t i;
 *     for (i = 0; i < bounce_result_count(r); ++i)
 *       printf("%s %s\n", bounce_result_field(r, i, "recipient"), bounce_result_field(r, i,
 * "reason"));
 *   }
 *   bounce_result_free(r);
 *
 * Ownership: every string a function returns is owned by the bounce_result it came from and stays
 * valid until bounce_result_free() on that result. Never free() a returned string. A result may be
 * read from several threads at once; different results are independent.
 *
 * The header is C89: no // comments, no bool, no inline.
 */
#ifndef BOUNCE_H
#define BOUNCE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Opaque: the records of one parsed message, or the reason it could not be parsed. */
typedef struct bounce_result bounce_result;

/* Parses one raw message (any line endings) of len bytes at data. data may be NULL when len is 0.
 * Returns a new result that the caller releases with bounce_result_free(), or NULL only when memory
 * ran out. A message that is not a bounce gives a result with no records and no error. */
bounce_result *bounce_parse(const char *data, size_t len);

/* Opaque parse options (the C++ bounce::options): create with bounce_options_new(), set, pass to
 * bounce_parse_with() as often as wanted, release with bounce_options_free(). Not thread-safe while
 * being changed; a finished one may be shared by threads. NULL from _new when memory ran out. */
typedef struct bounce_options bounce_options;
bounce_options *bounce_options_new(void);
void bounce_options_free(bounce_options *options);
/* Copy the returned message's header `name` into each record's "headers" (in the order added).
 * 0 on success, -1 for a NULL/empty name, a name with ':' or no memory. */
int bounce_options_add_header(bounce_options *options, const char *name);
/* VERP decoding of the bounce address (docs/record-schema.md): on (1, the default) or off (0); a
 * local-part prefix to accept ("bounces+"; none added: any); the user/domain separator ('='). Each
 * returns 0, or -1 for a NULL options, an empty prefix or one with '@', a separator NUL or '@'. */
int bounce_options_set_verp(bounce_options *options, int enabled);
int bounce_options_add_verp_prefix(bounce_options *options, const char *prefix);
int bounce_options_set_verp_separator(bounce_options *options, char separator);
/* Non-zero: no delivered, feedback or vacation records (bounce parse --select bounces). */
int bounce_options_set_failures_only(bounce_options *options, int failures_only);

/* bounce_parse() with options; options NULL means the defaults. */
bounce_result *bounce_parse_with(const char *data, size_t len, const bounce_options *options);

/* Why the message could not be parsed (e.g. "not a mail message (no header block)"), or NULL when
 * it was parsed (even if it gave no records). NULL for a NULL result. Owned by the result. */
const char *bounce_result_error(const bounce_result *result);

/* Number of records (0 for an error, a non-bounce, or a NULL result). */
size_t bounce_result_count(const bounce_result *result);

/* Field `name` of record `index`, by its JSON key (docs/record-schema.md), as text: strings as-is,
 * integers in decimal ("550", "1"), booleans "true"/"false", "warnings" as a JSON array text
 * ("[]", "[\"invalid_utf8\"]"), "headers" as a JSON object text ("{\"X-Campaign-Id\":\"c7\"}").
 * NULL when the field is null/absent, the name is unknown, index is
 * out of range, or result is NULL. Owned by the result. */
const char *bounce_result_field(const bounce_result *result, size_t index, const char *name);

/* Number of warnings of record `index`: the items of its "warnings" array, the same codes the JSON
 * line lists ("truncated_diagnostic", "invalid_utf8" ...). 0 when there are none, index is out of
 * range, or result is NULL. */
size_t bounce_result_warning_count(const bounce_result *result, size_t index);

/* Warning `i` (0-based, in the order of the JSON array) of record `index`, e.g. "status_conflict";
 * NULL when i or index is out of range or result is NULL. Owned by the result. */
const char *bounce_result_warning(const bounce_result *result, size_t index, size_t i);

/* Record `index` as one JSON object (the same line `bounce parse` prints, without the newline), or
 * NULL when index is out of range or result is NULL. Owned by the result. */
const char *bounce_result_json(const bounce_result *result, size_t index);

/* Number of record fields, and the name (JSON key) of field i in JSON order ("source",
 * "message_index" ... "warnings"), or NULL when i >= bounce_field_count(). Static strings. */
size_t bounce_field_count(void);
const char *bounce_field_name(size_t i);

/* Releases the result and every string it handed out. NULL is allowed (no-op). */
void bounce_result_free(bounce_result *result);

/* Opaque: the reason rules' reading of one diagnostic text (bounce::classify). */
typedef struct bounce_classification bounce_classification;

/* Classifies one diagnostic text of len bytes at text (an SMTP reply, a log line, a provider's
 * webhook message), as `bounce classify` does. remote_mta (the host that gave the reply) and
 * recipient (its domain) name a provider whose own codes then apply; each may be NULL. text may
 * be NULL when len is 0. Returns a new classification that the caller releases with
 * bounce_classification_free(), or NULL only when memory ran out. */
bounce_classification *bounce_classify(const char *text, size_t len, const char *remote_mta,
                                       const char *recipient);

/* The value of one key of the classification as text: "reason", "status", "status_source",
 * "reply_code" (decimal), "hard_bounce" ("true"/"false") or "rule". NULL when the value is null
 * (no status, no reply code) or the name is not one of these. Owned by the classification. */
const char *bounce_classification_field(const bounce_classification *c, const char *name);

/* The classification as one JSON object (the line `bounce classify` prints, without its
 * newline). Owned by the classification; NULL only for a NULL argument. */
const char *bounce_classification_json(const bounce_classification *c);

/* Releases the classification and its strings. NULL is allowed (no-op). */
void bounce_classification_free(bounce_classification *c);

/* Library version, e.g. "0.1.0". A static string; never NULL. */
const char *bounce_version(void);

#ifdef __cplusplus
}
#endif

#endif /* BOUNCE_H */
