// Opening the store, adding articles and removing documents. The corpus
// re-run that follows each change is in store_corpus.cc, reads in
// store_read.cc.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "ingest/reader.h"
#include "pipeline/stages.h"
#include "store/document_json.h"
#include "store/schema.h"
#include "store/sha256.h"
#include "store/store_impl.h"

namespace recoupe {

using store::Database;
using store::Statement;
using store::Transaction;

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = options;
  auto db = Database::Open(path, /*create=*/true);
  if (!db.ok()) return db.status();
  impl->writer = std::move(db).value();
  if (Status s = store::PrepareSchema(*impl->writer); !s.ok())
    return Status::Error(path + ": " + s.message());
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Store::Impl::ReaderLease::~ReaderLease() {
  if (!db_) return;
  std::lock_guard lock(impl_.readers_mutex);
  impl_.idle_readers.push_back(std::move(db_));
}

Result<Store::Impl::ReaderLease> Store::Impl::Reader() {
  {
    std::lock_guard lock(readers_mutex);
    if (!idle_readers.empty()) {
      ReaderLease lease(*this, std::move(idle_readers.back()));
      idle_readers.pop_back();
      return lease;
    }
  }
  auto db = Database::Open(path, /*create=*/false);
  if (!db.ok()) return db.status();
  if (Status s = store::PrepareReader(*db.value()); !s.ok()) return s;
  return ReaderLease(*this, std::move(db).value());
}

Status Store::Impl::LoadPipeline() {
  if (pipeline) return Status::Ok();
  PipelineOptions pipeline_options;
  pipeline_options.data_dir = options.data_dir;
  pipeline_options.reference_date = options.reference_date;
  pipeline_options.gazetteer_path = options.gazetteer_path;
  pipeline_options.max_document_bytes = options.max_document_bytes;
  pipeline_options.jobs = options.jobs;
  auto loaded = Pipeline::Load(pipeline_options);
  if (!loaded.ok()) return loaded.status();
  pipeline = std::move(loaded).value();
  return Status::Ok();
}

Status Store::Impl::LoadDocuments() {
  if (documents) return Status::Ok();
  std::unordered_map<std::string, Document*> in_memory;
  for (Document& doc : added_before_load) in_memory.emplace(doc.id, &doc);
  auto rows = writer->Prepare("SELECT id FROM documents ORDER BY article");
  auto record = writer->Prepare("SELECT annotations, layers, raw FROM documents WHERE id = ?");
  for (auto* s : {&rows, &record})
    if (!s->ok()) return s->status();
  std::vector<Document> loaded;
  while (rows->Step()) {
    const std::string id = rows->Text(0);
    if (auto it = in_memory.find(id); it != in_memory.end()) {
      loaded.push_back(std::move(*it->second));
      continue;
    }
    record->Reset();
    record->Bind(1, id);
    if (!record->Step()) return record->status().ok() ? Status::Error("lost " + id) : record->status();
    const auto annotations = json::Json::parse(record->Text(0), nullptr, false);
    const auto layers = json::Json::parse(record->Text(1), nullptr, false);
    auto doc = store::ReadDocument(annotations, layers, record->Text(2));
    if (!doc.ok()) return doc.status();
    loaded.push_back(std::move(doc).value());
  }
  if (!rows->status().ok()) return rows->status();
  documents = std::move(loaded);
  added_before_load.clear();
  return Status::Ok();
}

// Where the articles of one ingest go: each is recognised by its hash,
// batched, analysed and committed; every input that cannot be added is
// reported.
struct Store::Impl::ArticleSink {
  struct Pending {
    Document doc;
    std::string hash;
    std::string bytes;
  };

  Impl& impl;
  const IngestCallbacks& callbacks;
  IngestReport report;
  Status error;  // the first write error; the ingest stops there
  std::vector<Pending> pending;
  std::unordered_map<std::string, std::string> pending_ids_by_hash;
  std::unordered_set<std::string> pending_ids;

  void Add(Document doc, std::string_view source) {
    if (!error.ok()) return;
    std::string hash = store::Sha256Hex(source);
    if (auto it = pending_ids_by_hash.find(hash); it != pending_ids_by_hash.end()) {
      report.unchanged.push_back(it->second);
      return;
    }
    auto stored = StoredIdOfHash(hash);
    if (!stored.ok()) {
      error = stored.status();
      return;
    }
    if (stored.value()) {
      report.unchanged.push_back(*stored.value());
      return;
    }
    if (doc.id.empty()) doc.id = "doc-" + hash.substr(0, 12);
    auto id = UnusedId(doc.id);
    if (!id.ok()) {
      error = id.status();
      return;
    }
    doc.id = std::move(id).value();
    pending_ids_by_hash.emplace(hash, doc.id);
    pending_ids.insert(doc.id);
    pending.push_back({std::move(doc), std::move(hash), std::string(source)});
    if (pending.size() >= std::max<size_t>(1, impl.options.batch_size)) Flush();
  }

  void Skip(SkippedInput skipped) { report.skipped.push_back(std::move(skipped)); }

  Result<std::optional<std::string>> StoredIdOfHash(const std::string& hash) {
    auto query = impl.writer->Prepare(
        "SELECT d.id FROM articles a JOIN documents d ON d.article = a.seq WHERE a.hash = ?");
    if (!query.ok()) return query.status();
    query->Bind(1, hash);
    if (query->Step()) return std::optional<std::string>(query->Text(0));
    if (!query->status().ok()) return query->status();
    return std::optional<std::string>();
  }

  // `id`, or `id-2`, `id-3`, ... when a stored or pending document has it.
  Result<std::string> UnusedId(const std::string& id) {
    auto query = impl.writer->Prepare("SELECT 1 FROM documents WHERE id = ?");
    if (!query.ok()) return query.status();
    for (int n = 1;; ++n) {
      std::string candidate = n == 1 ? id : id + "-" + std::to_string(n);
      query->Reset();
      query->Bind(1, candidate);
      const bool taken = query->Step();
      if (!query->status().ok()) return query->status();
      if (!taken && !pending_ids.count(candidate)) return candidate;
    }
  }

  // Analyses the pending articles and commits them in one transaction.
  void Flush() {
    if (pending.empty() || !error.ok()) return;
    std::vector<Document> docs;
    for (Pending& p : pending) docs.push_back(std::move(p.doc));
    const auto start = std::chrono::steady_clock::now();
    impl.pipeline->AnalyzeAll(docs);
    report.analysis_seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::vector<std::optional<std::string>> stored_meanwhile(docs.size());
    error = Commit(docs, stored_meanwhile);
    if (!error.ok()) return;
    std::vector<std::string> ids;
    for (size_t i = 0; i < docs.size(); ++i) {
      if (stored_meanwhile[i]) report.unchanged.push_back(*stored_meanwhile[i]);
      else ids.push_back(docs[i].id);
    }
    std::erase_if(docs, [&](const Document& doc) {
      return std::find(ids.begin(), ids.end(), doc.id) == ids.end();
    });
    if (callbacks.on_committed) callbacks.on_committed(ids);
    report.added.insert(report.added.end(), ids.begin(), ids.end());
    auto& keep = impl.documents ? *impl.documents : impl.added_before_load;
    for (Document& doc : docs) keep.push_back(std::move(doc));
    pending.clear();
    pending_ids.clear();
    pending_ids_by_hash.clear();
  }

  // Stores `docs` in one transaction. The write lock is held from its start
  // (BEGIN IMMEDIATE), so a text another process stored since it was read
  // is seen here: it is not stored twice, and stored_meanwhile[i] names the
  // id it has.
  Status Commit(const std::vector<Document>& docs,
                std::vector<std::optional<std::string>>& stored_meanwhile) {
    Database& db = *impl.writer;
    Transaction transaction(db);
    if (!transaction.status().ok()) return transaction.status();
    auto article = db.Prepare(
        "INSERT INTO articles(hash, name, line, format, bytes) VALUES (?, ?, ?, ?, ?)");
    auto document = db.Prepare(
        "INSERT INTO documents(article, id, title, language, raw, annotations, layers) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    auto text = db.Prepare("INSERT INTO document_text(document, title, body) VALUES (?, ?, ?)");
    for (auto* s : {&article, &document, &text})
      if (!s->ok()) return s->status();
    for (size_t i = 0; i < docs.size(); ++i) {
      const Document& doc = docs[i];
      auto stored = StoredIdOfHash(pending[i].hash);
      if (!stored.ok()) return stored.status();
      if ((stored_meanwhile[i] = stored.value())) continue;
      article->Reset();
      article->Bind(1, pending[i].hash).Bind(2, doc.path);
      if (doc.line) article->Bind(3, int64_t{*doc.line});
      article->Bind(4, doc.line ? "jsonl" : doc.kind == InputKind::kHtml ? "html" : "text");
      article->BindBlob(5, pending[i].bytes);
      if (Status s = article->Run(); !s.ok()) return s;
      const int64_t seq = db.LastInsertId();
      document->Reset();
      document->Bind(1, seq).Bind(2, doc.id);
      if (doc.meta.title) document->Bind(3, *doc.meta.title);
      document->Bind(4, doc.language).Bind(5, doc.raw);
      document->Bind(6, Dump(json::DocumentJson(doc))).Bind(7, Dump(store::LayersJson(doc)));
      if (Status s = document->Run(); !s.ok()) return s;
      text->Reset();
      text->Bind(1, doc.id).Bind(2, doc.meta.title.value_or("")).Bind(3, BodyText(doc));
      if (Status s = text->Run(); !s.ok()) return s;
    }
    if (Status s = db.Execute(store::kMarkDocumentsChanged); !s.ok()) return s;
    return transaction.Commit();
  }

  static std::string Dump(const json::Json& value) {
    return value.dump(-1, ' ', false, json::Json::error_handler_t::replace);
  }
};

Result<IngestReport> Store::Impl::IngestWith(const std::function<void(ArticleSink&)>& read_all,
                                             const IngestCallbacks& callbacks) {
  if (Status s = LoadPipeline(); !s.ok()) return s;
  ArticleSink sink{*this, callbacks, {}, Status::Ok(), {}, {}, {}};
  read_all(sink);
  sink.Flush();
  if (!sink.error.ok()) return sink.error;
  // Nothing new and nothing left over from an interrupted run: the corpus
  // tables are up to date.
  auto stale = CorpusStale();
  if (!stale.ok()) return stale.status();
  if (stale.value())
    if (Status s = RefreshCorpus(&sink.report); !s.ok()) return s;
  return std::move(sink.report);
}

Result<IngestReport> Store::IngestPaths(const std::vector<std::string>& paths,
                                        const IngestCallbacks& callbacks) {
  std::lock_guard lock(impl_->writer_mutex);
  return impl_->IngestWith(
      [&](Impl::ArticleSink& sink) {
        InputListing listing = ListInputs(paths);
        for (SkippedInput& missing : listing.missing) sink.Skip(std::move(missing));
        IngestOptions ingest;
        ingest.max_document_bytes = impl_->options.max_document_bytes;
        for (size_t i = 0; i < listing.files.size(); ++i) {
          ReadInputArticles(
              listing.files[i], ingest,
              [&](Document doc, std::string_view source) { sink.Add(std::move(doc), source); },
              [&](SkippedInput skipped) { sink.Skip(std::move(skipped)); });
          if (callbacks.on_progress) callbacks.on_progress(i + 1, listing.files.size());
        }
      },
      callbacks);
}

namespace {

FileFormat ReaderFormat(ArticleFormat format) {
  switch (format) {
    case ArticleFormat::kText: return FileFormat::kText;
    case ArticleFormat::kHtml: return FileFormat::kHtml;
    case ArticleFormat::kJsonl: return FileFormat::kJsonl;
    case ArticleFormat::kAuto: break;
  }
  return FileFormat::kAuto;
}

}  // namespace

Result<IngestReport> Store::Ingest(std::vector<ArticleBytes> articles,
                                   const IngestCallbacks& callbacks) {
  std::lock_guard lock(impl_->writer_mutex);
  return impl_->IngestWith(
      [&](Impl::ArticleSink& sink) {
        IngestOptions ingest;
        ingest.max_document_bytes = impl_->options.max_document_bytes;
        for (size_t i = 0; i < articles.size(); ++i) {
          ArticleBytes& article = articles[i];
          ReadInputBytes(
              article.name, ReaderFormat(article.format), std::move(article.bytes), ingest,
              [&](Document doc, std::string_view source) { sink.Add(std::move(doc), source); },
              [&](SkippedInput skipped) { sink.Skip(std::move(skipped)); });
          if (callbacks.on_progress) callbacks.on_progress(i + 1, articles.size());
        }
      },
      callbacks);
}

Result<bool> Store::Remove(const std::string& id) {
  std::lock_guard lock(impl_->writer_mutex);
  Database& db = *impl_->writer;
  {
    Transaction transaction(db);
    if (!transaction.status().ok()) return transaction.status();
    auto article = db.Prepare("SELECT article FROM documents WHERE id = ?");
    if (!article.ok()) return article.status();
    article->Bind(1, id);
    if (!article->Step()) {
      if (!article->status().ok()) return article->status();
      return false;
    }
    const int64_t seq = article->Int(0);
    auto text = db.Prepare("DELETE FROM document_text WHERE document = ?");
    auto row = db.Prepare("DELETE FROM articles WHERE seq = ?");  // cascades to documents
    for (auto* s : {&text, &row})
      if (!s->ok()) return s->status();
    text->Bind(1, id);
    row->Bind(1, seq);
    for (auto* s : {&text, &row})
      if (Status status = (*s)->Run(); !status.ok()) return status;
    if (Status s = db.Execute(store::kMarkDocumentsChanged); !s.ok()) return s;
    if (Status s = transaction.Commit(); !s.ok()) return s;
  }
  for (auto* docs : {&impl_->added_before_load, impl_->documents ? &*impl_->documents : nullptr})
    if (docs) std::erase_if(*docs, [&](const Document& doc) { return doc.id == id; });
  if (Status s = impl_->RefreshCorpus(nullptr); !s.ok()) return s;
  return true;
}

Result<bool> Store::Impl::CorpusStale() {
  auto stale = writer->QueryText("SELECT value FROM meta WHERE key = 'corpus_stale'");
  if (!stale.ok()) return stale.status();
  return stale.value() && *stale.value() == "1";
}

Status Store::LoadResources() {
  std::lock_guard lock(impl_->writer_mutex);
  if (Status s = impl_->LoadPipeline(); !s.ok()) return s;
  if (Status s = impl_->LoadCrossChecker(); !s.ok()) return s;
  return impl_->LoadDocuments();
}

Result<uint64_t> Store::Generation() {
  auto db = impl_->Reader();
  if (!db.ok()) return db.status();
  auto value = db.value()->QueryText("SELECT value FROM meta WHERE key = 'generation'");
  if (!value.ok()) return value.status();
  return value.value() ? std::strtoull(value.value()->c_str(), nullptr, 10) : 0;
}

Status Store::RefreshCorpusIfStale() {
  std::lock_guard lock(impl_->writer_mutex);
  auto stale = impl_->CorpusStale();
  if (!stale.ok()) return stale.status();
  return stale.value() ? impl_->RefreshCorpus(nullptr) : Status::Ok();
}

}  // namespace recoupe
