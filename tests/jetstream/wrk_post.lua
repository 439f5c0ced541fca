-- wrk script of bench.sh: POSTs a one-event Bandwidth callback with a new message id every time, so that
-- every request is a new callback for the stream (a repeated body would be a broker duplicate).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local template = '[{"type":"message-delivered","time":"2024-03-01T10:00:05.123Z","description":"ok",' ..
  '"to":"+15554440001","message":{"id":"%s","owner":"+15550000000","applicationId":"app",' ..
  '"time":"2024-03-01T10:00:00Z","segmentCount":1,"direction":"out","to":["+15554440001"],' ..
  '"from":"+15550000000","text":""}}]'
local counter = 0
local prefix = ""
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  prefix = string.format("wrk%08x", math.random(0, 0x7fffffff))
end
function request()
  counter = counter + 1
  return wrk.format(nil, "/webhooks/bandwidth", nil, string.format(template, prefix .. "-" .. counter))
end
