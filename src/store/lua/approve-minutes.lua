-- One member approves the minutes, once, while they are out for approval.
--
-- KEYS: 1 meeting hash, 2 approvals hash
-- ARGV: 1 memberId, 2 MinutesApproval JSON
-- Returns 'added', 'repeat' (the first approval stays), or the status that
-- stopped it ('' when there is no meeting).
local current = redis.call('HGET', KEYS[1], 'status')
if current ~= 'minutes_sent' then return current or '' end
if redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2]) == 1 then return 'added' end
return 'repeat'
