-- Takes back a member's afbud with one scope (every copy of it), leaving the
-- rest of the list in its order. The list holds Absence JSON, read here with
-- cjson because the match is on two of its fields.
--
-- KEYS: 1 absences list
-- ARGV: 1 memberId, 2 scope kind, 3 scope key (as in add-absence-once.lua)
-- Returns how many entries were removed.
local function scope_key(scope)
  if scope.kind == 'meeting' then return scope.meetingId end
  if scope.kind == 'hearing' then return scope.hearingId end
  return tostring(scope.from) .. '/' .. tostring(scope.to)
end

local removed = 0
for _, entry in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
  local ok, absence = pcall(cjson.decode, entry)
  if ok and type(absence) == 'table' and absence.memberId == ARGV[1]
    and type(absence.scope) == 'table' and absence.scope.kind == ARGV[2]
    and scope_key(absence.scope) == ARGV[3] then
    removed = removed + redis.call('LREM', KEYS[1], 0, entry)
  end
end
return removed
