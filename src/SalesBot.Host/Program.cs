using SalesBot.Host.Cli;

return await CommandLine.RunAsync(args);
