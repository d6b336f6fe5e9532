-- Moves the deadline of an open hearing, and its place in the open index.
--
-- KEYS: 1 hearing hash, 2 open-hearings sorted set
-- ARGV: 1 hearingId, 2 new deadline (epoch ms)
-- Returns 1 when moved, 0 when the hearing is not open.
if redis.call('HGET', KEYS[1], 'state') ~= 'open' then return 0 end
redis.call('HSET', KEYS[1], 'deadline', ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
return 1
