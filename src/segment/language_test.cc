#include "segment/language.h"

#include <gtest/gtest.h>

namespace recoupe {
namespace {

struct Case {
  const char* text;
  const char* expected;
};

TEST(LanguageTest, DetectsFrenchAndEnglishParagraphs) {
  const Case kCases[] = {
      {"Le conseil municipal a vot\u00e9 mardi soir le budget de l'ann\u00e9e prochaine, "
       "malgr\u00e9 l'opposition de plusieurs \u00e9lus qui r\u00e9clamaient davantage de "
       "moyens pour les \u00e9coles du quartier.",
       "fr"},
      {"The city council approved next year's budget on Tuesday evening, despite objections "
       "from several members who wanted more money for the neighbourhood schools.",
       "en"},
      {"El ayuntamiento aprob\u00f3 el martes por la noche el presupuesto del a\u00f1o "
       "pr\u00f3ximo, a pesar de la oposici\u00f3n de varios concejales.",
       "es"},
      {"Oui.", "und"},
      {"", "und"},
      {"12 345 678 -- 90 %", "und"},
  };
  for (const Case& c : kCases) EXPECT_EQ(DetectLanguage(c.text), c.expected) << c.text;
}

TEST(LanguageTest, InvalidUtf8IsUndetermined) {
  EXPECT_EQ(DetectLanguage("Le conseil municipal a vot\xe9 mardi soir le budget de l'ann\xe9"
                           "e prochaine malgr\xe9 tout"),
            "und");
}

}  // namespace
}  // namespace recoupe
