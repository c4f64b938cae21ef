// SPDX-License-Identifier: BSD-2-Clause
#include "mime/report.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "mime/detail.hpp"

using namespace bounce::mime;

TEST_SUITE("mime/base64") {
  TEST_CASE("decodes, skipping invalid characters and line breaks") {
    CHECK(decode_base64("SGVsbG8=") == "Hello");
    CHECK(decode_base64("SGVs\nbG8h\r\n") == "Hello!");
    CHECK(decode_base64("SG VsbG8*=") == "Hello");
    CHECK(decode_base64("") == "");
  }
  TEST_CASE("tolerates missing padding and realigns after padding") {
    CHECK(decode_base64("SGVsbG8") == "Hello");
    CHECK(decode_base64("SGk") == "Hi");
    CHECK(decode_base64("SGk=SGk=") == "HiHi");  // concatenated chunks
  }
  TEST_CASE("round trip of every length and byte value, with and without padding") {
    constexpr std::string_view alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::size_t len = 0; len < 200; ++len) {
      std::string raw;
      for (std::size_t i = 0; i < len; ++i) raw.push_back(static_cast<char>((i * 37 + len) & 0xFF));
      std::string enc;
      for (std::size_t i = 0; i < raw.size(); i += 3) {
        unsigned v = static_cast<unsigned char>(raw[i]) << 16;
        if (i + 1 < raw.size()) v |= static_cast<unsigned char>(raw[i + 1]) << 8;
        if (i + 2 < raw.size()) v |= static_cast<unsigned char>(raw[i + 2]);
        enc.push_back(alphabet[(v >> 18) & 63]);
        enc.push_back(alphabet[(v >> 12) & 63]);
        enc.push_back(i + 1 < raw.size() ? alphabet[(v >> 6) & 63] : '=');
        enc.push_back(i + 2 < raw.size() ? alphabet[v & 63] : '=');
        if (i % 57 == 54) enc += "\n";
      }
      CHECK(decode_base64(enc) == raw);
      std::string bare = enc;
      bare.erase(std::remove(bare.begin(), bare.end(), '='), bare.end());
      CHECK(decode_base64(bare) == raw);
    }
  }
  TEST_CASE("output is bounded by the input") {
    std::string junk(10000, '!');
    CHECK(decode_base64(junk).empty());
    CHECK(decode_base64(std::string(4000, 'A')).size() == 3000);
  }
}

TEST_SUITE("mime/quoted-printable") {
  TEST_CASE("escapes and soft line breaks") {
    CHECK(decode_quoted_printable("a=3Db") == "a=b");
    CHECK(decode_quoted_printable("caf=C3=A9") == "caf\xC3\xA9");
    CHECK(decode_quoted_printable("lower=c3=a9") == "lower\xC3\xA9");
    CHECK(decode_quoted_printable("Final-Reci=\npient") == "Final-Recipient");
    CHECK(decode_quoted_printable("soft= \t\nbreak") == "softbreak");
    CHECK(decode_quoted_printable("crlf=\r\nbreak") == "crlfbreak");
    CHECK(decode_quoted_printable("end=") == "end");
  }
  TEST_CASE("invalid escapes are kept as is") {
    CHECK(decode_quoted_printable("100=%") == "100=%");
    CHECK(decode_quoted_printable("a=G1b") == "a=G1b");
    CHECK(decode_quoted_printable("x=4") == "x=4");
  }
}

TEST_SUITE("mime/rfc2047") {
  TEST_CASE("B and Q words") {
    CHECK(decode_rfc2047("=?UTF-8?B?5pel5pys6Kqe?=") == "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E");
    CHECK(decode_rfc2047("=?iso-8859-15?Q?Delivery_Status_Notification_=28Failure=29?=") ==
          "Delivery Status Notification (Failure)");
    CHECK(decode_rfc2047("=?iso-8859-1?q?caf=E9?=") == "caf\xC3\xA9");
  }
  TEST_CASE("ISO-2022-JP subject") {
    CHECK(decode_rfc2047("=?ISO-2022-JP?B?GyRCR1s/LiUoJWkhPBsoQg==?=") ==
          "\xE9\x85\x8D\xE4\xBF\xA1\xE3\x82\xA8\xE3\x83\xA9\xE3\x83\xBC");  // 配信エラー
  }
  TEST_CASE("adjacent words separated by whitespace are joined, text around kept") {
    CHECK(decode_rfc2047("=?UTF-8?Q?a?= =?UTF-8?Q?b?=") == "ab");
    CHECK(decode_rfc2047("=?UTF-8?Q?a?=\n\t=?UTF-8?Q?b?=") == "ab");
    CHECK(decode_rfc2047("Re: =?UTF-8?Q?a?= x =?UTF-8?Q?b?= end") == "Re: a x b end");
    // a multibyte character split across two words
    CHECK(decode_rfc2047("=?UTF-8?B?5pe=?= =?UTF-8?B?pQ==?=") == "\xE6\x97\xA5");
  }
  TEST_CASE("malformed words are left as is") {
    CHECK(decode_rfc2047("=?UTF-8?X?abc?=") == "=?UTF-8?X?abc?=");
    CHECK(decode_rfc2047("=?UTF-8?Q?no end") == "=?UTF-8?Q?no end");
    CHECK(decode_rfc2047("=??Q?x?=") == "=??Q?x?=");
    CHECK(decode_rfc2047("=?UTF-8?Q?has space?=") == "=?UTF-8?Q?has space?=");
    CHECK(decode_rfc2047("plain text") == "plain text");
    CHECK(decode_rfc2047("a =?") == "a =?");
  }
  TEST_CASE("unknown charset keeps the decoded bytes") {
    CHECK(decode_rfc2047("=?x-no-such-charset?Q?abc?=") == "abc");
  }
  TEST_CASE("language suffix (RFC 2231) is ignored") {
    CHECK(decode_rfc2047("=?UTF-8*en?Q?hi?=") == "hi");
  }
}

TEST_SUITE("mime/charset") {
  TEST_CASE("utf-8 and ascii pass through") {
    bool ok = false;
    CHECK(to_utf8("\xE6\x97\xA5", "utf-8", &ok) == "\xE6\x97\xA5");
    CHECK(ok);
    CHECK(to_utf8("abc", "\"US-ASCII\"", &ok) == "abc");
    CHECK(ok);
    CHECK(to_utf8("bad \xFF", "utf-8") == "bad \xFF");  // not repaired here
  }
  TEST_CASE("Japanese charsets and aliases") {
    const std::string nihongo = "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E";
    for (const char* cs : {"Shift_JIS", "sjis", "x-sjis", "shift-jis", "windows-31j", "cp932"})
      CHECK(to_utf8("\x93\xfa\x96{\x8c\xea", cs) == nihongo);
    CHECK(to_utf8("\xc6\xfc\xcb\xdc\xb8\xec", "euc-jp") == nihongo);
    CHECK(to_utf8("\x1b$BF|K\\8l\x1b(B", "iso-2022-jp") == nihongo);
    // vendor extensions: NEC special characters, half-width katakana
    CHECK(to_utf8("\x87@\x87\x8a", "shift_jis") == "\xE2\x91\xA0\xE3\x88\xB1");  // ①㈱
    CHECK(to_utf8("\x1b(I123\x1b(B", "iso-2022-jp") == "\xEF\xBD\xB1\xEF\xBD\xB2\xEF\xBD\xB3");
  }
  TEST_CASE("other charsets") {
    CHECK(to_utf8("caf\xE9", "iso-8859-1") == "caf\xC3\xA9");
    CHECK(to_utf8("\x80", "windows-1252") == "\xE2\x82\xAC");
    CHECK(to_utf8("\xf0\xd2\xc9\xd7\xc5\xd4", "koi8-r") ==
          "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
    CHECK(to_utf8("\xd6\xd0\xce\xc4", "gb2312") == "\xE4\xB8\xAD\xE6\x96\x87");
    CHECK(to_utf8("\xd6\xd0\xce\xc4", "GBK") == "\xE4\xB8\xAD\xE6\x96\x87");
    CHECK(to_utf8("\xa4\xa4\xa4\xe5", "big5") == "\xE4\xB8\xAD\xE6\x96\x87");
  }
  TEST_CASE("unknown charset: bytes unchanged, ok=false") {
    bool ok = true;
    CHECK(to_utf8("a\xE9z", "x-klingon", &ok) == "a\xE9z");
    CHECK_FALSE(ok);
  }
  TEST_CASE("a seven-bit charset label on UTF-8 bytes: the bytes are UTF-8") {
    // ISO-2022-JP, UTF-7 and HZ have no byte >= 0x80 (RFC 1468, RFC 2152, RFC 1843): such bytes
    // that are valid UTF-8 were converted on the way without a new label.
    const std::string nihongo = "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E";
    bool ok = false;
    CHECK(to_utf8(nihongo, "iso-2022-jp", &ok) == nihongo);
    CHECK(ok);
    CHECK(to_utf8("a \xE6\x97\xA5", "utf-7") == "a \xE6\x97\xA5");
    // High bytes that are not UTF-8 are still the label's to read.
    CHECK(to_utf8("\x1b$BF|K\\8l\x1b(B", "iso-2022-jp") == nihongo);
    CHECK(to_utf8("\x93\xfa\x96{\x8c\xea", "iso-2022-jp") != "\x93\xfa\x96{\x8c\xea");
  }
  TEST_CASE("invalid bytes are kept, conversion goes on") {
    CHECK(to_utf8("\x93\xfa\xFF\x8c\xea", "shift_jis") == "\xE6\x97\xA5\xFF\xE8\xAA\x9E");
  }
}

TEST_SUITE("mime/html") {
  TEST_CASE("tags stripped, block tags become lines, entities decoded") {
    const std::string html =
        "<html><head><title>x</title><style>p{}</style></head><body>"
        "<p>Delivery&nbsp;failed:</p><div>&lt;user@example.com&gt; &amp; more&#33; &#x41;</div>"
        "<script>alert(1)</script>a<br>b &quot;q&quot; 1 < 2<!-- c --></body></html>";
    CHECK(detail::html_to_text(html) ==
          "Delivery failed:\n<user@example.com> & more! A\na\nb \"q\" 1 < 2\n");
  }
  TEST_CASE("whitespace collapses outside pre") {
    CHECK(detail::html_to_text("a\n   b\t<pre>x\n  y</pre>") == "a b\nx\n  y\n");
  }
}
