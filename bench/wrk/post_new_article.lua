-- wrk: each request POSTs a new article (text/plain), different from every
-- other by its thread and request number, so each is analysed and stored and
-- the corpus stage re-run. The article text comes from ARTICLE (a file path,
-- set by bench/serve_bench.sh).
local article = ""
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local file = io.open(os.getenv("ARTICLE"), "rb")
  article = file:read("*a")
  file:close()
  count = 0
end

function request()
  count = count + 1
  local name = "bench-" .. thread_id .. "-" .. count .. ".txt"
  local body = article .. "\nDépêche de test " .. thread_id .. "-" .. count .. ".\n"
  return wrk.format("POST", "/api/v1/documents?name=" .. name,
                    {["Content-Type"] = "text/plain"}, body)
end
