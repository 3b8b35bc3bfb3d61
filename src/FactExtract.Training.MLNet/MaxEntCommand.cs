using System.CommandLine;
using System.Globalization;
using FactExtract.Training;

namespace FactExtract.Training.MLNet;

/// <summary>
/// <c>maxent</c>: the linear NER model learnt by ML.NET's L-BFGS maximum entropy instead of the perceptron, over the
/// same features and into the same model file, for comparison (the model card's "trainers compared").
/// </summary>
internal static class MaxEntCommand
{
    public static Command Create()
    {
        var defaults = new TrainingOptions();
        var train = new Option<string>("--train") { Description = "Training CoNLL/BIO file (.gz accepted; tag = last column).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Development CoNLL/BIO file, scored at the end." };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true };
        var hashBits = new Option<int>("--hash-bits") { Description = "Feature hash size (2^N buckets).", DefaultValueFactory = _ => defaults.HashBits };
        var maxSentences = new Option<int>("--max-sentences") { Description = "Train on N sentences, whole documents spread over the file (0 = all).", DefaultValueFactory = _ => 0 };
        var iterations = new Option<int>("--iterations") { Description = "L-BFGS iterations.", DefaultValueFactory = _ => defaults.MaxEntIterations };
        var l2 = new Option<float?>("--l2") { Description = "L2 regularisation (default 1)." };
        var prune = new Option<float>("--prune") { Description = "Drop weights of at most this magnitude from the saved model.", DefaultValueFactory = _ => defaults.Prune };
        var unlabelled = new Option<string[]>("--unlabelled") { Description = "Raw text for the word classes: .txt/.tml files, folders or .tar.gz archives (repeatable).", AllowMultipleArgumentsPerToken = true };
        var classes = new Option<int>("--classes") { Description = "Number of k-means word classes (0 = none).", DefaultValueFactory = _ => defaults.WordClasses };
        var seed = new Option<int>("--seed") { Description = "Seed of the word classes.", DefaultValueFactory = _ => defaults.Seed };
        var command = new Command("maxent", "Train the linear NER model with ML.NET's maximum entropy (L-BFGS) instead of the perceptron.")
        {
            train, dev, output, hashBits, maxSentences, iterations, l2, prune, unlabelled, classes, seed,
        };
        command.SetAction(parse =>
        {
            var options = new TrainingOptions
            {
                HashBits = parse.GetValue(hashBits),
                MaxSentences = parse.GetValue(maxSentences),
                MaxEntIterations = parse.GetValue(iterations),
                L2 = parse.GetValue(l2),
                Prune = parse.GetValue(prune),
                Unlabelled = parse.GetValue(unlabelled) ?? Array.Empty<string>(),
                WordClasses = parse.GetValue(classes),
                Seed = parse.GetValue(seed),
            };
            return Run(parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(output)!, options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    internal static int Run(string trainPath, string? devPath, string outPath, TrainingOptions options, TextWriter stdout, TextWriter stderr)
    {
        var outcome = NerTrainingRun.Run(trainPath, devPath, outPath, options, (set, dev) => new MaxEntTrainer(options, stdout).Train(set, dev), stdout);
        if (outcome.Error is { } error)
        {
            stderr.WriteLine($"error: {error}");
            return ToolExit.BadUsage;
        }

        if (outcome.Dev.Count > 0)
        {
            var overall = NerEvaluation.Score(outcome.Model!, outcome.Dev).Overall;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev: P {overall.Precision:F2} R {overall.Recall:F2} F1 {overall.F1:F2}"));
        }

        return ToolExit.Success;
    }
}
