-- The default rule pack, in load order. Precedence comes from each rule's layer
-- (docs/rules.md), not from this order; inside a layer a later file wins ties.
return {
  include = {
    "codes.lua",
    "status.lua",
  },
}
