// Reading pattern files (format: docs/patterns.md) into a Compiled set.
#include <cctype>
#include <charconv>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "pattern/fold.h"
#include "util/file_io.h"
#include "pattern/pattern_program.h"
#include "pattern/pattern_set.h"

namespace recoupe::pattern {
namespace {

constexpr std::string_view kVersionLine = "recoupe-patterns 1";
constexpr int kMaxIncludeDepth = 16;
constexpr int kMaxRepeat = 100;
constexpr size_t kMaxProgramSize = 1'000'000;

// Drops a '#' comment: a '#' at the start or after white space, outside quotes.
std::string_view StripComment(std::string_view line) {
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"' && (i == 0 || line[i - 1] != '\\')) quoted = !quoted;
    if (!quoted && line[i] == '#' &&
        (i == 0 || std::isspace(static_cast<unsigned char>(line[i - 1])))) {
      return line.substr(0, i);
    }
  }
  return line;
}

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
}

bool IsName(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsNameChar(c)) return false;
  }
  return true;
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t start = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

std::string Quote(std::string_view s) {
  if (s.empty()) return "end of pattern";
  return "'" + std::string(s.substr(0, 20)) + "'";
}

// The pattern text of one rule or define: indented lines joined by spaces,
// with the line each piece came from.
struct PatternText {
  std::string text;
  std::vector<std::pair<size_t, int>> line_at;  // (offset in text, line number)
  std::string file;
  int LineOf(size_t offset) const {
    int line = line_at.empty() ? 0 : line_at[0].second;
    for (const auto& [start, number] : line_at) {
      if (start <= offset) line = number;
    }
    return line;
  }
};

struct Define {
  PatternText body;
};

// Recursive-descent parser of one pattern expression.
class ExprParser {
 public:
  ExprParser(const PatternText& source, std::vector<TokenTest>* tests,
             std::vector<std::string>* capture_names,
             const std::map<std::string, Define, std::less<>>& defines, int depth)
      : source_(source),
        s_(source.text),
        tests_(tests),
        captures_(capture_names),
        defines_(defines),
        depth_(depth) {}

  bool ParseAll(Node* out) {
    if (!ParseAlternation(out)) return false;
    SkipSpace();
    if (pos_ < s_.size()) return Fail("an operator or a token test");
    return true;
  }
  const std::string& error() const { return error_; }

 private:
  bool Fail(std::string_view expected) {
    if (error_.empty()) {
      error_ = Where() + ": expected " + std::string(expected) + " (got " +
               Quote(TrimBlanks(s_.substr(std::min(pos_, s_.size())))) + ")";
    }
    return false;
  }
  bool FailWith(std::string message) {
    if (error_.empty()) error_ = Where() + ": " + message;
    return false;
  }
  std::string Where() const { return source_.file + ":" + std::to_string(source_.LineOf(pos_)); }

  void SkipSpace() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
  }
  char Peek() {
    SkipSpace();
    return pos_ < s_.size() ? s_[pos_] : '\0';
  }
  std::string_view ReadName() {
    size_t start = pos_;
    while (pos_ < s_.size() && IsNameChar(s_[pos_]) && s_[pos_] != '.') ++pos_;
    return s_.substr(start, pos_ - start);
  }
  bool ReadQuoted(std::string* out) {
    if (Peek() != '"') return Fail("a quoted word");
    ++pos_;
    out->clear();
    while (pos_ < s_.size() && s_[pos_] != '"') {
      if (s_[pos_] == '\\' && pos_ + 1 < s_.size()) ++pos_;
      out->push_back(s_[pos_++]);
    }
    if (pos_ >= s_.size()) return Fail("a closing '\"'");
    ++pos_;
    return true;
  }
  bool ReadInt(int32_t* out) {
    SkipSpace();
    auto [end, ec] = std::from_chars(s_.data() + pos_, s_.data() + s_.size(), *out);
    if (ec != std::errc() || *out < 0) return Fail("a non-negative integer");
    pos_ = end - s_.data();
    return true;
  }
  // A lexicon value after '=': a quoted string or a run of name characters.
  bool ReadValue(std::string* out) {
    if (Peek() == '"') return ReadQuoted(out);
    size_t start = pos_;
    while (pos_ < s_.size() && (IsNameChar(s_[pos_]))) ++pos_;
    if (pos_ == start) return Fail("a lexicon value");
    *out = std::string(s_.substr(start, pos_ - start));
    return true;
  }

  bool ParseAlternation(Node* out) {
    Node first;
    if (!ParseSequence(&first)) return false;
    if (Peek() != '|') {
      *out = std::move(first);
      return true;
    }
    out->kind = Node::Kind::kAlternation;
    out->children.push_back(std::move(first));
    while (Peek() == '|') {
      ++pos_;
      Node next;
      if (!ParseSequence(&next)) return false;
      out->children.push_back(std::move(next));
    }
    return true;
  }

  bool ParseSequence(Node* out) {
    out->kind = Node::Kind::kSequence;
    while (true) {
      char c = Peek();
      if (c == '\0' || c == '|' || c == ')') return true;
      Node item;
      if (!ParseItem(&item)) return false;
      out->children.push_back(std::move(item));
    }
  }

  bool ParseItem(Node* out) {
    // "name:" before an item captures it.
    size_t save = pos_;
    std::string_view name = ReadName();
    std::optional<int32_t> capture;
    if (!name.empty() && pos_ < s_.size() && s_[pos_] == ':') {
      ++pos_;
      auto it = std::find(captures_->begin(), captures_->end(), name);
      capture = static_cast<int32_t>(it - captures_->begin());
      if (it == captures_->end()) captures_->emplace_back(name);
    } else {
      pos_ = save;
    }
    Node primary;
    if (!ParsePrimary(&primary) || !ParseQuantifiers(&primary)) return false;
    if (capture) {
      out->kind = Node::Kind::kCapture;
      out->capture = *capture;
      out->children.push_back(std::move(primary));
    } else {
      *out = std::move(primary);
    }
    return true;
  }

  bool ParseQuantifiers(Node* node) {
    while (true) {
      if (pos_ >= s_.size()) return true;
      char c = s_[pos_];  // quantifiers follow their item without a space
      int32_t min = 0, max = -1;
      if (c == '?') {
        max = 1;
        ++pos_;
      } else if (c == '*') {
        ++pos_;
      } else if (c == '+') {
        min = 1;
        ++pos_;
      } else if (c == '{') {
        ++pos_;
        if (!ReadInt(&min)) return false;
        max = min;
        if (Peek() == ',') {
          ++pos_;
          max = -1;
          if (Peek() != '}' && !ReadInt(&max)) return false;
        }
        if (Peek() != '}') return Fail("'}' closing a repetition");
        ++pos_;
        if ((max >= 0 && max < min) || min > kMaxRepeat || max > kMaxRepeat) {
          return FailWith("repetition {" + std::to_string(min) + "," + std::to_string(max) +
                          "} is not within 0 <= m <= n <= " + std::to_string(kMaxRepeat));
        }
      } else {
        return true;
      }
      Node repeat;
      repeat.kind = Node::Kind::kRepeat;
      repeat.min = min;
      repeat.max = max;
      repeat.children.push_back(std::move(*node));
      *node = std::move(repeat);
    }
  }

  bool ParsePrimary(Node* out) {
    char c = Peek();
    if (c == '(') {
      ++pos_;
      if (!ParseAlternation(out)) return false;
      if (Peek() != ')') return Fail("')'");
      ++pos_;
      return true;
    }
    if (c == '^' || c == '$') {
      ++pos_;
      out->kind = c == '^' ? Node::Kind::kSentenceStart : Node::Kind::kSentenceEnd;
      return true;
    }
    if (c == '<') {
      ++pos_;
      std::string_view name = ReadName();
      if (name.empty() || pos_ >= s_.size() || s_[pos_] != '>') return Fail("<define-name>");
      ++pos_;
      auto it = defines_.find(name);
      if (it == defines_.end()) {
        return FailWith("unknown define <" + std::string(name) + "> (defines come before use)");
      }
      if (depth_ > 32) return FailWith("defines nested too deeply");
      ExprParser inner(it->second.body, tests_, captures_, defines_, depth_ + 1);
      if (!inner.ParseAll(out)) return FailWith("in <" + std::string(name) + ">: " + inner.error());
      return true;
    }
    if (c == '@') {
      ++pos_;
      out->kind = Node::Kind::kLexicon;
      out->origin = Where();
      out->lexicon_name = std::string(ReadName());
      if (out->lexicon_name.empty()) return Fail("a lexicon name after '@'");
      if (pos_ < s_.size() && s_[pos_] == '=') {
        ++pos_;
        if (!ReadValue(&out->value_text)) return false;
      }
      return true;
    }
    TokenTest test;
    if (c == '[') {
      ++pos_;
      while (Peek() != ']') {
        if (Peek() == '\0') return Fail("']'");
        Condition condition;
        if (!ParseCondition(&condition)) return false;
        test.conditions.push_back(std::move(condition));
      }
      ++pos_;
      if (test.conditions.empty()) return Fail("a token test inside '[ ]'");
    } else {
      Condition condition;
      if (!ParseCondition(&condition)) return false;
      test.conditions.push_back(std::move(condition));
    }
    out->kind = Node::Kind::kTest;
    out->test = static_cast<int32_t>(tests_->size());
    tests_->push_back(std::move(test));
    return true;
  }

  bool ParseCondition(Condition* out) {
    char c = Peek();
    if (c == '!') {
      ++pos_;
      if (!ParseCondition(out)) return false;
      out->negate = !out->negate;
      return true;
    }
    if (c == '"') {
      std::string literal;
      if (!ReadQuoted(&literal)) return false;
      return MakeLiteral(Condition::Kind::kFold, literal, out);
    }
    if (c == '@') {
      ++pos_;
      out->kind = Condition::Kind::kLexicon;
      out->origin = Where();
      out->lexicon_name = std::string(ReadName());
      if (out->lexicon_name.empty()) return Fail("a lexicon name after '@'");
      if (pos_ < s_.size() && s_[pos_] == '=') {
        ++pos_;
        return ReadValue(&out->value_text);
      }
      return true;
    }
    size_t start = pos_;
    std::string_view word = ReadName();
    if (word.empty()) {
      return Fail("a token test (\"word\", @lexicon, WORD, NUM, CAP, num<=31, _, ...)");
    }
    if (word == "num") return ParseNumberCondition(out);
    if (word == "fold" || word == "lower" || word == "norm" || word == "prefix" ||
        word == "suffix") {
      if (Peek() != '=') return Fail("'=' and a quoted word after " + std::string(word));
      ++pos_;
      std::string literal;
      if (!ReadQuoted(&literal)) return false;
      auto kind = word == "fold"     ? Condition::Kind::kFold
                  : word == "lower"  ? Condition::Kind::kLower
                  : word == "norm"   ? Condition::Kind::kNorm
                  : word == "prefix" ? Condition::Kind::kPrefix
                                     : Condition::Kind::kSuffix;
      return MakeLiteral(kind, literal, out);
    }
    static const std::map<std::string_view, std::pair<Condition::Kind, uint16_t>> kWords = {
        {"_", {Condition::Kind::kAny, 0}},
        {"WORD", {Condition::Kind::kShape, static_cast<uint16_t>(TokenShape::kWord)}},
        {"NUM", {Condition::Kind::kShape, static_cast<uint16_t>(TokenShape::kNumber)}},
        {"PUNCT", {Condition::Kind::kShape, static_cast<uint16_t>(TokenShape::kPunct)}},
        {"SYM", {Condition::Kind::kShape, static_cast<uint16_t>(TokenShape::kSymbol)}},
        {"CAP", {Condition::Kind::kFlag, kCapitalized}},
        {"ALLCAPS", {Condition::Kind::kFlag, kAllCaps}},
        {"INITIAL", {Condition::Kind::kFlag, kSentenceInitial}},
        {"ELIDED", {Condition::Kind::kFlag, kElided}},
        {"HYPHEN", {Condition::Kind::kFlag, kHyphenated}},
        {"SPACE", {Condition::Kind::kFlag, kSpaceBefore}},
    };
    auto it = kWords.find(word);
    if (it == kWords.end()) {
      pos_ = start;
      return Fail(
          "a token test (\"word\", @lexicon, WORD, NUM, PUNCT, SYM, CAP, ALLCAPS, "
          "INITIAL, ELIDED, HYPHEN, SPACE, num<=31, prefix=\"...\", _)");
    }
    out->kind = it->second.first;
    out->bits = it->second.second;
    return true;
  }

  bool ParseNumberCondition(Condition* out) {
    out->kind = Condition::Kind::kNumber;
    SkipSpace();
    static const std::pair<std::string_view, Condition::Op> kOps[] = {
        {"<=", Condition::Op::kLe}, {">=", Condition::Op::kGe}, {"!=", Condition::Op::kNe},
        {"<", Condition::Op::kLt},  {">", Condition::Op::kGt},  {"=", Condition::Op::kEq}};
    bool found = false;
    for (const auto& [text, op] : kOps) {
      if (s_.substr(pos_).starts_with(text)) {
        out->op = op;
        pos_ += text.size();
        found = true;
        break;
      }
    }
    if (!found) return Fail("a comparison after num (< <= = != >= >)");
    SkipSpace();
    auto [end, ec] = std::from_chars(s_.data() + pos_, s_.data() + s_.size(), out->number);
    if (ec != std::errc()) return Fail("a number");
    pos_ = end - s_.data();
    return true;
  }

  bool MakeLiteral(Condition::Kind kind, std::string_view literal, Condition* out) {
    if (literal.empty() || literal.find(' ') != std::string_view::npos) {
      return FailWith("a quoted word is one token: '" + std::string(literal) +
                      "' (use a sequence of words or a lexicon)");
    }
    out->kind = kind;
    out->text = kind == Condition::Kind::kNorm    ? std::string(literal)
                : kind == Condition::Kind::kLower ? LowerText(literal)
                                                  : FoldText(literal);
    return true;
  }

  const PatternText& source_;
  std::string_view s_;
  size_t pos_ = 0;
  std::vector<TokenTest>* tests_;
  std::vector<std::string>* captures_;
  const std::map<std::string, Define, std::less<>>& defines_;
  int depth_;
  std::string error_;
};

std::string DirName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

class FileParser {
 public:
  FileParser(Compiled* compiled, const FileReader& reader) : compiled_(compiled), reader_(reader) {}

  Status ParseFile(std::string_view text, const std::string& name, int depth) {
    included_.insert(name);
    std::istringstream stream{std::string(text)};
    std::string raw_line;
    int number = 0;
    while (std::getline(stream, raw_line)) {
      ++number;
      std::string_view line = raw_line;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      std::string where = name + ":" + std::to_string(number);
      if (number == 1) {
        if (TrimBlanks(line) != kVersionLine) {
          return Status::Error(where + ": expected the version line '" + std::string(kVersionLine) +
                               "' (got '" + std::string(line) + "')");
        }
        continue;
      }
      line = StripComment(line);
      if (TrimBlanks(line).empty()) continue;
      bool indented = std::isspace(static_cast<unsigned char>(line.front()));
      line = TrimBlanks(line);
      Status status = indented ? Continuation(line, name, number, where)
                               : Header(line, name, number, where, depth);
      if (!status.ok()) return status;
    }
    if (number == 0) {
      return Status::Error(name + ":1: expected the version line '" + std::string(kVersionLine) +
                           "' (got an empty file)");
    }
    return FinishBlock();
  }

  Status Finish() {
    Status status = FinishBlock();
    if (!status.ok()) return status;
    return Resolve();
  }

 private:
  enum class Block { kNone, kLexicon, kRule, kDefine };

  Status Header(std::string_view line, const std::string& name, int number,
                const std::string& where, int depth) {
    Status status = FinishBlock();
    if (!status.ok()) return status;
    std::vector<std::string_view> words = SplitWords(line);
    std::string_view keyword = words[0];
    if (keyword == "%include") {
      if (words.size() != 2) return Status::Error(where + ": expected '%include PATH'");
      std::string path =
          words[1].starts_with('/') ? std::string(words[1]) : DirName(name) + std::string(words[1]);
      if (included_.count(path)) return Status::Ok();
      if (depth >= kMaxIncludeDepth) {
        return Status::Error(where + ": %include nested deeper than " +
                             std::to_string(kMaxIncludeDepth));
      }
      Result<std::string> text = reader_(path);
      if (!text.ok()) return Status::Error(where + ": cannot include: " + text.status().message());
      return ParseFile(text.value(), path, depth + 1);
    }
    if (keyword == "lexicon") {
      if (words.size() < 2 || words.size() > 3 || !IsName(words[1])) {
        return Status::Error(where + ": expected 'lexicon NAME [fold|lower|exact]'");
      }
      LexiconMode mode = LexiconMode::kFold;
      if (words.size() == 3) {
        if (words[2] == "lower") {
          mode = LexiconMode::kLower;
        } else if (words[2] == "exact") {
          mode = LexiconMode::kExact;
        } else if (words[2] != "fold") {
          return Status::Error(where + ": expected a lexicon mode fold, lower or exact (got '" +
                               std::string(words[2]) + "')");
        }
      }
      auto it = lexicon_ids_.find(std::string(words[1]));
      if (it == lexicon_ids_.end()) {
        lexicon_ = static_cast<int32_t>(compiled_->lexicons.size());
        lexicon_ids_[std::string(words[1])] = lexicon_;
        compiled_->lexicons.push_back({std::string(words[1]), mode, where});
      } else {
        lexicon_ = it->second;
        if (compiled_->lexicons[lexicon_].mode != mode) {
          return Status::Error(where + ": lexicon " + std::string(words[1]) +
                               " was declared with another mode at " +
                               compiled_->lexicons[lexicon_].origin);
        }
      }
      block_ = Block::kLexicon;
      return Status::Ok();
    }
    if (keyword == "rule" || keyword == "define") {
      if (words.size() < 2 || !IsName(words[1])) {
        return Status::Error(where + ": expected '" + std::string(keyword) + " NAME'");
      }
      block_name_ = std::string(words[1]);
      block_where_ = where;
      pattern_ = PatternText();
      pattern_.file = name;
      if (keyword == "define") {
        if (words.size() != 2) return Status::Error(where + ": expected 'define NAME' alone");
        if (defines_.count(block_name_)) {
          return Status::Error(where + ": define <" + block_name_ + "> is already defined");
        }
        block_ = Block::kDefine;
        return Status::Ok();
      }
      for (const CompiledRule& rule : compiled_->rules) {
        if (rule.rule.name == block_name_) {
          return Status::Error(where + ": rule " + block_name_ + " is already defined at " +
                               rule.rule.origin);
        }
      }
      rule_ = Rule();
      rule_.name = block_name_;
      rule_.origin = where;
      for (size_t i = 2; i < words.size(); ++i) {
        size_t eq = words[i].find('=');
        if (eq == std::string_view::npos) {
          if (words[i] != "cross_sentences") {
            return Status::Error(where +
                                 ": expected a tag key=value or the option "
                                 "cross_sentences (got '" +
                                 std::string(words[i]) + "')");
          }
          rule_.cross_sentences = true;
        } else if (eq == 0 || !IsName(words[i].substr(0, eq))) {
          return Status::Error(where + ": expected a tag key=value (got '" + std::string(words[i]) +
                               "')");
        } else {
          rule_.tags.emplace_back(words[i].substr(0, eq), words[i].substr(eq + 1));
        }
      }
      block_ = Block::kRule;
      return Status::Ok();
    }
    return Status::Error(where + ": expected %include, lexicon, define or rule (got '" +
                         std::string(keyword) + "'); entries and patterns are indented");
  }

  Status Continuation(std::string_view line, const std::string& name, int number,
                      const std::string& where) {
    switch (block_) {
      case Block::kNone:
        return Status::Error(where +
                             ": expected %include, lexicon, define or rule "
                             "(an indented line belongs to the block above it)");
      case Block::kLexicon:
        return LexiconLine(line, where);
      case Block::kRule:
      case Block::kDefine:
        if (!pattern_.text.empty()) pattern_.text.push_back(' ');
        pattern_.line_at.emplace_back(pattern_.text.size(), number);
        pattern_.text.append(line);
        return Status::Ok();
    }
    return Status::Ok();
  }

  Status LexiconLine(std::string_view line, const std::string& where) {
    int32_t value = -1;
    size_t arrow = line.rfind("=>");
    if (arrow != std::string_view::npos) {
      std::string_view value_text = TrimBlanks(line.substr(arrow + 2));
      if (value_text.empty()) return Status::Error(where + ": expected a value after '=>'");
      value = InternValue(value_text);
      line = TrimBlanks(line.substr(0, arrow));
    }
    const LexiconInfo& info = compiled_->lexicons[lexicon_];
    size_t start = 0;
    while (start <= line.size()) {
      size_t bar = line.find('|', start);
      if (bar == std::string_view::npos) bar = line.size();
      std::string form = NormalizeEntry(TrimBlanks(line.substr(start, bar - start)), info.mode);
      if (form.empty()) return Status::Error(where + ": expected an entry between '|'");
      int32_t existing = compiled_->tries[static_cast<int>(info.mode)].Add(form, lexicon_, value);
      if (existing != -2 && existing != value) {
        return Status::Error(where + ": '" + form + "' is already in @" + info.name +
                             " with another value");
      }
      start = bar + 1;
    }
    return Status::Ok();
  }

  int32_t InternValue(std::string_view text) {
    auto [it, added] =
        value_ids_.emplace(std::string(text), static_cast<int32_t>(compiled_->values.size()));
    if (added) compiled_->values.emplace_back(text);
    return it->second;
  }

  Status FinishBlock() {
    Block block = block_;
    block_ = Block::kNone;
    if (block != Block::kRule && block != Block::kDefine) return Status::Ok();
    if (TrimBlanks(pattern_.text).empty()) {
      return Status::Error(block_where_ + ": expected an indented pattern under " + block_name_);
    }
    if (block == Block::kDefine) {
      std::vector<TokenTest> scratch_tests;
      std::vector<std::string> scratch_captures;
      Node scratch;
      ExprParser parser(pattern_, &scratch_tests, &scratch_captures, defines_, 0);
      if (!parser.ParseAll(&scratch)) return Status::Error(parser.error());
      defines_[block_name_] = Define{pattern_};
      return Status::Ok();
    }
    CompiledRule rule;
    rule.rule = std::move(rule_);
    ExprParser parser(pattern_, &compiled_->tests, &rule.capture_names, defines_, 0);
    if (!parser.ParseAll(&rule.tree)) return Status::Error(parser.error());
    compiled_->rules.push_back(std::move(rule));
    return Status::Ok();
  }

  Status ResolveLexicon(const std::string& name, const std::string& value_text,
                        const std::string& origin, int32_t* lexicon, int32_t* value) {
    auto it = lexicon_ids_.find(name);
    if (it == lexicon_ids_.end()) {
      return Status::Error(origin + ": unknown lexicon @" + name);
    }
    *lexicon = it->second;
    if (!value_text.empty()) {
      auto v = value_ids_.find(value_text);
      if (v == value_ids_.end()) {
        return Status::Error(origin + ": no entry of @" + name + " has the value " + value_text);
      }
      *value = v->second;
    }
    return Status::Ok();
  }

  Status ResolveNode(Node* node) {
    if (node->kind == Node::Kind::kLexicon) {
      Status status = ResolveLexicon(node->lexicon_name, node->value_text, node->origin,
                                     &node->lexicon, &node->value);
      if (!status.ok()) return status;
    }
    for (Node& child : node->children) {
      Status status = ResolveNode(&child);
      if (!status.ok()) return status;
    }
    return Status::Ok();
  }

  Status Resolve() {
    for (TokenTest& test : compiled_->tests) {
      for (Condition& c : test.conditions) {
        if (c.kind != Condition::Kind::kLexicon) continue;
        Status status =
            ResolveLexicon(c.lexicon_name, c.value_text, c.origin, &c.lexicon, &c.value);
        if (!status.ok()) return status;
        if (!c.negate && test.value_lexicon < 0) test.value_lexicon = c.lexicon;
      }
    }
    for (CompiledRule& rule : compiled_->rules) {
      Status status = ResolveNode(&rule.tree);
      if (!status.ok()) return status;
    }
    CompilePrograms(compiled_);
    if (compiled_->forward.insts.size() > kMaxProgramSize) {
      return Status::Error("pattern program has " +
                           std::to_string(compiled_->forward.insts.size()) +
                           " instructions (more than " + std::to_string(kMaxProgramSize) +
                           "): reduce counted repetitions");
    }
    return Status::Ok();
  }

  Compiled* compiled_;
  const FileReader& reader_;
  std::set<std::string> included_;
  std::map<std::string, int32_t, std::less<>> lexicon_ids_;
  std::unordered_map<std::string, int32_t> value_ids_;
  std::map<std::string, Define, std::less<>> defines_;
  Block block_ = Block::kNone;
  int32_t lexicon_ = -1;
  std::string block_name_, block_where_;
  PatternText pattern_;
  Rule rule_;
};

}  // namespace

Result<std::string> ReadFileFromDisk(const std::string& path) { return ReadWholeFile(path); }

Result<PatternSet> PatternSet::Parse(std::string_view text, std::string_view name,
                                     const FileReader& reader) {
  auto compiled = std::make_shared<Compiled>();
  FileParser parser(compiled.get(), reader);
  Status status = parser.ParseFile(text, std::string(name), 0);
  if (status.ok()) status = parser.Finish();
  if (!status.ok()) return status;
  return PatternSet(std::move(compiled));
}

Result<PatternSet> PatternSet::LoadFile(const std::string& path, const FileReader& reader) {
  Result<std::string> text = reader(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), path, reader);
}

}  // namespace recoupe::pattern
