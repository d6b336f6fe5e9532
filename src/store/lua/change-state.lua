-- Compare-and-set on a hearing's state: moves it to a new state only from the
-- states allowed, so that two workers or a retry change it once. The hearing
-- leaves the open-hearings index.
--
-- KEYS: 1 hearing hash, 2 open-hearings sorted set
-- ARGV: 1 hearingId, 2 new state, 3 allowed current states ("open" or "draft,open"),
--       4.. field, value pairs to set with it (closedAt, closedBy, ...)
-- Returns 1 when this call changed it, else 0.
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 0 end
local allowed = false
for from in string.gmatch(ARGV[3], '[^,]+') do
  if from == state then allowed = true end
end
if not allowed then return 0 end
redis.call('HSET', KEYS[1], 'state', ARGV[2], unpack(ARGV, 4))
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
