-- Writes a seat's ballot and its audit event in one step, only while the
-- hearing is open, before its deadline and the seat not recused. Redis runs a
-- script alone, so concurrent clicks cannot both see "no ballot yet".
--
-- KEYS: 1 hearing hash, 2 ballots hash, 3 audit list, 4 recused set
-- ARGV: 1 seatId, 2 ballot JSON, 3 castAt (epoch ms),
--       4 audit event JSON if it is the seat's first ballot ('cast'),
--       5 audit event JSON if it replaces one ('change')
-- Returns {'ok'} or {'ok', previous ballot JSON} or {'refused', code}.
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'refused', 'hearing_not_found'} end
if state ~= 'open' then return {'refused', 'hearing_not_open'} end
if tonumber(ARGV[3]) >= tonumber(redis.call('HGET', KEYS[1], 'deadline')) then
  return {'refused', 'deadline_passed'}
end
if redis.call('SISMEMBER', KEYS[4], ARGV[1]) == 1 then return {'refused', 'recused'} end

local previous = redis.call('HGET', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
if previous then
  redis.call('RPUSH', KEYS[3], ARGV[5])
  return {'ok', previous}
end
redis.call('RPUSH', KEYS[3], ARGV[4])
return {'ok'}
