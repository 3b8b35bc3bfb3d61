using System.CommandLine;
using FactExtract.Evaluation;
using FactExtract.Training;

namespace FactExtract.Cli.Commands;

/// <summary><c>factextract train</c>: trains an NER model from CoNLL/BIO files, printing dev F1 per epoch.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "Training CoNLL/BIO file (.gz accepted; tag = last column).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Development CoNLL/BIO file: scored after every epoch; the best epoch is kept." };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Perceptron passes over the training data.", DefaultValueFactory = _ => new TrainingOptions().Epochs };
        var hashBits = new Option<int>("--hash-bits") { Description = "Feature hash size (2^N buckets).", DefaultValueFactory = _ => new TrainingOptions().HashBits };
        var unlabelled = new Option<string[]>("--unlabelled") { Description = "Raw text for the word classes besides the training text: .txt/.tml files, folders or .tar.gz archives (repeatable).", AllowMultipleArgumentsPerToken = true };
        var classes = new Option<int>("--classes") { Description = "Number of k-means word classes (0 = no word classes).", DefaultValueFactory = _ => new TrainingOptions().WordClasses };
        var ensemble = new Option<int>("--ensemble") { Description = "perceptron: train N runs with seeds SEED, SEED+1, … and average their weights into one model (no run-time cost).", DefaultValueFactory = _ => new TrainingOptions().Ensemble };
        var prune = new Option<float>("--prune") { Description = "Drop weights of at most this magnitude from the saved model (a row with none left is not stored).", DefaultValueFactory = _ => new TrainingOptions().Prune };
        var trainBeam = new Option<int>("--train-beam") { Description = "perceptron: decode training sentences with a beam of N and update early (Collins and Roark 2004); 1 (default) trains greedily.", DefaultValueFactory = _ => 1 };
        var silver = new Option<string[]>("--silver") { Description = "Uptraining: raw news (.txt/.tml files, folders or .tar.gz archives, repeatable) tagged by --teacher and added to the training sentences.", AllowMultipleArgumentsPerToken = true };
        var teacher = new Option<string>("--teacher") { Description = "The model that tags --silver text: accurate (default, the built-in neural model) or a model file.", DefaultValueFactory = _ => "accurate" };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => new TrainingOptions().Seed };

        var command = new Command("train", "Train an NER model from CoNLL/BIO files, printing dev F1 per epoch.")
        {
            train, dev, output, epochs, hashBits, unlabelled, classes, ensemble, prune, trainBeam, silver, teacher, seed,
        };
        command.SetAction(parse =>
        {
            var options = new TrainingOptions
            {
                Epochs = parse.GetValue(epochs),
                HashBits = parse.GetValue(hashBits),
                Seed = parse.GetValue(seed),
                Ensemble = parse.GetValue(ensemble),
                Prune = parse.GetValue(prune),
                Unlabelled = parse.GetValue(unlabelled) ?? Array.Empty<string>(),
                WordClasses = parse.GetValue(classes),
                TrainBeam = parse.GetValue(trainBeam),
                Silver = parse.GetValue(silver) ?? Array.Empty<string>(),
                Teacher = parse.GetValue(teacher)!,
            };
            return Run(parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(output)!, options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    internal static int Run(string trainPath, string? devPath, string outPath, TrainingOptions options, TextWriter stdout, TextWriter stderr)
    {
        var (error, dev) = NerTrainingRun.RunPerceptron(trainPath, devPath, outPath, options, stdout);
        if (error is not null)
        {
            stderr.WriteLine($"error: {error}");
            return ExitCodes.BadUsage;
        }

        if (dev is not null) EvalCommand.PrintConll(dev, false, stdout);
        return ExitCodes.Success;
    }
}
