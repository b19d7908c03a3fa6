#include "pipeline/tokenizer.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace newsie {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  Document doc(text);
  TokenizeDocument(doc);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences()) out.emplace_back(doc.Slice(s.span));
  return out;
}

std::vector<std::string> Tokens(const std::string& text) {
  Document doc(text);
  TokenizeDocument(doc);
  std::vector<std::string> out;
  for (const Token& t : doc.tokens()) out.emplace_back(doc.Slice(t.span));
  return out;
}

TEST_CASE("Tokenizer: news abbreviations do not end a sentence") {
  SUBCASE("titles") {
    CHECK(Sentences("Gov. Andrew Cuomo spoke. Mr. Smith left.") ==
          std::vector<std::string>{"Gov. Andrew Cuomo spoke.", "Mr. Smith left."});
  }
  SUBCASE("dates and numbers") {
    CHECK(Sentences("It began on Dec. 23 and Sept. 11 was No. 2 on the list. Then it ended.") ==
          std::vector<std::string>{"It began on Dec. 23 and Sept. 11 was No. 2 on the list.",
                                   "Then it ended."});
  }
  SUBCASE("a lower-case month abbreviation before a day (lower-cased copy)") {
    CHECK(Sentences("the report dated feb. 21 estimates savings. Then it ended.") ==
          std::vector<std::string>{"the report dated feb. 21 estimates savings.",
                                   "Then it ended."});
    CHECK(Tokens("on sept. 11")[1] == "sept.");
    // Not before a word: the period may end the sentence ("in feb. then").
    CHECK(Tokens("it ends in feb. then")[3] == "feb");
  }
  SUBCASE("a month abbreviation in capitals before a day (a headline)") {
    CHECK(Sentences("THE REPORT DATED FEB. 21 ESTIMATES SAVINGS. Then it ended.") ==
          std::vector<std::string>{"THE REPORT DATED FEB. 21 ESTIMATES SAVINGS.",
                                   "Then it ended."});
    CHECK(Tokens("ON SEPT. 11")[1] == "SEPT.");
    // A word in capitals that is no month keeps its period apart.
    CHECK(Tokens("IN FEBX. 11")[1] == "FEBX");
  }
  SUBCASE("a party and state tag after a lawmaker's name") {
    CHECK(Sentences("Sen. Ann Lee (D-N.Y.) said Tuesday it was over. Rep. Bo Kim (R-S.C.) agreed.") ==
          std::vector<std::string>{"Sen. Ann Lee (D-N.Y.) said Tuesday it was over.",
                                   "Rep. Bo Kim (R-S.C.) agreed."});
    CHECK(Tokens("(D-N.Y.) and (R-Wis.)") ==
          std::vector<std::string>{"(", "D-N.Y.", ")", "and", "(", "R-Wis.", ")"});
    CHECK(Tokens("an X-ray.") == std::vector<std::string>{"an", "X-ray", "."});
    CHECK(Sentences("Ann Lee, R-Ky., said it. Bo Kim, D-Wis, agreed.") ==
          std::vector<std::string>{"Ann Lee, R-Ky., said it.", "Bo Kim, D-Wis, agreed."});
  }
  SUBCASE("no sentence opens with a comma") {
    CHECK(Sentences("He met Ann Lee of Big Widgets Intl., a supplier. Then he left.") ==
          std::vector<std::string>{"He met Ann Lee of Big Widgets Intl., a supplier.",
                                   "Then he left."});
  }
  SUBCASE("U.S. inside and at the end of a sentence") {
    CHECK(Sentences("The U.S. official spoke. He blamed the U.S. The talks failed.") ==
          std::vector<std::string>{"The U.S. official spoke.", "He blamed the U.S.",
                                   "The talks failed."});
  }
}

TEST_CASE("Tokenizer: a sentence-final mark inside closing quotes ends after them") {
  auto s = Sentences("“It is over. We are done,” he said. “Really.” She left.");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "“It is over.");
  CHECK(s[1] == "We are done,” he said.");
  CHECK(s[2] == "“Really.”");
  CHECK(s[3] == "She left.");
}

TEST_CASE("Tokenizer: clitics, numbers and abbreviations are tokens of their own") {
  CHECK(Tokens("Putin’s 100,000 troops") ==
        std::vector<std::string>{"Putin", "’s", "100,000", "troops"});
  CHECK(Tokens("U.S. $2.5 million") ==
        std::vector<std::string>{"U.S.", "$", "2.5", "million"});
  CHECK(Tokens("O'Brien's 250,000-strong army") ==
        std::vector<std::string>{"O'Brien", "'s", "250,000-strong", "army"});
}

TEST_CASE("Tokenizer: a mojibake word (UTF-8 read as Latin-1) stays one token") {
  // "Peña" double-encoded: "Ã" (C3 83) then "±" (C2 B1), a symbol.
  CHECK(Tokens("Enrique Pe\xC3\x83\xC2\xB1" "a Nieto") ==
        std::vector<std::string>{"Enrique", "Pe\xC3\x83\xC2\xB1" "a", "Nieto"});
  // Stored decomposed: "A" + U+0303 + "±"; word-final: "résumé" as "résumÃ©".
  CHECK(Tokens("Pe" "A\xCC\x83\xC2\xB1" "a and r" "A\xCC\x83\xC2\xA9" "sum" "A\xCC\x83\xC2\xA9.") ==
        std::vector<std::string>{"Pe" "A\xCC\x83\xC2\xB1" "a", "and",
                                 "r" "A\xCC\x83\xC2\xA9" "sum" "A\xCC\x83\xC2\xA9", "."});
  // Encoded twice: "á" as "Ã" U+0083 "Â" "¡"; "í" as "Ã" + a soft hyphen.
  CHECK(Tokens("Bas\xC3\x83\xC2\x83\xC3\x82\xC2\xA1" "ez Garc\xC3\x83\xC2\xAD" "a") ==
        std::vector<std::string>{"Bas\xC3\x83\xC2\x83\xC3\x82\xC2\xA1" "ez",
                                 "Garc\xC3\x83\xC2\xAD" "a"});
  // At the end of the text; a no-break space after "Ã" stays a space.
  CHECK(Tokens("caf\xC3\x83\xC2\xA9") == std::vector<std::string>{"caf\xC3\x83\xC2\xA9"});
  CHECK(Tokens("S\xC3\x83\xC2\xA0Paulo") == std::vector<std::string>{"S\xC3\x83", "Paulo"});
  // "Â" alone leads a symbol, not a letter: "Â£5" (for "£5") stays apart.
  CHECK(Tokens("\xC3\x82\xC2\xA3" "5") ==
        std::vector<std::string>{"\xC3\x82", "\xC2\xA3", "5"});
  // Offsets point into the original bytes (the text is not repaired).
  Document doc("Pe\xC3\x83\xC2\xB1" "a said");
  TokenizeDocument(doc);
  REQUIRE(doc.tokens().size() == 2);
  CHECK(doc.tokens()[0].span.begin == 0);
  CHECK(doc.tokens()[0].span.end == 7);
  CHECK(doc.tokens()[0].Has(kTokCapitalized));
}

TEST_CASE("Tokenizer: a soft hyphen or zero-width space inside a word does not split it") {
  CHECK(Tokens("old news\xC2\xADpaper") ==
        std::vector<std::string>{"old", "news\xC2\xADpaper"});
  CHECK(Tokens("Pe\xE2\x80\x8B\xC3\xB1" "a said") ==
        std::vector<std::string>{"Pe\xE2\x80\x8B\xC3\xB1" "a", "said"});
  // Between words or at a word's edge it is still skipped, not a token.
  CHECK(Tokens("the \xE2\x80\x8B" "country\xC2\xAD went") ==
        std::vector<std::string>{"the", "country", "went"});
  // A control character between letters still splits the word.
  CHECK(Tokens("a\x1b" "b") == std::vector<std::string>{"a", "b"});
}

TEST_CASE("Tokenizer: a period between digits inside a word is a decimal point") {
  CHECK(Tokens("PS2.7m and RM23.50 at minus-1.4 degrees") ==
        std::vector<std::string>{"PS2.7m", "and", "RM23.50", "at", "minus-1.4", "degrees"});
  CHECK(Sentences("It cost PS2.7m last year. RM1,250.50 was paid.") ==
        std::vector<std::string>{"It cost PS2.7m last year.", "RM1,250.50 was paid."});
  // A sentence-final period after a digit-bearing word still ends the sentence.
  CHECK(Sentences("He drove a Boeing 747. 2 others flew.").size() == 2);
}

TEST_CASE("Tokenizer: quotation marks are classified without rewriting the text") {
  Document doc("He called it \"absurd\" and “wrong,” she said.");
  TokenizeDocument(doc);
  std::vector<uint32_t> open, close;
  for (const Token& t : doc.tokens()) {
    if (t.Has(kTokOpenQuote)) open.push_back(t.span.begin);
    if (t.Has(kTokCloseQuote)) close.push_back(t.span.begin);
  }
  CHECK(open.size() == 2);
  CHECK(close.size() == 2);
  CHECK(doc.text() == "He called it \"absurd\" and “wrong,” she said.");
}

TEST_CASE("Tokenizer: a straight mark glued to a colon and a word opens") {
  auto flags = [](const std::string& text, size_t nth_mark) {
    Document doc(text);
    TokenizeDocument(doc);
    size_t seen = 0;
    for (const Token& t : doc.tokens()) {
      if (t.Has(kTokQuoteMark) && seen++ == nth_mark) return t.flags;
    }
    return 0u;
  };
  SUBCASE("after a cue or a name") {
    CHECK((flags("He told reporters:\"We will fight.\"", 0) & kTokOpenQuote) != 0);
    CHECK((flags("He told reporters:\"We will fight.\"", 0) & kTokCloseQuote) == 0);
    CHECK((flags("Clinton:\"We are stronger together.\"", 0) & kTokOpenQuote) != 0);
    CHECK((flags("Trump:\"...and then we win.\"", 0) & kTokOpenQuote) != 0);
  }
  SUBCASE("a closing mark after a colon is followed by a space or the line's end") {
    CHECK((flags("\"Related:\"\nMore news.", 1) & kTokCloseQuote) != 0);
    CHECK((flags("A box read \"Note:\" and nothing else.", 1) & kTokCloseQuote) != 0);
  }
}

TEST_CASE("Tokenizer: newlines end paragraphs") {
  Document doc("First para. Still first.\n\nSecond para\nThird");
  TokenizeDocument(doc);
  REQUIRE(doc.paragraphs().size() == 3);
  CHECK(doc.Slice(doc.paragraphs()[1].span) == "Second para");
  CHECK(doc.sentences().size() == 4);
}

TEST_CASE("Tokenizer: arbitrary bytes never crash and spans stay in range") {
  std::string junk = "\xff\xfe\x80 abc \xe2\x80 “ ” \x00 . . U.S.";
  junk.push_back('\0');
  junk += "\xf0\x9f\x98\x80 end.";
  Document doc(junk);
  TokenizeDocument(doc);
  for (const Token& t : doc.tokens()) {
    CHECK(t.span.begin < t.span.end);
    CHECK(t.span.end <= doc.text().size());
  }
}

}  // namespace
}  // namespace newsie
