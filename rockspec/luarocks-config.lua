-- Debian's Lua packages carry no rock manifest: tell LuaRocks they are there, so `luarocks make`
-- installs offline.
rocks_provided = { lpeg = "1.0.2-1", ["lua-cjson"] = "2.1.0-1" }
