-- The rock installs every module, every rule file and every C source the tree has.
local support = require "spec.support"

describe("the rockspec", function()
  local path = support.run("ls rockspec/bounce-*.rockspec"):match("[^\n]+")
  local spec = {}
  local chunk
  if setfenv then
    chunk = assert(loadstring(support.read(path), "@" .. path))
    setfenv(chunk, spec)
  else
    chunk = assert(load(support.read(path), "@" .. path, "t", spec))
  end
  chunk()
  local modules = spec.build.modules

  local files = {}
  for _, m in pairs(modules) do
    if type(m) == "string" then files[m] = true end
  end

  it("lists every Lua module and rule file", function()
    local out = support.run("find lua rules -name '*.lua' | sort")
    for file in out:gmatch("[^\n]+") do
      assert.is_true(files[file] == true, file .. " is not in " .. path)
    end
  end)

  it("installs rule files where the loader finds them", function()
    for name, file in pairs(modules) do
      if type(file) == "string" and file:match("^rules/") then
        assert.equal("bounce." .. file:gsub("%.lua$", ""):gsub("/", "."), name)
      end
    end
  end)

  it("compiles every C source", function()
    local sources = {}
    for _, s in ipairs(modules["bounce.core"].sources) do sources[s] = true end
    local out = support.run("ls src/*.c")
    for file in out:gmatch("[^\n]+") do
      assert.is_true(sources[file] == true, file .. " is not compiled by " .. path)
    end
  end)
end)
