-- Records inhabilitet once, with its audit event.
--
-- KEYS: 1 hearing hash, 2 recused set, 3 audit list
-- ARGV: 1 memberId, 2 audit event JSON
-- Returns 1 when recorded, 0 when already recorded or no such hearing.
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[3], ARGV[2])
return 1
