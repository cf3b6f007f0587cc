-- Neovim's built-in LSP client (headless) against `scriptlint lsp`, started by the README's
-- configuration (loaded as init.lua): wait for the diagnostics, apply the preferred quick fix for
-- async-with-defer, write the file. Prints one line per diagnostic ("code line:col") and "wrote";
-- the calling script compares the bytes.
-- Usage: nvim --headless -u README-BLOCK.lua -c "luafile nvim_check.lua" FILE (0.7 has no -l)
local out = {}
local function say(s) table.insert(out, s) end
local buf = vim.api.nvim_get_current_buf()
local clients = vim.lsp.get_clients or vim.lsp.get_active_clients
local ok = vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
if not ok then say("no diagnostics") end
local target
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  say(string.format("%s %d:%d", tostring(code), d.lnum + 1, d.col + 1))
  if code == "async-with-defer" then target = d end
end
if target then
  local lsp = target.user_data and target.user_data.lsp or {}
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = lsp.range or { start = { line = target.lnum, character = target.col }, ["end"] = { line = target.end_lnum, character = target.end_col } },
    context = { diagnostics = { lsp }, only = { "quickfix" } },
  }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 5000) or {}
  local applied = false
  for _, r in pairs(responses) do
    for _, action in ipairs(r.result or {}) do
      if not applied and action.isPreferred and action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
        applied = true
      end
    end
  end
  say(applied and "applied" or "no preferred action")
end
vim.cmd("silent write")
say("wrote")
say("clients " .. #clients())
vim.fn.writefile(out, os.getenv("NVIM_CHECK_OUT"))
vim.lsp.stop_client(clients())
vim.wait(2000, function() return #clients() == 0 end, 50)
vim.cmd("qall!")
