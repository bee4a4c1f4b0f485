--- State changes of bounce.policy, shared by every store. Plain Lua 5.1 without globals or
-- require: the Redis store sends this very source to the server inside its script, so one piece
-- of code decides in memory, in an nginx shared dict and inside Redis.
--
-- A store provides a key-value view `kv` (get, set with a TTL in seconds, del, add-if-absent,
-- and a suppression map per address) and runs `run(kv, ev)` atomically. Records are short
-- space-separated strings so that every store keeps them as plain values:
--   streak       "count first last category"  recipient-side soft bounces in a row
--   counter      "count first last"           sender-side refusals in a fixed window
--   mark         "category until"             the sender is throttled at that provider until then
--   suppression  "category reason count at"   the address is not to be mailed
local M = {}

local function fields(s)
  local t = {}
  if s then
    for w in string.gmatch(s, "%S+") do t[#t + 1] = w end
  end
  return t
end

function M.decode_streak(s)
  local f = fields(s)
  if not f[3] then return nil end
  return { count = tonumber(f[1]), first = tonumber(f[2]), last = tonumber(f[3]), category = f[4] }
end

function M.decode_counter(s)
  local f = fields(s)
  if not f[3] then return nil end
  return { count = tonumber(f[1]), first = tonumber(f[2]), last = tonumber(f[3]) }
end

function M.decode_mark(s)
  local f = fields(s)
  if not f[2] then return nil end
  return { category = f[1], ["until"] = tonumber(f[2]) }
end

function M.decode_suppression(s)
  local f = fields(s)
  if not f[4] then return nil end
  return { category = f[1], reason = f[2], count = tonumber(f[3]), at = tonumber(f[4]) }
end

function M.encode(...)
  local t = { ... }
  for i = 1, #t do t[i] = tostring(t[i]) end
  return table.concat(t, " ")
end

local function present(key)
  return key ~= nil and key ~= ""
end

-- One more event in a run: a run is forgotten once `window` seconds pass without an event
-- (sliding, for streaks) or once `window` seconds have passed since its first event (fixed, for
-- counters). Events may arrive out of order, so first and last are a minimum and a maximum.
local function advance(run, ev, fixed)
  if run then
    local since = fixed and run.first or run.last
    if ev.at - since > ev.window then run = nil end
  end
  run = run or { count = 0, first = ev.at, last = ev.at }
  run.count = run.count + 1
  if ev.at < run.first then run.first = ev.at end
  if ev.at > run.last then run.last = ev.at end
  return run
end

local function reached(run, ev)
  return run.count >= ev.count and run.last - run.first >= ev.span
end

--- Applies one event and returns { duplicate "1"/"0", suppression, streak, counter, mark } as
-- encoded strings ("" where absent), the state after the event.
-- ev: op ("hard", "soft", "reset", "sender", "peek", "suppress", "unsuppress"), address, at,
-- category, count, span, window (the category's threshold), entry (for "suppress"), and the keys
-- sup_key (suppression map), streak_key, counter_key, mark_key, id_key with id_ttl.
function M.run(kv, ev)
  local op = ev.op
  local dup = false
  if present(ev.id_key) then dup = not kv.add(ev.id_key, ev.id_ttl) end
  local sup = kv.sup_get(ev.sup_key, ev.address)
  local streak = present(ev.streak_key) and kv.get(ev.streak_key) or nil
  local counter = present(ev.counter_key) and kv.get(ev.counter_key) or nil
  local mark = present(ev.mark_key) and kv.get(ev.mark_key) or nil

  local function state()
    return { dup and "1" or "0", sup or "", streak or "", counter or "", mark or "" }
  end
  if dup or op == "peek" then return state() end

  if op == "reset" then
    if streak then kv.del(ev.streak_key); streak = nil end
  elseif op == "hard" or op == "soft" then
    if not sup then
      local s = advance(M.decode_streak(streak), ev, false)
      if op == "hard" or reached(s, ev) then
        sup = M.encode(ev.category, op == "hard" and "hard" or "threshold", s.count, ev.at)
        kv.sup_set(ev.sup_key, ev.address, sup)
        if streak then kv.del(ev.streak_key) end
        streak = nil
      else
        streak = M.encode(s.count, s.first, s.last, ev.category)
        kv.set(ev.streak_key, streak, ev.window)
      end
    end
  elseif op == "sender" then
    local c = advance(M.decode_counter(counter), ev, true)
    counter = M.encode(c.count, c.first, c.last)
    local ends = c.first + ev.window
    kv.set(ev.counter_key, counter, math.max(ends - ev.at, 0.001))
    if reached(c, ev) then
      local m = M.decode_mark(mark)
      if not m or m["until"] < ends then
        mark = M.encode(ev.category, ends)
        kv.set(ev.mark_key, mark, math.max(ends - ev.at, 0.001))
      end
    end
  elseif op == "suppress" then
    sup = ev.entry
    kv.sup_set(ev.sup_key, ev.address, sup)
    if streak then kv.del(ev.streak_key); streak = nil end
  elseif op == "unsuppress" then
    if sup then kv.sup_del(ev.sup_key, ev.address); sup = nil end
  end
  return state()
end

return M
