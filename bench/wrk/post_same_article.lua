-- wrk: every request POSTs the same article (text/plain): after the first,
-- the store recognises its hash and answers "unchanged" without analysing.
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain"
local file = io.open(os.getenv("ARTICLE"), "rb")
wrk.body = file:read("*a")
file:close()
wrk.path = "/api/v1/documents?name=same-article.txt"
