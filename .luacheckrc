std = "max"
max_line_length = 130
files["spec"] = { std = "+busted" }
files["rules"] = { max_line_length = false }
exclude_files = { "build" }
