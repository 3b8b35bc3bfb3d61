using FactExtract.Cli;

return CliApp.Create().Parse(args).Invoke();
