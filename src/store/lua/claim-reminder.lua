-- Records a reminder round, at most one per interval.
--
-- The interval is judged by the times given (the app's clock), not by the
-- key's TTL alone: the TTL only tidies the key away afterwards.
--
-- KEYS: 1 reminded string (epoch ms of the last round)
-- ARGV: 1 now (epoch ms), 2 interval (ms)
-- Returns nil when recorded, else the epoch ms of the round that stands.
local last = redis.call('GET', KEYS[1])
if last and tonumber(last) + tonumber(ARGV[2]) > tonumber(ARGV[1]) then return last end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false
