-- Prints wrk's summary as one JSON line, prefixed "WRK-JSON ", for bench/compare.ps1 to read.
-- Latencies are in microseconds; with no completed request they are 0.
done = function(summary, latency, requests)
  local e = summary.errors
  local some = summary.requests > 0
  io.write(string.format(
    'WRK-JSON {"requests":%d,"durationUs":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,' ..
    '"statusErrors":%d,"timeouts":%d,"latencyMeanUs":%.1f,"latencyP50Us":%d,"latencyP99Us":%d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    some and latency.mean or 0, some and latency:percentile(50) or 0, some and latency:percentile(99) or 0))
end
