// The markup of the human report: the same calls write Markdown or one
// self-contained HTML page. Callers pass plain text; each markup escapes it
// for its format (HTML entities; Markdown table pipes and line breaks).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace recoupe::report {

// How a cell, row or item reads at a glance. HTML colours it; both formats
// also say it in words or a symbol, so colour is never the only signal.
enum class Tone { kNone, kAgree, kCompatible, kConflict, kSingle, kFlag, kMuted };

// The symbol and word of a fact status ("agree" → "✔ agree"); Tone of a
// status name (kNone for an unknown one).
Tone ToneOfStatus(std::string_view status);
std::string StatusBadge(std::string_view status);

// A table cell: its main text and smaller notes under it.
struct Cell {
  Cell() = default;
  Cell(std::string text, std::vector<std::string> notes = {}, Tone tone = Tone::kNone,
       bool strong = false)
      : text(std::move(text)), notes(std::move(notes)), tone(tone), strong(strong) {}
  std::string text;
  std::vector<std::string> notes;
  Tone tone = Tone::kNone;
  bool strong = false;  // main text in bold
};

struct Row {
  std::vector<Cell> cells;
  Tone tone = Tone::kNone;  // the whole row (a conflict row)
};

struct Table {
  std::string kind;  // HTML class of the table: "facts", "timeline", "side-by-side", ...
  std::vector<Cell> header;
  std::vector<Row> rows;
};

// A list entry: a short badge (a kind, a code), its text, an optional quote
// of a document's own words, and a note (documents involved).
struct Item {
  Item(std::string badge, std::string text, std::string quote = {}, std::string note = {},
       Tone tone = Tone::kNone)
      : badge(std::move(badge)), text(std::move(text)), quote(std::move(quote)),
        note(std::move(note)), tone(tone) {}
  std::string badge;
  std::string text;
  std::string quote;
  std::string note;
  Tone tone = Tone::kNone;
};

class Markup {
 public:
  virtual ~Markup() = default;
  virtual void Begin(std::string& out) const = 0;
  virtual void End(std::string& out) const = 0;
  // `anchor`: an id the contents can link to (HTML only); may be empty.
  virtual void Heading(std::string& out, int level, std::string_view text,
                       std::string_view anchor = {}) const = 0;
  virtual void Field(std::string& out, std::string_view name, std::string_view value) const = 0;
  virtual void Paragraph(std::string& out, std::string_view text) const = 0;
  // A muted remark ("no copied passage found").
  virtual void Note(std::string& out, std::string_view text) const = 0;
  virtual void ListItem(std::string& out, const Item& item) const = 0;
  virtual void ListEnd(std::string& out) const = 0;
  // A link to an anchor of the same report (plain text in Markdown).
  virtual void ContentsEntry(std::string& out, std::string_view anchor,
                             std::string_view text) const = 0;
  virtual void WriteTable(std::string& out, const Table& table) const = 0;
  // A section of the page with an HTML class ("event", "documents").
  virtual void BeginSection(std::string& out, std::string_view kind) const = 0;
  virtual void EndSection(std::string& out) const = 0;
  // Collapsed content with a summary line (HTML <details>; in Markdown the
  // summary is a level-3 heading and the content shows).
  virtual void BeginDetails(std::string& out, std::string_view summary) const = 0;
  virtual void EndDetails(std::string& out) const = 0;
};

std::unique_ptr<Markup> MakeMarkdownMarkup();
std::unique_ptr<Markup> MakeHtmlMarkup();

// `text` with & < > " ' replaced by entities.
std::string EscapeHtml(std::string_view text);

}  // namespace recoupe::report
