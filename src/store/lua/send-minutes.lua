-- Sends a meeting's minutes for approval: planned, agenda published or held
-- → minutes_sent, with the round, in one step.
--
-- KEYS: 1 meeting hash, 2 minutes hash
-- ARGV: 1 sentAt (ISO instant), 2 sentBy (member id), 3 deadline (council-local)
-- Returns 'ok', or the status that stopped it ('' when there is no meeting).
local current = redis.call('HGET', KEYS[1], 'status')
if current ~= 'planned' and current ~= 'agenda_published' and current ~= 'held' then
  return current or ''
end
redis.call('HSET', KEYS[1], 'status', 'minutes_sent')
redis.call('DEL', KEYS[2])
redis.call('HSET', KEYS[2], 'sentAt', ARGV[1], 'sentBy', ARGV[2], 'deadline', ARGV[3])
return 'ok'
