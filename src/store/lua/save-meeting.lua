-- Creates a meeting or rewrites it (items, attendance, header), and keeps the
-- council's meeting index in step. A cancelled meeting is left alone, so an
-- import that read the meeting before a cancel cannot bring it back; and with
-- the status the caller read (ARGV 5), a meeting whose status changed since
-- (its minutes sent, say) is left alone too, so a rewrite never undoes it.
--
-- KEYS: 1 meeting hash, 2 meetings sorted set
-- ARGV: 1 meetingId, 2 status, 3 start as a number (YYYYMMDDHHmm), 4 body JSON,
--       5 the status the caller read, or '' (no check)
-- Returns nil when saved, or the stored status that refused it.
local current = redis.call('HGET', KEYS[1], 'status')
if current == 'cancelled' then return current end
if ARGV[5] ~= '' and current ~= ARGV[5] then return current or 'missing' end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'body', ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
return nil
