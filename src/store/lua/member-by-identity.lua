-- Finds a member by chat identity in one read, so a roster replaced between
-- two reads cannot pair an old index entry with the new members.
--
-- KEYS: 1 identity index hash, 2 roster hash
-- ARGV: 1 identityKey
-- Returns the roster entry JSON, or nil.
local memberId = redis.call('HGET', KEYS[1], ARGV[1])
if not memberId then return nil end
return redis.call('HGET', KEYS[2], memberId)
