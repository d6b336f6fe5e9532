-- Creates a group discussion or rewrites it, and keeps the council's index of
-- discussions in step. With the status the caller read (ARGV 5), only while
-- the stored status is still that one: of two announce clicks one wins, and a
-- cancel that crosses a compile never undoes it.
--
-- With the sequence the caller read (ARGV 6) too, only while that is still
-- the stored one: of two changes made from the same reading, one is saved
-- and the other is told it changed meanwhile, never silently undone.
--
-- KEYS: 1 discussion hash, 2 discussions sorted set
-- ARGV: 1 discussionId, 2 status, 3 createdAt (epoch ms), 4 body JSON,
--       5 the status the caller read, or '' (no check),
--       6 the sequence the caller read, or '' (no check)
-- Returns 1 when saved, 0 when refused.
if ARGV[5] ~= '' then
  local current = redis.call('HGET', KEYS[1], 'status')
  if current ~= ARGV[5] then return 0 end
end
if ARGV[6] ~= '' then
  local body = redis.call('HGET', KEYS[1], 'body')
  if not body then return 0 end
  local stored = cjson.decode(body)['sequence']
  if tostring(stored) ~= ARGV[6] then return 0 end
end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'body', ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
return 1
