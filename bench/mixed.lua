-- wrk script for bench/run.sh and bench/soak.sh: GETs that take turns over several addresses.
-- Environment: BENCH_PATHS the addresses, space separated; BENCH_LIMIT requests per thread, then
-- that thread stops (0: until wrk's duration ends); BENCH_DELAY_MS a pause before each request, so
-- a soak reads at a steady rate rather than as fast as the app answers; BENCH_DONE_FILE gets a line
-- from each thread that reached its limit (wrk itself waits out its duration: the caller stops it).
-- Prints "errors: N (5xx: M)" at the end: answers of 400 and above, and those of 500 and above.

local paths = {}
for path in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do
  paths[#paths + 1] = path
end
local limit = tonumber(os.getenv("BENCH_LIMIT") or "0")
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local done_file = os.getenv("BENCH_DONE_FILE")
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  turn = 0
  answered = 0
  failed = 0
  server_errors = 0
end

function request()
  turn = turn % #paths + 1
  return wrk.format("GET", paths[turn])
end

function delay()
  return pause
end

function response(status, headers, body)
  answered = answered + 1
  if status >= 400 then failed = failed + 1 end
  if status >= 500 then server_errors = server_errors + 1 end
  if limit > 0 and answered == limit then
    if done_file then
      local file = io.open(done_file, "a")
      file:write("done\n")
      file:close()
    end
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local failures, servers = 0, 0
  for _, thread in ipairs(threads) do
    failures = failures + thread:get("failed")
    servers = servers + thread:get("server_errors")
  end
  io.write(string.format("errors: %d (5xx: %d)\n", failures, servers))
end
