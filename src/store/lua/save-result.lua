-- Stores the result of a closed hearing once; a repeat keeps the first.
--
-- KEYS: 1 hearing hash
-- ARGV: 1 result JSON
-- Returns the hearing's state ('closed' when stored or kept), or 'missing'.
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 'missing' end
if state == 'closed' then redis.call('HSETNX', KEYS[1], 'result', ARGV[1]) end
return state
