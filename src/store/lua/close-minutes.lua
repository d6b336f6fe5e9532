-- Marks a meeting's minutes approved, once: minutes_sent → minutes_approved,
-- with who and when in the round.
--
-- KEYS: 1 meeting hash, 2 minutes hash
-- ARGV: 1 closedAt (ISO instant), 2 closedBy (member id)
-- Returns 'ok', or the status that stopped it ('' when there is no meeting).
local current = redis.call('HGET', KEYS[1], 'status')
if current ~= 'minutes_sent' then return current or '' end
redis.call('HSET', KEYS[1], 'status', 'minutes_approved')
redis.call('HSET', KEYS[2], 'closedAt', ARGV[1], 'closedBy', ARGV[2])
return 'ok'
