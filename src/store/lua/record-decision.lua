-- Records an item's decision and its audit event together, only if the item's
-- stored revision is the one the caller saw, and only while the meeting takes
-- decisions (not cancelled, its minutes not approved). Two secretaries saving
-- the same item at once: the second sees the first's revision and writes
-- nothing.
--
-- KEYS: 1 meeting hash, 2 decisions hash, 3 revisions hash, 4 audit list
-- ARGV: 1 item number, 2 revision seen (0 = none recorded), 3 new revision,
--       4 decision JSON, 5 audit event JSON
-- Returns {'ok'}, {'changed', current decision JSON or ''} or {'closed', status}.
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return {'closed', 'missing'} end
if status == 'cancelled' or status == 'minutes_approved' then return {'closed', status} end
local stored = redis.call('HGET', KEYS[3], ARGV[1]) or '0'
if stored ~= ARGV[2] then
  return {'changed', redis.call('HGET', KEYS[2], ARGV[1]) or ''}
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
redis.call('RPUSH', KEYS[4], ARGV[5])
return {'ok'}
