-- Cancels a meeting once, and only before it is held.
--
-- KEYS: 1 meeting hash
-- ARGV: 1 cancelledAt (ISO instant), 2 cancelledBy (member id)
-- Returns 1 for the call that cancelled it, else 0.
local current = redis.call('HGET', KEYS[1], 'status')
if current ~= 'planned' and current ~= 'agenda_published' then return 0 end
redis.call('HSET', KEYS[1], 'status', 'cancelled', 'cancelledAt', ARGV[1], 'cancelledBy', ARGV[2])
return 1
