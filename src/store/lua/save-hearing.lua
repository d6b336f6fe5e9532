-- Creates a hearing or rewrites a draft, and keeps the open-hearings index in
-- step. Any hearing past draft is left alone: its state moves only through
-- the compare-and-set scripts.
--
-- KEYS: 1 hearing hash, 2 open-hearings sorted set
-- ARGV: 1 hearingId, 2 state, 3 deadline (epoch ms), 4 body JSON
-- Returns nil when saved, or the state that prevented it.
local current = redis.call('HGET', KEYS[1], 'state')
if current and current ~= 'draft' then return current end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'state', ARGV[2], 'deadline', ARGV[3], 'body', ARGV[4])
if ARGV[2] == 'open' then
  redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
else
  redis.call('ZREM', KEYS[2], ARGV[1])
end
return nil
