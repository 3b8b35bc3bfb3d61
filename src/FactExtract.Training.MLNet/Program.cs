using System.CommandLine;
using FactExtract.Training.MLNet;

var root = new RootCommand("FactExtract's ML.NET learners: the maximum-entropy NER model and the quote stage's models.")
{
    MaxEntCommand.Create(),
    QuotesTrainCommand.Create(),
};
return root.Parse(args).Invoke();
