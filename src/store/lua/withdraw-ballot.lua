-- Takes a seat's ballot back and appends the 'withdraw' audit event, under the
-- same conditions as a cast.
--
-- KEYS: 1 hearing hash, 2 ballots hash, 3 audit list, 4 recused set
-- ARGV: 1 seatId, 2 at (epoch ms), 3 audit event JSON
-- Returns {'ok', withdrawn ballot JSON} or {'refused', code}.
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'refused', 'hearing_not_found'} end
if state ~= 'open' then return {'refused', 'hearing_not_open'} end
if tonumber(ARGV[2]) >= tonumber(redis.call('HGET', KEYS[1], 'deadline')) then
  return {'refused', 'deadline_passed'}
end
if redis.call('SISMEMBER', KEYS[4], ARGV[1]) == 1 then return {'refused', 'recused'} end

local withdrawn = redis.call('HGET', KEYS[2], ARGV[1])
if not withdrawn then return {'refused', 'no_ballot_to_withdraw'} end
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('RPUSH', KEYS[3], ARGV[3])
return {'ok', withdrawn}
