-- Sets one field of a hash only while the discussion's status is one of
-- those given: a sign-up or a proposal while sign-up is open, the announced
-- groups once announced. The check and the write are one step, so a
-- sign-up that crosses the announce is refused, never half-kept.
--
-- KEYS: 1 discussion hash, 2 the hash to write (may be the discussion hash)
-- ARGV: 1 field, 2 value, 3.. the statuses that allow it
-- Returns 1 when written, 0 when refused.
local current = redis.call('HGET', KEYS[1], 'status')
if not current then return 0 end
for i = 3, #ARGV do
  if current == ARGV[i] then
    redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
    return 1
  end
end
return 0
