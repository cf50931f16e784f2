-- Helder in Neovim 0.7 or newer, with the built-in LSP client only (no plugins). Used headless by
-- test/editors/neovim.test.ts (nvim --headless --clean brief.txt -c "luafile helder.lua"): attach the server to the letter in the current buffer, wait for Helder's advice,
-- apply the first code action of the first "moeilijk-woord" finding, write the file and quit.
-- Environment: HELDER_SERVER (path of helder-language-server's bin.js), HELDER_RULES (optional rule folder),
-- HELDER_RESULT (a JSON file this script writes with what it saw).
local server = assert(vim.env.HELDER_SERVER, 'HELDER_SERVER is not set')
local result_path = assert(vim.env.HELDER_RESULT, 'HELDER_RESULT is not set')
local result = { steps = {} }

local function finish(ok)
  local file = assert(io.open(result_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  if ok then vim.cmd('qall!') else vim.cmd('cquit! 3') end
end

local function step(name) table.insert(result.steps, name) end

local cmd = { 'node', server, '--stdio' }
if vim.env.HELDER_RULES and vim.env.HELDER_RULES ~= '' then
  table.insert(cmd, '--rules-dir')
  table.insert(cmd, vim.env.HELDER_RULES)
end

local client_id = vim.lsp.start_client({
  name = 'helder',
  cmd = cmd,
  root_dir = vim.fn.getcwd(),
  settings = { helder = { targetLevel = 'B1' } },
  handlers = {
    ['helder/summary'] = function(_, params) result.summary = params.label end,
  },
})
if not client_id then
  result.error = 'the language server did not start'
  return finish(false)
end
vim.lsp.buf_attach_client(0, client_id)
step('attached')

local function lsp_code(diagnostic)
  if diagnostic.code then return diagnostic.code end
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp
  return lsp and lsp.code
end

local function helder_diagnostics()
  local list = vim.diagnostic.get(0)
  table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return list
end

if not vim.wait(30000, function() return #helder_diagnostics() > 0 end, 50) then
  result.error = 'no diagnostics within 30 seconds'
  return finish(false)
end
local diagnostics = helder_diagnostics()
result.diagnostics = #diagnostics
step('diagnostics')

local target
for _, diagnostic in ipairs(diagnostics) do
  if lsp_code(diagnostic) == 'moeilijk-woord' then target = diagnostic break end
end
if not target then
  result.error = 'no moeilijk-woord finding'
  return finish(false)
end
result.finding = { code = lsp_code(target), message = target.message, lnum = target.lnum, col = target.col }

-- Choose the first entry of the code action menu, as a user pressing Enter would.
vim.ui.select = function(items, _, on_choice)
  result.actions = {}
  for _, item in ipairs(items) do
    local action = item[2] or item.action or item
    table.insert(result.actions, action.title)
  end
  on_choice(items[1], 1)
end

local before = vim.api.nvim_buf_get_changedtick(0)
vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
vim.lsp.buf.code_action()
if not vim.wait(15000, function() return vim.api.nvim_buf_get_changedtick(0) ~= before end, 50) then
  result.error = 'the code action did not change the buffer'
  return finish(false)
end
step('code action applied')

-- Let the server see the change and send a new summary, then write the letter.
vim.wait(2000, function() return false end, 50)
vim.cmd('write')
step('written')
vim.lsp.stop_client(client_id)
finish(true)
