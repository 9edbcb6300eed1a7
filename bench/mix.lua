-- wrk script for dangbo's pages, signed in. Arguments (after "--"):
--   1: a file of requests, one a line: kind <TAB> path <TAB> session cookie (bench/run.sh writes it)
--   2: "mix" for the weighted mix of the kinds below, or one kind to request it alone
-- Each thread picks requests at random; done() prints one RESULT line with the percentiles, the
-- rate and the count of answers that were not 2xx (a redirect to /login counts: the session is lost).

-- share of each kind in the mix; what a commune's day looks like: secretaries at their cell's list
-- and meetings, the office at candidates, dashboards and searches
local weights = {
  ["cell-members"] = 20,
  ["candidate-board"] = 15,
  ["candidate"] = 15,
  ["member"] = 15,
  ["meeting"] = 10,
  ["commune-dashboard"] = 10,
  ["search"] = 15,
}

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local requests = {}
local total = 0
bad = 0

function init(args)
  local file = args[1]
  local only = args[2] or "mix"
  math.randomseed(os.time() * 100 + (id or 0))
  local byKind = {}
  for line in io.lines(file) do
    local kind, path, cookie = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)$")
    if kind and (only == "mix" and weights[kind] or kind == only) then
      byKind[kind] = byKind[kind] or {}
      table.insert(byKind[kind], wrk.format("GET", path, { ["Cookie"] = "SESSION=" .. cookie }))
    end
  end
  -- a kind with no pages in this data set (meetings at the nation scale) drops out of the mix
  for kind, list in pairs(byKind) do
    local weight = only == "mix" and weights[kind] or 1
    total = total + weight
    table.insert(requests, { upto = total, list = list })
  end
  if total == 0 then
    error("no requests of kind " .. only .. " in " .. file)
  end
end

function request()
  local roll = math.random() * total
  for _, group in ipairs(requests) do
    if roll <= group.upto then
      return group.list[math.random(#group.list)]
    end
  end
  local last = requests[#requests].list
  return last[math.random(#last)]
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local notOk = 0
  for _, thread in ipairs(threads) do
    notOk = notOk + (thread:get("bad") or 0)
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f non2xx=%d errors=%d\n",
    summary.requests,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    latency.max / 1000,
    notOk,
    errors))
end
