-- Adds an afbud unless the member already has one with the same scope, so
-- sending afbud twice leaves one entry. The list holds Absence JSON, read
-- here with cjson because the match is on two of its fields.
--
-- KEYS: 1 absences list
-- ARGV: 1 memberId, 2 scope kind, 3 scope key (see scope_key), 4 Absence JSON
-- Returns 1 when added, 0 when the member already had that afbud.
local function scope_key(scope)
  if scope.kind == 'meeting' then return scope.meetingId end
  if scope.kind == 'hearing' then return scope.hearingId end
  return tostring(scope.from) .. '/' .. tostring(scope.to)
end

for _, entry in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
  local ok, absence = pcall(cjson.decode, entry)
  if ok and type(absence) == 'table' and absence.memberId == ARGV[1]
    and type(absence.scope) == 'table' and absence.scope.kind == ARGV[2]
    and scope_key(absence.scope) == ARGV[3] then
    return 0
  end
end
redis.call('RPUSH', KEYS[1], ARGV[4])
return 1
