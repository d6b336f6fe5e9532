-- Attaches a group discussion's opsamling to a meeting's item, only while the
-- meeting is there, not cancelled and its minutes not approved: the approved
-- referat is what was approved.
--
-- KEYS: 1 meeting hash, 2 group discussions hash
-- ARGV: 1 item number, 2 ItemGroupDiscussion JSON
-- Returns {'ok'} or {'closed', status}.
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return {'closed', 'missing'} end
if status == 'cancelled' or status == 'minutes_approved' then return {'closed', status} end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return {'ok'}
