-- The default rule pack, in load order. Precedence comes from each rule's layer
-- (docs/rules.md), not from this order; inside a layer a later file wins ties.
return {
  include = {
    "codes.lua",
    "status.lua",
    "text/content.lua",
    "text/notices.lua",
    "text/recipient.lua",
    "text/sender.lua",
    "text/transport.lua",
    "providers/alibaba.lua",
    "providers/apple.lua",
    "providers/att.lua",
    "providers/comcast.lua",
    "providers/free.lua",
    "providers/gmail.lua",
    "providers/gmx.lua",
    "providers/mailru.lua",
    "providers/microsoft.lua",
    "providers/netease.lua",
    "providers/orange.lua",
    "providers/qq.lua",
    "providers/yahoo.lua",
    "providers/yandex.lua",
    "providers/zoho.lua",
  },
}
