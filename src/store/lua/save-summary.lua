-- Writes a group's summary only while the discussion is announced or compiled
-- and the summary's stored revision is the one the writer saw (0: none yet),
-- so an edit made meanwhile (by the ordstyrer, or the secretariat on the
-- group's behalf) is refused rather than overwritten.
--
-- KEYS: 1 discussion hash, 2 summaries hash, 3 summary revisions hash
-- ARGV: 1 group key, 2 summary JSON (its revision already seen + 1), 3 seen revision
-- Returns 'written', 'changed_meanwhile' or 'closed'.
local status = redis.call('HGET', KEYS[1], 'status')
if status ~= 'announced' and status ~= 'compiled' then return 'closed' end
local stored = tonumber(redis.call('HGET', KEYS[3], ARGV[1]) or '0')
if stored ~= tonumber(ARGV[3]) then return 'changed_meanwhile' end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[3], ARGV[1], stored + 1)
return 'written'
