using System.CommandLine;
using FactExtract.Cli.Commands;

var root = new RootCommand("factextract: organisations, dates and quotations from English news text.")
{
    ExtractCommand.Create(),
    TagCommand.Create(),
    TrainCommand.Create(),
    QuotesTrainCommand.Create(),
    EvalCommand.Create(),
    RenderCommand.Create(),
    SiloCommand.Create(),
    SiloCommand.CreateClusterExtract(),
};

return root.Parse(args).Invoke();
