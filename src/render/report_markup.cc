#include "render/report_markup.h"

#include <algorithm>

namespace recoupe::report {
namespace {

std::string_view ToneName(Tone tone) {
  switch (tone) {
    case Tone::kAgree: return "agree";
    case Tone::kCompatible: return "compatible";
    case Tone::kConflict: return "conflict";
    case Tone::kSingle: return "single";
    case Tone::kFlag: return "flag";
    case Tone::kMuted: return "muted";
    case Tone::kNone: break;
  }
  return "";
}

// Readable on a laptop screen (one column up to 84rem, tables scroll
// sideways when wider) and on paper (no backgrounds needed to read a status:
// every coloured cell also carries a symbol and a word).
constexpr std::string_view kStyle = R"css(
:root{--ink:#1d1d1f;--muted:#5f6368;--rule:#d3d7dd;--head:#eef1f5;--accent:#1d3557;
--agree:#17693a;--agree-bg:#e3f3e8;--compatible:#7a5c00;--compatible-bg:#fff4cc;
--conflict:#a4161a;--conflict-bg:#fde4e1;--flag:#b45309;--flag-bg:#fff3e6}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
color:var(--ink);background:#fff;max-width:84rem;margin:1.5rem auto;padding:0 1.25rem}
h1{font-size:1.75rem;margin:.2rem 0 .4rem}
h2{font-size:1.4rem;margin:2.4rem 0 .6rem;padding-top:.6rem;border-top:3px solid var(--accent);color:var(--accent)}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem;color:var(--accent)}
h4{font-size:1rem;margin:1rem 0 .4rem}
p{margin:.4rem 0 .8rem;max-width:52rem}
.field{margin:.15rem 0}.field b{display:inline-block;min-width:7.5rem;color:var(--muted);font-weight:600}
.note{color:var(--muted);font-size:.86em;margin-top:.15rem}
p.note{font-style:italic}
.toc{margin:.2rem 0 .2rem 1rem}.toc a{color:var(--accent)}
.scroll{overflow-x:auto;margin:.4rem 0 1.1rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid var(--rule);padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:var(--head);font-weight:600}
th .note{font-weight:400}
td.strong{font-weight:600}td.strong .note{font-weight:400}
td.tone-agree{background:var(--agree-bg);color:var(--agree)}
td.tone-compatible{background:var(--compatible-bg);color:var(--compatible)}
td.tone-conflict{background:var(--conflict-bg);color:var(--conflict)}
td.tone-single,td.tone-muted{color:var(--muted)}
td.tone-flag{background:var(--flag-bg)}
tr.tone-conflict>td:first-child{border-left:5px solid var(--conflict)}
tr.tone-agree>td:first-child{border-left:5px solid var(--agree)}
tr.tone-compatible>td:first-child{border-left:5px solid #d4a600}
table.facts td{min-width:7rem}
table.facts td:nth-last-child(2),table.facts td:nth-last-child(3){white-space:nowrap}
table.side-by-side td{width:50%;font-family:Georgia,"Noto Serif",serif;line-height:1.5}
table.timeline td:first-child{white-space:nowrap;font-variant-numeric:tabular-nums}
.item{margin:.55rem 0;padding:.45rem .7rem;border-left:4px solid var(--rule);background:#fafbfc}
.item.tone-flag{border-left-color:var(--flag)}
.item.tone-conflict{border-left-color:var(--conflict);background:#fff8f7}
.badge{display:inline-block;padding:0 .5em;margin-right:.35em;border-radius:.8em;
background:var(--head);font-size:.82em;font-weight:600;font-family:ui-monospace,monospace}
.tone-flag .badge{background:var(--flag-bg);color:var(--flag)}
.tone-conflict .badge{background:var(--conflict-bg);color:var(--conflict)}
blockquote{margin:.35rem 0;padding:.25rem .7rem;border-left:3px solid #9aa0a6;
font-family:Georgia,"Noto Serif",serif;background:#fff}
section.event{margin-bottom:2rem}
details{margin:.6rem 0;border:1px solid var(--rule);border-radius:4px;padding:.3rem .8rem}
summary{cursor:pointer;font-weight:600;color:var(--accent)}
@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}
h2{break-before:page;border-top-width:2px}.scroll{overflow:visible}
tr,.item,blockquote{break-inside:avoid}a{color:inherit;text-decoration:none}
details{border:none;padding:0}summary{list-style:none}}
)css";

std::string HtmlClass(std::string_view base, Tone tone, bool strong = false) {
  std::string classes(base);
  if (tone != Tone::kNone) classes += (classes.empty() ? "" : " ") + std::string("tone-") + std::string(ToneName(tone));
  if (strong) classes += classes.empty() ? "strong" : " strong";
  return classes.empty() ? "" : " class=\"" + classes + "\"";
}

// Article text made inert in Markdown: the characters that open raw HTML,
// links, images, autolinks and code spans (< > [ ] ` \) are backslash-escaped,
// so a page's "<script>" or "[x](javascript:…)" reads as the words it is.
std::string MarkdownText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '<' || c == '>' || c == '[' || c == ']' || c == '`' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// A Markdown table cell: text made inert, pipes escaped, lines joined.
std::string MarkdownCell(const Cell& cell) {
  const std::string main = MarkdownText(cell.text);
  std::string text = cell.strong && !main.empty() ? "**" + main + "**" : main;
  for (const std::string& note : cell.notes) text += (text.empty() ? "" : " · ") + MarkdownText(note);
  std::string out;
  for (const char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out.empty() ? " " : out;
}

class MarkdownMarkup : public Markup {
 public:
  void Begin(std::string& out) const override { out += "# recoupe report\n\n"; }
  void End(std::string&) const override {}
  void Heading(std::string& out, int level, std::string_view text,
               std::string_view) const override {
    if (!out.empty() && !out.ends_with("\n\n")) out += "\n";
    out += std::string(level, '#') + " " + MarkdownText(text) + "\n\n";
  }
  void Field(std::string& out, std::string_view name, std::string_view value) const override {
    out += "- **" + MarkdownText(name) + "**: " + MarkdownText(value) + "\n";
  }
  void Paragraph(std::string& out, std::string_view text) const override {
    WriteParagraph(out, MarkdownText(text));
  }
  void Note(std::string& out, std::string_view text) const override {
    WriteParagraph(out, "*" + MarkdownText(text) + "*");
  }
  void ListItem(std::string& out, const Item& item) const override {
    std::string badge = item.badge;
    std::replace(badge.begin(), badge.end(), '`', '\'');
    out += "- `" + badge + "` " + MarkdownText(item.text) + "\n";
    if (!item.quote.empty()) out += "  > «" + MarkdownText(item.quote) + "»\n";
    if (!item.note.empty()) out += "  " + MarkdownText(item.note) + "\n";
  }
  void ListEnd(std::string& out) const override { out += "\n"; }
  void ContentsEntry(std::string& out, std::string_view, std::string_view text) const override {
    out += "- " + MarkdownText(text) + "\n";
  }
  void WriteTable(std::string& out, const Table& table) const override {
    if (out.ends_with("\n") && !out.ends_with("\n\n")) out += "\n";
    out += "|";
    for (const Cell& cell : table.header) out += " " + MarkdownCell(cell) + " |";
    out += "\n|";
    for (size_t i = 0; i < table.header.size(); ++i) out += "---|";
    out += "\n";
    for (const Row& row : table.rows) {
      out += "|";
      for (const Cell& cell : row.cells) out += " " + MarkdownCell(cell) + " |";
      out += "\n";
    }
    out += "\n";
  }
  void BeginSection(std::string&, std::string_view) const override {}
  void EndSection(std::string&) const override {}
  void BeginDetails(std::string& out, std::string_view summary) const override {
    Heading(out, 3, summary, {});
  }
  void EndDetails(std::string&) const override {}

 private:
  // `markdown` (already escaped) as a paragraph after a blank line.
  static void WriteParagraph(std::string& out, const std::string& markdown) {
    if (out.ends_with("\n") && !out.ends_with("\n\n")) out += "\n";
    out += markdown + "\n\n";
  }
};

class HtmlMarkup : public Markup {
 public:
  void Begin(std::string& out) const override {
    out += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>recoupe report</title><style>";
    out += kStyle;
    out += "</style></head><body>\n<h1>recoupe report</h1>\n";
  }
  void End(std::string& out) const override { out += "</body></html>\n"; }
  void Heading(std::string& out, int level, std::string_view text,
               std::string_view anchor) const override {
    const std::string tag = "h" + std::to_string(level);
    out += "<" + tag + (anchor.empty() ? "" : " id=\"" + EscapeHtml(anchor) + "\"") + ">" +
           EscapeHtml(text) + "</" + tag + ">\n";
  }
  void Field(std::string& out, std::string_view name, std::string_view value) const override {
    out += "<div class=\"field\"><b>" + EscapeHtml(name) + "</b> " + EscapeHtml(value) +
           "</div>\n";
  }
  void Paragraph(std::string& out, std::string_view text) const override {
    out += "<p>" + EscapeHtml(text) + "</p>\n";
  }
  void Note(std::string& out, std::string_view text) const override {
    out += "<p class=\"note\">" + EscapeHtml(text) + "</p>\n";
  }
  void ListItem(std::string& out, const Item& item) const override {
    out += "<div" + HtmlClass("item", item.tone) + "><span class=\"badge\">" +
           EscapeHtml(item.badge) + "</span>" + EscapeHtml(item.text);
    if (!item.quote.empty()) out += "<blockquote>" + EscapeHtml(item.quote) + "</blockquote>";
    if (!item.note.empty()) out += "<div class=\"note\">" + EscapeHtml(item.note) + "</div>";
    out += "</div>\n";
  }
  void ListEnd(std::string&) const override {}
  void ContentsEntry(std::string& out, std::string_view anchor,
                     std::string_view text) const override {
    out += "<div class=\"toc\"><a href=\"#" + EscapeHtml(anchor) + "\">" + EscapeHtml(text) +
           "</a></div>\n";
  }
  void WriteTable(std::string& out, const Table& table) const override {
    out += "<div class=\"scroll\"><table" + HtmlClass(table.kind, Tone::kNone) + ">\n<thead><tr>";
    for (const Cell& cell : table.header) out += "<th>" + CellContent(cell) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const Row& row : table.rows) {
      out += "<tr" + HtmlClass("", row.tone) + ">";
      for (const Cell& cell : row.cells)
        out += "<td" + HtmlClass("", cell.tone, cell.strong) + ">" + CellContent(cell) + "</td>";
      out += "</tr>\n";
    }
    out += "</tbody></table></div>\n";
  }
  void BeginSection(std::string& out, std::string_view kind) const override {
    out += "<section class=\"" + EscapeHtml(kind) + "\">\n";
  }
  void EndSection(std::string& out) const override { out += "</section>\n"; }
  void BeginDetails(std::string& out, std::string_view summary) const override {
    out += "<details><summary>" + EscapeHtml(summary) + "</summary>\n";
  }
  void EndDetails(std::string& out) const override { out += "</details>\n"; }

 private:
  static std::string CellContent(const Cell& cell) {
    std::string out = EscapeHtml(cell.text);
    for (const std::string& note : cell.notes)
      out += "<div class=\"note\">" + EscapeHtml(note) + "</div>";
    return out;
  }
};

}  // namespace

Tone ToneOfStatus(std::string_view status) {
  if (status == "agree") return Tone::kAgree;
  if (status == "compatible") return Tone::kCompatible;
  if (status == "conflict") return Tone::kConflict;
  if (status == "single") return Tone::kSingle;
  return Tone::kNone;
}

std::string StatusBadge(std::string_view status) {
  switch (ToneOfStatus(status)) {
    case Tone::kAgree: return "✔ agree";
    case Tone::kCompatible: return "≈ compatible";
    case Tone::kConflict: return "✘ CONFLICT";
    case Tone::kSingle: return "· single source";
    default: return std::string(status);
  }
}

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::unique_ptr<Markup> MakeMarkdownMarkup() { return std::make_unique<MarkdownMarkup>(); }
std::unique_ptr<Markup> MakeHtmlMarkup() { return std::make_unique<HtmlMarkup>(); }

}  // namespace recoupe::report
